// Kustomize: `images:` entries replace the image references of the manifests a kustomization includes
// (the entry is the image that gets deployed, so it becomes the component, the references it replaces
// are marked overridden, and the workloads that run them are judged on the deployed image), and patches
// that change a Service's type give the overlay a Service of its own.
import { imageName, parseImageRef } from "./image.js";
import { INTERNAL_SERVICE_LOAD_BALANCER } from "../catalog/load-balancers.js";
import type { Component, Kustomization, PatchOp, ReferencedFiles, ServiceDecl, ServicePatch, SourcePos, Workload } from "./types.js";
import { groupBy } from "./group.js";

export function applyKustomizeImages(kustomizations: Kustomization[], components: Component[], workloads: Workload[]): Component[] {
  const runners = new Map(workloads.map((w) => [`${w.file}\0${w.id}`, w]));
  const byDir = new Map(kustomizations.map((k) => [k.dir, k]));
  // Components by file and image name: each entry looks up the files its kustomization includes.
  const byFile = groupBy(components.filter((c) => c.type === "image"), (c) => c.pos.file);
  const added: Component[] = [];
  for (const k of kustomizations) {
    if (k.images.length === 0) continue;
    const files = includedFiles(k, byDir);
    const candidates = [...files].flatMap((f) => byFile.get(f) ?? []);
    for (const entry of k.images) {
      const replaced = candidates.filter((c) => imageName(c.image) === entry.name || c.image.repository === entry.name);
      // Only a new tag or digest decides the version; `newName` alone keeps the tag of what it replaces.
      if (!entry.newTag && !entry.digest) continue;
      const ref = `${entry.newName ?? entry.name}${entry.digest ? `@${entry.digest}` : `:${entry.newTag}`}`;
      const image = parseImageRef(ref, entry.pos);
      for (const c of replaced) {
        c.overridden = true;
        const runner = runners.get(`${c.pos.file}\0${c.workloadId}`);
        // The version the rules judge is the deployed one; the finding still points at the manifest.
        if (runner?.image) runner.image = { ...image, pos: runner.image.pos };
      }
      added.push({ type: "image", name: ref, version: image.tag, image, pos: entry.pos });
    }
  }
  return added;
}

/** Patched Services the overlays may add in all; more are left out with a notice. */
export const MAX_OVERLAY_SERVICES = 10_000;

const OVERLAY_FIX =
  "Drop the patch that changes the Service's type or external IPs (leave it ClusterIP) and reach it through an authenticated Ingress or kubectl port-forward; at least restrict loadBalancerSourceRanges in the patch.";

/** A JSON pointer's `~1` and `~0` escapes, undone (`/metadata/annotations/service.beta.kubernetes.io~1aws-…`). */
function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** What JSON 6902 operations on a Service change: its type, external IPs, an internal load balancer setting. */
export function servicePatchFromOps(target: { name: string; namespace?: string }, ops: PatchOp[]): ServicePatch {
  const patch: ServicePatch = { target };
  for (const op of ops) {
    if (op.op !== "add" && op.op !== "replace") continue;
    const path = op.path.split("/").slice(1).map(unescapePointer);
    if (path[0] === "spec" && path[1] === "type" && path.length === 2 && op.value !== undefined) patch.type = { value: op.value, pos: op.pos };
    else if (path[0] === "spec" && path[1] === "externalIPs") patch.externalIps = op.pos;
    else if (path[0] === "metadata" && path[1] === "annotations" && path.length === 3 && op.value !== undefined) patch.internal ??= internalAnnotation(path[2], op.value, op.pos);
    else if (path[0] === "spec" && path[1] === "loadBalancerClass" && op.value !== undefined) patch.internal ??= internalClass(op.value, op.pos);
  }
  return patch;
}

function internalAnnotation(key: string, value: string, pos: SourcePos): ServicePatch["internal"] {
  const setting = INTERNAL_SERVICE_LOAD_BALANCER.find((s) => s.field === "annotation" && s.key === key && s.value.test(value.trim()));
  return setting ? { text: `${key}: ${value.trim()}`, pos } : undefined;
}

function internalClass(value: string, pos: SourcePos): ServicePatch["internal"] {
  const setting = INTERNAL_SERVICE_LOAD_BALANCER.find((s) => s.field === "loadBalancerClass" && s.value.test(value.trim()));
  return setting ? { text: `loadBalancerClass: ${value.trim()}`, pos } : undefined;
}

/**
 * The Services of kustomize overlays: a patch that changes a Service's type (to LoadBalancer, NodePort),
 * adds external IPs or makes its load balancer internal gives the overlay its own copy of the Service it
 * patches, anchored at the patch line; the patched Service and its workloads are those of the files the
 * kustomization includes. The Services in strategic-merge patch files are fragments, not Services of their
 * own: they are returned to be left out.
 */
export function kustomizedServices(kustomizations: Kustomization[], services: ServiceDecl[], referenced: ReferencedFiles): { overlays: ServiceDecl[]; fragments: Set<ServiceDecl>; capped: boolean } {
  const byFile = groupBy(services, (s) => s.file);
  const fragments = new Set<ServiceDecl>();
  const overlays: ServiceDecl[] = [];
  const byDir = new Map(kustomizations.map((k) => [k.dir, k]));
  const patchesOf = (k: Kustomization): ServicePatch[] => {
    const patches = [...k.servicePatches];
    for (const file of k.patchFiles) {
      for (const svc of byFile.get(file) ?? []) {
        fragments.add(svc);
        patches.push({ target: { name: svc.name, namespace: svc.namespace }, type: svc.typeWritten ? { value: svc.type, pos: svc.pos } : undefined, externalIps: svc.externalIps ? svc.pos : undefined, internal: svc.internal });
      }
    }
    for (const { path, target } of k.opsFiles) {
      if ((target.kind ?? "Service") !== "Service" || !target.name) continue;
      const ops = referenced.patchOps(path);
      if (ops) patches.push(servicePatchFromOps({ name: target.name, namespace: target.namespace }, ops));
    }
    return patches.filter((p) => p.type || p.externalIps || p.internal);
  };
  const all = kustomizations.map((k) => ({ k, patches: patchesOf(k) }));
  for (const { k, patches } of all) {
    if (patches.length === 0) continue;
    const bases = groupBy(
      [...includedFiles(k, byDir)].flatMap((f) => byFile.get(f) ?? []).filter((s) => !fragments.has(s)),
      (s) => s.name,
    );
    // One copy per patched Service: several patches of one Service add up, the later one winning a field.
    const merged = new Map<ServiceDecl, ServicePatch>();
    for (const patch of patches) {
      for (const base of bases.get(patch.target.name) ?? []) {
        if (patch.target.namespace && base.namespace !== patch.target.namespace) continue;
        const before = merged.get(base);
        merged.set(base, before ? { target: patch.target, type: patch.type ?? before.type, externalIps: patch.externalIps ?? before.externalIps, internal: patch.internal ?? before.internal } : patch);
      }
    }
    for (const [base, patch] of merged) {
      // Thousands of overlays of thousands of Services would add nothing the first ones do not.
      if (overlays.length === MAX_OVERLAY_SERVICES) return { overlays, fragments, capped: true };
      const type = patch.type?.value ?? base.type;
      const externalIps = base.externalIps || patch.externalIps !== undefined;
      const anchor = patch.type && type !== "ClusterIP" ? patch.type.pos : (patch.externalIps ?? patch.internal?.pos ?? base.pos);
      overlays.push({ ...base, id: `${base.id}@${k.dir}`, type, typeWritten: true, externalIps, internal: patch.internal ?? base.internal, patchedIn: k.dir, exposureFix: OVERLAY_FIX, pos: anchor });
    }
  }
  return { overlays, fragments, capped: false };
}

/** The files a kustomization includes, through the kustomizations it names. */
function includedFiles(k: Kustomization, byDir: Map<string, Kustomization>, seen = new Set<string>()): Set<string> {
  const files = new Set<string>();
  if (seen.has(k.dir)) return files;
  seen.add(k.dir);
  for (const resource of k.resources) {
    const nested = byDir.get(resource);
    if (nested) for (const f of includedFiles(nested, byDir, seen)) files.add(f);
    else files.add(resource);
  }
  return files;
}
