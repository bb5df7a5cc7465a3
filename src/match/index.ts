// The matching stage: each component of the model is identified (see identify.ts), matched against the
// embedded advisories and, when asked, OSV (its API or a local export), and against the end-of-life lines
// of what it is built on. Rules read the results; none compares versions itself.
import type { Advisory, AdvisoryData, AffectedTarget, Catalog, PackageKey, VersionRange } from "../catalog/types.js";
import type { IgnoreEntry } from "../config/index.js";
import type { Severity } from "../findings/types.js";
import { minimatch } from "minimatch";
import { groupBy } from "../model/group.js";
import type { Component, Model, Notice, Workload } from "../model/types.js";
import { compareVersions, inRange, releaseLine } from "../versions/index.js";
import { eolHits, outdatedBy } from "./eol.js";
import { identify, imageTargetMatches, packageName, samePackage, schemeOf } from "./identify.js";
import { osvAdvisories, type OsvOptions } from "./osv-source.js";
import type { AdvisoryHit, AdvisorySources, ComponentIdentity, ComponentMatch, EolHit } from "./types.js";

export interface MatchOptions {
  /** YYYY-MM-DD, for end-of-life dates, the data's age and `until` of accepted advisories. */
  today: string;
  /** How an advisory with no published severity counts (the config's `unknown-severity`); default high. */
  unknownSeverity?: Severity;
  /** Config entries that accept advisories (`ignore: [{advisories: […]}]`); expired ones are left out by the caller or here. */
  ignores: IgnoreEntry[];
  osv: OsvOptions;
}

/** Embedded data older than this is called stale in the report. */
export const STALE_DATA_DAYS = 90;

/** What the stage learns of one component before OSV is asked. */
interface Known {
  identity?: ComponentIdentity;
  fromCatalog: AdvisoryHit[];
  eol: EolHit[];
  /** The way out of its catalog advisories, once worked out. */
  way?: Pick<ComponentMatch, "upgrade" | "beyond">;
}

/** One shared empty list for the many components with nothing found. */
const NONE: never[] = [];

export async function matchComponents(model: Model, catalog: Catalog, options: MatchOptions, notices: Notice[]): Promise<{ matches: ComponentMatch[]; sources: AdvisorySources }> {
  const data: AdvisoryData = catalog.advisories ?? { generated: options.today, sourcesThrough: options.today, advisories: [], eol: [] };
  const components = model.components.filter(judged);
  const index = advisoryIndex(data.advisories);
  // The same image written many times (a Deployment of 10,000 containers) is identified and matched once;
  // a lockfile's packages are distinct, so they are not remembered.
  const memo = new Map<string, Known>();
  // Only what OSV needs to be asked, or what something was found about, is kept: a lockfile's 100,000 clean
  // packages leave nothing behind.
  const keep = options.osv.mode !== "off";
  const known = components.map((c): Known | undefined => {
    const key = c.type === "image" ? c.image.raw : undefined;
    let entry = key === undefined ? undefined : memo.get(key);
    if (!entry) {
      const identity = identify(catalog, index.imageTargeted, c);
      entry = { identity, fromCatalog: identity ? catalogHits(index, c, identity) : NONE, eol: eolHits(data.eol, c, options.today) };
      if (key !== undefined) memo.set(key, entry);
    }
    if (c.type === "package" && entry.identity?.product) c.productId = entry.identity.product.id;
    return keep || entry.fromCatalog.length > 0 || entry.eol.length > 0 || (entry.identity?.product?.releases && outdatedBy(entry.identity)) ? entry : undefined;
  });
  const online = await osvAdvisories(keep ? known.map((k) => k?.identity) : [], options.osv);
  const byId = groupBy(model.workloads, (w) => `${w.file}\0${w.id}`);
  const byFile = groupBy(model.workloads, (w) => w.file);
  const builtFrom = groupBy(model.workloads.filter((w) => w.buildDockerfile), (w) => w.buildDockerfile as string);
  const runBy = (c: Component): Workload[] => {
    if (c.type === "image") return c.workloadId === undefined ? [] : (byId.get(`${c.pos.file}\0${c.workloadId}`) ?? []);
    return c.declaredIn === "dockerfile" ? [...(byFile.get(c.pos.file) ?? []), ...(builtFrom.get(c.pos.file) ?? [])] : [];
  };
  const ignores = options.ignores.filter((e) => e.advisories.length > 0 && !(e.until && e.until < options.today));
  // Severities are computed (from CVSS vectors) only when something was found: a clean scan never loads the calculator.
  if (known.some((k) => k !== undefined && k.fromCatalog.length > 0) || online.byComponent.some((hits) => hits.length > 0)) {
    const { severityOf } = await import("./severity.js");
    for (const hit of [...new Set(known.flatMap((k) => k?.fromCatalog ?? NONE))].concat(online.byComponent.flat())) {
      Object.assign(hit, severityOf(hit.advisory));
      hit.counted = hit.severity === "unknown" ? (options.unknownSeverity ?? "high") : hit.severity;
    }
  }
  const matches: ComponentMatch[] = [];
  components.forEach((component, i) => {
    const entry = known[i];
    if (!entry) return;
    const { identity, fromCatalog, eol } = entry;
    const fromOsv = online.byComponent[i] ?? [];
    const outdated = identity ? outdatedBy(identity) : undefined;
    // Only components with something to say are kept: a lockfile's 100,000 clean packages cost nothing more.
    if (fromCatalog.length === 0 && fromOsv.length === 0 && eol.length === 0 && !outdated) return;
    const advisories = merge(fromCatalog, fromOsv).filter((hit) => !byDesign(hit, identity)).map((hit) => ({ ...hit, accepted: acceptance(hit.advisory, component, ignores) }));
    const match: ComponentMatch = { component, runBy: runBy(component), identity, advisories, eol };
    // The upgrade depends on the advisories that count: with none accepted and nothing from OSV, it is the
    // same for every place the image is written, and worked out once.
    const counted = advisories.filter((a) => !a.accepted);
    const shared = counted.length === advisories.length && fromOsv.length === 0;
    const way = shared && entry.way ? entry.way : wayOut(counted, component, identity);
    if (shared) entry.way = way;
    if (way.upgrade) match.upgrade = way.upgrade;
    if (way.beyond) match.beyond = way.beyond;
    if (outdated) match.outdated = outdated;
    matches.push(match);
  });
  const ageDays = Math.floor((Date.parse(options.today) - Date.parse(data.generated)) / 86_400_000);
  if (ageDays > STALE_DATA_DAYS) {
    notices.push({ file: ".", kind: "warning", message: `the embedded advisory data is ${ageDays} days old (compiled ${data.generated}): advisories published since are not in it; update ai-infra-audit or query OSV (--online)` });
  }
  for (const error of online.errors) notices.push({ file: ".", kind: "warning", message: `OSV: ${error}; the embedded advisory data was used alone for what OSV did not answer` });
  return { matches, sources: { generated: data.generated, sourcesThrough: data.sourcesThrough, ageDays, osv: options.osv.mode, osvErrors: online.errors, osvRequests: online.requests } };
}

/** Components worth matching: not replaced by a kustomization entry, not built here, not a `${VAR}` left for deploy time. */
function judged(component: Component): boolean {
  if (component.type === "package") return true;
  return !component.overridden && !component.image.localBuild && !component.image.unresolved;
}

/** The advisories by what they target, built once per data set: a component is checked against its own only. */
interface AdvisoryIndex {
  byProduct: Map<string, Advisory[]>;
  byPackage: Map<string, Advisory[]>;
  /** Advisories naming images that are no catalog product (few): tested by image name. */
  imageTargeted: Advisory[];
}

const indexes = new WeakMap<Advisory[], AdvisoryIndex>();

function advisoryIndex(advisories: Advisory[]): AdvisoryIndex {
  let index = indexes.get(advisories);
  if (index) return index;
  index = { byProduct: new Map(), byPackage: new Map(), imageTargeted: [] };
  const add = (map: Map<string, Advisory[]>, key: string, advisory: Advisory) => {
    const list = map.get(key) ?? [];
    if (list.at(-1) !== advisory) list.push(advisory);
    map.set(key, list);
  };
  for (const advisory of advisories) {
    for (const target of advisory.affects) {
      if (target.product !== undefined) add(index.byProduct, target.product, advisory);
      else if (target.package !== undefined) add(index.byPackage, packageIndexKey(target.package), advisory);
      else if (index.imageTargeted.at(-1) !== advisory) index.imageTargeted.push(advisory);
    }
  }
  indexes.set(advisories, index);
  return index;
}

function packageIndexKey(key: PackageKey): string {
  return `${key.ecosystem}\0${packageName(key)}`;
}

/** The advisories that may speak of this component: of its product, its package or its product's packages, or of images. */
function candidates(index: AdvisoryIndex, component: Component, identity: ComponentIdentity): Advisory[] {
  const keys = [identity.package, ...(identity.product?.packages ?? [])].filter((k): k is PackageKey => k !== undefined);
  const found = new Set<Advisory>([...(identity.product ? (index.byProduct.get(identity.product.id) ?? []) : []), ...keys.flatMap((k) => index.byPackage.get(packageIndexKey(k)) ?? [])]);
  if (component.type === "image") for (const advisory of index.imageTargeted) found.add(advisory);
  return [...found];
}

function catalogHits(index: AdvisoryIndex, component: Component, identity: ComponentIdentity): AdvisoryHit[] {
  const version = identity.version;
  if (version === undefined) return [];
  const hits: AdvisoryHit[] = [];
  for (const advisory of candidates(index, component, identity)) {
    const target = advisory.affects.find((t) => targets(t, component, identity));
    const range = target?.ranges.find((r) => inRange(schemeOf(target, identity), version, r) === true);
    if (range) hits.push({ advisory, severity: "unknown", counted: "high", fixed: range.fixed, lastAffected: range.lastAffected, from: "catalog" });
  }
  return hits;
}

/** Whether a target speaks of this component: its product, its package, or its image by name. */
function targets(target: AffectedTarget, component: Component, identity: ComponentIdentity): boolean {
  if (target.product !== undefined) return identity.product?.id === target.product;
  // A package that is the product's server (Go `github.com/ollama/ollama` for an Ollama image) is the product.
  if (target.package !== undefined) return [identity.package, ...(identity.product?.packages ?? [])].some((key) => key !== undefined && samePackage(target.package as PackageKey, key));
  return component.type === "image" && imageTargetMatches(target, component.image);
}

/** An advisory that restates the product's design (no authentication), which the exposure rules judge in context. */
function byDesign(hit: AdvisoryHit, identity: ComponentIdentity | undefined): boolean {
  const design = identity?.product?.designAdvisories;
  if (!design) return false;
  const ids = new Set([hit.advisory.id, ...hit.advisory.aliases]);
  return design.some((d) => ids.has(d.id));
}

/** The catalog's entry wins over OSV's record of the same advisory (its ranges are per release line, read at the vendor). */
function merge(fromCatalog: AdvisoryHit[], fromOsv: AdvisoryHit[]): AdvisoryHit[] {
  const known = new Set(fromCatalog.flatMap((h) => [h.advisory.id, ...h.advisory.aliases]));
  return [...fromCatalog, ...fromOsv.filter((h) => ![h.advisory.id, ...h.advisory.aliases].some((id) => known.has(id)))];
}

function acceptance(advisory: Advisory, component: Component, ignores: IgnoreEntry[]): string | undefined {
  const ids = new Set([advisory.id, ...advisory.aliases].map((id) => id.toUpperCase()));
  const entry = ignores.find((e) => e.advisories.some((id) => ids.has(id)) && (e.paths.length === 0 || e.paths.some((glob) => minimatch(component.pos.file, glob, { dot: true }))));
  return entry?.reason;
}

/**
 * The smallest version that no advisory of the list affects: each fixed version above the current one is
 * tried from the lowest, so a fix on the same release line comes before the next line. Undefined when
 * every candidate is still affected (an advisory with no fix at all).
 */
function smallestUpgrade(hits: AdvisoryHit[], component: Component, identity: ComponentIdentity): ComponentMatch["upgrade"] {
  const version = identity.version;
  if (hits.length === 0 || version === undefined) return undefined;
  const ranges = hits.flatMap((h) => h.advisory.affects.filter((t) => targets(t, component, identity)).map((t) => ({ target: t, ranges: t.ranges })));
  const scheme = identity.scheme;
  const candidates = [...new Set(ranges.flatMap((r) => r.ranges.flatMap((range) => (range.fixed ? [range.fixed] : []))))]
    .filter((fixed) => (compareVersions(scheme, fixed, version) ?? -1) > 0)
    .sort((a, b) => compareVersions(scheme, a, b) ?? 0);
  const affected = (candidate: string, list: VersionRange[], target: AffectedTarget) => list.some((range) => inRange(schemeOf(target, identity), candidate, range) === true);
  const upgrade = candidates.find((candidate) => ranges.every((r) => !affected(candidate, r.ranges, r.target)));
  if (!upgrade) return undefined;
  // The same release line: the same first two numbers (`7.2.4` and `7.2.11`; Triton's `24.01` and `24.05` are not).
  const line = (v: string) => releaseLine(scheme, v, 2);
  return { version: upgrade, sameLine: line(version) !== undefined && line(version) === line(upgrade) };
}

/** The smallest upgrade that clears these advisories, else the last affected version to go past. */
function wayOut(hits: AdvisoryHit[], component: Component, identity: ComponentIdentity | undefined): Pick<ComponentMatch, "upgrade" | "beyond"> {
  if (!identity) return {};
  const upgrade = identity.version === undefined ? undefined : smallestUpgrade(hits, component, identity);
  if (upgrade) return { upgrade };
  const beyond = lastAffectedOfAll(hits, identity);
  return beyond ? { beyond } : {};
}

/** The highest last-affected version when every advisory is bounded by one (none has an open range). */
function lastAffectedOfAll(hits: AdvisoryHit[], identity: ComponentIdentity): string | undefined {
  if (hits.length === 0 || hits.some((h) => !h.fixed && !h.lastAffected)) return undefined;
  const bounds = hits.flatMap((h) => (h.lastAffected ? [h.lastAffected] : []));
  return bounds.sort((a, b) => compareVersions(identity.scheme, a, b) ?? 0).at(-1);
}
