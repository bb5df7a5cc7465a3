// Compose interpolation from the project's `.env`: docker compose reads the `.env` file of the project
// directory (the folder of the compose file, unless --project-directory says otherwise) and substitutes
// its values into `${VAR}` references; a value there wins over a `${VAR:-default}`, the shell's
// environment wins over both.
// https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/
// Only a `.env` in the repository's file list counts: a git-ignored one is the deployer's, not the
// repository's. A value taken from it has origin `env-file` and the `.env` line as its position; where
// the compose file names it is kept in `interpolatedAt`.
import { posix } from "node:path";
import { interpolate } from "../parsers/interpolate.js";
import type { EnvVar, Located, ReferencedFiles, SourcePos, Workload } from "./types.js";

export function applyProjectEnv(workloads: Workload[], files: ReferencedFiles): void {
  const envs = new Map<string, Map<string, EnvVar> | undefined>();
  for (const workload of workloads) {
    if (workload.kind !== "compose-service") continue;
    const path = posix.join(posix.dirname(workload.file), ".env");
    if (!envs.has(path)) {
      // A later line wins; a value that refers to other variables is left to whoever deploys.
      const vars = files.envFile(path)?.filter((v) => v.value !== undefined && !v.value.includes("$"));
      envs.set(path, vars && new Map(vars.map((v) => [v.name, v])));
    }
    const vars = envs.get(path);
    if (!vars) continue;
    const resolve = <T extends Located<string> | EnvVar>(item: T): T => {
      if (item.template === undefined || (item.origin !== undefined && item.origin !== "own")) return item;
      const result = interpolate(item.template, (name) => vars.get(name)?.value);
      const first = result.used[0];
      if (first === undefined) return item;
      const from = vars.get(first) as EnvVar;
      const moved: Partial<EnvVar> = { value: result.value, origin: "env-file", pos: from.pos as SourcePos, interpolatedAt: item.pos, variable: first };
      return "name" in item ? { ...item, ...moved, source: result.source === "literal" ? "variable-default" : result.source } : { ...item, ...moved };
    };
    workload.env = workload.env.map(resolve);
    workload.argv = workload.argv.map(resolve);
  }
}
