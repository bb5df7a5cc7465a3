// The scan's result as every renderer reads it: findings, the inventory and the summary.
import { SEVERITIES, SEVERITY_RANK, type Finding, type Severity } from "../findings/types.js";
import { imageName } from "../model/image.js";
import { widestReach } from "../model/reach.js";
import type { AuthState } from "../analyze/match.js";
import type { ServedModel } from "../analyze/models.js";
import type { AdvisorySources, ComponentMatch } from "../match/types.js";
import type { Component, Model, Workload } from "../model/types.js";
import type { RuleMeta } from "../rules/types.js";
import { VERSION } from "../version.js";
import type { InventoryComponent, InventoryWorkload, ScanResult } from "./types.js";

export function scanResult(
  model: Model,
  findings: Finding[],
  rules: RuleMeta[],
  components: { matches: ComponentMatch[]; sources: AdvisorySources },
  models: ServedModel[],
  /** The product's authentication as the analysis stage found it, per workload. */
  authOf: (workload: Workload) => AuthState | undefined,
  /** Package URLs of components (loaded by the caller only when there are components). */
  purlOf: (component: Component) => string | undefined = () => undefined,
): ScanResult {
  const matchOf = new Map(components.matches.map((m) => [m.component, m]));
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (!f.suppressed) bySeverity[f.severity]++;
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    tool: { name: "ai-infra-audit", version: VERSION },
    findings: sorted,
    rules,
    inventory: {
      components: model.components.map((c) => inventoryComponent(c, matchOf.get(c), purlOf(c))),
      workloads: model.workloads.map((w) => inventoryWorkload(w, authOf(w))),
      networkRules: model.networkRules.map((r) => ({ kind: r.kind, name: r.name, namespace: r.namespace, type: r.type, reach: r.reach, file: r.pos.file, line: r.pos.line })),
      models: models.map((m) => ({ name: m.name, source: m.source, workload: m.workload.id, product: m.product, file: m.pos.file, line: m.pos.line })),
    },
    advisories: components.sources,
    // Parse errors and files not read completely are findings (AIA001, AIA002), not also notices.
    notices: model.notices.filter((n) => n.kind !== "parse-error" && !n.incomplete),
    summary: { files: model.files.length, bySeverity },
  };
}

function inventoryComponent(c: Component, match: ComponentMatch | undefined, purl: string | undefined): InventoryComponent {
  const at = { product: c.productId ?? match?.identity?.product?.id, purl, ...matchFields(match), workload: c.type === "image" ? c.workloadId : undefined, file: c.pos.file, line: c.pos.line };
  if (c.type === "image") return { type: "image", name: imageName(c.image), version: c.image.digest ?? c.image.tag, ...at };
  return { type: "package", ecosystem: c.ecosystem, name: c.name, version: c.version, requirement: c.requirement, ...at };
}

function matchFields(match: ComponentMatch | undefined): Pick<InventoryComponent, "advisories" | "upgrade" | "endOfLife"> {
  if (!match) return {};
  return {
    advisories: match.advisories.length ? match.advisories.map((a) => a.advisory.id) : undefined,
    upgrade: match.upgrade?.version,
    endOfLife: match.eol.length ? match.eol.map((e) => `${e.product.name} ${e.line.line} (end of life ${e.line.eol})`) : undefined,
  };
}

function inventoryWorkload(w: Workload, auth: AuthState | undefined): InventoryWorkload {
  const reach = widestReach(w.exposures.map((e) => e.reach));
  const exposures = w.exposures.map((e) => ({ via: e.via, reach: e.reach, ports: e.containerPorts, description: e.description, authenticatedProxy: e.authenticatedProxy || undefined, file: e.pos.file, line: e.pos.line }));
  return { id: w.id, kind: w.kind, name: w.name, file: w.file, line: w.pos.line, image: w.image?.raw, product: w.product?.productId, gpu: w.gpu || undefined, reach, exposures: exposures.length ? exposures : undefined, auth: auth?.state };
}
