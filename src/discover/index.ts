// Lists the infrastructure files under the scan root: `git ls-files` inside a git work tree (so
// .gitignore is honoured and untracked files are still seen), else a directory walk. Links are never
// followed out of the root, and a directory is never entered twice (symlink loops).
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { join } from "node:path";
import type { FileFormat, Notice } from "../model/types.js";
import { isInside } from "./inside.js";
import { runGit } from "./git.js";

export interface Candidate {
  /** Relative to the root, `/`-separated. */
  path: string;
  absPath: string;
  /** The reader that claimed it by name, or the readers whose content test decides. */
  claim: Claim;
  /** The real path of the scanned root: readers open files through it (discover/read.ts). */
  root: string;
  /** Set for a file under the `templates/` folder of a Helm chart (a `Chart.yaml` in a parent folder): the chart's folder. */
  helmChart?: string;
}

/** How a file was claimed: by its name for one format, or for some formats to look at its content. */
export type Claim = { format: FileFormat } | { sniff: FileFormat[] };

export interface DiscoverOptions {
  /** Which format a path is, by its name (the readers' registry): undefined means nothing to scan. */
  claim: (path: string) => Claim | undefined;
  /** Paths (relative, `/`-separated) that the config excludes. */
  isIgnored: (path: string) => boolean;
}

/** Trees that hold other people's code, never the project's own deployment. */
const SKIPPED_DIRS = new Set(["node_modules", ".git", "vendor", "third_party", "bower_components", ".venv", "venv", ".tox", "__pycache__", ".terraform", ".hg", ".svn"]);

/** `listed`: every file of the tree by relative path (not only candidates), for files other files name (env files). */
export function discover(root: string, options: DiscoverOptions): { candidates: Candidate[]; listed: Set<string>; notices: Notice[] } {
  const realRoot = realpathSync(root);
  const notices: Notice[] = [];
  // The walk knows which paths are regular files (no link to vet); git's list is checked path by path.
  const fromGit = gitFiles(realRoot);
  const walked = fromGit ? undefined : walk(realRoot, notices);
  const listed = fromGit ?? walked?.paths ?? [];
  const regular = walked?.regular ?? new Set<string>();
  const candidates: Candidate[] = [];
  const charts = new Set(listed.flatMap((path) => (/(^|\/)Chart\.ya?ml$/.test(path) ? [path.slice(0, path.lastIndexOf("/") + 1)] : [])));
  for (const path of listed) {
    if (path.split("/").some((part) => SKIPPED_DIRS.has(part)) || options.isIgnored(path)) continue;
    const claim = options.claim(path);
    if (!claim) continue;
    const absPath = join(realRoot, ...path.split("/"));
    if (!regular.has(path) && !statInsideRoot(absPath, realRoot, path, notices)?.isFile()) continue;
    const helmChart = chartOf(path, charts);
    candidates.push({ path, absPath, claim, root: realRoot, ...(helmChart !== undefined && { helmChart }) });
  }
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { candidates, listed: new Set(listed), notices };
}

/** Follows a link only when its target stays inside the root. */
function statInsideRoot(absPath: string, realRoot: string, path: string, notices: Notice[]): Stats | undefined {
  let link: Stats;
  try {
    link = lstatSync(absPath);
  } catch {
    return undefined; // listed by git but deleted in the work tree
  }
  if (!link.isSymbolicLink()) return link;
  try {
    const target = realpathSync(absPath);
    if (!isInside(target, realRoot)) {
      notices.push({ file: path, kind: "skipped", message: "symbolic link points outside the scanned directory; not followed" });
      return undefined;
    }
    return statSync(target);
  } catch {
    notices.push({ file: path, kind: "skipped", message: "broken or looping symbolic link; not followed" });
    return undefined;
  }
}

/** The chart folder (`deploy/chart/`, or `` for the root) whose `templates/` holds `path`, if any. */
function chartOf(path: string, charts: Set<string>): string | undefined {
  for (let at = path.indexOf("templates/"); at >= 0; at = path.indexOf("templates/", at + 1)) {
    if (at > 0 && path[at - 1] !== "/") continue;
    if (charts.has(path.slice(0, at))) return path.slice(0, at);
  }
  return undefined;
}

/**
 * The scanned repository's own .git/config must not run anything: core.fsmonitor names a program that
 * `git ls-files` would start. Command-line settings win over the repository's.
 */

/**
 * Tracked and untracked-but-not-ignored files, or undefined when the root is not in a git work tree (or
 * no git is found outside it). git is run by its absolute path, from its own folder, on the tree with `-C`.
 */
function gitFiles(root: string): string[] | undefined {
  const inside = runGit(root, ["rev-parse", "--is-inside-work-tree"]);
  if (inside?.status !== 0 || inside.stdout.trim() !== "true") return undefined;
  const listed = runGit(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { maxBuffer: 512 * 1024 * 1024 });
  if (listed?.status !== 0) return undefined;
  return [...new Set(listed.stdout.split("\0").filter(Boolean))];
}

/** Every file below the root, and which of them are regular files found without a link (their type is known). */
function walk(root: string, notices: Notice[]): { paths: string[]; regular: Set<string> } {
  const out: string[] = [];
  const regular = new Set<string>();
  const visited = new Set<string>();
  const visit = (dir: string, rel: string): void => {
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch {
      return;
    }
    if (visited.has(real)) {
      notices.push({ file: rel || ".", kind: "skipped", message: "directory already visited through a symbolic link (loop); not entered again" });
      return;
    }
    visited.add(real);
    let entries: Dirent[];
    try {
      // With their types: no lstat per entry, only per link.
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      notices.push({ file: rel || ".", kind: "skipped", message: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? "error"}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      if (SKIPPED_DIRS.has(name)) continue;
      const abs = join(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          notices.push({ file: path, kind: "skipped", message: "broken or looping symbolic link; not followed" });
          continue;
        }
        if (!isInside(target, root)) {
          notices.push({ file: path, kind: "skipped", message: "symbolic link points outside the scanned directory; not followed" });
          continue;
        }
        if (statSync(target).isDirectory()) visit(abs, path);
        else out.push(path);
      } else if (entry.isDirectory()) {
        visit(abs, path);
      } else if (entry.isFile()) {
        out.push(path);
        regular.add(path);
      }
    }
  };
  visit(root, "");
  return { paths: out, regular };
}
