// The GitHub Action: runs the same scan as the CLI with the action's inputs, tells a pull request's new
// findings from its base's, writes the requested reports, shows the result on GitHub (check run, comment,
// tracking issue: src/github/ does the talking), sets outputs and fails the step at `fail-on`. The gate is
// the step's result, whatever GitHub would or would not take. src/index.ts calls run().
import { statSync, writeFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import { comparisonMarkdown, configChangesMarkdown, gateConfig, splitFindings, type Split } from "./action/compare.js";
import { readEvent, type RunEvent } from "./action/event.js";
import { reportOnGitHub, type GitHubReport, type RunMode } from "./action/github-report.js";
import { booleanInput, checkNameInput, choiceInput, input, tokenInput } from "./action/inputs.js";
import { ConfigError, isSeverity, parseSize } from "./config/index.js";
import { failsGate } from "./findings/index.js";
import { SEVERITIES, type Severity } from "./findings/types.js";
import { GitHubClient } from "./github/client.js";
import { annotations } from "./report/annotations.js";
import { logText } from "./report/common.js";
import { isReported, type GateOutcome } from "./report/gate.js";
import { markdownText, renderMarkdown } from "./report/markdown.js";
import { renderSarif } from "./report/sarif.js";
import { renderJson } from "./report/json.js";
import type { OsvOptions } from "./match/osv-source.js";
import { scan } from "./scan.js";

export { INPUT_DEFAULTS, type InputName } from "./action/inputs.js";

/** GitHub's limit on one step's job summary (1 MiB); the comparison and config sections take at most a few kilobytes. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;

const PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target", "merge_group"];
const AUDIT_EVENTS = ["schedule", "workflow_dispatch"];

/** `mode: auto` by event: pull requests and merge queues are reviewed, schedules audited, the rest (a push) reported. */
function runMode(mode: "auto" | "pr" | "audit", event: string): RunMode {
  if (mode !== "auto") return mode;
  if (PULL_REQUEST_EVENTS.includes(event)) return "pr";
  return AUDIT_EVENTS.includes(event) ? "audit" : "report";
}

/** Why the token cannot write, when the event says so before any request: a public repository's pull request from a fork. */
function readOnlyReason(event: RunEvent): string | undefined {
  if (event.name === "pull_request" && event.pullRequest?.fork && event.public) {
    return "this pull request comes from a fork, and GitHub gives its workflow a read-only token whatever the permissions say";
  }
  return undefined;
}

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, input("path"));
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError(`input path must be a directory of the workspace (got "${input("path")}")`);
    // Paths on GitHub are the repository's: the scanned directory's place in the workspace goes first.
    const prefix = relative(workspace, root).split(sep).join("/");
    const configInput = input("config");
    const event = readEvent(process.env);
    const mode = runMode(choiceInput("mode", ["auto", "pr", "audit"] as const), event.name);
    // Audits gate on every finding; a pull request on what it adds.
    const token = tokenInput();
    const base = mode === "pr" && event.base ? { ...event.base, fetchWith: token ? { serverUrl: event.serverUrl, token } : undefined } : undefined;
    const { config, changes } = await gateConfig(workspace, root, configInput, base);
    const onlyNew = booleanInput("only-new");
    const baselineInput = input("baseline");
    const failOnInput = input("fail-on") || config.failOn || "high";
    if (failOnInput !== "none" && !isSeverity(failOnInput)) throw new ConfigError(`input fail-on must be one of ${SEVERITIES.join(", ")}, none (got "${failOnInput}")`);
    const failOn = failOnInput as Severity | "none";
    const minSeverity = choiceInput("severity", SEVERITIES);
    const commentPolicy = choiceInput("comment", ["auto", "always", "never", "on-failure"] as const);
    const annotate = booleanInput("annotations");
    const checkName = checkNameInput();
    const maxSize = input("max-file-size");
    const maxFileBytes = maxSize ? parseSize(maxSize, "input max-file-size") : undefined;
    const jobSummary = booleanInput("job-summary");
    const osvDb = input("osv-db");
    const osv: OsvOptions = osvDb ? { mode: "export", path: resolve(workspace, osvDb) } : booleanInput("offline") ? { mode: "off" } : { mode: "online" };
    const readOnly = readOnlyReason(event);
    const repository = event.repository;
    const apiUrl = process.env.GITHUB_API_URL ?? "https://api.github.com";
    const client = token && repository && /^https?:\/\/[^/]/.test(apiUrl) && URL.canParse(apiUrl) ? new GitHubClient({ apiUrl, token }) : undefined;

    core.info(osv.mode === "online" ? "ai-infra-audit: asking OSV (api.osv.dev) about pinned components, beside the embedded advisories (set offline: true to stay offline)" : osv.mode === "export" ? `ai-infra-audit: matching components against the OSV export ${logText(osvDb)} and the embedded advisories` : "ai-infra-audit: offline: matching components against the embedded advisories only");
    const result = await scan({ root, config, maxFileBytes, osv });
    const active = result.findings.filter((f) => !f.suppressed);
    const split: Split | undefined =
      base && onlyNew
        ? await splitFindings(active, {
            workspace,
            root,
            prefix,
            base,
            baselineInput,
            scanBase: (baseRoot) => scan({ root: baseRoot, config, maxFileBytes, osv }),
            pullRequestFiles: client && repository && event.pullRequest ? { client, ...repository, number: event.pullRequest.number } : undefined,
          })
        : undefined;
    // On a pull request compared with its base, only what it adds can fail it.
    const gated = split ? split.added : active;
    const failed = failsGate(gated, failOn);
    const outcome: GateOutcome = {
      failOn,
      failed,
      gated,
      existing: split?.existing ?? [],
      fixed: split?.fixed ?? [],
      basis: split?.basis ?? "none",
      basisNote: split?.note ?? (mode === "pr" && !onlyNew ? "Every finding counts (only-new: false)." : mode === "audit" ? "An audit: every finding counts." : "Every finding counts."),
    };
    const reported = { ...result, findings: result.findings.filter((f) => f.suppressed || isReported(f, minSeverity, failOn)) };

    const sarifFile = input("sarif-file");
    if (sarifFile) writeFileSync(resolve(workspace, sarifFile), renderSarif(result));
    const jsonFile = input("json-file");
    if (jsonFile) writeFileSync(resolve(workspace, jsonFile), renderJson(result));
    const sbomFile = input("sbom-file");
    // The CycloneDX library is loaded only when a BOM is asked for.
    if (sbomFile) writeFileSync(resolve(workspace, sbomFile), (await import("./report/cyclonedx.js")).renderCycloneDx(result));
    for (const notice of result.notices) core.info(logText(`${notice.file}${notice.line ? `:${notice.line}` : ""}: ${notice.message}`));

    let github: GitHubReport = { annotated: false, problems: [] };
    if (readOnly) core.info(`ai-infra-audit: ${readOnly}: the findings are in the annotations and the job summary, not in a check run or a comment`);
    else if (!client) core.info("ai-infra-audit: no token or repository: the findings are in the annotations and the job summary, not in a check run or a comment");
    else if (repository) github = await reportOnGitHub({ client, event: { ...event, repository }, mode, checkName, annotate, comment: commentPolicy, result, outcome, minSeverity, configChanges: changes, prefix, today: new Date().toISOString().slice(0, 10) });

    if (jobSummary && process.env.GITHUB_STEP_SUMMARY) {
      const problems = github.problems.length ? `\n\n### Not shown on GitHub\n\n${github.problems.map((p) => `- ${markdownText(p)}`).join("\n")}\n` : "";
      await core.summary.addRaw(renderMarkdown(reported, { title: "ai-infra-audit", maxBytes: SUMMARY_MAX_BYTES }) + comparisonMarkdown(split) + configChangesMarkdown(changes) + problems).write();
    }
    if (annotate && !github.annotated) {
      // Compared with its base, a pull request's diff is annotated with what it adds.
      for (const a of annotations({ ...reported, findings: gated.filter((f) => isReported(f, minSeverity, failOn)) }, prefix)) {
        core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn });
      }
    }

    for (const severity of SEVERITIES) core.setOutput(severity, String(result.summary.bySeverity[severity]));
    core.setOutput("findings", String(active.length));
    core.setOutput("new-findings", String(gated.length));
    core.setOutput("conclusion", failed ? "failure" : "success");
    const reportUrl = github.reportUrl ?? event.runUrl;
    if (reportUrl) core.setOutput("report-url", reportUrl);
    if (sarifFile) core.setOutput("sarif-file", sarifFile);
    if (sbomFile) core.setOutput("sbom-file", sbomFile);
    const counts = SEVERITIES.map((s) => `${result.summary.bySeverity[s]} ${s}`).join(", ");
    core.info(`ai-infra-audit: ${counts} in ${result.summary.files} files`);
    if (failed && split && split.basis !== "none") core.setFailed(`ai-infra-audit: new findings at or above "${failOn}" in this pull request (${gated.length} new; ${counts} in all)`);
    else if (failed) core.setFailed(`ai-infra-audit: findings at or above "${failOn}" (${counts})`);
  } catch (error) {
    core.setOutput("conclusion", "failure");
    core.setFailed(logText(`ai-infra-audit: ${(error as Error).message}`));
  }
}
