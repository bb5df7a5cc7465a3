// The CycloneDX 1.6 AI-BOM (`--format cyclonedx`, the Action's `sbom-file`): every image and package of the
// inventory, the AI services the workloads run, the models they serve, and the advisories that affect the
// components. Built with the CycloneDX library's models and its JSON serializer for spec 1.6.
// The same scan result gives the same bytes: no `metadata.timestamp` and no `serialNumber` (the result holds
// no scan time, and a BOM that changes on every run would show a diff in every commit that keeps it), every
// bom-ref derived from what it names, lists in code-unit order (the library's own sorting is locale-aware).
import { ComponentType, Vulnerability as VulnerabilityEnums } from "@cyclonedx/cyclonedx-library/Enums";
import { Bom, Component, Property, PropertyRepository, Service, Vulnerability as Vuln } from "@cyclonedx/cyclonedx-library/Models";
import type { BomRef } from "@cyclonedx/cyclonedx-library/Models";
import { JSON as JsonNormalize, JsonSerializer } from "@cyclonedx/cyclonedx-library/Serialize";
import { Spec1dot6 } from "@cyclonedx/cyclonedx-library/Spec";
import { PackageURL } from "packageurl-js";
import type { Finding, FindingAdvisory } from "../findings/types.js";
import { compareText, jsonForLog } from "./common.js";
import type { InventoryComponent, InventoryModel, InventoryWorkload, ScanResult } from "./types.js";

/** Namespace of this tool's properties (CycloneDX property taxonomy: a tool's own prefix). */
const PREFIX = "ai-infra-audit";

function properties(entries: [string, string | undefined][]): PropertyRepository {
  return new PropertyRepository(entries.filter((e): e is [string, string] => e[1] !== undefined).map(([name, value]) => new Property(`${PREFIX}:${name}`, value)));
}

function location(file: string, line: number): string {
  return `${file}:${line}`;
}

/** Bom-refs from what they name, made unique in the order they are asked for (the same each run). */
class Refs {
  readonly #taken = new Set<string>();

  make(base: string): string {
    let ref = base;
    for (let n = 2; this.#taken.has(ref); n++) ref = `${base}#${n}`;
    this.#taken.add(ref);
    return ref;
  }
}

function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareText(key(a), key(b)));
}

function componentOf(item: InventoryComponent, ref: string): Component {
  return new Component(item.type === "image" ? ComponentType.Container : ComponentType.Library, item.name, {
    bomRef: ref,
    version: item.version,
    purl: item.purl,
    properties: properties([
      ["location", location(item.file, item.line)],
      ["ecosystem", item.ecosystem],
      ["requirement", item.requirement],
      ["product", item.product],
      ["workload", item.workload],
      ...(item.endOfLife ?? []).map((line): [string, string] => ["end-of-life", line]),
    ]),
  });
}

/** `pkg:huggingface/org/name` for a Hub repository id with its namespace; no purl for anything else. */
function modelPurl(model: InventoryModel): string | undefined {
  const slash = model.name.indexOf("/");
  if (model.source !== "huggingface" || slash <= 0) return undefined;
  try {
    return new PackageURL("huggingface", model.name.slice(0, slash), model.name.slice(slash + 1)).toString();
  } catch {
    return undefined;
  }
}

function modelOf(model: InventoryModel, ref: string): Component {
  return new Component(ComponentType.MachineLearningModel, model.name, {
    bomRef: ref,
    purl: modelPurl(model),
    properties: properties([
      ["location", location(model.file, model.line)],
      ["model-source", model.source],
      ["product", model.product],
      ["workload", model.workload],
    ]),
  });
}

function serviceOf(workload: InventoryWorkload, ref: string): Service {
  return new Service(workload.name, {
    bomRef: ref,
    properties: properties([
      ["location", location(workload.file, workload.line)],
      ["product", workload.product],
      ["reach", workload.reach],
      ["workload", workload.id],
      ["image", workload.image],
      ["gpu", workload.gpu ? "true" : undefined],
    ]),
  });
}

const SEVERITY: Record<FindingAdvisory["severity"], VulnerabilityEnums.Severity> = {
  critical: VulnerabilityEnums.Severity.Critical,
  high: VulnerabilityEnums.Severity.High,
  medium: VulnerabilityEnums.Severity.Medium,
  low: VulnerabilityEnums.Severity.Low,
  info: VulnerabilityEnums.Severity.Info,
  unknown: VulnerabilityEnums.Severity.Unknown,
};

/** The inventory component a vulnerable-component finding is about: at its place, with the same advisories. */
function findingComponent(finding: Finding, components: readonly InventoryComponent[]): InventoryComponent | undefined {
  const ids = (finding.component?.advisories ?? []).map((a) => a.id).sort(compareText).join("\n");
  const here = components.filter((c) => c.file === finding.file && c.line === finding.line);
  return here.find((c) => [...(c.advisories ?? [])].sort(compareText).join("\n") === ids) ?? here.find((c) => c.name === finding.component?.name);
}

function vulnerabilityOf(advisory: FindingAdvisory, finding: Finding, affected: BomRef | undefined, ref: string): Vuln.Vulnerability {
  const upgrade = finding.component?.upgrade ?? advisory.fixed;
  const accepted = advisory.accepted !== undefined ? `accepted in the config: ${advisory.accepted}` : undefined;
  const suppressed = finding.suppression ? `finding suppressed (${finding.suppression.kind}): ${finding.suppression.reason}` : undefined;
  const detail = accepted ?? suppressed;
  return new Vuln.Vulnerability({
    bomRef: ref,
    id: advisory.id,
    source: new Vuln.Source({ url: advisory.url }),
    description: advisory.summary,
    recommendation: upgrade ? `Upgrade to ${upgrade}` : undefined,
    ratings: new Vuln.RatingRepository([new Vuln.Rating({ severity: SEVERITY[advisory.severity], score: advisory.score })]),
    affects: new Vuln.AffectRepository(affected ? [new Vuln.Affect(affected)] : []),
    analysis: detail ? new Vuln.Analysis({ detail }) : undefined,
    properties: properties([
      ["aliases", advisory.aliases?.length ? advisory.aliases.join(", ") : undefined],
      ["known-exploited", advisory.knownExploited ? "true" : undefined],
      ["condition", advisory.condition],
    ]),
  });
}

export function renderCycloneDx(result: ScanResult): string {
  const refs = new Refs();
  const bom = new Bom();
  bom.metadata.tools.components.add(new Component(ComponentType.Application, result.tool.name, { bomRef: refs.make(`tool:${result.tool.name}`), version: result.tool.version }));
  bom.metadata.properties = properties([
    ["advisory-data-compiled", result.advisories.generated],
    ["advisory-sources-through", result.advisories.sourcesThrough],
    ["osv", result.advisories.osv],
  ]);

  const { components, workloads, models } = result.inventory;
  const componentRefs = new Map<InventoryComponent, Component>();
  for (const item of sortedBy(components, (c) => `${c.file}\0${String(c.line).padStart(9, "0")}\0${c.name}`)) {
    const component = componentOf(item, refs.make(`${item.type}:${location(item.file, item.line)}:${item.purl ?? item.name}`));
    componentRefs.set(item, component);
    bom.components.add(component);
  }
  const modelRefs = new Map<InventoryModel, Component>();
  for (const model of sortedBy(models, (m) => `${m.workload}\0${m.name}\0${m.file}`)) {
    const component = modelOf(model, refs.make(`model:${model.workload}:${model.name}`));
    modelRefs.set(model, component);
    bom.components.add(component);
  }

  for (const workload of sortedBy(workloads, (w) => `${w.file}\0${w.id}`)) {
    if (!workload.product) continue;
    const service = serviceOf(workload, refs.make(`service:${workload.file}:${workload.id}`));
    // What it runs and serves: its image, and the models named for it (by its own file, or by an env file or a
    // Dockerfile when no other workload has its id).
    const sameId = workloads.filter((w) => w.id === workload.id).length;
    for (const [item, component] of componentRefs) if (item.workload === workload.id && item.file === workload.file) service.dependencies.add(component.bomRef);
    for (const [model, component] of modelRefs) if (model.workload === workload.id && (model.file === workload.file || sameId === 1)) service.dependencies.add(component.bomRef);
    bom.services.add(service);
  }

  const vulnerable = sortedBy(
    result.findings.filter((f) => f.category === "vulnerable-component" && f.component?.advisories?.length),
    (f) => `${f.file}\0${String(f.line).padStart(9, "0")}\0${f.component?.name ?? ""}`,
  );
  for (const finding of vulnerable) {
    const item = findingComponent(finding, components);
    const affected = item ? componentRefs.get(item)?.bomRef : undefined;
    for (const advisory of finding.component?.advisories ?? []) {
      bom.vulnerabilities.add(vulnerabilityOf(advisory, finding, affected, refs.make(`vulnerability:${advisory.id}:${affected?.value ?? location(finding.file, finding.line)}`)));
    }
  }

  const serializer = new JsonSerializer(new JsonNormalize.Normalize.Factory(Spec1dot6));
  return jsonForLog(`${serializer.serialize(bom, { sortLists: false, space: 2 })}\n`);
}
