// The human-readable CLI report: findings grouped by file, then notices, then a one-line summary.
// It is printed in CI logs too, so every value from the scanned tree goes through logText: one line,
// no control characters, no workflow command.
import type { Finding, Severity } from "../findings/types.js";
import type { Notice } from "../model/types.js";
import { activeFindings, compareFindings, compareLocation, logText, noCommand, summaryLine } from "./common.js";
import type { ScanResult } from "./types.js";

export interface TerminalOptions {
  /** Write ANSI colour codes; the caller decides (TTY, NO_COLOR, --color), this stays pure. */
  color: boolean;
  /** List suppressed findings too, marked as such; they are always counted in the summary. */
  showSuppressed?: boolean;
}

/** SGR parameters: bold bright red, red, yellow, cyan, dim. */
const SEVERITY_STYLE: Record<Severity, string> = {
  critical: "1;91",
  high: "31",
  medium: "33",
  low: "36",
  info: "2",
};
const BOLD = "1";
const DIM = "2";
/** Width of the longest severity name, so the rule ids line up. */
const SEVERITY_WIDTH = 8;
const INDENT = "      ";

type Paint = (style: string, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `\x1b[${style}m${text}\x1b[0m` : (_style, text) => text;
}

/** Scanned text, indented under its finding on one line. */
function indented(text: string): string {
  return `${INDENT}${logText(text)}`;
}

function position(line: number, column: number | undefined): string {
  return column === undefined ? String(line) : `${line}:${column}`;
}

/** Findings of one file together, files in order, each file's findings by line. */
function groupByFile(findings: readonly Finding[]): Finding[][] {
  const sorted = [...findings].sort((a, b) => compareLocation(a, b) || compareFindings(a, b));
  const groups: Finding[][] = [];
  for (const finding of sorted) {
    const last = groups.at(-1);
    if (last && last[0].file === finding.file) last.push(finding);
    else groups.push([finding]);
  }
  return groups;
}

function findingLines(finding: Finding, width: number, paint: Paint): string[] {
  const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(SEVERITY_WIDTH));
  const marker = finding.suppressed
    ? `  ${paint(DIM, `(suppressed${finding.suppression ? `: ${logText(finding.suppression.reason)}` : ""})`)}`
    : "";
  const head = `  ${position(finding.line, finding.column).padEnd(width)}  ${severity}  ${logText(finding.ruleId)}  ${logText(finding.title)}${marker}`;
  return [head, indented(finding.message), indented(`fix: ${finding.fix}`)];
}

function fileBlock(findings: Finding[], paint: Paint): string[] {
  const width = Math.max(...findings.map((finding) => position(finding.line, finding.column).length));
  return [paint(BOLD, logText(findings[0].file)), ...findings.flatMap((finding) => findingLines(finding, width, paint)), ""];
}

function noticeLine(notice: Notice): string {
  const place = notice.line === undefined ? notice.file : `${notice.file}:${position(notice.line, notice.column)}`;
  return `  ${logText(place)}  ${notice.kind}  ${logText(notice.message)}`;
}

function advisorySourcesLine(sources: ScanResult["advisories"]): string {
  const asked = sources.osv === "online" ? "OSV online" : "a local OSV export";
  const osv = sources.osv === "off" ? "only (--online also asks OSV)" : sources.osvErrors.length > 0 ? `(${asked} did not answer everything: see the notices)` : `and ${asked}`;
  return `advisories: embedded data of ${sources.generated} (${sources.ageDays} days old) ${osv}`;
}

export function renderTerminal(result: ScanResult, options: TerminalOptions): string {
  const paint = painter(options.color);
  const shown = options.showSuppressed ? result.findings : activeFindings(result.findings);
  const lines = groupByFile(shown).flatMap((group) => fileBlock(group, paint));
  if (result.notices.length > 0) {
    lines.push(paint(BOLD, "Notices"), ...result.notices.map(noticeLine), "");
  }
  // What the component findings were matched against, when there were components to match.
  if (result.inventory.components.length > 0) lines.push(paint(DIM, advisorySourcesLine(result.advisories)));
  lines.push(summaryLine(result));
  // Every value is already written through logText; this also covers two values that would only
  // form a command together, and keeps the report safe to print in a CI log whatever it holds.
  return `${lines.map(noCommand).join("\n")}\n`;
}
