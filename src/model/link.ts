// Links Kubernetes Services and Ingresses to the containers they reach, across files, and records
// each way in as an Exposure on the workload: "this Ollama is reachable through Service X (LoadBalancer)".
import { posix } from "node:path";
import { exposure, type IngressDecl, type KubernetesModel, type ServiceDecl } from "./kubernetes.js";
import type { NetworkRule, Workload } from "./types.js";
import { addLinkedExposure, repeatedServices, SelectorIndex } from "../bounded/selector-index.js";

const CONTROLLER_LABELS = /^(apps\.kubernetes\.io\/pod-index|statefulset\.kubernetes\.io\/pod-name|pod-template-hash|controller-revision-hash|leaderworkerset\.sigs\.k8s\.io\/.*)$/;

/** Workloads by namespace, Services by namespace and name: large monorepos must not pay Services × workloads. */
function groupBy<T>(values: T[], key: (v: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const v of values) {
    const group = groups.get(key(v));
    if (group) group.push(v);
    else groups.set(key(v), [v]);
  }
  return groups;
}

export function linkKubernetes(parts: KubernetesModel[]): NetworkRule[] {
  const workloads = new SelectorIndex(
    groupBy(
      parts.flatMap((p) => p.workloads).filter((w) => !w.initOnly),
      (w) => w.namespace ?? "default",
    ),
  );
  const portNames = new Map(parts.flatMap((p) => [...p.portNames]));
  const services = parts.flatMap((p) => p.services);
  const servicesByName = groupBy(services, (s) => `${s.namespace}/${s.name}`);
  const rules: NetworkRule[] = [];
  const repeated = repeatedServices();
  for (const svc of services) {
    const reach = svc.type === "NodePort" || svc.type === "LoadBalancer" || svc.externalIps ? "network" : "cluster";
    rules.push({ id: svc.id, kind: "k8s-service", name: svc.name, namespace: svc.namespace, type: svc.type, reach, pos: svc.pos });
    if (reach !== "network" || repeated(svc)) continue;
    for (const { workload, ports } of serviceTargets(svc, workloads, portNames)) {
      const how = svc.externalIps && svc.type === "ClusterIP" ? "k8s-service-externalips" : svc.type === "NodePort" ? "k8s-service-nodeport" : "k8s-service-loadbalancer";
      const nodePorts = svc.ports.flatMap((p) => p.nodePort ?? []);
      const detail = svc.type === "NodePort" && nodePorts.length ? ` (node port ${nodePorts.join(", ")})` : "";
      addLinkedExposure(workload, exposure(how, "network", ports, `Service ${svc.name} of type ${svc.type}${svc.externalIps ? " with externalIPs" : ""}${detail}`, svc.pos, { ruleId: svc.id }));
    }
  }
  for (const ingress of parts.flatMap((p) => p.ingresses)) {
    rules.push({ id: ingress.id, kind: "k8s-ingress", name: ingress.name, namespace: ingress.namespace, type: ingress.kind, reach: "network", pos: ingress.pos });
    linkIngress(ingress, servicesByName, workloads, portNames);
  }
  return rules;
}

function linkIngress(ingress: IngressDecl, services: Map<string, ServiceDecl[]>, workloads: SelectorIndex<Workload>, portNames: Map<string, Map<string, number>>): void {
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
      addLinkedExposure(
        workload,
        exposure("k8s-ingress", "network", ports, `${ingress.kind} ${ingress.name} routes to Service ${svc.name}${auth}`, backend.pos, { ruleId: ingress.id, authenticatedProxy: ingress.authenticated }),
      );
    }
  }
}

/** The containers a Service selects and the container ports it forwards to. */
function serviceTargets(svc: ServiceDecl, workloads: SelectorIndex<Workload>, portNames: Map<string, Map<string, number>>): { workload: Workload; ports: number[] }[] {
  // Labels a controller adds to its pods (not in the template): matching on them would miss every pod.
  const selector = Object.entries(svc.selector).filter(([k]) => !CONTROLLER_LABELS.test(k));
  if (selector.length === 0) return [];
  const selected = nearest(
    svc.file,
    workloads.select(svc.namespace, selector),
    (w) => w.file,
  );
  const pods = new Map<string, Workload[]>();
  for (const w of selected) {
    const pod = `${w.file}\0${w.id.slice(0, w.id.lastIndexOf("/containers/"))}`;
    const group = pods.get(pod);
    if (group) group.push(w);
    else pods.set(pod, [w]);
  }
  const targets: { workload: Workload; ports: number[] }[] = [];
  for (const containers of pods.values()) {
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
