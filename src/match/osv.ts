// OSV records (https://ossf.github.io/osv-schema/) and how one becomes the catalog's `Advisory` for one
// package. Records come from the network or from an export file: they are checked field by field, and
// anything of the wrong shape is left out rather than trusted.
import type { Advisory, AdvisorySeverity, PackageKey, VersionRange } from "../catalog/types.js";
import { cvssSeverity } from "./cvss.js";
import { comparableName } from "../model/package-name.js";

// Also the export reader's and the data-update script's way to compare names.
export { comparableName };

export interface OsvSeverity {
  /** `CVSS_V2`, `CVSS_V3`, `CVSS_V4`, `Ubuntu` … */
  type: string;
  score: string;
}

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  /** `ECOSYSTEM`, `SEMVER` or `GIT`. */
  type: string;
  repo?: string;
  events: OsvEvent[];
}

export interface OsvPackage {
  /** `PyPI`, `npm`, `Go`, `Bitnami`, or one with a suffix (`Debian:12`). */
  ecosystem: string;
  name: string;
  purl?: string;
}

export interface OsvAffected {
  package?: OsvPackage;
  /** Per-package severity (schema 1.6; Bitnami puts its vectors here). */
  severity?: OsvSeverity[];
  ranges?: OsvRange[];
  versions?: string[];
  database_specific?: Record<string, unknown>;
  ecosystem_specific?: Record<string, unknown>;
}

export interface OsvReference {
  type: string;
  url: string;
}

export interface OsvRecord {
  id: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  published?: string;
  modified?: string;
  withdrawn?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: OsvReference[];
  /** GHSA: `severity` is `CRITICAL`, `HIGH`, `MODERATE` or `LOW`; Bitnami writes `Critical`, `High` … */
  database_specific?: { severity?: string; [key: string]: unknown };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const strings = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

function readSeverity(value: unknown): OsvSeverity[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return objects(value).flatMap((s) => (typeof s.type === "string" && typeof s.score === "string" ? [{ type: s.type, score: s.score }] : []));
}

function readEvent(event: Json): OsvEvent {
  const out: OsvEvent = {};
  for (const key of ["introduced", "fixed", "last_affected", "limit"] as const) {
    const value = str(event[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function readAffected(entry: Json): OsvAffected {
  const out: OsvAffected = {};
  const pkg = entry.package;
  if (isObject(pkg) && typeof pkg.ecosystem === "string" && typeof pkg.name === "string") {
    out.package = { ecosystem: pkg.ecosystem, name: pkg.name };
    if (typeof pkg.purl === "string") out.package.purl = pkg.purl;
  }
  const severity = readSeverity(entry.severity);
  if (severity) out.severity = severity;
  if (Array.isArray(entry.ranges)) {
    out.ranges = objects(entry.ranges).flatMap((r) => {
      if (typeof r.type !== "string") return [];
      const range: OsvRange = { type: r.type, events: objects(r.events).map(readEvent) };
      if (typeof r.repo === "string") range.repo = r.repo;
      return [range];
    });
  }
  const versions = strings(entry.versions);
  if (versions) out.versions = versions;
  if (isObject(entry.database_specific)) out.database_specific = entry.database_specific;
  if (isObject(entry.ecosystem_specific)) out.ecosystem_specific = entry.ecosystem_specific;
  return out;
}

/** An OSV record from parsed JSON, with only the fields of the right type; undefined without a string `id`. */
export function readOsvRecord(value: unknown): OsvRecord | undefined {
  if (!isObject(value) || typeof value.id !== "string" || value.id === "") return undefined;
  const record: OsvRecord = { id: value.id };
  for (const key of ["summary", "details", "published", "modified", "withdrawn"] as const) {
    const text = str(value[key]);
    if (text !== undefined) record[key] = text;
  }
  const aliases = strings(value.aliases);
  if (aliases) record.aliases = aliases;
  const severity = readSeverity(value.severity);
  if (severity) record.severity = severity;
  if (Array.isArray(value.affected)) record.affected = objects(value.affected).map(readAffected);
  if (Array.isArray(value.references)) {
    record.references = objects(value.references).flatMap((r) => (typeof r.type === "string" && typeof r.url === "string" ? [{ type: r.type, url: r.url }] : []));
  }
  if (isObject(value.database_specific)) {
    const { severity: word, ...rest } = value.database_specific;
    record.database_specific = typeof word === "string" ? { ...rest, severity: word } : rest;
  }
  return record;
}

/** An ecosystem without its release suffix: `Debian:12` → `Debian`. */
export function ecosystemBase(ecosystem: string): string {
  const colon = ecosystem.indexOf(":");
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}

function affectsPackage(affected: OsvAffected, key: PackageKey): boolean {
  const pkg = affected.package;
  if (!pkg || ecosystemBase(pkg.ecosystem) !== key.ecosystem) return false;
  return comparableName(key.ecosystem, pkg.name) === comparableName(key.ecosystem, key.name);
}

/**
 * The spans an `ECOSYSTEM` or `SEMVER` range's events describe, read in the order written (OSV's own
 * records list them in version order): each `introduced` opens a span (`"0"`: from the first version),
 * `fixed` or `last_affected` closes it; a span still open at the end has no fix. A second `introduced`
 * while a span is open does not start another (the earlier start stands); `limit` only bounds where a
 * `GIT` walk stops and says nothing about versions.
 */
function spans(events: OsvEvent[]): VersionRange[] {
  const out: VersionRange[] = [];
  let open: VersionRange | undefined;
  for (const event of events) {
    if (event.introduced !== undefined) {
      open ??= event.introduced === "0" ? {} : { introduced: event.introduced };
    } else if (event.fixed !== undefined) {
      out.push({ ...open, fixed: event.fixed });
      open = undefined;
    } else if (event.last_affected !== undefined) {
      out.push({ ...open, lastAffected: event.last_affected });
      open = undefined;
    }
  }
  if (open) out.push(open);
  return out;
}

const CVE_ID = /^CVE-\d{4}-\d{4,}$/;

const LABELS: Record<string, NonNullable<AdvisorySeverity["label"]>> = {
  critical: "critical",
  high: "high",
  moderate: "medium",
  medium: "medium",
  low: "low",
};

/** The CVSS vector to compute from (v4 before v3; v2 not used), else the source's word for it. */
function severityOf(record: OsvRecord, affected: OsvAffected[]): AdvisorySeverity {
  const scores = [...(record.severity ?? []), ...affected.flatMap((a) => a.severity ?? [])];
  for (const type of ["CVSS_V4", "CVSS_V3"]) {
    const vector = scores.find((s) => s.type === type && cvssSeverity(s.score) !== undefined)?.score;
    if (vector) return { cvss: vector };
  }
  const words = [record.database_specific?.severity, ...affected.map((a) => str(a.database_specific?.severity))];
  for (const word of words) {
    const label = word === undefined ? undefined : LABELS[word.toLowerCase()];
    if (label) return { label };
  }
  return {};
}

const SUMMARY_LENGTH = 200;

/** One line: the record's summary, else the start of its details. */
function oneLine(record: OsvRecord): string {
  const text = (record.summary || record.details || record.id).replace(/\s+/g, " ").trim();
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
}

/** YYYY-MM-DD of a timestamp; Go's vulndb writes `0001-01-01T00:00:00Z` for "not recorded". */
function day(timestamp: string | undefined): string | undefined {
  if (timestamp === undefined || !/^\d{4}-\d{2}-\d{2}/.test(timestamp) || timestamp.startsWith("0001-")) return undefined;
  return timestamp.slice(0, 10);
}

/**
 * The advisory an OSV record makes for one package, or undefined when the record is withdrawn, does not
 * name the package, or names no version of it (only `GIT` commit ranges). The package is matched by
 * ecosystem (a suffix such as `Debian:12` counts as its base) and by name: PyPI names normalised, every
 * other ecosystem's exactly. Explicit `versions` lists are used only when no `ECOSYSTEM` or `SEMVER`
 * range says anything, since OSV computes those lists from the ranges.
 */
export function osvToAdvisory(record: OsvRecord, key: PackageKey): Advisory | undefined {
  if (record.withdrawn) return undefined;
  const affected = (record.affected ?? []).filter((a) => affectsPackage(a, key));
  if (affected.length === 0) return undefined;
  const versionRanges = affected.flatMap((a) => a.ranges ?? []).filter((r) => r.type === "ECOSYSTEM" || r.type === "SEMVER");
  let ranges = versionRanges.flatMap((r) => spans(r.events));
  if (ranges.length === 0) {
    ranges = [...new Set(affected.flatMap((a) => a.versions ?? []))].map((v) => ({ introduced: v, lastAffected: v }));
  }
  if (ranges.length === 0) return undefined;

  const ids = [record.id, ...(record.aliases ?? [])];
  const id = ids.find((i) => CVE_ID.test(i)) ?? record.id;
  const advisory: Advisory = {
    id,
    aliases: [...new Set(ids)].filter((i) => i !== id),
    summary: oneLine(record),
    severity: severityOf(record, affected),
    affects: [{ package: { ecosystem: key.ecosystem, name: key.name }, ranges }],
    source: `https://osv.dev/vulnerability/${encodeURIComponent(record.id)}`,
  };
  const published = day(record.published);
  if (published) advisory.published = published;
  return advisory;
}
