// Bounds on what linking Services and Ingresses may add: thousands of Services selecting the same
// thousands of workloads would give millions of exposures that the rules then judge one by one.

/** Exposures one workload collects through Services and Ingresses before only those that add something are kept. */
export const MAX_LINKED_EXPOSURES = 16;

interface LinkedExposure {
  containerPorts: number[];
  authenticatedProxy: boolean;
  reach: string;
}

const linked = new WeakMap<object, { count: number; openPorts: Set<number>; openAny: boolean }>();

/**
 * Adds an exposure found by linking a Service or an Ingress. Past MAX_LINKED_EXPOSURES for a workload,
 * an exposure is kept only when it adds what a judgement could turn on: a port (or every port) reachable
 * from the network without an authenticating proxy that was not yet. So padding with harmless or private
 * Services never hides the one that matters.
 */
export function addLinkedExposure<E extends LinkedExposure>(workload: { exposures: E[] }, exposure: E): void {
  let seen = linked.get(workload);
  if (!seen) linked.set(workload, (seen = { count: 0, openPorts: new Set(), openAny: false }));
  const open = !exposure.authenticatedProxy && exposure.reach === "network";
  const adds = open && (exposure.containerPorts.length === 0 ? !seen.openAny : exposure.containerPorts.some((p) => !seen.openPorts.has(p)));
  if (seen.count >= MAX_LINKED_EXPOSURES && !adds) return;
  seen.count++;
  if (open) {
    if (exposure.containerPorts.length === 0) seen.openAny = true;
    for (const p of exposure.containerPorts) seen.openPorts.add(p);
  }
  workload.exposures.push(exposure);
}

/**
 * Whether a Service is the same as MAX_LINKED_EXPOSURES before it (file, namespace, selector, ports, type):
 * its exposures would add nothing (see addLinkedExposure), and linking it would still cost a pass over
 * every workload it selects.
 */
export function repeatedServices(): (svc: { file: string; namespace: string; selector: Record<string, string>; ports: { port?: number; targetPort?: number | string }[]; type: string; externalIps?: unknown; internal?: unknown }) => boolean {
  const counts = new Map<string, number>();
  return (svc) => {
    // The file too: which workloads a Service reaches prefers those nearest to it.
    const key = JSON.stringify([svc.file, svc.namespace, svc.selector, svc.ports.map((p) => [p.port, p.targetPort]), svc.type, svc.externalIps ?? null, svc.internal ? 1 : 0]);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n > MAX_LINKED_EXPOSURES;
  };
}
