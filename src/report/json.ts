// The `--format json` report: DESIGN.md's shape plus `notices`. Other tools parse it, so keys are
// written in a fixed order and optional fields are left out rather than set to null.
import type { Finding } from "../findings/types.js";
import type { Notice } from "../model/types.js";
import { jsonForLog, perSeverity, sortFindings } from "./common.js";
import type { ScanResult } from "./types.js";

/** Inventory items stringified at once: one call per item costs more than the item. */
const INVENTORY_BATCH = 1000;

// JSON.stringify drops `undefined` members, so optional fields below vanish when absent.
function jsonFinding(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    title: finding.title,
    message: finding.message,
    fix: finding.fix,
    file: finding.file,
    line: finding.line,
    // Always present: a finding without a range covers its one line.
    endLine: finding.endLine ?? finding.line,
    column: finding.column,
    component: finding.component && {
      name: finding.component.name,
      version: finding.component.version,
      ecosystem: finding.component.ecosystem,
      purl: finding.component.purl,
      advisories: finding.component.advisories,
      upgrade: finding.component.upgrade,
    },
    fingerprint: finding.fingerprint,
    suppressed: finding.suppressed,
    suppression: finding.suppression && { kind: finding.suppression.kind, reason: finding.suppression.reason },
  };
}

function jsonNotice(notice: Notice) {
  return { file: notice.file, line: notice.line, column: notice.column, kind: notice.kind, message: notice.message };
}

/**
 * The report in pieces, finding by finding, so that a large report is written out as it is made rather
 * than held as one string. Joined, the pieces are `JSON.stringify(report, null, 2)` and a newline.
 */
export function* renderJsonChunks(result: ScanResult): Generator<string> {
  const bySeverity = result.summary.bySeverity;
  const nested = (value: unknown, pad: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
  const member = (key: string, value: unknown, last = false) => jsonForLog(`  ${JSON.stringify(key)}: ${nested(value, "  ")}${last ? "" : ","}\n`);
  yield `{\n${member("tool", { name: result.tool.name, version: result.tool.version })}`;
  const findings = sortFindings(result.findings);
  if (findings.length === 0) yield member("findings", []);
  else {
    yield '  "findings": [\n';
    for (let i = 0; i < findings.length; i++) yield jsonForLog(`    ${nested(jsonFinding(findings[i]), "    ")}${i < findings.length - 1 ? "," : ""}\n`);
    yield "  ],\n";
  }
  // A lockfile adds hundreds of thousands of components: the inventory is written a thousand items at a time.
  yield '  "inventory": {\n';
  const lists = Object.entries(result.inventory) as [string, unknown[]][];
  for (const [n, [key, items]] of lists.entries()) {
    const close = n < lists.length - 1 ? "," : "";
    if (items.length === 0) {
      yield `    ${JSON.stringify(key)}: []${close}\n`;
      continue;
    }
    yield `    ${JSON.stringify(key)}: [\n`;
    for (let i = 0; i < items.length; i += INVENTORY_BATCH) {
      const batch = items.slice(i, i + INVENTORY_BATCH);
      // `[\n  item,\n  item\n]` indented to the list's depth, without its brackets.
      const text = JSON.stringify(batch, null, 2);
      const body = text.slice(2, -2).replace(/\n/g, "\n    ");
      yield jsonForLog(`    ${body}${i + INVENTORY_BATCH < items.length ? "," : ""}\n`);
    }
    yield `    ]${close}\n`;
  }
  yield "  },\n";
  yield member("advisories", result.advisories);
  yield member("summary", { files: result.summary.files, bySeverity: perSeverity((severity) => bySeverity[severity]) });
  yield `${member("notices", result.notices.map(jsonNotice), true)}}\n`;
}

export function renderJson(result: ScanResult): string {
  return [...renderJsonChunks(result)].join("");
}
