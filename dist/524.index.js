export const id = 524;
export const ids = [524];
export const modules = {

/***/ 5201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ INTERNAL_INGRESS),
/* harmony export */   Y: () => (/* binding */ INTERNAL_SERVICE_LOAD_BALANCER)
/* harmony export */ });
// How a cloud provider or an ingress controller is told to give a load balancer a private address only:
// data about platforms, read by the Kubernetes reader. A Service of type LoadBalancer, or an Ingress, is
// reachable from the internet unless one of these is written with its internal value. Nothing here is
// inferred from an absence: the AWS Load Balancer Controller makes NLBs and ALBs internal by default, but
// the same manifest reconciled by the in-tree AWS provider is internet-facing, and the file does not say
// which controller runs.
/** Kubernetes' own list of internal load balancer annotations, one tab per provider. */
const K8S_SERVICE_DOCS = "https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer";
/** Settings on a Service of type LoadBalancer. */
const INTERNAL_SERVICE_LOAD_BALANCER = [
    // The in-tree provider makes the ELB internal for every value but "false" (older examples write `0.0.0.0/0`).
    {
        provider: "AWS",
        field: "annotation",
        key: "service.beta.kubernetes.io/aws-load-balancer-internal",
        value: /^(?!false$).+$/i,
        source: "https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md ; https://github.com/kubernetes/website/issues/15771",
    },
    {
        provider: "AWS",
        field: "annotation",
        key: "service.beta.kubernetes.io/aws-load-balancer-scheme",
        value: /^internal$/i,
        source: "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/ ; " + K8S_SERVICE_DOCS,
    },
    { provider: "GKE", field: "annotation", key: "networking.gke.io/load-balancer-type", value: /^internal$/i, source: "https://cloud.google.com/kubernetes-engine/docs/concepts/service-load-balancer ; " + K8S_SERVICE_DOCS },
    // The key GKE documented before networking.gke.io; still honoured and still seen in manifests.
    { provider: "GKE", field: "annotation", key: "cloud.google.com/load-balancer-type", value: /^internal$/i, source: "https://cloud.google.com/kubernetes-engine/docs/how-to/internal-load-balancing" },
    {
        provider: "GKE",
        field: "loadBalancerClass",
        value: /^networking\.gke\.io\/l4-regional-internal$/i,
        source: "https://cloud.google.com/kubernetes-engine/docs/concepts/service-load-balancer-parameters",
    },
    { provider: "Azure", field: "annotation", key: "service.beta.kubernetes.io/azure-load-balancer-internal", value: /^true$/i, source: "https://learn.microsoft.com/azure/aks/internal-lb ; " + K8S_SERVICE_DOCS },
    {
        provider: "DigitalOcean",
        field: "annotation",
        key: "service.beta.kubernetes.io/do-loadbalancer-network",
        value: /^internal$/i,
        source: "https://docs.digitalocean.com/products/kubernetes/how-to/create-internal-load-balancer/",
    },
    {
        provider: "Oracle Cloud",
        field: "annotation",
        key: "service.beta.kubernetes.io/oci-load-balancer-internal",
        value: /^true$/i,
        source: "https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengcreatingloadbalancer_topic-Summaryofannotations.htm ; " + K8S_SERVICE_DOCS,
    },
    // The same for an OCI network load balancer (`oci.oraclecloud.com/load-balancer-type: nlb`).
    {
        provider: "Oracle Cloud",
        field: "annotation",
        key: "oci-network-load-balancer.oraclecloud.com/internal",
        value: /^true$/i,
        source: "https://docs.oracle.com/iaas/Content/ContEng/Tasks/contengconfiguringloadbalancersnetworkloadbalancers-subtopic.htm ; https://github.com/oracle/oci-cloud-controller-manager/blob/master/pkg/cloudprovider/providers/oci/load_balancer_spec.go (ServiceAnnotationNetworkLoadBalancerInternal)",
    },
    {
        provider: "IBM Cloud",
        field: "annotation",
        key: "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type",
        value: /^private$/i,
        source: "https://cloud.ibm.com/docs/containers?topic=containers-vpclb-about ; " + K8S_SERVICE_DOCS,
    },
    {
        provider: "Alibaba Cloud",
        field: "annotation",
        key: "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type",
        value: /^intranet$/i,
        source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/add-annotations-to-the-yaml-file-of-a-service-to-configure-clb-instances ; " + K8S_SERVICE_DOCS,
    },
    // The older prefix, still accepted.
    {
        provider: "Alibaba Cloud",
        field: "annotation",
        key: "service.beta.kubernetes.io/alicloud-loadbalancer-address-type",
        value: /^intranet$/i,
        source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/add-annotations-to-the-yaml-file-of-a-service-to-configure-clb-instances",
    },
    {
        provider: "OpenStack",
        field: "annotation",
        key: "service.beta.kubernetes.io/openstack-internal-load-balancer",
        value: /^true$/i,
        source: "https://github.com/kubernetes/cloud-provider-openstack/blob/master/docs/openstack-cloud-controller-manager/expose-applications-using-loadbalancer-type-service.md ; " + K8S_SERVICE_DOCS,
    },
    { provider: "Baidu Cloud", field: "annotation", key: "service.beta.kubernetes.io/cce-load-balancer-internal-vpc", value: /^true$/i, source: K8S_SERVICE_DOCS },
    // The subnet the internal load balancer takes its address from.
    { provider: "Tencent Cloud", field: "annotation", key: "service.kubernetes.io/qcloud-loadbalancer-internal-subnetid", value: /^.+$/, source: K8S_SERVICE_DOCS },
];
/** Settings on an Ingress. */
const INTERNAL_INGRESS = [
    {
        provider: "AWS Load Balancer Controller",
        field: "annotation",
        key: "alb.ingress.kubernetes.io/scheme",
        value: /^internal$/i,
        source: "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#scheme",
    },
    // GKE reads the class from the annotation only (ingressClassName is ignored when it is set).
    { provider: "GKE", field: "annotation", key: "kubernetes.io/ingress.class", value: /^gce-internal$/i, source: "https://cloud.google.com/kubernetes-engine/docs/concepts/ingress" },
    // Honoured only when the gateway has a private frontend IP; otherwise the Ingress is not served at all.
    {
        provider: "Azure Application Gateway",
        field: "annotation",
        key: "appgw.ingress.kubernetes.io/use-private-ip",
        value: /^true$/i,
        source: "https://learn.microsoft.com/azure/application-gateway/ingress-controller-annotations ; https://azure.github.io/application-gateway-kubernetes-ingress/features/private-ip",
    },
];


/***/ }),

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
            if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED")
                at.line = Math.min(at.line + 1, at.endLine);
            return { kind: "scalar", value: scalar, ...at };
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
// What Kubernetes operators create at run time from their custom resources: the command line they give
// a pod's first container, the environment they add, and the Services and Ingresses they generate. Data
// about platforms, read by the Kubernetes reader, so that an Ingress or another Service that names a
// generated Service reaches the pods it selects. Paths are lists of keys; `*` stands for every item of a list.
const KUBERAY_SOURCES = [
    "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/service.go (BuildServiceForHeadPod, BuildHeadServiceForRayService, BuildServeService: names, selectors, ports, types)",
    "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/utils/util.go (GenerateHeadServiceName: `<name>-head-svc`, or headService.metadata.name for a RayCluster; GenerateServeServiceName: `<name>-serve-svc`)",
    "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/utils/constant.go (DefaultClientPort 10001, DefaultGcsServerPort 6379, DefaultDashboardPort 8265, DefaultMetricsPort 8080, DefaultServingPort 8000; label keys)",
    "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/pod.go (setMissingRayStartParams: dashboard-host 0.0.0.0 on the head; generateRayStartCommand: `ray start --head` + rayStartParams; BuildPod: appended unless the command runs `ray start` or ray.io/overwrite-container-cmd is true; SetContainerTokenAuthEnvVars: RAY_AUTH_MODE=token when authOptions.mode is token; labelPod)",
    "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/common/ingress.go (BuildIngressForHeadService: `<name>-head-ingress` to the head Service's dashboard port when headGroupSpec.enableIngress is true)",
    "https://github.com/ray-project/kuberay/blob/master/ray-operator/controllers/ray/raycluster_controller.go (serve Service of a RayCluster only with the annotation ray.io/enable-serve-service: \"true\")",
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
/** The head Service's ports: every port the head's Ray container declares, or KubeRay's defaults; the metrics port always. */
const HEAD_PORTS = { defaultPorts: [10001, 6379, 8265, 8080, 8000], alwaysPorts: [8080] };
const SERVE_PORTS = { portNames: /^serve(-.*)?$/, defaultPorts: [] };
const HEAD_TYPE = [
    ["headGroupSpec", "headService", "spec", "type"],
    ["headGroupSpec", "serviceType"],
];
const RAY_ENV = [{ field: ["authOptions", "mode"], value: /^token$/, env: "RAY_AUTH_MODE", envValue: "token" }];
const RAY_INGRESS = [{ name: "{name}-head-ingress", enabledBy: ["headGroupSpec", "enableIngress"], service: "{name}-head-svc", portName: "dashboard", defaultPort: 8265 }];
const CUSTOM_HEAD_SERVICE = {
    // The RayCluster a RayService or RayJob creates takes the custom head Service name.
    name: "",
    nameField: ["headGroupSpec", "headService", "metadata", "name"],
    onlyWhenNamed: true,
    selects: ["head"],
    ...HEAD_PORTS,
    typeFields: HEAD_TYPE,
};
const OPERATOR_RESOURCES = [
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

// EXTERNAL MODULE: ./src/catalog/proxies.ts
var proxies = __webpack_require__(7687);
// EXTERNAL MODULE: ./src/parsers/yaml.ts
var yaml = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/model/image.ts
var model_image = __webpack_require__(1444);
// EXTERNAL MODULE: ./src/model/part.ts
var part = __webpack_require__(684);
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
    operatorService: "Leave the generated Service ClusterIP (remove serviceType / the embedded Service's type) and reach it through an authenticated Ingress or kubectl port-forward; at least restrict loadBalancerSourceRanges in the embedded Service spec.",
    route: "Require authentication in front of the route (oauth2-proxy through nginx.ingress.kubernetes.io/auth-url on an Ingress, or the Gateway implementation's auth policy) or remove the route.",
};
function read(file) {
    const { roots, notices, notThisFormat } = (0,yaml_file/* yamlRoots */.V)(file);
    return { part: kubernetesToModel(roots, file.path), notices, notThisFormat };
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
function kubernetesToModel(roots, file) {
    const model = (0,part/* emptyPart */.b)();
    const isKustomization = /(^|\/)kustomization\.ya?ml$/i.test(file);
    const at = (node) => ({ file, line: node.line, column: node.column, endLine: node.endLine });
    const visit = (obj) => {
        const kind = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(obj, "kind")) ?? (isKustomization ? "Kustomization" : undefined);
        if (!kind)
            return;
        // `kind: Component` (kustomize.config.k8s.io) is a reusable kustomization.
        if (kind === "Kustomization" || (kind === "Component" && /kustomize\.config\.k8s\.io/.test((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(obj, "apiVersion")) ?? ""))) {
            model.patchFiles.push(...kustomizePatches(obj, file));
            model.kustomizations.push(readKustomization(obj, file, at));
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
                readPodSpec(pod.spec, pod.labels, pod.where, kind, name, namespace, model, at);
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
function readPodSpec(spec, labelsNode, where, kind, name, namespace, model, at) {
    const labels = labelsOf(labelsNode);
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
        for (const c of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(spec, listKey))) {
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
                labels,
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
function readKustomization(obj, file, at) {
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
    return { dir, resources, images };
}
/** `patches[].path`, `patchesStrategicMerge[]`, `patchesJson6902[].path`, relative to the kustomization's folder. */
function kustomizePatches(obj, file) {
    const dir = external_node_path_.posix.dirname(file);
    const paths = [
        ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "patches")).map((p) => (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(p, "path"))),
        ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "patchesStrategicMerge")).map((p) => (0,yaml/* str */.gx)(p)),
        ...(0,yaml/* items */.ld)((0,yaml/* get */.Jt)(obj, "patchesJson6902")).map((p) => (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(p, "path"))),
    ];
    return paths.flatMap((p) => (p && !p.includes("\n") ? [external_node_path_.posix.normalize(external_node_path_.posix.join(dir, p))] : []));
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
        internal: internalSetting(load_balancers/* INTERNAL_SERVICE_LOAD_BALANCER */.Y, obj, at),
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
    const authenticated = authenticatingProxy(obj);
    const internal = internalSetting(load_balancers/* INTERNAL_INGRESS */.O, obj, at);
    return { id: `Ingress/${namespace}/${name}`, kind: "Ingress", name, namespace, backends, authenticated, internal, exposureFix: FIX.route, pos: at((0,yaml/* getPath */.Yn)(obj, "metadata", "name") ?? obj), file };
}
/** An annotation of the object puts an authenticating proxy in front of it (ingress-nginx auth-url, ALB OIDC, …). */
function authenticatingProxy(obj) {
    return Object.entries(labelsOf((0,yaml/* getPath */.Yn)(obj, "metadata", "annotations"))).some(([k, v]) => proxies/* INGRESS_AUTH_ANNOTATIONS */.O1.some((a) => a.key.test(k) && (!a.value || a.value.test(v))));
}
/** The first provider setting written on the object that gives its load balancer a private address only. */
function internalSetting(settings, obj, at) {
    const annotations = (0,yaml/* getPath */.Yn)(obj, "metadata", "annotations");
    for (const setting of settings) {
        const node = setting.field === "annotation" ? (0,yaml/* get */.Jt)(annotations, setting.key) : (0,yaml/* getPath */.Yn)(obj, "spec", "loadBalancerClass");
        const value = (0,yaml/* str */.gx)(node);
        if (!node || value === undefined || !setting.value.test(value.trim()))
            continue;
        return { text: `${setting.field === "annotation" ? setting.key : "loadBalancerClass"}: ${value.trim()}`, pos: at(node) };
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
    return nodesAt((0,yaml/* get */.Jt)(node, key), rest, `${where}.${key}`);
}
/**
 * A custom resource whose pods an operator creates (KubeRay's RayCluster, RayService, RayJob): its pod
 * templates with what the operator adds (the command it appends, environment from the resource's settings,
 * labels), and the Services and Ingresses the operator generates, which select those pods by id.
 */
function readOperatorResource(obj, resource, name, namespace, file, model, at) {
    const spec = (0,yaml/* get */.Jt)(obj, "spec");
    const clusterWhere = ["spec", ...resource.clusterSpec].join(".");
    const cluster = (0,yaml/* getPath */.Yn)(spec, ...resource.clusterSpec);
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
    for (const group of resource.groups) {
        for (const { node: groupNode, where } of nodesAt(cluster, group.group, clusterWhere)) {
            const template = (0,yaml/* get */.Jt)(groupNode, "template");
            const podSpec = (0,yaml/* get */.Jt)(template, "spec");
            if (!podSpec)
                continue;
            handled.add(`${where}.template.spec`);
            const start = model.workloads.length;
            readPodSpec(podSpec, (0,yaml/* getPath */.Yn)(template, "metadata", "labels"), `${where}.template.spec`, resource.kind, name, namespace, model, at);
            const pod = model.workloads.slice(start);
            const labels = Object.fromEntries(Object.entries(resource.podLabels ?? {}).map(([k, v]) => [k, fill(v, name, group.role)]));
            for (const w of pod) {
                Object.assign(w.labels, labels);
                w.declaredBy = { apiGroup: resource.apiGroup, kind: resource.kind, name, fields };
            }
            podsByRole.set(group.role, [...(podsByRole.get(group.role) ?? []), pod]);
            // The operator's additions go to the pod's first container, the one that runs the product.
            const main = pod.find((w) => !w.initOnly);
            if (!main)
                continue;
            const command = group.command;
            const override = command && (0,yaml/* bool */.lc)((0,yaml/* getPath */.Yn)(template, "metadata", "annotations", command.overrideAnnotation)) === true;
            if (command && !override && !command.skipIf.test(main.argv.map((a) => a.value).join(" "))) {
                const paramsNode = (0,yaml/* get */.Jt)(groupNode, command.params);
                const anchor = at(paramsNode ?? groupNode);
                main.argv.push(...command.program.map((value) => ({ value, pos: anchor })));
                const written = (0,yaml/* entries */.jO)(paramsNode).flatMap(([key, node]) => ((0,yaml/* str */.gx)(node) === undefined ? [] : [{ value: `--${key}=${(0,yaml/* str */.gx)(node)}`, pos: at(node) }]));
                const defaults = Object.entries(command.defaults)
                    .filter(([key]) => !(0,yaml/* get */.Jt)(paramsNode, key))
                    .map(([key, value]) => ({ value: `--${key}=${value}`, pos: anchor }));
                main.argv.push(...written, ...defaults);
            }
            for (const setting of resource.env ?? []) {
                const node = (0,yaml/* getPath */.Yn)(cluster, ...setting.field);
                const value = (0,yaml/* str */.gx)(node);
                if (node && value !== undefined && setting.value.test(value) && !main.env.some((e) => e.name === setting.env)) {
                    main.env.push({ name: setting.env, value: setting.envValue, source: "literal", pos: at(node) });
                }
            }
        }
    }
    // Other pod templates of the resource (a RayJob's submitter pod) run like any other.
    for (const pod of podSpecs(obj, resource.kind))
        if (!handled.has(pod.where))
            readPodSpec(pod.spec, pod.labels, pod.where, resource.kind, name, namespace, model, at);
    const nameAnchor = (0,yaml/* getPath */.Yn)(obj, "metadata", "name") ?? obj;
    const annotations = (0,yaml/* getPath */.Yn)(obj, "metadata", "annotations");
    const serviceNames = new Map();
    for (const def of resource.services) {
        if (def.whenAnnotation && (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(annotations, def.whenAnnotation.key)) !== def.whenAnnotation.value)
            continue;
        const base = def.fromResourceSpec ? spec : cluster;
        const written = def.nameField ? (0,yaml/* str */.gx)((0,yaml/* getPath */.Yn)(base, ...def.nameField)) : undefined;
        if (def.onlyWhenNamed && !written)
            continue;
        const svcName = written ?? fill(def.name, name);
        if (def.name)
            serviceNames.set(def.name, svcName);
        const pods = def.selects.flatMap((role) => podsByRole.get(role) ?? []);
        // The ports come from the Ray container of the first selected group (the head).
        const first = (podsByRole.get(def.selects[0]) ?? [])[0]?.find((w) => !w.initOnly);
        const named = first ? [...(model.portNames.get(`${file}\0${first.id}`) ?? new Map())] : [];
        const declared = def.portNames ? named.filter(([portName]) => def.portNames?.test(portName)).map(([, port]) => port) : (first?.containerPorts.map((p) => p.value) ?? []);
        const ports = [...new Set([...(declared.length > 0 || def.portNames ? declared : def.defaultPorts), ...(def.alwaysPorts ?? [])])];
        if (ports.length === 0 || pods.length === 0)
            continue;
        const typeNode = def.typeFields.map((path) => (path[0] === "resource:" ? (0,yaml/* getPath */.Yn)(spec, ...path.slice(1)) : (0,yaml/* getPath */.Yn)(cluster, ...path))).find((n) => (0,yaml/* str */.gx)(n) !== undefined);
        const type = (0,yaml/* str */.gx)(typeNode) ?? "ClusterIP";
        // The user's own Service object embedded in the resource (headService, serveService) carries its annotations.
        const embedded = def.nameField ? (0,yaml/* getPath */.Yn)(base, ...def.nameField.slice(0, -2)) : undefined;
        const anchor = type !== "ClusterIP" && typeNode ? typeNode : nameAnchor;
        model.services.push({
            id: `Service/${namespace}/${svcName}`,
            name: svcName,
            namespace,
            type,
            selector: {},
            pods: [...new Set(pods.flat().map((w) => w.unit.id))],
            createdBy,
            ports: ports.map((port) => ({ port, targetPort: port, pos: at(anchor) })),
            externalIps: false,
            headless: false,
            internal: embedded ? internalSetting(load_balancers/* INTERNAL_SERVICE_LOAD_BALANCER */.Y, embedded, at) : undefined,
            exposureFix: FIX.operatorService,
            pos: at(anchor),
            file,
        });
    }
    for (const def of resource.ingresses ?? []) {
        const enabled = (0,yaml/* getPath */.Yn)(cluster, ...def.enabledBy);
        if (!enabled || (0,yaml/* bool */.lc)(enabled) !== true)
            continue;
        const service = serviceNames.get(def.service);
        const head = (podsByRole.get("head") ?? [])[0]?.find((w) => !w.initOnly);
        const port = (head && model.portNames.get(`${file}\0${head.id}`)?.get(def.portName)) ?? def.defaultPort;
        if (!service)
            continue;
        const ingressName = fill(def.name, name);
        const authenticated = authenticatingProxy(obj);
        model.routes.push({
            id: `Ingress/${namespace}/${ingressName}`,
            kind: "Ingress",
            name: ingressName,
            namespace,
            backends: [{ service, port, pos: at(enabled) }],
            authenticated,
            internal: internalSetting(load_balancers/* INTERNAL_INGRESS */.O, obj, at),
            createdBy,
            exposureFix: FIX.route,
            pos: at(enabled),
            file,
        });
    }
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
