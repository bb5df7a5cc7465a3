// Compose merges the files it is given (`-f compose.yaml -f compose.gpu.yaml`, or compose.override.yaml
// automatically): a service declared again in another compose file of the same folder, without an image
// of its own, runs the image, environment and command of its first declaration.
import { posix } from "node:path";
import type { Workload } from "./types.js";

export function mergeComposeOverrides(workloads: Workload[]): void {
  const services = workloads.filter((w) => w.kind === "compose-service");
  for (const override of services) {
    if (override.image || override.buildDockerfile) continue;
    const dir = posix.dirname(override.file);
    const base = services.find((w) => w !== override && w.name === override.name && w.image && posix.dirname(w.file) === dir);
    if (!base?.image) continue;
    override.image = base.image;
    const own = new Set(override.env.map((e) => e.name));
    override.env = [...base.env.filter((e) => !own.has(e.name)), ...override.env];
    if (override.entrypointCount === undefined) override.argv = base.argv;
    override.envFromOutside ??= base.envFromOutside;
  }
}
