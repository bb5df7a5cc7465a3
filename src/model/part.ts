import type { ModelPart } from "./types.js";

export function emptyPart(): ModelPart {
  return { workloads: [], components: [], services: [], routes: [], kustomizations: [], patchFiles: [], secretValues: [], configMaps: [], portNames: new Map(), buildStages: [], firewallRules: [], helmReleases: [], managedEndpoints: [], gpuInstances: [] };
}
