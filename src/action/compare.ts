// What a pull request is gated with and on: the base revision's config (a pull request cannot switch off
// its own gate), and its new findings, told apart from the base's by scanning the base revision, else by a
// baseline file, else by the files it changes; when none of these can be read, every finding counts.
import { resolve } from "node:path";
import * as core from "@actions/core";
import { CONFIG_FILES, ConfigError, emptyConfig, loadConfig, type Config } from "../config/index.js";
import type { Finding } from "../findings/types.js";
import { GitHubError, type GitHubClient } from "../github/client.js";
import { changedFiles } from "../github/pull-files.js";
import { logText } from "../report/common.js";
import type { ComparisonBasis } from "../report/gate.js";
import { markdownText } from "../report/markdown.js";
import type { ScanResult } from "../report/types.js";
import { checkoutBase, compareFindings, compareWithBaseline, compareWithChangedFiles, readBaseline, trackedInCheckout, type Comparison } from "./base-scan.js";
import type { BaseRevision } from "./event.js";
import { booleanInput } from "./inputs.js";
import { baseConfigText, configChanges } from "./trusted-config.js";

/** Config changes and fixed findings listed one by one, in the log and the job summary (which holds 1 MiB). */
const LISTED_CHANGES = 50;

/**
 * The config the gate uses. On a pull request (or a merge queue entry) it is the base revision's: a pull
 * request cannot switch off its own gate. What its own config would change is returned to be reported.
 * `trust-head-config: true` applies the pull request's config instead (for repositories whose every
 * contributor is trusted).
 */
export async function gateConfig(workspace: string, root: string, configInput: string, base: BaseRevision | undefined): Promise<{ config: Config; changes: string[] }> {
  const headConfig = () => loadConfig(root, configInput ? resolve(workspace, configInput) : undefined, configInput || undefined);
  // Read (and checked) on every run, so that a bad value fails on a push too, not first on a pull request.
  const trustHead = booleanInput("trust-head-config");
  if (!base || trustHead) return { config: await headConfig(), changes: [] };
  const at = `the base revision ${base.sha.slice(0, 12)}`;
  const found = baseConfigText(workspace, root, configInput, CONFIG_FILES, base);
  let config: Config;
  if ("error" in found) {
    core.warning(logText(`ai-infra-audit: the config of ${at} could not be read (${found.error}); the gate uses the built-in defaults, not this pull request's config`));
    config = emptyConfig();
  } else if ("absent" in found) {
    config = emptyConfig();
  } else {
    const { parseConfig } = await import("../config/parse.js");
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

export interface Split extends Comparison {
  basis: ComparisonBasis;
  /** How new findings were told apart, or why they were not: for the log, the summary and the comment. */
  note: string;
}

export interface CompareOptions {
  workspace: string;
  root: string;
  /** The scanned directory in the repository (`""` at its root). */
  prefix: string;
  base: BaseRevision;
  baselineInput: string;
  scanBase: (root: string) => Promise<ScanResult>;
  /** The pull request's changed files, through the API: the last way to tell new findings apart. */
  pullRequestFiles?: { client: GitHubClient; owner: string; repo: string; number: number };
}

/** The baseline's fingerprints, or why it cannot be used. */
function baselineFingerprints(workspace: string, baselineInput: string): { fingerprints: Set<string> } | { error: string } | undefined {
  if (!baselineInput) return undefined;
  const path = resolve(workspace, baselineInput);
  // A baseline the pull request carries could accept its own findings.
  if (trackedInCheckout(workspace, path)) return { error: "is a file of the pull request's own tree (it could accept its own findings); pass one from outside the checkout, such as an artifact of the default branch's run" };
  return readBaseline(path);
}

/** The pull request's findings split into new, existing and fixed, and how; every finding is new when nothing could be compared. */
export async function splitFindings(head: Finding[], options: CompareOptions): Promise<Split> {
  const { workspace, root, base } = options;
  const at = `the base revision ${base.sha.slice(0, 12)}`;
  const checkout = checkoutBase(workspace, root, base);
  if (!("error" in checkout)) {
    try {
      const comparison = compareFindings(head, (await options.scanBase(checkout.root)).findings);
      const note = `Compared with ${at}, scanned with the same config.`;
      core.info(`ai-infra-audit: against ${at}: ${comparison.added.length} new, ${comparison.existing.length} already there, ${comparison.fixed.length} fixed`);
      return { ...comparison, basis: "base", note };
    } finally {
      checkout.remove();
    }
  }
  const why = [`${at} could not be scanned (${checkout.error})`];
  const baseline = baselineFingerprints(workspace, options.baselineInput);
  if (baseline && "fingerprints" in baseline) {
    const comparison = compareWithBaseline(head, baseline.fingerprints);
    core.warning(logText(`ai-infra-audit: ${why[0]}; findings are compared with the baseline ${options.baselineInput} instead: ${comparison.added.length} new, ${comparison.existing.length} in the baseline`));
    return { ...comparison, basis: "baseline", note: `Compared with the baseline ${options.baselineInput}: ${why[0]}.` };
  }
  if (baseline) why.push(`the baseline ${baseline.error}`);
  const files = options.pullRequestFiles;
  if (files) {
    try {
      const changed = await changedFiles(files.client, files.owner, files.repo, files.number);
      if (changed) {
        const comparison = compareWithChangedFiles(head, changed, options.prefix);
        core.warning(logText(`ai-infra-audit: ${why.join(", and ")}; findings in the ${changed.size} files this pull request changes count as new: ${comparison.added.length} new, ${comparison.existing.length} elsewhere`));
        return { ...comparison, basis: "changed-files", note: `Findings in the files this pull request changes count as new: ${why.join(", and ")}.` };
      }
      why.push("the pull request changes more files than the API lists");
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      why.push(`its changed files could not be listed (${error.message})`);
    }
  }
  core.warning(logText(`ai-infra-audit: ${why.join(", and ")}; every finding counts for the gate, not only new ones`));
  return { added: head, existing: [], fixed: [], basis: "none", note: `Every finding counts: ${why.join(", and ")}.` };
}

/** The job summary's account of new, existing and fixed findings. */
export function comparisonMarkdown(split: Split | undefined): string {
  if (!split) return "";
  const active = (list: Finding[]) => list.filter((f) => !f.suppressed);
  const fixed = active(split.fixed);
  const rows = fixed.slice(0, LISTED_CHANGES).map((f) => `- ${markdownText(`${f.ruleId} ${f.title} (${f.file}:${f.line})`)}`);
  if (fixed.length > LISTED_CHANGES) rows.push(`- and ${fixed.length - LISTED_CHANGES} more`);
  const counts = split.basis === "none" ? "Every finding counts for the gate." : `${active(split.added).length} new (these gate), ${active(split.existing).length} already in the base (reported, not gating), ${fixed.length} fixed by this pull request.`;
  return `\n\n### Against the base revision\n\n${counts} ${markdownText(split.note)}${rows.length ? `\n\nFixed:\n\n${rows.join("\n")}` : ""}\n`;
}

/** The job summary's account of what the pull request's config would change (not applied). */
export function configChangesMarkdown(changes: string[]): string {
  if (changes.length === 0) return "";
  const rows = changes.slice(0, LISTED_CHANGES).map((c) => `- ${markdownText(c)}`);
  if (changes.length > LISTED_CHANGES) rows.push(`- and ${changes.length - LISTED_CHANGES} more changes`);
  return `\n\n### Changes to the gate's config in this pull request (not applied)\n\nThe gate uses the base revision's config. This pull request's config would:\n\n${rows.join("\n")}\n`;
}
