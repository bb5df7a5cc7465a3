// What Kubernetes operators create at run time from their custom resources: the command line they give
// a pod's first container, the environment they add, and the Services and Ingresses they generate. Data
// about platforms, read by the Kubernetes reader, so that an Ingress or another Service that names a
// generated Service reaches the pods it selects. Paths are lists of keys; `*` stands for every item of a list.

/** A pod template of the resource, and what the operator adds to its first container. */
export interface OperatorPodGroup {
  /** The role generated Services select by: `head`, `worker`. */
  role: string;
  /** Path from the cluster spec to the group; the pod template is its `template`. */
  group: string[];
  /**
   * The command the operator appends to the first container's: `program`, then `--key=value` for every entry
   * of the group's `params` map, then `defaults` for keys the map leaves out. Skipped when the container's
   * own command already runs `skipIf`, or when the pod template's annotation `overrideAnnotation` is "true".
   */
  command?: { program: string[]; params: string; defaults: Record<string, string>; skipIf: RegExp; overrideAnnotation: string };
}

/** A Service the operator creates. `{name}` stands for the resource's name. */
export interface GeneratedService {
  /** The default name. */
  name: string;
  /** A field that names the Service instead (path from the cluster spec, or from the resource's spec with `fromResourceSpec`). */
  nameField?: string[];
  /** The Service exists only when `nameField` is written (a child object's Service named by the user). */
  onlyWhenNamed?: boolean;
  fromResourceSpec?: boolean;
  /** Only when the resource carries this annotation with this value. */
  whenAnnotation?: { key: string; value: string };
  /** The pod groups it selects. */
  selects: string[];
  /**
   * Its ports: the first container's declared ports of the first selected group (only those whose name
   * matches `portNames`), or `defaultPorts` when it declares none; `alwaysPorts` are added.
   */
  portNames?: RegExp;
  defaultPorts: number[];
  alwaysPorts?: number[];
  /** Fields that set its type, first written wins (paths from the cluster spec; `resource:` prefix = from the resource's spec); ClusterIP otherwise. */
  typeFields: string[][];
}

/** An Ingress the operator creates when a field is true, routing to a generated Service's port. */
export interface GeneratedIngress {
  name: string;
  /** Path from the cluster spec to the boolean that asks for it. */
  enabledBy: string[];
  /** The generated Service it routes to (its `name`), and the container port it targets: by name, else the default. */
  service: string;
  portName: string;
  defaultPort: number;
}

/** A setting of the resource that the operator turns into an environment variable of the first container. */
export interface GeneratedEnv {
  /** Path from the cluster spec. */
  field: string[];
  value: RegExp;
  env: string;
  envValue: string;
}

export interface OperatorResource {
  operator: string;
  apiGroup: string;
  kind: string;
  /** Path from the resource's `spec` to the cluster spec that holds the pod groups. */
  clusterSpec: string[];
  /** Labels the operator puts on every pod of a group (`{name}`, `{role}`); only where they are predictable. */
  podLabels?: Record<string, string>;
  groups: OperatorPodGroup[];
  services: GeneratedService[];
  ingresses?: GeneratedIngress[];
  env?: GeneratedEnv[];
  sources: string[];
}

const KUBERAY_SOURCES = [
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/service.go (BuildServiceForHeadPod, BuildHeadServiceForRayService, BuildServeService: names, selectors, ports, types)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/utils/util.go (GenerateHeadServiceName: `<name>-head-svc`, or headService.metadata.name for a RayCluster; GenerateServeServiceName: `<name>-serve-svc`)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/utils/constant.go (DefaultClientPort 10001, DefaultGcsServerPort 6379, DefaultDashboardPort 8265, DefaultMetricsPort 8080, DefaultServingPort 8000; label keys)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/pod.go (setMissingRayStartParams: dashboard-host 0.0.0.0 on the head; generateRayStartCommand: `ray start --head` + rayStartParams; BuildPod: appended unless the command runs `ray start` or ray.io/overwrite-container-cmd is true; SetContainerTokenAuthEnvVars: RAY_AUTH_MODE=token when authOptions.mode is token; labelPod)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/ingress.go (BuildIngressForHeadService: `<name>-head-ingress` to the head Service's dashboard port when headGroupSpec.enableIngress is true)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/raycluster_controller.go (serve Service of a RayCluster only with the annotation ray.io/enable-serve-service: \"true\")",
  "https://docs.ray.io/en/latest/cluster/kubernetes/user-guides/config.html (head Service, serviceType, rayStartParams)",
];

const rayStart = (head: boolean): OperatorPodGroup["command"] => ({
  program: head ? ["ray", "start", "--head"] : ["ray", "start"],
  params: "rayStartParams",
  defaults: head ? { "dashboard-host": "0.0.0.0" } : {},
  skipIf: /\bray\s+start\b/,
  overrideAnnotation: "ray.io/overwrite-container-cmd",
});

/** Labels KubeRay puts on every Ray pod (labelPod), which a user's Service may select. */
const RAY_NODE_LABELS = { "ray.io/node-type": "{role}", "ray.io/is-ray-node": "yes" };

const RAY_GROUPS: OperatorPodGroup[] = [
  { role: "head", group: ["headGroupSpec"], command: rayStart(true) },
  { role: "worker", group: ["workerGroupSpecs", "*"], command: rayStart(false) },
];

/** The head Service's ports: every port the head's Ray container declares, or KubeRay's defaults; the metrics port always. */
const HEAD_PORTS = { defaultPorts: [10001, 6379, 8265, 8080, 8000], alwaysPorts: [8080] };
const SERVE_PORTS = { portNames: /^serve(-.*)?$/, defaultPorts: [] };
const HEAD_TYPE = [
  ["headGroupSpec", "headService", "spec", "type"],
  ["headGroupSpec", "serviceType"],
];
const RAY_ENV: GeneratedEnv[] = [{ field: ["authOptions", "mode"], value: /^token$/, env: "RAY_AUTH_MODE", envValue: "token" }];
const RAY_INGRESS: GeneratedIngress[] = [{ name: "{name}-head-ingress", enabledBy: ["headGroupSpec", "enableIngress"], service: "{name}-head-svc", portName: "dashboard", defaultPort: 8265 }];
const CUSTOM_HEAD_SERVICE: GeneratedService = {
  // The RayCluster a RayService or RayJob creates takes the custom head Service name.
  name: "",
  nameField: ["headGroupSpec", "headService", "metadata", "name"],
  onlyWhenNamed: true,
  selects: ["head"],
  ...HEAD_PORTS,
  typeFields: HEAD_TYPE,
};

export const OPERATOR_RESOURCES: OperatorResource[] = [
  {
    operator: "KubeRay",
    apiGroup: "ray.io",
    kind: "RayCluster",
    clusterSpec: [],
    podLabels: { ...RAY_NODE_LABELS, "ray.io/cluster": "{name}" },
    groups: RAY_GROUPS,
    services: [
      { name: "{name}-head-svc", nameField: ["headGroupSpec", "headService", "metadata", "name"], selects: ["head"], ...HEAD_PORTS, typeFields: HEAD_TYPE },
      { name: "{name}-serve-svc", whenAnnotation: { key: "ray.io/enable-serve-service", value: "true" }, selects: ["head", "worker"], ...SERVE_PORTS, typeFields: [["headGroupSpec", "serviceType"]] },
    ],
    ingresses: RAY_INGRESS,
    env: RAY_ENV,
    sources: KUBERAY_SOURCES,
  },
  {
    operator: "KubeRay",
    apiGroup: "ray.io",
    kind: "RayService",
    clusterSpec: ["rayClusterConfig"],
    // The RayCluster it creates has a generated name, so `ray.io/cluster` cannot be predicted.
    podLabels: RAY_NODE_LABELS,
    groups: RAY_GROUPS,
    services: [
      { name: "{name}-head-svc", selects: ["head"], ...HEAD_PORTS, typeFields: HEAD_TYPE },
      CUSTOM_HEAD_SERVICE,
      {
        name: "{name}-serve-svc",
        nameField: ["serveService", "metadata", "name"],
        fromResourceSpec: true,
        selects: ["head", "worker"],
        ...SERVE_PORTS,
        typeFields: [["resource:", "serveService", "spec", "type"], ["headGroupSpec", "serviceType"]],
      },
    ],
    ingresses: RAY_INGRESS,
    env: RAY_ENV,
    sources: KUBERAY_SOURCES,
  },
  {
    operator: "KubeRay",
    apiGroup: "ray.io",
    kind: "RayJob",
    clusterSpec: ["rayClusterSpec"],
    podLabels: RAY_NODE_LABELS,
    groups: RAY_GROUPS,
    services: [{ name: "{name}-head-svc", selects: ["head"], ...HEAD_PORTS, typeFields: HEAD_TYPE }, CUSTOM_HEAD_SERVICE],
    ingresses: RAY_INGRESS,
    env: RAY_ENV,
    sources: KUBERAY_SOURCES,
  },
];
