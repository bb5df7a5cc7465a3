// What every renderer shares: one ordering, one way to count, one docs link, one sanitiser,
// so the JSON, SARIF, Markdown and terminal reports always agree with each other.
import { SEVERITIES, SEVERITY_RANK } from "../findings/types.js";
import type { Finding, Severity } from "../findings/types.js";
import { DOCS_BASE } from "./types.js";
import type { ScanResult } from "./types.js";

/** Code-unit order, not locale order: the same input gives the same report on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By file, then line, then column. */
export function compareLocation(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/** Report order: worst first, then by place; rule and fingerprint only break ties. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareLocation(a, b) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !finding.suppressed);
}

/** A record keyed by severity, keys in SEVERITIES order (worst first). */
export function perSeverity<T>(value: (severity: Severity) => T): Record<Severity, T> {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, value(severity)])) as Record<Severity, T>;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = perSeverity(() => 0);
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * The one-line verdict shared by the terminal and Markdown reports:
 * `3 findings (1 critical, 2 high), 1 suppressed, 12 files scanned` or `No findings in 12 files`.
 */
export function summaryLine(result: ScanResult): string {
  const active = activeFindings(result.findings);
  const suppressed = result.findings.length - active.length;
  const suppressedPart = suppressed > 0 ? `, ${suppressed} suppressed` : "";
  if (active.length === 0) return `No findings in ${plural(result.summary.files, "file")}${suppressedPart}`;
  const counts = countBySeverity(active);
  const perLevel = SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(", ");
  return `${plural(active.length, "finding")} (${perLevel})${suppressedPart}, ${plural(result.summary.files, "file")} scanned`;
}

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE}/${encodeURIComponent(ruleId)}.md`;
}

// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])/g;
// C0 except \n, DEL, C1 (0x9b is a one-byte CSI on some terminals), and bidi overrides that
// make text display in a different order than it is stored ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes terminal escape sequences and control characters (keeping `\n`) from text that comes
 * from scanned files, so a hostile repository cannot rewrite the reader's screen.
 */
export function stripControl(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL_CHARACTER, "");
}

/** Every way to end a line that a terminal, the Actions runner (.NET ReadLine) or a browser honours. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;
const VISIBLE_BREAK: Record<string, string> = { "\r\n": "\\n", "\n": "\\n", "\r": "\\r", "\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029" };
/**
 * Characters that are invisible and that culture-aware string comparison skips: the runner finds
 * `##[` and `::` with .NET's culture-sensitive IndexOf/StartsWith, which would read `#\u00ad#[` as `##[`.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Text from a scanned file as one line: line breaks shown as `\n` (or `\r`, `\u2028`…), tabs as spaces,
 * escape sequences, control and invisible characters removed. Every renderer starts from this.
 */
export function oneLine(text: string): string {
  return stripControl(text.replace(LINE_BREAK, (lineBreak) => VISIBLE_BREAK[lineBreak]).replace(/\t/g, " ")).replace(IGNORABLE, "");
}

/**
 * Makes a line of log output unable to carry a workflow command. The Actions runner reads
 * `::command::` at the start of a line (after leading white space) and the legacy `##[command]`
 * anywhere in it (`stop-commands`, `add-mask`, `error`…); a backslash breaks both. Leaves the rest of
 * the line, colour codes included, as it is.
 */
export function noCommand(line: string): string {
  return line.replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1\\:");
}

/**
 * The one way a value from a scanned repository is written to a terminal or a CI log (CLI output,
 * the Action's log lines and failure message): on one line, without control characters, and unable
 * to start a workflow command.
 */
export function logText(text: string): string {
  return noCommand(oneLine(text));
}

/** What JSON.stringify leaves raw but a terminal or the runner would act on: C1, line separators, bidi and other invisible characters. */
const JSON_UNSAFE = /[\x7f-\x9f\u2028\u2029]|\p{Default_Ignorable_Code_Point}/gu;

/**
 * JSON text fit to print in a terminal or CI log (`--format json|sarif` on stdout) and the same data
 * once parsed: `#` written `\u0023` where it would form the runner's legacy `##[command]`, and the
 * characters JSON.stringify leaves raw that a terminal acts on written as `\uXXXX`. These characters only
 * occur inside strings and never inside an escape, so each replacement is a well-formed escape.
 */
export function jsonForLog(json: string): string {
  return json
    .replace(/##\[/g, "#\\u0023[")
    .replace(JSON_UNSAFE, (char) => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""));
}
