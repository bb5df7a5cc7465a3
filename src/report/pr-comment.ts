// The sticky pull request comment and the scheduled audit's tracking issue: Markdown written for a
// reviewer, from the scan result and the gate's outcome. GitHub refuses a comment or issue body over 65,536
// characters ("Body is too long"): the longest sections are shortened first, and each says where the rest is.
import type { Finding, Severity } from "../findings/types.js";
import { countBySeverity, plural, ruleDocUrl, sortFindings } from "./common.js";
import { exposureMap } from "./exposure-map.js";
import { isReported, verdict, type GateOutcome } from "./gate.js";
import { markdownText } from "./markdown.js";
import type { ScanResult } from "./types.js";

export interface ReviewLinks {
  /** The repository's files at the scanned commit: `https://github.com/o/r/blob/<sha>`; absent, locations are plain text. */
  blobBase?: string;
  /** The workflow run, whose job summary holds the full report. */
  runUrl?: string;
  /** The check run with every finding annotated. */
  checkRunUrl?: string;
}

export interface ReviewInput {
  /** A hidden HTML comment that finds the comment (or issue) again; the first line of the body. */
  marker: string;
  result: ScanResult;
  outcome: GateOutcome;
  /** The lowest severity reported (the `severity` input); a finding that fails the gate is shown whatever its severity. */
  minSeverity: Severity;
  /** What the pull request's own config would change in the gate, not applied. */
  configChanges: string[];
  /** The scanned directory's path in the repository (`""` at its root). */
  prefix: string;
  links: ReviewLinks;
}

/** GitHub's limit on a comment or issue body, in characters; a little is kept free. */
export const BODY_MAX = 65_536;
const BODY_BUDGET = 65_000;

const SEVERITY_LABEL: Record<Severity, string> = { critical: "Critical", high: "High", medium: "Medium", low: "Low", info: "Info" };
const TABLE_HEAD = "| Severity | Rule | Location | Finding | Fix |\n| --- | --- | --- | --- | --- |";

/** A part of the body whose rows can be cut from the end; `render` writes it with the first `shown` rows. */
interface Section {
  rows: string[];
  shown: number;
  render(shown: number): string;
}

/** Percent-encodes a repository path for a URL, `(` `)` `'` `!` `*` too, so it cannot end a Markdown link. */
function pathUrl(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

function location(finding: Finding, input: ReviewInput): string {
  const path = input.prefix ? `${input.prefix}/${finding.file}` : finding.file;
  const text = `${markdownText(path)}:${finding.line}`;
  return input.links.blobBase ? `[${text}](${input.links.blobBase}/${pathUrl(path)}#L${finding.line})` : text;
}

function findingRow(finding: Finding, input: ReviewInput): string {
  const cells = [SEVERITY_LABEL[finding.severity], `[${markdownText(finding.ruleId)}](${ruleDocUrl(finding.ruleId)})`, location(finding, input), markdownText(finding.title), markdownText(finding.fix)];
  return `| ${cells.join(" | ")} |`;
}

function more(hidden: number, noun: string, input: ReviewInput): string {
  const where = input.links.runUrl ? `in the [job summary](${input.links.runUrl})` : "in the job summary";
  return `… and ${plural(hidden, `more ${noun}`)} ${where}`;
}

function table(title: string, findings: Finding[], input: ReviewInput, collapsed: boolean): Section {
  const rows = findings.map((f) => findingRow(f, input));
  return {
    rows,
    shown: rows.length,
    render(shown) {
      if (rows.length === 0) return "";
      const cut = shown < rows.length ? `\n\n${more(rows.length - shown, "finding", input)}` : "";
      const body = shown > 0 ? `${TABLE_HEAD}\n${rows.slice(0, shown).join("\n")}${cut}` : cut.trimStart();
      return collapsed ? `<details><summary>${title}</summary>\n\n${body}\n\n</details>` : `#### ${title}\n\n${body}`;
    },
  };
}

function list(title: string, items: string[], input: ReviewInput, noun: string, intro = ""): Section {
  return {
    rows: items,
    shown: items.length,
    render(shown) {
      if (items.length === 0) return "";
      const lines = items.slice(0, shown).map((item) => `- ${item}`);
      if (shown < items.length) lines.push(`- ${more(items.length - shown, noun, input)}`);
      return `#### ${title}\n\n${intro ? `${intro}\n\n` : ""}${lines.join("\n")}`;
    },
  };
}

/** The marker (when there is one) and the heading. */
function heading(input: ReviewInput, text: string): string {
  return `${input.marker ? `${input.marker}\n` : ""}### ${text}`;
}

function fixedText(text: string): Section {
  return { rows: [], shown: 0, render: () => text };
}

/** The exposure map as one row, dropped whole when the body is too long. */
function mapSection(result: ScanResult, input: ReviewInput): Section {
  const map = exposureMap(result);
  const rows = map ? [map] : [];
  return {
    rows,
    shown: rows.length,
    render(shown) {
      if (rows.length === 0) return "";
      if (shown === 0) return `#### Exposure map\n\nLeft out for length: it is ${input.links.runUrl ? `in the [job summary](${input.links.runUrl})` : "in the job summary"}.`;
      return `#### Exposure map\n\nHow the AI services are reached from outside their cluster or host, and whether they ask who is calling.\n\n\`\`\`mermaid\n${map.trimEnd()}\n\`\`\``;
    },
  };
}

/** `3 AI services (2 reachable from the network, 1 without authentication) · 2 models · 14 components, 3 with advisories`. */
function inventoryLine(result: ScanResult): string {
  const services = result.inventory.workloads.filter((w) => w.product);
  const reachable = services.filter((w) => w.reach === "network" || w.reach === "private");
  const open = reachable.filter((w) => w.auth === "none" || w.auth === "off");
  const components = result.inventory.components;
  const vulnerable = components.filter((c) => c.advisories?.length).length;
  const endOfLife = components.filter((c) => c.endOfLife?.length).length;
  const parts = [
    `${plural(services.length, "AI service")} (${reachable.length} reachable from beyond their cluster or host, ${open.length} of them without authentication)`,
    plural(result.inventory.models.length, "served model"),
    `${plural(components.length, "component")}, ${vulnerable} with advisories, ${endOfLife} past end of life`,
  ];
  return `#### Inventory\n\n${parts.join(" · ")}`;
}

function footer(input: ReviewInput): string {
  const links = [input.links.runUrl ? `[Full report in the job summary](${input.links.runUrl})` : "", input.links.checkRunUrl ? `[check run](${input.links.checkRunUrl})` : ""].filter(Boolean);
  return `<sub>${[...links, `${markdownText(input.result.tool.name)} ${markdownText(input.result.tool.version)}`].join(" · ")}</sub>`;
}

function counts(findings: Finding[]): string {
  const by = countBySeverity(findings);
  const parts = (Object.keys(by) as Severity[]).filter((s) => by[s] > 0).map((s) => `${by[s]} ${s}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/**
 * Renders the sections within the budget: the longest section is cut to as many rows as still fit (none,
 * when even that is too long: then the next longest goes on), each saying how many rows it left out.
 */
function assemble(sections: Section[]): string {
  const text = () =>
    sections
      .map((s) => s.render(s.shown))
      .filter(Boolean)
      .join("\n\n");
  let body = text();
  while (body.length > BODY_BUDGET) {
    let longest: Section | undefined;
    let longestLength = -1;
    for (const section of sections) {
      if (section.shown === 0) continue;
      const length = section.render(section.shown).length;
      if (length > longestLength) [longest, longestLength] = [section, length];
    }
    if (!longest) break;
    // The largest row count that fits (the body grows with it): a binary search, a few renders.
    let low = 0;
    let high = longest.shown - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      longest.shown = middle;
      if (text().length <= BODY_BUDGET) low = middle;
      else high = middle - 1;
    }
    longest.shown = low;
    body = text();
  }
  return `${body}\n`;
}

function shownFilter(input: ReviewInput): (f: Finding) => boolean {
  return (f) => isReported(f, input.minSeverity, input.outcome.failOn);
}

function belowNote(all: Finding[], shown: Finding[], input: ReviewInput): string {
  const hidden = all.filter((f) => !f.suppressed).length - shown.length;
  return hidden > 0 ? ` ${plural(hidden, "finding")} below ${input.minSeverity} not shown (the severity input).` : "";
}

/** The sticky comment on a pull request. */
export function renderPrComment(input: ReviewInput): string {
  const { outcome, result } = input;
  const shown = shownFilter(input);
  const gated = sortFindings(outcome.gated.filter(shown));
  const existing = sortFindings(outcome.existing.filter(shown));
  const fixedFindings = sortFindings(outcome.fixed.filter((f) => !f.suppressed));
  const compared = outcome.basis !== "none";
  const icon = outcome.failed ? "❌" : "✅";
  const countsLine = compared
    ? `**${gated.length} new**${counts(gated)} · ${existing.length} existing · ${fixedFindings.length} fixed. ${markdownText(outcome.basisNote)}`
    : `**${plural(gated.length, "finding")}**${counts(gated)}. ${markdownText(outcome.basisNote)}`;
  const sections = [
    fixedText(heading(input, `${icon} ai-infra-audit: ${verdict(outcome)}`)),
    fixedText(`${countsLine}${belowNote(outcome.gated, gated, input)}`),
    table(compared ? "New findings" : "Findings", gated, input, false),
    list("Fixed by this pull request", fixedFindings.map((f) => `${markdownText(`${f.ruleId} ${f.title}`)} (${location(f, input)})`), input, "fixed finding"),
    table(`${plural(existing.length, "existing finding")} (already in the base, not gating)`, existing, input, true),
    mapSection(result, input),
    list("Changes to the gate's config in this pull request (not applied)", input.configChanges.map(markdownText), input, "change", "The gate uses the base revision's config; this pull request's own config would:"),
    fixedText(inventoryLine(result)),
    fixedText(footer(input)),
  ];
  return assemble(sections);
}

/** The comment once the new findings are gone: short, and it says so. */
export function renderAllClear(input: ReviewInput): string {
  const shown = shownFilter(input);
  const fixedCount = input.outcome.fixed.filter((f) => !f.suppressed).length;
  const existing = input.outcome.existing.filter(shown).length;
  const fixedNote = fixedCount ? ` This pull request fixes ${plural(fixedCount, "finding")} of its base.` : "";
  const existingNote = existing ? ` ${plural(existing, "finding")} already in the base ${existing === 1 ? "is" : "are"} in the job summary, not gating.` : "";
  const what = input.outcome.basis === "none" ? "findings" : "new findings";
  return `${heading(input, "✅ ai-infra-audit: all clear")}\n\nNo ${what} at or above ${input.minSeverity} any more.${fixedNote}${existingNote}\n\n${footer(input)}\n`;
}

/** The scheduled audit's tracking issue: every reported finding of the tree, worst first. */
export function renderAuditIssue(input: ReviewInput & { date: string }): { title: string; body: string } {
  const shown = shownFilter(input);
  const findings = sortFindings(input.outcome.gated.filter(shown));
  const title = `ai-infra-audit: ${plural(findings.length, "finding")}${counts(findings)}`;
  const sections = [
    fixedText(heading(input, `${input.outcome.failed ? "❌" : "⚠️"} ai-infra-audit: ${verdict(input.outcome)}`)),
    fixedText(`Audit of ${markdownText(input.date)}: **${plural(findings.length, "finding")}**${counts(findings)}.${belowNote(input.outcome.gated, findings, input)} This issue is updated by every scheduled run and closed when the tree is clean.`),
    table("Findings", findings, input, false),
    mapSection(input.result, input),
    fixedText(inventoryLine(input.result)),
    fixedText(footer(input)),
  ];
  return { title, body: assemble(sections) };
}

/** The tracking issue's last word, when an audit finds nothing. */
export function renderAuditClear(input: ReviewInput & { date: string }): string {
  return `${heading(input, "✅ ai-infra-audit: all clear")}\n\nThe audit of ${markdownText(input.date)} found nothing at or above ${input.minSeverity}; closing.\n\n${footer(input)}\n`;
}
