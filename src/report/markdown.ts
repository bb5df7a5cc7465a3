// The Markdown report behind the GitHub job summary and the sticky PR comment.
// GitHub rejects a comment over 65,536 characters and a job summary over 1 MiB, hence a byte budget
// (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary).
import type { Finding, Severity } from "../findings/types.js";
import type { Notice } from "../model/types.js";
import { activeFindings, oneLine, plural, ruleDocUrl, sortFindings, summaryLine } from "./common.js";
import type { ScanResult } from "./types.js";

export interface MarkdownOptions {
  /** Upper bound on the UTF-8 size of the report; the lowest-severity rows go first. */
  maxBytes?: number;
  /** The heading; defaults to `<tool name> report`. */
  title?: string;
}

const DEFAULT_MAX_BYTES = 60_000;

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

const TABLE_HEAD = "| Severity | Rule | Location | Finding | Fix |\n| --- | --- | --- | --- | --- |";

/** A zero-width space, written as an entity: invisible, and it stops GitHub from linking what follows. */
const BREAK = "&#8203;";

/**
 * What a value from the scanned tree could use to make the report say more than the value: HTML,
 * Markdown syntax (links, images, code spans, emphasis, table cells, math), GFM autolinks (`https://`,
 * `www.`, e-mail addresses) and GitHub references (`@user`, `@org/team`, `#123`, `GH-123`).
 */
const MARKDOWN_ACTIVE = /:\/\/|www\.|(?<![A-Za-z0-9_])gh-(?=\d)|[\\`*_[\]()!~|$&<>@#]/gi;

function neutralise(match: string): string {
  switch (match) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    // A reference needs `@`/`#` right before its name or number; an autolink needs `://` or `www.`.
    case "@":
    case "#":
      return `${match}${BREAK}`;
    case "://":
      return `:${BREAK}//`;
    default:
      if (match.length > 1) return `${match.slice(0, -1)}${BREAK}${match.slice(-1)}`;
      // Backslash escapes for the rest, `\` included, so `\|` in a value cannot turn into a literal `\` and a bare pipe.
      return `\\${match}`;
  }
}

/**
 * Makes text from a scanned repository plain text inside a table cell or list item: on one line
 * (`\n` shown, as in the terminal), with nothing that GitHub would render as a link, a mention, an
 * image, HTML, a code span or a new cell.
 */
export function markdownText(text: string): string {
  return oneLine(text).replace(MARKDOWN_ACTIVE, neutralise);
}

function findingRow(finding: Finding): string {
  const cells = [
    SEVERITY_LABEL[finding.severity],
    `[${markdownText(finding.ruleId)}](${ruleDocUrl(finding.ruleId)})`,
    `${markdownText(finding.file)}:${finding.line}`,
    markdownText(finding.title),
    markdownText(finding.fix),
  ];
  return `| ${cells.join(" | ")} |`;
}

function noticeItem(notice: Notice): string {
  const place = notice.line === undefined ? notice.file : `${notice.file}:${notice.line}`;
  return `- ${markdownText(place)} (${notice.kind}): ${markdownText(notice.message)}`;
}

function omitted(count: number, noun: string, where: string): string {
  return `… and ${plural(count, `more ${noun}`)} (${where})`;
}

/** The parts of the report, each row and notice item already rendered. */
interface Layout {
  title: string;
  verdict: string;
  rows: string[];
  notices: string[];
}

function assemble(layout: Layout, shownRows: number, shownNotices: number): string {
  const blocks = [`## ${layout.title}`, `${layout.verdict}.`];
  if (shownRows > 0) blocks.push(`${TABLE_HEAD}\n${layout.rows.slice(0, shownRows).join("\n")}`);
  if (shownRows < layout.rows.length) {
    blocks.push(omitted(layout.rows.length - shownRows, "finding", "see the full report / SARIF"));
  }
  if (layout.notices.length > 0) {
    const items = layout.notices.slice(0, shownNotices);
    if (shownNotices < layout.notices.length) {
      items.push(`- ${omitted(layout.notices.length - shownNotices, "notice", "see the full report")}`);
    }
    blocks.push(`<details><summary>${plural(layout.notices.length, "notice")}</summary>\n\n${items.join("\n")}\n\n</details>`);
  }
  return `${blocks.join("\n\n")}\n`;
}

/**
 * The largest count in [0, total] whose rendering fits. The answer always fits (or is 0); it is the
 * best one because size grows with the count (a row is longer than the "… and N more" line).
 */
function largestFitting(total: number, fits: (count: number) => boolean): number {
  let low = 0;
  let high = total;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Renders the report within `maxBytes` when it can: findings rows are kept before notices, worst
 * first. The title, verdict and "more" lines are always written, so a tiny budget can be exceeded.
 */
export function renderMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const layout: Layout = {
    title: options.title ?? `${result.tool.name} report`,
    verdict: summaryLine(result),
    rows: sortFindings(activeFindings(result.findings)).map(findingRow),
    notices: result.notices.map(noticeItem),
  };
  const fits = (rows: number, notices: number) =>
    Buffer.byteLength(assemble(layout, rows, notices), "utf8") <= maxBytes;
  if (fits(layout.rows.length, layout.notices.length)) {
    return assemble(layout, layout.rows.length, layout.notices.length);
  }
  const rows = largestFitting(layout.rows.length, (count) => fits(count, 0));
  const notices = largestFitting(layout.notices.length, (count) => fits(rows, count));
  return assemble(layout, rows, notices);
}
