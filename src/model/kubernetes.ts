// Kubernetes manifests into workloads (one per container of a pod template), Services and Ingresses.
// Services and Ingresses are linked to workloads across files by link.ts.
import { posix } from "node:path";
import { bool, entries, get, getPath, items, str, type YNode } from "../parsers/yaml.js";
import { parseImageRef } from "./image.js";
import type { Component, EnvVar, Exposure, Located, SecretValue, SecuritySettings, SourcePos, VolumeMount, Workload } from "./types.js";

export interface ServicePort {
  port?: number;
  /** A number, or a container port name to resolve against the selected containers. */
  targetPort?: number | string;
  nodePort?: number;
  pos: SourcePos;
}

export interface ServiceDecl {
  id: string;
  name: string;
  namespace: string;
  type: string;
  selector: Record<string, string>;
  ports: ServicePort[];
  externalIps: boolean;
  headless: boolean;
  /** Where an exposure through this Service is anchored: its `type` (or externalIPs), else its name. */
  pos: SourcePos;
  file: string;
}

export interface IngressBackend {
  service: string;
  port?: number | string;
  pos: SourcePos;
}

export interface IngressDecl {
  id: string;
  /** `Ingress`, or a Gateway API `HTTPRoute`/`GRPCRoute`. */
  kind: string;
  name: string;
  namespace: string;
  backends: IngressBackend[];
  authenticated: boolean;
  pos: SourcePos;
  file: string;
}

export interface KubernetesModel {
  workloads: Workload[];
  components: Component[];
  services: ServiceDecl[];
  ingresses: IngressDecl[];
  /** Container port names per workload id, for named Service targetPorts. */
  portNames: Map<string, Map<string, number>>;
  /** Files a kustomization lists as patches (relative to the root). */
  patchFiles: string[];
  kustomizations: Kustomization[];
  secretValues: SecretValue[];
  configMaps: ConfigMapDecl[];
}

/** A ConfigMap's files: each `data` key with its lines, as a volume would mount them. */
export interface ConfigMapDecl {
  namespace: string;
  name: string;
  files: Map<string, Located<string>[]>;
}

/** A kustomization's `resources:` (relative to the root) and its `images:` overrides. */
export interface Kustomization {
  dir: string;
  resources: string[];
  images: { name: string; newName?: string; newTag?: string; digest?: string; pos: SourcePos }[];
}

const POD_TEMPLATE_PATHS: Record<string, string[]> = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
};

/**
 * Annotations that put an authenticating proxy in front of an Ingress: ingress-nginx external auth
 * and basic auth, AWS ALB OIDC/Cognito, and Traefik middlewares whose name says auth.
 */
const AUTH_ANNOTATIONS: { key: RegExp; value?: RegExp }[] = [
  { key: /^nginx\.ingress\.kubernetes\.io\/(auth-url|auth-type|auth-signin|auth-tls-secret)$/ },
  { key: /^alb\.ingress\.kubernetes\.io\/auth-type$/, value: /^(oidc|cognito)$/i },
  { key: /^traefik\.ingress\.kubernetes\.io\/router\.middlewares$/, value: /(auth|oauth|sso|oidc)/i },
];

export function kubernetesToModel(roots: YNode[], file: string): KubernetesModel {
  const model: KubernetesModel = { workloads: [], components: [], services: [], ingresses: [], portNames: new Map(), patchFiles: [], kustomizations: [], secretValues: [], configMaps: [] };
  const isKustomization = /(^|\/)kustomization\.ya?ml$/i.test(file);
  const at = (node: { line: number; column?: number; endLine?: number }): SourcePos => ({ file, line: node.line, column: node.column, endLine: node.endLine });
  const visit = (obj: YNode): void => {
    const kind = str(get(obj, "kind")) ?? (isKustomization ? "Kustomization" : undefined);
    if (!kind) return;
    // `kind: Component` (kustomize.config.k8s.io) is a reusable kustomization.
    if (kind === "Kustomization" || (kind === "Component" && /kustomize\.config\.k8s\.io/.test(str(get(obj, "apiVersion")) ?? ""))) {
      model.patchFiles.push(...kustomizePatches(obj, file));
      model.kustomizations.push(readKustomization(obj, file, at));
      return;
    }
    if (kind.endsWith("List")) {
      items(get(obj, "items")).forEach(visit);
      return;
    }
    const name = str(getPath(obj, "metadata", "name")) ?? str(getPath(obj, "metadata", "generateName")) ?? "(unnamed)";
    const namespace = str(getPath(obj, "metadata", "namespace")) ?? "default";
    if (kind === "Service") model.services.push(readService(obj, name, namespace, file, at));
    else if (kind === "Ingress") model.ingresses.push(readIngress(obj, name, namespace, file, at));
    else if (kind === "HTTPRoute" || kind === "GRPCRoute") model.ingresses.push(readRoute(obj, kind, name, namespace, file, at));
    else if (kind === "Secret") model.secretValues.push(...readSecret(obj, `Secret/${namespace}/${name}`, at));
    else if (kind === "ConfigMap") model.configMaps.push(readConfigMap(obj, name, namespace, at));
    else for (const pod of podSpecs(obj, kind)) readPodSpec(pod.spec, pod.labels, pod.where, kind, name, namespace, model, at);
  };
  roots.forEach(visit);
  return model;
}

type At = (node: { line: number; column?: number; endLine?: number }) => SourcePos;

function locatedBool(node: YNode | undefined, at: At): Located<boolean> | undefined {
  const value = bool(node);
  return node && value !== undefined ? { value, pos: at(node) } : undefined;
}

function labelsOf(node: YNode | undefined): Record<string, string> {
  return Object.fromEntries(entries(node).flatMap(([k, v]) => (str(v) === undefined ? [] : [[k, str(v) as string]])));
}

/** The pod specs of a workload kind at their known place; of any other kind, wherever a `containers` list of images stands. */
function podSpecs(obj: YNode, kind: string): { spec: YNode; labels: YNode | undefined; where: string }[] {
  const path = POD_TEMPLATE_PATHS[kind];
  if (path) {
    const spec = getPath(obj, ...path);
    const labels = kind === "Pod" ? getPath(obj, "metadata", "labels") : getPath(obj, ...path.slice(0, -1), "metadata", "labels");
    return spec ? [{ spec, labels, where: "" }] : [];
  }
  // Operators' own kinds (LeaderWorkerSet, RayCluster, StormService…) embed pod templates: their
  // containers run like any other. A CRD's schema describes containers; it runs none.
  if (kind === "CustomResourceDefinition") return [];
  const found: { spec: YNode; labels: YNode | undefined; where: string }[] = [];
  const walk = (node: YNode | undefined, parent: YNode | undefined, where: string, depth: number): void => {
    if (!node || depth > 12) return;
    if (node.kind === "seq") node.items.forEach((item, i) => walk(item, parent, `${where}[${i}]`, depth + 1));
    if (node.kind !== "map") return;
    const containers = items(get(node, "containers"));
    if (containers.length > 0 && containers.every((c) => str(get(c, "image")) !== undefined)) {
      found.push({ spec: node, labels: getPath(parent, "metadata", "labels"), where });
      return;
    }
    for (const [key, child] of entries(node)) if (key !== "metadata") walk(child, node, where ? `${where}.${key}` : key, depth + 1);
  };
  walk(get(obj, "spec"), obj, "spec", 0);
  return found;
}

function readPodSpec(spec: YNode, labelsNode: YNode | undefined, where: string, kind: string, name: string, namespace: string, model: KubernetesModel, at: At): void {
  const labels = labelsOf(labelsNode);
  const podSec = get(spec, "securityContext");
  // hostPath volumes by name, and ConfigMap/Secret volumes (their files come from the cluster).
  const hostVolumes = new Map<string, { path: string; node: YNode; kind: "host-path" | "other" }>();
  for (const vol of items(get(spec, "volumes"))) {
    const volName = str(get(vol, "name"));
    const hostPath = str(getPath(vol, "hostPath", "path"));
    const object = str(getPath(vol, "configMap", "name")) ?? str(getPath(vol, "secret", "secretName"));
    if (volName && hostPath) hostVolumes.set(volName, { path: hostPath, node: vol, kind: "host-path" });
    else if (volName && object) hostVolumes.set(volName, { path: `${get(vol, "configMap") ? "ConfigMap" : "Secret"} ${object}`, node: vol, kind: "other" });
  }
  const containerLists: [string, boolean][] = [
    ["initContainers", true],
    ["containers", false],
  ];
  for (const [listKey, initOnly] of containerLists) {
    for (const c of items(get(spec, listKey))) {
      const cname = str(get(c, "name")) ?? "(unnamed)";
      const id = `${kind}/${namespace}/${name}${where && where !== "spec.template.spec" ? `/${where}` : ""}/${listKey}/${cname}`;
      const security = readSecurity(spec, podSec, get(c, "securityContext"), at);
      const workload: Workload = {
        id,
        kind: "k8s-container",
        name: `${kind.toLowerCase()}/${name}/${cname}`,
        file: at(c).file,
        pos: at(c),
        argv: [...items(get(c, "command")), ...items(get(c, "args"))].flatMap((n) => (str(n) === undefined ? [] : [{ value: str(n) as string, pos: at(n) }])),
        env: readEnv(get(c, "env"), at),
        envFromOutside: envFromSource(get(c, "envFrom"), at),
        containerPorts: [],
        exposures: [],
        volumes: readMounts(get(c, "volumeMounts"), hostVolumes, at),
        security,
        labels,
        namespace,
        initOnly,
        // A container without an image is a patch or an overlay fragment, not a whole object.
        partial: !str(get(c, "image")),
        gpu: /nvidia/i.test(str(get(spec, "runtimeClassName")) ?? "") || ["limits", "requests"].some((k) => get(getPath(c, "resources", k), "nvidia.com/gpu") !== undefined),
        buildSteps: [],
      };
      const imageNode = get(c, "image");
      const image = str(imageNode);
      if (imageNode && image) {
        workload.image = parseImageRef(image, at(imageNode));
        model.components.push({ type: "image", name: image, version: workload.image.tag, image: workload.image, workloadId: id, pos: at(imageNode) });
      }
      const names = new Map<string, number>();
      for (const p of items(get(c, "ports"))) {
        const portNode = get(p, "containerPort");
        const port = Number(str(portNode));
        if (!portNode || !Number.isInteger(port)) continue;
        workload.containerPorts.push({ value: port, pos: at(portNode) });
        const portName = str(get(p, "name"));
        if (portName) names.set(portName, port);
        const hostPortNode = get(p, "hostPort");
        if (hostPortNode && Number(str(hostPortNode)) > 0 && !security.hostNetwork?.value) {
          const hostIp = str(get(p, "hostIP"));
          const loopback = hostIp !== undefined && /^(127\.|::1$)/.test(hostIp);
          workload.exposures.push(exposure("k8s-host-port", loopback ? "loopback" : "network", [port], `hostPort ${str(hostPortNode)} on every node it runs on`, at(hostPortNode)));
        }
      }
      model.portNames.set(`${at(c).file}\0${id}`, names);
      if (security.hostNetwork?.value) {
        workload.exposures.push(exposure("k8s-host-network", "network", [], "hostNetwork: true (every port it listens on is on the node's interfaces)", security.hostNetwork.pos));
      }
      model.workloads.push(workload);
    }
  }
}

function readKustomization(obj: YNode, file: string, at: At): Kustomization {
  const dir = posix.dirname(file);
  const resources = [...items(get(obj, "resources")), ...items(get(obj, "bases")), ...items(get(obj, "components"))].flatMap((r) => {
    const path = str(r);
    // Remote bases (URLs, git) are not in the tree.
    return path && !/^[a-z]+:\/\/|^git@|\?ref=/.test(path) ? [posix.normalize(posix.join(dir, path)).replace(/(?<!\/)\/+$/, "")] : [];
  });
  const images = items(get(obj, "images")).flatMap((entry) => {
    const name = str(get(entry, "name"));
    if (!name) return [];
    return [{ name, newName: str(get(entry, "newName")), newTag: str(get(entry, "newTag")), digest: str(get(entry, "digest")), pos: at(entry) }];
  });
  return { dir, resources, images };
}

/** `patches[].path`, `patchesStrategicMerge[]`, `patchesJson6902[].path`, relative to the kustomization's folder. */
function kustomizePatches(obj: YNode, file: string): string[] {
  const dir = posix.dirname(file);
  const paths = [
    ...items(get(obj, "patches")).map((p) => str(get(p, "path"))),
    ...items(get(obj, "patchesStrategicMerge")).map((p) => str(p)),
    ...items(get(obj, "patchesJson6902")).map((p) => str(get(p, "path"))),
  ];
  return paths.flatMap((p) => (p && !p.includes("\n") ? [posix.normalize(posix.join(dir, p))] : []));
}

export function exposure(via: Exposure["via"], reach: Exposure["reach"], containerPorts: number[], description: string, pos: SourcePos, extra: Partial<Exposure> = {}): Exposure {
  return { via, reach, containerPorts, description, authenticatedProxy: false, pos, ...extra };
}

function readSecurity(spec: YNode, podSec: YNode | undefined, sec: YNode | undefined, at: At): SecuritySettings {
  const pick = (key: string): YNode | undefined => get(sec, key) ?? get(podSec, key);
  const runAsUserNode = pick("runAsUser");
  const runAsUser = str(runAsUserNode);
  return {
    privileged: locatedBool(get(sec, "privileged"), at),
    allowPrivilegeEscalation: locatedBool(get(sec, "allowPrivilegeEscalation"), at),
    runAsNonRoot: locatedBool(pick("runAsNonRoot"), at),
    user: runAsUserNode && runAsUser !== undefined ? { value: runAsUser, pos: at(runAsUserNode) } : undefined,
    capAdd: items(getPath(sec, "capabilities", "add")).flatMap((n) => (str(n) === undefined ? [] : [{ value: str(n) as string, pos: at(n) }])),
    capDrop: items(getPath(sec, "capabilities", "drop")).flatMap((n) => str(n) ?? []),
    hostNetwork: locatedBool(get(spec, "hostNetwork"), at),
    hostPid: locatedBool(get(spec, "hostPID"), at),
    hostIpc: locatedBool(get(spec, "hostIPC"), at),
    unconfined: (["seccomp", "apparmor"] as const).flatMap((kind) => {
      const key = kind === "seccomp" ? "seccompProfile" : "appArmorProfile";
      const type = getPath(sec, key, "type") ?? getPath(podSec, key, "type");
      return str(type) === "Unconfined" && type ? [{ value: kind, pos: at(type) }] : [];
    }),
  };
}

function readConfigMap(obj: YNode, name: string, namespace: string, at: At): ConfigMapDecl {
  const files = new Map<string, Located<string>[]>();
  for (const [key, node] of entries(get(obj, "data"))) {
    const text = str(node);
    if (text === undefined) continue;
    const start = at(node);
    files.set(key, text.split("\n").map((value, i) => ({ value, pos: { file: start.file, line: start.line + i } })));
  }
  return { namespace, name, files };
}

/** `stringData` as written, `data` decoded from base64 (skipped when it does not decode to text). */
function readSecret(obj: YNode, secret: string, at: At): SecretValue[] {
  const plain = entries(get(obj, "stringData")).flatMap(([key, node]) => (str(node) === undefined ? [] : [{ secret, key, value: str(node) as string, pos: at(node) }]));
  const encoded = entries(get(obj, "data")).flatMap(([key, node]) => {
    const raw = str(node);
    if (raw === undefined || !/^[A-Za-z0-9+/=\s]+$/.test(raw)) return [];
    const value = Buffer.from(raw.replace(/\s/g, ""), "base64").toString("utf8");
    return /^[\x20-\x7e]*$/.test(value) ? [{ secret, key, value, pos: at(node) }] : [];
  });
  return [...plain, ...encoded];
}

/** `envFrom:` a Secret or ConfigMap: any variable may come from there, set at deploy time. */
function envFromSource(node: YNode | undefined, at: At): Workload["envFromOutside"] {
  const first = items(node)[0];
  if (!first) return undefined;
  const ref = getPath(first, "secretRef", "name") ?? getPath(first, "configMapRef", "name");
  return { path: `envFrom ${str(ref) ?? "source"}`, pos: at(first) };
}

function readEnv(node: YNode | undefined, at: At): EnvVar[] {
  return items(node).flatMap((e): EnvVar[] => {
    const name = str(get(e, "name"));
    if (!name) return [];
    const valueNode = get(e, "value");
    if (get(e, "valueFrom")) return [{ name, source: "reference", pos: at(e) }];
    const value = str(valueNode) ?? "";
    // `$(OTHER_VAR)` is expanded by the kubelet from another variable: set at deploy time, like `${VAR}`.
    return [{ name, value, source: /\$\([A-Za-z_][A-Za-z0-9_]*\)/.test(value) ? "variable" : "literal", pos: at(valueNode ?? e) }];
  });
}

function readMounts(node: YNode | undefined, hostVolumes: Map<string, { path: string; node: YNode; kind: "host-path" | "other" }>, at: At): VolumeMount[] {
  return items(node).flatMap((m): VolumeMount[] => {
    const volName = str(get(m, "name"));
    const host = volName ? hostVolumes.get(volName) : undefined;
    if (!host) return [];
    return [
      {
        kind: host.kind,
        source: host.path,
        target: str(get(m, "mountPath")),
        subPath: str(get(m, "subPath")),
        readOnly: bool(get(m, "readOnly")) === true,
        pos: at(host.node),
      },
    ];
  });
}

function readService(obj: YNode, name: string, namespace: string, file: string, at: At): ServiceDecl {
  const spec = get(obj, "spec");
  const typeNode = get(spec, "type");
  const externalIpsNode = get(spec, "externalIPs");
  const externalIps = items(externalIpsNode).length > 0;
  const type = str(typeNode) ?? "ClusterIP";
  const anchor = type !== "ClusterIP" && typeNode ? typeNode : externalIps && externalIpsNode ? externalIpsNode : (getPath(obj, "metadata", "name") ?? obj);
  return {
    id: `Service/${namespace}/${name}`,
    name,
    namespace,
    type,
    selector: labelsOf(get(spec, "selector")),
    ports: items(get(spec, "ports")).map((p) => {
      const target = str(get(p, "targetPort"));
      const port = Number(str(get(p, "port")));
      return {
        port: Number.isInteger(port) ? port : undefined,
        targetPort: target === undefined ? undefined : /^\d+$/.test(target) ? Number(target) : target,
        nodePort: Number(str(get(p, "nodePort"))) || undefined,
        pos: at(p),
      };
    }),
    externalIps,
    headless: str(get(spec, "clusterIP")) === "None",
    pos: at(anchor),
    file,
  };
}

/**
 * A Gateway API route sends a Gateway's traffic to Services (`backendRefs` of kind Service, the default).
 * Gateways exist to take traffic from outside the cluster, so a route reaches its backends from the network.
 */
function readRoute(obj: YNode, kind: string, name: string, namespace: string, file: string, at: At): IngressDecl {
  const backends = items(getPath(obj, "spec", "rules")).flatMap((rule) =>
    items(get(rule, "backendRefs")).flatMap((ref): IngressBackend[] => {
      const nameNode = get(ref, "name");
      const service = str(nameNode);
      const refKind = str(get(ref, "kind")) ?? "Service";
      if (!service || !nameNode || refKind !== "Service" || (str(get(ref, "namespace")) ?? namespace) !== namespace) return [];
      const port = str(get(ref, "port"));
      return [{ service, port: port && /^\d+$/.test(port) ? Number(port) : undefined, pos: at(nameNode) }];
    }),
  );
  return { id: `${kind}/${namespace}/${name}`, kind, name, namespace, backends, authenticated: false, pos: at(getPath(obj, "metadata", "name") ?? obj), file };
}

function readIngress(obj: YNode, name: string, namespace: string, file: string, at: At): IngressDecl {
  const spec = get(obj, "spec");
  const backends: IngressBackend[] = [];
  const addBackend = (backend: YNode | undefined): void => {
    if (!backend) return;
    // networking.k8s.io/v1: backend.service.{name,port}; v1beta1: backend.serviceName/servicePort.
    const v1 = get(backend, "service");
    const nameNode = v1 ? get(v1, "name") : get(backend, "serviceName");
    const service = str(nameNode);
    if (!service || !nameNode) return;
    const portValue = v1 ? (str(getPath(v1, "port", "number")) ?? str(getPath(v1, "port", "name"))) : str(get(backend, "servicePort"));
    const port = portValue === undefined ? undefined : /^\d+$/.test(portValue) ? Number(portValue) : portValue;
    backends.push({ service, port, pos: at(nameNode) });
  };
  addBackend(get(spec, "defaultBackend") ?? get(spec, "backend"));
  for (const rule of items(get(spec, "rules"))) {
    for (const path of items(getPath(rule, "http", "paths"))) addBackend(get(path, "backend"));
  }
  const annotations = labelsOf(getPath(obj, "metadata", "annotations"));
  const authenticated = Object.entries(annotations).some(([k, v]) => AUTH_ANNOTATIONS.some((a) => a.key.test(k) && (!a.value || a.value.test(v))));
  return { id: `Ingress/${namespace}/${name}`, kind: "Ingress", name, namespace, backends, authenticated, pos: at(getPath(obj, "metadata", "name") ?? obj), file };
}
