// Which AI products are reachable from the network, through what, and what their authentication
// looks like. Grouped by the line that opens the door, so a compose anchor merged into three services
// is one finding, not three.
import { authState, exposesProduct, type AuthState } from "./match.js";
import type { ProductDef } from "../catalog/types.js";
import type { Exposure, Workload } from "../model/types.js";

export interface ExposedProduct {
  product: ProductDef;
  exposure: Exposure;
  workloads: Workload[];
  auth: AuthState;
}

export function findExposedProducts(workloads: Workload[], facts: (w: Workload) => { product?: ProductDef; listensBeyondLoopback: boolean; auth?: AuthState }): ExposedProduct[] {
  const groups = new Map<string, ExposedProduct>();
  for (const workload of workloads) {
    const { product, listensBeyondLoopback, auth: workloadAuth } = facts(workload);
    if (!product || !workloadAuth || workload.initOnly || !listensBeyondLoopback) continue;
    for (const exposure of workload.exposures) {
      if (exposure.reach !== "network" || !exposesProduct(product, exposure.containerPorts)) continue;
      // A setting that protects only some ports (client certificates on the REST port) counts only for an exposure of those.
      const auth = authState(product, workload, exposure.containerPorts);
      const key = `${exposure.pos.file}:${exposure.pos.line}:${product.id}:${auth.state}`;
      const group = groups.get(key);
      if (group) group.workloads.push(workload);
      else groups.set(key, { product, exposure, workloads: [workload], auth });
    }
  }
  return [...groups.values()];
}

/**
 * Authentication switched off by a setting written elsewhere than the published port: two facts on
 * two lines with two fixes, so AIA101 reports the setting and AIA102 the exposure.
 */
export function authDisabledElsewhere(group: ExposedProduct): boolean {
  const hit = group.auth.state === "off" ? group.auth.disabledBy : undefined;
  return hit !== undefined && (hit.pos.file !== group.exposure.pos.file || hit.pos.line !== group.exposure.pos.line);
}

/** `line 12`, or `line 3 of .env` when the setting stands in another file than the finding. */
export function lineRef(pos: { file: string; line: number }, findingFile: string): string {
  return pos.file === findingFile ? `line ${pos.line}` : `line ${pos.line} of ${pos.file}`;
}

export function workloadNames(workloads: Workload[]): string {
  const names = [...new Set(workloads.map((w) => w.name))];
  const noun = workloads[0].platform.noun;
  return `${names.length > 1 ? `${noun}s` : noun} ${names.join(", ")}`;
}

export function imageLabel(workload: Workload): string {
  // An image inherited from the Dockerfile a compose service builds is that Dockerfile's base, not the service's image.
  if (workload.buildDockerfile && workload.image?.origin === "build") return ` (built from ${workload.buildDockerfile})`;
  return workload.image ? ` (${workload.image.raw})` : "";
}

export function logicalPathOf(group: ExposedProduct): string {
  const ids = [...new Set(group.workloads.map((w) => w.id))].sort();
  return `${ids.join("+")}/exposure/${group.exposure.ruleId ?? group.exposure.via}`;
}
