// What Kubernetes operators create at run time from their custom resources: the pods they build (from pod
// templates, or from fields that only name an image or a model server), the command line and environment
// they give the main container, the labels they put on the pods, and the Services, Ingresses and routes they
// generate. Data about platforms, read by the Kubernetes reader, so that every rule judges these pods like
// any other, and a Service or an Ingress that names a generated Service reaches the pods it selects.
//
// Paths are lists of keys; `*` stands for every item of a list. A path whose first key is "/" starts at the
// object's root (`["/", "metadata", "annotations", "kaito.sh/enablelb"]`); any other starts where the field
// that holds it says (the cluster spec, or a pod group).

export type FieldPath = string[];

/** A value written in the resource: at `path`, matching `value` in full (any value when there is no `value`). */
export interface FieldCondition {
  path: FieldPath;
  value?: RegExp;
  /** The condition holds when no such value is written. */
  unless?: boolean;
}

/** A server the operator starts in a container it builds, and when it picks it. */
export interface OperatorRuntime {
  /** What it is, in the operator's words: `ClusterServingRuntime kserve-tritonserver`. */
  name: string;
  /** Any of these sets of conditions (paths from the pod group), all of one set holding. */
  when: FieldCondition[][];
  /** Its command line, before the container's own args; not added when the container writes its own `command`. */
  argv: string[];
}

/** A container the operator builds from fields of the resource (no pod template gives it). */
export interface OperatorContainer {
  /** Its name (`{name}` is the resource's name), unless its container spec names it. */
  name: string;
  /** It exists only when these hold (paths from the pod group). */
  when?: FieldCondition[];
  /** Maps written like a container (KServe's `model`): the first one written is read as the container; with `specs`, it exists only when one is written. */
  specs?: FieldPath[];
  /** The image, from a repository and a tag field (NIMService `image.repository` and `image.tag`). */
  image?: { repository: FieldPath; tag: FieldPath };
  /** Container fields the resource writes in other places (paths from the pod group). */
  fields?: Partial<Record<"command" | "args" | "env" | "envFrom" | "resources" | "volumeMounts" | "securityContext", FieldPath>>;
  /** The port it serves on: the value of `field` when written, else `default`. */
  port?: { name: string; field?: FieldPath; default: number };
  /** What it runs when its own command does not say: the first runtime whose conditions hold. */
  runtimes?: OperatorRuntime[];
  /** A ConfigMap the resource names that the operator mounts at `mountPath` and hands to the server with `argv`. */
  configMap?: { nameField: FieldPath; mountPath: string; argv: string[] };
  /** The catalog product it runs when neither its image nor its command tells (a NIMService runs a NIM whatever registry its image comes from). */
  product?: string;
}

/** A pod of the resource, and what the operator adds to its first container. */
export interface OperatorPodGroup {
  /** The role generated Services select by: `head`, `worker`, `predictor`. */
  role: string;
  /** Path from the cluster spec to the group. */
  group: FieldPath;
  /** Path from the group to its pod spec; `["template", "spec"]` when not given. */
  podSpec?: FieldPath;
  /** Paths from the group to label maps the pods carry; `[["template", "metadata", "labels"]]` when not given. */
  labelsAt?: FieldPath[];
  /** Labels the operator puts on this group's pods only (`{name}`, `{role}`). */
  labels?: Record<string, string>;
  /** When the group of this role has no pod template, this group's template makes its pods too (a LeaderWorkerSet's leader). */
  standsInFor?: string;
  /**
   * The command the operator appends to the first container's: `program`, then `--key=value` for every entry
   * of the group's `params` map, then `defaults` for keys the map leaves out. Skipped when the container's
   * own command already runs `skipIf`, or when the pod template's annotation `overrideAnnotation` is "true".
   */
  command?: { program: string[]; params: string; defaults: Record<string, string>; skipIf: RegExp; overrideAnnotation: string };
  /** A container the operator builds from the group's fields; it is the group's first container. */
  container?: OperatorContainer;
}

/**
 * The ports of a generated Service.
 * - `container`: the ports the first container of the first selected group declares (only those whose name
 *   matches `names`; only the first with `first`), or `defaults` when it declares none; `always` are added;
 *   `servicePort` is the Service's own port when it differs from the container's (one port).
 * - `field`: one port, from a field of the cluster spec, else `default`.
 * - `fixed`: the operator's own list.
 */
export type GeneratedPorts =
  | { from: "container"; names?: RegExp; first?: boolean; defaults: number[]; always?: number[]; servicePort?: number }
  | { from: "field"; field: FieldPath; default: number }
  | { from: "fixed"; ports: { port: number; targetPort: number }[] };

/** How a generated Service's type is set: the value of a field, or a type a condition gives. */
export type GeneratedType = { field: FieldPath } | { when: FieldCondition; type: string };

/** A Service the operator creates. `{name}` stands for the resource's name. */
export interface GeneratedService {
  /** The default name; a name no object can have (`<…>`) when the operator adds a part the file cannot tell. */
  name: string;
  /** A field that names the Service instead (path from the cluster spec). */
  nameField?: FieldPath;
  /** The Service exists only when `nameField` is written (a child object's Service named by the user). */
  onlyWhenNamed?: boolean;
  /** It exists only when these hold (paths from the cluster spec). */
  when?: FieldCondition[];
  /** The pod groups it selects. */
  selects: string[];
  ports: GeneratedPorts;
  /** First that applies wins (paths from the cluster spec); ClusterIP otherwise. */
  types: GeneratedType[];
  /** Annotation maps the operator copies onto it (a provider's internal load-balancer annotation), and its loadBalancerClass. */
  annotations?: FieldPath[];
  loadBalancerClass?: FieldPath;
  /** How to close an exposure through it, in the resource's terms. */
  fix: string;
}

/** An Ingress, Gateway API route or Istio VirtualService the operator creates, routing to a generated Service. */
export interface GeneratedRoute {
  /** `Ingress`, `HTTPRoute`, `VirtualService`. */
  kind: string;
  name: string;
  /** All must hold (paths from the cluster spec); the first one written anchors the exposure. */
  when: FieldCondition[];
  /** The generated Services it routes to, by their default `name`: the first one the resource has. */
  services: string[];
  /** The Service port it targets: the first container's port of this name, a field, else `default`; every port when absent. */
  port?: { name?: string; field?: FieldPath; default: number };
  /** Annotation maps the operator copies onto it (an authenticating proxy, an internal load balancer). */
  annotations?: FieldPath[];
  /** Settings of the resource that put an authenticating proxy in front of the route (any of them). */
  authenticatedWhen?: FieldCondition[];
  fix: string;
}

/** A setting of the resource that the operator turns into an environment variable of the first container. */
export interface GeneratedEnv {
  /** Path from the cluster spec. */
  field: FieldPath;
  value: RegExp;
  env: string;
  envValue: string;
}

export interface OperatorResource {
  operator: string;
  apiGroup: string;
  kind: string;
  /** Path from the object's root to the cluster spec that holds the pod groups. */
  clusterSpec: FieldPath;
  /** Labels the operator puts on every pod (`{name}`, `{role}`); only where they are predictable. */
  podLabels?: Record<string, string>;
  groups: OperatorPodGroup[];
  services: GeneratedService[];
  routes?: GeneratedRoute[];
  env?: GeneratedEnv[];
  /**
   * The containers it builds are configured by the operator beyond what the resource says (security context,
   * user): a setting the resource leaves out says nothing about them.
   */
  partialContainers?: boolean;
  /** The user id the operator runs a pod as when the pod sets none (its installation's default). */
  defaultRunAsUser?: string;
  sources: string[];
}

// ---------------------------------------------------------------------------------------------------------
// KubeRay: RayCluster, RayService, RayJob, RayCronJob

const KUBERAY_SOURCES = [
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/service.go (BuildServiceForHeadPod, BuildHeadServiceForRayService, BuildServeService: names, selectors, ports, types)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/utils/util.go (GenerateHeadServiceName: `<name>-head-svc`, or headService.metadata.name for a RayCluster; GenerateServeServiceName: `<name>-serve-svc`; IsAuthEnabled: authOptions.mode == token)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/utils/constant.go (DefaultClientPort 10001, DefaultGcsServerPort 6379, DefaultDashboardPort 8265, DefaultMetricsPort 8080, DefaultServingPort 8000; label keys)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/pod.go (setMissingRayStartParams: dashboard-host 0.0.0.0 on the head; generateRayStartCommand: `ray start --head` + rayStartParams; BuildPod: appended unless the command runs `ray start` or ray.io/overwrite-container-cmd is true; SetContainerTokenAuthEnvVars: RAY_AUTH_MODE=token when authOptions.mode is token; labelPod)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/ingress.go (BuildIngressForHeadService: `<name>-head-ingress` to the head Service's dashboard port when headGroupSpec.enableIngress is true)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/job.go (BuildHeadServiceForRayJob: `<rayjob>-head-svc`)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/raycluster_controller.go (serve Service of a RayCluster only with the annotation ray.io/enable-serve-service: \"true\")",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/apis/ray/v1/raycronjob_types.go (RayCronJobSpec.jobTemplate is a RayJobSpec, run on a cron schedule)",
  "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/raycronjob_controller.go (getRayJobName: each run's RayJob is `<name>-<hash of the scheduled minute>`)",
  "https://docs.ray.io/en/master/cluster/kubernetes/references/api.html (KubeRay v1.7.1 API reference: RayCluster, RayJob, RayService, RayCronJob; authOptions)",
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

const RAY_SERVICE_FIX =
  "Leave the generated Service ClusterIP (remove serviceType / the embedded Service's type) and reach it through an authenticated Ingress or kubectl port-forward; at least restrict loadBalancerSourceRanges in the embedded Service spec.";
const ROUTE_FIX = "Require authentication in front of the route (oauth2-proxy through nginx.ingress.kubernetes.io/auth-url on an Ingress, or the Gateway implementation's auth policy) or remove the route.";

/** The head Service's ports: every port the head's Ray container declares, or KubeRay's defaults; the metrics port always. */
const HEAD_PORTS: GeneratedPorts = { from: "container", defaults: [10001, 6379, 8265, 8080, 8000], always: [8080] };
const SERVE_PORTS: GeneratedPorts = { from: "container", names: /^serve(-.*)?$/, defaults: [] };
const HEAD_TYPE: GeneratedType[] = [{ field: ["headGroupSpec", "headService", "spec", "type"] }, { field: ["headGroupSpec", "serviceType"] }];
/** The user's own head Service object embedded in the cluster spec carries its annotations and class. */
const HEAD_LB = { annotations: [["headGroupSpec", "headService", "metadata", "annotations"]], loadBalancerClass: ["headGroupSpec", "headService", "spec", "loadBalancerClass"] };
const RAY_ENV: GeneratedEnv[] = [{ field: ["authOptions", "mode"], value: /^token$/, env: "RAY_AUTH_MODE", envValue: "token" }];
const RAY_INGRESS: GeneratedRoute[] = [
  {
    kind: "Ingress",
    name: "{name}-head-ingress",
    when: [{ path: ["headGroupSpec", "enableIngress"], value: /^true$/ }],
    services: ["{name}-head-svc"],
    port: { name: "dashboard", default: 8265 },
    annotations: [["/", "metadata", "annotations"]],
    fix: ROUTE_FIX,
  },
];
const CUSTOM_HEAD_SERVICE: GeneratedService = {
  // The RayCluster a RayService or RayJob creates takes the custom head Service name.
  name: "",
  nameField: ["headGroupSpec", "headService", "metadata", "name"],
  onlyWhenNamed: true,
  selects: ["head"],
  ports: HEAD_PORTS,
  types: HEAD_TYPE,
  ...HEAD_LB,
  fix: RAY_SERVICE_FIX,
};
const headService = (name: string): GeneratedService => ({ name, selects: ["head"], ports: HEAD_PORTS, types: HEAD_TYPE, ...HEAD_LB, fix: RAY_SERVICE_FIX });

const KUBERAY: OperatorResource[] = [
  {
    operator: "KubeRay",
    apiGroup: "ray.io",
    kind: "RayCluster",
    clusterSpec: ["spec"],
    podLabels: { ...RAY_NODE_LABELS, "ray.io/cluster": "{name}" },
    groups: RAY_GROUPS,
    services: [
      { ...headService("{name}-head-svc"), nameField: ["headGroupSpec", "headService", "metadata", "name"] },
      {
        name: "{name}-serve-svc",
        when: [{ path: ["/", "metadata", "annotations", "ray.io/enable-serve-service"], value: /^true$/ }],
        selects: ["head", "worker"],
        ports: SERVE_PORTS,
        types: [{ field: ["headGroupSpec", "serviceType"] }],
        fix: RAY_SERVICE_FIX,
      },
    ],
    routes: RAY_INGRESS,
    env: RAY_ENV,
    sources: KUBERAY_SOURCES,
  },
  {
    operator: "KubeRay",
    apiGroup: "ray.io",
    kind: "RayService",
    clusterSpec: ["spec", "rayClusterConfig"],
    // The RayCluster it creates has a generated name, so `ray.io/cluster` cannot be predicted.
    podLabels: RAY_NODE_LABELS,
    groups: RAY_GROUPS,
    services: [
      headService("{name}-head-svc"),
      CUSTOM_HEAD_SERVICE,
      {
        name: "{name}-serve-svc",
        nameField: ["/", "spec", "serveService", "metadata", "name"],
        selects: ["head", "worker"],
        ports: SERVE_PORTS,
        types: [{ field: ["/", "spec", "serveService", "spec", "type"] }, { field: ["headGroupSpec", "serviceType"] }],
        annotations: [["/", "spec", "serveService", "metadata", "annotations"]],
        loadBalancerClass: ["/", "spec", "serveService", "spec", "loadBalancerClass"],
        fix: RAY_SERVICE_FIX,
      },
    ],
    routes: RAY_INGRESS,
    env: RAY_ENV,
    sources: KUBERAY_SOURCES,
  },
  {
    operator: "KubeRay",
    apiGroup: "ray.io",
    kind: "RayJob",
    clusterSpec: ["spec", "rayClusterSpec"],
    podLabels: RAY_NODE_LABELS,
    groups: RAY_GROUPS,
    services: [headService("{name}-head-svc"), CUSTOM_HEAD_SERVICE],
    routes: RAY_INGRESS,
    env: RAY_ENV,
    sources: KUBERAY_SOURCES,
  },
  {
    // Each scheduled run creates a RayJob named `<name>-<hash>`: its head Service's name cannot be told, its type can.
    operator: "KubeRay",
    apiGroup: "ray.io",
    kind: "RayCronJob",
    clusterSpec: ["spec", "jobTemplate", "rayClusterSpec"],
    podLabels: RAY_NODE_LABELS,
    groups: RAY_GROUPS,
    services: [headService("{name}-<scheduled run>-head-svc"), CUSTOM_HEAD_SERVICE],
    env: RAY_ENV,
    sources: KUBERAY_SOURCES,
  },
];

// ---------------------------------------------------------------------------------------------------------
// KServe: InferenceService

const KSERVE_SOURCES = [
  "https://github.com/kserve/kserve/blob/master/pkg/constants/constants.go (annotation serving.kserve.io/deploymentMode: Knative (legacy Serverless), Standard (legacy RawDeployment), ModelMesh; labels networking.kserve.io/visibility and networking.knative.dev/visibility = cluster-local; pod label serving.kserve.io/inferenceservice; Services <name>-predictor, <name>-transformer, <name>-explainer)",
  "https://github.com/kserve/kserve/blob/master/pkg/controller/v1beta1/inferenceservice/utils/utils.go (GetDeploymentMode: the annotation, else the cluster's inferenceservice-config deploy.defaultDeploymentMode; MergeRuntimeContainers: the runtime's args, then the InferenceService's)",
  "https://github.com/kserve/kserve/blob/master/pkg/controller/v1beta1/inferenceservice/reconcilers/ingress/ingress_reconciler.go (Knative mode: VirtualService <name> bound to knative-serving/knative-ingress-gateway, to the transformer when there is one, unless labelled networking.knative.dev/visibility: cluster-local)",
  "https://github.com/kserve/kserve/blob/master/pkg/controller/v1beta1/inferenceservice/reconcilers/ingress/kube_ingress_reconciler.go (Standard mode: Ingress <name> unless labelled networking.kserve.io/visibility: cluster-local, or the cluster sets disableIngressCreation or an ingressDomain of svc.cluster.local)",
  "https://kserve.github.io/website/docs/admin-guide/configurations (disableIngressCreation defaults to false, per-service label networking.kserve.io/visibility: cluster-local; defaultDeploymentMode; ingressClassName)",
  "https://github.com/kserve/kserve/pull/2518 (the Knative cluster-local label became networking.knative.dev/visibility; older releases read serving.knative.dev/visibility)",
  "https://github.com/kserve/kserve/blob/master/pkg/controller/v1beta1/inferenceservice/components/predictor.go (pod labels: the InferenceService's labels, the component's labels, serving.kserve.io/inferenceservice: <name>, component: predictor)",
  "https://github.com/kserve/kserve/blob/master/pkg/apis/serving/v1beta1/predictor_model.go (runtime selection: an explicit runtime, else the autoSelect runtimes of the model format by priority)",
  "https://github.com/opendatahub-io/kserve/blob/master/docs/odh/networking-visibility.md (Open Data Hub: Serverless InferenceServices public by default, Raw ones private by default unlike upstream KServe; networking.kserve.io/visibility: exposed makes a Raw one public through an OpenShift Route)",
  "https://github.com/opendatahub-io/kserve/blob/master/pkg/constants/constants_odh.go (ODHKserveRawAuth security.opendatahub.io/enable-auth; ODHRouteEnabled exposed)",
  "https://github.com/opendatahub-io/kserve/blob/master/docs/odh/authorization.md (security.opendatahub.io/enable-auth=true: requests need a bearer token the cluster accepts)",
  "https://github.com/kserve/kserve/tree/master/config/runtimes (ClusterServingRuntimes: kserve-tritonserver runs tritonserver, kserve-torchserve torchserve --start, kserve-tensorflow-serving /usr/bin/tensorflow_model_server, kserve-vllmserver python -m vllm.entrypoints.openai.api_server; their supportedModelFormats, autoSelect and priority)",
];

/** The runtime a `model` names, or the one KServe's own runtimes auto-select for its format. */
const kserveRuntime = (name: string, runtime: RegExp, formats: RegExp | undefined, argv: string[]): OperatorRuntime => ({
  name: `ClusterServingRuntime ${name}`,
  when: [
    [{ path: ["model", "runtime"], value: runtime }],
    // Auto-selected only where no other runtime KServe ships claims the format (tensorflow and onnx have several).
    ...(formats ? [[{ path: ["model", "modelFormat", "name"], value: formats }, { path: ["model", "runtime"], unless: true }]] : []),
  ],
  argv,
});

const TRITON_ARGV = ["tritonserver", "--model-store=/mnt/models", "--grpc-port=9000", "--http-port=8080", "--allow-grpc=true", "--allow-http=true"];
const TORCHSERVE_ARGV = ["torchserve", "--start", "--model-store=/mnt/models/model-store", "--ts-config=/mnt/models/config/config.properties"];

const KSERVE_RUNTIMES: OperatorRuntime[] = [
  kserveRuntime("kserve-tritonserver", /^kserve-tritonserver$/, /^(tensorrt|triton)$/, TRITON_ARGV),
  kserveRuntime("kserve-torchserve", /^kserve-torchserve$/, /^pytorch$/, TORCHSERVE_ARGV),
  kserveRuntime("kserve-tensorflow-serving", /^kserve-tensorflow-serving$/, undefined, ["/usr/bin/tensorflow_model_server", "--port=9000", "--rest_api_port=8080", "--model_base_path=/mnt/models"]),
  kserveRuntime("kserve-vllmserver", /^kserve-vllmserver$/, /^vLLM$/, ["python", "-m", "vllm.entrypoints.openai.api_server", "--port=8080", "--model=/mnt/models"]),
  // The older framework keys (`predictor.triton`, `predictor.pytorch`) are model specs of that format.
  { name: "ClusterServingRuntime kserve-tritonserver", when: [[{ path: ["triton"] }]], argv: TRITON_ARGV },
  { name: "ClusterServingRuntime kserve-torchserve", when: [[{ path: ["pytorch"] }]], argv: TORCHSERVE_ARGV },
];

/** The model server KServe builds from a `model` spec (or an older framework key), in the component's pod. */
const KSERVE_MODEL: OperatorContainer = {
  name: "kserve-container",
  specs: [["model"], ...["sklearn", "xgboost", "lightgbm", "tensorflow", "pytorch", "triton", "onnx", "huggingface", "pmml", "paddle"].map((key) => [key])],
  port: { name: "http", default: 8080 },
  runtimes: KSERVE_RUNTIMES,
};

const kserveComponent = (role: string, container?: OperatorContainer): OperatorPodGroup => ({
  role,
  group: [role],
  // A component is a pod spec itself: `containers`, `volumes`, … beside KServe's own fields.
  podSpec: [],
  labelsAt: [["/", "metadata", "labels"], ["labels"]],
  labels: { component: role },
  container,
});

const KNATIVE_MODE = /^(Serverless|Knative)$/;
/** Open Data Hub / OpenShift AI put a token check (Authorino, kube-rbac-proxy) in front of an InferenceService annotated so. */
const ODH_AUTH: FieldCondition = { path: ["/", "metadata", "annotations", "security.opendatahub.io/enable-auth"], value: /^true$/i };
const STANDARD_MODE = /^(RawDeployment|Standard)$/;
const DEPLOYMENT_MODE = ["/", "metadata", "annotations", "serving.kserve.io/deploymentMode"];
const KSERVE_ROUTE_TARGETS = ["{name}-transformer", "{name}-predictor"];
const kserveService = (role: string): GeneratedService => ({
  name: `{name}-${role}`,
  selects: [role],
  ports: { from: "container", first: true, defaults: [8080] },
  types: [],
  fix: "Keep the InferenceService cluster-local and reach it through an authenticated gateway.",
});

const KSERVE: OperatorResource = {
  operator: "KServe",
  apiGroup: "serving.kserve.io",
  kind: "InferenceService",
  clusterSpec: ["spec"],
  podLabels: { "serving.kserve.io/inferenceservice": "{name}" },
  // A container built from `model` is merged with its ServingRuntime's, whose securityContext the file does not show.
  partialContainers: true,
  groups: [kserveComponent("predictor", KSERVE_MODEL), kserveComponent("transformer"), kserveComponent("explainer")],
  services: [kserveService("predictor"), kserveService("transformer"), kserveService("explainer")],
  // Which mode runs is the annotation, else the cluster's default, which the file does not tell: no route then.
  routes: [
    {
      kind: "VirtualService",
      name: "{name}",
      when: [
        { path: DEPLOYMENT_MODE, value: KNATIVE_MODE },
        { path: ["/", "metadata", "labels", "networking.knative.dev/visibility"], value: /^cluster-local$/, unless: true },
        { path: ["/", "metadata", "labels", "serving.knative.dev/visibility"], value: /^cluster-local$/, unless: true },
      ],
      services: KSERVE_ROUTE_TARGETS,
      authenticatedWhen: [ODH_AUTH],
      fix: "Label the InferenceService networking.knative.dev/visibility: cluster-local so that KServe binds it to the cluster-local gateway only, and publish it through an authenticated gateway (an Istio AuthorizationPolicy with request authentication, oauth2-proxy, or on Open Data Hub the annotation security.opendatahub.io/enable-auth: \"true\").",
    },
    {
      // Upstream KServe makes a Standard InferenceService public by default, Open Data Hub and OpenShift AI keep it
      // private unless it is labelled `exposed`: only that label says, whichever runs.
      kind: "Ingress",
      name: "{name}",
      when: [
        { path: ["/", "metadata", "labels", "networking.kserve.io/visibility"], value: /^exposed$/ },
        { path: DEPLOYMENT_MODE, value: STANDARD_MODE },
      ],
      services: KSERVE_ROUTE_TARGETS,
      annotations: [["/", "metadata", "annotations"]],
      authenticatedWhen: [ODH_AUTH],
      fix: "Remove the label networking.kserve.io/visibility: exposed (or set it to cluster-local) and publish the model through an authenticated gateway; on Open Data Hub, security.opendatahub.io/enable-auth: \"true\" puts a token check in front.",
    },
  ],
  sources: KSERVE_SOURCES,
};

// ---------------------------------------------------------------------------------------------------------
// NVIDIA NIM Operator: NIMService

const NIM_SOURCES = [
  "https://github.com/NVIDIA/k8s-nim-operator/blob/main/api/apps/v1alpha1/nimservice_types.go (NIMServiceSpec: image, command, args, env, resources, labels, annotations, expose, inferencePlatform standalone|kserve; GetImage repository:tag; GetStandardSelectorLabels app: <name>; GetServiceParams: Service <name>, type spec.expose.service.type, port spec.expose.service.port to the container port api; IsIngressEnabled: expose.ingress.enabled or expose.router.ingress.ingressClass; IsHTTPRouteEnabled: expose.router.gateway with httpRoutesEnabled; GetServiceAnnotations, GetIngressAnnotations)",
  "https://github.com/NVIDIA/k8s-nim-operator/blob/main/api/apps/v1alpha1/common_types.go (Expose: service, deprecated ingress, router; Service.Port default 8000 (DefaultAPIPort); Router.ingress.ingressClass, Router.gateway.httpRoutesEnabled default true)",
  "https://docs.nvidia.com/nim-operator/latest/service.html (NIMService: expose.service.type ClusterIP by default, ingress and router settings)",
];
const NIM_ONLY_STANDALONE: FieldCondition = { path: ["inferencePlatform"], value: /^kserve$/, unless: true };
const NIM_ROUTE_FIX =
  "NIM has no API authentication: put an authenticating proxy in front (oauth2-proxy through nginx.ingress.kubernetes.io/auth-url in spec.expose.router.annotations, or the Gateway's auth policy), or remove the route and reach the NIMService from inside the cluster.";

const NIM: OperatorResource = {
  operator: "NVIDIA NIM Operator",
  apiGroup: "apps.nvidia.com",
  kind: "NIMService",
  clusterSpec: ["spec"],
  podLabels: { app: "{name}", "app.kubernetes.io/name": "{name}", "app.kubernetes.io/instance": "{name}" },
  partialContainers: true,
  groups: [
    {
      role: "nim",
      group: [],
      labelsAt: [["labels"]],
      container: {
        name: "{name}-ctr",
        image: { repository: ["image", "repository"], tag: ["image", "tag"] },
        fields: { command: ["command"], args: ["args"], env: ["env"], resources: ["resources"] },
        port: { name: "api", field: ["expose", "service", "port"], default: 8000 },
        product: "nvidia-nim",
      },
    },
  ],
  services: [
    {
      name: "{name}",
      when: [NIM_ONLY_STANDALONE],
      selects: ["nim"],
      ports: { from: "field", field: ["expose", "service", "port"], default: 8000 },
      types: [{ field: ["expose", "service", "type"] }],
      annotations: [["annotations"], ["expose", "service", "annotations"]],
      fix: "Leave spec.expose.service.type ClusterIP (the default) and publish the NIM through an authenticated gateway; NIM has no API authentication of its own.",
    },
  ],
  routes: [
    {
      kind: "Ingress",
      name: "{name}",
      when: [{ path: ["expose", "ingress", "enabled"], value: /^true$/ }, NIM_ONLY_STANDALONE],
      services: ["{name}"],
      port: { field: ["expose", "service", "port"], default: 8000 },
      annotations: [["annotations"], ["expose", "ingress", "annotations"]],
      fix: NIM_ROUTE_FIX,
    },
    {
      kind: "Ingress",
      name: "{name}",
      when: [{ path: ["expose", "router", "ingress", "ingressClass"] }, NIM_ONLY_STANDALONE],
      services: ["{name}"],
      port: { field: ["expose", "service", "port"], default: 8000 },
      annotations: [["annotations"], ["expose", "router", "annotations"]],
      fix: NIM_ROUTE_FIX,
    },
    {
      kind: "HTTPRoute",
      name: "{name}",
      when: [{ path: ["expose", "router", "gateway", "name"] }, { path: ["expose", "router", "gateway", "httpRoutesEnabled"], value: /^false$/, unless: true }, NIM_ONLY_STANDALONE],
      services: ["{name}"],
      port: { field: ["expose", "service", "port"], default: 8000 },
      fix: NIM_ROUTE_FIX,
    },
  ],
  sources: NIM_SOURCES,
};

// ---------------------------------------------------------------------------------------------------------
// KAITO: Workspace

const KAITO_SOURCES = [
  "https://github.com/kaito-project/kaito/blob/main/pkg/workspace/controllers/workspace_controller.go (ensureService: LoadBalancer only when the annotation kaito.sh/enablelb is exactly \"True\", else ClusterIP)",
  "https://github.com/kaito-project/kaito/blob/main/api/v1beta1/labels.go (AnnotationEnableLB kaito.sh/enablelb, \"for testing\"; LabelWorkspaceName kaito.sh/workspace; AnnotationWorkspaceRuntime kaito.sh/runtime; GetWorkspaceRuntimeName: vllm unless the annotation says transformers)",
  "https://github.com/kaito-project/kaito/blob/main/pkg/workspace/manifests/manifests.go (GenerateServiceManifest: Service <name> selecting kaito.sh/workspace and the pod <name>-0; ports 80 to 5000, 6379, 8265)",
  "https://github.com/kaito-project/kaito/blob/main/presets/workspace/models/metadata.go (DefaultVLLMCommand python3 /workspace/vllm/inference_api.py)",
  "https://github.com/kaito-project/kaito/blob/main/pkg/model/interface.go (RuntimeNameVLLM vllm, RuntimeNameHuggingfaceTransformers transformers; --kaito-config-file <config mount>/inference_config.yaml when inference.config names a ConfigMap)",
  "https://github.com/kaito-project/kaito/blob/main/pkg/utils/common_preset.go (DefaultConfigMapMountPath /mnt/config)",
  "https://github.com/kaito-project/kaito/blob/main/pkg/featuregates/featuregates.go (vLLM runtime on by default)",
];

const KAITO_WORKSPACE: OperatorResource = {
  operator: "KAITO",
  apiGroup: "kaito.sh",
  kind: "Workspace",
  // A Workspace has no spec: `resource` and `inference` stand at the root.
  clusterSpec: ["inference"],
  podLabels: { "kaito.sh/workspace": "{name}" },
  groups: [
    {
      role: "inference",
      group: [],
      container: {
        name: "{name}",
        when: [{ path: ["preset", "name"] }],
        port: { name: "http", default: 5000 },
        runtimes: [
          { name: "KAITO transformers runtime", when: [[{ path: ["/", "metadata", "annotations", "kaito.sh/runtime"], value: /^transformers$/ }]], argv: ["accelerate", "launch", "/workspace/tfs/inference_api.py"] },
          { name: "KAITO vLLM runtime", when: [[]], argv: ["python3", "/workspace/vllm/inference_api.py"] },
        ],
        configMap: { nameField: ["config"], mountPath: "/mnt/config", argv: ["--kaito-config-file", "/mnt/config/inference_config.yaml"] },
      },
    },
  ],
  partialContainers: true,
  services: [
    {
      name: "{name}",
      selects: ["inference"],
      ports: {
        from: "fixed",
        ports: [
          { port: 80, targetPort: 5000 },
          { port: 6379, targetPort: 6379 },
          { port: 8265, targetPort: 8265 },
        ],
      },
      // The value is compared as written: "true" or "TRUE" leaves the Service ClusterIP.
      types: [{ when: { path: ["/", "metadata", "annotations", "kaito.sh/enablelb"], value: /^True$/ }, type: "LoadBalancer" }],
      fix: "Remove the kaito.sh/enablelb annotation (KAITO documents it for testing) and reach the workspace through its ClusterIP Service behind an authenticated gateway.",
    },
  ],
  sources: KAITO_SOURCES,
};

// ---------------------------------------------------------------------------------------------------------
// Kubeflow: Notebook

const KUBEFLOW_NOTEBOOK: OperatorResource = {
  operator: "Kubeflow notebook controller",
  apiGroup: "kubeflow.org",
  kind: "Notebook",
  clusterSpec: ["spec"],
  podLabels: { statefulset: "{name}", "notebook-name": "{name}" },
  groups: [{ role: "notebook", group: [] }],
  // The controller also creates an Istio VirtualService through the Kubeflow gateway when it runs with
  // USE_ISTIO, where the platform authenticates (oauth2-proxy, Dex): not a door of its own.
  services: [
    {
      name: "{name}",
      selects: ["notebook"],
      ports: { from: "container", first: true, defaults: [8888], servicePort: 80 },
      types: [],
      fix: "Reach the notebook through the Kubeflow central dashboard's authenticated gateway only.",
    },
  ],
  sources: [
    "https://github.com/kubeflow/notebooks/blob/notebooks-v1/components/notebook-controller/controllers/notebook_controller.go (StatefulSet pods labelled statefulset and notebook-name: <name>; generateService: ClusterIP Service <name>, port 80 to the first container's first port, else 8888; generateVirtualService through ISTIO_GATEWAY when USE_ISTIO)",
  ],
};

// ---------------------------------------------------------------------------------------------------------
// LeaderWorkerSet

const LWS: OperatorResource = {
  operator: "LeaderWorkerSet",
  apiGroup: "leaderworkerset.x-k8s.io",
  kind: "LeaderWorkerSet",
  clusterSpec: ["spec", "leaderWorkerTemplate"],
  podLabels: { "leaderworkerset.sigs.k8s.io/name": "{name}" },
  groups: [
    { role: "leader", group: ["leaderTemplate"], podSpec: ["spec"], labelsAt: [["metadata", "labels"]], labels: { "leaderworkerset.sigs.k8s.io/worker-index": "0" } },
    // Without a leaderTemplate the leader runs the worker template.
    { role: "worker", group: ["workerTemplate"], podSpec: ["spec"], labelsAt: [["metadata", "labels"]], standsInFor: "leader" },
  ],
  // The headless Service it creates for the group's DNS names reaches no one from outside.
  services: [],
  sources: [
    "https://github.com/kubernetes-sigs/lws/blob/main/api/leaderworkerset/v1/leaderworkerset_types.go (SetNameLabelKey leaderworkerset.sigs.k8s.io/name on every pod; WorkerIndexLabelKey leaderworkerset.sigs.k8s.io/worker-index, 0 on the leader; group-index, group-key and template-revision-hash hold values the file cannot tell; LeaderTemplate: the worker template when unset)",
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Seldon Core v1: SeldonDeployment

const SELDON: OperatorResource = {
  operator: "Seldon Core",
  apiGroup: "machinelearning.seldon.io",
  kind: "SeldonDeployment",
  clusterSpec: ["spec"],
  podLabels: { "seldon-deployment-id": "{name}" },
  defaultRunAsUser: "8888",
  groups: [{ role: "component", group: ["predictors", "*", "componentSpecs", "*"], podSpec: ["spec"], labelsAt: [["metadata", "labels"]] }],
  // Its Services are always ClusterIP; an Istio VirtualService or Ambassador mapping exists only when the
  // operator is installed with them, which the resource does not tell.
  services: [],
  sources: [
    "https://github.com/SeldonIO/seldon-core/blob/v1.18.2/operator/controllers/seldondeployment_controller.go (Services of type ClusterIP; Istio VirtualService when the operator's ISTIO_ENABLED, Ambassador annotations when AMBASSADOR_ENABLED; pods labelled seldon-deployment-id)",
    "https://github.com/SeldonIO/seldon-core/blob/v1.18.2/operator/controllers/security.go (createSecurityContext: the pods run as DEFAULT_USER_ID; helm-charts/seldon-core-operator/values.yaml defaultUserID \"8888\")",
    "https://github.com/SeldonIO/seldon-core/blob/v1.18.2/operator/apis/machinelearning.seldon.io/v1/seldondeployment_types.go (predictors[].componentSpecs[] are pod specs with metadata; GetSeldonDeploymentName: the name, hashed beyond 63 characters)",
  ],
};

export const OPERATOR_RESOURCES: OperatorResource[] = [...KUBERAY, KSERVE, NIM, KAITO_WORKSPACE, KUBEFLOW_NOTEBOOK, LWS, SELDON];
