// Compose `env_file:`: a file in the tree adds its variables to the service (before `environment:`,
// which wins); a file that is not in the tree is set at deploy time, so any variable may come from it.
import { parseEnvFile } from "../parsers/env-file.js";
import type { Workload } from "./types.js";

/** Reads a file of the tree by its relative path; undefined when it is not there (or not readable). */
export type ReadTreeFile = (path: string) => string | undefined;

export function applyEnvFiles(workloads: Workload[], read: ReadTreeFile): void {
  for (const workload of workloads) {
    // In file order, so that a later file wins as in compose; `environment:` wins over all of them.
    const fromFiles: Workload["env"] = [];
    for (const envFile of workload.envFiles ?? []) {
      const text = /^(\.\.\/|[/~])/.test(envFile.path) ? undefined : read(envFile.path);
      if (text === undefined) {
        workload.envFromOutside ??= envFile;
        continue;
      }
      fromFiles.push(...parseEnvFile(text).map((e) => ({ name: e.name, value: e.value, source: "literal" as const, pos: { file: envFile.path, line: e.line } })));
    }
    workload.env = [...fromFiles, ...workload.env];
  }
}
