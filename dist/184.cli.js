export const id = 184;
export const ids = [184];
export const modules = {

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  comments: () => (/* reexport */ comments/* yamlComments */.ai),
  read: () => (/* binding */ read),
  readTree: () => (/* binding */ readTree)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/discover/program.ts
var program = __webpack_require__(2692);
// EXTERNAL MODULE: ./src/model/part.ts
var part = __webpack_require__(684);
// EXTERNAL MODULE: ./src/parsers/yaml.ts
var parsers_yaml = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/readers/kubernetes.ts + 1 modules
var kubernetes = __webpack_require__(7524);
;// CONCATENATED MODULE: ./src/readers/helm/values.ts
/** A values file's root, with the key lines as positions (what a finding points at). */
function fromYaml(node, file, pos = { file, line: node.line, column: node.column }) {
    if (node.kind === "scalar")
        return { kind: "scalar", value: node.value, pos };
    if (node.kind === "seq")
        return { kind: "seq", items: node.items.map((item) => fromYaml(item, file)), pos };
    const entries = new Map();
    for (const [key, entry] of node.entries)
        entries.set(key, fromYaml(entry.value, file, { file, line: entry.keyLine, column: entry.keyColumn }));
    return { kind: "map", entries, pos };
}
/** A default of the chart table, every node at `anchor`. */
function fromDefault(value, anchor) {
    if (Array.isArray(value))
        return { kind: "seq", items: value.map((v) => fromDefault(v, anchor)), pos: anchor, fromDefault: true };
    if (value !== null && typeof value === "object") {
        return { kind: "map", entries: new Map(Object.entries(value).map(([k, v]) => [k, fromDefault(v, anchor)])), pos: anchor, fromDefault: true };
    }
    return { kind: "scalar", value, pos: anchor, fromDefault: true };
}
/** `node` placed under `prefix` (a subchart's values under its name in the parent's). */
function under(prefix, node) {
    return prefix.reduceRight((inner, key) => ({ kind: "map", entries: new Map([[key, inner]]), pos: node.pos, fromDefault: node.fromDefault }), node);
}
/** The tree for dotted keys (`a.b.c` → value), each at `anchor`. */
function fromDotted(defaults, anchor) {
    let root = { kind: "map", entries: new Map(), pos: anchor, fromDefault: true };
    for (const [key, value] of Object.entries(defaults))
        root = merge(root, under(key.split("."), fromDefault(value, anchor))) ?? root;
    return root;
}
/** Helm's merge of a higher-precedence tree into a lower one. */
function merge(lower, higher) {
    if (higher === undefined)
        return lower;
    if (higher.kind === "scalar" && higher.value === null)
        return undefined;
    if (lower?.kind !== "map" || higher.kind !== "map")
        return higher;
    const entries = new Map(lower.entries);
    for (const [key, value] of higher.entries) {
        const merged = merge(entries.get(key), value);
        if (merged === undefined)
            entries.delete(key);
        else
            entries.set(key, merged);
    }
    return { ...higher, entries };
}
/** The node at `path`, or undefined. */
function lookup(root, path) {
    let node = root;
    for (const step of path) {
        if (!node)
            return undefined;
        if (typeof step === "number")
            node = node.kind === "seq" ? node.items[step] : undefined;
        else
            node = node.kind === "map" ? node.entries.get(step) : undefined;
    }
    return node;
}
function dotted(key) {
    return key.split(".");
}
/** The value as text, for scalars. */
function values_text(node) {
    return node?.kind === "scalar" && node.value !== null ? String(node.value) : undefined;
}
/** Set: not null, not empty, not false; a map or list with a set value somewhere inside. */
function isSet(node) {
    if (!node)
        return false;
    if (node.kind === "scalar")
        return node.value !== null && node.value !== "" && node.value !== false && String(node.value).toLowerCase() !== "false";
    if (node.kind === "seq")
        return node.items.some(isSet);
    return [...node.entries.values()].some(isSet);
}
/** A boolean as YAML and Helm's templates read it (`true`, `"true"`); undefined for anything else. */
function truth(node) {
    const value = values_text(node)?.toLowerCase();
    return value === "true" ? true : value === "false" ? false : undefined;
}

;// CONCATENATED MODULE: ./src/readers/helm/chart.ts


/** Chart.yaml's fields, or why it cannot be read as one. */
function readChartYaml(dir, file, text) {
    const parsed = (0,parsers_yaml/* parseYaml */.hN)(text);
    if (parsed.errors.length > 0)
        return { error: `Chart.yaml is not valid YAML (line ${parsed.errors[0].line}: ${parsed.errors[0].message})` };
    const root = parsed.documents[0]?.root;
    const nameNode = (0,parsers_yaml/* get */.Jt)(root, "name");
    const name = (0,parsers_yaml/* str */.gx)(nameNode);
    if (!root || root.kind !== "map" || !name || !nameNode)
        return { error: "Chart.yaml names no chart (no `name:`)" };
    const dependencies = (0,parsers_yaml/* items */.ld)((0,parsers_yaml/* get */.Jt)(root, "dependencies")).flatMap((d) => {
        const depName = (0,parsers_yaml/* str */.gx)((0,parsers_yaml/* get */.Jt)(d, "name"));
        if (!depName)
            return [];
        return [{ name: depName, alias: (0,parsers_yaml/* str */.gx)((0,parsers_yaml/* get */.Jt)(d, "alias")), condition: (0,parsers_yaml/* str */.gx)((0,parsers_yaml/* get */.Jt)(d, "condition")), repository: (0,parsers_yaml/* str */.gx)((0,parsers_yaml/* get */.Jt)(d, "repository")), version: (0,parsers_yaml/* str */.gx)((0,parsers_yaml/* get */.Jt)(d, "version")), pos: { file, line: d.line, column: d.column } }];
    });
    return { dir, file, name, version: (0,parsers_yaml/* str */.gx)((0,parsers_yaml/* get */.Jt)(root, "version")), appVersion: (0,parsers_yaml/* str */.gx)((0,parsers_yaml/* get */.Jt)(root, "appVersion")), dependencies, pos: { file, line: nameNode.line, column: nameNode.column } };
}
/** A values file as a tree with positions, or why not. */
function readValuesFile(file, text) {
    const parsed = (0,parsers_yaml/* parseYaml */.hN)(text);
    if (parsed.errors.length > 0)
        return { error: `${file} is not valid YAML (line ${parsed.errors[0].line}: ${parsed.errors[0].message})` };
    if (parsed.limits.length > 0)
        return { error: `${file}: ${parsed.limits[0].message}` };
    const yaml = parsed.documents[0]?.root;
    if (!yaml)
        return {};
    if (yaml.kind !== "map")
        return { error: `${file} is not a mapping of values` };
    return { root: fromYaml(yaml, file), yaml };
}

;// CONCATENATED MODULE: ./src/readers/helm/copy.ts
// The copy of a chart that helm renders: made from the files the tree lists under the chart's folder,
// regular files only, never through a symbolic link (a link to /proc/self/environ or to a runner's secrets
// must not reach helm, whose `.Files.Get` would print it), within a count and a size budget. Nothing of the
// tree itself is handed to helm.


const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/** Whether no part of `path` (relative, `/`-separated) below `realRoot` is a symbolic link, and the path is a regular file. */
function plainFile(realRoot, path) {
    let abs = realRoot;
    for (const part of path.split("/")) {
        if (part === "" || part === "." || part === "..")
            return false;
        abs = (0,external_node_path_.join)(abs, part);
        try {
            if ((0,external_node_fs_.lstatSync)(abs).isSymbolicLink())
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
/** Reads a file of the tree as bytes, refusing links, devices, FIFOs and files over `maxBytes`. */
function readPlain(realRoot, path, maxBytes) {
    if (!plainFile(realRoot, path))
        return { skipped: "a symbolic link (or under one); not followed" };
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(realRoot, ...path.split("/")), OPEN_FLAGS);
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            return { skipped: "not a regular file" };
        if (stats.size > maxBytes)
            return { skipped: `${stats.size} bytes, over the limit` };
        const buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, length);
            if (n === 0)
                break;
            length += n;
        }
        if (length > maxBytes)
            return { skipped: "grew over the limit while read" };
        return buffer.subarray(0, length);
    }
    catch (error) {
        return { skipped: `cannot be read (${error.code ?? "error"})` };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Copies the listed files under `chartDir` (`deploy/chart/`, or `` for the root) into `dest`. */
function copyChart(realRoot, chartDir, listed, dest, limits) {
    const files = [];
    for (const path of listed) {
        if (!path.startsWith(chartDir) || path.split("/").includes(".git"))
            continue;
        files.push(path);
        if (files.length > limits.maxFiles)
            return { refused: `the chart holds more than ${limits.maxFiles} files` };
    }
    let bytes = 0;
    const left = [];
    for (const path of files) {
        const read = readPlain(realRoot, path, limits.maxFileBytes);
        if (!Buffer.isBuffer(read)) {
            left.push({ path, why: read.skipped });
            continue;
        }
        bytes += read.length;
        if (bytes > limits.maxBytes)
            return { refused: `the chart's files add up to more than ${Math.round(limits.maxBytes / 1024 / 1024)} MiB` };
        const target = (0,external_node_path_.join)(dest, ...path.slice(chartDir.length).split("/"));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, read, { flag: "wx" });
    }
    return { copied: files.length - left.length, bytes, left };
}

;// CONCATENATED MODULE: ./src/catalog/charts.ts
// Well-known Helm charts of AI services, as data: for a chart that cannot be rendered (no helm on the PATH,
// missing dependencies, a template error), which values keys decide what it deploys, how reachable it is
// and whether its authentication is on, and what the upstream chart's own values.yaml sets them to when a
// values file leaves them out. The Helm reader (src/readers/helm) turns these into the same workloads,
// Services and Ingresses a rendered chart would give, anchored at the values lines. Every default comes
// from the upstream values.yaml named in `upstream`.
/** The container and pod securityContext keys, the way most charts name them. */
const STANDARD = { securityContext: "securityContext", podSecurityContext: "podSecurityContext" };
const WELL_KNOWN_CHARTS = [
    {
        id: "otwld/ollama",
        name: "ollama",
        upstream: { version: "1.77.0", appVersion: "0.32.15", values: "https://github.com/otwld/ollama-helm/blob/ollama-1.77.0/values.yaml" },
        defaults: {
            "image.repository": "ollama/ollama",
            "image.tag": "",
            "service.type": "ClusterIP",
            "service.annotations": {},
            "ingress.enabled": false,
            "ingress.annotations": {},
            "httpRoute.enabled": false,
            "httpRoute.annotations": {},
            extraEnv: [],
            securityContext: {},
            podSecurityContext: {},
            hostNetwork: false,
        },
        components: [
            {
                name: "ollama",
                productId: "ollama",
                image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
                ports: [11434],
                service: { type: "service.type", annotations: "service.annotations" },
                routes: [
                    { enabled: "ingress.enabled", annotations: "ingress.annotations" },
                    { enabled: "httpRoute.enabled", annotations: "httpRoute.annotations" },
                ],
                env: [{ key: "extraEnv", shape: "list" }],
                ...STANDARD,
                hostNetwork: "hostNetwork",
            },
        ],
        sources: [
            "https://github.com/otwld/ollama-helm/blob/ollama-1.77.0/values.yaml (image.repository ollama/ollama, image.tag empty: the appVersion; service.type ClusterIP; ingress.enabled and httpRoute.enabled false; extraEnv; hostNetwork false)",
            "https://github.com/otwld/ollama-helm/blob/ollama-1.77.0/Chart.yaml (version 1.77.0, appVersion 0.32.15)",
        ],
    },
    {
        id: "open-webui/open-webui",
        name: "open-webui",
        upstream: { version: "16.0.0", appVersion: "0.11.0", values: "https://github.com/open-webui/helm-charts/blob/open-webui-16.0.0/charts/open-webui/values.yaml" },
        defaults: {
            "image.repository": "ghcr.io/open-webui/open-webui",
            "image.tag": "",
            "service.type": "ClusterIP",
            "service.annotations": {},
            "ingress.enabled": false,
            "ingress.annotations": {},
            "route.enabled": false,
            "route.annotations": {},
            extraEnvVars: [],
            commonEnvVars: [],
            podSecurityContext: {},
            containerSecurityContext: {},
            "ollama.enabled": true,
        },
        components: [
            {
                name: "open-webui",
                productId: "open-webui",
                image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
                ports: [8080],
                service: { type: "service.type", annotations: "service.annotations" },
                routes: [
                    { enabled: "ingress.enabled", annotations: "ingress.annotations" },
                    { enabled: "route.enabled", annotations: "route.annotations" },
                ],
                env: [
                    { key: "commonEnvVars", shape: "list" },
                    { key: "extraEnvVars", shape: "list" },
                ],
                securityContext: "containerSecurityContext",
                podSecurityContext: "podSecurityContext",
            },
        ],
        // The chart installs Ollama beside Open WebUI unless ollama.enabled is false.
        dependencies: [{ chart: "otwld/ollama", key: "ollama", condition: "ollama.enabled" }],
        sources: [
            "https://github.com/open-webui/helm-charts/blob/open-webui-16.0.0/charts/open-webui/values.yaml (image ghcr.io/open-webui/open-webui, tag empty: the appVersion; service.type ClusterIP, containerPort 8080; ingress.enabled and route.enabled false; extraEnvVars, commonEnvVars; ollama.enabled true)",
            "https://github.com/open-webui/helm-charts/blob/open-webui-16.0.0/charts/open-webui/Chart.yaml (version 16.0.0, appVersion 0.11.0; dependency ollama from otwld/ollama-helm, condition ollama.enabled)",
        ],
    },
    {
        id: "zilliztech/milvus",
        name: "milvus",
        upstream: { version: "5.0.19", values: "https://github.com/zilliztech/milvus-helm/blob/milvus-5.0.19/charts/milvus/values.yaml" },
        defaults: {
            "image.all.repository": "milvusdb/milvus",
            "image.all.tag": "v2.6.15",
            "service.type": "ClusterIP",
            "service.annotations": {},
            "ingress.enabled": false,
            "ingress.annotations": {},
            extraConfigFiles: { "user.yaml": "" },
            securityContext: {},
            containerSecurityContext: {},
        },
        components: [
            {
                name: "milvus",
                productId: "milvus",
                image: { repository: "image.all.repository", tag: "image.all.tag" },
                ports: [19530],
                service: { type: "service.type", annotations: "service.annotations" },
                routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
                securityContext: "containerSecurityContext",
                podSecurityContext: "securityContext",
                settings: [
                    // common.security.authorizationEnabled in the user.yaml the chart merges into milvus.yaml.
                    { key: "extraConfigFiles", line: "\\s*authorizationEnabled:\\s*true\\s*", env: "COMMON_SECURITY_AUTHORIZATIONENABLED", value: "true" },
                ],
            },
        ],
        sources: [
            "https://github.com/zilliztech/milvus-helm/blob/milvus-5.0.19/charts/milvus/values.yaml (image.all milvusdb/milvus v2.6.15; service.type ClusterIP, port 19530; ingress.enabled false; extraConfigFiles.user.yaml with common.security settings commented out)",
            "https://milvus.io/docs/authenticate.md (Helm: common.security.authorizationEnabled: true under extraConfigFiles.user.yaml)",
        ],
    },
    {
        id: "qdrant/qdrant",
        name: "qdrant",
        upstream: { version: "1.19.0", appVersion: "v1.19.0", values: "https://github.com/qdrant/qdrant-helm/blob/qdrant-1.19.0/charts/qdrant/values.yaml" },
        defaults: {
            "image.repository": "docker.io/qdrant/qdrant",
            "image.tag": "",
            "service.type": "ClusterIP",
            "service.annotations": {},
            "ingress.enabled": false,
            "ingress.annotations": {},
            env: [],
            apiKey: false,
            readOnlyApiKey: false,
            containerSecurityContext: {},
            podSecurityContext: {},
        },
        components: [
            {
                name: "qdrant",
                productId: "qdrant",
                image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
                ports: [6333, 6334],
                service: { type: "service.type", annotations: "service.annotations" },
                routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
                env: [{ key: "env", shape: "list" }],
                securityContext: "containerSecurityContext",
                podSecurityContext: "podSecurityContext",
                settings: [
                    // true: a generated key; a string: that key; a map: valueFrom a Secret.
                    { key: "apiKey", env: "QDRANT__SERVICE__API_KEY" },
                    { key: "readOnlyApiKey", env: "QDRANT__SERVICE__READ_ONLY_API_KEY" },
                ],
            },
        ],
        sources: [
            "https://github.com/qdrant/qdrant-helm/blob/qdrant-1.19.0/charts/qdrant/values.yaml (image docker.io/qdrant/qdrant, tag empty: the appVersion v1.19.0; service.type ClusterIP, ports 6333, 6334, 6335; ingress.enabled false; apiKey and readOnlyApiKey commented out: no key)",
            "https://github.com/qdrant/qdrant-helm/blob/qdrant-1.19.0/charts/qdrant/templates/_helpers.tpl (apiKey true: a generated key; a string: that key; valueFrom: a Secret)",
        ],
    },
    {
        id: "amikos-tech/chromadb",
        name: "chromadb",
        upstream: { version: "0.2.2", appVersion: "1.5.3", values: "https://github.com/amikos-tech/chromadb-chart/blob/chromadb-0.2.2/charts/chromadb-chart/values.yaml" },
        defaults: {
            "image.repository": "ghcr.io/chroma-core/chroma",
            "image.tag": "",
            "service.type": "ClusterIP",
            "ingress.enabled": false,
            "ingress.annotations": {},
            "chromadb.auth.enabled": true,
            "chromadb.serverHttpPort": 8000,
            "podSpec.securityContext": {},
        },
        components: [
            {
                name: "chromadb",
                productId: "chromadb",
                image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
                ports: [8000],
                service: { type: "service.type" },
                routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
                podSecurityContext: "podSpec.securityContext",
                // The chart configures token or basic auth for Chroma before 1.0; the 1.x server ignores both names.
                settings: [
                    { key: "chromadb.auth.enabled", when: "true", env: "CHROMA_SERVER_AUTHN_PROVIDER", value: "chromadb.auth.token_authn.TokenAuthenticationServerProvider" },
                    { key: "chromadb.auth.enabled", when: "true", env: "CHROMA_SERVER_AUTH_PROVIDER", value: "chromadb.auth.token.TokenAuthServerProvider" },
                ],
            },
        ],
        sources: [
            "https://github.com/amikos-tech/chromadb-chart/blob/chromadb-0.2.2/charts/chromadb-chart/values.yaml (image ghcr.io/chroma-core/chroma, tag empty: the appVersion 1.5.3; service.type ClusterIP; ingress.enabled false; chromadb.auth.enabled true, marked Legacy (< 1.0.0))",
            "https://github.com/amikos-tech/chromadb-chart/blob/chromadb-0.2.2/charts/chromadb-chart/templates/config.yaml (CHROMA_SERVER_AUTH_PROVIDER and CHROMA_SERVER_AUTHN_PROVIDER set when auth is enabled)",
        ],
    },
    {
        id: "bitnami/redis",
        name: "redis",
        distinct: { valuesKey: "master", repository: "bitnami" },
        upstream: { version: "23.1.1", values: "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/redis/values.yaml" },
        defaults: {
            "image.registry": "docker.io",
            "image.repository": "bitnami/redis",
            "image.tag": "8.2.1-debian-12-r0",
            architecture: "replication",
            "auth.enabled": true,
            "master.service.type": "ClusterIP",
            "master.service.annotations": {},
            "master.extraEnvVars": [],
            "master.containerSecurityContext": {},
            "master.podSecurityContext": {},
            "replica.service.type": "ClusterIP",
            "replica.service.annotations": {},
            "replica.extraEnvVars": [],
            "replica.containerSecurityContext": {},
            "replica.podSecurityContext": {},
        },
        components: ["master", "replica"].map((role) => ({
            name: role,
            productId: "bitnami-redis",
            ...(role === "replica" ? { enabled: { key: "architecture", when: "replication" } } : {}),
            image: { registry: "image.registry", repository: "image.repository", tag: "image.tag" },
            ports: [6379],
            service: { type: `${role}.service.type`, annotations: `${role}.service.annotations` },
            env: [{ key: `${role}.extraEnvVars`, shape: "list" }],
            securityContext: `${role}.containerSecurityContext`,
            podSecurityContext: `${role}.podSecurityContext`,
            // auth.enabled false: the chart starts Redis with ALLOW_EMPTY_PASSWORD=yes.
            settings: [{ key: "auth.enabled", when: "false", env: "ALLOW_EMPTY_PASSWORD", value: "yes" }],
        })),
        sources: [
            "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/redis/values.yaml (chart 23.1.1: image docker.io/bitnami/redis:8.2.1-debian-12-r0; architecture replication; auth.enabled true; master.service.type and replica.service.type ClusterIP)",
            "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/redis/templates/master/application.yaml (ALLOW_EMPTY_PASSWORD from auth.enabled)",
        ],
    },
    {
        id: "bitnami/valkey",
        name: "valkey",
        distinct: { valuesKey: "primary", repository: "bitnami" },
        upstream: { version: "4.0.2", values: "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/valkey/values.yaml" },
        defaults: {
            "image.registry": "docker.io",
            "image.repository": "bitnami/valkey",
            "image.tag": "8.1.3-debian-12-r3",
            architecture: "replication",
            "auth.enabled": true,
            "primary.service.type": "ClusterIP",
            "primary.service.annotations": {},
            "primary.extraEnvVars": [],
            "primary.containerSecurityContext": {},
            "primary.podSecurityContext": {},
            "replica.service.type": "ClusterIP",
            "replica.service.annotations": {},
            "replica.extraEnvVars": [],
            "replica.containerSecurityContext": {},
            "replica.podSecurityContext": {},
        },
        components: ["primary", "replica"].map((role) => ({
            name: role,
            productId: "valkey",
            ...(role === "replica" ? { enabled: { key: "architecture", when: "replication" } } : {}),
            image: { registry: "image.registry", repository: "image.repository", tag: "image.tag" },
            argv: ["valkey-server"],
            ports: [6379],
            service: { type: `${role}.service.type`, annotations: `${role}.service.annotations` },
            env: [{ key: `${role}.extraEnvVars`, shape: "list" }],
            securityContext: `${role}.containerSecurityContext`,
            podSecurityContext: `${role}.podSecurityContext`,
            // auth.enabled: the image's start script passes the chart's password with --requirepass.
            settings: [{ key: "auth.enabled", when: "true", flag: "--requirepass" }],
        })),
        sources: [
            "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/valkey/values.yaml (chart 4.0.2: image docker.io/bitnami/valkey:8.1.3-debian-12-r3; architecture replication; auth.enabled true; primary.service.type and replica.service.type ClusterIP)",
        ],
    },
    {
        id: "ray-project/ray-cluster",
        name: "ray-cluster",
        upstream: { version: "1.7.0", values: "https://github.com/ray-project/kuberay/blob/v1.7.0/helm-chart/ray-cluster/values.yaml" },
        defaults: {
            "image.repository": "rayproject/ray",
            "image.tag": "2.52.0",
            "service.type": "ClusterIP",
            "common.containerEnv": [],
            "head.containerEnv": [],
            "head.securityContext": {},
            "head.podSecurityContext": {},
        },
        components: [
            {
                name: "head",
                productId: "ray",
                image: { repository: "image.repository", tag: "image.tag" },
                // KubeRay starts the head with the dashboard on every interface.
                argv: ["ray", "start", "--head", "--dashboard-host=0.0.0.0"],
                ports: [8265, 10001, 6379],
                service: { type: "service.type" },
                env: [
                    { key: "common.containerEnv", shape: "list" },
                    { key: "head.containerEnv", shape: "list" },
                ],
                securityContext: "head.securityContext",
                podSecurityContext: "head.podSecurityContext",
            },
        ],
        sources: [
            "https://github.com/ray-project/kuberay/blob/v1.7.0/helm-chart/ray-cluster/values.yaml (image rayproject/ray:2.52.0; service.type ClusterIP: the head Service's type; common.containerEnv and head.containerEnv)",
            "https://github.com/ray-project/kuberay/blob/v1.7.0/helm-chart/ray-cluster/templates/raycluster-cluster.yaml (headGroupSpec.serviceType from service.type)",
        ],
    },
    {
        id: "jupyterhub/jupyterhub",
        name: "jupyterhub",
        upstream: { version: "4.4.0", values: "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/4.4.0/jupyterhub/values.yaml" },
        defaults: {
            "proxy.chp.image.name": "quay.io/jupyterhub/configurable-http-proxy",
            "proxy.chp.image.tag": "5.2.0",
            "proxy.service.type": "LoadBalancer",
            "proxy.service.annotations": {},
            "ingress.enabled": false,
            "ingress.annotations": {},
            "hub.config.JupyterHub.authenticator_class": "dummy",
            "hub.config.DummyAuthenticator.password": null,
        },
        components: [
            {
                // proxy-public: the proxy in front of the hub's login and every user's notebook server.
                name: "proxy",
                productId: "jupyterhub",
                image: { repository: "proxy.chp.image.name", tag: "proxy.chp.image.tag" },
                ports: [8000],
                service: { type: "proxy.service.type", annotations: "proxy.service.annotations" },
                routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
                securityContext: "proxy.chp.containerSecurityContext",
                settings: [
                    // DummyAuthenticator: any user name with any password, unless DummyAuthenticator.password is set.
                    { key: "hub.config.JupyterHub.authenticator_class", when: "dummy|jupyterhub\\.auth\\.DummyAuthenticator", unless: "hub.config.DummyAuthenticator.password", config: "authenticator_class: dummy" },
                ],
            },
        ],
        sources: [
            "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/4.4.0/jupyterhub/values.yaml (hub.config.JupyterHub.authenticator_class dummy; proxy.service.type LoadBalancer; ingress.enabled false; proxy.chp.image quay.io/jupyterhub/configurable-http-proxy:5.2.0)",
            "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/4.4.0/docs/source/administrator/authentication.md (the default DummyAuthenticator allows anyone to log in with any username and password; DummyAuthenticator.password sets a shared password)",
        ],
    },
    {
        id: "community-charts/mlflow",
        name: "mlflow",
        upstream: { version: "1.11.5", appVersion: "3.15.1", values: "https://github.com/community-charts/helm-charts/blob/mlflow-1.11.5/charts/mlflow/values.yaml" },
        defaults: {
            "image.repository": "burakince/mlflow",
            "image.tag": "",
            "service.enabled": true,
            "service.type": "ClusterIP",
            "service.annotations": {},
            "ingress.enabled": false,
            "ingress.annotations": {},
            serverHost: "0.0.0.0",
            "auth.enabled": false,
            "auth.appName": "basic-auth",
            "ldapAuth.enabled": false,
            "oidcAuth.enabled": false,
            extraEnvVars: {},
            securityContext: {},
            podSecurityContext: {},
        },
        components: [
            {
                name: "mlflow",
                productId: "mlflow",
                image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
                argv: ["mlflow", "server", "--host={serverHost}"],
                ports: [5000],
                service: { type: "service.type", annotations: "service.annotations", enabled: "service.enabled" },
                routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
                env: [{ key: "extraEnvVars", shape: "map" }],
                ...STANDARD,
                settings: [
                    { key: "oidcAuth.enabled", when: "true", flag: "--app-name", value: "oidc-auth" },
                    { key: "auth.enabled", when: "true", flag: "--app-name", value: "basic-auth" },
                    { key: "ldapAuth.enabled", when: "true", flag: "--app-name", value: "basic-auth" },
                ],
            },
        ],
        sources: [
            "https://github.com/community-charts/helm-charts/blob/mlflow-1.11.5/charts/mlflow/values.yaml (image burakince/mlflow, tag empty: the appVersion 3.15.1; service.type ClusterIP, containerPort 5000; ingress.enabled false; serverHost 0.0.0.0; auth.enabled, ldapAuth.enabled, oidcAuth.enabled false)",
            "https://github.com/community-charts/helm-charts/blob/mlflow-1.11.5/charts/mlflow/templates/deployment.yaml (--host={{ .Values.serverHost }}; --app-name=oidc-auth, auth.appName or basic-auth when one of the auth keys is on)",
        ],
    },
    {
        id: "bitnami/mlflow",
        name: "mlflow",
        distinct: { valuesKey: "tracking", repository: "bitnami" },
        upstream: { version: "5.3.0", values: "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/mlflow/values.yaml" },
        defaults: {
            "image.registry": "docker.io",
            "image.repository": "bitnami/mlflow",
            "image.tag": "3.3.2-debian-12-r0",
            "tracking.enabled": true,
            "tracking.host": "0.0.0.0",
            "tracking.service.type": "LoadBalancer",
            "tracking.service.annotations": {},
            "tracking.ingress.enabled": false,
            "tracking.ingress.annotations": {},
            "tracking.auth.enabled": true,
            "tracking.extraEnvVars": [],
            "tracking.containerSecurityContext": {},
            "tracking.podSecurityContext": {},
        },
        components: [
            {
                name: "tracking",
                productId: "mlflow",
                enabled: { key: "tracking.enabled" },
                image: { registry: "image.registry", repository: "image.repository", tag: "image.tag" },
                argv: ["mlflow", "server", "--host={tracking.host}"],
                ports: [5000],
                service: { type: "tracking.service.type", annotations: "tracking.service.annotations" },
                routes: [{ enabled: "tracking.ingress.enabled", annotations: "tracking.ingress.annotations" }],
                env: [{ key: "tracking.extraEnvVars", shape: "list" }],
                securityContext: "tracking.containerSecurityContext",
                podSecurityContext: "tracking.podSecurityContext",
                settings: [{ key: "tracking.auth.enabled", when: "true", flag: "--app-name", value: "basic-auth" }],
            },
        ],
        sources: [
            "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/mlflow/values.yaml (chart 5.3.0: image docker.io/bitnami/mlflow:3.3.2-debian-12-r0; tracking.host 0.0.0.0; tracking.service.type LoadBalancer; tracking.auth.enabled true; tracking.ingress.enabled false)",
        ],
    },
    {
        id: "vllm-project/vllm-stack",
        name: "vllm-stack",
        upstream: { version: "0.1.12", values: "https://github.com/vllm-project/production-stack/blob/vllm-stack-0.1.12/helm/values.yaml" },
        defaults: {
            "routerSpec.enableRouter": true,
            "routerSpec.repository": "lmcache/lmstack-router",
            "routerSpec.tag": "latest",
            "routerSpec.serviceType": "ClusterIP",
            "routerSpec.serviceAnnotations": {},
            "routerSpec.ingress.enabled": false,
            "routerSpec.ingress.annotations": {},
            "routerSpec.env": [],
            "routerSpec.containerSecurityContext": {},
            "routerSpec.securityContext": {},
            "routerSpec.vllmApiKey.secretName": "",
            "servingEngineSpec.vllmApiKey": { secretName: "", secretKey: "" },
        },
        components: [
            {
                // The router serves the engines' OpenAI-compatible API; it and the engines check VLLM_API_KEY.
                name: "router",
                productId: "vllm",
                enabled: { key: "routerSpec.enableRouter" },
                image: { repository: "routerSpec.repository", tag: "routerSpec.tag" },
                ports: [8000],
                service: { type: "routerSpec.serviceType", annotations: "routerSpec.serviceAnnotations" },
                routes: [{ enabled: "routerSpec.ingress.enabled", annotations: "routerSpec.ingress.annotations" }],
                env: [{ key: "routerSpec.env", shape: "list" }],
                securityContext: "routerSpec.containerSecurityContext",
                podSecurityContext: "routerSpec.securityContext",
                settings: [
                    { key: "routerSpec.vllmApiKey.secretName", env: "VLLM_API_KEY" },
                    // A string, or a map naming an existing Secret (the default map names none).
                    { key: "servingEngineSpec.vllmApiKey", env: "VLLM_API_KEY" },
                ],
            },
        ],
        sources: [
            "https://github.com/vllm-project/production-stack/blob/vllm-stack-0.1.12/helm/values.yaml (routerSpec: repository lmcache/lmstack-router, tag latest, serviceType ClusterIP, ingress.enabled false, containerPort 8000; servingEngineSpec.vllmApiKey with empty secretName and secretKey)",
            "https://github.com/vllm-project/production-stack/blob/vllm-stack-0.1.12/helm/templates/deployment-router.yaml (VLLM_API_KEY from routerSpec.vllmApiKey or servingEngineSpec.vllmApiKey)",
        ],
    },
    {
        id: "berriai/litellm-helm",
        name: "litellm-helm",
        upstream: { version: "1.1.0", appVersion: "v1.80.12", values: "https://github.com/BerriAI/litellm/blob/fba16f9a2c554d0c11b234dea99fffc761c4d634/deploy/charts/litellm-helm/values.yaml" },
        defaults: {
            "image.repository": "ghcr.io/berriai/litellm-database",
            "image.tag": "",
            "service.type": "ClusterIP",
            "ingress.enabled": false,
            "ingress.annotations": {},
            "proxy_config.general_settings.master_key": "os.environ/PROXY_MASTER_KEY",
            envVars: {},
            extraEnvVars: {},
            securityContext: {},
            podSecurityContext: {},
        },
        components: [
            {
                name: "litellm",
                productId: "litellm",
                image: { repository: "image.repository", tag: "image.tag", defaultTag: "main-{appVersion}" },
                ports: [4000],
                service: { type: "service.type" },
                routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
                env: [
                    { key: "envVars", shape: "map" },
                    { key: "extraEnvVars", shape: "list" },
                ],
                ...STANDARD,
                // The chart generates a master key into a Secret (PROXY_MASTER_KEY) that the default proxy_config names.
                settings: [{ key: "proxy_config.general_settings.master_key", env: "LITELLM_MASTER_KEY" }],
            },
        ],
        sources: [
            "https://github.com/BerriAI/litellm/blob/fba16f9a2c554d0c11b234dea99fffc761c4d634/deploy/charts/litellm-helm/values.yaml (image ghcr.io/berriai/litellm-database; service.type ClusterIP, port 4000; ingress.enabled false; proxy_config.general_settings.master_key os.environ/PROXY_MASTER_KEY; masterkey generated when unset)",
            "https://github.com/BerriAI/litellm/blob/f77fbefc22e81aff0ae4cd106426482fc0abe482/deploy/charts/litellm-helm/templates/deployment.yaml (image tag default main-<appVersion>; PROXY_MASTER_KEY from the master key Secret)",
            "https://github.com/BerriAI/litellm/blob/56fab12fbeb71884f547223bfe710988f398263a/deploy/charts/litellm-helm/Chart.yaml (name litellm-helm, version 1.1.0, appVersion v1.80.12)",
        ],
    },
];
/** The well-known chart a Chart.yaml `name` (and, to tell same-named charts apart, its values' top-level keys or a dependency's repository) names. */
function wellKnownChart(name, clue) {
    const named = WELL_KNOWN_CHARTS.filter((c) => c.name === name);
    const distinct = named.find((c) => (c.distinct?.valuesKey !== undefined && clue.valuesKeys?.has(c.distinct.valuesKey)) || (c.distinct?.repository !== undefined && clue.repository !== undefined && clue.repository.toLowerCase().includes(c.distinct.repository)));
    return distinct ?? named.find((c) => !c.distinct);
}
function chartById(id) {
    return WELL_KNOWN_CHARTS.find((c) => c.id === id);
}

// EXTERNAL MODULE: ./src/model/pattern.ts
var pattern = __webpack_require__(323);
;// CONCATENATED MODULE: ./src/readers/helm/fallback.ts
// A chart that was not rendered: when it is, or depends on, a well-known chart of an AI service
// (src/catalog/charts.ts), its values decide what that chart deploys. This writes those objects as
// Kubernetes manifests (a Deployment per component, its Service, its Ingresses) whose every line carries
// the values line it comes from, for the Kubernetes reader to read like any other manifest.



/** The well-known charts in `chart`: by its own name, its dependencies, and the charts vendored under `charts/`. */
function recognise(chart, valuesKeys, vendored) {
    const found = [];
    const seen = new Set();
    const add = (entry) => {
        const key = entry.prefix.join("\0");
        if (seen.has(key))
            return;
        seen.add(key);
        found.push(entry);
        // The table's own dependencies (Open WebUI installs Ollama).
        for (const dep of entry.chart.dependencies ?? []) {
            const inner = chartById(dep.chart);
            if (!inner)
                continue;
            const prefix = [...entry.prefix, ...dotted(dep.key)];
            const condition = dep.condition ? [[...entry.prefix, ...dotted(dep.condition)]] : [];
            add({ chart: inner, prefix, anchor: entry.anchor, conditions: [...entry.conditions, ...condition], version: entry.version === entry.chart.upstream.version ? inner.upstream.version : undefined });
        }
    };
    const self = wellKnownChart(chart.name, { valuesKeys });
    if (self)
        add({ chart: self, prefix: [], anchor: chart.pos, conditions: [], appVersion: chart.appVersion, version: chart.version });
    const named = new Set();
    for (const dep of chart.dependencies) {
        const local = vendored.get(dep.name);
        named.add(dep.name);
        const known = wellKnownChart(dep.name, { repository: dep.repository, valuesKeys: local?.valuesKeys });
        if (!known)
            continue;
        const condition = dep.condition?.split(",").map((c) => dotted(c.trim())).filter((c) => c.length > 0 && c[0] !== "") ?? [];
        // Helm takes the first condition path the values set; they are checked the same way below.
        add({ chart: known, prefix: [dep.alias ?? dep.name], anchor: dep.pos, conditions: condition.length ? [condition[0]] : [], appVersion: local?.meta.appVersion, version: local?.meta.version ?? dep.version });
    }
    // A chart under charts/ that Chart.yaml does not list is installed too.
    for (const [name, local] of vendored) {
        if (named.has(name))
            continue;
        const known = wellKnownChart(name, { valuesKeys: local.valuesKeys });
        if (known)
            add({ chart: known, prefix: [name], anchor: local.meta.pos, conditions: [], appVersion: local.meta.appVersion, version: local.meta.version });
    }
    return found;
}
/** The table's defaults of every recognised chart, under its prefix, lowest precedence first (inner charts first). */
function defaultLayers(found) {
    return [...found].sort((a, b) => b.prefix.length - a.prefix.length).map((r) => prefixed(r.prefix, fromDotted(r.chart.defaults, r.anchor)));
}
function prefixed(prefix, node) {
    return prefix.reduceRight((inner, key) => ({ kind: "map", entries: new Map([[key, inner]]), pos: node.pos, fromDefault: true }), node);
}
/** The manifests the recognised charts deploy, given the merged values. */
function manifests(found, values, release, chartDir) {
    const out = new Writer();
    const products = new Map();
    const config = [];
    const summary = [];
    for (const entry of found) {
        const at = (key) => lookup(values, [...entry.prefix, ...dotted(key)]);
        const off = entry.conditions.find((path) => truth(lookup(values, path)) === false);
        const label = `${entry.chart.id} ${entry.chart.upstream.version}${entry.prefix.length ? ` (values under ${entry.prefix.join(".")})` : ""}`;
        if (off) {
            summary.push(`${label}: switched off by ${off.join(".")}`);
            continue;
        }
        summary.push(label);
        for (const component of entry.chart.components) {
            if (component.enabled && !enabled(at(component.enabled.key), component.enabled.when))
                continue;
            const name = dnsName([release, ...entry.prefix, component.name].join("-"));
            const labels = { "ai-infra-audit.chart": `${chartDir}#${[...entry.prefix, component.name].join(".")}` };
            const workloadId = `Deployment/default/${name}/containers/${component.name}`;
            products.set(workloadId, component.productId);
            config.push(...configLines(component, at, entry, workloadId));
            deployment(out, component, name, labels, at, entry);
            const serviceOn = component.service?.enabled === undefined || truth(at(component.service.enabled)) !== false;
            if (component.service && serviceOn)
                service(out, component, name, labels, at, entry.anchor);
            (component.routes ?? []).forEach((route, i) => {
                const enabledNode = at(route.enabled);
                if (truth(enabledNode) !== true || !enabledNode || !serviceOn)
                    return;
                ingress(out, `${name}-route-${i}`, name, component.ports[0], at(route.annotations ?? ""), enabledNode.pos, entry.anchor);
            });
        }
    }
    return { text: out.lines.join("\n") + "\n", origins: out.origins, products, config, summary };
}
function enabled(node, when) {
    if (when === undefined)
        return truth(node) !== false;
    const value = values_text(node);
    return value !== undefined && (0,pattern/* catalogPattern */.k)(`^(?:${when})$`).test(value);
}
/** Whether a setting applies: its key matches (or is set), and its `unless` key is not set. */
function applies(setting, node, at) {
    if (setting.unless !== undefined && isSet(at(setting.unless)))
        return false;
    if (setting.line !== undefined) {
        const rx = (0,pattern/* catalogPattern */.k)(`^(?:${setting.line})$`);
        return blocks(node).some((block) => block.split("\n").some((line) => rx.test(line)));
    }
    if (setting.when !== undefined) {
        const value = values_text(node);
        return value !== undefined && (0,pattern/* catalogPattern */.k)(`^(?:${setting.when})$`).test(value);
    }
    return isSet(node);
}
/** The text values anywhere under a node (a config file held in a values key). */
function blocks(node) {
    if (!node)
        return [];
    if (node.kind === "scalar")
        return typeof node.value === "string" ? [node.value] : [];
    return (node.kind === "seq" ? node.items : [...node.entries.values()]).flatMap(blocks);
}
function configLines(component, at, entry, workloadId) {
    return (component.settings ?? []).flatMap((setting) => {
        const node = at(setting.key);
        if (setting.config === undefined || !applies(setting, node, at))
            return [];
        const key = [...entry.prefix, setting.key].join(".");
        const label = !node || node.fromDefault ? `${key}, the chart's default` : `${key} in ${node.pos.file}`;
        return [{ workloadId, text: setting.config, pos: node?.pos ?? entry.anchor, label }];
    });
}
/** Kubernetes object names: lower case letters, digits and `-`. */
function dnsName(name) {
    const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
    return words.join("-").slice(0, 63).replace(/-$/, "") || "chart";
}
class Writer {
    lines = [];
    origins = [];
    line(indent, text, pos) {
        this.lines.push(`${" ".repeat(indent)}${text}`);
        this.origins.push(pos);
    }
    /** `key:` and the node below it, every line at its node's position. */
    node(indent, key, node) {
        const head = `${JSON.stringify(key)}:`;
        if (node.kind === "scalar")
            return this.line(indent, `${head} ${scalar(node.value)}`, node.pos);
        if (node.kind === "map") {
            if (node.entries.size === 0)
                return this.line(indent, `${head} {}`, node.pos);
            this.line(indent, head, node.pos);
            for (const [k, v] of node.entries)
                this.node(indent + 2, k, v);
            return;
        }
        if (node.items.length === 0)
            return this.line(indent, `${head} []`, node.pos);
        this.line(indent, head, node.pos);
        for (const item of node.items)
            this.item(indent + 2, item);
    }
    /** A list item: `- value`, or `-` and a map below it. */
    item(indent, node) {
        if (node.kind === "scalar")
            return this.line(indent, `- ${scalar(node.value)}`, node.pos);
        if (node.kind === "map") {
            this.line(indent, node.entries.size === 0 ? "- {}" : "-", node.pos);
            for (const [k, v] of node.entries)
                this.node(indent + 2, k, v);
            return;
        }
        this.line(indent, node.items.length === 0 ? "- []" : "-", node.pos);
        for (const item of node.items)
            this.item(indent + 2, item);
    }
}
function scalar(value) {
    if (value === null)
        return "null";
    if (typeof value === "string")
        return JSON.stringify(value);
    return String(value);
}
function deployment(out, component, name, labels, at, entry) {
    const a = entry.anchor;
    out.line(0, "---", a);
    out.line(0, "apiVersion: apps/v1", a);
    out.line(0, "kind: Deployment", a);
    out.line(0, "metadata:", a);
    out.line(2, `name: ${JSON.stringify(name)}`, a);
    out.line(2, "namespace: default", a);
    out.line(0, "spec:", a);
    out.line(2, "template:", a);
    out.line(4, "metadata:", a);
    out.line(6, "labels:", a);
    for (const [k, v] of Object.entries(labels))
        out.line(8, `${JSON.stringify(k)}: ${JSON.stringify(v)}`, a);
    out.line(4, "spec:", a);
    const hostNetwork = component.hostNetwork ? at(component.hostNetwork) : undefined;
    if (hostNetwork && !hostNetwork.fromDefault)
        out.node(6, "hostNetwork", hostNetwork);
    const podSecurity = component.podSecurityContext ? at(component.podSecurityContext) : undefined;
    if (podSecurity?.kind === "map")
        out.node(6, "securityContext", podSecurity);
    out.line(6, "containers:", a);
    // The image first: the container (the workload) is placed at the image's line.
    const image = imageOf(component, at, entry);
    out.line(8, `- image: ${JSON.stringify(image.ref)}`, image.pos);
    out.line(10, `name: ${JSON.stringify(component.name)}`, a);
    const argv = [...(component.argv ?? []).map((token) => fill(token, at, a)), ...flags(component, at, a)];
    if (argv.length > 0) {
        out.line(10, "command:", a);
        for (const token of argv)
            out.line(12, `- ${JSON.stringify(token.value)}`, token.pos);
    }
    const env = envOf(component, at, a);
    if (env.length > 0) {
        out.line(10, "env:", a);
        for (const e of env) {
            out.line(12, `- name: ${JSON.stringify(e.name)}`, e.pos);
            if (e.value !== undefined)
                out.line(14, `value: ${JSON.stringify(e.value)}`, e.pos);
            else if (e.from)
                out.node(14, "valueFrom", e.from);
            else {
                out.line(14, "valueFrom:", e.pos);
                out.line(16, "secretKeyRef:", e.pos);
                out.line(18, `name: ${JSON.stringify(name)}`, e.pos);
                out.line(18, `key: ${JSON.stringify(e.name)}`, e.pos);
            }
        }
    }
    const security = component.securityContext ? at(component.securityContext) : undefined;
    if (security?.kind === "map")
        out.node(10, "securityContext", security);
    out.line(10, "ports:", a);
    for (const port of component.ports)
        out.line(12, `- containerPort: ${port}`, a);
}
function service(out, component, name, labels, at, anchor) {
    const spec = component.service;
    out.line(0, "---", anchor);
    out.line(0, "apiVersion: v1", anchor);
    out.line(0, "kind: Service", anchor);
    out.line(0, "metadata:", anchor);
    out.line(2, `name: ${JSON.stringify(name)}`, anchor);
    out.line(2, "namespace: default", anchor);
    const annotations = spec.annotations ? at(spec.annotations) : undefined;
    if (annotations?.kind === "map")
        out.node(2, "annotations", annotations);
    out.line(0, "spec:", anchor);
    const type = at(spec.type);
    if (type?.kind === "scalar" && type.value !== null)
        out.node(2, "type", type);
    out.line(2, "selector:", anchor);
    for (const [k, v] of Object.entries(labels))
        out.line(4, `${JSON.stringify(k)}: ${JSON.stringify(v)}`, anchor);
    out.line(2, "ports:", anchor);
    for (const port of component.ports) {
        out.line(4, `- port: ${port}`, anchor);
        out.line(6, `targetPort: ${port}`, anchor);
    }
}
function ingress(out, name, serviceName, port, annotations, enabledAt, anchor) {
    out.line(0, "---", anchor);
    out.line(0, "apiVersion: networking.k8s.io/v1", anchor);
    out.line(0, "kind: Ingress", anchor);
    out.line(0, "metadata:", enabledAt);
    out.line(2, `name: ${JSON.stringify(name)}`, enabledAt);
    out.line(2, "namespace: default", anchor);
    if (annotations?.kind === "map")
        out.node(2, "annotations", annotations);
    out.line(0, "spec:", anchor);
    out.line(2, "rules:", anchor);
    out.line(4, "- http:", anchor);
    out.line(8, "paths:", anchor);
    out.line(10, "- backend:", anchor);
    out.line(14, "service:", anchor);
    out.line(16, `name: ${JSON.stringify(serviceName)}`, enabledAt);
    out.line(16, "port:", anchor);
    out.line(18, `number: ${port}`, anchor);
}
const UNKNOWN_TAG = "CHART_APP_VERSION";
/** The image reference the chart runs, at the line of its tag when the values set one, else of its repository. */
function imageOf(component, at, entry) {
    const repository = at(component.image.repository);
    const tag = component.image.tag ? at(component.image.tag) : undefined;
    const registry = component.image.registry ? values_text(at(component.image.registry)) : undefined;
    const repo = values_text(repository) ?? "unknown";
    // The table's default tag is the upstream chart's at the version it was read from; at another version the
    // tag is unknown: a template token, which no rule takes for a version or a moving tag.
    let tagText = tag?.fromDefault && entry.version !== entry.chart.upstream.version ? UNKNOWN_TAG : (values_text(tag) ?? "");
    if (tagText === "" && component.image.defaultTag) {
        // Without the chart's Chart.yaml its appVersion is unknown too.
        const appVersion = entry.appVersion ?? (entry.version === entry.chart.upstream.version ? entry.chart.upstream.appVersion : undefined);
        tagText = appVersion !== undefined ? component.image.defaultTag.replace("{appVersion}", appVersion) : UNKNOWN_TAG;
    }
    const base = registry && !repo.startsWith(`${registry}/`) ? `${registry}/${repo}` : repo;
    const pos = tag && values_text(tag) && !tag.fromDefault ? tag.pos : (repository?.pos ?? entry.anchor);
    return { ref: tagText ? `${base}:${tagText}` : base, pos };
}
/** A `{key}` placeholder of the table's command line, filled from the values. */
function fill(token, at, anchor) {
    const open = token.indexOf("{");
    const close = token.indexOf("}", open);
    if (open < 0 || close < 0)
        return { value: token, pos: anchor };
    const node = at(token.slice(open + 1, close));
    return { value: `${token.slice(0, open)}${values_text(node) ?? ""}${token.slice(close + 1)}`, pos: node?.pos ?? anchor };
}
/** The flags the settings add, each at its values line (a value from a Secret is a reference the kubelet expands). */
function flags(component, at, anchor) {
    return (component.settings ?? []).flatMap((setting) => {
        const node = at(setting.key);
        if (setting.flag === undefined || !applies(setting, node, at))
            return [];
        const pos = node?.pos ?? anchor;
        return [
            { value: setting.flag, pos },
            { value: setting.value ?? "$(CHART_SECRET)", pos },
        ];
    });
}
function envOf(component, at, anchor) {
    const env = [];
    for (const source of component.env ?? []) {
        const node = at(source.key);
        if (node?.kind === "seq") {
            for (const item of node.items) {
                if (item.kind !== "map")
                    continue;
                const name = values_text(item.entries.get("name"));
                if (!name)
                    continue;
                const value = item.entries.get("value");
                const from = item.entries.get("valueFrom");
                env.push(from ? { name, from, pos: item.entries.get("name")?.pos ?? item.pos } : { name, value: values_text(value) ?? "", pos: value?.pos ?? item.pos });
            }
        }
        else if (node?.kind === "map") {
            for (const [name, value] of node.entries) {
                if (value.kind === "scalar")
                    env.push({ name, value: values_text(value) ?? "", pos: value.pos });
                else if (value.kind === "map" && value.entries.has("valueFrom"))
                    env.push({ name, from: value.entries.get("valueFrom"), pos: value.pos });
            }
        }
    }
    for (const setting of component.settings ?? []) {
        if (setting.env === undefined)
            continue;
        const node = at(setting.key);
        if (!applies(setting, node, at))
            continue;
        env.push({ name: setting.env, value: setting.value, pos: node?.pos ?? anchor });
    }
    return env;
}

;// CONCATENATED MODULE: ./src/readers/helm/template-index.ts
// Reads a Helm template as YAML-shaped text, without running it: which YAML key each line writes (by
// indentation), which values each line's actions read (`.Values.service.type`, `.` inside
// `with .Values.securityContext`, a variable set from `.Values`), and where an action inserts a block of
// values (`toYaml .Values.podSecurityContext | nindent 8`). The rendered output is mapped back onto these
// lines (map.ts). One pass over the text; no regular expression runs over more than one action.
/** Stands for an action in the text outside actions. */
const ACTION = "\u0001";
const ROOT = { root: true };
const UNKNOWN = { unknown: true };
/** Lines of one template over this are not indexed (findings then point at the template's first line). */
const MAX_TEMPLATE_LINES = 50_000;
function pathKey(path) {
    return path.join("\0");
}
function indexTemplate(text) {
    const lines = [];
    const byPath = new Map();
    const inserts = new Map();
    const docs = [{}];
    let docHasLines = false;
    const dots = [ROOT];
    const variables = new Map();
    /** Open YAML containers: the column a key (or a list item's dash) starts at, and the path segment. */
    const stack = [];
    let inAction = false;
    const source = text.split("\n");
    if (source.length > MAX_TEMPLATE_LINES)
        return { lines, docs, byPath, inserts };
    /** The key line an action that runs over several lines started on: what it reads is that line's. */
    let pending;
    const readLine = (n) => {
        const raw = source[n].replace(/\r$/, "");
        const continued = inAction;
        // The text outside actions (each action replaced by ACTION), and the actions.
        let outside = "";
        const actions = [];
        let at = 0;
        while (at <= raw.length) {
            if (inAction) {
                const close = raw.indexOf("}}", at);
                const body = raw.slice(at, close < 0 ? raw.length : close);
                // An action opened on this line, or the rest of one opened on an earlier line.
                if (actions.length === 0)
                    actions.push(body);
                else
                    actions[actions.length - 1] += body;
                if (close < 0)
                    break;
                inAction = false;
                at = close + 2;
                continue;
            }
            const open = raw.indexOf("{{", at);
            if (open < 0) {
                outside += raw.slice(at);
                break;
            }
            outside += `${raw.slice(at, open)}${ACTION}`;
            actions.push("");
            inAction = true;
            at = open + 2;
        }
        const refs = [];
        let insertColumn;
        for (const [i, action] of actions.entries()) {
            const body = trimDashes(action);
            if (i === 0 && continued && pending) {
                pending.refs.push(...references(body, dots[dots.length - 1], variables));
                continue;
            }
            if (body.startsWith("/*"))
                continue;
            const word = /^[a-z]+/.exec(body)?.[0];
            const current = dots[dots.length - 1];
            if (word === "end") {
                if (dots.length > 1)
                    dots.pop();
                continue;
            }
            if (word === "else")
                continue;
            const found = references(body, current, variables);
            if (word === "with")
                dots.push(found[0] ? { values: found[0] } : UNKNOWN);
            else if (word === "if")
                dots.push(current);
            else if (word === "range" || word === "define" || word === "block")
                dots.push(UNKNOWN);
            else {
                const assigned = /^\$([A-Za-z_][A-Za-z0-9_]*)\s*:?=/.exec(body);
                if (assigned && found[0])
                    variables.set(assigned[1], found[0]);
                refs.push(...found);
                const indent = /\b(?:nindent|indent)\s+(\d{1,3})\b/.exec(body);
                if (indent && /\b(?:toYaml|include|tpl|toJson|template)\b/.test(body))
                    insertColumn = Number(indent[1]) + 1;
                else if (/\b(?:toYaml|include|tpl)\b/.test(body) && insertColumn === undefined)
                    insertColumn = -1;
            }
        }
        const content = outside.split(ACTION).join("").trim();
        if (content === "" || content.startsWith("#")) {
            // A line of actions only: an inserted block, if it inserts one.
            if (insertColumn !== undefined && refs.length > 0) {
                const column = insertColumn > 0 ? insertColumn : raw.length - raw.trimStart().length + 1;
                const path = parentPath(stack, column);
                const entry = { line: n + 1, column, path, refs, value: "", insert: true, doc: docs.length - 1 };
                lines.push(entry);
                addTo(inserts, pathKey(path), entry);
                return entry;
            }
            return undefined;
        }
        if (content === "---") {
            stack.length = 0;
            if (docHasLines)
                docs.push({});
            docHasLines = false;
            return undefined;
        }
        const key = keyOf(outside);
        if (!key) {
            // A list item without a key (`- --flag`, `- {{ .Values.x }}`): a value of the list above.
            const dash = /^(\s*)-(\s|$)/.exec(outside);
            if (dash) {
                const column = dash[1].length + 1;
                const path = [...parentPath(stack, column), "[]"];
                const entry = { line: n + 1, column, path, refs, value: outside.slice(dash[0].length), insert: false, doc: docs.length - 1 };
                lines.push(entry);
                addTo(byPath, pathKey(path), entry);
                return entry;
            }
            return undefined;
        }
        // Pop what this line closes; a list item opens a `[]` level at its dash.
        if (key.dash !== undefined) {
            popFrom(stack, key.dash, true);
            stack.push({ column: key.dash, segment: "[]" });
        }
        popFrom(stack, key.column, false);
        stack.push({ column: key.column, segment: key.name });
        const path = stack.map((s) => s.segment);
        const entry = { line: n + 1, column: key.column, path, refs, value: key.value, insert: false, doc: docs.length - 1 };
        docHasLines = true;
        lines.push(entry);
        addTo(byPath, pathKey(path), entry);
        if (path.length === 1 && key.name === "kind" && !key.value.includes(ACTION))
            docs[docs.length - 1].kind = key.value.replace(/^["']|["']$/g, "");
        return entry;
    };
    for (let n = 0; n < source.length; n++) {
        const continued = inAction;
        const created = readLine(n);
        pending = inAction ? (created ?? (continued ? pending : undefined)) : undefined;
    }
    return { lines, docs, byPath, inserts };
}
/** An action's text without Go's whitespace-trimming dashes (`{{- x -}}`). */
function trimDashes(action) {
    let body = action.trim();
    if (body.startsWith("-"))
        body = body.slice(1).trim();
    if (body.endsWith("-"))
        body = body.slice(0, -1).trim();
    return body;
}
function addTo(map, key, entry) {
    const list = map.get(key);
    if (list)
        list.push(entry);
    else
        map.set(key, [entry]);
}
/**
 * Removes the containers a line at `column` closes. A key closes keys at its column or deeper; a list
 * item's dash closes deeper keys and earlier items at its column, but not the key the list belongs to
 * (YAML lets `containers:` and its `- name:` items start at the same column).
 */
function popFrom(stack, column, dash) {
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.column > column || (top.column === column && (!dash || top.segment === "[]")))
            stack.pop();
        else
            break;
    }
}
/** The path a block inserted at `column` belongs to: the keys opened left of it. */
function parentPath(stack, column) {
    const open = stack.filter((s) => s.column < column);
    return open.map((s) => s.segment);
}
/** The key a line writes: its column (1-based), the dash's column for a list item, its name and the text after the colon. */
function keyOf(outside) {
    let at = 0;
    while (at < outside.length && outside[at] === " ")
        at++;
    let dash;
    if (outside[at] === "-" && (outside[at + 1] === " " || outside[at + 1] === undefined)) {
        dash = at + 1;
        at++;
        while (at < outside.length && outside[at] === " ")
            at++;
    }
    const start = at;
    let name;
    let end;
    const quote = outside[at];
    if (quote === '"' || quote === "'") {
        const close = outside.indexOf(quote, at + 1);
        if (close < 0)
            return undefined;
        name = outside.slice(at + 1, close);
        end = close + 1;
        if (outside[end] !== ":")
            return undefined;
    }
    else {
        // A plain key ends at `: ` or a colon at the end of the line.
        let colon = outside.indexOf(":", at);
        while (colon >= 0 && !(colon + 1 === outside.length || outside[colon + 1] === " " || outside[colon + 1] === "\t"))
            colon = outside.indexOf(":", colon + 1);
        if (colon < 0)
            return undefined;
        name = outside.slice(at, colon).trim();
        end = colon;
        if (name === "" || /[{}[\]#,&*!|>"'%@`]/.test(name[0]) || name.includes(ACTION))
            return undefined;
    }
    if (name.includes(ACTION))
        return undefined;
    return { column: start + 1, dash, name, value: outside.slice(end + 1).trim() };
}
/** The values an action's text reads: `.Values.a.b`, `$.Values.a.b`, `.a.b` inside `with`, `.`, `$var.a`. */
function references(body, dot, variables) {
    const found = [];
    let i = 0;
    while (i < body.length) {
        const c = body[i];
        if (c === '"' || c === "`") {
            // Skip string literals: a `.` in "a.b" is text.
            const close = body.indexOf(c, i + 1);
            i = close < 0 ? body.length : close + 1;
            continue;
        }
        const prev = i > 0 ? body[i - 1] : " ";
        const starts = c === "." || c === "$";
        if (!starts || /[A-Za-z0-9_)\].]/.test(prev)) {
            i++;
            continue;
        }
        let j = i;
        let variable;
        if (c === "$") {
            j++;
            const nameStart = j;
            while (j < body.length && /[A-Za-z0-9_]/.test(body[j]))
                j++;
            variable = body.slice(nameStart, j);
        }
        const fields = [];
        while (j < body.length && body[j] === ".") {
            const nameStart = j + 1;
            let k = nameStart;
            while (k < body.length && /[A-Za-z0-9_]/.test(body[k]))
                k++;
            if (k === nameStart) {
                j = k;
                break;
            }
            fields.push(body.slice(nameStart, k));
            j = k;
        }
        i = Math.max(j, i + 1);
        let base;
        if (variable === undefined)
            base = dot;
        else if (variable === "")
            base = ROOT;
        else {
            const known = variables.get(variable);
            base = known ? { values: known } : UNKNOWN;
        }
        if ("unknown" in base)
            continue;
        if ("root" in base) {
            if (fields[0] === "Values" && fields.length > 1)
                found.push(fields.slice(1));
            continue;
        }
        found.push([...base.values, ...fields]);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/readers/helm/map.ts


/** Splits helm's output into its documents, with the `# Source:` each names. */
function chunksOf(output) {
    const chunks = [];
    const lines = output.split("\n");
    let current = { start: 1, end: 0 };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, "");
        if (/^---\s*$/.test(line)) {
            if (current.end >= current.start)
                chunks.push(current);
            current = { start: i + 2, end: i + 1 };
            continue;
        }
        current.end = i + 1;
        if (current.source === undefined && line.startsWith("# Source: "))
            current.source = line.slice("# Source: ".length).trim();
    }
    if (current.end >= current.start)
        chunks.push(current);
    return chunks;
}
class RenderedMap {
    chunks;
    templates;
    values;
    fallback;
    indexes = new Map();
    occurrences = new Map();
    /** Document roots in the order of their lines. */
    roots;
    constructor(chunks, documents, templates, values, 
    /** Where a line maps when nothing better is known (the chart's Chart.yaml). */
    fallback) {
        this.chunks = chunks;
        this.templates = templates;
        this.values = values;
        this.fallback = fallback;
        this.roots = documents.flatMap((d) => d.root ?? []).sort((a, b) => a.line - b.line);
    }
    /** The document root whose lines hold `line`. */
    rootAt(line) {
        let lo = 0;
        let hi = this.roots.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const root = this.roots[mid];
            if (line < root.line)
                hi = mid - 1;
            else if (line > root.endLine)
                lo = mid + 1;
            else
                return root;
        }
        return undefined;
    }
    mapped = new Map();
    map(line) {
        let pos = this.mapped.get(line);
        if (!pos)
            this.mapped.set(line, (pos = this.mapLine(line)));
        return { ...pos };
    }
    mapLine(line) {
        const chunk = this.chunkAt(line);
        const template = chunk?.source !== undefined ? this.templates(chunk.source) : undefined;
        if (!chunk || !template)
            return this.fallback;
        const steps = this.stepsAt(line);
        if (!template.path)
            return (steps && this.byValue(template.prefix, steps)) ?? template.anchor ?? this.fallback;
        const top = { file: template.path, line: 1 };
        if (!steps || steps.length === 0 || template.text === undefined)
            return top;
        const index = this.indexOf(template.path, template.text);
        const doc = this.templateDoc(index, chunk, line);
        const inDoc = (list) => list?.filter((l) => l.doc === doc);
        const keys = steps.map((s) => (typeof s.step === "number" ? "[]" : s.step));
        // 2. A key line of the same path; the n-th occurrence in this document takes the n-th line.
        const same = inDoc(index.byPath.get(pathKey(keys)));
        if (same?.length) {
            const nth = this.occurrence(chunk, keys, line);
            const hit = same[Math.min(nth, same.length - 1)];
            if (nth < same.length || !this.insertedAbove(index, keys, doc))
                return this.viaValues(hit, steps, steps.length, template) ?? { file: template.path, line: hit.line, column: hit.column };
        }
        // 3. The deepest ancestor written by the template, or under which a block is inserted.
        for (let depth = keys.length - 1; depth >= 1; depth--) {
            const prefix = pathKey(keys.slice(0, depth));
            const insert = inDoc(index.inserts.get(prefix))?.[0];
            if (insert)
                return this.viaValues(insert, steps, depth, template) ?? { file: template.path, line: insert.line, column: insert.column };
            const key = inDoc(index.byPath.get(prefix))?.[0];
            if (key)
                return this.viaValues(key, steps, depth, template) ?? { file: template.path, line: key.line, column: key.column };
        }
        return top;
    }
    /**
     * Which document of the template rendered this one: among the template's documents of the same `kind`
     * (or whose kind is templated), the one at this document's place among the output's documents of that
     * template and kind.
     */
    templateDoc(index, chunk, line) {
        if (index.docs.length === 1)
            return 0;
        const kind = this.kindAt(line);
        const candidates = index.docs.flatMap((d, i) => (d.kind === undefined || d.kind === kind ? [i] : []));
        if (candidates.length === 0)
            return 0;
        return candidates[Math.min(this.ordinal(chunk), candidates.length - 1)];
    }
    /** Each document's place among the output's documents of the same template and kind, counted once. */
    ordinals;
    ordinal(chunk) {
        if (!this.ordinals) {
            const ordinals = new Map();
            const seen = new Map();
            for (const c of this.chunks) {
                const root = this.rootIn(c);
                const key = `${c.source ?? ""}\0${(root && this.kindAt(root.line)) ?? ""}`;
                const n = seen.get(key) ?? 0;
                ordinals.set(c.start, n);
                seen.set(key, n + 1);
            }
            this.ordinals = ordinals;
        }
        return this.ordinals.get(chunk.start) ?? 0;
    }
    /** The document root that starts inside a chunk. */
    rootIn(chunk) {
        let lo = 0;
        let hi = this.roots.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.roots[mid].line < chunk.start)
                lo = mid + 1;
            else
                hi = mid;
        }
        const root = this.roots[lo];
        return root && root.line <= chunk.end ? root : undefined;
    }
    /** The `kind` of the rendered document holding `line`. */
    kindAt(line) {
        const root = this.rootAt(line);
        const kind = root?.kind === "map" ? root.entries.get("kind")?.value : undefined;
        return kind?.kind === "scalar" && kind.value !== null ? String(kind.value) : undefined;
    }
    /** A block of values is inserted at some ancestor of `keys`: later occurrences came from it. */
    insertedAbove(index, keys, doc) {
        for (let depth = keys.length - 1; depth >= 1; depth--)
            if (index.inserts.get(pathKey(keys.slice(0, depth)))?.some((l) => l.doc === doc))
                return true;
        return false;
    }
    /**
     * The values line behind a template line: each values path it reads, followed by the rendered steps below
     * `depth` (the part of the output the block wrote); the first such path the values set, preferring one
     * whose value is the rendered text. Undefined when the values set none of them.
     */
    viaValues(hit, steps, depth, template) {
        const rendered = steps[steps.length - 1].node;
        const renderedText = rendered.kind === "scalar" && rendered.value !== null ? String(rendered.value) : undefined;
        let best;
        for (const ref of hit.refs) {
            const found = this.valuesAt([...template.prefix, ...ref], steps.slice(depth));
            if (!found || found.fromDefault)
                continue;
            const value = found.kind === "scalar" && found.value !== null ? String(found.value) : undefined;
            // The value rendered as written beats one that is part of the text (an image's repository and tag).
            const score = value !== undefined && value === renderedText ? 3 : value !== undefined && value !== "" && renderedText?.includes(value) ? 2 : 1;
            if (!best || score >= best.score)
                best = { pos: found.pos, score };
        }
        return best?.pos;
    }
    /**
     * Without the template (a packaged subchart): the one key of the values under `prefix` with the rendered
     * key's name and the rendered text as its value, if there is exactly one.
     */
    byValue(prefix, steps) {
        const last = steps[steps.length - 1];
        const rendered = last?.node;
        if (!last || typeof last.step !== "string" || rendered?.kind !== "scalar" || rendered.value === null)
            return undefined;
        const want = String(rendered.value);
        const hits = [];
        let budget = 10_000;
        const walk = (node, key) => {
            if (!node || --budget < 0 || hits.length > 1)
                return;
            if (node.kind === "scalar") {
                if (key === last.step && !node.fromDefault && node.value !== null && String(node.value) === want)
                    hits.push(node.pos);
            }
            else if (node.kind === "map")
                for (const [k, v] of node.entries)
                    walk(v, k);
            else
                for (const item of node.items)
                    walk(item, undefined);
        };
        walk(lookup(this.values, prefix), undefined);
        return hits.length === 1 ? hits[0] : undefined;
    }
    /** The values node at `base` followed by the rendered steps; list items are matched by their content. */
    valuesAt(base, below) {
        let node = lookup(this.values, base);
        for (const { step, node: rendered } of below) {
            if (!node)
                return undefined;
            if (typeof step === "number") {
                if (node.kind !== "seq")
                    return undefined;
                node = node.items.find((item) => sameContent(item, rendered)) ?? node.items[step];
            }
            else
                node = node.kind === "map" ? node.entries.get(step) : undefined;
        }
        return node;
    }
    chunkAt(line) {
        let lo = 0;
        let hi = this.chunks.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const chunk = this.chunks[mid];
            if (line < chunk.start)
                hi = mid - 1;
            else if (line > chunk.end)
                lo = mid + 1;
            else
                return chunk;
        }
        return undefined;
    }
    indexOf(path, text) {
        let index = this.indexes.get(path);
        if (!index)
            this.indexes.set(path, (index = indexTemplate(text)));
        return index;
    }
    /** How many lines of this document before `line` have the same key path. */
    occurrence(chunk, keys, line) {
        const id = `${chunk.start}\0${pathKey(keys)}`;
        let lines = this.occurrences.get(id);
        if (!lines) {
            lines = [];
            collect(this.rootAt(line), [], keys, lines);
            this.occurrences.set(id, lines);
        }
        return lines.filter((l) => l < line).length;
    }
    /** The path from the document root to the key or list item that starts at `line`. */
    stepsAt(line) {
        let node = this.rootAt(line);
        const steps = [];
        while (node) {
            if (node.kind === "map") {
                let next;
                for (const [key, entry] of node.entries) {
                    if (entry.keyLine === line) {
                        steps.push({ step: key, node: entry.value });
                        return steps;
                    }
                    if (entry.value.line <= line && entry.value.endLine >= line) {
                        steps.push({ step: key, node: entry.value });
                        // A line inside a multi-line scalar (a ConfigMap's file) belongs to its key.
                        if (entry.value.kind === "scalar")
                            return steps;
                        next = entry.value;
                        break;
                    }
                }
                node = next;
            }
            else if (node.kind === "seq") {
                const i = node.items.findIndex((item) => item.line <= line && item.endLine >= line);
                if (i < 0)
                    return steps;
                const item = node.items[i];
                steps.push({ step: i, node: item });
                if (item.kind === "scalar")
                    return steps;
                node = item;
            }
            else
                return steps;
        }
        return steps;
    }
}
/** Lines of the document where a key of path `keys` (list indexes as `[]`) starts. */
function collect(node, path, keys, out) {
    if (!node || path.length >= keys.length)
        return;
    const want = keys[path.length];
    if (node.kind === "map" && want !== "[]") {
        const entry = node.entries.get(want);
        if (!entry)
            return;
        if (path.length + 1 === keys.length)
            out.push(entry.keyLine);
        else
            collect(entry.value, [...path, want], keys, out);
    }
    else if (node.kind === "seq" && want === "[]") {
        for (const item of node.items) {
            if (path.length + 1 === keys.length)
                out.push(item.line);
            else
                collect(item, [...path, want], keys, out);
        }
    }
}
/** A values list item and a rendered one hold the same thing: the same text, or a map with the same `name`. */
function sameContent(item, rendered) {
    if (item.kind === "scalar" && rendered.kind === "scalar")
        return String(item.value) === String(rendered.value);
    if (item.kind === "map" && rendered.kind === "map") {
        const name = item.entries.get("name");
        const other = rendered.entries.get("name")?.value;
        return name?.kind === "scalar" && other?.kind === "scalar" && String(name.value) === String(other.value);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/readers/helm/remap.ts
/** A name no file of a tree can have (a NUL byte). */
function virtualPath(chartDir) {
    return `${chartDir}\0chart`;
}
function remapPart(part, virtual, map) {
    const seen = new Set();
    const walk = (value, depth) => {
        if (typeof value !== "object" || value === null || seen.has(value) || depth > 64)
            return;
        seen.add(value);
        if (Array.isArray(value)) {
            for (const item of value)
                walk(item, depth + 1);
            return;
        }
        if (value instanceof Map) {
            for (const item of value.values())
                walk(item, depth + 1);
            return;
        }
        const record = value;
        if (record.file === virtual && typeof record.line === "number") {
            const to = map(record.line);
            record.file = to.file;
            record.line = to.line;
            record.column = to.column;
            record.endLine = undefined;
            return;
        }
        for (const key of Object.keys(record))
            if (key !== "platform")
                walk(record[key], depth + 1);
    };
    walk(part.workloads, 0);
    walk(part.components, 0);
    walk(part.services, 0);
    walk(part.routes, 0);
    walk(part.secretValues, 0);
    walk(part.configMaps, 0);
    // A pod's containers take the file of its main container's image (where a version would be changed).
    const unitFile = new Map();
    for (const w of part.workloads) {
        if (w.file !== virtual)
            continue;
        const main = fileOf(w);
        if (!unitFile.has(w.unit.id) || (!w.initOnly && w.image))
            unitFile.set(w.unit.id, main);
    }
    const names = new Map(part.portNames);
    part.portNames.clear();
    for (const w of part.workloads) {
        if (w.file !== virtual)
            continue;
        // (A sidecar whose image is written in another file than the main container's keeps the pod's file: its
        // image component then names another file, and is not joined to it.)
        const file = unitFile.get(w.unit.id) ?? fileOf(w);
        const ports = names.get(`${w.file}\0${w.id}`);
        w.file = file;
        if (ports)
            part.portNames.set(`${file}\0${w.id}`, ports);
    }
    for (const [key, ports] of names)
        if (!key.startsWith(`${virtual}\0`))
            part.portNames.set(key, ports);
    for (const svc of part.services) {
        if (svc.file !== virtual)
            continue;
        svc.file = svc.pods?.length ? (unitFile.get(svc.pods[0]) ?? svc.pos.file) : svc.pos.file;
    }
    for (const route of part.routes)
        if (route.file === virtual)
            route.file = route.pos.file;
}
function fileOf(w) {
    return w.image?.pos.file ?? w.pos.file;
}
function remapNotices(notices, virtual, map) {
    return notices.map((n) => {
        if (n.file !== virtual)
            return n;
        const to = map(n.line ?? 1);
        return { ...n, file: to.file, line: to.line, column: undefined };
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/readers/helm/render.ts
// Runs `helm template` on a copy of a chart, as if the chart were hostile (it is: whoever opens the pull
// request writes it). helm is the program found on the PATH outside the scanned tree (like git), started by
// its absolute path from a temporary folder, with an environment of PATH and temporary HOME and HELM_*
// folders only (no token, no INPUT_*, nothing else of this process), without hooks, tests, dependency
// updates or cluster access, and stopped when it runs too long, prints too much or takes too much memory
// (a template can `range` over a billion items before it prints anything).


/** How often the memory of a running helm is looked at. */
const WATCH_MS = 50;
/** Bytes of helm's error output kept for the notice. */
const MAX_ERROR_BYTES = 64 * 1024;
function renderChart(request) {
    const { limits } = request;
    const args = ["template", request.release, request.chart, "--namespace", "default", "--no-hooks", "--skip-tests", ...request.values.flatMap((file) => ["--values", file])];
    const env = {
        PATH: request.path,
        HOME: request.home,
        HELM_CACHE_HOME: `${request.home}/cache`,
        HELM_CONFIG_HOME: `${request.home}/config`,
        HELM_DATA_HOME: `${request.home}/data`,
    };
    return new Promise((resolve) => {
        let settled = false;
        const out = [];
        let outBytes = 0;
        const err = [];
        let errBytes = 0;
        let stopped;
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(request.helm, args, { cwd: request.home, env, stdio: ["ignore", "pipe", "pipe"], windowsHide: true, shell: false });
        }
        catch (error) {
            resolve({ failed: `helm could not be started (${error.message})` });
            return;
        }
        const stop = (why) => {
            if (stopped !== undefined)
                return;
            stopped = why;
            child.kill("SIGKILL");
        };
        const timer = setTimeout(() => stop(`helm did not finish within ${Math.round(limits.timeoutMs / 1000)} s`), limits.timeoutMs);
        const watch = process.platform === "linux" ? setInterval(() => rssOver(child.pid, limits.maxRssBytes) && stop(`helm used more than ${Math.round(limits.maxRssBytes / 1024 / 1024)} MiB of memory`), WATCH_MS) : undefined;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (watch)
                clearInterval(watch);
            resolve(result);
        };
        child.stdout?.on("data", (chunk) => {
            outBytes += chunk.length;
            if (outBytes > limits.maxOutputBytes)
                stop(`helm printed more than ${Math.round(limits.maxOutputBytes / 1024 / 1024)} MiB`);
            else
                out.push(chunk);
        });
        child.stderr?.on("data", (chunk) => {
            if (errBytes < MAX_ERROR_BYTES)
                err.push(chunk.subarray(0, MAX_ERROR_BYTES - errBytes));
            errBytes += chunk.length;
        });
        child.on("error", (error) => finish({ failed: `helm could not be run (${error.message})` }));
        child.on("close", (code, signal) => {
            if (stopped !== undefined)
                return finish({ failed: stopped });
            if (code === 0)
                return finish({ output: Buffer.concat(out).toString("utf8") });
            const message = errorLine(Buffer.concat(err).toString("utf8"));
            finish({ failed: message ? `helm template failed: ${message}` : `helm template exited with ${code ?? signal}` });
        });
    });
}
/** Whether the process uses more resident memory than `max` (false when it cannot be told). */
function rssOver(pid, max) {
    if (pid === undefined)
        return false;
    try {
        // `VmRSS:   123456 kB`
        const status = (0,external_node_fs_.readFileSync)(`/proc/${pid}/status`, "utf8");
        const at = status.indexOf("VmRSS:");
        if (at < 0)
            return false;
        const kb = Number.parseInt(status.slice(at + 6, status.indexOf("\n", at)).trim(), 10);
        return Number.isFinite(kb) && kb * 1024 > max;
    }
    catch {
        return false;
    }
}
/** The first `Error:` line of helm's output, shortened: a nested template error can run to megabytes. */
function errorLine(stderr) {
    const lines = stderr.split("\n").map((l) => l.trim());
    const line = lines.find((l) => l.startsWith("Error:")) ?? lines.find((l) => l !== "") ?? "";
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    const clean = line.replace(/^Error:\s*/, "").replace(/[\u0000-\u001f\u007f]/g, " ");
    return clean.length > 300 ? `${clean.slice(0, 150)} … ${clean.slice(-140)}` : clean;
}

// EXTERNAL MODULE: ./src/readers/comments.ts
var comments = __webpack_require__(5576);
;// CONCATENATED MODULE: ./src/readers/helm/index.ts
// The Helm reader: a chart (a folder with Chart.yaml) is rendered with `helm template` when a helm program is
// found on the PATH outside the tree, with its own values and the values files the config names, on a copy
// of its files (render.ts, copy.ts); the rendered manifests are read by the Kubernetes reader and every
// position is moved back to the template or values line it comes from (map.ts). Without helm, or when
// rendering fails, a chart that is (or depends on) a well-known chart of an AI service is read from its
// values (fallback.ts, src/catalog/charts.ts), and a notice says why it was not rendered.















/** A chart is read as a folder (readTree); on its own, its Chart.yaml holds nothing to check. */
function read() {
    return { part: (0,part/* emptyPart */.b)(), notices: [] };
}
async function readTree(file, tree) {
    const dir = file.path.slice(0, file.path.lastIndexOf("/") + 1);
    const notices = [];
    const meta = readChartYaml(dir, file.path, file.text);
    const subcharts = "error" in meta ? [] : findSubcharts(meta, tree, notices);
    const charts = [dir, ...subcharts.map((s) => s.meta.dir)];
    if ("error" in meta) {
        notices.push({ file: file.path, kind: "warning", message: `${meta.error}; the chart was not rendered and its templates were not checked` });
        return { part: (0,part/* emptyPart */.b)(), notices, files: [], covers: [], charts };
    }
    const own = readValues(tree, `${dir}values.yaml`, notices, false);
    const key = dir === "" ? "." : dir.slice(0, -1);
    const named = (tree.helm.values[key] ?? []).map((path) => ({ path, ...readValues(tree, path, notices, true) }));
    const given = named.filter((v) => v.text !== undefined);
    const layers = { subcharts, own: own.root, given: given.flatMap((v) => v.root ?? []) };
    let why;
    if (!tree.helm.render)
        why = "rendering is switched off (helm.render: false)";
    else {
        const helm = helmProgram(tree);
        if (!helm)
            why = "no helm program found on the PATH";
        else if (tree.helm.budget.msLeft <= 0)
            why = "the time for rendering charts in this scan ran out";
        else {
            const rendered = await renderCopy(helm, meta, tree, given, notices);
            if ("output" in rendered) {
                const result = readRendered(meta, rendered.output, tree, layers, notices);
                // What helm rendered is read; other manifests in the chart's folder (examples, CRDs) on their own.
                return { ...result, charts, covers: charts.map((chart) => `${chart}templates/`) };
            }
            why = rendered.failed;
        }
    }
    return { ...readValuesOnly(meta, why, tree, layers, own, given, notices), charts, covers: [] };
}
/** The charts under `charts/` (at any depth) that the tree holds as folders. */
function findSubcharts(top, tree, notices) {
    const found = [];
    const chartFiles = chartYamls(tree).filter((path) => path.startsWith(`${top.dir}charts/`));
    const visit = (parent, helmPath, prefix, depth) => {
        if (depth > 8 || found.length > 200)
            return;
        const base = `${parent.dir}charts/`;
        for (const path of chartFiles) {
            if (!path.startsWith(base))
                continue;
            const rest = path.slice(base.length);
            const slash = rest.indexOf("/");
            if (slash < 0 || rest.slice(slash + 1) !== "Chart.yaml")
                continue;
            const text = readText(tree, path);
            if (text === undefined)
                continue;
            const meta = readChartYaml(`${base}${rest.slice(0, slash + 1)}`, path, text);
            if ("error" in meta)
                continue;
            // Helm names a subchart by its alias in the parent's dependencies, else by its own name.
            const aliases = parent.dependencies.filter((d) => d.name === meta.name && d.alias).map((d) => d.alias);
            for (const name of aliases.length ? aliases : [meta.name]) {
                const values = readValues(tree, `${meta.dir}values.yaml`, notices, false);
                const sub = { meta, helmPath: [...helmPath, "charts", name], prefix: [...prefix, name], values: values.root, valuesKeys: keysOf(values.root) };
                found.push(sub);
                visit(meta, sub.helmPath, sub.prefix, depth + 1);
            }
        }
    };
    visit(top, [top.name], [], 0);
    return found;
}
/** Every Chart.yaml the tree lists, found once per scan (a scan's file list can hold 100,000 paths). */
const chartYamlLists = new WeakMap();
function chartYamls(tree) {
    let list = chartYamlLists.get(tree.listed);
    if (!list)
        chartYamlLists.set(tree.listed, (list = [...tree.listed].filter((path) => path.endsWith("/Chart.yaml"))));
    return list;
}
/** helm on the PATH outside the tree, looked for once per scan. */
const helms = new WeakMap();
function helmProgram(tree) {
    if (!helms.has(tree.helm))
        helms.set(tree.helm, (0,program/* resolveProgram */.d)("helm", tree.root, { env: { PATH: tree.helm.path } }));
    return helms.get(tree.helm);
}
function keysOf(node) {
    return new Set(node?.kind === "map" ? node.entries.keys() : []);
}
/** Text of a file of the tree, never through a symbolic link; undefined when absent, binary or too large. */
function readText(tree, path) {
    if (!tree.listed.has(path))
        return undefined;
    const read = readPlain(tree.root, path, tree.maxBytes);
    if (!Buffer.isBuffer(read) || read.subarray(0, 8192).includes(0))
        return undefined;
    return read.toString("utf8").replace(/^\uFEFF/, "");
}
function readValues(tree, path, notices, named) {
    const text = readText(tree, path);
    if (text === undefined) {
        if (named)
            notices.push({ file: path, kind: "warning", message: "values file named by the config (helm.values) is not in the tree, or cannot be read as text; not used" });
        return {};
    }
    const parsed = readValuesFile(path, text);
    if (parsed.error)
        notices.push({ file: path, kind: "warning", message: `${parsed.error}; not used` });
    return { text, root: parsed.root };
}
/** Copies the chart and the named values files to a temporary folder, renders them, and removes the folder. */
async function renderCopy(helm, meta, tree, given, notices) {
    const home = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "aia-helm-"));
    const started = Date.now();
    try {
        for (const folder of ["cache", "config", "data", "values"])
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(home, folder));
        const chart = (0,external_node_path_.join)(home, "chart");
        const { limits } = tree.helm;
        let copy;
        try {
            copy = copyChart(tree.root, meta.dir, tree.listed, chart, { maxFiles: limits.maxFiles, maxBytes: limits.maxChartBytes, maxFileBytes: tree.maxBytes });
        }
        catch (error) {
            return { failed: `the chart could not be copied for helm (${error.code ?? "error"})` };
        }
        if ("refused" in copy)
            return { failed: copy.refused };
        if (copy.left.length > 0) {
            const first = copy.left[0];
            notices.push({ file: meta.file, kind: "warning", message: `${copy.left.length} file${copy.left.length > 1 ? "s" : ""} of the chart left out of the copy helm renders (${first.path}: ${first.why}${copy.left.length > 1 ? ", …" : ""})` });
        }
        const values = given.map((v, i) => {
            const target = (0,external_node_path_.join)(home, "values", `${i}.yaml`);
            (0,external_node_fs_.writeFileSync)(target, v.text ?? "");
            return target;
        });
        const timeoutMs = Math.max(1, Math.min(limits.timeoutMs, tree.helm.budget.msLeft));
        const result = await renderChart({ helm, chart, values, release: dnsName(meta.name), home, path: tree.helm.path, limits: { ...limits, timeoutMs } });
        return "failed" in result ? { failed: result.failed.split(chart).join(meta.dir.replace(/\/$/, "") || ".").split(home).join("(temporary folder)") } : result;
    }
    finally {
        tree.helm.budget.msLeft -= Date.now() - started;
        (0,external_node_fs_.rmSync)(home, { recursive: true, force: true });
    }
}
/** Helm's merge of a chart's values: subcharts' own values under their names, the chart's, then the named files. */
function mergedValues(layers, lowest = []) {
    let values;
    for (const layer of lowest)
        values = merge(values, layer);
    const deepestFirst = [...layers.subcharts].sort((a, b) => b.prefix.length - a.prefix.length);
    for (const sub of deepestFirst)
        if (sub.values)
            values = merge(values, under(sub.prefix, sub.values));
    values = merge(values, layers.own);
    for (const layer of layers.given)
        values = merge(values, layer);
    return values;
}
function readRendered(meta, output, tree, layers, notices) {
    const virtual = virtualPath(meta.dir);
    const texts = new Map();
    const textOf = (path) => {
        if (!texts.has(path))
            texts.set(path, readText(tree, path));
        return texts.get(path);
    };
    const charts = new Map([[meta.name, { dir: meta.dir, prefix: [] }]]);
    for (const sub of layers.subcharts)
        charts.set(sub.helmPath.join("/"), { dir: sub.meta.dir, prefix: sub.prefix });
    const templates = (source) => {
        const at = source.lastIndexOf("/templates/");
        const chart = at < 0 ? undefined : charts.get(source.slice(0, at));
        if (!chart || at < 0) {
            // A subchart packaged as .tgz has no lines in the tree: its entry in Chart.yaml's dependencies stands for it.
            const name = source.split("/")[2];
            const dependency = source.split("/")[1] === "charts" ? meta.dependencies.find((d) => (d.alias ?? d.name) === name) : undefined;
            return { prefix: chart?.prefix ?? [], anchor: dependency?.pos };
        }
        const path = `${chart.dir}${source.slice(at + 1)}`;
        const text = textOf(path);
        return text === undefined ? { prefix: chart.prefix } : { path, text, prefix: chart.prefix };
    };
    const documents = (0,parsers_yaml/* parseYaml */.hN)(output).documents;
    const map = new RenderedMap(chunksOf(output), documents, templates, mergedValues(layers), meta.pos);
    const used = new Set([meta.file]);
    const to = (line) => {
        const pos = map.map(line);
        used.add(pos.file);
        return pos;
    };
    const result = (0,kubernetes.read)({ path: virtual, text: output });
    remapPart(result.part, virtual, to);
    notices.push(...remapNotices(result.notices, virtual, to));
    return { part: result.part, notices, files: sourceTexts(used, meta, textOf, tree) };
}
function sourceTexts(used, meta, textOf, tree) {
    return [...used].flatMap((path) => {
        const text = path === meta.file ? undefined : (textOf(path) ?? readText(tree, path));
        return path === meta.file || text === undefined ? [] : [{ path, text }];
    });
}
function readValuesOnly(meta, why, tree, layers, own, given, notices) {
    const direct = new Map(layers.subcharts.filter((s) => s.prefix.length === 1).map((s) => [s.meta.name, { meta: s.meta, valuesKeys: s.valuesKeys }]));
    const found = recognise(meta, keysOf(layers.own), direct);
    if (found.length === 0) {
        notices.push({ file: meta.file, kind: "warning", message: `chart ${meta.name} was not rendered (${why}), and is not a well-known chart of an AI service whose values can be read instead: its templates were not checked` });
        return { part: (0,part/* emptyPart */.b)(), notices, files: [] };
    }
    const values = mergedValues(layers, defaultLayers(found));
    const written = manifests(found, values, dnsName(meta.name), meta.dir);
    const virtual = virtualPath(meta.dir);
    const used = new Set([meta.file]);
    const to = (line) => {
        const pos = written.origins[line - 1] ?? meta.pos;
        used.add(pos.file);
        return pos;
    };
    const result = (0,kubernetes.read)({ path: virtual, text: written.text });
    remapPart(result.part, virtual, to);
    markComponents(result.part, written.products, written.config);
    notices.push(...remapNotices(result.notices, virtual, to));
    notices.push({ file: meta.file, kind: "warning", message: `chart ${meta.name} was not rendered (${why}); read from its values as ${written.summary.join("; ")}, taking the chart's defaults for keys the values leave out` });
    const texts = new Map([[`${meta.dir}values.yaml`, own.text], ...given.map((g) => [g.path, g.text])]);
    return { part: result.part, notices, files: sourceTexts(used, meta, (path) => texts.get(path), tree) };
}
/** Components of well-known charts: the product the chart runs, and settings only part of the pod spec shows. */
function markComponents(part, products, config) {
    for (const w of part.workloads) {
        const product = products.get(w.id);
        if (!product)
            continue;
        w.chartProduct = product;
        // Made from some of the chart's values: what the templates add besides is not known.
        w.partial = true;
        // Each configuration line the values give, named by its key (messages say "<setting> in <path>").
        for (const c of config)
            if (c.workloadId === w.id)
                (w.configFiles ??= []).push({ path: c.label, target: "(chart values)", lines: [{ value: c.text, pos: c.pos, origin: "own" }] });
    }
}


/***/ })

};
