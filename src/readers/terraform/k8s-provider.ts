// Kubernetes objects declared with Terraform's Kubernetes provider (`kubernetes_deployment`, `_v1`, pods,
// stateful sets, daemon sets, jobs, Services, Ingresses): the same Workload, ServiceDecl and RouteDecl shapes
// the Kubernetes reader makes of a manifest, with the HCL positions, so that every exposure, authentication and
// hardening rule reads them alike. The provider writes the manifest's fields in snake case and every nested
// object as a block: `spec { template { spec { container { security_context { … } } } } }`.
// https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1
import { LOOPBACK_HOST } from "../../catalog/addresses.js";
import { INTERNAL_SERVICE_LOAD_BALANCER, INTERNAL_INGRESS, type InternalLoadBalancerSetting } from "../../catalog/load-balancers.js";
import { INGRESS_AUTH_ANNOTATIONS } from "../../catalog/proxies.js";
import { parseImageRef } from "../../model/image.js";
import type { EnvVar, Exposure, Located, ModelPart, Platform, RouteBackend, SecuritySettings, SourcePos, VolumeMount, Workload } from "../../model/types.js";
import type { Extractor, Resource } from "./module.js";
import { at, blocks, bool, get, items, num, str, type TfMap, type TfValue } from "./values.js";

export const K8S_PLATFORM: Platform = {
  noun: "container",
  definesImage: false,
  hardeningSettings: true,
  deploysAsWritten: true,
  fix: {
    nonRoot: "Set security_context { run_as_non_root = true, run_as_user = <non-zero uid> } on the container.",
    secret: "Move it into a kubernetes_secret and reference it with env { value_from { secret_key_ref { … } } }; rotate the value.",
    noPrivilegeEscalation: "Set security_context { allow_privilege_escalation = false } on the container.",
  },
};

const FIX = {
  node: "Remove host_network / host_port and reach it through a kubernetes_service of type ClusterIP.",
  service: 'Use type = "ClusterIP" and reach it through an authenticated ingress or kubectl port-forward; at least restrict load_balancer_source_ranges.',
  route: "Require authentication in front of the ingress (oauth2-proxy through the nginx.ingress.kubernetes.io/auth-url annotation, or the controller's auth) or remove the rule.",
};

/** Where each kind keeps its pod template's spec: `spec { template { spec { … } } }`. */
const POD_PATHS: Record<string, { kind: string; path: string[] }> = {
  kubernetes_pod: { kind: "Pod", path: [] },
  kubernetes_pod_v1: { kind: "Pod", path: [] },
  kubernetes_deployment: { kind: "Deployment", path: ["template"] },
  kubernetes_deployment_v1: { kind: "Deployment", path: ["template"] },
  kubernetes_stateful_set: { kind: "StatefulSet", path: ["template"] },
  kubernetes_stateful_set_v1: { kind: "StatefulSet", path: ["template"] },
  kubernetes_daemonset: { kind: "DaemonSet", path: ["template"] },
  kubernetes_daemon_set_v1: { kind: "DaemonSet", path: ["template"] },
  kubernetes_replication_controller: { kind: "ReplicationController", path: ["template"] },
  kubernetes_replication_controller_v1: { kind: "ReplicationController", path: ["template"] },
  kubernetes_job: { kind: "Job", path: ["template"] },
  kubernetes_job_v1: { kind: "Job", path: ["template"] },
  kubernetes_cron_job: { kind: "CronJob", path: ["job_template", "spec", "template"] },
  kubernetes_cron_job_v1: { kind: "CronJob", path: ["job_template", "spec", "template"] },
};

/** The first block (or object) of a type: Terraform's `spec[0]`. */
function first(map: TfValue | undefined, key: string): TfMap | undefined {
  return blocks(map, key)[0];
}

function path(map: TfMap | undefined, keys: string[]): TfMap | undefined {
  return keys.reduce<TfMap | undefined>((m, k) => first(m, k), map);
}

function locatedBool(value: TfValue | undefined): Located<boolean> | undefined {
  const b = bool(value);
  return value && b !== undefined ? { value: b, pos: at(value) } : undefined;
}

function stringMap(value: TfValue | undefined): Record<string, string> {
  if (value?.kind !== "map") return {};
  return Object.fromEntries([...value.entries].flatMap(([k, v]) => (str(v) === undefined ? [] : [[k, str(v) as string]])));
}

/** The strings of a list; `unknown`: some item (or the list itself) is set by whoever deploys. */
function stringList(value: TfValue | undefined): { values: Located<string>[]; unknown?: TfValue } {
  if (!value || value.kind === "null") return { values: [] };
  if (value.kind !== "list") return { values: [], unknown: value };
  const values: Located<string>[] = [];
  let unknown: TfValue | undefined;
  for (const v of items(value)) {
    const text = str(v);
    if (text === undefined) unknown ??= v;
    else values.push({ value: text, pos: at(v) });
  }
  return { values, unknown };
}

function describeUnknown(value: TfValue): string {
  return value.kind === "unknown" && value.ref ? value.ref : value.via ? value.via.text : "an expression";
}

function podName(resource: Resource): { name: string; namespace: string } {
  const metadata = first(resource.body, "metadata");
  return { name: str(get(metadata, "name")) ?? str(get(metadata, "generate_name")) ?? resource.name, namespace: str(get(metadata, "namespace")) ?? "default" };
}

const podExtractor: Extractor = (resource, part) => {
  const where = POD_PATHS[resource.type];
  const { name, namespace } = podName(resource);
  const spec = first(resource.body, "spec");
  const template = where.path.length ? path(spec, where.path) : undefined;
  const podSpec = where.path.length ? first(template, "spec") : spec;
  if (!podSpec) return;
  const labels = stringMap(get(first(where.path.length ? template : resource.body, "metadata"), "labels"));
  readPod(resource, podSpec, labels, where.kind, name, namespace, part);
};

function readEnv(container: TfMap): { env: EnvVar[]; outside?: Workload["envFromOutside"] } {
  const env: EnvVar[] = [];
  for (const e of blocks(container, "env")) {
    const name = str(get(e, "name"));
    if (!name) continue;
    const from = first(e, "value_from");
    if (from) {
      env.push({ name, source: "reference", origin: first(from, "secret_key_ref") ? "secret" : first(from, "config_map_key_ref") ? "config-map" : "deploy", pos: from.pos });
      continue;
    }
    const valueNode = get(e, "value");
    const value = str(valueNode);
    const pos = valueNode ? at(valueNode) : e.pos;
    if (value === undefined) {
      // Set by whoever deploys (a variable without a default, a resource's output): like `${VAR}` in compose.
      if (valueNode && valueNode.kind !== "null") env.push({ name, value: `\${${describeUnknown(valueNode)}}`, source: "variable", pos });
      else env.push({ name, value: "", source: "literal", pos });
      continue;
    }
    const fromVariableDefault = valueNode?.via?.text.startsWith("var.") && valueNode.via.text.includes("its default");
    // `$(OTHER_VAR)` is expanded by the kubelet from another variable: set at deploy time.
    const source: EnvVar["source"] = /\$\([A-Za-z_][A-Za-z0-9_]*\)/.test(value) ? "variable" : fromVariableDefault ? "variable-default" : "literal";
    env.push({ name, value, source, pos });
  }
  const envFrom = blocks(container, "env_from")[0];
  const envValue = get(container, "env");
  // `env = var.env` or a `dynamic "env"` over a collection the repository does not give: any variable may be set.
  const unknownEnv = envValue && envValue.kind !== "list" && envValue.kind !== "map" ? envValue : undefined;
  const outside = envFrom
    ? { path: `env_from ${str(get(first(envFrom, "secret_ref"), "name")) ?? str(get(first(envFrom, "config_map_ref"), "name")) ?? "source"}`, pos: envFrom.pos }
    : unknownEnv
      ? { path: `env from ${describeUnknown(unknownEnv)}`, pos: at(unknownEnv) }
      : undefined;
  return { env, outside };
}

function readSecurity(podSpec: TfMap, podSec: TfMap | undefined, sec: TfMap | undefined): SecuritySettings {
  const pick = (key: string) => get(sec, key) ?? get(podSec, key);
  const userValue = pick("run_as_user");
  const user = str(userValue);
  const caps = first(sec, "capabilities");
  const unconfined = (["seccomp", "apparmor"] as const).flatMap((kind) => {
    const key = kind === "seccomp" ? "seccomp_profile" : "app_armor_profile";
    const type = get(first(sec, key) ?? first(podSec, key), "type");
    return str(type) === "Unconfined" && type ? [{ value: kind, pos: at(type) }] : [];
  });
  return {
    privileged: locatedBool(get(sec, "privileged")),
    allowPrivilegeEscalation: locatedBool(get(sec, "allow_privilege_escalation")),
    runAsNonRoot: locatedBool(pick("run_as_non_root")),
    user: userValue && user !== undefined ? { value: user, pos: at(userValue) } : undefined,
    capAdd: stringList(get(caps, "add")).values,
    capDrop: stringList(get(caps, "drop")).values.map((c) => c.value),
    hostNetwork: locatedBool(get(podSpec, "host_network")),
    hostPid: locatedBool(get(podSpec, "host_pid")),
    hostIpc: locatedBool(get(podSpec, "host_ipc")),
    unconfined,
  };
}

function readMounts(container: TfMap, volumes: Map<string, { path: string; pos: SourcePos; kind: "host-path" | "other" }>): VolumeMount[] {
  return blocks(container, "volume_mount").flatMap((m): VolumeMount[] => {
    const name = str(get(m, "name"));
    const volume = name ? volumes.get(name) : undefined;
    if (!volume) return [];
    return [{ kind: volume.kind, source: volume.path, target: str(get(m, "mount_path")), subPath: str(get(m, "sub_path")) || undefined, readOnly: bool(get(m, "read_only")) === true, pos: volume.pos }];
  });
}

function exposure(via: Exposure["via"], reach: Exposure["reach"], containerPorts: number[], description: string, pos: SourcePos): Exposure {
  return { via, reach, containerPorts, description, authenticatedProxy: false, fix: FIX.node, pos };
}

function readPod(resource: Resource, podSpec: TfMap, labels: Record<string, string>, kind: string, name: string, namespace: string, part: ModelPart): void {
  const podSec = first(podSpec, "security_context");
  const volumes = new Map<string, { path: string; pos: SourcePos; kind: "host-path" | "other" }>();
  for (const volume of blocks(podSpec, "volume")) {
    const volName = str(get(volume, "name"));
    const hostPath = str(get(first(volume, "host_path"), "path"));
    const object = str(get(first(volume, "config_map"), "name")) ?? str(get(first(volume, "secret"), "secret_name"));
    if (volName && hostPath) volumes.set(volName, { path: hostPath, pos: volume.pos, kind: "host-path" });
    else if (volName && object) volumes.set(volName, { path: `${first(volume, "config_map") ? "ConfigMap" : "Secret"} ${object}`, pos: volume.pos, kind: "other" });
  }
  const gpuRuntime = /nvidia/i.test(str(get(podSpec, "runtime_class_name")) ?? "");
  for (const [listKey, initOnly] of [
    ["init_container", true],
    ["container", false],
  ] as const) {
    for (const c of blocks(podSpec, listKey)) {
      const cname = str(get(c, "name")) ?? "(unnamed)";
      const unitId = resource.address;
      const id = `${unitId}/${listKey === "container" ? "containers" : "initContainers"}/${cname}`;
      const security = readSecurity(podSpec, podSec, first(c, "security_context"));
      const command = stringList(get(c, "command"));
      const args = stringList(get(c, "args"));
      const unknownArgs = command.unknown ?? args.unknown;
      const { env, outside } = readEnv(c);
      const resources = first(c, "resources");
      const workload: Workload = {
        id,
        kind: "k8s-container",
        platform: K8S_PLATFORM,
        name: `${kind.toLowerCase()}/${name}/${cname}`,
        unit: { id: unitId, name: `${kind.toLowerCase()}/${name}` },
        file: c.pos.file,
        pos: c.pos,
        argv: [...command.values, ...args.values],
        env,
        envFromOutside: outside,
        ...(unknownArgs && { argvFromOutside: { path: `the arguments from ${describeUnknown(unknownArgs)}`, pos: at(unknownArgs) } }),
        containerPorts: [],
        exposures: [],
        volumes: readMounts(c, volumes),
        security,
        labels,
        namespace,
        initOnly,
        partial: get(c, "image") === undefined,
        gpu: gpuRuntime || ["limits", "requests"].some((k) => stringMap(get(resources, k))["nvidia.com/gpu"] !== undefined),
        buildSteps: [],
      };
      const imageValue = get(c, "image");
      const image = str(imageValue);
      if (imageValue && image) {
        workload.image = parseImageRef(image, at(imageValue));
        part.components.push({ type: "image", name: image, version: workload.image.tag, image: workload.image, workloadId: id, pos: at(imageValue) });
      }
      const names = new Map<string, number>();
      for (const p of blocks(c, "port")) {
        const portValue = get(p, "container_port");
        const port = num(portValue);
        if (!portValue || port === undefined) continue;
        workload.containerPorts.push({ value: port, pos: at(portValue) });
        const portName = str(get(p, "name"));
        if (portName) names.set(portName, port);
        const hostPortValue = get(p, "host_port");
        if (hostPortValue && (num(hostPortValue) ?? 0) > 0 && !security.hostNetwork?.value) {
          const hostIp = str(get(p, "host_ip"));
          const loopback = hostIp !== undefined && LOOPBACK_HOST.test(hostIp);
          workload.exposures.push(exposure("host-port", loopback ? "loopback" : "network", [port], `host_port ${num(hostPortValue)} on every node it runs on`, at(hostPortValue)));
        }
      }
      part.portNames.set(`${workload.file}\0${id}`, names);
      if (security.hostNetwork?.value) {
        workload.exposures.push(exposure("host-network", "network", [], "host_network = true (every port it listens on is on the node's interfaces)", security.hostNetwork.pos));
      }
      part.workloads.push(workload);
    }
  }
}

/** The first provider setting written on the object that gives its load balancer a private address only. */
function internalSetting(settings: InternalLoadBalancerSetting[], metadata: TfMap | undefined, spec: TfMap | undefined): { text: string; pos: SourcePos } | undefined {
  const annotations = get(metadata, "annotations");
  for (const setting of settings) {
    const value = setting.field === "annotation" ? get(annotations, setting.key as string) : get(spec, "load_balancer_class");
    const text = str(value);
    if (!value || text === undefined || !setting.value.test(text.trim())) continue;
    return { text: `${setting.field === "annotation" ? setting.key : "load_balancer_class"} = ${text.trim()}`, pos: at(value) };
  }
  return undefined;
}

const serviceExtractor: Extractor = (resource, part) => {
  const { name, namespace } = podName(resource);
  const metadata = first(resource.body, "metadata");
  const spec = first(resource.body, "spec");
  const typeValue = get(spec, "type");
  const type = str(typeValue) ?? "ClusterIP";
  const externalIpsValue = get(spec, "external_ips");
  const externalIps = stringList(externalIpsValue).values.length > 0;
  const anchor = type !== "ClusterIP" && typeValue ? at(typeValue) : externalIps && externalIpsValue ? at(externalIpsValue) : (metadata?.pos ?? resource.pos);
  part.services.push({
    id: `Service/${namespace}/${name}`,
    name,
    namespace,
    type,
    selector: stringMap(get(spec, "selector")),
    ports: blocks(spec, "port").map((p) => {
      const target = str(get(p, "target_port"));
      return { port: num(get(p, "port")), targetPort: target === undefined ? undefined : /^\d+$/.test(target) ? Number(target) : target, nodePort: num(get(p, "node_port")) || undefined, pos: p.pos };
    }),
    externalIps,
    headless: str(get(spec, "cluster_ip")) === "None",
    internal: type === "LoadBalancer" ? internalSetting(INTERNAL_SERVICE_LOAD_BALANCER, metadata, spec) : undefined,
    exposureFix: FIX.service,
    pos: anchor,
    file: resource.file,
  });
};

const ingressExtractor: Extractor = (resource, part) => {
  const { name, namespace } = podName(resource);
  const metadata = first(resource.body, "metadata");
  const spec = first(resource.body, "spec");
  const backends: RouteBackend[] = [];
  const addBackend = (backend: TfMap | undefined) => {
    if (!backend) return;
    // networking.k8s.io/v1 (`kubernetes_ingress_v1`): backend { service { name, port { number | name } } };
    // v1beta1 (`kubernetes_ingress`): backend { service_name, service_port }.
    const service = first(backend, "service");
    const nameValue = service ? get(service, "name") : get(backend, "service_name");
    const serviceName = str(nameValue);
    if (!serviceName || !nameValue) return;
    const port = service ? first(service, "port") : undefined;
    const portText = service ? (str(get(port, "number")) ?? str(get(port, "name"))) : str(get(backend, "service_port"));
    backends.push({ service: serviceName, port: portText === undefined ? undefined : /^\d+$/.test(portText) ? Number(portText) : portText, pos: at(nameValue) });
  };
  addBackend(first(spec, "default_backend") ?? first(spec, "backend"));
  for (const rule of blocks(spec, "rule")) for (const p of blocks(first(rule, "http"), "path")) addBackend(first(p, "backend"));
  const annotations = stringMap(get(metadata, "annotations"));
  const authenticated = Object.entries(annotations).some(([k, v]) => INGRESS_AUTH_ANNOTATIONS.some((a) => a.key.test(k) && (!a.value || a.value.test(v))));
  part.routes.push({
    id: `Ingress/${namespace}/${name}`,
    kind: "Ingress",
    name,
    namespace,
    backends,
    authenticated,
    internal: internalSetting(INTERNAL_INGRESS, metadata, spec),
    exposureFix: FIX.route,
    pos: metadata?.pos ?? resource.pos,
    file: resource.file,
  });
};

export const K8S_EXTRACTORS: Record<string, Extractor> = {
  ...Object.fromEntries(Object.keys(POD_PATHS).map((type) => [type, podExtractor])),
  kubernetes_service: serviceExtractor,
  kubernetes_service_v1: serviceExtractor,
  kubernetes_ingress: ingressExtractor,
  kubernetes_ingress_v1: ingressExtractor,
};
