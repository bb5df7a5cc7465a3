// Links Kubernetes Services and Ingresses to the containers they reach, across files, and records
// each way in as an Exposure on the workload: "this Ollama is reachable through Service X (LoadBalancer)".
import { posix } from "node:path";
import type { Exposure, ModelPart, NetworkRule, Reach, RouteDecl, ServiceDecl, Workload } from "./types.js";
import { groupBy } from "./group.js";
import { addLinkedExposure, repeatedServices } from "./linked-exposures.js";

// LeaderWorkerSet's `name` and `worker-index` (0 on the leader) are predictable: the reader puts them on the pods.
const CONTROLLER_LABELS =
  /^(apps\.kubernetes\.io\/pod-index|statefulset\.kubernetes\.io\/pod-name|pod-template-hash|controller-revision-hash|leaderworkerset\.sigs\.k8s\.io\/(group-index|group-key|subgroup-index|subgroup-key|template-revision-hash))$/;

export function linkServicesAndRoutes(parts: ModelPart[]): NetworkRule[] {
  // By namespace and label (a Service looks up the pods of one of its selector's labels, not every pod),
  // and by pod (a Service an operator creates names the pods it selects).
  const workloads = new Map<string, Workload[]>();
  const add = (key: string, w: Workload) => {
    const list = workloads.get(key);
    if (list) list.push(w);
    else workloads.set(key, [w]);
  };
  for (const w of parts.flatMap((p) => p.workloads)) {
    if (w.initOnly) continue;
    for (const [k, v] of Object.entries(w.labels)) add(labelKey(w.namespace ?? "default", k, v), w);
    add(unitKey(w.file, w.unit.id), w);
  }
  const portNames = new Map(parts.flatMap((p) => [...p.portNames]));
  const services = parts.flatMap((p) => p.services);
  const servicesByName = groupBy(services, (s) => `${s.namespace}/${s.name}`);
  const rules: NetworkRule[] = [];
  const repeated = repeatedServices();
  for (const svc of services) {
    // A provider's internal load balancer has a private address only; its node ports and external IPs do not.
    const internal = svc.type === "LoadBalancer" && svc.internal !== undefined && !svc.externalIps;
    const reach: Reach = svc.type === "NodePort" || svc.type === "LoadBalancer" || svc.externalIps ? (internal ? "private" : "network") : "cluster";
    rules.push({ id: svc.id, kind: "service", name: svc.name, namespace: svc.namespace, type: svc.type, reach, pos: svc.pos });
    if (reach === "cluster" || repeated(svc)) continue;
    for (const { workload, ports } of serviceTargets(svc, workloads, portNames)) {
      const how: Exposure["via"] = svc.externalIps && svc.type === "ClusterIP" ? "external-ip" : svc.type === "NodePort" ? "node-port" : "load-balancer";
      const nodePorts = svc.ports.flatMap((p) => p.nodePort ?? []);
      const detail = svc.type === "NodePort" && nodePorts.length ? ` (node port ${nodePorts.join(", ")})` : "";
      const privately = internal && svc.internal ? ` (internal: ${svc.internal.text})` : "";
      const creator = svc.createdBy ? ` (created by ${svc.createdBy})` : "";
      const patched = svc.patchedIn ? ` (as the kustomization in ${svc.patchedIn} patches it)` : "";
      const description = `Service ${svc.name}${creator} of type ${svc.type}${svc.externalIps ? " with externalIPs" : ""}${detail}${privately}${patched}`;
      addLinkedExposure(workload, { via: how, reach, containerPorts: ports, description, authenticatedProxy: false, ruleId: svc.id, fix: svc.exposureFix, pos: svc.pos });
    }
  }
  for (const ingress of parts.flatMap((p) => p.routes)) {
    rules.push({ id: ingress.id, kind: "route", name: ingress.name, namespace: ingress.namespace, type: ingress.kind, reach: ingress.internal ? "private" : "network", pos: ingress.pos });
    linkIngress(ingress, servicesByName, workloads, portNames);
  }
  return rules;
}

function linkIngress(ingress: RouteDecl, services: Map<string, ServiceDecl[]>, workloads: Map<string, Workload[]>, portNames: Map<string, Map<string, number>>): void {
  const seen = new Set<string>();
  for (const backend of ingress.backends) {
    const candidates = services.get(`${ingress.namespace}/${backend.service}`) ?? [];
    const svc = nearest(ingress.file, candidates, (s) => s.file)[0];
    if (!svc) continue;
    const servicePort = svc.ports.find((p) => p.port === backend.port);
    const scoped: ServiceDecl = servicePort ? { ...svc, ports: [servicePort] } : svc;
    for (const { workload, ports } of serviceTargets(scoped, workloads, portNames)) {
      const key = `${workload.id}@${backend.pos.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const auth = ingress.authenticated ? " behind an authenticating proxy annotation" : "";
      const privately = ingress.internal ? ` (internal: ${ingress.internal.text})` : "";
      const creator = svc.createdBy ? ` (created by ${svc.createdBy})` : "";
      const made = ingress.createdBy ? ` (created by ${ingress.createdBy})` : "";
      const description = `${ingress.kind} ${ingress.name}${made} routes to Service ${svc.name}${creator}${auth}${privately}`;
      addLinkedExposure(workload, { via: "ingress", reach: ingress.internal ? "private" : "network", containerPorts: ports, description, authenticatedProxy: ingress.authenticated, ruleId: ingress.id, fix: ingress.exposureFix, pos: backend.pos });
    }
  }
}

function labelKey(namespace: string, key: string, value: string): string {
  return `label\0${namespace}\0${key}\0${value}`;
}

function unitKey(file: string, unit: string): string {
  return `pod\0${file}\0${unit}`;
}

/** The containers a Service selects and the container ports it forwards to. */
function serviceTargets(svc: ServiceDecl, workloads: Map<string, Workload[]>, portNames: Map<string, Map<string, number>>): { workload: Workload; ports: number[] }[] {
  // Labels a controller adds to its pods (not in the template): matching on them would miss every pod.
  const selector = Object.entries(svc.selector).filter(([k]) => !CONTROLLER_LABELS.test(k));
  const pods = svc.pods;
  if (selector.length === 0 && !pods) return [];
  const selected = pods
    ? pods.flatMap((id) => workloads.get(unitKey(svc.file, id)) ?? [])
    : nearest(
        svc.file,
        // The rarest of its labels narrows the pods to check (a shared `part-of` label would not).
        selector
          .map(([k, v]) => workloads.get(labelKey(svc.namespace, k, v)) ?? [])
          .reduce((a, b) => (b.length < a.length ? b : a))
          .filter((w) => selector.every(([k, v]) => w.labels[k] === v)),
        (w) => w.file,
      );
  const byPod = new Map<string, Workload[]>();
  for (const w of selected) {
    const pod = `${w.file}\0${w.unit.id}`;
    const group = byPod.get(pod);
    if (group) group.push(w);
    else byPod.set(pod, [w]);
  }
  const targets: { workload: Workload; ports: number[] }[] = [];
  for (const containers of byPod.values()) {
    const declaredInPod = new Set(containers.flatMap((c) => c.containerPorts.map((cp) => cp.value)));
    for (const w of containers) {
      const ports = svc.ports.flatMap((p) => {
        const target = p.targetPort ?? p.port;
        if (typeof target === "string") return portNames.get(`${w.file}\0${w.id}`)?.get(target) ?? [];
        return target === undefined ? [] : [target];
      });
      const declared = ports.filter((p) => w.containerPorts.some((c) => c.value === p));
      // In a multi-container pod a port goes to the container that declares it; undeclared ports
      // (containerPort is optional) go to every container, since any of them may listen there.
      const undeclaredAnywhere = ports.filter((p) => !declaredInPod.has(p));
      const mine = containers.length === 1 ? ports : [...declared, ...undeclaredAnywhere];
      if (mine.length > 0 || svc.ports.length === 0) targets.push({ workload: w, ports: mine });
    }
  }
  return targets;
}

/** Prefers candidates in the same file, then in the same directory tree, then anywhere. */
function nearest<T>(file: string, candidates: T[], fileOf: (c: T) => string): T[] {
  const sameFile = candidates.filter((c) => fileOf(c) === file);
  if (sameFile.length) return sameFile;
  const dir = posix.dirname(file);
  const related = candidates.filter((c) => {
    const other = posix.dirname(fileOf(c));
    return dir === "." || other === "." || other === dir || other.startsWith(dir + "/") || dir.startsWith(other + "/");
  });
  return related.length ? related : candidates;
}
