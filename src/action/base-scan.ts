// New versus existing on a pull request: the base revision is checked out beside the workspace (a git
// worktree) and scanned with the same config, and the pull request's findings are split by fingerprint
// into new ones, ones the base already had, and the base's ones the pull request fixes.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { runGit } from "../discover/git.js";
import type { Finding } from "../findings/types.js";
import type { BaseRevision } from "./event.js";
import { ensureCommit } from "./trusted-config.js";

export interface BaseCheckout {
  /** Where the scanned directory is in the base checkout. */
  root: string;
  remove(): void;
}

/** The base revision checked out in a temporary worktree, or why it could not be. */
export function checkoutBase(workspace: string, root: string, base: BaseRevision): BaseCheckout | { error: string } {
  const { sha } = base;
  if (!ensureCommit(workspace, base)) return { error: `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched` };
  const dir = mkdtempSync(join(tmpdir(), "ai-infra-audit-base-"));
  const added = runGit(workspace, ["worktree", "add", "--detach", "--force", dir, sha]);
  if (added?.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { error: `git worktree add failed: ${(added?.stderr ?? "no git found").trim().split("\n")[0]}` };
  }
  return {
    root: join(dir, relative(workspace, root)),
    remove() {
      runGit(workspace, ["worktree", "remove", "--force", dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The fingerprints a baseline file accepts: a JSON report of this tool (`findings[].fingerprint`), or one
 * fingerprint per line (`#` comments allowed). Undefined with a reason when it cannot be read.
 */
export function readBaseline(path: string): { fingerprints: Set<string> } | { error: string } {
  let text: string;
  try {
    if (statSync(path).size > MAX_BASELINE_BYTES) return { error: `${path} is larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MiB` };
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { error: `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (text.trimStart().startsWith("{")) {
    try {
      const report = JSON.parse(text) as { findings?: { fingerprint?: unknown }[] };
      return { fingerprints: new Set((report.findings ?? []).map((f) => f.fingerprint).filter((f): f is string => typeof f === "string")) };
    } catch {
      return { error: `${path} is not valid JSON` };
    }
  }
  return { fingerprints: new Set(text.split(/\r?\n/).map((line) => line.replace(/#.*/, "").trim()).filter(Boolean)) };
}

/**
 * Whether `path` is a file the repository tracks: on a pull request its content is the pull request's,
 * which could list its own new findings as accepted. A baseline must come from outside (an artifact of the
 * default branch's run).
 */
export function trackedInCheckout(workspace: string, path: string): boolean {
  return runGit(workspace, ["ls-files", "--error-unmatch", "--", relative(workspace, path)])?.status === 0;
}

/** A baseline is a list of fingerprints; a larger file is not one. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** The findings split against a baseline's accepted fingerprints (nothing is known to be fixed). */
export function compareWithBaseline(head: Finding[], accepted: Set<string>): Comparison {
  return { added: head.filter((f) => !accepted.has(f.fingerprint)), existing: head.filter((f) => accepted.has(f.fingerprint)), fixed: [] };
}

export interface Comparison {
  /** In the pull request, not in the base. */
  added: Finding[];
  /** In both. */
  existing: Finding[];
  /** In the base, gone in the pull request. */
  fixed: Finding[];
}

/** The pull request's findings against the base's, by fingerprint (rule, file and subject: never the line). */
export function compareFindings(head: Finding[], base: Finding[]): Comparison {
  const before = new Set(base.map((f) => f.fingerprint));
  const after = new Set(head.map((f) => f.fingerprint));
  return {
    added: head.filter((f) => !before.has(f.fingerprint)),
    existing: head.filter((f) => before.has(f.fingerprint)),
    fixed: base.filter((f) => !after.has(f.fingerprint)),
  };
}

/**
 * The findings split by the pull request's changed files (repository paths; `prefix` is the scanned
 * directory's): a finding in a changed file counts as new, even one the base may have had, so that the
 * gate errs on the side of failing. Nothing is known to be fixed.
 */
export function compareWithChangedFiles(head: Finding[], changed: Set<string>, prefix: string): Comparison {
  const isChanged = (f: Finding) => changed.has(prefix ? `${prefix}/${f.file}` : f.file);
  return { added: head.filter(isChanged), existing: head.filter((f) => !isChanged(f)), fixed: [] };
}
