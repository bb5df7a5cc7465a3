// Compose `env_file:`: a file in the tree adds its variables to the service (before `environment:`,
// which wins); a file that is not in the tree is set at deploy time, so any variable may come from it.
import type { ReferencedFiles, Workload } from "./types.js";

export function applyEnvFiles(workloads: Workload[], files: ReferencedFiles): void {
  for (const workload of workloads) {
    // In file order, so that a later file wins as in compose; `environment:` wins over all of them.
    const fromFiles: Workload["env"] = [];
    for (const envFile of workload.envFiles ?? []) {
      const vars = /^(\.\.\/|[/~])/.test(envFile.path) ? undefined : files.envFile(envFile.path);
      if (vars === undefined) workload.envFromOutside ??= envFile;
      else fromFiles.push(...vars);
    }
    workload.env = [...fromFiles, ...workload.env];
  }
}
