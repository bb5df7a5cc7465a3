// Runs git on the scanned tree safely: the git found by PATH outside the tree (program.ts), from its own
// folder, pointed at the tree with `-C`, with the repository's fsmonitor hook switched off and no prompts,
// so nothing the repository holds runs.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { dirname } from "node:path";
import { resolveProgram } from "./program.js";

const GIT_SAFE = ["-c", "core.fsmonitor=false"];
const GIT_ENV = { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" };

/** git's result, or undefined when no git is found outside `root`. `timeoutMs` bounds a command that talks to a remote. */
export function runGit(root: string, args: string[], options: { maxBuffer?: number; timeoutMs?: number; env?: Record<string, string> } = {}): SpawnSyncReturns<string> | undefined {
  const git = resolveProgram("git", root);
  if (!git) return undefined;
  return spawnSync(git, ["-C", root, ...GIT_SAFE, ...args], { cwd: dirname(git), env: options.env ? { ...GIT_ENV, ...options.env } : GIT_ENV, encoding: "utf8", maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024, timeout: options.timeoutMs });
}
