export const id = 66;
export const ids = [66];
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

/***/ 6066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  comments: () => (/* reexport */ comments/* yamlComments */.ai),
  read: () => (/* binding */ read)
});

// EXTERNAL MODULE: ./src/catalog/addresses.ts
var addresses = __webpack_require__(2395);
// EXTERNAL MODULE: ./src/catalog/proxies.ts
var proxies = __webpack_require__(7687);
// EXTERNAL MODULE: ./src/parsers/interpolate.ts
var interpolate = __webpack_require__(995);
// EXTERNAL MODULE: ./src/parsers/yaml.ts
var yaml = __webpack_require__(4649);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/model/argv.ts
// Splits a command string the way a POSIX shell splits words (quotes and backslashes), without expanding anything.
function shellSplit(text) {
    const words = [];
    let current = "";
    let inWord = false;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote === "'") {
            if (ch === "'")
                quote = null;
            else
                current += ch;
            continue;
        }
        if (quote === '"') {
            if (ch === '"')
                quote = null;
            else if (ch === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1]))
                current += text[++i];
            else
                current += ch;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === "\\" && i + 1 < text.length) {
            if (text[i + 1] !== "\n")
                current += text[i + 1];
            i++;
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(current);
            current = "";
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}

// EXTERNAL MODULE: ./src/model/image.ts
var model_image = __webpack_require__(1444);
// EXTERNAL MODULE: ./src/model/part.ts
var model_part = __webpack_require__(684);
// EXTERNAL MODULE: ./src/readers/yaml-file.ts
var yaml_file = __webpack_require__(2736);
// EXTERNAL MODULE: ./src/readers/comments.ts
var comments = __webpack_require__(5576);
;// CONCATENATED MODULE: ./src/readers/compose.ts
// The compose reader (the compose spec, and v2/v3 files): one workload per service.










const PLATFORM = {
    noun: "service",
    definesImage: false,
    hardeningSettings: false,
    deploysAsWritten: false,
    fix: {
        nonRoot: "Remove `user: root` or set a non-root uid:gid.",
        secret: "Pass it at deploy time (${VAR} from an uncommitted .env, or a secret) and rotate the value.",
        noPrivilegeEscalation: "Add `security_opt: [no-new-privileges:true]`.",
    },
};
const FIX = {
    "published-port": 'Publish the port on loopback only ("127.0.0.1:HOST:CONTAINER"), or drop `ports:` and reach it over the compose network; if it must be reachable, put an authenticating reverse proxy in front.',
    "proxy-route": "Add an authenticating middleware to the Traefik router (basicAuth, or forwardAuth to your SSO), or remove the router labels.",
    "host-network": "Remove `network_mode: host` and publish only the ports you need, on 127.0.0.1.",
};
function read(file) {
    const { roots, notices, notThisFormat } = (0,yaml_file/* yamlRoots */.V)(file);
    const part = (0,model_part/* emptyPart */.b)();
    // A compose file is one document; a stray second document is ignored by compose too.
    if (roots[0]) {
        const model = composeToModel(roots[0], file.path);
        part.workloads.push(...model.workloads);
        part.components.push(...model.components);
    }
    return { part, notices, notThisFormat };
}
function composeToModel(root, file) {
    const at = (node) => ({
        file,
        line: node.line,
        column: node.column,
        endLine: node.endLine,
    });
    const internalNetworks = new Set((0,yaml/* entries */.jO)((0,yaml/* get */.Jt)(root, "networks"))
        .filter(([, net]) => (0,yaml/* bool */.lc)((0,yaml/* get */.Jt)(net, "internal")) === true)
        .map(([name]) => name));
    const workloads = [];
    const components = [];
    const services = (0,yaml/* get */.Jt)(root, "services");
    if (services?.kind !== "map")
        return { workloads, components };
    for (const [name, entry] of services.entries) {
        const svc = entry.value;
        if (svc.kind !== "map")
            continue;
        const id = `services.${name}`;
        const entrypoint = commandArgv((0,yaml/* get */.Jt)(svc, "entrypoint"), at);
        const workload = {
            id,
            kind: "compose-service",
            platform: PLATFORM,
            name,
            unit: { id, name },
            file,
            pos: { file, line: entry.keyLine, column: entry.keyColumn, endLine: svc.endLine },
            argv: [...entrypoint, ...commandArgv((0,yaml/* get */.Jt)(svc, "command"), at)],
            // Compose: an `entrypoint:` replaces the image's and drops its CMD; a `command:` alone keeps its ENTRYPOINT.
            entrypointCount: (0,yaml/* get */.Jt)(svc, "entrypoint") !== undefined ? entrypoint.length : (0,yaml/* get */.Jt)(svc, "command") !== undefined ? 0 : undefined,
            env: environment((0,yaml/* get */.Jt)(svc, "environment"), at),
            containerPorts: [],
            exposures: [],
            volumes: volumes((0,yaml/* get */.Jt)(svc, "volumes"), at),
            security: {
                capAdd: (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(svc, "cap_add")).flatMap((n) => located(n, at)),
                capDrop: (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(svc, "cap_drop")).flatMap((n) => (0,yaml/* str */.gx)(n) ?? []),
                unconfined: [],
            },
            labels: {},
            buildSteps: [],
        };
        const imageNode = (0,yaml/* get */.Jt)(svc, "image");
        const imageText = (0,yaml/* str */.gx)(imageNode);
        // An image built here is local unless its name says it lives in a registry (`org/name`) and
        // compose may pull it instead (no `pull_policy: build|never`).
        const pullPolicy = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(svc, "pull_policy"));
        const localBuild = (0,yaml/* get */.Jt)(svc, "build") !== undefined && (pullPolicy === "build" || pullPolicy === "never" || !(0,interpolate/* interpolate */.GW)(imageText ?? "").value.includes("/"));
        if (imageNode && imageText) {
            workload.image = (0,model_image/* parseImageRef */.Q)((0,interpolate/* interpolate */.GW)(imageText).value, at(imageNode), localBuild);
            components.push({
                type: "image",
                name: imageText,
                version: workload.image.tag,
                image: workload.image,
                workloadId: id,
                pos: at(imageNode),
            });
        }
        workload.buildDockerfile = buildDockerfile((0,yaml/* get */.Jt)(svc, "build"), file);
        const target = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)((0,yaml/* get */.Jt)(svc, "build"), "target"));
        if (workload.buildDockerfile && target)
            workload.buildTarget = (0,interpolate/* interpolate */.GW)(target).value.toLowerCase();
        workload.gpu = requestsGpu(svc);
        workload.envFiles = envFiles((0,yaml/* get */.Jt)(svc, "env_file"), file, at);
        readSecurity(svc, workload, at);
        readPorts(svc, workload, at, serviceOnlyOnInternalNetworks(svc, internalNetworks));
        workloads.push(workload);
    }
    linkTraefikRouters(services, workloads, at);
    return { workloads, components };
}
/** Labels as key → value with position: compose accepts a map or a list of `key=value`. */
function labelEntries(node, at) {
    const labels = new Map();
    if (node?.kind === "map") {
        for (const [key, entry] of node.entries)
            labels.set(key, { value: (0,interpolate/* interpolate */.GW)((0,yaml/* str */.gx)(entry.value) ?? "").value, pos: at(entry.value) });
    }
    for (const item of (0,yaml/* items */.ld)(node)) {
        const text = (0,yaml/* str */.gx)(item);
        const eq = text?.indexOf("=") ?? -1;
        if (text && eq > 0)
            labels.set(text.slice(0, eq).trim(), { value: (0,interpolate/* interpolate */.GW)(text.slice(eq + 1)).value, pos: at(item) });
    }
    return labels;
}
/**
 * Traefik's Docker provider routes requests from its published entrypoints to every service with a
 * router rule label: that service is reachable from the network through the proxy, whatever its own
 * `ports:` say. A router whose middlewares authenticate puts a login in front of it.
 */
function linkTraefikRouters(services, workloads, at) {
    const published = workloads.some((w) => w.image && /(^|\/)traefik$/.test(w.image.repository) && w.exposures.some((e) => e.reach === "network"));
    if (!published)
        return;
    const labels = new Map(workloads.map((w) => [w, labelEntries((0,yaml/* get */.Jt)((0,yaml/* get */.Jt)(services, w.name), "labels"), at)]));
    const authMiddlewares = new Set([...labels.values()].flatMap((l) => [...l.keys()].flatMap((k) => proxies/* TRAEFIK_AUTH_MIDDLEWARE_LABEL */.gR.exec(k)?.[1] ?? [])));
    for (const [workload, own] of labels) {
        if (own.get("traefik.enable")?.value === "false")
            continue;
        for (const [key, rule] of own) {
            const router = /^traefik\.http\.routers\.([^.]+)\.rule$/i.exec(key)?.[1];
            if (!router)
                continue;
            const middlewares = (own.get(`traefik.http.routers.${router}.middlewares`)?.value ?? "").split(",").map((m) => m.trim().replace(/@.*$/, ""));
            const authenticated = middlewares.some((m) => authMiddlewares.has(m) || proxies/* AUTH_MIDDLEWARE_NAME */.wU.test(m));
            const port = [...own].find(([k]) => /^traefik\.http\.services\.[^.]+\.loadbalancer\.server\.port$/i.test(k))?.[1].value;
            workload.exposures.push({
                via: "proxy-route",
                reach: "network",
                fix: FIX["proxy-route"],
                containerPorts: port && /^\d+$/.test(port) ? [Number(port)] : [],
                description: `Traefik router ${router} (${rule.value})${authenticated ? " behind an authenticating middleware" : ""}`,
                authenticatedProxy: authenticated,
                pos: rule.pos,
            });
        }
    }
}
/** `env_file: .env`, `env_file: [a, b]`, `env_file: [{path: .env, required: false}]`, relative to the compose file. */
function envFiles(node, file, at) {
    const entries = node?.kind === "seq" ? node.items : node ? [node] : [];
    return entries.flatMap((entry) => {
        const path = (0,yaml/* str */.gx)(entry) ?? (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(entry, "path"));
        if (!path)
            return [];
        const value = (0,interpolate/* interpolate */.GW)(path).value;
        // An absolute or home path is on the deploying machine, never in the repository.
        return [{ path: /^[/~]/.test(value) ? value : external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), value)), pos: at(entry) }];
    });
}
/** `runtime: nvidia`, `gpus: all`, or a device reservation with the nvidia driver or the gpu capability. */
function requestsGpu(svc) {
    if ((0,yaml/* str */.gx)((0,yaml/* get */.Jt)(svc, "runtime")) === "nvidia" || (0,yaml/* get */.Jt)(svc, "gpus") !== undefined)
        return true;
    return (0,yaml/* items */.ld)((0,yaml/* getPath */.Yn)(svc, "deploy", "resources", "reservations", "devices")).some((d) => (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(d, "driver")) === "nvidia" || (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(d, "capabilities")).some((c) => (0,yaml/* str */.gx)(c) === "gpu"));
}
/** `build: ./dir` or `build: {context, dockerfile}` → the Dockerfile's path relative to the scan root. */
function buildDockerfile(build, file) {
    if (!build)
        return undefined;
    const context = (0,yaml/* str */.gx)(build) ?? (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(build, "context")) ?? ".";
    const dockerfile = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(build, "dockerfile")) ?? "Dockerfile";
    // Remote contexts (git URLs) and inline Dockerfiles are not in the tree.
    if (/^[a-z]+:\/\//i.test(context) || /^git@/.test(context) || (0,yaml/* get */.Jt)(build, "dockerfile_inline"))
        return undefined;
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), (0,interpolate/* interpolate */.GW)(context).value, (0,interpolate/* interpolate */.GW)(dockerfile).value));
    return path.startsWith("../") ? undefined : path;
}
function located(node, at) {
    const value = (0,yaml/* str */.gx)(node);
    if (value === undefined)
        return [];
    const { value: text, source } = (0,interpolate/* interpolate */.GW)(value);
    return [{ value: text, pos: at(node), ...(source === "literal" ? {} : { template: value }) }];
}
function commandArgv(node, at) {
    if (!node)
        return [];
    if (node.kind === "seq")
        return node.items.flatMap((n) => located(n, at));
    const text = (0,yaml/* str */.gx)(node);
    return text === undefined ? [] : shellSplit((0,interpolate/* interpolate */.GW)(text).value).map((value) => ({ value, pos: at(node) }));
}
function environment(node, at) {
    if (node?.kind === "map") {
        return [...node.entries].map(([name, e]) => envVar(name, (0,yaml/* str */.gx)(e.value), at(e.value.kind === "scalar" && e.value.value === null ? { line: e.keyLine, column: e.keyColumn } : e.value)));
    }
    return (0,yaml/* items */.ld)(node).flatMap((item) => {
        const text = (0,yaml/* str */.gx)(item);
        if (text === undefined)
            return [];
        const eq = text.indexOf("=");
        return [eq < 0 ? envVar(text, undefined, at(item)) : envVar(text.slice(0, eq), text.slice(eq + 1), at(item))];
    });
}
function envVar(name, raw, pos) {
    // `environment: [NAME]` or `NAME:` with no value passes the variable through from the host.
    if (raw === undefined)
        return { name, source: "passthrough", pos };
    const { value, source } = (0,interpolate/* interpolate */.GW)(raw);
    return { name, value, source, pos, ...(source === "literal" ? {} : { template: raw }) };
}
function volumes(node, at) {
    return (0,yaml/* items */.ld)(node).flatMap((item) => {
        if (item.kind === "map") {
            const type = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(item, "type")) ?? "volume";
            const source = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(item, "source"));
            return [
                {
                    kind: type === "bind" ? "bind" : type === "volume" ? "volume" : type === "tmpfs" ? "tmpfs" : "other",
                    source: source === undefined ? undefined : (0,interpolate/* interpolate */.GW)(source).value,
                    target: (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(item, "target")),
                    readOnly: (0,yaml/* bool */.lc)((0,yaml/* get */.Jt)(item, "read_only")) === true,
                    pos: at(item),
                },
            ];
        }
        const text = (0,yaml/* str */.gx)(item);
        if (text === undefined)
            return [];
        const parts = splitVolumeSpec((0,interpolate/* interpolate */.GW)(text).value);
        if (parts.length === 1)
            return [{ kind: "volume", target: parts[0], readOnly: false, pos: at(item) }];
        const [source, target, mode = ""] = parts;
        const isPath = /^[./~]/.test(source) || /^[A-Za-z]:[\\/]/.test(source) || source.startsWith("$");
        return [
            {
                kind: isPath ? "bind" : "volume",
                source,
                target,
                readOnly: mode.split(",").some((m) => m === "ro" || m === "readonly"),
                pos: at(item),
            },
        ];
    });
}
/** `src:dst[:mode]`, where a Windows drive letter in `src` is not a separator. */
function splitVolumeSpec(spec) {
    const drive = /^[A-Za-z]:[\\/]/.test(spec) ? spec.slice(0, 2) : "";
    const parts = spec.slice(drive.length).split(":");
    parts[0] = drive + parts[0];
    return parts;
}
function readSecurity(svc, workload, at) {
    const sec = workload.security;
    const flag = (key) => {
        const node = (0,yaml/* get */.Jt)(svc, key);
        const value = (0,yaml/* bool */.lc)(node);
        return node && value !== undefined ? { value, pos: at(node) } : undefined;
    };
    sec.privileged = flag("privileged");
    const userNode = (0,yaml/* get */.Jt)(svc, "user");
    const user = (0,yaml/* str */.gx)(userNode);
    if (userNode && user !== undefined)
        sec.user = { value: (0,interpolate/* interpolate */.GW)(user).value, pos: at(userNode) };
    const hostMode = (key) => {
        const node = (0,yaml/* get */.Jt)(svc, key);
        return node && (0,yaml/* str */.gx)(node) === "host" ? { value: true, pos: at(node) } : undefined;
    };
    sec.hostNetwork = hostMode("network_mode");
    sec.hostPid = hostMode("pid");
    sec.hostIpc = hostMode("ipc");
    for (const opt of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(svc, "security_opt"))) {
        const text = (0,yaml/* str */.gx)(opt)?.replace(/\s/g, "");
        // `no-new-privileges` (or `:true`) is compose's allowPrivilegeEscalation: false.
        if (text && /^no-new-privileges(:true|=true)?$/.test(text))
            sec.allowPrivilegeEscalation = { value: false, pos: at(opt) };
        const profile = text && /^(seccomp|apparmor)[:=]unconfined$/i.exec(text);
        if (profile)
            sec.unconfined.push({ value: profile[1].toLowerCase(), pos: at(opt) });
    }
}
function serviceOnlyOnInternalNetworks(svc, internal) {
    const nets = (0,yaml/* get */.Jt)(svc, "networks");
    const names = nets?.kind === "seq" ? nets.items.flatMap((n) => (0,yaml/* str */.gx)(n) ?? []) : (0,yaml/* entries */.jO)(nets).map(([k]) => k);
    return names.length > 0 && names.every((n) => internal.has(n));
}
function readPorts(svc, workload, at, internalOnly) {
    // Port numbers expanded from ranges, per service: past the budget a published range counts as "any port".
    let budget = MAX_SERVICE_PORTS;
    for (const node of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(svc, "expose"))) {
        for (const port of portList((0,yaml/* str */.gx)(node)))
            if (budget-- > 0)
                workload.containerPorts.push({ value: port, pos: at(node) });
    }
    const hostNet = workload.security.hostNetwork;
    if (hostNet) {
        workload.exposures.push({
            via: "host-network",
            reach: "network",
            fix: FIX["host-network"],
            containerPorts: [],
            description: "network_mode: host (every port it listens on is on the host's interfaces)",
            authenticatedProxy: false,
            pos: hostNet.pos,
        });
    }
    for (const node of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(svc, "ports"))) {
        const published = node.kind === "map" ? longPort(node) : shortPort((0,yaml/* str */.gx)(node));
        if (!published)
            continue;
        if ((budget -= published.containerPorts.length) < 0)
            published.containerPorts = [];
        for (const port of published.containerPorts)
            workload.containerPorts.push({ value: port, pos: at(node) });
        // Docker does not publish ports of a container attached only to internal networks.
        if (internalOnly || hostNet)
            continue;
        workload.exposures.push({
            via: "published-port",
            reach: published.reach,
            fix: FIX["published-port"],
            containerPorts: published.containerPorts,
            description: `ports "${published.text}" ${published.reach === "loopback" ? "on loopback" : published.hostIp ? `on ${published.hostIp}` : "on all interfaces"}`,
            authenticatedProxy: false,
            pos: at(node),
        });
    }
}
function reachOfHostIp(hostIp) {
    if (!hostIp)
        return "network";
    return addresses/* LOOPBACK_HOST */.Zn.test(hostIp) ? "loopback" : "network";
}
/** `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]`, ranges allowed, IPv6 host IPs in brackets. */
function shortPort(raw) {
    if (raw === undefined)
        return undefined;
    const text = (0,interpolate/* interpolate */.GW)(raw).value.trim();
    let rest = text.replace(/\/(tcp|udp|sctp)$/i, "");
    let hostIp;
    const v6 = /^\[([^\]]*)\]:(.*)$/.exec(rest);
    if (v6) {
        hostIp = v6[1];
        rest = v6[2];
    }
    const parts = rest.split(":");
    if (!v6 && parts.length === 3)
        hostIp = parts.shift();
    const containerPart = parts[parts.length - 1];
    const containerPorts = portList(containerPart);
    // `${PORT}:${PORT}`: the port is chosen at deploy time; it is still published (any port counts).
    if (containerPorts.length === 0 && !containerPart.includes("$"))
        return undefined;
    // A port with no host part is published on an ephemeral host port on every interface.
    return { text, hostIp: hostIp || undefined, containerPorts, reach: reachOfHostIp(hostIp || undefined) };
}
function longPort(node) {
    const target = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(node, "target"));
    if (target === undefined)
        return undefined;
    const containerPorts = portList((0,interpolate/* interpolate */.GW)(target).value);
    if (containerPorts.length === 0 && !(0,interpolate/* interpolate */.GW)(target).value.includes("$"))
        return undefined;
    const published = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(node, "published"));
    const hostIpRaw = (0,yaml/* str */.gx)((0,yaml/* get */.Jt)(node, "host_ip"));
    const hostIp = hostIpRaw === undefined ? undefined : (0,interpolate/* interpolate */.GW)(hostIpRaw).value || undefined;
    const text = `${hostIp ? hostIp + ":" : ""}${published ? (0,interpolate/* interpolate */.GW)(published).value + ":" : ""}${target}`;
    return { text, hostIp, containerPorts, reach: reachOfHostIp(hostIp) };
}
/** Port numbers one service may expand its `ports:` and `expose:` ranges to (a hostile file repeats `1-65535`). */
const MAX_SERVICE_PORTS = 65_536;
/** `8080`, `8080-8082`; anything else (an unresolved variable) gives no port. */
function portList(text) {
    const m = /^\s*(\d+)(?:-(\d+))?\s*(?:\/\w+)?$/.exec(text ?? "");
    if (!m)
        return [];
    const start = Number(m[1]);
    const end = m[2] ? Math.min(Number(m[2]), start + 1000) : start;
    const ports = [];
    for (let p = start; p <= end; p++)
        ports.push(p);
    return ports;
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
