// Compose `env_file:`: a file in the tree adds its variables to the service (before `environment:`,
// which wins); a file that is not in the tree is set at deploy time, so any variable may come from it.
import { parseEnvFile } from "../parsers/env-file.js";
import type { Workload } from "./types.js";

/** Reads a file of the tree by its relative path; undefined when it is not there (or not readable). */
export type ReadTreeFile = (path: string) => string | undefined;

export function applyEnvFiles(workloads: Workload[], read: ReadTreeFile): void {
  // Each file is read and parsed once, however many services list it (and however many times).
  const parsed = new Map<string, ReturnType<typeof parseEnvFile> | undefined>();
  const parse = (path: string) => {
    if (!parsed.has(path)) {
      const text = read(path);
      parsed.set(path, text === undefined ? undefined : parseEnvFile(text));
    }
    return parsed.get(path);
  };
  for (const workload of workloads) {
    // In file order, so that a later file wins as in compose; `environment:` wins over all of them.
    const fromFiles: Workload["env"] = [];
    // A file listed twice counts once, at its last place.
    const files = workload.envFiles ?? [];
    const lastAt = new Map(files.map((f, k) => [f.path, k]));
    for (const envFile of files.filter((f, k) => lastAt.get(f.path) === k)) {
      const entries = /^(\.\.\/|[/~])/.test(envFile.path) ? undefined : parse(envFile.path);
      if (entries === undefined) {
        workload.envFromOutside ??= envFile;
        continue;
      }
      for (const e of entries) fromFiles.push({ name: e.name, value: e.value, source: "literal" as const, pos: { file: envFile.path, line: e.line } });
    }
    // A name set again by a later file replaces the earlier value: only the last one is kept.
    const last = new Map(fromFiles.map((e, k) => [e.name, k]));
    workload.env = [...fromFiles.filter((e, k) => last.get(e.name) === k), ...workload.env];
  }
}
