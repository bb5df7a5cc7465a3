// The Kubernetes reader: one workload per container of a pod template, and the Services, Ingresses,
// routes, Secrets, ConfigMaps and kustomizations that the model stage links across files.
import { posix } from "node:path";
import { LOOPBACK_HOST } from "../catalog/addresses.js";
import { INTERNAL_INGRESS, INTERNAL_SERVICE_LOAD_BALANCER, type InternalLoadBalancerSetting } from "../catalog/load-balancers.js";
import { OPERATOR_RESOURCES, type FieldCondition, type FieldPath, type GeneratedPorts, type OperatorContainer, type OperatorPodGroup, type OperatorResource } from "../catalog/operators.js";
import { INGRESS_AUTH_ANNOTATIONS } from "../catalog/proxies.js";
import { bool, entries, get, getPath, items, str, type YNode } from "../parsers/yaml.js";
import { parseImageRef } from "../model/image.js";
import { servicePatchFromOps } from "../model/kustomize.js";
import { emptyPart } from "../model/part.js";
import type { ConfigMapDecl, EnvVar, Exposure, Kustomization, Located, ModelPart, PatchTarget, Platform, RouteBackend, RouteDecl, SecretValue, SecuritySettings, ServiceDecl, ServicePatch, SourcePos, VolumeMount, Workload } from "../model/types.js";
import { embeddedYaml, patchOps } from "./kustomize-patches.js";
import type { ReadResult, SourceText } from "./types.js";
import { yamlRoots } from "./yaml-file.js";

export { yamlComments as comments } from "./comments.js";

const PLATFORM: Platform = {
  noun: "container",
  definesImage: false,
  hardeningSettings: true,
  deploysAsWritten: true,
  fix: {
    nonRoot: "Set securityContext.runAsNonRoot: true and a non-zero runAsUser.",
    secret: "Move it into a Secret and reference it with valueFrom.secretKeyRef; rotate the value.",
    noPrivilegeEscalation: "Set securityContext.allowPrivilegeEscalation: false on the container.",
  },
};

const FIX = {
  node: "Remove hostNetwork/hostPort and reach it through a ClusterIP Service.",
  service: "Use a ClusterIP Service and reach it through an authenticated Ingress or kubectl port-forward; at least restrict loadBalancerSourceRanges.",
  route: "Require authentication in front of the route (oauth2-proxy through nginx.ingress.kubernetes.io/auth-url on an Ingress, or the Gateway implementation's auth policy) or remove the route.",
};

export function read(file: SourceText): ReadResult {
  const { roots, notices, notThisFormat } = yamlRoots(file);
  return { part: kubernetesToModel(roots, file.path, file.text), notices, notThisFormat };
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


function kubernetesToModel(roots: YNode[], file: string, source: string): ModelPart {
  const model = emptyPart();
  const isKustomization = /(^|\/)kustomization\.ya?ml$/i.test(file);
  const at = (node: { line: number; column?: number; endLine?: number }): SourcePos => ({ file, line: node.line, column: node.column, endLine: node.endLine });
  const visit = (obj: YNode): void => {
    const kind = str(get(obj, "kind")) ?? (isKustomization ? "Kustomization" : undefined);
    if (!kind) return;
    // `kind: Component` (kustomize.config.k8s.io) is a reusable kustomization.
    if (kind === "Kustomization" || (kind === "Component" && /kustomize\.config\.k8s\.io/.test(str(get(obj, "apiVersion")) ?? ""))) {
      const kustomization = readKustomization(obj, file, source, at);
      model.patchFiles.push(...kustomization.patchFiles);
      model.kustomizations.push(kustomization);
      return;
    }
    if (kind.endsWith("List")) {
      items(get(obj, "items")).forEach(visit);
      return;
    }
    const name = str(getPath(obj, "metadata", "name")) ?? str(getPath(obj, "metadata", "generateName")) ?? "(unnamed)";
    const namespace = str(getPath(obj, "metadata", "namespace")) ?? "default";
    if (kind === "Service") model.services.push(readService(obj, name, namespace, file, at));
    else if (kind === "Ingress") model.routes.push(readIngress(obj, name, namespace, file, at));
    else if (kind === "HTTPRoute" || kind === "GRPCRoute") model.routes.push(readRoute(obj, kind, name, namespace, file, at));
    else if (kind === "Secret") model.secretValues.push(...readSecret(obj, `Secret/${namespace}/${name}`, at));
    else if (kind === "ConfigMap") model.configMaps.push(readConfigMap(obj, name, namespace, at));
    else if (operatorResource(obj, kind)) readOperatorResource(obj, operatorResource(obj, kind) as OperatorResource, name, namespace, file, model, at);
    else for (const pod of podSpecs(obj, kind)) readPodSpec(pod.spec, labelsOf(pod.labels), pod.where, kind, name, namespace, model, at);
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

/** The pod spec's containers as workloads; `built` is a container an operator builds for the pod, before the others. */
function readPodSpec(spec: YNode | undefined, labels: Record<string, string>, where: string, kind: string, name: string, namespace: string, model: ModelPart, at: At, built?: YNode): void {
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
    let listed = items(get(spec, listKey));
    let first = initOnly ? undefined : built;
    // A container of the pod named like the one the operator builds is merged into it (KServe's kserve-container).
    const same = first && listed.find((c) => str(get(c, "name")) === str(get(first, "name")));
    if (first?.kind === "map" && same?.kind === "map") {
      first = { ...first, entries: new Map([...first.entries, ...same.entries]) };
      listed = listed.filter((c) => c !== same);
    }
    for (const c of first ? [first, ...listed] : listed) {
      const cname = str(get(c, "name")) ?? "(unnamed)";
      const podId = `${kind}/${namespace}/${name}${where && where !== "spec.template.spec" ? `/${where}` : ""}`;
      const id = `${podId}/${listKey}/${cname}`;
      const security = readSecurity(spec, podSec, get(c, "securityContext"), at);
      const workload: Workload = {
        id,
        kind: "k8s-container",
        platform: PLATFORM,
        name: `${kind.toLowerCase()}/${name}/${cname}`,
        unit: { id: podId, name: `${kind.toLowerCase()}/${name}` },
        file: at(c).file,
        pos: at(c),
        argv: [...items(get(c, "command")), ...items(get(c, "args"))].flatMap((n) => (str(n) === undefined ? [] : [{ value: str(n) as string, pos: at(n) }])),
        env: readEnv(get(c, "env"), at),
        envFromOutside: envFromSource(get(c, "envFrom"), at),
        containerPorts: [],
        exposures: [],
        volumes: readMounts(get(c, "volumeMounts"), hostVolumes, at),
        security,
        labels: { ...labels },
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
          const loopback = hostIp !== undefined && LOOPBACK_HOST.test(hostIp);
          workload.exposures.push(exposure("host-port", loopback ? "loopback" : "network", [port], `hostPort ${str(hostPortNode)} on every node it runs on`, at(hostPortNode)));
        }
      }
      model.portNames.set(`${at(c).file}\0${id}`, names);
      if (security.hostNetwork?.value) {
        workload.exposures.push(exposure("host-network", "network", [], "hostNetwork: true (every port it listens on is on the node's interfaces)", security.hostNetwork.pos));
      }
      model.workloads.push(workload);
    }
  }
}

function readKustomization(obj: YNode, file: string, source: string, at: At): Kustomization {
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
  const kustomization: Kustomization = { dir, resources, images, patchFiles: [], opsFiles: [], servicePatches: [] };
  const inTree = (path: string) => posix.normalize(posix.join(dir, path));
  let split: string[] | undefined;
  const lines = () => (split ??= source.split("\n"));
  // `patches` (kustomize v4+) hold either kind by path or inline; the older lists one kind each.
  const entries = [
    ...items(get(obj, "patches")).map((p) => ({ node: p, kind: "any" as const })),
    ...items(get(obj, "patchesJson6902")).map((p) => ({ node: p, kind: "ops" as const })),
    ...items(get(obj, "patchesStrategicMerge")).map((p) => ({ node: p, kind: "merge" as const })),
  ];
  for (const { node, kind } of entries) {
    const target = patchTarget(get(node, "target"));
    const path = kind === "merge" ? str(node) : str(get(node, "path"));
    const inline = kind === "merge" ? (path?.includes("\n") ? node : undefined) : get(node, "patch");
    if (path && !path.includes("\n")) {
      if (kind !== "ops") kustomization.patchFiles.push(inTree(path));
      if (kind !== "merge" && target) kustomization.opsFiles.push({ path: inTree(path), target });
    } else if (inline) {
      kustomization.servicePatches.push(...inlineServicePatches(inline, target, file, lines));
    }
  }
  return kustomization;
}

function patchTarget(node: YNode | undefined): PatchTarget | undefined {
  if (!node) return undefined;
  return { kind: str(get(node, "kind")), name: str(get(node, "name")), namespace: str(get(node, "namespace")) };
}

/** What a patch written inside the kustomization changes in Services: JSON 6902 operations on a Service target, or a Service to merge. */
function inlineServicePatches(text: YNode, target: PatchTarget | undefined, file: string, lines: () => string[]): ServicePatch[] {
  const { roots, place } = embeddedYaml(text, file, lines);
  return roots.flatMap((root): ServicePatch[] => {
    if (root.kind === "seq") {
      if (!target?.name || (target.kind ?? "Service") !== "Service") return [];
      return [servicePatchFromOps({ name: target.name, namespace: target.namespace }, patchOps(root, place))];
    }
    const name = str(getPath(root, "metadata", "name")) ?? target?.name;
    if (str(get(root, "kind")) !== "Service" || !name) return [];
    const typeNode = getPath(root, "spec", "type");
    const type = str(typeNode);
    const externalIps = getPath(root, "spec", "externalIPs");
    return [
      {
        target: { name, namespace: str(getPath(root, "metadata", "namespace")) ?? target?.namespace },
        type: type !== undefined && typeNode ? { value: type, pos: place(typeNode) } : undefined,
        externalIps: items(externalIps).length > 0 && externalIps ? place(externalIps) : undefined,
        internal: internalSetting(INTERNAL_SERVICE_LOAD_BALANCER, [getPath(root, "metadata", "annotations")], getPath(root, "spec", "loadBalancerClass"), place),
      },
    ];
  });
}

function exposure(via: Exposure["via"], reach: Exposure["reach"], containerPorts: number[], description: string, pos: SourcePos): Exposure {
  return { via, reach, containerPorts, description, authenticatedProxy: false, fix: FIX.node, pos };
}

function readSecurity(spec: YNode | undefined, podSec: YNode | undefined, sec: YNode | undefined, at: At): SecuritySettings {
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
    const from = get(e, "valueFrom");
    if (from) return [{ name, source: "reference", origin: get(from, "secretKeyRef") ? "secret" : get(from, "configMapKeyRef") ? "config-map" : "deploy", pos: at(e) }];
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
    internal: internalSetting(INTERNAL_SERVICE_LOAD_BALANCER, [getPath(obj, "metadata", "annotations")], getPath(obj, "spec", "loadBalancerClass"), at),
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
    typeWritten: typeNode !== undefined,
    headless: str(get(spec, "clusterIP")) === "None",
    exposureFix: FIX.service,
    pos: at(anchor),
    file,
  };
}

/**
 * A Gateway API route sends a Gateway's traffic to Services (`backendRefs` of kind Service, the default).
 * Gateways exist to take traffic from outside the cluster, so a route reaches its backends from the network.
 */
function readRoute(obj: YNode, kind: string, name: string, namespace: string, file: string, at: At): RouteDecl {
  const backends = items(getPath(obj, "spec", "rules")).flatMap((rule) =>
    items(get(rule, "backendRefs")).flatMap((ref): RouteBackend[] => {
      const nameNode = get(ref, "name");
      const service = str(nameNode);
      const refKind = str(get(ref, "kind")) ?? "Service";
      if (!service || !nameNode || refKind !== "Service" || (str(get(ref, "namespace")) ?? namespace) !== namespace) return [];
      const port = str(get(ref, "port"));
      return [{ service, port: port && /^\d+$/.test(port) ? Number(port) : undefined, pos: at(nameNode) }];
    }),
  );
  return { id: `${kind}/${namespace}/${name}`, kind, name, namespace, backends, authenticated: false, exposureFix: FIX.route, pos: at(getPath(obj, "metadata", "name") ?? obj), file };
}

function readIngress(obj: YNode, name: string, namespace: string, file: string, at: At): RouteDecl {
  const spec = get(obj, "spec");
  const backends: RouteBackend[] = [];
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
  const annotations = [getPath(obj, "metadata", "annotations")];
  const authenticated = authenticatingProxy(annotations);
  const internal = internalSetting(INTERNAL_INGRESS, annotations, undefined, at);
  return { id: `Ingress/${namespace}/${name}`, kind: "Ingress", name, namespace, backends, authenticated, internal, exposureFix: FIX.route, pos: at(getPath(obj, "metadata", "name") ?? obj), file };
}

/** An annotation puts an authenticating proxy in front (ingress-nginx auth-url, ALB OIDC, …). */
function authenticatingProxy(annotationMaps: (YNode | undefined)[]): boolean {
  return annotationMaps.some((map) => Object.entries(labelsOf(map)).some(([k, v]) => INGRESS_AUTH_ANNOTATIONS.some((a) => a.key.test(k) && (!a.value || a.value.test(v)))));
}

/** The first provider setting, among annotation maps and a loadBalancerClass, that gives a load balancer a private address only. */
function internalSetting(settings: InternalLoadBalancerSetting[], annotationMaps: (YNode | undefined)[], loadBalancerClass: YNode | undefined, at: At): { text: string; pos: SourcePos } | undefined {
  for (const setting of settings) {
    const nodes = setting.field === "annotation" ? annotationMaps.map((map) => get(map, setting.key as string)) : [loadBalancerClass];
    for (const node of nodes) {
      const value = str(node);
      if (!node || value === undefined || !setting.value.test(value.trim())) continue;
      return { text: `${setting.field === "annotation" ? setting.key : "loadBalancerClass"}: ${value.trim()}`, pos: at(node) };
    }
  }
  return undefined;
}

/** The operator resource a custom object is, by its kind and API group. */
function operatorResource(obj: YNode, kind: string): OperatorResource | undefined {
  const group = (str(get(obj, "apiVersion")) ?? "").split("/")[0];
  return OPERATOR_RESOURCES.find((r) => r.kind === kind && r.apiGroup === group);
}

/** `{name}` and `{role}` in an operator's naming pattern. */
function fill(pattern: string, name: string, role = ""): string {
  return pattern.replace(/\{name\}/g, name).replace(/\{role\}/g, role);
}

/** The nodes at a path whose `*` steps stand for every item of a list, each with its path as the generic walker writes it. */
function nodesAt(node: YNode | undefined, path: string[], where: string): { node: YNode; where: string }[] {
  if (!node) return [];
  if (path.length === 0) return [{ node, where }];
  const [key, ...rest] = path;
  if (key === "*") return items(node).flatMap((item, i) => nodesAt(item, rest, `${where}[${i}]`));
  return nodesAt(get(node, key), rest, where ? `${where}.${key}` : key);
}

/** The node a path of the operator data names: from the object's root when it starts with "/", else from `base`. */
function resolve(obj: YNode, base: YNode | undefined, path: FieldPath): YNode | undefined {
  return path[0] === "/" ? getPath(obj, ...path.slice(1)) : getPath(base, ...path);
}

/** Whether a condition holds, with the node that is written when it matches (a map or a list is written; a null is not). */
function holds(obj: YNode, base: YNode | undefined, condition: FieldCondition): { ok: boolean; node?: YNode } {
  const node = resolve(obj, base, condition.path);
  const value = node?.kind === "scalar" ? str(node) : undefined;
  const written = node !== undefined && (node.kind !== "scalar" || value !== undefined);
  const matches = written && (condition.value === undefined || (value !== undefined && condition.value.test(value)));
  return { ok: condition.unless ? !matches : matches, node: matches ? node : undefined };
}

function allHold(obj: YNode, base: YNode | undefined, conditions: FieldCondition[] | undefined): boolean {
  return (conditions ?? []).every((c) => holds(obj, base, c).ok);
}

function scalarAt(value: string, where: YNode): YNode {
  return { kind: "scalar", value, line: where.line, column: where.column, endLine: where.endLine };
}

function mapAt(entries: [string, YNode][], where: YNode): YNode {
  return { kind: "map", entries: new Map(entries.map(([k, v]) => [k, { keyLine: v.line, keyColumn: v.column, value: v }])), line: where.line, column: where.column, endLine: where.endLine };
}

/**
 * The container an operator builds from fields of the resource, as a container node whose values keep the
 * positions where the resource writes them: a container spec it writes (KServe `model`), its image from
 * repository and tag fields, and the other fields it names. Undefined when the resource does not ask for it.
 */
function builtContainer(def: OperatorContainer, obj: YNode, group: YNode, name: string): YNode | undefined {
  const specs = (def.specs ?? []).map((path) => resolve(obj, group, path)).filter((n): n is YNode => n?.kind === "map");
  if (def.specs && specs.length === 0) return undefined;
  if (!allHold(obj, group, def.when)) return undefined;
  const spec = specs[0];
  const fields = new Map<string, YNode>(entries(spec));
  const repository = def.image ? resolve(obj, group, def.image.repository) : undefined;
  const anchor = spec ?? repository ?? (def.when ?? []).map((c) => holds(obj, group, c).node).find(Boolean) ?? group;
  if (!fields.has("name")) fields.set("name", scalarAt(fill(def.name, name), anchor));
  if (def.image && repository && str(repository) && !fields.has("image")) {
    const tag = str(resolve(obj, group, def.image.tag));
    fields.set("image", scalarAt(`${str(repository)}${tag ? `:${tag}` : ""}`, repository));
  }
  for (const [key, path] of Object.entries(def.fields ?? {})) {
    const node = resolve(obj, group, path);
    if (node && !fields.has(key)) fields.set(key, node);
  }
  if (def.port && !fields.has("ports")) {
    const written = def.port.field ? resolve(obj, group, def.port.field) : undefined;
    const port = str(written) ?? String(def.port.default);
    fields.set("ports", { kind: "seq", items: [mapAt([["name", scalarAt(def.port.name, anchor)], ["containerPort", scalarAt(port, written ?? anchor)]], anchor)], line: anchor.line, column: anchor.column, endLine: anchor.endLine });
  }
  return mapAt([...fields], anchor);
}

/**
 * A custom resource whose pods an operator creates (KubeRay's RayCluster, KServe's InferenceService, a
 * NIMService, …): its pod templates and the containers the operator builds from its fields, with what the
 * operator adds (the command it starts, environment from the resource's settings, labels), and the Services,
 * Ingresses and routes the operator generates, which select those pods by id.
 */
function readOperatorResource(obj: YNode, resource: OperatorResource, name: string, namespace: string, file: string, model: ModelPart, at: At): void {
  const spec = get(obj, "spec");
  const clusterWhere = resource.clusterSpec.join(".");
  const cluster = getPath(obj, ...resource.clusterSpec);
  const createdBy = `${resource.operator} for ${resource.kind} ${name}`;
  // Scalar settings of the resource's spec and of its cluster spec: `rayVersion`.
  const fields: Record<string, Located<string>> = {};
  for (const node of [spec, cluster]) {
    for (const [key, value] of entries(node)) if (value.kind === "scalar" && str(value) !== undefined) fields[key] = { value: str(value) as string, pos: at(value) };
  }
  const podsByRole = new Map<string, Workload[][]>();
  const handled = new Set<string>();
  const roleLabels = (group: OperatorPodGroup): Record<string, string> =>
    Object.fromEntries(Object.entries({ ...resource.podLabels, ...group.labels }).map(([k, v]) => [k, fill(v, name, group.role)]));
  for (const group of resource.groups) {
    for (const { node: groupNode, where } of nodesAt(cluster, group.group, clusterWhere)) {
      const podPath = group.podSpec ?? ["template", "spec"];
      const podSpec = getPath(groupNode, ...podPath);
      const built = group.container ? builtContainer(group.container, obj, groupNode, name) : undefined;
      if (!podSpec && !built) continue;
      const podWhere = [where, ...podPath].filter(Boolean).join(".");
      handled.add(podWhere);
      const written = (group.labelsAt ?? [["template", "metadata", "labels"]]).map((path) => labelsOf(resolve(obj, groupNode, path)));
      const start = model.workloads.length;
      readPodSpec(podSpec, Object.assign({}, ...written, roleLabels(group)), podWhere, resource.kind, name, namespace, model, at, built);
      const pod = model.workloads.slice(start);
      for (const w of pod) {
        w.declaredBy = { apiGroup: resource.apiGroup, kind: resource.kind, name, fields };
        // The user the operator runs a pod as when the pod names none: set at deploy time, where the operator is installed.
        if (resource.defaultRunAsUser && !w.security.user) w.security.user = { value: resource.defaultRunAsUser, pos: at(groupNode), origin: "deploy" };
      }
      podsByRole.set(group.role, [...(podsByRole.get(group.role) ?? []), pod]);
      // The operator's additions go to the container it builds, else the pod's first container: the one that runs the product.
      const main = pod.find((w) => !w.initOnly);
      if (!main) continue;
      if (built && group.container) addBuiltSettings(group.container, main, obj, groupNode, at, resource.partialContainers === true);
      const command = group.command;
      const template = get(groupNode, "template");
      const override = command && bool(getPath(template, "metadata", "annotations", command.overrideAnnotation)) === true;
      if (command && !override && !command.skipIf.test(main.argv.map((a) => a.value).join(" "))) {
        const paramsNode = get(groupNode, command.params);
        const anchor = at(paramsNode ?? groupNode);
        main.argv.push(...command.program.map((value) => ({ value, pos: anchor })));
        const params = entries(paramsNode).flatMap(([key, node]) => (str(node) === undefined ? [] : [{ value: `--${key}=${str(node)}`, pos: at(node) }]));
        const defaults = Object.entries(command.defaults)
          .filter(([key]) => !get(paramsNode, key))
          .map(([key, value]) => ({ value: `--${key}=${value}`, pos: anchor }));
        main.argv.push(...params, ...defaults);
      }
      for (const setting of resource.env ?? []) {
        const node = resolve(obj, cluster, setting.field);
        const value = str(node);
        if (node && value !== undefined && setting.value.test(value) && !main.env.some((e) => e.name === setting.env)) {
          main.env.push({ name: setting.env, value: setting.envValue, source: "literal", pos: at(node) });
        }
      }
    }
  }
  // A group that stands in for another's missing template (a LeaderWorkerSet leader) makes its pods too.
  for (const group of resource.groups) {
    const other = resource.groups.find((g) => g.role === group.standsInFor);
    const pods = podsByRole.get(group.role);
    if (!other || !pods || podsByRole.has(other.role)) continue;
    for (const w of pods.flat()) Object.assign(w.labels, roleLabels(other), roleLabels(group));
    podsByRole.set(other.role, pods);
  }
  // Other pod templates of the resource (a RayJob's submitter pod) run like any other.
  for (const pod of podSpecs(obj, resource.kind)) if (!handled.has(pod.where)) readPodSpec(pod.spec, labelsOf(pod.labels), pod.where, resource.kind, name, namespace, model, at);
  const nameAnchor = getPath(obj, "metadata", "name") ?? obj;
  /** The generated Services by their default name: the name they get, and the container their ports come from. */
  const generated = new Map<string, { name: string; first?: Workload }>();
  for (const def of resource.services) {
    if (!allHold(obj, cluster, def.when)) continue;
    const written = def.nameField ? str(resolve(obj, cluster, def.nameField)) : undefined;
    if (def.onlyWhenNamed && !written) continue;
    const svcName = written ?? fill(def.name, name);
    const pods = def.selects.flatMap((role) => podsByRole.get(role) ?? []);
    // The ports come from the first container of the first selected group (a Ray head).
    const first = (podsByRole.get(def.selects[0]) ?? [])[0]?.find((w) => !w.initOnly);
    const ports = generatedPorts(def.ports, first, obj, cluster, model, file);
    if (ports.length === 0 || pods.length === 0) continue;
    let type = "ClusterIP";
    let typeNode: YNode | undefined;
    for (const source of def.types) {
      const hit = "field" in source ? { node: resolve(obj, cluster, source.field), type: str(resolve(obj, cluster, source.field)) } : { ...holds(obj, cluster, source.when), type: source.type };
      if (hit.type === undefined || !hit.node || ("ok" in hit && !hit.ok)) continue;
      type = hit.type;
      typeNode = hit.node;
      break;
    }
    if (def.name) generated.set(def.name, { name: svcName, first });
    const anchor = type !== "ClusterIP" && typeNode ? typeNode : nameAnchor;
    model.services.push({
      id: `Service/${namespace}/${svcName}`,
      name: svcName,
      namespace,
      type,
      selector: {},
      pods: [...new Set(pods.flat().map((w) => w.unit.id))],
      createdBy,
      ports: ports.map((p) => ({ ...p, pos: at(anchor) })),
      externalIps: false,
      headless: false,
      internal: internalSetting(
        INTERNAL_SERVICE_LOAD_BALANCER,
        (def.annotations ?? []).map((path) => resolve(obj, cluster, path)),
        def.loadBalancerClass ? resolve(obj, cluster, def.loadBalancerClass) : undefined,
        at,
      ),
      exposureFix: def.fix,
      pos: at(anchor),
      file,
    });
  }
  for (const def of resource.routes ?? []) {
    const checks = def.when.map((c) => holds(obj, cluster, c));
    if (!checks.every((c) => c.ok)) continue;
    const target = def.services.map((s) => generated.get(s)).find(Boolean);
    if (!target) continue;
    const anchor = checks.find((c) => c.node)?.node ?? nameAnchor;
    const byName = def.port?.name && target.first ? model.portNames.get(`${file}\0${target.first.id}`)?.get(def.port.name) : undefined;
    const byField = def.port?.field ? Number(str(resolve(obj, cluster, def.port.field))) : NaN;
    const port = def.port ? (byName ?? (Number.isInteger(byField) ? byField : def.port.default)) : undefined;
    const routeName = fill(def.name, name);
    const annotations = (def.annotations ?? []).map((path) => resolve(obj, cluster, path));
    model.routes.push({
      id: `${def.kind}/${namespace}/${routeName}`,
      kind: def.kind,
      name: routeName,
      namespace,
      backends: [{ service: target.name, port, pos: at(anchor) }],
      authenticated: authenticatingProxy(annotations) || (def.authenticatedWhen ?? []).some((c) => holds(obj, cluster, c).ok),
      internal: internalSetting(INTERNAL_INGRESS, annotations, undefined, at),
      createdBy,
      exposureFix: def.fix,
      pos: at(anchor),
      file,
    });
  }
}

/** What an operator adds to a container it builds: the server its runtime starts, a ConfigMap it mounts. */
function addBuiltSettings(def: OperatorContainer, main: Workload, obj: YNode, group: YNode, at: At, partial: boolean): void {
  if (partial) main.partial = true;
  if (def.product && main.declaredBy) main.declaredBy = { ...main.declaredBy, runs: def.product };
  const spec = (def.specs ?? []).map((path) => resolve(obj, group, path)).find((n) => n?.kind === "map");
  // A command written in the container spec replaces the runtime's.
  if (!get(spec, "command")) {
    for (const runtime of def.runtimes ?? []) {
      const set = runtime.when.find((conditions) => allHold(obj, group, conditions));
      if (!set) continue;
      const anchor = at(set.map((c) => holds(obj, group, c).node).find(Boolean) ?? spec ?? group);
      main.argv.unshift(...runtime.argv.map((value) => ({ value, pos: anchor })));
      break;
    }
  }
  const configNode = def.configMap ? resolve(obj, group, def.configMap.nameField) : undefined;
  const configMap = str(configNode);
  if (def.configMap && configNode && configMap) {
    main.volumes.push({ kind: "other", source: `ConfigMap ${configMap}`, target: def.configMap.mountPath, readOnly: true, pos: at(configNode) });
    main.argv.push(...def.configMap.argv.map((value) => ({ value, pos: at(configNode) })));
  }
}

/** The ports of a generated Service, as the operator derives them. */
function generatedPorts(def: GeneratedPorts, first: Workload | undefined, obj: YNode, cluster: YNode | undefined, model: ModelPart, file: string): { port: number; targetPort: number }[] {
  if (def.from === "fixed") return def.ports;
  if (def.from === "field") {
    const written = Number(str(resolve(obj, cluster, def.field)));
    const port = Number.isInteger(written) && written > 0 ? written : def.default;
    return [{ port, targetPort: port }];
  }
  const named = first ? [...(model.portNames.get(`${file}\0${first.id}`) ?? new Map<string, number>())] : [];
  let declared = def.names ? named.filter(([portName]) => def.names?.test(portName)).map(([, port]) => port) : (first?.containerPorts.map((p) => p.value) ?? []);
  if (def.first) declared = declared.slice(0, 1);
  const ports = [...new Set([...(declared.length > 0 || def.names ? declared : def.defaults), ...(def.always ?? [])])];
  if (def.servicePort !== undefined && ports.length === 1) return [{ port: def.servicePort, targetPort: ports[0] }];
  return ports.map((port) => ({ port, targetPort: port }));
}
