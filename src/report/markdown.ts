// The Markdown report behind the GitHub job summary and the sticky PR comment.
// GitHub rejects a comment over 65,536 characters and a job summary over 1 MiB, hence a byte budget
// (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary).
import type { Finding, Severity } from "../findings/types.js";
import type { Notice } from "../model/types.js";
import { activeFindings, compareText, oneLine, plural, ruleDocUrl, sortFindings, summaryLine } from "./common.js";
import { exposureMap } from "./exposure-map.js";
import type { InventoryComponent, InventoryModel, InventoryWorkload, ScanResult } from "./types.js";

export interface MarkdownOptions {
  /** Upper bound on the UTF-8 size of the report; inventory rows go first, then notices, then the lowest-severity findings. */
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

/** Embedded advisory data older than this is said to be stale. */
const STALE_DAYS = 90;

/** The inventory's tables, in the order they are shown (and kept when the report is cut). */
const INVENTORY_TABLES = [
  { key: "services", title: "AI services", head: "| Workload | Product | Reach |\n| --- | --- | --- |" },
  { key: "models", title: "Models", head: "| Model | Source | Workload |\n| --- | --- | --- |" },
  { key: "components", title: "Components with findings", head: "| Component | Version | Advisories | Upgrade | End of life |\n| --- | --- | --- | --- | --- |" },
] as const;

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

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function findingRow(finding: Finding): string {
  return row([
    SEVERITY_LABEL[finding.severity],
    `[${markdownText(finding.ruleId)}](${ruleDocUrl(finding.ruleId)})`,
    `${markdownText(finding.file)}:${finding.line}`,
    markdownText(finding.title),
    markdownText(finding.fix),
  ]);
}

/** `name (file:line)`, escaped. */
function placed(name: string, file: string, line: number): string {
  return `${markdownText(name)} (${markdownText(file)}:${line})`;
}

/** A cell for a value the result may not have. */
function optional(value: string | undefined): string {
  return value === undefined || value === "" ? "—" : markdownText(value);
}

function serviceRow(workload: InventoryWorkload): string {
  // No reach: only its own compose network or pod reaches it.
  return row([placed(workload.name, workload.file, workload.line), markdownText(workload.product ?? ""), markdownText(workload.reach ?? "internal")]);
}

function modelRow(model: InventoryModel): string {
  return row([placed(model.name, model.file, model.line), markdownText(model.source), markdownText(model.workload)]);
}

function componentRow(component: InventoryComponent): string {
  return row([
    placed(component.name, component.file, component.line),
    optional(component.version ?? component.requirement),
    String(component.advisories?.length ?? 0),
    optional(component.upgrade),
    optional(component.endOfLife?.join("; ")),
  ]);
}

function byPlace<T extends { file: string; line: number }>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(name(a), name(b)));
}

/** The inventory's rows: the AI services, the models they serve, the components with advisories or past end of life. */
function inventoryRows(result: ScanResult): Record<(typeof INVENTORY_TABLES)[number]["key"], string[]> {
  const { workloads, models, components } = result.inventory;
  return {
    services: byPlace(workloads.filter((w) => w.product), (w) => w.id).map(serviceRow),
    models: byPlace(models, (m) => m.name).map(modelRow),
    components: byPlace(components.filter((c) => c.advisories?.length || c.endOfLife?.length), (c) => c.name).map(componentRow),
  };
}

/**
 * `Advisory data: embedded, compiled 2026-12-06 (3 days old), OSV online.`, with a warning when the data is
 * stale or OSV could not answer.
 */
function advisoryLine(sources: ScanResult["advisories"]): string {
  const osv = sources.osv === "off" ? "" : `, OSV ${sources.osv}`;
  const parts = [`Advisory data: embedded, compiled ${markdownText(sources.generated)} (${plural(sources.ageDays, "day")} old)${osv}.`];
  if (sources.ageDays > STALE_DAYS) {
    const since = sources.osv === "off" ? "are not in it: update ai-infra-audit or let it ask OSV" : "are found only through OSV";
    parts.push(`**Warning:** the embedded data is more than ${STALE_DAYS} days old; advisories published since ${since}.`);
  }
  if (sources.osvErrors.length > 0) {
    const one = sources.osvErrors.length === 1;
    parts.push(`**Warning:** OSV could not answer ${sources.osvErrors.length} ${one ? "query" : "queries"}; the embedded data stood in for ${one ? "it" : "them"}.`);
  }
  return parts.join(" ");
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
  advisories: string;
  rows: string[];
  /** The exposure map's Mermaid source; empty when no AI service is reachable from outside. */
  map: string;
  inventory: ReturnType<typeof inventoryRows>;
  notices: string[];
}

function inventoryTotal(layout: Layout): number {
  return INVENTORY_TABLES.reduce((sum, table) => sum + layout.inventory[table.key].length, 0);
}

/** The inventory section with its first `shown` rows, tables in order; nothing when it has no rows. */
function inventoryBlock(layout: Layout, shown: number): string | undefined {
  const total = inventoryTotal(layout);
  if (total === 0) return undefined;
  const blocks = ["### Inventory"];
  let left = shown;
  for (const table of INVENTORY_TABLES) {
    const rows = layout.inventory[table.key].slice(0, left);
    left -= rows.length;
    if (rows.length > 0) blocks.push(`#### ${table.title}\n\n${table.head}\n${rows.join("\n")}`);
  }
  if (shown < total) blocks.push(omitted(total - shown, "inventory row", "see the JSON report or the CycloneDX BOM"));
  return blocks.join("\n\n");
}

function assemble(layout: Layout, shownRows: number, shownNotices: number, shownInventory: number): string {
  const blocks = [`## ${layout.title}`, `${layout.verdict}.`, layout.advisories];
  if (shownRows > 0) blocks.push(`${TABLE_HEAD}\n${layout.rows.slice(0, shownRows).join("\n")}`);
  if (shownRows < layout.rows.length) {
    blocks.push(omitted(layout.rows.length - shownRows, "finding", "see the full report / SARIF"));
  }
  if (layout.map) blocks.push(`### Exposure map\n\n\`\`\`mermaid\n${layout.map.trimEnd()}\n\`\`\``);
  const inventory = inventoryBlock(layout, shownInventory);
  if (inventory) blocks.push(inventory);
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
 * Renders the report within `maxBytes` when it can, cutting the inventory first, then notices, then
 * findings rows, the lowest severity first. The title, verdict, advisory data and "more" lines are always
 * written, so a tiny budget can be exceeded.
 */
export function renderMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const layout: Layout = {
    title: options.title ?? `${result.tool.name} report`,
    verdict: summaryLine(result),
    advisories: advisoryLine(result.advisories),
    rows: sortFindings(activeFindings(result.findings)).map(findingRow),
    map: exposureMap(result),
    inventory: inventoryRows(result),
    notices: result.notices.map(noticeItem),
  };
  const fits = (rows: number, notices: number, inventory: number) =>
    Buffer.byteLength(assemble(layout, rows, notices, inventory), "utf8") <= maxBytes;
  const allRows = layout.rows.length;
  const allNotices = layout.notices.length;
  const inventory = largestFitting(inventoryTotal(layout), (count) => fits(allRows, allNotices, count));
  if (fits(allRows, allNotices, inventory)) return assemble(layout, allRows, allNotices, inventory);
  const rows = largestFitting(allRows, (count) => fits(count, 0, 0));
  const notices = largestFitting(allNotices, (count) => fits(rows, count, 0));
  return assemble(layout, rows, notices, 0);
}
