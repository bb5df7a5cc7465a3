// The model stage: what the readers contributed file by file, assembled across files. A compose
// service takes what its Dockerfile and env files give it and merges with its override files;
// kustomizations replace images, patch Services and mark patches; Services and routes are linked to the workloads
// they reach. Everything cross-file happens here, once, before analysis.
import { applyBuildContexts } from "./build-context.js";
import { mergeComposeOverrides } from "./compose-overrides.js";
import { applyEnvFiles } from "./env-files.js";
import { applyProjectEnv } from "./project-env.js";
import { applyKustomizeImages, kustomizedServices, MAX_OVERLAY_SERVICES } from "./kustomize.js";
import { emptyPart } from "./part.js";
import { linkServicesAndRoutes } from "./link.js";
import { completeScopes } from "./scopes.js";
import type { Model, ModelPart, Notice, ReferencedFiles, SourceFile } from "./types.js";

export function assemble(root: string, files: SourceFile[], fileParts: ModelPart[], notices: Notice[], referenced: ReferencedFiles): Model {
  // Files read as a group (a Terraform module's folder) first: what they contribute is linked like the rest.
  const parts = [...fileParts, ...completeScopes(fileParts, notices)];
  const components = parts.flatMap((p) => p.components);
  const kustomizations = parts.flatMap((p) => p.kustomizations);
  // Overlays' patched Services join the others; the fragments their patch files hold are not Services of their own.
  const { overlays, fragments, capped } = kustomizedServices(kustomizations, parts.flatMap((p) => p.services), referenced);
  if (capped) notices.push({ file: kustomizations[0]?.dir ?? ".", kind: "skipped", message: `kustomize overlays patch more than ${MAX_OVERLAY_SERVICES} Services; the rest were not linked to their workloads` });
  const networkRules = linkServicesAndRoutes([...parts.map((p) => ({ ...p, services: p.services.filter((s) => !fragments.has(s)) })), { ...emptyPart(), services: overlays }]);
  const declared = parts.flatMap((p) => p.workloads);
  applyBuildContexts(declared, parts.flatMap((p) => p.buildStages));
  applyProjectEnv(declared, referenced);
  // Env files before the merge: each declaration reads its own `env_file:` relative to its own file.
  applyEnvFiles(declared, referenced);
  const workloads = mergeComposeOverrides(declared);
  components.push(...applyKustomizeImages(kustomizations, components, workloads));
  // A patch sets only some fields: what it leaves out says nothing about the deployed object.
  const patchFiles = new Set(parts.flatMap((p) => p.patchFiles));
  for (const workload of workloads) if (patchFiles.has(workload.file)) workload.partial = true;
  return {
    root,
    files,
    workloads,
    networkRules,
    components,
    secretValues: parts.flatMap((p) => p.secretValues),
    configMaps: parts.flatMap((p) => p.configMaps),
    firewallRules: parts.flatMap((p) => p.firewallRules),
    helmReleases: parts.flatMap((p) => p.helmReleases),
    managedEndpoints: parts.flatMap((p) => p.managedEndpoints),
    gpuInstances: parts.flatMap((p) => p.gpuInstances),
    notices,
  };
}
