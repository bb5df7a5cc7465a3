// The `--format json` report: DESIGN.md's shape plus `notices`. Other tools parse it, so keys are
// written in a fixed order and optional fields are left out rather than set to null.
import type { Finding } from "../findings/types.js";
import type { Notice } from "../model/types.js";
import { jsonForLog, perSeverity, sortFindings } from "./common.js";
import type { ScanResult } from "./types.js";

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
    component: finding.component && { name: finding.component.name, version: finding.component.version },
    fingerprint: finding.fingerprint,
    suppressed: finding.suppressed,
    suppression: finding.suppression && { kind: finding.suppression.kind, reason: finding.suppression.reason },
  };
}

function jsonNotice(notice: Notice) {
  return { file: notice.file, line: notice.line, column: notice.column, kind: notice.kind, message: notice.message };
}

export function renderJson(result: ScanResult): string {
  const bySeverity = result.summary.bySeverity;
  const report = {
    tool: { name: result.tool.name, version: result.tool.version },
    findings: sortFindings(result.findings).map(jsonFinding),
    inventory: result.inventory,
    summary: { files: result.summary.files, bySeverity: perSeverity((severity) => bySeverity[severity]) },
    notices: result.notices.map(jsonNotice),
  };
  return jsonForLog(`${JSON.stringify(report, null, 2)}\n`);
}
