export const id = 524;
export const ids = [524,912];
export const modules = {

/***/ 7687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ INGRESS_AUTH_ANNOTATIONS),
/* harmony export */   gR: () => (/* binding */ TRAEFIK_AUTH_MIDDLEWARE_LABEL),
/* harmony export */   wU: () => (/* binding */ AUTH_MIDDLEWARE_NAME)
/* harmony export */ });
// How a proxy in front of a service says it authenticates: data about ingress controllers and
// Traefik, read by the readers that see the annotations and labels.
/**
 * Annotations that put an authenticating proxy in front of an Ingress: ingress-nginx external auth and
 * basic auth (https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#authentication),
 * AWS Load Balancer Controller OIDC/Cognito (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#authentication),
 * and Traefik middlewares whose name says auth (https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/#annotations).
 */
const INGRESS_AUTH_ANNOTATIONS = [
    { key: /^nginx\.ingress\.kubernetes\.io\/(auth-url|auth-type|auth-signin|auth-tls-secret)$/ },
    { key: /^alb\.ingress\.kubernetes\.io\/auth-type$/, value: /^(oidc|cognito)$/i },
    { key: /^traefik\.ingress\.kubernetes\.io\/router\.middlewares$/, value: /(auth|oauth|sso|oidc)/i },
];
/**
 * Traefik middlewares that authenticate, by their label (basicAuth, digestAuth, forwardAuth to an SSO):
 * https://doc.traefik.io/traefik/middlewares/http/overview/
 */
const TRAEFIK_AUTH_MIDDLEWARE_LABEL = /^traefik\.http\.middlewares\.([^.]+)\.(basicauth|digestauth|forwardauth)\./i;
/** A middleware defined elsewhere (a file provider, another stack) whose name says it authenticates. */
const AUTH_MIDDLEWARE_NAME = /auth|sso|oidc|authelia|authentik/i;


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   X9: () => (/* binding */ manifestRoots),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   ld: () => (/* binding */ items)
/* harmony export */ });
/* unused harmony exports MAX_NODES, MAX_FILE_NODES, MAX_DOCUMENTS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML with positions: every node keeps its line and column, aliases and `<<` merge keys are resolved
// (a merged value keeps the position where it is written, the anchor), and alias expansion is capped.

/** Caps the nodes one document may expand to through aliases ("billion laughs"); each document has its own. */
const MAX_NODES = 200_000;
/** Caps the nodes all documents of a file expand to together: many small alias bombs must not add up. */
const MAX_FILE_NODES = 2_000_000;
/** Documents read from one file; a generated bundle of CRDs has hundreds, not tens of thousands. */
const MAX_DOCUMENTS = 10_000;
/** Nesting deeper than any real manifest: a hostile file, or aliases expanding without end. */
const MAX_DEPTH = 200;
class ExpansionLimit extends Error {
}
function parseYaml(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const errors = [];
    const limits = [];
    const documents = [];
    // The parser makes an Error object per warning (one per unknown tag: `!t x` a million times); their
    // stack traces are never read, and capturing them is most of the cost.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let docs;
    try {
        docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: false });
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
    const list = Array.isArray(docs) ? docs : [docs];
    let fileNodes = 0;
    for (const [index, doc] of list.entries()) {
        for (const error of doc.errors) {
            const at = lineCounter.linePos(error.pos[0]);
            errors.push({ line: at.line, column: at.col, message: firstLine(error.message) });
        }
        if (doc.errors.length > 0)
            continue;
        const start = lineCounter.linePos(doc.range?.[0] ?? 0).line;
        if (index >= MAX_DOCUMENTS || fileNodes > MAX_FILE_NODES) {
            const why = index >= MAX_DOCUMENTS ? `more than ${MAX_DOCUMENTS} documents` : `documents that expand to more than ${MAX_FILE_NODES} nodes`;
            limits.push({ line: start, column: 1, message: `the file holds ${why}; this document and the ${list.length - index - 1} after it were not read` });
            break;
        }
        // One node budget per document: a large document elsewhere in the file does not use up this one's.
        const budget = { nodes: 0 };
        try {
            const converter = new Converter(doc, lineCounter, budget);
            documents.push({ root: doc.contents ? converter.convert(doc.contents) : undefined, line: start });
        }
        catch (error) {
            if (!(error instanceof ExpansionLimit))
                throw error;
            limits.push({ line: start, column: 1, message: `document nests deeper than ${MAX_DEPTH} levels or expands to more than ${MAX_NODES} nodes (with its aliases); this document was not read` });
        }
        fileNodes += budget.nodes;
    }
    return { documents, errors, limits };
}
function firstLine(message) {
    return message.split("\n")[0].trim();
}
/**
 * The node each alias names (the last node with that anchor before the alias, as the yaml package
 * resolves it), found in one walk of the document instead of one walk per alias.
 */
function aliasTargets(root) {
    const targets = new Map();
    const anchors = new Map();
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            targets.set(node, anchors.get(node.source));
            continue;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
            stack.push(node.value, node.key);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            continue;
        if (node.anchor)
            anchors.set(node.anchor, node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            for (let k = node.items.length - 1; k >= 0; k--)
                stack.push(node.items[k]);
    }
    return targets;
}
class Converter {
    lines;
    budget;
    targets;
    /** Anchored nodes converted once; an alias reuses the result (undefined while it is being converted: a cycle). */
    anchored = new Map();
    /** The deepest level reached so far, for the height of anchored nodes. */
    deepest = 0;
    constructor(doc, lines, budget) {
        this.lines = lines;
        this.budget = budget;
        this.targets = aliasTargets(doc.contents);
    }
    position(node) {
        const range = node.range ?? [0, 0, 0];
        const start = this.lines.linePos(range[0]);
        // range[1] is the end of the value; step back over a trailing newline so endLine is the last content line.
        const end = this.lines.linePos(Math.max(range[0], range[1] - 1));
        return { line: start.line, column: start.col, endLine: end.line };
    }
    convert(node, depth = 0) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = this.targets.get(node);
            if (!target)
                return this.count({ kind: "scalar", value: null, ...this.position(node) }, depth);
            if (!this.anchored.has(target))
                return this.convertAnchored(target, depth + 1);
            const done = this.anchored.get(target);
            // An alias inside the node its anchor names: a cycle that would expand without end.
            if (!done?.node)
                throw new ExpansionLimit();
            this.budget.nodes += done.size;
            if (this.budget.nodes > MAX_NODES || depth + 1 + done.height > MAX_DEPTH)
                throw new ExpansionLimit();
            this.deepest = Math.max(this.deepest, depth + 1 + done.height);
            return done.node;
        }
        if (((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && node.anchor && !this.anchored.has(node))
            return this.convertAnchored(node, depth);
        return this.convertNode(node, depth);
    }
    convertAnchored(node, depth) {
        this.anchored.set(node, undefined);
        const before = this.budget.nodes;
        const outer = this.deepest;
        this.deepest = depth;
        const converted = this.convertNode(node, depth);
        this.anchored.set(node, { node: converted, size: this.budget.nodes - before, height: this.deepest - depth });
        this.deepest = Math.max(outer, this.deepest);
        return converted;
    }
    count(node, depth) {
        if (++this.budget.nodes > MAX_NODES || depth > MAX_DEPTH)
            throw new ExpansionLimit();
        if (depth > this.deepest)
            this.deepest = depth;
        return node;
    }
    convertNode(node, depth) {
        if (++this.budget.nodes > MAX_NODES || depth > MAX_DEPTH)
            throw new ExpansionLimit();
        if (depth > this.deepest)
            this.deepest = depth;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            const value = node.value;
            const scalar = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : value === null || value === undefined ? null : String(value);
            const at = this.position(node);
            // A block scalar's text starts on the line after its `|` or `>` indicator.
            const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
            if (block)
                at.line = Math.min(at.line + 1, at.endLine);
            return block ? { kind: "scalar", value: scalar, block, ...at } : { kind: "scalar", value: scalar, ...at };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            return { kind: "seq", items: node.items.map((item) => this.convert(item, depth + 1)), ...this.position(node) };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return this.convertMap(node, depth);
        return { kind: "scalar", value: null, ...this.position(node) };
    }
    convertMap(node, depth) {
        const entries = new Map();
        const merges = [];
        for (const pair of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                continue;
            const keyNode = pair.key;
            const key = keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : "";
            if (!pair.value) {
                const at = keyNode ? this.position(keyNode) : { line: 0, column: 0, endLine: 0 };
                entries.set(key, { keyLine: at.line, keyColumn: at.column, value: { kind: "scalar", value: null, ...at } });
                continue;
            }
            const value = this.convert(pair.value, depth + 1);
            if (key === "<<" && keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) && !keyNode.type?.includes("QUOTE")) {
                merges.push(value);
                continue;
            }
            const at = keyNode ? this.position(keyNode) : value;
            entries.set(key, { keyLine: at.line, keyColumn: at.column, value });
        }
        // Merge keys: explicit keys win; earlier maps in a `<<: [*a, *b]` list win over later ones.
        for (const merged of merges.flatMap((m) => (m.kind === "seq" ? m.items : [m]))) {
            if (merged.kind !== "map")
                continue;
            for (const [key, entry] of merged.entries)
                if (!entries.has(key))
                    entries.set(key, entry);
        }
        return { kind: "map", entries, ...this.position(node) };
    }
}
/** The objects of the documents: a document that is a list of manifests (`- apiVersion: v1`) gives each item. */
function manifestRoots(documents) {
    return documents.flatMap((d) => (d.root?.kind === "seq" ? d.root.items.filter((item) => item.kind === "map") : d.root ? [d.root] : []));
}
// Accessors used by the format readers.
function get(node, key) {
    return node?.kind === "map" ? node.entries.get(key)?.value : undefined;
}
function getPath(node, ...keys) {
    return keys.reduce((n, k) => get(n, k), node);
}
function str(node) {
    if (node?.kind !== "scalar" || node.value === null)
        return undefined;
    return String(node.value);
}
function bool(node) {
    if (node?.kind !== "scalar")
        return undefined;
    if (typeof node.value === "boolean")
        return node.value;
    if (typeof node.value === "string") {
        const v = node.value.toLowerCase();
        if (v === "true" || v === "yes" || v === "on")
            return true;
        if (v === "false" || v === "no" || v === "off")
            return false;
    }
    return undefined;
}
function items(node) {
    return node?.kind === "seq" ? node.items : [];
}
function entries(node) {
    return node?.kind === "map" ? [...node.entries].map(([k, e]) => [k, e.value]) : [];
}


/***/ }),

/***/ 7524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  comments: () => (/* reexport */ comments/* yamlComments */.ai),
  read: () => (/* binding */ read)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/catalog/addresses.ts
var addresses = __webpack_require__(2395);
// EXTERNAL MODULE: ./src/catalog/load-balancers.ts
var load_balancers = __webpack_require__(5201);
;// CONCATENATED MODULE: ./src/catalog/operators.ts
// What Kubernetes operators create at run time from their custom resources: the pods they build (from pod
// templates, or from fields that only name an image or a model server), the command line and environment
// they give the main container, the labels they put on the pods, and the Services, Ingresses and routes they
// generate. Data about platforms, read by the Kubernetes reader, so that every rule judges these pods like
// any other, and a Service or an Ingress that names a generated Service reaches the pods it selects.
//
// Paths are lists of keys; `*` stands for every item of a list. A path whose first key is "/" starts at the
// object's root (`["/", "metadata", "annotations", "kaito.sh/enablelb"]`); any other starts where the field
// that holds it says (the cluster spec, or a pod group).
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
const rayStart = (head) => ({
    program: head ? ["ray", "start", "--head"] : ["ray", "start"],
    params: "rayStartParams",
    defaults: head ? { "dashboard-host": "0.0.0.0" } : {},
    skipIf: /\bray\s+start\b/,
    overrideAnnotation: "ray.io/overwrite-container-cmd",
});
/** Labels KubeRay puts on every Ray pod (labelPod), which a user's Service may select. */
const RAY_NODE_LABELS = { "ray.io/node-type": "{role}", "ray.io/is-ray-node": "yes" };
const RAY_GROUPS = [
    { role: "head", group: ["headGroupSpec"], command: rayStart(true) },
    { role: "worker", group: ["workerGroupSpecs", "*"], command: rayStart(false) },
];
const RAY_SERVICE_FIX = "Leave the generated Service ClusterIP (remove serviceType / the embedded Service's type) and reach it through an authenticated Ingress or kubectl port-forward; at least restrict loadBalancerSourceRanges in the embedded Service spec.";
const ROUTE_FIX = "Require authentication in front of the route (oauth2-proxy through nginx.ingress.kubernetes.io/auth-url on an Ingress, or the Gateway implementation's auth policy) or remove the route.";
/** The head Service's ports: every port the head's Ray container declares, or KubeRay's defaults; the metrics port always. */
const HEAD_PORTS = { from: "container", defaults: [10001, 6379, 8265, 8080, 8000], always: [8080] };
const SERVE_PORTS = { from: "container", names: /^serve(-.*)?$/, defaults: [] };
const HEAD_TYPE = [{ field: ["headGroupSpec", "headService", "spec", "type"] }, { field: ["headGroupSpec", "serviceType"] }];
/** The user's own head Service object embedded in the cluster spec carries its annotations and class. */
const HEAD_LB = { annotations: [["headGroupSpec", "headService", "metadata", "annotations"]], loadBalancerClass: ["headGroupSpec", "headService", "spec", "loadBalancerClass"] };
const RAY_ENV = [{ field: ["authOptions", "mode"], value: /^token$/, env: "RAY_AUTH_MODE", envValue: "token" }];
const RAY_INGRESS = [
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
const CUSTOM_HEAD_SERVICE = {
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
const headService = (name) => ({ name, selects: ["head"], ports: HEAD_PORTS, types: HEAD_TYPE, ...HEAD_LB, fix: RAY_SERVICE_FIX });
const KUBERAY = [
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
const kserveRuntime = (name, runtime, formats, argv) => ({
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
const KSERVE_RUNTIMES = [
    kserveRuntime("kserve-tritonserver", /^kserve-tritonserver$/, /^(tensorrt|triton)$/, TRITON_ARGV),
    kserveRuntime("kserve-torchserve", /^kserve-torchserve$/, /^pytorch$/, TORCHSERVE_ARGV),
    kserveRuntime("kserve-tensorflow-serving", /^kserve-tensorflow-serving$/, undefined, ["/usr/bin/tensorflow_model_server", "--port=9000", "--rest_api_port=8080", "--model_base_path=/mnt/models"]),
    kserveRuntime("kserve-vllmserver", /^kserve-vllmserver$/, /^vLLM$/, ["python", "-m", "vllm.entrypoints.openai.api_server", "--port=8080", "--model=/mnt/models"]),
    // The older framework keys (`predictor.triton`, `predictor.pytorch`) are model specs of that format.
    { name: "ClusterServingRuntime kserve-tritonserver", when: [[{ path: ["triton"] }]], argv: TRITON_ARGV },
    { name: "ClusterServingRuntime kserve-torchserve", when: [[{ path: ["pytorch"] }]], argv: TORCHSERVE_ARGV },
];
/** The model server KServe builds from a `model` spec (or an older framework key), in the component's pod. */
const KSERVE_MODEL = {
    name: "kserve-container",
    specs: [["model"], ...["sklearn", "xgboost", "lightgbm", "tensorflow", "pytorch", "triton", "onnx", "huggingface", "pmml", "paddle"].map((key) => [key])],
    port: { name: "http", default: 8080 },
    runtimes: KSERVE_RUNTIMES,
};
const kserveComponent = (role, container) => ({
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
const ODH_AUTH = { path: ["/", "metadata", "annotations", "security.opendatahub.io/enable-auth"], value: /^true$/i };
const STANDARD_MODE = /^(RawDeployment|Standard)$/;
const DEPLOYMENT_MODE = ["/", "metadata", "annotations", "serving.kserve.io/deploymentMode"];
const KSERVE_ROUTE_TARGETS = ["{name}-transformer", "{name}-predictor"];
const kserveService = (role) => ({
    name: `{name}-${role}`,
    selects: [role],
    ports: { from: "container", first: true, defaults: [8080] },
    types: [],
    fix: "Keep the InferenceService cluster-local and reach it through an authenticated gateway.",
});
const KSERVE = {
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
const NIM_ONLY_STANDALONE = { path: ["inferencePlatform"], value: /^kserve$/, unless: true };
const NIM_ROUTE_FIX = "NIM has no API authentication: put an authenticating proxy in front (oauth2-proxy through nginx.ingress.kubernetes.io/auth-url in spec.expose.router.annotations, or the Gateway's auth policy), or remove the route and reach the NIMService from inside the cluster.";
const NIM = {
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
const KAITO_WORKSPACE = {
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
const KUBEFLOW_NOTEBOOK = {
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
const LWS = {
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
const SELDON = {
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
const OPERATOR_RESOURCES = [...KUBERAY, KSERVE, NIM, KAITO_WORKSPACE, KUBEFLOW_NOTEBOOK, LWS, SELDON];

// EXTERNAL MODULE: ./src/catalog/proxies.ts
var proxies = __webpack_require__(7687);
// EXTERNAL MODULE: ./src/parsers/yaml.ts
var yaml = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/model/image.ts
var model_image = __webpack_require__(1444);
// EXTERNAL MODULE: ./src/model/kustomize.ts
var kustomize = __webpack_require__(6930);
// EXTERNAL MODULE: ./src/model/part.ts
var part = __webpack_require__(684);
// EXTERNAL MODULE: ./src/readers/kustomize-patches.ts
var kustomize_patches = __webpack_require__(912);
// EXTERNAL MODULE: ./src/readers/yaml-file.ts
var yaml_file = __webpack_require__(2736);
// EXTERNAL MODULE: ./src/readers/comments.ts
var comments = __webpack_require__(5576);
;// CONCATENATED MODULE: ./src/readers/kubernetes.ts
// The Kubernetes reader: one workload per container of a pod template, and the Services, Ingresses,
// routes, Secrets, ConfigMaps and kustomizations that the model stage links across files.












const PLATFORM = {
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
function read(file) {
    const { roots, notices, notThisFormat } = (0,yaml_file/* yamlRoots */.V)(file);
    return { part: kubernetesToModel(roots, file.path, file.text), notices, notThisFormat };
}
const POD_TEMPLATE_PATHS = {
    Pod: ["spec"],
    Deployment: ["spec", "template", "spec"],
    StatefulSet: ["spec", "template", "spec"],
    DaemonSet: ["spec", "template", "spec"],
    ReplicaSet: ["spec", "template", "spec"],
    ReplicationController: ["spec", "template", "spec"],
    Job: ["spec", "template", "spec"],
    CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
};
function kubernetesToModel(roots, file, source) {
    const model = (0,part/* emptyPart */.b)();
    const isKustomization = /(^|\/)kustomization\.ya?ml$/i.test(file);
    const at = (node) => ({ file, line: node.line, column: node.column, endLine: node.endLine });
    const visit = (obj) => {
        const kind = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(obj, "kind")) ?? (isKustomization ? "Kustomization" : undefined);
        if (!kind)
            return;
        // `kind: Component` (kustomize.config.k8s.io) is a reusable kustomization.
        if (kind === "Kustomization" || (kind === "Component" && /kustomize\.config\.k8s\.io/.test((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(obj, "apiVersion")) ?? ""))) {
            const kustomization = readKustomization(obj, file, source, at);
            model.patchFiles.push(...kustomization.patchFiles);
            model.kustomizations.push(kustomization);
            return;
        }
        if (kind.endsWith("List")) {
            (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "items")).forEach(visit);
            return;
        }
        const name = (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(obj, "metadata", "name")) ?? (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(obj, "metadata", "generateName")) ?? "(unnamed)";
        const namespace = (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(obj, "metadata", "namespace")) ?? "default";
        if (kind === "Service")
            model.services.push(readService(obj, name, namespace, file, at));
        else if (kind === "Ingress")
            model.routes.push(readIngress(obj, name, namespace, file, at));
        else if (kind === "HTTPRoute" || kind === "GRPCRoute")
            model.routes.push(readRoute(obj, kind, name, namespace, file, at));
        else if (kind === "Secret")
            model.secretValues.push(...readSecret(obj, `Secret/${namespace}/${name}`, at));
        else if (kind === "ConfigMap")
            model.configMaps.push(readConfigMap(obj, name, namespace, at));
        else if (operatorResource(obj, kind))
            readOperatorResource(obj, operatorResource(obj, kind), name, namespace, file, model, at);
        else
            for (const pod of podSpecs(obj, kind))
                readPodSpec(pod.spec, labelsOf(pod.labels), pod.where, kind, name, namespace, model, at);
    };
    roots.forEach(visit);
    return model;
}
function locatedBool(node, at) {
    const value = (0,yaml/* bool */.lc)(node);
    return node && value !== undefined ? { value, pos: at(node) } : undefined;
}
function labelsOf(node) {
    return Object.fromEntries((0,yaml/* entries */.jO)(node).flatMap(([k, v]) => ((0,yaml/* str */.gx)(v) === undefined ? [] : [[k, (0,yaml/* str */.gx)(v)]])));
}
/** The pod specs of a workload kind at their known place; of any other kind, wherever a `containers` list of images stands. */
function podSpecs(obj, kind) {
    const path = POD_TEMPLATE_PATHS[kind];
    if (path) {
        const spec = (0,yaml/* getPath */.Yn)(obj, ...path);
        const labels = kind === "Pod" ? (0,yaml/* getPath */.Yn)(obj, "metadata", "labels") : (0,yaml/* getPath */.Yn)(obj, ...path.slice(0, -1), "metadata", "labels");
        return spec ? [{ spec, labels, where: "" }] : [];
    }
    // Operators' own kinds (LeaderWorkerSet, RayCluster, StormService…) embed pod templates: their
    // containers run like any other. A CRD's schema describes containers; it runs none.
    if (kind === "CustomResourceDefinition")
        return [];
    const found = [];
    const walk = (node, parent, where, depth) => {
        if (!node || depth > 12)
            return;
        if (node.kind === "seq")
            node.items.forEach((item, i) => walk(item, parent, `${where}[${i}]`, depth + 1));
        if (node.kind !== "map")
            return;
        const containers = (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(node, "containers"));
        if (containers.length > 0 && containers.every((c) => (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(c, "image")) !== undefined)) {
            found.push({ spec: node, labels: (0,yaml/* getPath */.Yn)(parent, "metadata", "labels"), where });
            return;
        }
        for (const [key, child] of (0,yaml/* entries */.jO)(node))
            if (key !== "metadata")
                walk(child, node, where ? `${where}.${key}` : key, depth + 1);
    };
    walk((0,yaml/* get */.Jt)(obj, "spec"), obj, "spec", 0);
    return found;
}
/** The pod spec's containers as workloads; `built` is a container an operator builds for the pod, before the others. */
function readPodSpec(spec, labels, where, kind, name, namespace, model, at, built) {
    const podSec = (0,yaml/* get */.Jt)(spec, "securityContext");
    // hostPath volumes by name, and ConfigMap/Secret volumes (their files come from the cluster).
    const hostVolumes = new Map();
    for (const vol of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(spec, "volumes"))) {
        const volName = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(vol, "name"));
        const hostPath = (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(vol, "hostPath", "path"));
        const object = (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(vol, "configMap", "name")) ?? (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(vol, "secret", "secretName"));
        if (volName && hostPath)
            hostVolumes.set(volName, { path: hostPath, node: vol, kind: "host-path" });
        else if (volName && object)
            hostVolumes.set(volName, { path: `${(0,yaml/* get */.Jt)(vol, "configMap") ? "ConfigMap" : "Secret"} ${object}`, node: vol, kind: "other" });
    }
    const containerLists = [
        ["initContainers", true],
        ["containers", false],
    ];
    for (const [listKey, initOnly] of containerLists) {
        let listed = (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(spec, listKey));
        let first = initOnly ? undefined : built;
        // A container of the pod named like the one the operator builds is merged into it (KServe's kserve-container).
        const same = first && listed.find((c) => (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(c, "name")) === (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(first, "name")));
        if (first?.kind === "map" && same?.kind === "map") {
            first = { ...first, entries: new Map([...first.entries, ...same.entries]) };
            listed = listed.filter((c) => c !== same);
        }
        for (const c of first ? [first, ...listed] : listed) {
            const cname = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(c, "name")) ?? "(unnamed)";
            const podId = `${kind}/${namespace}/${name}${where && where !== "spec.template.spec" ? `/${where}` : ""}`;
            const id = `${podId}/${listKey}/${cname}`;
            const security = readSecurity(spec, podSec, (0,yaml/* get */.Jt)(c, "securityContext"), at);
            const workload = {
                id,
                kind: "k8s-container",
                platform: PLATFORM,
                name: `${kind.toLowerCase()}/${name}/${cname}`,
                unit: { id: podId, name: `${kind.toLowerCase()}/${name}` },
                file: at(c).file,
                pos: at(c),
                argv: [...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(c, "command")), ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(c, "args"))].flatMap((n) => ((0,yaml/* str */.gx)(n) === undefined ? [] : [{ value: (0,yaml/* str */.gx)(n), pos: at(n) }])),
                env: readEnv((0,yaml/* get */.Jt)(c, "env"), at),
                envFromOutside: envFromSource((0,yaml/* get */.Jt)(c, "envFrom"), at),
                containerPorts: [],
                exposures: [],
                volumes: readMounts((0,yaml/* get */.Jt)(c, "volumeMounts"), hostVolumes, at),
                security,
                labels: { ...labels },
                namespace,
                initOnly,
                // A container without an image is a patch or an overlay fragment, not a whole object.
                partial: !(0,yaml/* str */.gx)((0,yaml/* get */.Jt)(c, "image")),
                gpu: /nvidia/i.test((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(spec, "runtimeClassName")) ?? "") || ["limits", "requests"].some((k) => (0,yaml/* get */.Jt)((0,yaml/* getPath */.Yn)(c, "resources", k), "nvidia.com/gpu") !== undefined),
                buildSteps: [],
            };
            const imageNode = (0,yaml/* get */.Jt)(c, "image");
            const image = (0,yaml/* str */.gx)(imageNode);
            if (imageNode && image) {
                workload.image = (0,model_image/* parseImageRef */.Q)(image, at(imageNode));
                model.components.push({ type: "image", name: image, version: workload.image.tag, image: workload.image, workloadId: id, pos: at(imageNode) });
            }
            const names = new Map();
            for (const p of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(c, "ports"))) {
                const portNode = (0,yaml/* get */.Jt)(p, "containerPort");
                const port = Number((0,yaml/* str */.gx)(portNode));
                if (!portNode || !Number.isInteger(port))
                    continue;
                workload.containerPorts.push({ value: port, pos: at(portNode) });
                const portName = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(p, "name"));
                if (portName)
                    names.set(portName, port);
                const hostPortNode = (0,yaml/* get */.Jt)(p, "hostPort");
                if (hostPortNode && Number((0,yaml/* str */.gx)(hostPortNode)) > 0 && !security.hostNetwork?.value) {
                    const hostIp = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(p, "hostIP"));
                    const loopback = hostIp !== undefined && addresses/* LOOPBACK_HOST */.Zn.test(hostIp);
                    workload.exposures.push(exposure("host-port", loopback ? "loopback" : "network", [port], `hostPort ${(0,yaml/* str */.gx)(hostPortNode)} on every node it runs on`, at(hostPortNode)));
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
function readKustomization(obj, file, source, at) {
    const dir = external_node_path_.posix.dirname(file);
    const resources = [...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "resources")), ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "bases")), ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "components"))].flatMap((r) => {
        const path = (0,yaml/* str */.gx)(r);
        // Remote bases (URLs, git) are not in the tree.
        return path && !/^[a-z]+:\/\/|^git@|\?ref=/.test(path) ? [external_node_path_.posix.normalize(external_node_path_.posix.join(dir, path)).replace(/(?<!\/)\/+$/, "")] : [];
    });
    const images = (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "images")).flatMap((entry) => {
        const name = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(entry, "name"));
        if (!name)
            return [];
        return [{ name, newName: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(entry, "newName")), newTag: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(entry, "newTag")), digest: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(entry, "digest")), pos: at(entry) }];
    });
    const kustomization = { dir, resources, images, patchFiles: [], opsFiles: [], servicePatches: [] };
    const inTree = (path) => external_node_path_.posix.normalize(external_node_path_.posix.join(dir, path));
    let split;
    const lines = () => (split ??= source.split("\n"));
    // `patches` (kustomize v4+) hold either kind by path or inline; the older lists one kind each.
    const entries = [
        ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "patches")).map((p) => ({ node: p, kind: "any" })),
        ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "patchesJson6902")).map((p) => ({ node: p, kind: "ops" })),
        ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "patchesStrategicMerge")).map((p) => ({ node: p, kind: "merge" })),
    ];
    for (const { node, kind } of entries) {
        const target = patchTarget((0,yaml/* get */.Jt)(node, "target"));
        const path = kind === "merge" ? (0,yaml/* str */.gx)(node) : (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(node, "path"));
        const inline = kind === "merge" ? (path?.includes("\n") ? node : undefined) : (0,yaml/* get */.Jt)(node, "patch");
        if (path && !path.includes("\n")) {
            if (kind !== "ops")
                kustomization.patchFiles.push(inTree(path));
            if (kind !== "merge" && target)
                kustomization.opsFiles.push({ path: inTree(path), target });
        }
        else if (inline) {
            kustomization.servicePatches.push(...inlineServicePatches(inline, target, file, lines));
        }
    }
    return kustomization;
}
function patchTarget(node) {
    if (!node)
        return undefined;
    return { kind: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(node, "kind")), name: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(node, "name")), namespace: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(node, "namespace")) };
}
/** What a patch written inside the kustomization changes in Services: JSON 6902 operations on a Service target, or a Service to merge. */
function inlineServicePatches(text, target, file, lines) {
    const { roots, place } = (0,kustomize_patches.embeddedYaml)(text, file, lines);
    return roots.flatMap((root) => {
        if (root.kind === "seq") {
            if (!target?.name || (target.kind ?? "Service") !== "Service")
                return [];
            return [(0,kustomize/* servicePatchFromOps */.Kv)({ name: target.name, namespace: target.namespace }, (0,kustomize_patches.patchOps)(root, place))];
        }
        const name = (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(root, "metadata", "name")) ?? target?.name;
        if ((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(root, "kind")) !== "Service" || !name)
            return [];
        const typeNode = (0,yaml/* getPath */.Yn)(root, "spec", "type");
        const type = (0,yaml/* str */.gx)(typeNode);
        const externalIps = (0,yaml/* getPath */.Yn)(root, "spec", "externalIPs");
        return [
            {
                target: { name, namespace: (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(root, "metadata", "namespace")) ?? target?.namespace },
                type: type !== undefined && typeNode ? { value: type, pos: place(typeNode) } : undefined,
                externalIps: (0,yaml/* items */.ld)(externalIps).length > 0 && externalIps ? place(externalIps) : undefined,
                internal: internalSetting(load_balancers/* INTERNAL_SERVICE_LOAD_BALANCER */.Y, [(0,yaml/* getPath */.Yn)(root, "metadata", "annotations")], (0,yaml/* getPath */.Yn)(root, "spec", "loadBalancerClass"), place),
            },
        ];
    });
}
function exposure(via, reach, containerPorts, description, pos) {
    return { via, reach, containerPorts, description, authenticatedProxy: false, fix: FIX.node, pos };
}
function readSecurity(spec, podSec, sec, at) {
    const pick = (key) => (0,yaml/* get */.Jt)(sec, key) ?? (0,yaml/* get */.Jt)(podSec, key);
    const runAsUserNode = pick("runAsUser");
    const runAsUser = (0,yaml/* str */.gx)(runAsUserNode);
    return {
        privileged: locatedBool((0,yaml/* get */.Jt)(sec, "privileged"), at),
        allowPrivilegeEscalation: locatedBool((0,yaml/* get */.Jt)(sec, "allowPrivilegeEscalation"), at),
        runAsNonRoot: locatedBool(pick("runAsNonRoot"), at),
        user: runAsUserNode && runAsUser !== undefined ? { value: runAsUser, pos: at(runAsUserNode) } : undefined,
        capAdd: (0,yaml/* items */.ld)((0,yaml/* getPath */.Yn)(sec, "capabilities", "add")).flatMap((n) => ((0,yaml/* str */.gx)(n) === undefined ? [] : [{ value: (0,yaml/* str */.gx)(n), pos: at(n) }])),
        capDrop: (0,yaml/* items */.ld)((0,yaml/* getPath */.Yn)(sec, "capabilities", "drop")).flatMap((n) => (0,yaml/* str */.gx)(n) ?? []),
        hostNetwork: locatedBool((0,yaml/* get */.Jt)(spec, "hostNetwork"), at),
        hostPid: locatedBool((0,yaml/* get */.Jt)(spec, "hostPID"), at),
        hostIpc: locatedBool((0,yaml/* get */.Jt)(spec, "hostIPC"), at),
        unconfined: ["seccomp", "apparmor"].flatMap((kind) => {
            const key = kind === "seccomp" ? "seccompProfile" : "appArmorProfile";
            const type = (0,yaml/* getPath */.Yn)(sec, key, "type") ?? (0,yaml/* getPath */.Yn)(podSec, key, "type");
            return (0,yaml/* str */.gx)(type) === "Unconfined" && type ? [{ value: kind, pos: at(type) }] : [];
        }),
    };
}
function readConfigMap(obj, name, namespace, at) {
    const files = new Map();
    for (const [key, node] of (0,yaml/* entries */.jO)((0,yaml/* get */.Jt)(obj, "data"))) {
        const text = (0,yaml/* str */.gx)(node);
        if (text === undefined)
            continue;
        const start = at(node);
        files.set(key, text.split("\n").map((value, i) => ({ value, pos: { file: start.file, line: start.line + i } })));
    }
    return { namespace, name, files };
}
/** `stringData` as written, `data` decoded from base64 (skipped when it does not decode to text). */
function readSecret(obj, secret, at) {
    const plain = (0,yaml/* entries */.jO)((0,yaml/* get */.Jt)(obj, "stringData")).flatMap(([key, node]) => ((0,yaml/* str */.gx)(node) === undefined ? [] : [{ secret, key, value: (0,yaml/* str */.gx)(node), pos: at(node) }]));
    const encoded = (0,yaml/* entries */.jO)((0,yaml/* get */.Jt)(obj, "data")).flatMap(([key, node]) => {
        const raw = (0,yaml/* str */.gx)(node);
        if (raw === undefined || !/^[A-Za-z0-9+/=\s]+$/.test(raw))
            return [];
        const value = Buffer.from(raw.replace(/\s/g, ""), "base64").toString("utf8");
        return /^[\x20-\x7e]*$/.test(value) ? [{ secret, key, value, pos: at(node) }] : [];
    });
    return [...plain, ...encoded];
}
/** `envFrom:` a Secret or ConfigMap: any variable may come from there, set at deploy time. */
function envFromSource(node, at) {
    const first = (0,yaml/* items */.ld)(node)[0];
    if (!first)
        return undefined;
    const ref = (0,yaml/* getPath */.Yn)(first, "secretRef", "name") ?? (0,yaml/* getPath */.Yn)(first, "configMapRef", "name");
    return { path: `envFrom ${(0,yaml/* str */.gx)(ref) ?? "source"}`, pos: at(first) };
}
function readEnv(node, at) {
    return (0,yaml/* items */.ld)(node).flatMap((e) => {
        const name = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(e, "name"));
        if (!name)
            return [];
        const valueNode = (0,yaml/* get */.Jt)(e, "value");
        const from = (0,yaml/* get */.Jt)(e, "valueFrom");
        if (from)
            return [{ name, source: "reference", origin: (0,yaml/* get */.Jt)(from, "secretKeyRef") ? "secret" : (0,yaml/* get */.Jt)(from, "configMapKeyRef") ? "config-map" : "deploy", pos: at(e) }];
        const value = (0,yaml/* str */.gx)(valueNode) ?? "";
        // `$(OTHER_VAR)` is expanded by the kubelet from another variable: set at deploy time, like `${VAR}`.
        return [{ name, value, source: /\$\([A-Za-z_][A-Za-z0-9_]*\)/.test(value) ? "variable" : "literal", pos: at(valueNode ?? e) }];
    });
}
function readMounts(node, hostVolumes, at) {
    return (0,yaml/* items */.ld)(node).flatMap((m) => {
        const volName = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(m, "name"));
        const host = volName ? hostVolumes.get(volName) : undefined;
        if (!host)
            return [];
        return [
            {
                kind: host.kind,
                source: host.path,
                target: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(m, "mountPath")),
                subPath: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(m, "subPath")),
                readOnly: (0,yaml/* bool */.lc)((0,yaml/* get */.Jt)(m, "readOnly")) === true,
                pos: at(host.node),
            },
        ];
    });
}
function readService(obj, name, namespace, file, at) {
    const spec = (0,yaml/* get */.Jt)(obj, "spec");
    const typeNode = (0,yaml/* get */.Jt)(spec, "type");
    const externalIpsNode = (0,yaml/* get */.Jt)(spec, "externalIPs");
    const externalIps = (0,yaml/* items */.ld)(externalIpsNode).length > 0;
    const type = (0,yaml/* str */.gx)(typeNode) ?? "ClusterIP";
    const anchor = type !== "ClusterIP" && typeNode ? typeNode : externalIps && externalIpsNode ? externalIpsNode : ((0,yaml/* getPath */.Yn)(obj, "metadata", "name") ?? obj);
    return {
        internal: internalSetting(load_balancers/* INTERNAL_SERVICE_LOAD_BALANCER */.Y, [(0,yaml/* getPath */.Yn)(obj, "metadata", "annotations")], (0,yaml/* getPath */.Yn)(obj, "spec", "loadBalancerClass"), at),
        id: `Service/${namespace}/${name}`,
        name,
        namespace,
        type,
        selector: labelsOf((0,yaml/* get */.Jt)(spec, "selector")),
        ports: (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(spec, "ports")).map((p) => {
            const target = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(p, "targetPort"));
            const port = Number((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(p, "port")));
            return {
                port: Number.isInteger(port) ? port : undefined,
                targetPort: target === undefined ? undefined : /^\d+$/.test(target) ? Number(target) : target,
                nodePort: Number((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(p, "nodePort"))) || undefined,
                pos: at(p),
            };
        }),
        externalIps,
        typeWritten: typeNode !== undefined,
        headless: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(spec, "clusterIP")) === "None",
        exposureFix: FIX.service,
        pos: at(anchor),
        file,
    };
}
/**
 * A Gateway API route sends a Gateway's traffic to Services (`backendRefs` of kind Service, the default).
 * Gateways exist to take traffic from outside the cluster, so a route reaches its backends from the network.
 */
function readRoute(obj, kind, name, namespace, file, at) {
    const backends = (0,yaml/* items */.ld)((0,yaml/* getPath */.Yn)(obj, "spec", "rules")).flatMap((rule) => (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(rule, "backendRefs")).flatMap((ref) => {
        const nameNode = (0,yaml/* get */.Jt)(ref, "name");
        const service = (0,yaml/* str */.gx)(nameNode);
        const refKind = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(ref, "kind")) ?? "Service";
        if (!service || !nameNode || refKind !== "Service" || ((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(ref, "namespace")) ?? namespace) !== namespace)
            return [];
        const port = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(ref, "port"));
        return [{ service, port: port && /^\d+$/.test(port) ? Number(port) : undefined, pos: at(nameNode) }];
    }));
    return { id: `${kind}/${namespace}/${name}`, kind, name, namespace, backends, authenticated: false, exposureFix: FIX.route, pos: at((0,yaml/* getPath */.Yn)(obj, "metadata", "name") ?? obj), file };
}
function readIngress(obj, name, namespace, file, at) {
    const spec = (0,yaml/* get */.Jt)(obj, "spec");
    const backends = [];
    const addBackend = (backend) => {
        if (!backend)
            return;
        // networking.k8s.io/v1: backend.service.{name,port}; v1beta1: backend.serviceName/servicePort.
        const v1 = (0,yaml/* get */.Jt)(backend, "service");
        const nameNode = v1 ? (0,yaml/* get */.Jt)(v1, "name") : (0,yaml/* get */.Jt)(backend, "serviceName");
        const service = (0,yaml/* str */.gx)(nameNode);
        if (!service || !nameNode)
            return;
        const portValue = v1 ? ((0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(v1, "port", "number")) ?? (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(v1, "port", "name"))) : (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(backend, "servicePort"));
        const port = portValue === undefined ? undefined : /^\d+$/.test(portValue) ? Number(portValue) : portValue;
        backends.push({ service, port, pos: at(nameNode) });
    };
    addBackend((0,yaml/* get */.Jt)(spec, "defaultBackend") ?? (0,yaml/* get */.Jt)(spec, "backend"));
    for (const rule of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(spec, "rules"))) {
        for (const path of (0,yaml/* items */.ld)((0,yaml/* getPath */.Yn)(rule, "http", "paths")))
            addBackend((0,yaml/* get */.Jt)(path, "backend"));
    }
    const annotations = [(0,yaml/* getPath */.Yn)(obj, "metadata", "annotations")];
    const authenticated = authenticatingProxy(annotations);
    const internal = internalSetting(load_balancers/* INTERNAL_INGRESS */.O, annotations, undefined, at);
    return { id: `Ingress/${namespace}/${name}`, kind: "Ingress", name, namespace, backends, authenticated, internal, exposureFix: FIX.route, pos: at((0,yaml/* getPath */.Yn)(obj, "metadata", "name") ?? obj), file };
}
/** An annotation puts an authenticating proxy in front (ingress-nginx auth-url, ALB OIDC, …). */
function authenticatingProxy(annotationMaps) {
    return annotationMaps.some((map) => Object.entries(labelsOf(map)).some(([k, v]) => proxies/* INGRESS_AUTH_ANNOTATIONS */.O1.some((a) => a.key.test(k) && (!a.value || a.value.test(v)))));
}
/** The first provider setting, among annotation maps and a loadBalancerClass, that gives a load balancer a private address only. */
function internalSetting(settings, annotationMaps, loadBalancerClass, at) {
    for (const setting of settings) {
        const nodes = setting.field === "annotation" ? annotationMaps.map((map) => (0,yaml/* get */.Jt)(map, setting.key)) : [loadBalancerClass];
        for (const node of nodes) {
            const value = (0,yaml/* str */.gx)(node);
            if (!node || value === undefined || !setting.value.test(value.trim()))
                continue;
            return { text: `${setting.field === "annotation" ? setting.key : "loadBalancerClass"}: ${value.trim()}`, pos: at(node) };
        }
    }
    return undefined;
}
/** The operator resource a custom object is, by its kind and API group. */
function operatorResource(obj, kind) {
    const group = ((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(obj, "apiVersion")) ?? "").split("/")[0];
    return OPERATOR_RESOURCES.find((r) => r.kind === kind && r.apiGroup === group);
}
/** `{name}` and `{role}` in an operator's naming pattern. */
function fill(pattern, name, role = "") {
    return pattern.replace(/\{name\}/g, name).replace(/\{role\}/g, role);
}
/** The nodes at a path whose `*` steps stand for every item of a list, each with its path as the generic walker writes it. */
function nodesAt(node, path, where) {
    if (!node)
        return [];
    if (path.length === 0)
        return [{ node, where }];
    const [key, ...rest] = path;
    if (key === "*")
        return (0,yaml/* items */.ld)(node).flatMap((item, i) => nodesAt(item, rest, `${where}[${i}]`));
    return nodesAt((0,yaml/* get */.Jt)(node, key), rest, where ? `${where}.${key}` : key);
}
/** The node a path of the operator data names: from the object's root when it starts with "/", else from `base`. */
function resolve(obj, base, path) {
    return path[0] === "/" ? (0,yaml/* getPath */.Yn)(obj, ...path.slice(1)) : (0,yaml/* getPath */.Yn)(base, ...path);
}
/** Whether a condition holds, with the node that is written when it matches (a map or a list is written; a null is not). */
function holds(obj, base, condition) {
    const node = resolve(obj, base, condition.path);
    const value = node?.kind === "scalar" ? (0,yaml/* str */.gx)(node) : undefined;
    const written = node !== undefined && (node.kind !== "scalar" || value !== undefined);
    const matches = written && (condition.value === undefined || (value !== undefined && condition.value.test(value)));
    return { ok: condition.unless ? !matches : matches, node: matches ? node : undefined };
}
function allHold(obj, base, conditions) {
    return (conditions ?? []).every((c) => holds(obj, base, c).ok);
}
function scalarAt(value, where) {
    return { kind: "scalar", value, line: where.line, column: where.column, endLine: where.endLine };
}
function mapAt(entries, where) {
    return { kind: "map", entries: new Map(entries.map(([k, v]) => [k, { keyLine: v.line, keyColumn: v.column, value: v }])), line: where.line, column: where.column, endLine: where.endLine };
}
/**
 * The container an operator builds from fields of the resource, as a container node whose values keep the
 * positions where the resource writes them: a container spec it writes (KServe `model`), its image from
 * repository and tag fields, and the other fields it names. Undefined when the resource does not ask for it.
 */
function builtContainer(def, obj, group, name) {
    const specs = (def.specs ?? []).map((path) => resolve(obj, group, path)).filter((n) => n?.kind === "map");
    if (def.specs && specs.length === 0)
        return undefined;
    if (!allHold(obj, group, def.when))
        return undefined;
    const spec = specs[0];
    const fields = new Map((0,yaml/* entries */.jO)(spec));
    const repository = def.image ? resolve(obj, group, def.image.repository) : undefined;
    const anchor = spec ?? repository ?? (def.when ?? []).map((c) => holds(obj, group, c).node).find(Boolean) ?? group;
    if (!fields.has("name"))
        fields.set("name", scalarAt(fill(def.name, name), anchor));
    if (def.image && repository && (0,yaml/* str */.gx)(repository) && !fields.has("image")) {
        const tag = (0,yaml/* str */.gx)(resolve(obj, group, def.image.tag));
        fields.set("image", scalarAt(`${(0,yaml/* str */.gx)(repository)}${tag ? `:${tag}` : ""}`, repository));
    }
    for (const [key, path] of Object.entries(def.fields ?? {})) {
        const node = resolve(obj, group, path);
        if (node && !fields.has(key))
            fields.set(key, node);
    }
    if (def.port && !fields.has("ports")) {
        const written = def.port.field ? resolve(obj, group, def.port.field) : undefined;
        const port = (0,yaml/* str */.gx)(written) ?? String(def.port.default);
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
function readOperatorResource(obj, resource, name, namespace, file, model, at) {
    const spec = (0,yaml/* get */.Jt)(obj, "spec");
    const clusterWhere = resource.clusterSpec.join(".");
    const cluster = (0,yaml/* getPath */.Yn)(obj, ...resource.clusterSpec);
    const createdBy = `${resource.operator} for ${resource.kind} ${name}`;
    // Scalar settings of the resource's spec and of its cluster spec: `rayVersion`.
    const fields = {};
    for (const node of [spec, cluster]) {
        for (const [key, value] of (0,yaml/* entries */.jO)(node))
            if (value.kind === "scalar" && (0,yaml/* str */.gx)(value) !== undefined)
                fields[key] = { value: (0,yaml/* str */.gx)(value), pos: at(value) };
    }
    const podsByRole = new Map();
    const handled = new Set();
    const roleLabels = (group) => Object.fromEntries(Object.entries({ ...resource.podLabels, ...group.labels }).map(([k, v]) => [k, fill(v, name, group.role)]));
    for (const group of resource.groups) {
        for (const { node: groupNode, where } of nodesAt(cluster, group.group, clusterWhere)) {
            const podPath = group.podSpec ?? ["template", "spec"];
            const podSpec = (0,yaml/* getPath */.Yn)(groupNode, ...podPath);
            const built = group.container ? builtContainer(group.container, obj, groupNode, name) : undefined;
            if (!podSpec && !built)
                continue;
            const podWhere = [where, ...podPath].filter(Boolean).join(".");
            handled.add(podWhere);
            const written = (group.labelsAt ?? [["template", "metadata", "labels"]]).map((path) => labelsOf(resolve(obj, groupNode, path)));
            const start = model.workloads.length;
            readPodSpec(podSpec, Object.assign({}, ...written, roleLabels(group)), podWhere, resource.kind, name, namespace, model, at, built);
            const pod = model.workloads.slice(start);
            for (const w of pod) {
                w.declaredBy = { apiGroup: resource.apiGroup, kind: resource.kind, name, fields };
                // The user the operator runs a pod as when the pod names none: set at deploy time, where the operator is installed.
                if (resource.defaultRunAsUser && !w.security.user)
                    w.security.user = { value: resource.defaultRunAsUser, pos: at(groupNode), origin: "deploy" };
            }
            podsByRole.set(group.role, [...(podsByRole.get(group.role) ?? []), pod]);
            // The operator's additions go to the container it builds, else the pod's first container: the one that runs the product.
            const main = pod.find((w) => !w.initOnly);
            if (!main)
                continue;
            if (built && group.container)
                addBuiltSettings(group.container, main, obj, groupNode, at, resource.partialContainers === true);
            const command = group.command;
            const template = (0,yaml/* get */.Jt)(groupNode, "template");
            const override = command && (0,yaml/* bool */.lc)((0,yaml/* getPath */.Yn)(template, "metadata", "annotations", command.overrideAnnotation)) === true;
            if (command && !override && !command.skipIf.test(main.argv.map((a) => a.value).join(" "))) {
                const paramsNode = (0,yaml/* get */.Jt)(groupNode, command.params);
                const anchor = at(paramsNode ?? groupNode);
                main.argv.push(...command.program.map((value) => ({ value, pos: anchor })));
                const params = (0,yaml/* entries */.jO)(paramsNode).flatMap(([key, node]) => ((0,yaml/* str */.gx)(node) === undefined ? [] : [{ value: `--${key}=${(0,yaml/* str */.gx)(node)}`, pos: at(node) }]));
                const defaults = Object.entries(command.defaults)
                    .filter(([key]) => !(0,yaml/* get */.Jt)(paramsNode, key))
                    .map(([key, value]) => ({ value: `--${key}=${value}`, pos: anchor }));
                main.argv.push(...params, ...defaults);
            }
            for (const setting of resource.env ?? []) {
                const node = resolve(obj, cluster, setting.field);
                const value = (0,yaml/* str */.gx)(node);
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
        if (!other || !pods || podsByRole.has(other.role))
            continue;
        for (const w of pods.flat())
            Object.assign(w.labels, roleLabels(other), roleLabels(group));
        podsByRole.set(other.role, pods);
    }
    // Other pod templates of the resource (a RayJob's submitter pod) run like any other.
    for (const pod of podSpecs(obj, resource.kind))
        if (!handled.has(pod.where))
            readPodSpec(pod.spec, labelsOf(pod.labels), pod.where, resource.kind, name, namespace, model, at);
    const nameAnchor = (0,yaml/* getPath */.Yn)(obj, "metadata", "name") ?? obj;
    /** The generated Services by their default name: the name they get, and the container their ports come from. */
    const generated = new Map();
    for (const def of resource.services) {
        if (!allHold(obj, cluster, def.when))
            continue;
        const written = def.nameField ? (0,yaml/* str */.gx)(resolve(obj, cluster, def.nameField)) : undefined;
        if (def.onlyWhenNamed && !written)
            continue;
        const svcName = written ?? fill(def.name, name);
        const pods = def.selects.flatMap((role) => podsByRole.get(role) ?? []);
        // The ports come from the first container of the first selected group (a Ray head).
        const first = (podsByRole.get(def.selects[0]) ?? [])[0]?.find((w) => !w.initOnly);
        const ports = generatedPorts(def.ports, first, obj, cluster, model, file);
        if (ports.length === 0 || pods.length === 0)
            continue;
        let type = "ClusterIP";
        let typeNode;
        for (const source of def.types) {
            const hit = "field" in source ? { node: resolve(obj, cluster, source.field), type: (0,yaml/* str */.gx)(resolve(obj, cluster, source.field)) } : { ...holds(obj, cluster, source.when), type: source.type };
            if (hit.type === undefined || !hit.node || ("ok" in hit && !hit.ok))
                continue;
            type = hit.type;
            typeNode = hit.node;
            break;
        }
        if (def.name)
            generated.set(def.name, { name: svcName, first });
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
            internal: internalSetting(load_balancers/* INTERNAL_SERVICE_LOAD_BALANCER */.Y, (def.annotations ?? []).map((path) => resolve(obj, cluster, path)), def.loadBalancerClass ? resolve(obj, cluster, def.loadBalancerClass) : undefined, at),
            exposureFix: def.fix,
            pos: at(anchor),
            file,
        });
    }
    for (const def of resource.routes ?? []) {
        const checks = def.when.map((c) => holds(obj, cluster, c));
        if (!checks.every((c) => c.ok))
            continue;
        const target = def.services.map((s) => generated.get(s)).find(Boolean);
        if (!target)
            continue;
        const anchor = checks.find((c) => c.node)?.node ?? nameAnchor;
        const byName = def.port?.name && target.first ? model.portNames.get(`${file}\0${target.first.id}`)?.get(def.port.name) : undefined;
        const byField = def.port?.field ? Number((0,yaml/* str */.gx)(resolve(obj, cluster, def.port.field))) : NaN;
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
            internal: internalSetting(load_balancers/* INTERNAL_INGRESS */.O, annotations, undefined, at),
            createdBy,
            exposureFix: def.fix,
            pos: at(anchor),
            file,
        });
    }
}
/** What an operator adds to a container it builds: the server its runtime starts, a ConfigMap it mounts. */
function addBuiltSettings(def, main, obj, group, at, partial) {
    if (partial)
        main.partial = true;
    if (def.product && main.declaredBy)
        main.declaredBy = { ...main.declaredBy, runs: def.product };
    const spec = (def.specs ?? []).map((path) => resolve(obj, group, path)).find((n) => n?.kind === "map");
    // A command written in the container spec replaces the runtime's.
    if (!(0,yaml/* get */.Jt)(spec, "command")) {
        for (const runtime of def.runtimes ?? []) {
            const set = runtime.when.find((conditions) => allHold(obj, group, conditions));
            if (!set)
                continue;
            const anchor = at(set.map((c) => holds(obj, group, c).node).find(Boolean) ?? spec ?? group);
            main.argv.unshift(...runtime.argv.map((value) => ({ value, pos: anchor })));
            break;
        }
    }
    const configNode = def.configMap ? resolve(obj, group, def.configMap.nameField) : undefined;
    const configMap = (0,yaml/* str */.gx)(configNode);
    if (def.configMap && configNode && configMap) {
        main.volumes.push({ kind: "other", source: `ConfigMap ${configMap}`, target: def.configMap.mountPath, readOnly: true, pos: at(configNode) });
        main.argv.push(...def.configMap.argv.map((value) => ({ value, pos: at(configNode) })));
    }
}
/** The ports of a generated Service, as the operator derives them. */
function generatedPorts(def, first, obj, cluster, model, file) {
    if (def.from === "fixed")
        return def.ports;
    if (def.from === "field") {
        const written = Number((0,yaml/* str */.gx)(resolve(obj, cluster, def.field)));
        const port = Number.isInteger(written) && written > 0 ? written : def.default;
        return [{ port, targetPort: port }];
    }
    const named = first ? [...(model.portNames.get(`${file}\0${first.id}`) ?? new Map())] : [];
    let declared = def.names ? named.filter(([portName]) => def.names?.test(portName)).map(([, port]) => port) : (first?.containerPorts.map((p) => p.value) ?? []);
    if (def.first)
        declared = declared.slice(0, 1);
    const ports = [...new Set([...(declared.length > 0 || def.names ? declared : def.defaults), ...(def.always ?? [])])];
    if (def.servicePort !== undefined && ports.length === 1)
        return [{ port: def.servicePort, targetPort: ports[0] }];
    return ports.map((port) => ({ port, targetPort: port }));
}


/***/ }),

/***/ 912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   embeddedYaml: () => (/* binding */ embeddedYaml),
/* harmony export */   patchOps: () => (/* binding */ patchOps),
/* harmony export */   patchOpsOfText: () => (/* binding */ patchOpsOfText)
/* harmony export */ });
/* harmony import */ var _parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4649);
// Kustomize patches written inside a kustomization (`patches[].patch`, `patchesJson6902[].patch`,
// `patchesStrategicMerge[]` entries that are YAML rather than a path) and JSON 6902 patch files: parsed
// with positions in the file that holds them, so that a finding points at the patch line that sets a value.

/** The operations of a JSON 6902 patch (a list of `{op, path, value}`); scalar values only, the rest kept without a value. */
function patchOps(root, place) {
    return (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .items */ .ld)(root).flatMap((item) => {
        const op = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(item, "op"));
        const path = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(item, "path"));
        if (!op || !path)
            return [];
        const value = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(item, "value");
        return [{ op, path, value: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(value), pos: place(value ?? item) }];
    });
}
/** The operations of a JSON 6902 patch file, or undefined when its first document is not a list of them. */
function patchOpsOfText(text, file) {
    const root = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(text).documents[0]?.root;
    return root?.kind === "seq" ? patchOps(root, (node) => ({ file, line: node.line, column: node.column })) : undefined;
}
/**
 * The YAML documents of a patch written inside a kustomization, with a place function into the
 * kustomization file (`lines`: its lines, split once). A block scalar (`patch: |-`) keeps its lines: line i of the text is the i-th line of
 * the block, indented by the block's indentation. Any other string is placed at its own node.
 */
function embeddedYaml(text, file, lines) {
    const value = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(text) ?? "";
    const parsed = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(value);
    const roots = parsed.documents.flatMap((d) => (d.root ? [d.root] : []));
    // Only a literal block keeps the text's lines as they stand in the file.
    if (text.kind !== "scalar" || !text.block)
        return { roots, place: () => ({ file, line: text.line, column: text.column }) };
    const first = lines().slice(text.line - 1, text.endLine).find((line) => line.trim() !== "") ?? "";
    const indent = first.length - first.trimStart().length;
    return { roots, place: (node) => ({ file, line: text.line + node.line - 1, column: (node.column ?? 1) + indent }) };
}


/***/ }),

/***/ 2736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ yamlRoots)
/* harmony export */ });
/* harmony import */ var _parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4649);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5709);


function yamlRoots(file) {
    const parsed = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(file.text);
    // A template (Helm, Jinja, envsubst-style `{{ }}`) is not YAML until rendered: a notice, not a parse error.
    if (parsed.errors.length > 0 && /\{\{|\{%/.test(file.text)) {
        return { roots: [], notices: [], notThisFormat: "template syntax ({{ }} or {% %}) that is not valid YAML until rendered; not scanned" };
    }
    // A document over the limits was not read although the file deploys: `incomplete`, which AIA002 reports.
    const limits = parsed.limits.map((limit) => ({ file: file.path, kind: "skipped", message: limit.message, line: limit.line, incomplete: true }));
    return {
        roots: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestRoots */ .X9)(parsed.documents),
        notices: [...(0,_notices_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxErrorNotice */ .o)(file.path, parsed.errors, "YAML: "), ...limits],
    };
}


/***/ })

};
