// The GitHub Action: runs the same scan as the CLI with the action's inputs, writes the requested
// reports, sets outputs and fails the step at `fail-on`. Check runs and PR comments come from
// src/github/ in a later version; nothing here calls the GitHub API. src/index.ts calls run().
import { writeFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import { checkoutBase, compareFindings, compareWithBaseline, readBaseline, trackedInCheckout, type Comparison } from "./action/base-scan.js";
import { baseConfigText, baseRevision, configChanges, type BaseRevision } from "./action/trusted-config.js";
import { CONFIG_FILES, ConfigError, emptyConfig, isSeverity, loadConfig, parseSize, type Config } from "./config/index.js";
import { failsGate } from "./findings/index.js";
import { SEVERITIES, type Finding, type Severity } from "./findings/types.js";
import { annotations } from "./report/annotations.js";
import { logText } from "./report/common.js";
import { markdownText, renderMarkdown } from "./report/markdown.js";
import { renderSarif } from "./report/sarif.js";
import { renderJson } from "./report/json.js";
import type { OsvOptions } from "./match/osv-source.js";
import { scan } from "./scan.js";
import type { ScanResult } from "./report/types.js";

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
  "trust-head-config": "false",
  "only-new": "true",
  baseline: "",
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

/** Config changes and fixed findings listed one by one, in the log and the job summary (which holds 1 MiB). */
const LISTED_CHANGES = 50;

/**
 * The config the gate uses. On a pull request (or a merge queue entry) it is the base revision's: a pull
 * request cannot switch off its own gate. What its own config would change is returned to be reported.
 * `trust-head-config: true` applies the pull request's config instead (for repositories whose every
 * contributor is trusted).
 */
async function gateConfig(workspace: string, root: string, configInput: string, base: BaseRevision | undefined): Promise<{ config: Config; changes: string[] }> {
  const headConfig = () => loadConfig(root, configInput ? resolve(workspace, configInput) : undefined, configInput || undefined);
  // Read (and checked) on every run, so that a bad value fails on a push too, not first on a pull request.
  const trustHead = booleanInput("trust-head-config");
  if (!base || trustHead) return { config: await headConfig(), changes: [] };
  const at = `the base revision ${base.sha.slice(0, 12)}`;
  const found = baseConfigText(workspace, root, configInput, CONFIG_FILES, base.sha);
  let config: Config;
  if ("error" in found) {
    core.warning(logText(`ai-infra-audit: the config of ${at} could not be read (${found.error}); the gate uses the built-in defaults, not this pull request's config`));
    config = emptyConfig();
  } else if ("absent" in found) {
    config = emptyConfig();
  } else {
    const { parseConfig } = await import("./config/parse.js");
    config = parseConfig(found.text, `${found.file} at ${at}`);
  }
  core.info(`ai-infra-audit: the gate uses the config of ${at}${"text" in found ? ` (${found.file})` : " (none there: the built-in defaults)"}, not this pull request's`);
  let changes: string[];
  try {
    changes = configChanges(config, await headConfig());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    changes = [`the config is not valid: ${error.message}`];
  }
  // The pull request writes its config: a long list is cut, in the log and in the summary alike.
  for (const change of changes.slice(0, LISTED_CHANGES)) core.warning(logText(`ai-infra-audit: this pull request changes the gate's config, not applied: ${change}`));
  if (changes.length > LISTED_CHANGES) core.warning(`ai-infra-audit: this pull request changes the gate's config in ${changes.length - LISTED_CHANGES} more ways, not applied`);
  return { config, changes };
}

/**
 * The pull request's findings split against its base revision's, scanned in a worktree with the same
 * config; undefined (and a warning: every finding then gates) when the base cannot be checked out.
 */
async function compareWithBase(workspace: string, root: string, base: BaseRevision, head: Finding[], baselineInput: string, scanBase: (root: string) => Promise<ScanResult>): Promise<Comparison | undefined> {
  const checkout = checkoutBase(workspace, root, base.sha);
  if ("error" in checkout) {
    // Next best: the fingerprints a baseline file accepts; else every finding gates (never fail open).
    const baselinePath = baselineInput ? resolve(workspace, baselineInput) : undefined;
    const baseline = baselinePath === undefined ? undefined : trackedInCheckout(workspace, baselinePath) ? { error: "is a file of the pull request's own tree (it could accept its own findings); pass one from outside the checkout, such as an artifact of the default branch's run" } : readBaseline(baselinePath);
    if (baseline && "fingerprints" in baseline) {
      const comparison = compareWithBaseline(head, baseline.fingerprints);
      core.warning(logText(`ai-infra-audit: the base revision ${base.sha.slice(0, 12)} could not be scanned (${checkout.error}); findings are compared with the baseline ${baselineInput} instead: ${comparison.added.length} new, ${comparison.existing.length} in the baseline`));
      return comparison;
    }
    const why = baseline && "error" in baseline ? `, and the baseline ${baseline.error}` : "";
    core.warning(logText(`ai-infra-audit: the base revision ${base.sha.slice(0, 12)} could not be scanned (${checkout.error})${why}; every finding counts for the gate, not only new ones`));
    return undefined;
  }
  try {
    const comparison = compareFindings(head, (await scanBase(checkout.root)).findings);
    core.info(`ai-infra-audit: against the base revision ${base.sha.slice(0, 12)}: ${comparison.added.length} new, ${comparison.existing.length} already there, ${comparison.fixed.length} fixed`);
    return comparison;
  } finally {
    checkout.remove();
  }
}

/** The job summary's account of new, existing and fixed findings. */
function comparisonMarkdown(comparison: Comparison | undefined): string {
  if (!comparison) return "";
  const active = (list: Finding[]) => list.filter((f) => !f.suppressed);
  const fixed = active(comparison.fixed);
  const rows = fixed.slice(0, LISTED_CHANGES).map((f) => `- ${markdownText(`${f.ruleId} ${f.title} (${f.file}:${f.line})`)}`);
  if (fixed.length > LISTED_CHANGES) rows.push(`- and ${fixed.length - LISTED_CHANGES} more`);
  return `\n\n### Against the base revision\n\n${active(comparison.added).length} new (these gate), ${active(comparison.existing).length} already in the base (reported, not gating), ${fixed.length} fixed by this pull request.${rows.length ? `\n\nFixed:\n\n${rows.join("\n")}` : ""}\n`;
}

/** The job summary's account of what the pull request's config would change (not applied). */
function configChangesMarkdown(changes: string[]): string {
  if (changes.length === 0) return "";
  const rows = changes.slice(0, LISTED_CHANGES).map((c) => `- ${markdownText(c)}`);
  if (changes.length > LISTED_CHANGES) rows.push(`- and ${changes.length - LISTED_CHANGES} more changes`);
  return `\n\n### Changes to the gate's config in this pull request (not applied)\n\nThe gate uses the base revision's config. This pull request's config would:\n\n${rows.join("\n")}\n`;
}

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, input("path"));
    const configInput = input("config");
    const base = baseRevision(process.env);
    const { config, changes } = await gateConfig(workspace, root, configInput, base);
    const onlyNew = booleanInput("only-new");
    const baselineInput = input("baseline");
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
    const comparison = base && onlyNew ? await compareWithBase(workspace, root, base, result.findings, baselineInput, (baseRoot) => scan({ root: baseRoot, config, maxFileBytes, osv })) : undefined;
    // On a pull request compared with its base, only what it adds can fail it.
    const gated = comparison ? comparison.added : result.findings;

    const sarifFile = input("sarif-file");
    if (sarifFile) writeFileSync(resolve(workspace, sarifFile), renderSarif(result));
    const jsonFile = input("json-file");
    if (jsonFile) writeFileSync(resolve(workspace, jsonFile), renderJson(result));
    const sbomFile = input("sbom-file");
    // The CycloneDX library is loaded only when a BOM is asked for.
    if (sbomFile) writeFileSync(resolve(workspace, sbomFile), (await import("./report/cyclonedx.js")).renderCycloneDx(result));
    if (jobSummary && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderMarkdown(result, { title: "ai-infra-audit" }) + comparisonMarkdown(comparison) + configChangesMarkdown(changes)).write();
    }
    for (const notice of result.notices) core.info(logText(`${notice.file}${notice.line ? `:${notice.line}` : ""}: ${notice.message}`));
    if (booleanInput("annotations")) {
      // Paths in annotations are the repository's: the scanned directory's place in the workspace goes first.
      const prefix = relative(workspace, root).split(sep).join("/");
      // Compared with its base, a pull request's diff is annotated with what it adds.
      for (const a of annotations(comparison ? { ...result, findings: gated } : result, prefix)) {
        core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn });
      }
    }

    const failed = failsGate(gated, failOn);
    for (const severity of SEVERITIES) core.setOutput(severity, String(result.summary.bySeverity[severity]));
    core.setOutput("findings", String(result.findings.filter((f) => !f.suppressed).length));
    core.setOutput("new-findings", String(gated.filter((f) => !f.suppressed).length));
    core.setOutput("conclusion", failed ? "failure" : "success");
    if (sarifFile) core.setOutput("sarif-file", sarifFile);
    if (sbomFile) core.setOutput("sbom-file", sbomFile);
    const counts = SEVERITIES.map((s) => `${result.summary.bySeverity[s]} ${s}`).join(", ");
    core.info(`ai-infra-audit: ${counts} in ${result.summary.files} files`);
    if (failed && comparison) core.setFailed(`ai-infra-audit: new findings at or above "${failOn}" in this pull request (${gated.filter((f) => !f.suppressed).length} new; ${counts} in all)`);
    else if (failed) core.setFailed(`ai-infra-audit: findings at or above "${failOn}" (${counts})`);
  } catch (error) {
    core.setOutput("conclusion", "failure");
    core.setFailed(logText(`ai-infra-audit: ${(error as Error).message}`));
  }
}
