export const id = 786;
export const ids = [786];
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

/***/ 684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ emptyPart)
/* harmony export */ });
function emptyPart() {
    return { workloads: [], components: [], services: [], routes: [], kustomizations: [], patchFiles: [], secretValues: [], configMaps: [], portNames: new Map() };
}


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   ld: () => (/* binding */ items)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML with positions: every node keeps its line and column, aliases and `<<` merge keys are resolved
// (a merged value keeps the position where it is written, the anchor), and alias expansion is capped.

/** Caps the nodes a document may expand to through aliases ("billion laughs"). */
const MAX_NODES = 200_000;
/** Nesting deeper than any real manifest: a hostile file, or aliases expanding without end. */
const MAX_DEPTH = 200;
class ExpansionLimit extends Error {
}
function parseYaml(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const errors = [];
    const documents = [];
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: false });
    const list = Array.isArray(docs) ? docs : [docs];
    // One node budget for the whole file: many small documents must not add up to an alias bomb.
    const budget = { nodes: 0 };
    for (const doc of list) {
        for (const error of doc.errors) {
            const at = lineCounter.linePos(error.pos[0]);
            errors.push({ line: at.line, column: at.col, message: firstLine(error.message) });
        }
        if (doc.errors.length > 0)
            continue;
        const start = lineCounter.linePos(doc.range?.[0] ?? 0).line;
        try {
            const converter = new Converter(doc, lineCounter, budget);
            documents.push({ root: doc.contents ? converter.convert(doc.contents) : undefined, line: start });
        }
        catch (error) {
            if (!(error instanceof ExpansionLimit))
                throw error;
            errors.push({ line: start, column: 1, message: `document nests deeper than ${MAX_DEPTH} levels or its aliases expand to more than ${MAX_NODES} nodes; document skipped` });
        }
    }
    return { documents, errors };
}
function firstLine(message) {
    return message.split("\n")[0].trim();
}
class Converter {
    doc;
    lines;
    budget;
    constructor(doc, lines, budget) {
        this.doc = doc;
        this.lines = lines;
        this.budget = budget;
    }
    position(node) {
        const range = node.range ?? [0, 0, 0];
        const start = this.lines.linePos(range[0]);
        // range[1] is the end of the value; step back over a trailing newline so endLine is the last content line.
        const end = this.lines.linePos(Math.max(range[0], range[1] - 1));
        return { line: start.line, column: start.col, endLine: end.line };
    }
    convert(node, depth = 0) {
        if (++this.budget.nodes > MAX_NODES || depth > MAX_DEPTH)
            throw new ExpansionLimit();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = node.resolve(this.doc);
            if (!target)
                return { kind: "scalar", value: null, ...this.position(node) };
            return this.convert(target, depth + 1);
        }
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

/***/ 1786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   read: () => (/* binding */ read)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _catalog_addresses_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2395);
/* harmony import */ var _catalog_proxies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7687);
/* harmony import */ var _parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4649);
/* harmony import */ var _model_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1444);
/* harmony import */ var _model_part_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(684);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2736);
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
    const { roots, notices, notThisFormat } = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .yamlRoots */ .V)(file);
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
    const model = (0,_model_part_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyPart */ .b)();
    const isKustomization = /(^|\/)kustomization\.ya?ml$/i.test(file);
    const at = (node) => ({ file, line: node.line, column: node.column, endLine: node.endLine });
    const visit = (obj) => {
        const kind = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "kind")) ?? (isKustomization ? "Kustomization" : undefined);
        if (!kind)
            return;
        // `kind: Component` (kustomize.config.k8s.io) is a reusable kustomization.
        if (kind === "Kustomization" || (kind === "Component" && /kustomize\.config\.k8s\.io/.test((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "apiVersion")) ?? ""))) {
            model.patchFiles.push(...kustomizePatches(obj, file));
            model.kustomizations.push(readKustomization(obj, file, at));
            return;
        }
        if (kind.endsWith("List")) {
            (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "items")).forEach(visit);
            return;
        }
        const name = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "metadata", "name")) ?? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "metadata", "generateName")) ?? "(unnamed)";
        const namespace = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "metadata", "namespace")) ?? "default";
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
        else
            for (const pod of podSpecs(obj, kind))
                readPodSpec(pod.spec, pod.labels, pod.where, kind, name, namespace, model, at);
    };
    roots.forEach(visit);
    return model;
}
function locatedBool(node, at) {
    const value = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(node);
    return node && value !== undefined ? { value, pos: at(node) } : undefined;
}
function labelsOf(node) {
    return Object.fromEntries((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)(node).flatMap(([k, v]) => ((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v) === undefined ? [] : [[k, (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v)]])));
}
/** The pod specs of a workload kind at their known place; of any other kind, wherever a `containers` list of images stands. */
function podSpecs(obj, kind) {
    const path = POD_TEMPLATE_PATHS[kind];
    if (path) {
        const spec = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, ...path);
        const labels = kind === "Pod" ? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "metadata", "labels") : (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, ...path.slice(0, -1), "metadata", "labels");
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
        const containers = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(node, "containers"));
        if (containers.length > 0 && containers.every((c) => (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "image")) !== undefined)) {
            found.push({ spec: node, labels: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(parent, "metadata", "labels"), where });
            return;
        }
        for (const [key, child] of (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)(node))
            if (key !== "metadata")
                walk(child, node, where ? `${where}.${key}` : key, depth + 1);
    };
    walk((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "spec"), obj, "spec", 0);
    return found;
}
function readPodSpec(spec, labelsNode, where, kind, name, namespace, model, at) {
    const labels = labelsOf(labelsNode);
    const podSec = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "securityContext");
    // hostPath volumes by name, and ConfigMap/Secret volumes (their files come from the cluster).
    const hostVolumes = new Map();
    for (const vol of (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "volumes"))) {
        const volName = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(vol, "name"));
        const hostPath = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(vol, "hostPath", "path"));
        const object = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(vol, "configMap", "name")) ?? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(vol, "secret", "secretName"));
        if (volName && hostPath)
            hostVolumes.set(volName, { path: hostPath, node: vol, kind: "host-path" });
        else if (volName && object)
            hostVolumes.set(volName, { path: `${(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(vol, "configMap") ? "ConfigMap" : "Secret"} ${object}`, node: vol, kind: "other" });
    }
    const containerLists = [
        ["initContainers", true],
        ["containers", false],
    ];
    for (const [listKey, initOnly] of containerLists) {
        for (const c of (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, listKey))) {
            const cname = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "name")) ?? "(unnamed)";
            const podId = `${kind}/${namespace}/${name}${where && where !== "spec.template.spec" ? `/${where}` : ""}`;
            const id = `${podId}/${listKey}/${cname}`;
            const security = readSecurity(spec, podSec, (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "securityContext"), at);
            const workload = {
                id,
                kind: "k8s-container",
                platform: PLATFORM,
                name: `${kind.toLowerCase()}/${name}/${cname}`,
                unit: { id: podId, name: `${kind.toLowerCase()}/${name}` },
                file: at(c).file,
                pos: at(c),
                argv: [...(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "command")), ...(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "args"))].flatMap((n) => ((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(n) === undefined ? [] : [{ value: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(n), pos: at(n) }])),
                env: readEnv((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "env"), at),
                envFromOutside: envFromSource((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "envFrom"), at),
                containerPorts: [],
                exposures: [],
                volumes: readMounts((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "volumeMounts"), hostVolumes, at),
                security,
                labels,
                namespace,
                initOnly,
                // A container without an image is a patch or an overlay fragment, not a whole object.
                partial: !(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "image")),
                gpu: /nvidia/i.test((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "runtimeClassName")) ?? "") || ["limits", "requests"].some((k) => (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(c, "resources", k), "nvidia.com/gpu") !== undefined),
                buildSteps: [],
            };
            const imageNode = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "image");
            const image = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(imageNode);
            if (imageNode && image) {
                workload.image = (0,_model_image_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageRef */ .Q)(image, at(imageNode));
                model.components.push({ type: "image", name: image, version: workload.image.tag, image: workload.image, workloadId: id, pos: at(imageNode) });
            }
            const names = new Map();
            for (const p of (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(c, "ports"))) {
                const portNode = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "containerPort");
                const port = Number((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(portNode));
                if (!portNode || !Number.isInteger(port))
                    continue;
                workload.containerPorts.push({ value: port, pos: at(portNode) });
                const portName = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "name"));
                if (portName)
                    names.set(portName, port);
                const hostPortNode = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "hostPort");
                if (hostPortNode && Number((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(hostPortNode)) > 0 && !security.hostNetwork?.value) {
                    const hostIp = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "hostIP"));
                    const loopback = hostIp !== undefined && _catalog_addresses_js__WEBPACK_IMPORTED_MODULE_6__/* .LOOPBACK_HOST */ .Zn.test(hostIp);
                    workload.exposures.push(exposure("host-port", loopback ? "loopback" : "network", [port], `hostPort ${(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(hostPortNode)} on every node it runs on`, at(hostPortNode)));
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
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file);
    const resources = [...(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "resources")), ...(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "bases")), ...(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "components"))].flatMap((r) => {
        const path = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(r);
        // Remote bases (URLs, git) are not in the tree.
        return path && !/^[a-z]+:\/\/|^git@|\?ref=/.test(path) ? [node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, path)).replace(/\/+$/, "")] : [];
    });
    const images = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "images")).flatMap((entry) => {
        const name = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(entry, "name"));
        if (!name)
            return [];
        return [{ name, newName: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(entry, "newName")), newTag: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(entry, "newTag")), digest: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(entry, "digest")), pos: at(entry) }];
    });
    return { dir, resources, images };
}
/** `patches[].path`, `patchesStrategicMerge[]`, `patchesJson6902[].path`, relative to the kustomization's folder. */
function kustomizePatches(obj, file) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file);
    const paths = [
        ...(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "patches")).map((p) => (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "path"))),
        ...(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "patchesStrategicMerge")).map((p) => (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p)),
        ...(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "patchesJson6902")).map((p) => (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "path"))),
    ];
    return paths.flatMap((p) => (p && !p.includes("\n") ? [node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, p))] : []));
}
function exposure(via, reach, containerPorts, description, pos) {
    return { via, reach, containerPorts, description, authenticatedProxy: false, fix: FIX.node, pos };
}
function readSecurity(spec, podSec, sec, at) {
    const pick = (key) => (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(sec, key) ?? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(podSec, key);
    const runAsUserNode = pick("runAsUser");
    const runAsUser = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(runAsUserNode);
    return {
        privileged: locatedBool((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(sec, "privileged"), at),
        allowPrivilegeEscalation: locatedBool((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(sec, "allowPrivilegeEscalation"), at),
        runAsNonRoot: locatedBool(pick("runAsNonRoot"), at),
        user: runAsUserNode && runAsUser !== undefined ? { value: runAsUser, pos: at(runAsUserNode) } : undefined,
        capAdd: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(sec, "capabilities", "add")).flatMap((n) => ((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(n) === undefined ? [] : [{ value: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(n), pos: at(n) }])),
        capDrop: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(sec, "capabilities", "drop")).flatMap((n) => (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(n) ?? []),
        hostNetwork: locatedBool((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "hostNetwork"), at),
        hostPid: locatedBool((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "hostPID"), at),
        hostIpc: locatedBool((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "hostIPC"), at),
        unconfined: ["seccomp", "apparmor"].flatMap((kind) => {
            const key = kind === "seccomp" ? "seccompProfile" : "appArmorProfile";
            const type = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(sec, key, "type") ?? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(podSec, key, "type");
            return (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(type) === "Unconfined" && type ? [{ value: kind, pos: at(type) }] : [];
        }),
    };
}
function readConfigMap(obj, name, namespace, at) {
    const files = new Map();
    for (const [key, node] of (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "data"))) {
        const text = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(node);
        if (text === undefined)
            continue;
        const start = at(node);
        files.set(key, text.split("\n").map((value, i) => ({ value, pos: { file: start.file, line: start.line + i } })));
    }
    return { namespace, name, files };
}
/** `stringData` as written, `data` decoded from base64 (skipped when it does not decode to text). */
function readSecret(obj, secret, at) {
    const plain = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "stringData")).flatMap(([key, node]) => ((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(node) === undefined ? [] : [{ secret, key, value: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(node), pos: at(node) }]));
    const encoded = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "data")).flatMap(([key, node]) => {
        const raw = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(node);
        if (raw === undefined || !/^[A-Za-z0-9+/=\s]+$/.test(raw))
            return [];
        const value = Buffer.from(raw.replace(/\s/g, ""), "base64").toString("utf8");
        return /^[\x20-\x7e]*$/.test(value) ? [{ secret, key, value, pos: at(node) }] : [];
    });
    return [...plain, ...encoded];
}
/** `envFrom:` a Secret or ConfigMap: any variable may come from there, set at deploy time. */
function envFromSource(node, at) {
    const first = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)(node)[0];
    if (!first)
        return undefined;
    const ref = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(first, "secretRef", "name") ?? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(first, "configMapRef", "name");
    return { path: `envFrom ${(0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(ref) ?? "source"}`, pos: at(first) };
}
function readEnv(node, at) {
    return (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)(node).flatMap((e) => {
        const name = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(e, "name"));
        if (!name)
            return [];
        const valueNode = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(e, "value");
        const from = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(e, "valueFrom");
        if (from)
            return [{ name, source: "reference", origin: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(from, "secretKeyRef") ? "secret" : (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(from, "configMapKeyRef") ? "config-map" : "deploy", pos: at(e) }];
        const value = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(valueNode) ?? "";
        // `$(OTHER_VAR)` is expanded by the kubelet from another variable: set at deploy time, like `${VAR}`.
        return [{ name, value, source: /\$\([A-Za-z_][A-Za-z0-9_]*\)/.test(value) ? "variable" : "literal", pos: at(valueNode ?? e) }];
    });
}
function readMounts(node, hostVolumes, at) {
    return (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)(node).flatMap((m) => {
        const volName = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(m, "name"));
        const host = volName ? hostVolumes.get(volName) : undefined;
        if (!host)
            return [];
        return [
            {
                kind: host.kind,
                source: host.path,
                target: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(m, "mountPath")),
                subPath: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(m, "subPath")),
                readOnly: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(m, "readOnly")) === true,
                pos: at(host.node),
            },
        ];
    });
}
function readService(obj, name, namespace, file, at) {
    const spec = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "spec");
    const typeNode = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "type");
    const externalIpsNode = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "externalIPs");
    const externalIps = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)(externalIpsNode).length > 0;
    const type = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(typeNode) ?? "ClusterIP";
    const anchor = type !== "ClusterIP" && typeNode ? typeNode : externalIps && externalIpsNode ? externalIpsNode : ((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "metadata", "name") ?? obj);
    return {
        id: `Service/${namespace}/${name}`,
        name,
        namespace,
        type,
        selector: labelsOf((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "selector")),
        ports: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "ports")).map((p) => {
            const target = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "targetPort"));
            const port = Number((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "port")));
            return {
                port: Number.isInteger(port) ? port : undefined,
                targetPort: target === undefined ? undefined : /^\d+$/.test(target) ? Number(target) : target,
                nodePort: Number((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(p, "nodePort"))) || undefined,
                pos: at(p),
            };
        }),
        externalIps,
        headless: (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "clusterIP")) === "None",
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
    const backends = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "spec", "rules")).flatMap((rule) => (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(rule, "backendRefs")).flatMap((ref) => {
        const nameNode = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(ref, "name");
        const service = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(nameNode);
        const refKind = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(ref, "kind")) ?? "Service";
        if (!service || !nameNode || refKind !== "Service" || ((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(ref, "namespace")) ?? namespace) !== namespace)
            return [];
        const port = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(ref, "port"));
        return [{ service, port: port && /^\d+$/.test(port) ? Number(port) : undefined, pos: at(nameNode) }];
    }));
    return { id: `${kind}/${namespace}/${name}`, kind, name, namespace, backends, authenticated: false, exposureFix: FIX.route, pos: at((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "metadata", "name") ?? obj), file };
}
function readIngress(obj, name, namespace, file, at) {
    const spec = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(obj, "spec");
    const backends = [];
    const addBackend = (backend) => {
        if (!backend)
            return;
        // networking.k8s.io/v1: backend.service.{name,port}; v1beta1: backend.serviceName/servicePort.
        const v1 = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(backend, "service");
        const nameNode = v1 ? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(v1, "name") : (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(backend, "serviceName");
        const service = (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(nameNode);
        if (!service || !nameNode)
            return;
        const portValue = v1 ? ((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(v1, "port", "number")) ?? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(v1, "port", "name"))) : (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(backend, "servicePort"));
        const port = portValue === undefined ? undefined : /^\d+$/.test(portValue) ? Number(portValue) : portValue;
        backends.push({ service, port, pos: at(nameNode) });
    };
    addBackend((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "defaultBackend") ?? (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "backend"));
    for (const rule of (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(spec, "rules"))) {
        for (const path of (0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .items */ .ld)((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(rule, "http", "paths")))
            addBackend((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .get */ .Jt)(path, "backend"));
    }
    const annotations = labelsOf((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "metadata", "annotations"));
    const authenticated = Object.entries(annotations).some(([k, v]) => _catalog_proxies_js__WEBPACK_IMPORTED_MODULE_1__/* .INGRESS_AUTH_ANNOTATIONS */ .O1.some((a) => a.key.test(k) && (!a.value || a.value.test(v))));
    return { id: `Ingress/${namespace}/${name}`, kind: "Ingress", name, namespace, backends, authenticated, exposureFix: FIX.route, pos: at((0,_parsers_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(obj, "metadata", "name") ?? obj), file };
}


/***/ }),

/***/ 5709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ syntaxErrorNotice)
/* harmony export */ });
/** One parse-error notice per file: the first error, and how many follow (later ones are often echoes of it). */
function syntaxErrorNotice(file, errors, prefix) {
    const [first] = errors;
    if (!first)
        return [];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? "s" : ""})` : "";
    return [{ file, kind: "parse-error", message: `${prefix}${first.message}${more}`, line: first.line, column: first.column }];
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
    return {
        roots: parsed.documents.flatMap((d) => (d.root ? [d.root] : [])),
        notices: (0,_notices_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxErrorNotice */ .o)(file.path, parsed.errors, "YAML: "),
    };
}


/***/ })

};
