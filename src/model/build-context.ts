// A compose service built from a Dockerfile in the tree runs that Dockerfile's ENTRYPOINT, CMD and
// ENV unless the service overrides them: the service inherits them, so the product it runs and the
// flags it starts with (`webui.py --listen` in a CMD) are judged on what really runs. Without an
// `image:` of its own, the service is also known by the image its Dockerfile builds FROM. A
// `build.target` builds that named stage instead of the final one, so the stage's config is inherited.
import type { BuildStage, Located, Workload } from "./types.js";

/** A value the service takes over from the Dockerfile: written there, not in the service. */
function fromBuild<T extends { origin?: Located<unknown>["origin"] }>(value: T): T {
  return { ...value, origin: value.origin ?? "build" };
}

type Built = Pick<BuildStage, "argv" | "env" | "containerPorts" | "image"> & { entrypointCount?: number };

export function applyBuildContexts(workloads: Workload[], stages: BuildStage[]): void {
  const finalStages = new Map<string, Built>(workloads.filter((w) => w.kind === "dockerfile-stage").map((w) => [w.file, w]));
  const namedStages = new Map<string, Built>(stages.map((s) => [`${s.file}\0${s.name}`, s]));
  for (const service of workloads) {
    if (service.kind !== "compose-service" || !service.buildDockerfile) continue;
    const stage = service.buildTarget !== undefined ? namedStages.get(`${service.buildDockerfile}\0${service.buildTarget}`) : finalStages.get(service.buildDockerfile);
    if (!stage) continue;
    const stageArgv = stage.argv.map(fromBuild);
    const stageEntrypoint = stageArgv.slice(0, stage.entrypointCount ?? 0);
    // No entrypoint/command of its own: the image's; only a command: the image's ENTRYPOINT, then that command.
    if (service.entrypointCount === undefined) service.argv = stageArgv;
    else if (service.entrypointCount === 0) service.argv = [...stageEntrypoint, ...service.argv];
    if (!service.image && stage.image) service.image = fromBuild(stage.image);
    const own = new Set(service.env.map((e) => e.name));
    service.env = [...stage.env.filter((e) => !own.has(e.name)).map(fromBuild), ...service.env];
    const ports = new Set(service.containerPorts.map((p) => p.value));
    service.containerPorts.push(...stage.containerPorts.filter((p) => !ports.has(p.value)).map(fromBuild));
  }
}
