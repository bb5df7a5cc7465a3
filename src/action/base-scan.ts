// New versus existing on a pull request: the base revision is checked out beside the workspace (a git
// worktree) and scanned with the same config, and the pull request's findings are split by fingerprint
// into new ones, ones the base already had, and the base's ones the pull request fixes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { runGit } from "../discover/git.js";
import type { Finding } from "../findings/types.js";
import { ensureCommit } from "./trusted-config.js";

export interface BaseCheckout {
  /** Where the scanned directory is in the base checkout. */
  root: string;
  remove(): void;
}

/** The base revision checked out in a temporary worktree, or why it could not be. */
export function checkoutBase(workspace: string, root: string, sha: string): BaseCheckout | { error: string } {
  if (!ensureCommit(workspace, sha)) return { error: `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched` };
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
