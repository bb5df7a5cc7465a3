// Workloads by label, so that a Service finds the workloads its selector names without testing every
// workload of its namespace: a repository with ten thousand Services and ten thousand Deployments must
// not cost a hundred million selector checks.

/** Exposures one workload collects through Services and Ingresses before only those that add something are kept. */
export const MAX_LINKED_EXPOSURES = 16;

export class SelectorIndex<W extends { labels: Record<string, string> }> {
  private readonly byLabel = new Map<string, W[]>();

  constructor(groups: Map<string, W[]>) {
    for (const [namespace, workloads] of groups) {
      for (const w of workloads) {
        for (const [k, v] of Object.entries(w.labels)) {
          const key = `${namespace}\0${k}\0${v}`;
          const list = this.byLabel.get(key);
          if (list) list.push(w);
          else this.byLabel.set(key, [w]);
        }
      }
    }
  }

  /** The workloads of `namespace` whose labels hold every pair of `selector` (not empty), in their original order. */
  select(namespace: string, selector: [string, string][]): W[] {
    let smallest: W[] | undefined;
    for (const [k, v] of selector) {
      const list = this.byLabel.get(`${namespace}\0${k}\0${v}`) ?? [];
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    return (smallest ?? []).filter((w) => selector.every(([k, v]) => w.labels[k] === v));
  }
}

interface LinkedExposure {
  containerPorts: number[];
  authenticatedProxy: boolean;
}

const linked = new WeakMap<object, { count: number; keys: Set<string>; openPorts: Set<number>; openAny: boolean }>();

/**
 * Adds an exposure found by linking a Service or an Ingress. Thousands of Services selecting the same
 * thousands of workloads would give millions of exposures that the rules then judge one by one; past
 * MAX_LINKED_EXPOSURES for a workload, an exposure is kept only when it adds what a judgement could
 * turn on: no authenticating proxy in front of a port (or of every port) not yet reachable that way.
 * So padding with harmless Services never hides the one that matters.
 */
export function addLinkedExposure<E extends LinkedExposure>(workload: { exposures: E[] }, exposure: E): void {
  let seen = linked.get(workload);
  if (!seen) linked.set(workload, (seen = { count: 0, keys: new Set(), openPorts: new Set(), openAny: false }));
  const open = !exposure.authenticatedProxy;
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
 * Whether a Service is the same as MAX_LINKED_EXPOSURES before it (namespace, selector, ports, type): its
 * exposures would add nothing (see addLinkedExposure), and linking it would still cost a pass over every
 * workload it selects.
 */
export function repeatedServices(): (svc: { file: string; namespace: string; selector: Record<string, string>; ports: { port?: number; targetPort?: number | string }[]; type: string; externalIps?: unknown }) => boolean {
  const counts = new Map<string, number>();
  return (svc) => {
    // The file too: which workloads a Service reaches prefers those nearest to it.
    const key = JSON.stringify([svc.file, svc.namespace, svc.selector, svc.ports.map((p) => [p.port, p.targetPort]), svc.type, svc.externalIps ?? null]);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n > MAX_LINKED_EXPOSURES;
  };
}
