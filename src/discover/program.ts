// Finds a program (git) by PATH without ever picking one from the scanned tree. On Windows, the program
// search of CreateProcess looks in the current directory first, so spawning `git` with the scanned root as
// the working directory would run a `git.exe` committed in the repository. So: only absolute PATH entries
// outside the root are searched, the program is spawned by its absolute path, and its working directory is
// the program's own folder (never the tree; git is pointed at the tree with `-C`).
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { join, posix, win32 } from "node:path";
import { isInside } from "./inside.js";

export interface ProgramSearch {
  /** Defaults to the process's. */
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** The absolute path of `name` (`git`), or undefined when PATH holds none outside `root`. */
export function resolveProgram(name: string, root: string, search: ProgramSearch = {}): string | undefined {
  const platform = search.platform ?? process.platform;
  const env = search.env ?? process.env;
  const windows = platform === "win32";
  // The platform's rules decide what is absolute; the host's path functions do the file system work.
  const path = windows ? win32 : posix;
  const pathVar = windows ? (Object.entries(env).find(([k]) => k.toUpperCase() === "PATH")?.[1] ?? "") : (env.PATH ?? "");
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return undefined;
  }
  // Only `.exe` on Windows: `.bat` and `.cmd` files need a shell, which is never used.
  const fileName = windows ? `${name}.exe` : name;
  for (const entry of pathVar.split(windows ? ";" : ":")) {
    const dir = entry.trim().replace(/^"(.*)"$/, "$1");
    // `""`, `.` and relative entries mean the current directory, which is where the tree would be.
    if (!dir || !path.isAbsolute(dir)) continue;
    let realDir: string;
    try {
      realDir = realpathSync(dir);
    } catch {
      continue;
    }
    if (isInside(realDir, realRoot)) continue;
    const candidate = join(realDir, fileName);
    try {
      const real = realpathSync(candidate);
      if (isInside(real, realRoot) || !statSync(real).isFile()) continue;
      if (!windows) accessSync(real, constants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return undefined;
}
