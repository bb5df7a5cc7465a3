// Orders versions per scheme, to match components against advisory ranges and release lines.
// Versions come from hostile files: every parser here scans its input once, by hand, with no regular
// expression of its own, and nothing is coerced (`latest`, `7.x` are not versions).
import { compare as pep440Compare, explain as pep440Explain } from "@renovatebot/pep440";
import type { VersionRange, VersionScheme } from "../catalog/types.js";

/**
 * Longer text is not taken for a version of any scheme. The same limit as the `semver` package's
 * MAX_LENGTH; it also bounds the work of the PEP 440 library's regular expression.
 */
const MAX_VERSION_LENGTH = 256;

/** What every scheme's parser gives. */
interface Parsed {
  /** The version in the scheme's normal form. */
  normal: string;
  /** The release numbers as written (`["7", "2", "4"]`); a timestamp is one number. */
  release: readonly string[];
  /** Stands before a release line taken from `release` (a PEP 440 epoch, `1!`). */
  linePrefix: string;
}

interface Rules {
  parse(text: string): Parsed | undefined;
  compare(a: string, b: string): number | undefined;
  inRange(version: string, range: VersionRange): boolean | undefined;
  exact?: number;
}

/**
 * One scheme's rules from its parser and its ordering. `forRange` is what the version and the
 * bounds are compared as in a range, when that differs from the version itself.
 */
function rules<P extends Parsed>(def: { parse: (text: string) => P | undefined; compare: (a: P, b: P) => number; forRange?: (p: P) => P; exact?: number }): Rules {
  const parse = (text: string): P | undefined => (text.length > MAX_VERSION_LENGTH ? undefined : def.parse(text));
  const forRange = def.forRange ?? ((p: P) => p);
  /** A bound of the range: null when absent, undefined when unparseable. */
  const bound = (text: string | undefined): P | null | undefined => {
    if (text === undefined) return null;
    const p = parse(text);
    return p && forRange(p);
  };
  return {
    parse,
    exact: def.exact,
    compare(a, b) {
      const x = parse(a);
      const y = parse(b);
      return x && y ? Math.sign(def.compare(x, y)) : undefined;
    },
    inRange(version, range) {
      const parsed = parse(version);
      if (!parsed) return undefined;
      const v = forRange(parsed);
      // OSV writes `introduced: "0"` for "from the first version", pre-releases below 0.0.0 included.
      const introduced = range.introduced === "0" ? null : bound(range.introduced);
      const fixed = bound(range.fixed);
      const lastAffected = bound(range.lastAffected);
      if (introduced === undefined || fixed === undefined || lastAffected === undefined) return undefined;
      if (introduced && def.compare(v, introduced) < 0) return false;
      if (fixed && def.compare(v, fixed) >= 0) return false;
      if (lastAffected && def.compare(v, lastAffected) > 0) return false;
      return true;
    },
  };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");

/** Compares two runs of decimal digits by their value, however long (`007` = `7`, `""` = `0`). */
function compareDigits(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (a[i] === "0") i++;
  while (b[j] === "0") j++;
  const lengths = a.length - i - (b.length - j);
  if (lengths !== 0) return lengths;
  for (; i < a.length; i++, j++) if (a[i] !== b[j]) return a.charCodeAt(i) - b.charCodeAt(j);
  return 0;
}

/** Compares release numbers part by part, a missing part counting as 0 (`7.2` = `7.2.0`). */
function compareRelease(a: readonly string[], b: readonly string[]): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const c = compareDigits(a[k] ?? "", b[k] ?? "");
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Reads `N(.N)*` from `start`: the numbers and where they end, or undefined when no number starts
 * there or a dot is followed by no number.
 */
function readRelease(text: string, start: number): { release: string[]; end: number } | undefined {
  const release: string[] = [];
  let i = start;
  for (;;) {
    const from = i;
    while (isDigit(text[i])) i++;
    if (i === from) return undefined;
    release.push(text.slice(from, i));
    if (text[i] !== "." || !isDigit(text[i + 1])) return { release, end: i };
    i++;
  }
}

// ---- semver and go ----

interface SemverParsed extends Parsed {
  /** Pre-release identifiers; empty for a release. */
  pre: string[];
}

/** Dot-separated identifiers of `[0-9A-Za-z-]`, none empty (semver §9, §10); undefined otherwise. */
function identifiers(text: string): string[] | undefined {
  const ids = text.split(".");
  for (const id of ids) {
    if (id === "") return undefined;
    for (const c of id) if (!isDigit(c) && !isLetter(c) && c !== "-") return undefined;
  }
  return ids;
}

/**
 * `v?N(.N)*(-pre)?(+build)?`. Go: at most three numbers and none with a leading zero, as Go's module
 * versions (`v1` and `v1.2` are Go's shorthands for `v1.0.0`, `v1.2.0`).
 */
function parseSemver(text: string, go: boolean): SemverParsed | undefined {
  const start = text.startsWith("v") ? 1 : 0;
  const read = readRelease(text, start);
  if (!read) return undefined;
  const { release } = read;
  if (go && (release.length > 3 || release.some((n) => n.length > 1 && n.startsWith("0")))) return undefined;
  const plus = text.indexOf("+", read.end);
  const end = plus < 0 ? text.length : plus;
  let pre: string[] = [];
  if (read.end < end) {
    if (text[read.end] !== "-") return undefined;
    const ids = identifiers(text.slice(read.end + 1, end));
    if (!ids) return undefined;
    pre = ids;
  }
  if (plus >= 0 && !identifiers(text.slice(plus + 1))) return undefined;
  return { normal: text.slice(start), release, linePrefix: "", pre };
}

/** Semver §11: numeric identifiers by value and below alphanumeric ones, which compare in ASCII order. */
function compareIdentifier(a: string, b: string): number {
  const numA = [...a].every(isDigit);
  const numB = [...b].every(isDigit);
  if (numA && numB) return compareDigits(a, b);
  if (numA !== numB) return numA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Release numbers, then pre-releases before their release; build metadata (Go's `+incompatible`)
 * is ignored. Go's pseudo-versions are pre-releases whose identifiers order them by their timestamp,
 * so they need nothing more.
 */
function compareSemver(a: SemverParsed, b: SemverParsed): number {
  const release = compareRelease(a.release, b.release);
  if (release !== 0) return release;
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let k = 0; k < Math.min(a.pre.length, b.pre.length); k++) {
    const c = compareIdentifier(a.pre[k]!, b.pre[k]!);
    if (c !== 0) return c;
  }
  return a.pre.length - b.pre.length;
}

// ---- pep440 ----

interface Pep440Parsed extends Parsed {
  /** The normal form without its local label (`2.5.1` of `2.5.1+cu121`). */
  public: string;
}

/**
 * Parsed by `@renovatebot/pep440`, which reads numbers as JavaScript numbers: a version with a number
 * beyond 2^53 cannot be ordered exactly and is not taken.
 */
function parsePep440(text: string): Pep440Parsed | undefined {
  // PEP 440: surrounding whitespace is ignored.
  const v = pep440Explain(text.trim());
  if (!v) return undefined;
  // `explain` gives `pre` as an array or null, `post` and `dev` as a number or null, whatever its types say.
  const localNumbers = v.local?.split(".").filter((part) => [...part].every(isDigit)).map(Number) ?? [];
  const numbers: unknown[] = [v.epoch, ...v.release, ...(v.pre ?? []), v.post, v.dev, ...localNumbers];
  if (numbers.some((n) => typeof n === "number" && !Number.isSafeInteger(n))) return undefined;
  const local = v.local ? `+${v.local}` : "";
  return { normal: v.public + local, public: v.public, release: v.release.map(String), linePrefix: v.epoch ? `${v.epoch}!` : "" };
}

// ---- calendar ----

/** `r?YY.MM(.N)*`: NVIDIA's `24.01`, its releases' git tags `r24.01`. */
function parseCalendar(text: string): Parsed | undefined {
  const start = text.startsWith("r") ? 1 : 0;
  const read = readRelease(text, start);
  if (!read || read.end !== text.length || read.release.length < 2) return undefined;
  return { normal: text.slice(start), release: read.release, linePrefix: "" };
}

// ---- timestamp ----

const RELEASE_PREFIX = "RELEASE.";
/** MinIO's stamp, `YYYY-MM-DDTHH-MM-SSZ`: `D` a digit, every other character itself. */
const STAMP_SHAPE = "DDDD-DD-DDTDD-DD-DDZ";

interface TimestampParsed extends Parsed {
  /** The stamp's 14 digits: fixed widths, so their text order is their time order. */
  digits: string;
}

/** `RELEASE.2025-04-22T22-12-26Z` or the bare stamp; the normal form is MinIO's, with `RELEASE.`. */
function parseTimestamp(text: string): TimestampParsed | undefined {
  const stamp = text.startsWith(RELEASE_PREFIX) ? text.slice(RELEASE_PREFIX.length) : text;
  if (stamp.length !== STAMP_SHAPE.length) return undefined;
  let digits = "";
  for (let i = 0; i < stamp.length; i++) {
    if (STAMP_SHAPE[i] === "D" ? !isDigit(stamp[i]) : stamp[i] !== STAMP_SHAPE[i]) return undefined;
    if (STAMP_SHAPE[i] === "D") digits += stamp[i];
  }
  const normal = RELEASE_PREFIX + stamp;
  return { normal, release: [normal], linePrefix: "", digits };
}

// ---- debian ----

interface DebianParsed extends Parsed {
  epoch: string;
  upstream: string;
  /** Empty when absent, which Debian orders as `0`. */
  revision: string;
}

/**
 * `[epoch:]upstream[-revision]` (Debian Policy §5.6.12): the epoch digits, the upstream part starting
 * with a digit, of alphanumerics and `.+~` (and `-` when there is a revision), the revision of
 * alphanumerics and `.+~`.
 */
function parseDebian(text: string): DebianParsed | undefined {
  const colon = text.indexOf(":");
  const epoch = colon < 0 ? "" : text.slice(0, colon);
  if (colon >= 0 && (epoch === "" || ![...epoch].every(isDigit))) return undefined;
  const rest = text.slice(colon + 1);
  const hyphen = rest.lastIndexOf("-");
  const upstream = hyphen < 0 ? rest : rest.slice(0, hyphen);
  const revision = hyphen < 0 ? "" : rest.slice(hyphen + 1);
  const allowed = (part: string, extra: string): boolean => [...part].every((c) => isDigit(c) || isLetter(c) || extra.includes(c));
  if (!isDigit(upstream[0]) || !allowed(upstream, ".+~-")) return undefined;
  if (hyphen >= 0 && (revision === "" || !allowed(revision, ".+~"))) return undefined;
  return { normal: text, release: readRelease(upstream, 0)!.release, linePrefix: "", epoch, upstream, revision };
}

/**
 * The weight of a character in the non-digit parts Debian compares: `~` before the end of the part,
 * the end before letters, letters before every other character, each group in ASCII order.
 */
function debianWeight(c: string | undefined): number {
  if (c === undefined || isDigit(c)) return 0;
  if (c === "~") return -1;
  return isLetter(c) ? c.charCodeAt(0) : c.charCodeAt(0) + 256;
}

/**
 * Compares upstream parts or revisions as Debian Policy §5.6.12 describes: alternately the leading
 * non-digit runs, character by character by `debianWeight`, and the leading digit runs, by value.
 */
function compareDebianPart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const c = debianWeight(a[i]) - debianWeight(b[j]);
      if (c !== 0) return c;
      i++;
      j++;
    }
    const fromA = i;
    const fromB = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    const c = compareDigits(a.slice(fromA, i), b.slice(fromB, j));
    if (c !== 0) return c;
  }
  return 0;
}

function compareDebian(a: DebianParsed, b: DebianParsed): number {
  return compareDigits(a.epoch, b.epoch) || compareDebianPart(a.upstream, b.upstream) || compareDebianPart(a.revision, b.revision);
}

const RULES: Record<VersionScheme, Rules> = {
  semver: rules({ parse: (t) => parseSemver(t, false), compare: compareSemver, exact: 3 }),
  go: rules({ parse: (t) => parseSemver(t, true), compare: compareSemver, exact: 3 }),
  // PEP 440 sorts a local version after its public one (`2.5.1` < `2.5.1+cu121`). In a range the local
  // label is dropped on both sides: a local build is the public release it was built from, so
  // `2.5.1+cu121` is in a range that holds `2.5.1` (lastAffected 2.5.1) and not in one fixed in 2.5.1.
  pep440: rules({
    parse: parsePep440,
    compare: (a, b) => pep440Compare(a.normal, b.normal),
    forRange: (p) => ({ ...p, normal: p.public }),
  }),
  calendar: rules({ parse: parseCalendar, compare: (a, b) => compareRelease(a.release, b.release), exact: 2 }),
  timestamp: rules({ parse: parseTimestamp, compare: (a, b) => (a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0), exact: 1 }),
  debian: rules({ parse: parseDebian, compare: compareDebian }),
};

/** The version in canonical form for the scheme (`v1.2.3` → `1.2.3` for semver, PEP 440 normal form), or undefined when it is not a version of the scheme. */
export function normalizeVersion(scheme: VersionScheme, text: string): string | undefined {
  return RULES[scheme].parse(text)?.normal;
}

/** <0, 0, >0; undefined when either side is not a version of the scheme. */
export function compareVersions(scheme: VersionScheme, a: string, b: string): number | undefined {
  return RULES[scheme].compare(a, b);
}

/** Whether `version` falls in `range`; undefined when the version or a bound cannot be parsed. */
export function inRange(scheme: VersionScheme, version: string, range: VersionRange): boolean | undefined {
  return RULES[scheme].inRange(version, range);
}

/**
 * The release line of a version: its first `parts` release numbers (`7.2.4`, 2 → `7.2`; `3.10.12`, 2 → `3.10`; `20.11.1`, 1 → `20`).
 * Undefined when the version names fewer numbers (`7`, 2: which 7.x is not known).
 */
export function releaseLine(scheme: VersionScheme, version: string, parts: number): string | undefined {
  const parsed = RULES[scheme].parse(version);
  if (!parsed || !Number.isInteger(parts) || parts < 1 || parts > parsed.release.length) return undefined;
  return parsed.linePrefix + parsed.release.slice(0, parts).join(".");
}

/** How many release numbers the version names (`7.2` → 2, `7.2.4` → 3, `24.01` → 2): an image tag `redis:7.2` names a line, not a version. */
export function precision(scheme: VersionScheme, version: string): number | undefined {
  return RULES[scheme].parse(version)?.release.length;
}

/** How many release numbers make one exact release in the scheme: 3 for semver/go, 2 for calendar, 1 for timestamp, undefined for pep440/debian (any length is exact). */
export function exactPrecision(scheme: VersionScheme): number | undefined {
  return RULES[scheme].exact;
}

/** The upstream part of a Debian package version: epoch and Debian revision stripped (`1.16.1-1` → `1.16.1`, `1:2.0.3-2+deb12u1` → `2.0.3`, `1.17.8-1~ubuntu22.04` → `1.17.8`). */
export function debianUpstream(version: string): string {
  const start = version.indexOf(":") + 1;
  const hyphen = version.lastIndexOf("-");
  return version.slice(start, hyphen >= start ? hyphen : version.length);
}
