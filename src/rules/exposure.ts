// Shared by the exposure rules: which AI products are reachable from the network, through what,
// and what their authentication looks like. Grouped by the line that opens the door, so a compose
// anchor merged into three services is one finding, not three.
import { authState, exposesProduct, listensOnAllInterfaces, productById, type AuthState } from "../catalog/match.js";
import type { Catalog, ProductDef } from "../catalog/types.js";
import type { Exposure, Model, Workload } from "../model/types.js";

export interface ExposedProduct {
  product: ProductDef;
  exposure: Exposure;
  workloads: Workload[];
  auth: AuthState;
}

export function exposedProducts(model: Model, catalog: Catalog): ExposedProduct[] {
  const groups = new Map<string, ExposedProduct>();
  for (const workload of model.workloads) {
    const product = productById(catalog, workload.product?.productId);
    if (!product || workload.initOnly) continue;
    if (!listensOnAllInterfaces(product, workload)) continue;
    for (const exposure of workload.exposures) {
      if (exposure.reach !== "network" || !exposesProduct(product, exposure.containerPorts)) continue;
      const auth = authState(product, workload);
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
  const kind = workloads[0].kind === "compose-service" ? (names.length > 1 ? "services" : "service") : names.length > 1 ? "containers" : "container";
  return `${kind} ${names.join(", ")}`;
}

export function imageLabel(workload: Workload): string {
  // An image inherited from the Dockerfile a compose service builds is that Dockerfile's base, not the service's image.
  if (workload.buildDockerfile && workload.image && workload.image.pos.file !== workload.file) return ` (built from ${workload.buildDockerfile})`;
  return workload.image ? ` (${workload.image.raw})` : "";
}

/** How to close the door, by the way it was opened. */
export function closeExposureFix(exposure: Exposure): string {
  switch (exposure.via) {
    case "compose-ports":
      return 'Publish the port on loopback only ("127.0.0.1:HOST:CONTAINER"), or drop `ports:` and reach it over the compose network; if it must be reachable, put an authenticating reverse proxy in front.';
    case "compose-reverse-proxy":
      return "Add an authenticating middleware to the Traefik router (basicAuth, or forwardAuth to your SSO), or remove the router labels.";
    case "compose-host-network":
      return "Remove `network_mode: host` and publish only the ports you need, on 127.0.0.1.";
    case "k8s-host-network":
    case "k8s-host-port":
      return "Remove hostNetwork/hostPort and reach it through a ClusterIP Service.";
    case "k8s-ingress":
      return "Require authentication in front of the route (oauth2-proxy through nginx.ingress.kubernetes.io/auth-url on an Ingress, or the Gateway implementation's auth policy) or remove the route.";
    default:
      return "Use a ClusterIP Service and reach it through an authenticated Ingress or kubectl port-forward; at least restrict loadBalancerSourceRanges.";
  }
}

export function logicalPathOf(group: ExposedProduct): string {
  const ids = [...new Set(group.workloads.map((w) => w.id))].sort();
  return `${ids.join("+")}/exposure/${group.exposure.ruleId ?? group.exposure.via}`;
}
