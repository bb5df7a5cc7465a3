// The GitHub Action: runs the same scan as the CLI with the action's inputs, writes the requested
// reports, sets outputs and fails the step at `fail-on`. Check runs and PR comments come from
// src/github/ in a later version; nothing here calls the GitHub API.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { ConfigError, isSeverity, loadConfig, parseSize } from "./config/index.js";
import { failsGate } from "./findings/index.js";
import { SEVERITIES, type Severity } from "./findings/types.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderSarif } from "./report/sarif.js";
import { renderJson } from "./report/json.js";
import { scan } from "./scan.js";

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, core.getInput("path") || ".");
    const configInput = core.getInput("config");
    const config = loadConfig(root, configInput ? resolve(workspace, configInput) : undefined);
    const failOnInput = core.getInput("fail-on") || config.failOn || "high";
    if (failOnInput !== "none" && !isSeverity(failOnInput)) throw new ConfigError(`input fail-on must be one of ${SEVERITIES.join(", ")}, none (got "${failOnInput}")`);
    const failOn = failOnInput as Severity | "none";
    const maxSize = core.getInput("max-file-size");
    const result = await scan({ root, config, maxFileBytes: maxSize ? parseSize(maxSize, "input max-file-size") : undefined });

    const sarifFile = core.getInput("sarif-file");
    if (sarifFile) writeFileSync(resolve(workspace, sarifFile), renderSarif(result));
    const jsonFile = core.getInput("json-file");
    if (jsonFile) writeFileSync(resolve(workspace, jsonFile), renderJson(result));
    if (core.getBooleanInput("job-summary") && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderMarkdown(result, { title: "ai-infra-audit" })).write();
    }
    for (const notice of result.notices) core.info(`${notice.file}${notice.line ? `:${notice.line}` : ""}: ${notice.message}`);

    const failed = failsGate(result.findings, failOn);
    for (const severity of SEVERITIES) core.setOutput(severity, String(result.summary.bySeverity[severity]));
    core.setOutput("findings", String(result.findings.filter((f) => !f.suppressed).length));
    core.setOutput("conclusion", failed ? "failure" : "success");
    if (sarifFile) core.setOutput("sarif-file", sarifFile);
    const counts = SEVERITIES.map((s) => `${result.summary.bySeverity[s]} ${s}`).join(", ");
    core.info(`ai-infra-audit: ${counts} in ${result.summary.files} files`);
    if (failed) core.setFailed(`ai-infra-audit: findings at or above "${failOn}" (${counts})`);
  } catch (error) {
    core.setOutput("conclusion", "failure");
    core.setFailed(`ai-infra-audit: ${(error as Error).message}`);
  }
}

await run();
