import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { SEVERITIES } from "../src/findings/types.js";
import type { Finding, Severity } from "../src/findings/types.js";
import { jsonForLog, logText, noCommand, oneLine } from "../src/report/common.js";
import { FORMATS, render } from "../src/report/index.js";
import { renderJson, renderJsonChunks } from "../src/report/json.js";
import { markdownText, renderMarkdown } from "../src/report/markdown.js";
import { renderSarif } from "../src/report/sarif.js";
import { renderTerminal } from "../src/report/terminal.js";
import { DOCS_BASE } from "../src/report/types.js";
import type { ScanResult } from "../src/report/types.js";
import type { RuleMeta } from "../src/rules/types.js";

const HOSTILE_FILE = "deploy/we|rd\nname.yaml";
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex -- the renderer's own colour codes
const SGR = /\x1b\[[0-9;]*m/g;

const RULES: RuleMeta[] = [
  {
    id: "AIA101",
    name: "ai-service-without-auth",
    title: "AI service reachable without authentication",
    category: "exposed-service",
    defaultSeverity: "critical",
    rationale: "Unauthenticated model APIs are found and abused within hours.",
  },
  {
    id: "AIA201",
    name: "privileged-container",
    title: "Privileged container",
    category: "privileged-container",
    defaultSeverity: "high",
    rationale: "A privileged container is root on the host.",
  },
  {
    id: "AIA301",
    name: "unpinned-image",
    title: "Image not pinned",
    category: "unpinned-image",
    defaultSeverity: "medium",
    rationale: "A moving tag changes what runs without a review.",
  },
  {
    id: "AIA401",
    name: "root-user",
    title: "Runs as root",
    category: "root-user",
    defaultSeverity: "low",
    rationale: "Root inside the container makes every escape worse.",
  },
  {
    id: "AIA000",
    name: "parse-error",
    title: "File could not be parsed",
    category: "parse-error",
    defaultSeverity: "info",
    rationale: "A file that cannot be read cannot be checked.",
  },
];

function finding(overrides: Partial<Finding> & Pick<Finding, "ruleId" | "severity" | "file" | "line">): Finding {
  const rule = RULES.find((candidate) => candidate.id === overrides.ruleId);
  return {
    category: rule?.category ?? "exposed-service",
    title: rule?.title ?? "title",
    message: `${overrides.ruleId} message`,
    fix: `${overrides.ruleId} fix`,
    logicalPath: `${overrides.file}/${overrides.line}`,
    fingerprint: `fp-${overrides.ruleId}-${overrides.file}-${overrides.line}`,
    suppressed: false,
    ...overrides,
  };
}

function fixture(): ScanResult {
  const findings: Finding[] = [
    finding({ ruleId: "AIA401", severity: "low", file: "Dockerfile", line: 1 }),
    finding({
      ruleId: "AIA301",
      severity: "medium",
      file: HOSTILE_FILE,
      line: 7,
      message: "Image `ollama` <script>alert(1)</script> | \x1b[2J\x1b]0;pwned\x07cleared\rover\nsecond line",
    }),
    finding({
      ruleId: "AIA000",
      severity: "info",
      category: "parse-error",
      file: "broken.yaml",
      line: 4,
      column: 2,
      message: "Unexpected token",
    }),
    finding({
      ruleId: "AIA201",
      severity: "high",
      file: "deploy/compose.yaml",
      line: 20,
      suppressed: true,
      suppression: { kind: "inline", reason: "lab machine only" },
    }),
    finding({
      ruleId: "AIA401",
      severity: "low",
      file: "k8s/app.yaml",
      line: 9,
      suppressed: true,
      suppression: { kind: "config", reason: "accepted risk" },
    }),
    finding({ ruleId: "AIA201", severity: "high", file: "k8s/app.yaml", line: 3 }),
    finding({
      ruleId: "AIA101",
      severity: "critical",
      file: "deploy/compose.yaml",
      line: 12,
      endLine: 13,
      column: 5,
      component: { name: "ollama", version: "0.1.32" },
    }),
    finding({ ruleId: "AIA101", severity: "critical", file: "a.yaml", line: 30 }),
  ];
  return {
    tool: { name: "ai-infra-audit", version: "0.1.0" },
    findings,
    rules: RULES,
    inventory: {
      components: [{ type: "image", name: "ollama/ollama", version: "0.1.32", product: "ollama", file: "deploy/compose.yaml", line: 11 }],
      workloads: [{ id: "services.ollama", kind: "compose-service", name: "ollama", file: "deploy/compose.yaml", line: 10, reach: "network" }],
      networkRules: [],
      models: [],
    },
    advisories: { generated: "2026-12-06", sourcesThrough: "2026-09-21", ageDays: 0, osv: "off", osvErrors: [], osvRequests: 0 },
    notices: [
      { file: "broken.yaml", line: 4, column: 2, kind: "parse-error", message: "Unexpected token" },
      { file: "vendor/huge.yaml", kind: "skipped", message: "larger than 5 MB\x1b[31m" },
    ],
    summary: { files: 7, bySeverity: { critical: 2, high: 1, medium: 1, low: 1, info: 1 } },
  };
}

/** A clean scan: nothing found, nothing skipped. */
function cleanResult(): ScanResult {
  return { ...fixture(), findings: [], notices: [], summary: { files: 3, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } } };
}

/** Severity, file, line of every finding in report order. */
const EXPECTED_ORDER = [
  ["critical", "a.yaml", 30],
  ["critical", "deploy/compose.yaml", 12],
  ["high", "deploy/compose.yaml", 20],
  ["high", "k8s/app.yaml", 3],
  ["medium", HOSTILE_FILE, 7],
  ["low", "Dockerfile", 1],
  ["low", "k8s/app.yaml", 9],
  ["info", "broken.yaml", 4],
];

interface JsonReport {
  tool: { name: string; version: string };
  findings: Record<string, unknown>[];
  inventory: ScanResult["inventory"];
  advisories: ScanResult["advisories"];
  summary: ScanResult["summary"];
  notices: Record<string, unknown>[];
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  properties: { severity: string; category: string };
  suppressions?: { kind: string; justification: string }[];
}

interface SarifRule {
  id: string;
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; "security-severity": string; precision: string };
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; rules: SarifRule[] } }; automationDetails: { id: string }; results: SarifResult[] }[];
}

/**
 * The vendored schema is the OASIS SARIF 2.1.0 Errata 01 schema, declared as JSON Schema draft-04.
 * Ajv 8 has no draft-04 dialect, but this schema uses only keywords whose meaning draft-04 and
 * draft-07 share (no exclusiveMinimum/Maximum, no nested `id`): dropping `$schema` and renaming the
 * root `id` to `$id` lets Ajv's draft-07 dialect apply it unchanged.
 */
function sarifValidator() {
  const text = readFileSync(new URL("./schemas/sarif-2.1.0.json", import.meta.url), "utf8");
  expect(text).not.toMatch(/exclusiveM(in|ax)imum/);
  const { $schema, id, ...rest } = JSON.parse(text) as { $schema: string; id: string } & Record<string, unknown>;
  expect($schema).toBe("http://json-schema.org/draft-04/schema#");
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile({ $id: id, ...rest });
}

/** Table cells of a Markdown row: split on pipes not escaped by an odd run of backslashes. */
function cells(row: string): string[] {
  return row.split(/(?<=(?:^|[^\\])(?:\\\\)*)\|/).slice(1, -1);
}

describe("renderJson", () => {
  const text = renderJson(fixture());
  const report = JSON.parse(text) as JsonReport;

  it("writes DESIGN.md's shape plus notices, pretty-printed", () => {
    expect(Object.keys(report)).toEqual(["tool", "findings", "inventory", "advisories", "summary", "notices"]);
    expect(report.advisories).toEqual(fixture().advisories);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "tool": {');
    expect(report.tool).toEqual({ name: "ai-infra-audit", version: "0.1.0" });
    expect(report.summary).toEqual(fixture().summary);
    expect(report.inventory).toEqual(fixture().inventory);
    expect(report.notices[0]).toEqual({ file: "broken.yaml", line: 4, column: 2, kind: "parse-error", message: "Unexpected token" });
  });

  it("sorts findings by severity, then file, then line", () => {
    expect(report.findings.map((f) => [f.severity, f.file, f.line])).toEqual(EXPECTED_ORDER);
  });

  it("writes each finding's fields, optional ones only when known", () => {
    expect(report.findings[1]).toEqual({
      ruleId: "AIA101",
      category: "exposed-service",
      severity: "critical",
      title: "AI service reachable without authentication",
      message: "AIA101 message",
      fix: "AIA101 fix",
      file: "deploy/compose.yaml",
      line: 12,
      endLine: 13,
      column: 5,
      component: { name: "ollama", version: "0.1.32" },
      fingerprint: "fp-AIA101-deploy/compose.yaml-12",
      suppressed: false,
    });
    expect(Object.keys(report.findings[0])).toEqual([
      "ruleId", "category", "severity", "title", "message", "fix", "file", "line", "endLine", "fingerprint", "suppressed",
    ]);
    expect(report.findings[0].endLine).toBe(30);
    expect(report.findings[2]).toMatchObject({ suppressed: true, suppression: { kind: "inline", reason: "lab machine only" } });
  });
});

describe("renderSarif", () => {
  const log = JSON.parse(renderSarif(fixture())) as SarifLog;
  const run = log.runs[0];
  const rules = run.tool.driver.rules;

  it("is valid against the official SARIF 2.1.0 schema", () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(run.automationDetails.id).toBe("ai-infra-audit/");
  });

  it("is checked by a validator that does reject invalid SARIF", () => {
    const validate = sarifValidator();
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = "critical";
    expect(validate(broken)).toBe(false);
  });

  it("describes every rule with docs, level and security-severity", () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual(RULES.map((rule) => rule.id).sort());
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    expect(byId.get("AIA101")).toMatchObject({
      helpUri: `${DOCS_BASE}/AIA101.md`,
      defaultConfiguration: { level: "error" },
      properties: { tags: ["security", "exposed-service"], "security-severity": "9.5", precision: "high" },
    });
    const scores = ["AIA101", "AIA201", "AIA301", "AIA401", "AIA000"].map((id) => byId.get(id)?.properties["security-severity"]);
    expect(scores).toEqual(["9.5", "8.0", "5.5", "3.0", "0.0"]);
    expect(byId.get("AIA000")?.defaultConfiguration.level).toBe("note");
  });

  it("writes results in report order with levels, indexes and fingerprints", () => {
    const results = run.results;
    expect(results.map((result) => result.properties.severity)).toEqual(EXPECTED_ORDER.map(([severity]) => severity));
    expect(results.map((result) => result.level)).toEqual(["error", "error", "error", "error", "warning", "note", "note", "note"]);
    for (const result of results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(results[1].partialFingerprints).toEqual({ "aiInfraAudit/v1": "fp-AIA101-deploy/compose.yaml-12" });
    expect(results[1].message.text).toBe("AIA101 message Fix: AIA101 fix");
    expect(results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "deploy/compose.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12, endLine: 13, startColumn: 5 },
    });
    expect(results[0].locations[0].physicalLocation.region).toEqual({ startLine: 30 });
  });

  it("percent-encodes an awkward file name into one relative URI", () => {
    const hostile = run.results[4].locations[0].physicalLocation.artifactLocation.uri;
    expect(hostile).toBe("deploy/we%7Crd%0Aname.yaml");
    expect(decodeURIComponent(hostile)).toBe(HOSTILE_FILE);
  });

  it("marks suppressed findings inSource or external with the reason", () => {
    const results = run.results;
    expect(results[2].suppressions).toEqual([{ kind: "inSource", justification: "lab machine only" }]);
    expect(results[6].suppressions).toEqual([{ kind: "external", justification: "accepted risk" }]);
    expect(results[0].suppressions).toBeUndefined();
  });
});

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(fixture());
  const rows = markdown.split("\n").filter((line) => line.startsWith("| "));

  it("has a title, a verdict with counts and one table row per unsuppressed finding", () => {
    expect(markdown.startsWith("## ai-infra-audit report\n")).toBe(true);
    expect(markdown).toContain("6 findings (2 critical, 1 high, 1 medium, 1 low, 1 info), 2 suppressed, 7 files scanned.");
    expect(renderMarkdown(fixture(), { title: "Scan of main" }).startsWith("## Scan of main\n")).toBe(true);
    expect(rows[0]).toBe("| Severity | Rule | Location | Finding | Fix |");
    const findingRows = rows.slice(2);
    expect(findingRows.map((row) => cells(row)[0].trim())).toEqual(["Critical", "Critical", "High", "Medium", "Low", "Info"]);
    expect(findingRows[0]).toBe(
      `| Critical | [AIA101](${DOCS_BASE}/AIA101.md) | a.yaml:30 | AI service reachable without authentication | AIA101 fix |`,
    );
    expect(markdown).not.toContain("lab machine only");
  });

  it("escapes hostile file names and messages so they stay inside their cell", () => {
    const result = fixture();
    result.findings[1].title = "evil `code` | <img src=x onerror=alert(1)> \\| [link](http://x)";
    const hostileRow = renderMarkdown(result)
      .split("\n")
      .find((line) => line.startsWith("| Medium"));
    expect(hostileRow).toBeDefined();
    const parts = cells(hostileRow ?? "");
    expect(parts).toHaveLength(5);
    expect(parts[2].trim()).toBe("deploy/we\\|rd\\\\nname.yaml:7");
    expect(parts[3]).toContain("evil \\`code\\` \\| &lt;img src=x onerror=alert\\(1\\)&gt; \\\\\\| \\[link\\]\\(http:&#8203;//x\\)");
    expect(hostileRow).not.toContain("<");
  });

  it("lists notices in a collapsed block", () => {
    expect(markdown).toContain("<details><summary>2 notices</summary>");
    expect(markdown).toContain("- broken.yaml:4 (parse-error): Unexpected token");
    expect(markdown).toContain("- vendor/huge.yaml (skipped): larger than 5 MB\n");
  });

  it("says a clean result in one line, with the age of the advisory data", () => {
    expect(renderMarkdown(cleanResult())).toBe("## ai-infra-audit report\n\nNo findings in 3 files.\n\nAdvisory data: embedded, compiled 2026-12-06 (0 days old).\n");
  });

  it("stays within the byte budget, dropping the lowest severities first", () => {
    const many: Finding[] = Array.from({ length: 5000 }, (_, index) => {
      const severity = SEVERITIES[index % SEVERITIES.length];
      return finding({ ruleId: "AIA101", severity, file: `services/app-${index}/compose.yaml`, line: index + 1 });
    });
    const big = renderMarkdown({ ...fixture(), findings: many });
    expect(Buffer.byteLength(big, "utf8")).toBeLessThanOrEqual(60_000);
    const shown = big.split("\n").filter((line) => /^\| (Critical|High|Medium|Low|Info) \|/.test(line));
    const left = /… and (\d+) more findings \(see the full report \/ SARIF\)/.exec(big);
    expect(left).not.toBeNull();
    expect(shown.length + Number(left?.[1])).toBe(5000);
    expect(shown.length).toBeGreaterThan(200);
    // Every severity shown is at least as bad as every one left out.
    const labels: Record<string, Severity> = { Critical: "critical", High: "high", Medium: "medium", Low: "low", Info: "info" };
    const shownSeverities = new Set(shown.map((row) => labels[cells(row)[0].trim()]));
    expect(shownSeverities.has("critical")).toBe(true);
    expect(shownSeverities.has("info")).toBe(false);
    expect(big).toContain("<details><summary>2 notices</summary>");

    const small = renderMarkdown({ ...fixture(), findings: many }, { maxBytes: 10_000 });
    expect(Buffer.byteLength(small, "utf8")).toBeLessThanOrEqual(10_000);
  });
});

/** A scan that found AI services, the models they serve and components with advisories or past end of life. */
function inventoryResult(): ScanResult {
  const result = cleanResult();
  result.inventory = {
    components: [
      { type: "image", name: "vllm/vllm-openai", version: "v0.8.4", product: "vllm", advisories: ["CVE-2025-0001", "CVE-2025-0002"], upgrade: "0.8.5", workload: "services.vllm", file: "compose.yaml", line: 3 },
      { type: "image", name: "redis", version: "7.2.4", file: "compose.yaml", line: 20 },
      { type: "image", name: "python", version: "3.8-slim", endOfLife: ["Python 3.8 (end of life 2024-10-07)"], file: "Dockerfile", line: 1 },
      { type: "package", ecosystem: "PyPI", name: "torch", requirement: ">=2.0", advisories: ["CVE-2025-32434"], file: "requirements.txt", line: 2 },
    ],
    workloads: [
      { id: "services.vllm", kind: "compose-service", name: "vllm", file: "compose.yaml", line: 2, product: "vllm", reach: "network" },
      { id: "services.app", kind: "compose-service", name: "app", file: "compose.yaml", line: 9 },
      { id: "services.ollama", kind: "compose-service", name: "ollama", file: "compose.yaml", line: 6, product: "ollama" },
    ],
    networkRules: [],
    models: [
      { name: "llama3.2", source: "ollama", workload: "services.ollama", product: "ollama", file: "compose.yaml", line: 8 },
      { name: "meta-llama/Llama-3.1-8B-Instruct", source: "huggingface", workload: "services.vllm", product: "vllm", file: "compose.yaml", line: 4 },
      { name: "@org/x|[y](https://e.example)", source: "huggingface", workload: "services.app", file: ".env", line: 1 },
    ],
  };
  return result;
}

const INVENTORY_SECTION = `### Inventory

#### AI services

| Workload | Product | Reach |
| --- | --- | --- |
| vllm (compose.yaml:2) | vllm | network |
| ollama (compose.yaml:6) | ollama | internal |

#### Models

| Model | Source | Workload |
| --- | --- | --- |
| @&#8203;org/x\\|\\[y\\]\\(https:&#8203;//e.example\\) (.env:1) | huggingface | services.app |
| meta-llama/Llama-3.1-8B-Instruct (compose.yaml:4) | huggingface | services.vllm |
| llama3.2 (compose.yaml:8) | ollama | services.ollama |

#### Components with findings

| Component | Version | Advisories | Upgrade | End of life |
| --- | --- | --- | --- | --- |
| python (Dockerfile:1) | 3.8-slim | 0 | — | Python 3.8 \\(end of life 2024-10-07\\) |
| vllm/vllm-openai (compose.yaml:3) | v0.8.4 | 2 | 0.8.5 | — |
| torch (requirements.txt:2) | &gt;=2.0 | 1 | — | — |`;

describe("renderMarkdown inventory", () => {
  it("lists the AI services, their models and the components with findings after the findings, every value escaped", () => {
    expect(renderMarkdown(inventoryResult())).toBe(
      `## ai-infra-audit report\n\nNo findings in 3 files.\n\nAdvisory data: embedded, compiled 2026-12-06 (0 days old).\n\n${INVENTORY_SECTION}\n`,
    );
    const withFindings = renderMarkdown({ ...fixture(), inventory: inventoryResult().inventory });
    const findingsAt = withFindings.indexOf("| Severity | Rule |");
    const inventoryAt = withFindings.indexOf(`\n\n${INVENTORY_SECTION}\n\n<details><summary>2 notices</summary>`);
    expect(findingsAt).toBeGreaterThan(0);
    expect(inventoryAt).toBeGreaterThan(findingsAt);
  });

  it("says how old the advisory data is, whether OSV was asked, and warns when it is stale or OSV failed", () => {
    const line = (advisories: Partial<ScanResult["advisories"]>) =>
      renderMarkdown({ ...cleanResult(), advisories: { ...fixture().advisories, ...advisories } }).split("\n")[4];
    expect(line({ ageDays: 1, osv: "online" })).toBe("Advisory data: embedded, compiled 2026-12-06 (1 day old), OSV online.");
    expect(line({ ageDays: 90, osv: "export" })).toBe("Advisory data: embedded, compiled 2026-12-06 (90 days old), OSV export.");
    expect(line({ ageDays: 120 })).toBe(
      "Advisory data: embedded, compiled 2026-12-06 (120 days old). **Warning:** the embedded data is more than 90 days old; advisories published since are not in it: update ai-infra-audit or let it ask OSV.",
    );
    expect(line({ ageDays: 91, osv: "online", osvErrors: ["PyPI torch 2.5.1: timed out", "npm a 1.0.0: HTTP 503"], osvRequests: 3 })).toBe(
      "Advisory data: embedded, compiled 2026-12-06 (91 days old), OSV online. **Warning:** the embedded data is more than 90 days old; advisories published since are found only through OSV. **Warning:** OSV could not answer 2 queries; the embedded data stood in for them.",
    );
    expect(line({ osv: "online", osvErrors: ["timed out"] })).toBe(
      "Advisory data: embedded, compiled 2026-12-06 (0 days old), OSV online. **Warning:** OSV could not answer 1 query; the embedded data stood in for it.",
    );
  });

  it("cuts the inventory first when the report is over its byte budget, saying how many rows were left out", () => {
    const result = { ...fixture(), inventory: inventoryResult().inventory };
    result.inventory.models = Array.from({ length: 3000 }, (_, i) => ({ name: `org/model-${i}`, source: "huggingface", workload: "services.vllm", file: "compose.yaml", line: i + 1 }));
    const full = renderMarkdown(result, { maxBytes: 1_000_000 });
    expect(full).not.toContain("more inventory row");
    const cut = renderMarkdown(result, { maxBytes: 40_000 });
    expect(Buffer.byteLength(cut, "utf8")).toBeLessThanOrEqual(40_000);
    // Every finding and notice is still there; only inventory rows went.
    expect(cut.split("\n").filter((l) => /^\| (Critical|High|Medium|Low|Info) \|/.test(l))).toHaveLength(6);
    expect(cut).toContain("<details><summary>2 notices</summary>");
    const left = /… and (\d+) more inventory rows \(see the JSON report or the CycloneDX BOM\)/.exec(cut);
    const shown = cut.split("\n").filter((l) => /^\| (org\/model-|vllm |ollama |python |torch |vllm\/)/.test(l)).length;
    expect(Number(left?.[1]) + shown).toBe(2 + 3000 + 3);
    expect(shown).toBeGreaterThan(100);
    // AI services come before models, and the components table is what goes first.
    expect(cut).toContain("| vllm (compose.yaml:2) | vllm | network |");
    expect(cut).not.toContain("#### Components with findings");

    // A budget that holds everything else and the section's heading only: every inventory row is left out.
    const without = renderMarkdown({ ...result, inventory: { ...result.inventory, workloads: [], models: [], components: [] } });
    const heading = "### Inventory\n\n… and 3005 more inventory rows (see the JSON report or the CycloneDX BOM)";
    const notices = without.indexOf("<details>");
    const expected = `${without.slice(0, notices)}${heading}\n\n${without.slice(notices)}`;
    expect(renderMarkdown(result, { maxBytes: Buffer.byteLength(expected, "utf8") + 20 })).toBe(expected);
  });
});

describe("renderTerminal", () => {
  const plain = renderTerminal(fixture(), { color: false });
  const colored = renderTerminal(fixture(), { color: true });

  it("groups findings by file with position, severity, rule, message and fix", () => {
    const lines = plain.split("\n");
    const files = lines.filter((line) => line !== "" && !line.startsWith(" ") && line !== "Notices" && !line.startsWith("advisories: "));
    expect(files).toEqual(["Dockerfile", "a.yaml", "broken.yaml", "deploy/compose.yaml", "deploy/we|rd\\nname.yaml", "k8s/app.yaml", plain.trimEnd().split("\n").at(-1)]);
    expect(plain).toContain(
      "deploy/compose.yaml\n  12:5  critical  AIA101  AI service reachable without authentication\n      AIA101 message\n      fix: AIA101 fix\n",
    );
    expect(plain).toContain("  4:2  info      AIA000  File could not be parsed");
    expect(plain).not.toContain("lab machine only");
  });

  it("lists notices and ends with the summary line", () => {
    expect(plain).toContain("Notices\n  broken.yaml:4:2  parse-error  Unexpected token\n  vendor/huge.yaml  skipped  larger than 5 MB\n");
    // The fixture's inventory has components: the line before the summary says what they were matched against.
    expect(plain.endsWith("\nadvisories: embedded data of 2026-12-06 (0 days old) only (--online also asks OSV)\n6 findings (2 critical, 1 high, 1 medium, 1 low, 1 info), 2 suppressed, 7 files scanned\n")).toBe(true);
    expect(renderTerminal(cleanResult(), { color: false })).toBe("advisories: embedded data of 2026-12-06 (0 days old) only (--online also asks OSV)\nNo findings in 3 files\n");
    expect(renderTerminal({ ...cleanResult(), inventory: { ...cleanResult().inventory, components: [] } }, { color: false })).toBe("No findings in 3 files\n");
    const failed = { ...cleanResult().advisories, osv: "online" as const, osvErrors: ["OSV POST /v1/querybatch: HTTP 503"] };
    expect(renderTerminal({ ...cleanResult(), advisories: failed }, { color: false })).toBe("advisories: embedded data of 2026-12-06 (0 days old) (OSV online did not answer everything: see the notices)\nNo findings in 3 files\n");
  });

  it("shows suppressed findings only when asked, marked with the reason", () => {
    const all = renderTerminal(fixture(), { color: false, showSuppressed: true });
    expect(all).toContain("  20    high      AIA201  Privileged container  (suppressed: lab machine only)");
    expect(all).toContain("(suppressed: accepted risk)");
  });

  it("colours severities only when asked", () => {
    expect(plain).not.toContain("\x1b");
    expect(colored).toContain("\x1b[1;91mcritical\x1b[0m");
    expect(colored).toContain("\x1b[31mhigh    \x1b[0m");
    expect(colored).toContain("\x1b[33mmedium  \x1b[0m");
    expect(colored).toContain("\x1b[36mlow     \x1b[0m");
    expect(colored).toContain("\x1b[2minfo    \x1b[0m");
  });

  it("strips control characters that come from scanned files", () => {
    // One value, one line: line breaks are shown, not written.
    expect(plain).toContain("      Image `ollama` <script>alert(1)</script> | cleared\\rover\\nsecond line\n");
    expect(plain).not.toMatch(CONTROL);
    // With colour on, the only escape sequences left are the renderer's own SGR codes.
    expect(colored.replace(SGR, "")).not.toMatch(CONTROL);
    expect(plain).not.toContain("pwned");
    expect(colored).not.toContain("pwned");
  });
});

/**
 * Values a pull request can put in file names, service names and comments to run workflow commands
 * in the job's log or to reshape the terminal: new lines, `::command::` at a line start (also after
 * white space or an invisible character), the legacy `##[command]` anywhere, escape sequences.
 */
const HOSTILE_VALUES = [
  "x\n::error::pwned",
  "x\r::stop-commands::token",
  "::add-mask::critical",
  "  ::warning title=t::pwned",
  "\u00ad::error::soft hyphen",
  "\u200b::error::zero width",
  "x\u2028::error::line separator",
  "x\r\n::error::crlf",
  "x ##[error]legacy command",
  "x #\u00ad#[add-mask]critical",
  "x#\u0000#[set-output name=a]b",
  "\x1b[2K\x1b[1A::error::after cursor up",
  "x\x85::error::next line",
];

/** Every line a runner or terminal would see, and what the runner would read as a command in it. */
function commandLines(text: string): string[] {
  // The runner compares with .NET culture rules, which skip invisible characters: drop them, and colour codes.
  // eslint-disable-next-line no-control-regex -- the renderer's own colour codes
  const visible = text.replace(/\x1b\[[0-9;]*m/g, "").replace(/\p{Default_Ignorable_Code_Point}/gu, "");
  return visible.split(/\r\n|[\n\r\u0085\u2028\u2029]/).filter((line) => line.trimStart().startsWith("::") || line.includes("##["));
}

function hostileResult(value: string): ScanResult {
  const result = fixture();
  const target = result.findings[1];
  target.file = `${value}/compose.yaml`;
  target.title = value;
  target.message = value;
  target.fix = value;
  result.findings[3].suppression = { kind: "inline", reason: value };
  result.notices.push({ file: value, line: 3, kind: "warning", message: value });
  return result;
}

describe("values from the scanned tree", () => {
  it("logText writes a value on one line that cannot start a workflow command", () => {
    expect(logText("::error::x")).toBe("\\::error::x");
    expect(logText("  ::error::x")).toBe("  \\::error::x");
    expect(logText("\u00ad::error::x")).toBe("\\::error::x");
    expect(logText("a\n::error::x")).toBe("a\\n::error::x");
    expect(logText("a\r\nb\rc\u2028d\u2029e\x85f")).toBe("a\\nb\\rc\\u2028d\\u2029e\\u0085f");
    expect(logText("x ##[error]y")).toBe("x ##\\[error]y");
    expect(logText("x #\u00ad#[error]y")).toBe("x ##\\[error]y");
    expect(logText("\x1b[31mred\x1b[0m \x1b]0;title\x07text")).toBe("red text");
    // Colons inside a value are left alone (IPv6 addresses in messages).
    expect(logText("OLLAMA_HOST=[::]:11434 and ::1")).toBe("OLLAMA_HOST=[::]:11434 and ::1");
    for (const value of HOSTILE_VALUES) {
      expect(logText(value)).not.toMatch(/[\n\r\u2028\u2029\x85]/);
      expect(commandLines(logText(value))).toEqual([]);
      expect(logText(logText(value))).toBe(logText(value));
    }
  });

  it("noCommand leaves lines that carry no command, colour codes included, as they are", () => {
    expect(noCommand("\x1b[1mcompose.yaml\x1b[0m")).toBe("\x1b[1mcompose.yaml\x1b[0m");
    expect(noCommand("::error::x")).toBe("\\::error::x");
    expect(oneLine("a\tb\x00c")).toBe("a bc");
  });

  it.each(HOSTILE_VALUES)("no output format lets %j start a command or break a line", async (value) => {
    const benign = hostileResult("benign");
    const result = hostileResult(value);
    for (const format of FORMATS) {
      for (const color of [false, true]) {
        const text = [...(await render(result, format, { color }))].join("");
        expect(commandLines(text), `${format} color=${color}`).toEqual([]);
        // The same number of lines as with a harmless value: no value breaks a line.
        expect(text.split("\n").length, `${format} color=${color}`).toBe([...(await render(benign, format, { color }))].join("").split("\n").length);
      }
    }
    const shown = renderTerminal(result, { color: false, showSuppressed: true });
    expect(commandLines(shown)).toEqual([]);
  });

  it("JSON and SARIF keep the values exactly, written so a log cannot act on them", () => {
    const value = "x ##[error]y #\u00ad#[z] \u2028 \x9b2J \u202e";
    const result = hostileResult(value);
    const json = renderJson(result);
    expect(json).not.toMatch(/##\[|[\u2028\x9b\u202e\u00ad]/);
    expect((JSON.parse(json) as JsonReport).findings.some((f) => f.message === value)).toBe(true);
    const sarif = renderSarif(result);
    expect(sarif).not.toMatch(/##\[|[\u2028\x9b\u202e\u00ad]/);
    expect(JSON.parse(sarif).runs[0].results.some((r: SarifResult) => r.message.text.startsWith(value))).toBe(true);
    expect(jsonForLog(JSON.stringify("\\##[a] ###[b] \u{e0041}"))).toBe('"\\\\#\\u0023[a] ##\\u0023[b] \\udb40\\udc41"');
    expect(JSON.parse(jsonForLog(JSON.stringify("\\##[a] ###[b] \u{e0041}")))).toBe("\\##[a] ###[b] \u{e0041}");
  });
});

describe("markdownText", () => {
  it("writes links, mentions, references, images, HTML, code and cells as plain text", () => {
    expect(markdownText("see https://evil.example/x and www.evil.example, mail a@b.example")).toBe(
      "see https:&#8203;//evil.example/x and www&#8203;.evil.example, mail a@&#8203;b.example",
    );
    expect(markdownText("@org/team @user #123 GH-7 owner/repo#9")).toBe("@&#8203;org/team @&#8203;user #&#8203;123 GH&#8203;-7 owner/repo#&#8203;9");
    expect(markdownText("![x](https://t.example/p.png) <img src=x onerror=alert(1)> [l](u)")).toBe(
      "\\!\\[x\\]\\(https:&#8203;//t.example/p.png\\) &lt;img src=x onerror=alert\\(1\\)&gt; \\[l\\]\\(u\\)",
    );
    expect(markdownText("a|b `c` \\| $x$ ~~s~~ **b** _i_ [^1] &amp; WWW.X.Y ftp://h")).toBe(
      "a\\|b \\`c\\` \\\\\\| \\$x\\$ \\~\\~s\\~\\~ \\*\\*b\\*\\* \\_i\\_ \\[^1\\] &amp;amp; WWW&#8203;.X.Y ftp:&#8203;//h",
    );
    expect(markdownText("line\nbreak\r| next")).toBe("line\\\\nbreak\\\\r\\| next");
    // Words that only look like references stay as written.
    expect(markdownText("image digest sha256 and high-7 and email-less text")).toBe("image digest sha256 and high-7 and email-less text");
  });

  it("keeps a hostile finding in its own row and a hostile notice in its own item", () => {
    const value = "| x |\n| --- |\n@admin #1 https://e.example ![i](https://e.example/i.png) <b>";
    const markdown = renderMarkdown(hostileResult(value));
    const row = markdown.split("\n").find((line) => line.startsWith("| Medium")) ?? "";
    expect(cells(row)).toHaveLength(5);
    expect(markdown).not.toMatch(/<b>|https:\/\/e|@admin|#1|!\[/);
    expect(markdown).toContain(`- ${markdownText(value)}:3 (warning): ${markdownText(value)}`);
  });
});

describe("JSON written in pieces", () => {
  it("joins to exactly the report JSON.stringify makes, one finding and a thousand inventory items per piece", async () => {
    const { makeTree, scanTree } = await import("./helpers/tree.js");
    const result = await scanTree(makeTree({ "compose.yaml": 'services:\n  a:\n    image: ollama/ollama:0.12.3\n    ports: ["11434:11434"]\n    privileged: true\n' }));
    const chunks = [...renderJsonChunks(result)];
    const whole = JSON.parse(chunks.join(""));
    expect(chunks.join("")).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    const inventoryItems = Object.values(result.inventory).reduce((n, items) => n + Math.ceil(items.length / 1000), 0);
    const inventoryLists = Object.values(result.inventory).filter((items) => items.length > 0).length;
    // tool; findings open and close; inventory open and close; each non-empty list open and close, an empty one in one piece; advisories, summary, notices.
    expect(chunks.length).toBe(result.findings.length + inventoryItems + 2 * inventoryLists + Object.keys(result.inventory).length - inventoryLists + 8);
    const empty = [...renderJsonChunks({ ...result, findings: [] })].join("");
    expect(empty).toBe(`${JSON.stringify({ ...whole, findings: [] }, null, 2)}\n`);
  });
});
