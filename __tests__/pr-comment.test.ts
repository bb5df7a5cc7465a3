// The pull request comment and the tracking issue as a reviewer reads them: exact text for a small case,
// the 65,536-character limit for a large one, and text from the repository kept plain.
import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../src/findings/types.js";
import type { GateOutcome } from "../src/report/gate.js";
import { BODY_MAX, renderAllClear, renderAuditIssue, renderPrComment, type ReviewInput } from "../src/report/pr-comment.js";
import type { ScanResult } from "../src/report/types.js";

function finding(n: number, severity: Severity = "high", more: Partial<Finding> = {}): Finding {
  return {
    ruleId: "AIA201",
    category: "privileged-container",
    severity,
    title: `svc${n} runs privileged`,
    message: `Service svc${n} runs privileged.`,
    fix: "Remove privileged: true.",
    file: "compose.yaml",
    line: n + 1,
    logicalPath: `services.svc${n}/privileged`,
    fingerprint: `fp${n}`,
    suppressed: false,
    ...more,
  };
}

function result(findings: Finding[]): ScanResult {
  return {
    tool: { name: "ai-infra-audit", version: "0.1.0" },
    findings,
    rules: [],
    inventory: { components: [], workloads: [], networkRules: [], models: [] },
    advisories: { generated: "2026-12-06", sourcesThrough: "2026-09-21", ageDays: 0, osv: "off", osvErrors: [], osvRequests: 0 },
    notices: [],
    summary: { files: 1, bySeverity: { critical: 0, high: findings.length, medium: 0, low: 0, info: 0 } },
  };
}

function review(outcome: Partial<GateOutcome>, more: Partial<ReviewInput> = {}): ReviewInput {
  const gated = outcome.gated ?? [];
  return {
    marker: "<!-- ai-infra-audit: ai-infra-audit -->",
    result: result([...gated, ...(outcome.existing ?? [])]),
    outcome: { failOn: "high", failed: gated.length > 0, gated, existing: [], fixed: [], basis: "base", basisNote: "Compared with the base revision 0123456789ab, scanned with the same config.", ...outcome },
    minSeverity: "info",
    configChanges: [],
    prefix: "deploy",
    links: { blobBase: "https://github.com/o/r/blob/abc", runUrl: "https://github.com/o/r/actions/runs/1", checkRunUrl: "https://github.com/o/r/runs/2" },
    ...more,
  };
}

describe("the pull request comment", () => {
  it("says the verdict, the counts, each new finding linked at the head commit, and where the rest is", () => {
    const body = renderPrComment(review({ gated: [finding(1)], existing: [finding(2, "low")], fixed: [finding(3)] }));
    expect(body).toBe(
      [
        "<!-- ai-infra-audit: ai-infra-audit -->",
        "### ❌ ai-infra-audit: 1 new finding at or above high fails the gate",
        "",
        "**1 new** (1 high) · 1 existing · 1 fixed. Compared with the base revision 0123456789ab, scanned with the same config.",
        "",
        "#### New findings",
        "",
        "| Severity | Rule | Location | Finding | Fix |",
        "| --- | --- | --- | --- | --- |",
        "| High | [AIA201](https://github.com/ai-infra-audit/ai-infra-audit/blob/main/docs/rules/AIA201.md) | [deploy/compose.yaml:2](https://github.com/o/r/blob/abc/deploy/compose.yaml#L2) | svc1 runs privileged | Remove privileged: true. |",
        "",
        "#### Fixed by this pull request",
        "",
        "- AIA201 svc3 runs privileged ([deploy/compose.yaml:4](https://github.com/o/r/blob/abc/deploy/compose.yaml#L4))",
        "",
        "<details><summary>1 existing finding (already in the base, not gating)</summary>",
        "",
        "| Severity | Rule | Location | Finding | Fix |",
        "| --- | --- | --- | --- | --- |",
        "| Low | [AIA201](https://github.com/ai-infra-audit/ai-infra-audit/blob/main/docs/rules/AIA201.md) | [deploy/compose.yaml:3](https://github.com/o/r/blob/abc/deploy/compose.yaml#L3) | svc2 runs privileged | Remove privileged: true. |",
        "",
        "</details>",
        "",
        "#### Inventory",
        "",
        "0 AI services (0 reachable from beyond their cluster or host, 0 of them without authentication) · 0 served models · 0 components, 0 with advisories, 0 past end of life",
        "",
        "<sub>[Full report in the job summary](https://github.com/o/r/actions/runs/1) · [check run](https://github.com/o/r/runs/2) · ai-infra-audit 0.1.0</sub>",
        "",
      ].join("\n"),
    );
  });

  it("stays under GitHub's 65,536 characters with 3,000 findings, cutting the longest section first and saying where the rest is", () => {
    const long = "x".repeat(300);
    const gated = Array.from({ length: 1000 }, (_, i) => finding(i, "high", { title: `new ${i} ${long}` }));
    const existing = Array.from({ length: 2000 }, (_, i) => finding(1000 + i, "high", { title: `old ${i} ${long}` }));
    const changes = Array.from({ length: 40 }, (_, i) => `rules.R${i}: turned off`);
    const body = renderPrComment(review({ gated, existing }, { configChanges: changes }));
    expect(body.length).toBeLessThanOrEqual(BODY_MAX);
    expect(body.length).toBeGreaterThan(BODY_MAX - 2_000);
    expect(body).toMatch(/… and \d+ more findings in the \[job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)/);
    // The short sections are whole: every config change is still listed.
    expect(body).toContain("- rules.R39: turned off");
    // The new findings come first and keep rows; the longer existing table was cut first.
    expect(body).toContain("| new 0 ");
  });

  it("keeps repository text plain: no link, HTML, mention or table cell from a file name or a title", () => {
    const hostile = finding(1, "high", { file: "a)](https://evil.example/x)<img src=x>/@octocat #1 |.yaml", title: "![x](https://evil.example/p.png) <script>" });
    const body = renderPrComment(review({ gated: [hostile] }));
    const row = body.split("\n").find((line) => line.startsWith("| High"));
    expect(row).toBe(
      "| High | [AIA201](https://github.com/ai-infra-audit/ai-infra-audit/blob/main/docs/rules/AIA201.md) | [deploy/a\\)\\]\\(https:&#8203;//evil.example/x\\)&lt;img src=x&gt;/@&#8203;octocat #&#8203;1 \\|.yaml:2](https://github.com/o/r/blob/abc/deploy/a%29%5D%28https%3A//evil.example/x%29%3Cimg%20src%3Dx%3E/%40octocat%20%231%20%7C.yaml#L2) | \\!\\[x\\]\\(https:&#8203;//evil.example/p.png\\) &lt;script&gt; | Remove privileged: true. |",
    );
  });

  it("shows findings at or above the severity input, and a finding that fails the gate whatever its severity", () => {
    const body = renderPrComment(review({ gated: [finding(1, "high"), finding(2, "low")] }, { minSeverity: "high" }));
    expect(body).toContain("| High |");
    expect(body).not.toContain("| Low |");
    expect(body).toContain("1 finding below high not shown (the severity input).");
    const failing = renderPrComment(review({ gated: [finding(2, "low")], failOn: "low", failed: true }, { minSeverity: "high" }));
    expect(failing).toContain("| Low |");
  });

  it("turns into a short all clear that still counts the existing findings", () => {
    expect(renderAllClear(review({ fixed: [finding(3)], existing: [finding(4, "low")] }))).toBe(
      "<!-- ai-infra-audit: ai-infra-audit -->\n### ✅ ai-infra-audit: all clear\n\nNo new findings at or above info any more. This pull request fixes 1 finding of its base. 1 finding already in the base is in the job summary, not gating.\n\n<sub>[Full report in the job summary](https://github.com/o/r/actions/runs/1) · [check run](https://github.com/o/r/runs/2) · ai-infra-audit 0.1.0</sub>\n",
    );
  });
});

describe("the tracking issue", () => {
  it("is titled with the counts and lists every finding", () => {
    const { title, body } = renderAuditIssue({ ...review({ gated: [finding(1, "high"), finding(2, "critical")], basis: "none", basisNote: "An audit: every finding counts." }), date: "2026-12-06" });
    expect(title).toBe("ai-infra-audit: 2 findings (1 critical, 1 high)");
    expect(body.split("\n").slice(0, 4)).toEqual([
      "<!-- ai-infra-audit: ai-infra-audit -->",
      "### ❌ ai-infra-audit: 2 findings at or above high fail the gate",
      "",
      "Audit of 2026-12-06: **2 findings** (1 critical, 1 high). This issue is updated by every scheduled run and closed when the tree is clean.",
    ]);
    expect(body).toContain("| Critical | [AIA201]");
  });
});
