// SARIF 2.1.0 for GitHub code scanning and any other SARIF viewer.
// GitHub reads `security-severity` from the rule and `partialFingerprints` to track an alert
// across commits; see https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
import type { Finding, Severity } from "../findings/types.js";
import type { Notice } from "../model/types.js";
import type { RuleMeta } from "../rules/types.js";
import { compareText, jsonForLog, ruleDocUrl, sortFindings } from "./common.js";
import type { ScanResult } from "./types.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/ai-infra-audit/ai-infra-audit";
/** Key of `partialFingerprints`; bump the version if the fingerprint algorithm ever changes. */
const FINGERPRINT_KEY = "aiInfraAudit/v1";
/** GitHub keys code-scanning analyses by this category; it must not change between runs. */
const AUTOMATION_ID = "ai-infra-audit/";

type SarifLevel = "error" | "warning" | "note";

const LEVEL: Record<Severity, SarifLevel> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

// GitHub maps these scores to its own labels: > 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, < 4 low.
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0",
};

const NOTICE_LEVEL: Record<Notice["kind"], SarifLevel> = {
  "parse-error": "warning",
  warning: "warning",
  skipped: "note",
};

/** Where something is, in the fields both findings and notices carry. */
interface Place {
  file: string;
  line?: number;
  endLine?: number;
  column?: number;
}

/** SARIF wants integers ≥ 1; anything else is left out rather than made up. */
function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

function region(place: Place) {
  const startLine = positive(place.line);
  if (startLine === undefined) return undefined;
  const endLine = positive(place.endLine);
  return {
    startLine,
    endLine: endLine !== undefined && endLine >= startLine ? endLine : undefined,
    startColumn: positive(place.column),
  };
}

/** A relative URI reference: each path segment percent-encoded, so `a b|c.yaml` stays one valid path. */
function artifactUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

// JSON.stringify drops `undefined` members, so unknown region fields vanish.
function location(place: Place) {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(place.file), uriBaseId: "%SRCROOT%" },
      region: region(place),
    },
  };
}

function sarifRule(rule: RuleMeta) {
  const helpUri = ruleDocUrl(rule.id);
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\n\nSee ${helpUri}`,
      markdown: `${rule.rationale}\n\n[${rule.id} documentation](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags: ["security", rule.category],
      "security-severity": SECURITY_SEVERITY[rule.defaultSeverity],
      precision: "high",
    },
  };
}

function suppressions(finding: Finding) {
  if (!finding.suppressed) return undefined;
  // A finding may be marked suppressed without a recorded reason; it was still not in the source.
  if (!finding.suppression) return [{ kind: "external" }];
  return [
    {
      kind: finding.suppression.kind === "inline" ? "inSource" : "external",
      justification: finding.suppression.reason,
    },
  ];
}

function sarifResult(finding: Finding, ruleIndex: ReadonlyMap<string, number>) {
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: `${finding.message} Fix: ${finding.fix}` },
    locations: [location(finding)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: { severity: finding.severity, category: finding.category },
    suppressions: suppressions(finding),
  };
}

/** Skipped and partly read files, so a SARIF consumer knows the scan did not see everything. */
function notification(notice: Notice) {
  return {
    level: NOTICE_LEVEL[notice.kind],
    message: { text: notice.message },
    locations: [location(notice)],
    properties: { kind: notice.kind },
  };
}

export function renderSarif(result: ScanResult): string {
  // Sorted so rule indexes do not depend on the order rules were registered in.
  const rules = [...result.rules].sort((a, b) => compareText(a.id, b.id));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: AUTOMATION_ID },
        invocations: [
          { executionSuccessful: true, toolExecutionNotifications: result.notices.map(notification) },
        ],
        results: sortFindings(result.findings).map((finding) => sarifResult(finding, ruleIndex)),
      },
    ],
  };
  return jsonForLog(`${JSON.stringify(log, null, 2)}\n`);
}
