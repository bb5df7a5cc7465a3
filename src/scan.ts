// The engine both entry points share: discover → parse → model → rules → findings → result.
import { catalog as embeddedCatalog } from "./catalog/index.js";
import { identifyProduct, productById } from "./catalog/match.js";
import type { Catalog } from "./catalog/types.js";
import { checkRuleReferences, type Config } from "./config/index.js";
import { discover, type Candidate } from "./discover/index.js";
import { excludeMatcher } from "./discover/exclude.js";
import { readInsideRoot, unreadNotices } from "./discover/read.js";
import { isHelmTemplate, sniffYaml } from "./discover/classify.js";
import { finalizeFindings, inlineIgnores } from "./findings/index.js";
import { SEVERITIES, SEVERITY_RANK, type RawFinding, type Severity } from "./findings/types.js";
import { applyBuildContexts } from "./model/build-context.js";
import { composeToModel } from "./model/compose.js";
import { attachConfigFiles } from "./model/config-files.js";
import { imageName } from "./model/image.js";
import { mergeComposeOverrides } from "./model/compose-overrides.js";
import { applyEnvFiles } from "./model/env-files.js";
import { dockerfileToModel } from "./model/dockerfile.js";
import { kubernetesToModel, type KubernetesModel } from "./model/kubernetes.js";
import { applyKustomizeImages } from "./model/kustomize.js";
import { linkKubernetes } from "./model/link.js";
import type { FileFormat, Model, Notice } from "./model/types.js";
import { parseDockerfile } from "./parsers/dockerfile.js";
import { manifestRoots, parseYaml } from "./parsers/yaml.js";
import type { InventoryWorkload, ScanResult } from "./report/types.js";
import { rules as allRules } from "./rules/index.js";
import { VERSION } from "./version.js";

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ScanOptions {
  root: string;
  config: Config;
  /** Overrides the config's size cap. */
  maxFileBytes?: number;
  catalog?: Catalog;
  /** Today as YYYY-MM-DD (for suppression expiry); defaults to the clock. */
  today?: string;
}

export function scan(options: ScanOptions): ScanResult {
  checkRuleReferences(options.config, allRules.map((r) => r.meta));
  const catalog = options.catalog ?? embeddedCatalog;
  const maxBytes = options.maxFileBytes ?? options.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const exclude = options.config.exclude;
  const { candidates, listed, notices } = discover(options.root, { isIgnored: excludeMatcher(exclude) });
  const model: Model = { root: options.root, files: [], workloads: [], networkRules: [], components: [], secretValues: [], notices };
  const kubernetes: KubernetesModel[] = [];
  for (const candidate of candidates) {
    try {
      readCandidate(candidate, maxBytes, model, kubernetes);
    } catch (error) {
      // One file the readers cannot cope with (pathological nesting) must not stop the scan.
      model.notices.push({ file: candidate.path, kind: "parse-error", message: `could not be read: ${(error as Error).message}` });
    }
  }
  model.networkRules = linkKubernetes(kubernetes);
  model.secretValues = kubernetes.flatMap((k) => k.secretValues);
  applyBuildContexts(model.workloads);
  // Only env files the file list holds: a git-ignored .env is not in the repository, as in CI.
  applyEnvFiles(model.workloads, (path) => (listed.has(path) ? readTreeFile(options.root, path, maxBytes) : undefined));
  mergeComposeOverrides(model.workloads);
  model.components.push(...applyKustomizeImages(kubernetes.flatMap((k) => k.kustomizations), model.components, model.workloads));
  const patchFiles = new Set(kubernetes.flatMap((k) => k.patchFiles));
  for (const workload of model.workloads) if (patchFiles.has(workload.file)) workload.partial = true;
  const configMaps = kubernetes.flatMap((k) => k.configMaps);
  const findConfigMap = (namespace: string, name: string) => configMaps.find((c) => c.namespace === namespace && c.name === name);
  const readListed = (path: string) => (listed.has(path) ? readTreeFile(options.root, path, maxBytes) : undefined);
  for (const workload of model.workloads) {
    workload.product = identifyProduct(catalog, workload);
    attachConfigFiles(workload, productById(catalog, workload.product?.productId)?.configFiles ?? [], readListed, findConfigMap);
  }
  const byId = new Map(model.workloads.map((w) => [`${w.file}\0${w.id}`, w]));
  for (const component of model.components) component.productId = byId.get(`${component.pos.file}\0${component.workloadId}`)?.product?.productId;

  const raw: RawFinding[] = [];
  // One line merged into several services (a YAML anchor) is one finding per rule and subject, not one
  // per service; the subject is the last part of the logical path (the setting, the port, the image).
  const seen = new Set<string>();
  for (const rule of allRules) {
    for (const finding of rule.check({ model, catalog })) {
      const subject = finding.logicalPath.slice(finding.logicalPath.lastIndexOf("/") + 1);
      const key = `${rule.meta.id}\0${finding.file}\0${finding.line}\0${finding.column ?? 0}\0${subject}`;
      if (seen.has(key)) continue;
      seen.add(key);
      raw.push({ ruleId: rule.meta.id, ...finding });
    }
  }
  const findings = finalizeFindings(raw, {
    config: options.config,
    rules: allRules.map((r) => r.meta),
    files: model.files,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    notices,
  });
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (!f.suppressed) bySeverity[f.severity]++;
  findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    tool: { name: "ai-infra-audit", version: VERSION },
    findings,
    rules: allRules.map((r) => r.meta),
    inventory: {
      components: model.components.map((c) => ({ type: c.type, name: imageName(c.image), version: c.image.digest ?? c.image.tag, product: c.productId, file: c.pos.file, line: c.pos.line })),
      workloads: model.workloads.map(inventoryWorkload),
      networkRules: model.networkRules.map((r) => ({ kind: r.kind, name: r.name, namespace: r.namespace, type: r.type, reach: r.reach, file: r.pos.file, line: r.pos.line })),
    },
    notices: model.notices.filter((n) => n.kind !== "parse-error" && !n.incomplete),
    summary: { files: model.files.length, bySeverity },
  };
}

function inventoryWorkload(w: Model["workloads"][number]): InventoryWorkload {
  const reach = w.exposures.some((e) => e.reach === "network") ? "network" : w.exposures.some((e) => e.reach === "loopback") ? "loopback" : undefined;
  return { id: w.id, kind: w.kind, name: w.name, file: w.file, line: w.pos.line, image: w.image?.raw, product: w.product?.productId, gpu: w.gpu || undefined, reach };
}

/** Reads one file within the size cap, skips binaries with a notice, and adds what it declares to the model. */
function readCandidate(candidate: Candidate, maxBytes: number, model: Model, kubernetes: KubernetesModel[]): void {
  const notice = (kind: Notice["kind"], message: string, line?: number, column?: number) => model.notices.push({ file: candidate.path, kind, message, line, column });
  const read = readInsideRoot(candidate.root, candidate.path, maxBytes);
  if ("skipped" in read) {
    model.notices.push(...unreadNotices(candidate.path, candidate.format, read, maxBytes));
    return;
  }
  const text = read.text.replace(/^\uFEFF/, "");
  const format: FileFormat | undefined = candidate.format === "yaml" ? sniffYaml(text) : candidate.format;
  if (!format) return;
  if (format !== "dockerfile" && isHelmTemplate(candidate, text)) {
    notice("skipped", "Helm template (Go template syntax); charts are scanned once rendered, not as raw templates");
    return;
  }
  const ignores = inlineIgnores(text, candidate.path, model.notices);
  const counted = () => model.files.push({ path: candidate.path, format, ignores });
  if (format === "dockerfile") {
    // `# syntax=` naming another BuildKit frontend (Dalec, for one): the file is not a Dockerfile.
    // Parser directives are only read in the comment lines at the very top.
    const lines = text.split(/\r?\n/, 20);
    const directives = lines.slice(0, Math.max(0, lines.findIndex((l) => !/^\s*#/.test(l))));
    const syntax = directives.map((line) => /^\s*#\s*syntax\s*=\s*(\S+)/i.exec(line)).find(Boolean);
    if (syntax && !/dockerfile/i.test(syntax[1])) {
      notice("skipped", `written for the BuildKit frontend ${syntax[1]}, not the Dockerfile syntax; not scanned`);
      return;
    }
    counted();
    const doc = parseDockerfile(text, candidate.path);
    parseErrorNotice(doc.errors, "", notice);
    const part = dockerfileToModel(doc, candidate.path);
    model.workloads.push(...part.workloads);
    model.components.push(...part.components);
    return;
  }
  const parsed = parseYaml(text);
  // A template (Helm, Jinja, envsubst-style `{{ }}`) is not YAML until rendered: a notice, not a parse error.
  if (parsed.errors.length > 0 && /\{\{|\{%/.test(text)) {
    notice("skipped", "template syntax ({{ }} or {% %}) that is not valid YAML until rendered; not scanned");
    return;
  }
  counted();
  parseErrorNotice(parsed.errors, "YAML: ", notice);
  for (const limit of parsed.limits) model.notices.push({ file: candidate.path, kind: "skipped", message: limit.message, line: limit.line, incomplete: true });
  const roots = manifestRoots(parsed.documents);
  if (format === "compose") {
    // A compose file is one document; a stray second document is ignored by compose too.
    if (!roots[0]) return;
    const part = composeToModel(roots[0], candidate.path);
    model.workloads.push(...part.workloads);
    model.components.push(...part.components);
    return;
  }
  const part = kubernetesToModel(roots, candidate.path);
  kubernetes.push(part);
  model.workloads.push(...part.workloads);
  model.components.push(...part.components);
}

/** One parse-error per file: the first error, and how many follow (later ones are often echoes of it). */
function parseErrorNotice(errors: { line: number; column?: number; message: string }[], prefix: string, notice: (kind: Notice["kind"], message: string, line?: number, column?: number) => void): void {
  const [first] = errors;
  if (!first) return;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? "s" : ""})` : "";
  notice("parse-error", `${prefix}${first.message}${more}`, first.line, first.column);
}

/** A small text file inside the root (env files), or undefined when absent, too large, outside the root or not a regular file. */
function readTreeFile(root: string, path: string, maxBytes: number): string | undefined {
  const read = readInsideRoot(root, path, maxBytes);
  return "text" in read ? read.text : undefined;
}
