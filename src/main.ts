// The GitHub Action: runs the same scan as the CLI with the action's inputs, writes the requested
// reports, sets outputs and fails the step at `fail-on`. Check runs and PR comments come from
// src/github/ in a later version; nothing here calls the GitHub API. src/index.ts calls run().
import { writeFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import { ConfigError, isSeverity, loadConfig, parseSize } from "./config/index.js";
import { failsGate } from "./findings/index.js";
import { SEVERITIES, type Severity } from "./findings/types.js";
import { annotations } from "./report/annotations.js";
import { logText } from "./report/common.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderSarif } from "./report/sarif.js";
import { renderJson } from "./report/json.js";
import type { OsvOptions } from "./match/osv-source.js";
import { scan } from "./scan.js";

/**
 * Every input of action.yml with its default. The runner fills in these defaults, but an action run
 * another way (a composite action, a test, `node dist/index.js`) sees an empty value for every input it
 * was not given; reading through this table gives it the same value. A test checks it against action.yml.
 */
export const INPUT_DEFAULTS = {
  path: ".",
  "fail-on": "",
  config: "",
  "max-file-size": "",
  "sarif-file": "",
  "json-file": "",
  "job-summary": "true",
  annotations: "true",
  offline: "false",
  "osv-db": "",
  "sbom-file": "",
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** The input's value, or its action.yml default when it is empty. */
export function input(name: InputName): string {
  return core.getInput(name) || INPUT_DEFAULTS[name];
}

/** A boolean input as the runner's YAML 1.2 core schema reads it; an empty input is its default. */
export function booleanInput(name: InputName): boolean {
  const value = input(name);
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ConfigError(`input ${name} must be true or false (got "${value}")`);
}

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, input("path"));
    const configInput = input("config");
    const config = await loadConfig(root, configInput ? resolve(workspace, configInput) : undefined, configInput || undefined);
    const failOnInput = input("fail-on") || config.failOn || "high";
    if (failOnInput !== "none" && !isSeverity(failOnInput)) throw new ConfigError(`input fail-on must be one of ${SEVERITIES.join(", ")}, none (got "${failOnInput}")`);
    const failOn = failOnInput as Severity | "none";
    const maxSize = input("max-file-size");
    const maxFileBytes = maxSize ? parseSize(maxSize, "input max-file-size") : undefined;
    const jobSummary = booleanInput("job-summary");
    const osvDb = input("osv-db");
    const osv: OsvOptions = osvDb ? { mode: "export", path: resolve(workspace, osvDb) } : booleanInput("offline") ? { mode: "off" } : { mode: "online" };
    core.info(osv.mode === "online" ? "ai-infra-audit: asking OSV (api.osv.dev) about pinned components, beside the embedded advisories (set offline: true to stay offline)" : osv.mode === "export" ? `ai-infra-audit: matching components against the OSV export ${logText(osvDb)} and the embedded advisories` : "ai-infra-audit: offline: matching components against the embedded advisories only");
    const result = await scan({ root, config, maxFileBytes, osv });

    const sarifFile = input("sarif-file");
    if (sarifFile) writeFileSync(resolve(workspace, sarifFile), renderSarif(result));
    const jsonFile = input("json-file");
    if (jsonFile) writeFileSync(resolve(workspace, jsonFile), renderJson(result));
    const sbomFile = input("sbom-file");
    // The CycloneDX library is loaded only when a BOM is asked for.
    if (sbomFile) writeFileSync(resolve(workspace, sbomFile), (await import("./report/cyclonedx.js")).renderCycloneDx(result));
    if (jobSummary && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderMarkdown(result, { title: "ai-infra-audit" })).write();
    }
    for (const notice of result.notices) core.info(logText(`${notice.file}${notice.line ? `:${notice.line}` : ""}: ${notice.message}`));
    if (booleanInput("annotations")) {
      // Paths in annotations are the repository's: the scanned directory's place in the workspace goes first.
      const prefix = relative(workspace, root).split(sep).join("/");
      for (const a of annotations(result, prefix)) {
        core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn });
      }
    }

    const failed = failsGate(result.findings, failOn);
    for (const severity of SEVERITIES) core.setOutput(severity, String(result.summary.bySeverity[severity]));
    core.setOutput("findings", String(result.findings.filter((f) => !f.suppressed).length));
    core.setOutput("conclusion", failed ? "failure" : "success");
    if (sarifFile) core.setOutput("sarif-file", sarifFile);
    if (sbomFile) core.setOutput("sbom-file", sbomFile);
    const counts = SEVERITIES.map((s) => `${result.summary.bySeverity[s]} ${s}`).join(", ");
    core.info(`ai-infra-audit: ${counts} in ${result.summary.files} files`);
    if (failed) core.setFailed(`ai-infra-audit: findings at or above "${failOn}" (${counts})`);
  } catch (error) {
    core.setOutput("conclusion", "failure");
    core.setFailed(logText(`ai-infra-audit: ${(error as Error).message}`));
  }
}
