// Compose `env_file:`: a file in the tree adds its variables to the service (before `environment:`,
// which wins); a file that is not in the tree is set at deploy time, so any variable may come from it.
import type { ReferencedFiles, Workload } from "./types.js";

export function applyEnvFiles(workloads: Workload[], files: ReferencedFiles): void {
  for (const workload of workloads) {
    // In file order, so that a later file wins as in compose; `environment:` wins over all of them.
    const fromFiles: Workload["env"] = [];
    // A file listed twice counts once, at its last place.
    const listed = workload.envFiles ?? [];
    const lastAt = new Map(listed.map((f, k) => [f.path, k]));
    for (const envFile of listed.filter((f, k) => lastAt.get(f.path) === k)) {
      const vars = /^(\.\.\/|[/~])/.test(envFile.path) ? undefined : files.envFile(envFile.path);
      if (vars === undefined) workload.envFromOutside ??= envFile;
      else fromFiles.push(...vars);
    }
    // A name set again by a later file replaces the earlier value: only the last one is kept.
    const last = new Map(fromFiles.map((e, k) => [e.name, k]));
    workload.env = [...fromFiles.filter((e, k) => last.get(e.name) === k), ...workload.env];
  }
}
