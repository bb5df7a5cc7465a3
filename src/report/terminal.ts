// The human-readable CLI report: findings grouped by file, then notices, then a one-line summary.
import type { Finding, Severity } from "../findings/types.js";
import type { Notice } from "../model/types.js";
import { activeFindings, compareFindings, compareLocation, stripControl, summaryLine } from "./common.js";
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

/** Scanned text on one line: control characters removed, line breaks shown as `\n`. */
function oneLine(text: string): string {
  return stripControl(text).replace(/\n/g, "\\n");
}

/** Scanned text over several lines, each indented under its finding. */
function indented(text: string): string[] {
  return stripControl(text)
    .split("\n")
    .map((line) => `${INDENT}${line}`);
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
    ? `  ${paint(DIM, `(suppressed${finding.suppression ? `: ${oneLine(finding.suppression.reason)}` : ""})`)}`
    : "";
  const head = `  ${position(finding.line, finding.column).padEnd(width)}  ${severity}  ${oneLine(finding.ruleId)}  ${oneLine(finding.title)}${marker}`;
  return [head, ...indented(finding.message), ...indented(`fix: ${finding.fix}`)];
}

function fileBlock(findings: Finding[], paint: Paint): string[] {
  const width = Math.max(...findings.map((finding) => position(finding.line, finding.column).length));
  return [paint(BOLD, oneLine(findings[0].file)), ...findings.flatMap((finding) => findingLines(finding, width, paint)), ""];
}

function noticeLine(notice: Notice): string {
  const place = notice.line === undefined ? notice.file : `${notice.file}:${position(notice.line, notice.column)}`;
  return `  ${oneLine(place)}  ${notice.kind}  ${oneLine(notice.message)}`;
}

export function renderTerminal(result: ScanResult, options: TerminalOptions): string {
  const paint = painter(options.color);
  const shown = options.showSuppressed ? result.findings : activeFindings(result.findings);
  const lines = groupByFile(shown).flatMap((group) => fileBlock(group, paint));
  if (result.notices.length > 0) {
    lines.push(paint(BOLD, "Notices"), ...result.notices.map(noticeLine), "");
  }
  lines.push(summaryLine(result));
  return `${lines.join("\n")}\n`;
}
