// Compose merges the files it is given (`-f compose.yaml -f compose.gpu.yaml`, or compose.override.yaml
// automatically) by service name. A service declared again in another compose file of the same folder
// without an image or build of its own only adds to the declaration that has one: the two are one
// service, judged with everything both files set (ports from one, environment from the other).
// https://docs.docker.com/reference/compose-file/merge/
import { posix } from "node:path";
import type { Workload } from "./types.js";
import { groupBy } from "./group.js";

/** Returns the workloads with each adding declaration merged into the one it adds to. */
export function mergeComposeOverrides(workloads: Workload[]): Workload[] {
  const declarations = groupBy(
    workloads.filter((w) => w.kind === "compose-service"),
    (w) => `${posix.dirname(w.file)}\0${w.name}`,
  );
  const absorbed = new Set<Workload>();
  for (const group of declarations.values()) {
    const base = group.find((w) => w.image || w.buildDockerfile);
    if (!base) continue;
    for (const addition of group) {
      if (addition === base || addition.image || addition.buildDockerfile) continue;
      mergeInto(base, addition);
      absorbed.add(addition);
    }
  }
  return absorbed.size ? workloads.filter((w) => !absorbed.has(w)) : workloads;
}

/** Compose's merge rules: mappings merge key by key (the later file wins), sequences of ports and volumes add up. */
function mergeInto(base: Workload, addition: Workload): void {
  const added = new Set(addition.env.map((e) => e.name));
  base.env = [...base.env.filter((e) => !added.has(e.name)), ...addition.env];
  if (addition.entrypointCount !== undefined) {
    base.argv = addition.entrypointCount === 0 ? [...base.argv.slice(0, base.entrypointCount ?? 0), ...addition.argv] : addition.argv;
    base.entrypointCount = addition.entrypointCount === 0 ? (base.entrypointCount ?? 0) : addition.entrypointCount;
  }
  base.containerPorts.push(...addition.containerPorts);
  base.exposures.push(...addition.exposures);
  base.volumes.push(...addition.volumes);
  base.envFromOutside ??= addition.envFromOutside;
  const sec = addition.security;
  base.security = {
    ...base.security,
    ...Object.fromEntries(Object.entries(sec).filter(([, v]) => v !== undefined && !Array.isArray(v))),
    capAdd: [...base.security.capAdd, ...sec.capAdd],
    capDrop: [...base.security.capDrop, ...sec.capDrop],
    unconfined: [...base.security.unconfined, ...sec.unconfined],
  };
  base.gpu ||= addition.gpu;
}
