export const id = 435;
export const ids = [435];
export const modules = {

/***/ 2395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zn: () => (/* binding */ LOOPBACK_HOST),
/* harmony export */   lx: () => (/* binding */ ALL_INTERFACES_VALUE),
/* harmony export */   m1: () => (/* binding */ LOOPBACK_VALUE)
/* harmony export */ });
// Addresses with a fixed meaning, named once.
/** A host address only the machine itself reaches: 127.0.0.0/8, ::1 and `localhost` (RFC 1122 §3.2.1.3, RFC 4291 §2.5.3). */
const LOOPBACK_HOST = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|localhost)$/i;
/** Loopback as a catalog knob value (matched whole, case-insensitive). */
const LOOPBACK_VALUE = "127\\.0\\.0\\.1|localhost|::1|\\[::1\\]";
/** Every interface as a catalog knob value: 0.0.0.0 and :: (bracketed or not). */
const ALL_INTERFACES_VALUE = "0\\.0\\.0\\.0|::|\\[::\\]";


/***/ }),

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

/***/ 2692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ resolveProgram)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2627);
// Finds a program (git) by PATH without ever picking one from the scanned tree. On Windows, the program
// search of CreateProcess looks in the current directory first, so spawning `git` with the scanned root as
// the working directory would run a `git.exe` committed in the repository. So: only absolute PATH entries
// outside the root are searched, the program is spawned by its absolute path, and its working directory is
// the program's own folder (never the tree; git is pointed at the tree with `-C`).



/** The absolute path of `name` (`git`), or undefined when PATH holds none outside `root`. */
function resolveProgram(name, root, search = {}) {
    const platform = search.platform ?? process.platform;
    const env = search.env ?? process.env;
    const windows = platform === "win32";
    // The platform's rules decide what is absolute; the host's path functions do the file system work.
    const path = windows ? node_path__WEBPACK_IMPORTED_MODULE_1__.win32 : node_path__WEBPACK_IMPORTED_MODULE_1__.posix;
    const pathVar = windows ? (Object.entries(env).find(([k]) => k.toUpperCase() === "PATH")?.[1] ?? "") : (env.PATH ?? "");
    let realRoot;
    try {
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return undefined;
    }
    // Only `.exe` on Windows: `.bat` and `.cmd` files need a shell, which is never used.
    const fileName = windows ? `${name}.exe` : name;
    for (const entry of pathVar.split(windows ? ";" : ":")) {
        const dir = entry.trim().replace(/^"(.*)"$/, "$1");
        // `""`, `.` and relative entries mean the current directory, which is where the tree would be.
        if (!dir || !path.isAbsolute(dir))
            continue;
        let realDir;
        try {
            realDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
        }
        catch {
            continue;
        }
        if ((0,_inside_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(realDir, realRoot))
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realDir, fileName);
        try {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(candidate);
            if ((0,_inside_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(real, realRoot) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isFile())
                continue;
            if (!windows)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            continue;
        }
    }
    return undefined;
}


/***/ }),

/***/ 7226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ groupBy)
/* harmony export */ });
/** Values grouped by a key, in their order: one pass, each value pushed once. */
function groupBy(values, key) {
    const groups = new Map();
    for (const value of values) {
        const k = key(value);
        const group = groups.get(k);
        if (group)
            group.push(value);
        else
            groups.set(k, [value]);
    }
    return groups;
}


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ MAX_OVERLAY_SERVICES),
/* harmony export */   Kv: () => (/* binding */ servicePatchFromOps),
/* harmony export */   WQ: () => (/* binding */ kustomizedServices),
/* harmony export */   is: () => (/* binding */ applyKustomizeImages)
/* harmony export */ });
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1444);
/* harmony import */ var _catalog_load_balancers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5201);
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7226);
// Kustomize: `images:` entries replace the image references of the manifests a kustomization includes
// (the entry is the image that gets deployed, so it becomes the component, the references it replaces
// are marked overridden, and the workloads that run them are judged on the deployed image), and patches
// that change a Service's type give the overlay a Service of its own.



function applyKustomizeImages(kustomizations, components, workloads) {
    const runners = new Map(workloads.map((w) => [`${w.file}\0${w.id}`, w]));
    const byDir = new Map(kustomizations.map((k) => [k.dir, k]));
    // Components by file and image name: each entry looks up the files its kustomization includes.
    const byFile = (0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupBy */ .$)(components.filter((c) => c.type === "image"), (c) => c.pos.file);
    const added = [];
    for (const k of kustomizations) {
        if (k.images.length === 0)
            continue;
        const files = includedFiles(k, byDir);
        const candidates = [...files].flatMap((f) => byFile.get(f) ?? []);
        for (const entry of k.images) {
            const replaced = candidates.filter((c) => (0,_image_js__WEBPACK_IMPORTED_MODULE_0__/* .imageName */ .t)(c.image) === entry.name || c.image.repository === entry.name);
            // Only a new tag or digest decides the version; `newName` alone keeps the tag of what it replaces.
            if (!entry.newTag && !entry.digest)
                continue;
            const ref = `${entry.newName ?? entry.name}${entry.digest ? `@${entry.digest}` : `:${entry.newTag}`}`;
            const image = (0,_image_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(ref, entry.pos);
            for (const c of replaced) {
                c.overridden = true;
                const runner = runners.get(`${c.pos.file}\0${c.workloadId}`);
                // The version the rules judge is the deployed one; the finding still points at the manifest.
                if (runner?.image)
                    runner.image = { ...image, pos: runner.image.pos };
            }
            added.push({ type: "image", name: ref, version: image.tag, image, pos: entry.pos });
        }
    }
    return added;
}
/** Patched Services the overlays may add in all; more are left out with a notice. */
const MAX_OVERLAY_SERVICES = 10_000;
const OVERLAY_FIX = "Drop the patch that changes the Service's type or external IPs (leave it ClusterIP) and reach it through an authenticated Ingress or kubectl port-forward; at least restrict loadBalancerSourceRanges in the patch.";
/** A JSON pointer's `~1` and `~0` escapes, undone (`/metadata/annotations/service.beta.kubernetes.io~1aws-…`). */
function unescapePointer(segment) {
    return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
/** What JSON 6902 operations on a Service change: its type, external IPs, an internal load balancer setting. */
function servicePatchFromOps(target, ops) {
    const patch = { target };
    for (const op of ops) {
        if (op.op !== "add" && op.op !== "replace")
            continue;
        const path = op.path.split("/").slice(1).map(unescapePointer);
        if (path[0] === "spec" && path[1] === "type" && path.length === 2 && op.value !== undefined)
            patch.type = { value: op.value, pos: op.pos };
        else if (path[0] === "spec" && path[1] === "externalIPs")
            patch.externalIps = op.pos;
        else if (path[0] === "metadata" && path[1] === "annotations" && path.length === 3 && op.value !== undefined)
            patch.internal ??= internalAnnotation(path[2], op.value, op.pos);
        else if (path[0] === "spec" && path[1] === "loadBalancerClass" && op.value !== undefined)
            patch.internal ??= internalClass(op.value, op.pos);
    }
    return patch;
}
function internalAnnotation(key, value, pos) {
    const setting = _catalog_load_balancers_js__WEBPACK_IMPORTED_MODULE_1__/* .INTERNAL_SERVICE_LOAD_BALANCER */ .Y.find((s) => s.field === "annotation" && s.key === key && s.value.test(value.trim()));
    return setting ? { text: `${key}: ${value.trim()}`, pos } : undefined;
}
function internalClass(value, pos) {
    const setting = _catalog_load_balancers_js__WEBPACK_IMPORTED_MODULE_1__/* .INTERNAL_SERVICE_LOAD_BALANCER */ .Y.find((s) => s.field === "loadBalancerClass" && s.value.test(value.trim()));
    return setting ? { text: `loadBalancerClass: ${value.trim()}`, pos } : undefined;
}
/**
 * The Services of kustomize overlays: a patch that changes a Service's type (to LoadBalancer, NodePort),
 * adds external IPs or makes its load balancer internal gives the overlay its own copy of the Service it
 * patches, anchored at the patch line; the patched Service and its workloads are those of the files the
 * kustomization includes. The Services in strategic-merge patch files are fragments, not Services of their
 * own: they are returned to be left out.
 */
function kustomizedServices(kustomizations, services, referenced) {
    const byFile = (0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupBy */ .$)(services, (s) => s.file);
    const fragments = new Set();
    const overlays = [];
    const byDir = new Map(kustomizations.map((k) => [k.dir, k]));
    const patchesOf = (k) => {
        const patches = [...k.servicePatches];
        for (const file of k.patchFiles) {
            for (const svc of byFile.get(file) ?? []) {
                fragments.add(svc);
                patches.push({ target: { name: svc.name, namespace: svc.namespace }, type: svc.typeWritten ? { value: svc.type, pos: svc.pos } : undefined, externalIps: svc.externalIps ? svc.pos : undefined, internal: svc.internal });
            }
        }
        for (const { path, target } of k.opsFiles) {
            if ((target.kind ?? "Service") !== "Service" || !target.name)
                continue;
            const ops = referenced.patchOps(path);
            if (ops)
                patches.push(servicePatchFromOps({ name: target.name, namespace: target.namespace }, ops));
        }
        return patches.filter((p) => p.type || p.externalIps || p.internal);
    };
    const all = kustomizations.map((k) => ({ k, patches: patchesOf(k) }));
    for (const { k, patches } of all) {
        if (patches.length === 0)
            continue;
        const bases = (0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupBy */ .$)([...includedFiles(k, byDir)].flatMap((f) => byFile.get(f) ?? []).filter((s) => !fragments.has(s)), (s) => s.name);
        // One copy per patched Service: several patches of one Service add up, the later one winning a field.
        const merged = new Map();
        for (const patch of patches) {
            for (const base of bases.get(patch.target.name) ?? []) {
                if (patch.target.namespace && base.namespace !== patch.target.namespace)
                    continue;
                const before = merged.get(base);
                merged.set(base, before ? { target: patch.target, type: patch.type ?? before.type, externalIps: patch.externalIps ?? before.externalIps, internal: patch.internal ?? before.internal } : patch);
            }
        }
        for (const [base, patch] of merged) {
            // Thousands of overlays of thousands of Services would add nothing the first ones do not.
            if (overlays.length === MAX_OVERLAY_SERVICES)
                return { overlays, fragments, capped: true };
            const type = patch.type?.value ?? base.type;
            const externalIps = base.externalIps || patch.externalIps !== undefined;
            const anchor = patch.type && type !== "ClusterIP" ? patch.type.pos : (patch.externalIps ?? patch.internal?.pos ?? base.pos);
            overlays.push({ ...base, id: `${base.id}@${k.dir}`, type, typeWritten: true, externalIps, internal: patch.internal ?? base.internal, patchedIn: k.dir, exposureFix: OVERLAY_FIX, pos: anchor });
        }
    }
    return { overlays, fragments, capped: false };
}
/** The files a kustomization includes, through the kustomizations it names. */
function includedFiles(k, byDir, seen = new Set()) {
    const files = new Set();
    if (seen.has(k.dir))
        return files;
    seen.add(k.dir);
    for (const resource of k.resources) {
        const nested = byDir.get(resource);
        if (nested)
            for (const f of includedFiles(nested, byDir, seen))
                files.add(f);
        else
            files.add(resource);
    }
    return files;
}


/***/ }),

/***/ 3351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ addLinkedExposure),
/* harmony export */   ro: () => (/* binding */ repeatedServices)
/* harmony export */ });
/* unused harmony export MAX_LINKED_EXPOSURES */
// Bounds on what linking Services and Ingresses may add: thousands of Services selecting the same
// thousands of workloads would give millions of exposures that the rules then judge one by one.
/** Exposures one workload collects through Services and Ingresses before only those that add something are kept. */
const MAX_LINKED_EXPOSURES = 16;
const linked = new WeakMap();
/**
 * Adds an exposure found by linking a Service or an Ingress. Past MAX_LINKED_EXPOSURES for a workload,
 * an exposure is kept only when it adds what a judgement could turn on: a port (or every port) reachable
 * from the network without an authenticating proxy that was not yet. So padding with harmless or private
 * Services never hides the one that matters.
 */
function addLinkedExposure(workload, exposure) {
    let seen = linked.get(workload);
    if (!seen)
        linked.set(workload, (seen = { count: 0, openPorts: new Set(), openAny: false }));
    const open = !exposure.authenticatedProxy && exposure.reach === "network";
    const adds = open && (exposure.containerPorts.length === 0 ? !seen.openAny : exposure.containerPorts.some((p) => !seen.openPorts.has(p)));
    if (seen.count >= MAX_LINKED_EXPOSURES && !adds)
        return;
    seen.count++;
    if (open) {
        if (exposure.containerPorts.length === 0)
            seen.openAny = true;
        for (const p of exposure.containerPorts)
            seen.openPorts.add(p);
    }
    workload.exposures.push(exposure);
}
/**
 * Whether a Service is the same as MAX_LINKED_EXPOSURES before it (file, namespace, selector, ports, type):
 * its exposures would add nothing (see addLinkedExposure), and linking it would still cost a pass over
 * every workload it selects.
 */
function repeatedServices() {
    const counts = new Map();
    return (svc) => {
        // The file too: which workloads a Service reaches prefers those nearest to it.
        const key = JSON.stringify([svc.file, svc.namespace, svc.selector, svc.ports.map((p) => [p.port, p.targetPort]), svc.type, svc.externalIps ?? null, svc.internal ? 1 : 0]);
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        return n > MAX_LINKED_EXPOSURES;
    };
}


/***/ }),

/***/ 2389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ normalizePypiName),
/* harmony export */   _: () => (/* binding */ comparableName)
/* harmony export */ });
// How package names compare: one definition for the readers that write them and the matching that
// compares them with advisories.
/** PEP 503: lower case, every run of `-`, `_` and `.` as one `-` (`Flash_Attn` is `flash-attn`). */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, "-");
}
/**
 * A package name as its ecosystem compares names: PyPI's normalised (PEP 503); conda's and GitHub's
 * `owner/repo` in lower case (conda keeps `_` and `-` apart); every other ecosystem's exactly as written.
 * An ecosystem with a release suffix (OSV's `Debian:12`) compares by its base.
 */
function comparableName(ecosystem, name) {
    const base = ecosystem.includes(":") ? ecosystem.slice(0, ecosystem.indexOf(":")) : ecosystem;
    if (base === "PyPI")
        return normalizePypiName(name);
    return base === "conda" || base === "GitHub" ? name.toLowerCase() : name;
}


/***/ }),

/***/ 684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ emptyPart)
/* harmony export */ });
function emptyPart() {
    return { workloads: [], components: [], services: [], routes: [], kustomizations: [], patchFiles: [], secretValues: [], configMaps: [], portNames: new Map(), buildStages: [], firewallRules: [], helmReleases: [], managedEndpoints: [], gpuInstances: [] };
}


/***/ }),

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ interpolate),
/* harmony export */   Mq: () => (/* binding */ MAX_INTERPOLATION_DEPTH),
/* harmony export */   X1: () => (/* binding */ braceMatches)
/* harmony export */ });
/* unused harmony export matchingBrace */
// Compose-style variable interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
// `$VAR` and `$$`. A variable without a default is left as written: whoever deploys sets it.
/**
 * Defaults nested deeper than this (`${A:-${B:-${C:-…}}}`) are left as written, as a variable: real files
 * nest two or three levels, and a hostile one must cost neither a deep recursion nor a scan per level.
 */
const MAX_INTERPOLATION_DEPTH = 16;
/**
 * Compose interpolation. `lookup` gives the value of a variable when it is set (compose reads the
 * project's `.env`), undefined when it is not; without it no variable is set.
 */
function interpolate(text, lookup = () => undefined, depth = 0) {
    if (depth > MAX_INTERPOLATION_DEPTH)
        return { value: text, source: "variable", used: [] };
    let out = "";
    let sawVariable = false;
    let sawDefault = false;
    const used = [];
    const resolved = (name, value) => {
        used.push(name);
        sawDefault = true;
        return value;
    };
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch !== "$") {
            out += ch;
            i++;
            continue;
        }
        const next = text[i + 1];
        if (next === "$") {
            out += "$";
            i += 2;
            continue;
        }
        if (next === "{") {
            const end = matchingBrace(text, i + 1);
            if (end < 0) {
                out += text.slice(i);
                break;
            }
            const body = text.slice(i + 2, end);
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body);
            const set = m ? lookup(m[1]) : undefined;
            // `${VAR:-d}` and `${VAR:?e}` need a non-empty value; `${VAR-d}`, `${VAR?e}` and `${VAR}` a set one.
            const usable = set !== undefined && (set !== "" || !m?.[2]?.startsWith(":"));
            if (m && usable && (m[2] === undefined || !m[2].endsWith("+"))) {
                out += resolved(m[1], set);
            }
            else if (m && (m[2] === ":-" || m[2] === "-")) {
                const inner = interpolate(m[3] ?? "", lookup, depth + 1);
                out += inner.value;
                used.push(...inner.used);
                sawDefault = true;
                if (inner.source === "variable")
                    sawVariable = true;
            }
            else {
                out += text.slice(i, end + 1);
                sawVariable = true;
            }
            i = end + 1;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
        if (name) {
            const set = lookup(name[0]);
            if (set !== undefined)
                out += resolved(name[0], set);
            else {
                out += "$" + name[0];
                sawVariable = true;
            }
            i += 1 + name[0].length;
            continue;
        }
        out += ch;
        i++;
    }
    return { value: out, source: sawVariable ? "variable" : sawDefault ? "variable-default" : "literal", used };
}
/**
 * For every `{` of `text`, the index of the `}` that closes it (-1 when none does), in one pass: code that
 * looks for many closing braces in one text must not scan to its end once per `{`.
 */
function braceMatches(text) {
    const matches = new Int32Array(text.length).fill(-1);
    const open = [];
    for (let j = 0; j < text.length; j++) {
        if (text[j] === "{")
            open.push(j);
        else if (text[j] === "}" && open.length > 0)
            matches[open.pop()] = j;
    }
    return matches;
}
/** The index of the `}` that closes the `{` at `open`, or -1. */
function matchingBrace(text, open) {
    let depth = 0;
    for (let j = open; j < text.length; j++) {
        if (text[j] === "{")
            depth++;
        else if (text[j] === "}" && --depth === 0)
            return j;
    }
    return -1;
}


/***/ }),

/***/ 9500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ sniffConda),
/* harmony export */   q9: () => (/* binding */ CONDA_NAME),
/* harmony export */   tz: () => (/* binding */ packageFileKind)
/* harmony export */ });
// Which files the packages reader takes, by name: kept apart from the parsers so that claiming a file
// loads none of them.
/**
 * `requirements.txt`, `requirements-dev.txt`, `dev-requirements.txt`, `requirements_gpu.txt`, and any
 * `.txt` in a `requirements/` folder (`requirements/base.txt`); `constraints.txt` pins the same way.
 */
const REQUIREMENTS = /^(?:[\w.-]*[-_.])?(?:requirements|constraints)(?:[-_.][\w.-]*)?\.(?:txt|in)$/i;
const IN_REQUIREMENTS_DIR = /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/i;
const BY_NAME = [
    [/^Pipfile\.lock$/, "pipfile-lock"],
    [/^poetry\.lock$/, "poetry-lock"],
    [/^uv\.lock$/, "uv-lock"],
    [/^pyproject\.toml$/, "pyproject"],
    [/^(?:package-lock|npm-shrinkwrap)\.json$/, "npm-lock"],
    [/^yarn\.lock$/, "yarn-lock"],
    [/^pnpm-lock\.ya?ml$/, "pnpm-lock"],
    [/^go\.mod$/, "go-mod"],
    [/^Cargo\.lock$/, "cargo-lock"],
];
/** The kind of package file `path` is by its name; undefined when it is none (a conda file is told by its content). */
function packageFileKind(path) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    if (REQUIREMENTS.test(base) || IN_REQUIREMENTS_DIR.test(path))
        return "requirements";
    if (CONDA_NAME.test(base))
        return "conda";
    return BY_NAME.find(([name]) => name.test(base))?.[1];
}
/** conda's `environment.yml` (also `environment-gpu.yaml`, `conda.yaml`): YAML, so claimed only when its content says so. */
const CONDA_NAME = /^(?:environment|conda|env)(?:[-_.][\w.-]*)?\.ya?ml$/i;
/** A conda environment file: top-level `dependencies:` with no Kubernetes or compose keys. */
function sniffConda(text) {
    return /^dependencies[ \t]*:/m.test(text) && !/^(?:apiVersion|kind|services)[ \t]*:/m.test(text);
}


/***/ }),

/***/ 2435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scan: () => (/* binding */ scan)
});

// UNUSED EXPORTS: DEFAULT_MAX_FILE_BYTES, HELM_BUDGET_MS, HELM_LIMITS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/wildcard.ts
var wildcard = __webpack_require__(2307);
;// CONCATENATED MODULE: ./src/analyze/config-files.ts
// Configuration files a workload mounts from the repository (`./redis.conf:/usr/local/etc/redis/redis.conf`)
// are read, so that settings written there (`requirepass`, `api_key:`) count like flags and variables.
// A file mounted from outside the repository may set anything.


function attachConfigFiles(workload, configPaths, referenced, findConfigMap) {
    const command = new Set(workload.argv.flatMap((a) => a.value.split(/\s+/)));
    for (const volume of workload.volumes) {
        if (!volume.source || !volume.target)
            continue;
        const target = volume.target;
        // A ConfigMap or Secret is mounted as a folder: it matters when the command or the product reads a file in it.
        if (volume.kind === "other") {
            const readsFile = (path) => command.has(path) || configPaths.some((glob) => (0,wildcard/* wildcard */.X)(glob).test(path));
            const configMap = /^ConfigMap /.test(volume.source) ? findConfigMap(workload.namespace ?? "default", volume.source.slice("ConfigMap ".length)) : undefined;
            if (configMap) {
                for (const [key, lines] of configMap.files) {
                    // With `subPath: <key>` the key is mounted as the file `target` itself.
                    if (volume.subPath !== undefined && volume.subPath !== key)
                        continue;
                    const path = volume.subPath !== undefined ? target : `${target}/${key}`;
                    if (readsFile(path))
                        (workload.configFiles ??= []).push({ path: lines[0]?.pos.file ?? key, target: path, lines: lines.filter((l) => l.value.trim() !== "" && !/^\s*[#;]/.test(l.value)).map((l) => ({ ...l, origin: "config-map" })) });
                }
            }
            else if ([...command].some((t) => t === target || t.startsWith(`${target}/`)) || configPaths.some((glob) => (0,wildcard/* wildcard */.X)(glob).test(target) || (0,wildcard/* wildcard */.X)(glob).test(`${target}/x`))) {
                workload.configFromOutside ??= { path: volume.source, pos: volume.pos };
            }
            continue;
        }
        if (volume.kind !== "bind" && volume.kind !== "host-path")
            continue;
        if (!command.has(target) && !configPaths.some((glob) => (0,wildcard/* wildcard */.X)(glob).test(target)))
            continue;
        const source = volume.source;
        // Only a path relative to the compose file names a file of the repository.
        const inRepo = volume.kind === "bind" && /^\.\.?\//.test(source);
        const path = inRepo ? external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(workload.file), source)) : undefined;
        const lines = path && !path.startsWith("../") ? referenced.configFile(path) : undefined;
        if (lines === undefined || !path) {
            workload.configFromOutside ??= { path: source, pos: volume.pos };
            continue;
        }
        (workload.configFiles ??= []).push({ path, target, lines });
    }
}

// EXTERNAL MODULE: ./src/analyze/credentials.ts
var credentials = __webpack_require__(2878);
// EXTERNAL MODULE: ./src/analyze/exposure.ts
var exposure = __webpack_require__(1487);
// EXTERNAL MODULE: ./src/analyze/match.ts
var match = __webpack_require__(7025);
// EXTERNAL MODULE: ./src/model/image.ts
var model_image = __webpack_require__(1444);
// EXTERNAL MODULE: ./src/model/tokens.ts
var model_tokens = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/model/pattern.ts
var model_pattern = __webpack_require__(323);
;// CONCATENATED MODULE: ./src/analyze/models.ts




/** Longer than any real model name; a longer value is not looked at. */
const MAX_NAME = 256;
/** Words in an env var's name that say its value is a place, not a model (`MODEL_PATH`, `MODEL_CACHE_DIR`). */
const LOCATION_NAME = /PATH|DIR|FILE|CACHE|URL|HOME/;
/** Quotes left on a token by splitting a `sh -c "…"` string on spaces, removed from both ends. */
function unquote(token) {
    let start = 0;
    let end = token.length;
    while (start < end && (token[start] === '"' || token[start] === "'"))
        start++;
    while (end > start && (token[end - 1] === '"' || token[end - 1] === "'"))
        end--;
    return token.slice(start, end);
}
/**
 * A Hugging Face repository id as the Hub's client validates it (huggingface_hub `validate_repo_id`): an
 * optional namespace and a name of letters, digits, `_`, `-` and `.`, each starting and ending with a letter,
 * digit or `_`, the name at most 96 characters, no `--` or `..`, not ending in `.git`.
 */
function isHubId(value, namespaceRequired) {
    const parts = value.split("/");
    if (parts.length > 2 || (namespaceRequired && parts.length < 2))
        return false;
    if (parts[parts.length - 1].length > 96 || value.endsWith(".git"))
        return false;
    return parts.every((part) => /^[\w.-]+$/.test(part) && /^\w/.test(part) && /\w$/.test(part) && !part.includes("--") && !part.includes(".."));
}
/** A value that names something rather than pointing at it: not a path, a URL or a deploy-time reference. */
function isName(value) {
    return value.length > 0 && value.length <= MAX_NAME && !/[\s$]|:\/\//.test(value) && !/^[/.~\\-]/.test(value);
}
/** The model a setting's raw value names, or undefined when it names none. */
function modelName(setting, raw) {
    let name = unquote(raw.trim());
    if (setting.value !== undefined) {
        if (name.length > MAX_NAME)
            return undefined;
        const m = (0,model_pattern/* catalogPattern */.k)(`^(?:${setting.value})$`, "i").exec(name);
        if (!m)
            return undefined;
        name = m[1] ?? name;
    }
    if (!isName(name))
        return undefined;
    // A local directory (`models/llama/7b`) is not a repository of the Hub.
    if (setting.source === "huggingface" && !isHubId(name, false))
        return undefined;
    return name;
}
function commandLine(workload) {
    const tokens = (0,model_tokens/* commandTokens */.g)((0,match/* expandedArgv */.U2)(workload));
    const starts = [];
    let offset = 0;
    for (const token of tokens) {
        starts.push(offset);
        offset += token.value.length + 1;
    }
    return { tokens, joined: tokens.map((t) => t.value).join(" "), starts };
}
/** The value of `--flag x` or `--flag=x`; the last one written wins, as command-line parsers do. */
function flagHit(flag, line) {
    let hit;
    line.tokens.forEach((token, i) => {
        const word = unquote(token.value);
        if (word === flag) {
            const next = line.tokens[i + 1];
            if (next && !unquote(next.value).startsWith("-"))
                hit = { raw: next.value, pos: next.pos };
        }
        else if (word.startsWith(`${flag}=`))
            hit = { raw: word.slice(flag.length + 1), pos: token.pos };
    });
    return hit;
}
/** The argument right after the words of a subcommand (`vllm serve <model>`), the first word also as a path. */
function afterHit(words, line) {
    const { tokens } = line;
    for (let i = 0; i + words.length < tokens.length; i++) {
        const first = unquote(tokens[i].value);
        if (first !== words[0] && !first.endsWith(`/${words[0]}`))
            continue;
        if (!words.every((word, k) => k === 0 || unquote(tokens[i + k].value) === word))
            continue;
        const next = tokens[i + words.length];
        return unquote(next.value).startsWith("-") ? undefined : { raw: next.value, pos: next.pos };
    }
    return undefined;
}
/** Every match's first group in `text`, each with where it stands. */
function argHits(pattern, text, at) {
    const rx = (0,model_pattern/* catalogPattern */.k)(pattern, "dgi");
    rx.lastIndex = 0;
    const hits = [];
    let m;
    while ((m = rx.exec(text))) {
        if (m[0] === "")
            rx.lastIndex++;
        const group = m.indices?.[1];
        if (m[1] !== undefined && group)
            hits.push({ raw: m[1], pos: at(group[0]) });
    }
    return hits;
}
/** The token of the command line that holds character `index` of the joined text. */
function tokenAt(line, index) {
    let low = 0;
    let high = line.starts.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (line.starts[middle] <= index)
            low = middle;
        else
            high = middle - 1;
    }
    return line.tokens[low].pos;
}
function envHit(name, workload) {
    const last = workload.env.filter((e) => e.name === name).at(-1);
    // Set from a Secret, a ConfigMap or whoever deploys: the value is not in the tree.
    if (!last || last.value === undefined || last.source === "reference" || last.source === "passthrough")
        return undefined;
    return { raw: last.value, pos: last.pos };
}
/** The models of one workload, found setting by setting; its command line is split only when a setting reads it. */
class WorkloadModels {
    found = new Map();
    workload;
    #line;
    constructor(workload) {
        this.workload = workload;
    }
    get line() {
        this.#line ??= commandLine(this.workload);
        return this.#line;
    }
    add(name, source, pos, product) {
        if (name === undefined)
            return false;
        if (!this.found.has(name))
            this.found.set(name, { name, source, workload: this.workload, ...(product ? { product } : {}), pos });
        return true;
    }
    /** Every model an `arg` setting matches: on the command line and, for a command run anywhere, in `RUN` lines. */
    addArgHits(setting, product) {
        const pattern = setting.arg;
        const line = this.line;
        for (const hit of argHits(pattern, line.joined, (index) => tokenAt(line, index)))
            this.add(modelName(setting, hit.raw), setting.source, hit.pos, product);
        if (!setting.anywhere)
            return;
        for (const step of this.workload.buildSteps) {
            if (step.instruction !== "RUN")
                continue;
            for (const hit of argHits(pattern, step.text, () => step.pos))
                this.add(modelName(setting, hit.raw), setting.source, hit.pos, product);
        }
    }
    /** The one model a server loads: the value of the first of its settings that names one. */
    addLoaded(settings, product) {
        for (const setting of settings) {
            const hit = this.settingHit(setting);
            if (hit && this.add(modelName(setting, hit.raw), setting.source, hit.pos, product))
                return;
        }
    }
    settingHit(setting) {
        if (setting.flag)
            return flagHit(setting.flag, this.line);
        if (setting.after)
            return afterHit(setting.after, this.line);
        if (setting.env)
            return envHit(setting.env, this.workload);
        const image = this.workload.image;
        if (setting.image && image && !image.unresolved) {
            const m = (0,model_pattern/* catalogPattern */.k)(setting.image, "i").exec((0,model_image/* imageName */.t)(image));
            if (m?.[1])
                return { raw: m[1], pos: image.pos };
        }
        return undefined;
    }
    /**
     * Hugging Face ids in env vars named for a model (`EMBEDDING_MODEL`, `HF_MODEL_ID`), not for a place
     * (`MODEL_PATH`), nor the server's own settings, already read in their order (a flag may override them).
     */
    addHubIdsFromEnv(product) {
        const own = new Set((product?.models ?? []).flatMap((s) => s.env ?? []));
        for (const env of this.workload.env) {
            const name = env.name.toUpperCase();
            if (!name.includes("MODEL") || LOCATION_NAME.test(name) || own.has(env.name))
                continue;
            const hit = envHit(env.name, this.workload);
            const value = hit && unquote(hit.raw.trim());
            if (hit && value && isName(value) && isHubId(value, true))
                this.add(value, "huggingface", hit.pos, product?.id);
        }
    }
}
/** The models every workload serves, in workload order; one entry per name and workload, the first place it is named. */
function servedModels(workloads, catalog, productOf) {
    const anywhere = catalog.products.flatMap((product) => (product.models ?? []).filter((s) => s.arg && s.anywhere).map((setting) => ({ setting, product })));
    return workloads.flatMap((workload) => {
        const models = new WorkloadModels(workload);
        const product = productOf(workload);
        if (product?.models) {
            models.addLoaded(product.models.filter((s) => !s.arg), product.id);
            for (const setting of product.models)
                if (setting.arg)
                    models.addArgHits(setting, product.id);
        }
        for (const { setting, product: owner } of anywhere)
            if (owner !== product)
                models.addArgHits(setting, owner.id);
        models.addHubIdsFromEnv(product);
        return [...models.found.values()];
    });
}

// EXTERNAL MODULE: ./src/model/group.ts
var group = __webpack_require__(7226);
;// CONCATENATED MODULE: ./src/analyze/index.ts
// The analysis stage: annotates each workload once, from the catalog, before any rule runs: which
// product it runs (by image, else by command line), the files it mounts that hold product settings,
// whether it listens beyond loopback, its authentication, and the credentials it is given. Rules read
// these facts; none recomputes them.







function analyze(model, catalog, referenced) {
    const products = new Map(catalog.products.map((p) => [p.id, p]));
    const configMaps = new Map(model.configMaps.map((c) => [`${c.namespace}/${c.name}`, c]));
    const facts = new Map();
    // The names a project's passwords are made of: its folder (the repository), its images and services, per file.
    const byFile = (0,group/* groupBy */.$)(model.workloads, (w) => w.file);
    const names = new Map([...byFile].map(([file, workloads]) => [file, (0,credentials/* stackNames */.zD)(workloads, (0,external_node_path_.basename)(model.root))]));
    for (const workload of model.workloads) {
        workload.product = (0,match/* identifyProduct */.e0)(catalog, workload);
        const product = workload.product ? products.get(workload.product.productId) : undefined;
        attachConfigFiles(workload, product?.configFiles ?? [], referenced, (namespace, name) => configMaps.get(`${namespace}/${name}`));
        facts.set(workload, {
            product,
            listensBeyondLoopback: product ? (0,match/* listensOnAllInterfaces */.V8)(product, workload) : false,
            auth: product ? (0,match/* authState */.wh)(product, workload) : undefined,
            credentials: (0,credentials/* credentialSettings */.Lp)(workload),
            valueContext: { env: workload.env, image: workload.image, names: names.get(workload.file) },
        });
    }
    const byId = new Map(model.workloads.map((w) => [`${w.file}\0${w.id}`, w]));
    // The image is the product only when the workload was recognised by it: a stage whose command starts
    // the product (`FROM pytorch/pytorch` running Stable Diffusion web UI) does not make its base image that product.
    for (const component of model.components) {
        if (component.type !== "image")
            continue;
        const product = byId.get(`${component.pos.file}\0${component.workloadId}`)?.product;
        component.productId = product?.by === "image" ? product.productId : undefined;
    }
    const of = (workload) => facts.get(workload) ?? { listensBeyondLoopback: false, credentials: [], valueContext: { env: workload.env, image: workload.image } };
    return { facts: of, exposed: (0,exposure/* findExposedProducts */.cU)(model.workloads, of), models: servedModels(model.workloads, catalog, (w) => of(w).product) };
}

;// CONCATENATED MODULE: ./src/catalog/products/ai-dock-comfyui.ts
// ai-dock images put ComfyUI behind a Caddy proxy with a cookie/basic-auth login.
const aiDockComfyui = {
    id: "ai-dock-comfyui",
    name: "ComfyUI (ai-dock image)",
    impact: "code-execution",
    images: ["ghcr.io/ai-dock/comfyui"],
    ports: [
        { port: 8188, purpose: "ComfyUI through the Caddy login proxy" },
        { port: 1111, purpose: "ai-dock service portal" },
        { port: 8888, purpose: "Jupyter through the Caddy login proxy" },
    ],
    listen: {
        default: "all",
    },
    auth: [
        {
            builtIn: "on",
            // Caddy's @authorized matcher lets everything through when "{$WEB_ENABLE_AUTH}" == "false".
            disabledBy: [{ env: "WEB_ENABLE_AUTH", value: "false" }],
            summary: "ai-dock's Caddy proxy requires WEB_USER/WEB_PASSWORD (or WEB_TOKEN) unless WEB_ENABLE_AUTH=false.",
        },
    ],
    defaultCredentials: [
        {
            // init.sh generates a random password when WEB_PASSWORD is unset; the shipped compose file sets `password`.
            knob: { env: "WEB_PASSWORD" },
            values: ["password"],
            source: "https://github.com/ai-dock/comfyui/blob/main/docker-compose.yaml (WEB_USER=${WEB_USER:-user}, WEB_PASSWORD=${WEB_PASSWORD:-password})",
        },
    ],
    sources: [
        "https://github.com/ai-dock/comfyui/blob/main/docker-compose.yaml (WEB_ENABLE_AUTH default true; ports 8188, 1111, 8888)",
        "https://github.com/ai-dock/base-image/blob/main/build/COPY_ROOT_0/opt/caddy/share/base_config (@authorized ... || \"{$WEB_ENABLE_AUTH}\" == \"false\")",
        "https://github.com/ai-dock/base-image/blob/main/build/COPY_ROOT_0/opt/ai-dock/bin/init.sh (WEB_USER default user; random WEB_PASSWORD when unset)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/anythingllm.ts
const anythingllm = {
    id: "anythingllm",
    name: "AnythingLLM",
    // Without a login every visitor is the instance admin: all workspaces, uploaded documents, chat
    // history, LLM/vector-DB provider settings and agents. No built-in agent skill runs arbitrary
    // code (skills browse the web, query admin-configured SQL databases, read and write files only
    // under STORAGE_DIR/anythingllm-fs); importing code skills from the Community Hub is refused
    // unless COMMUNITY_HUB_BUNDLE_DOWNLOADS_ENABLED is set, and MCP servers are configured by file,
    // not through the API. Hence web-app rather than code-execution.
    impact: "web-app",
    images: ["mintplexlabs/anythingllm"],
    ports: [{ port: 3001, purpose: "web UI and API (SERVER_PORT)" }],
    listen: {
        // server/index.js: app.listen(process.env.SERVER_PORT || 3001) with no host, i.e. every interface.
        default: "all",
    },
    auth: [
        {
            builtIn: "off",
            // validatedRequest passes every request through unless AUTH_TOKEN *and* JWT_SECRET are set
            // (or multi-user mode is on, a database setting). AUTH_TOKEN is the password; JWT_SECRET alone
            // does not turn anything on, so only AUTH_TOKEN is a knob.
            enabledBy: [{ env: "AUTH_TOKEN" }],
            summary: "AnythingLLM has no login unless a password is set (AUTH_TOKEN together with JWT_SECRET) or multi-user mode is enabled; both can also be turned on from the UI, which stores them in the mounted server .env file or the database where this check cannot see them.",
        },
    ],
    loginSecrets: [{ env: "AUTH_TOKEN" }],
    sources: [
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/utils/middleware/validatedRequest.js (no check when multi-user mode is off and !AUTH_TOKEN || !JWT_SECRET; multi-user mode validates a JWT per user)",
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/SECURITY.md (no authentication unless a password or multi-user mode is set up: accessible to anyone who knows the URL, by design)",
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/endpoints/system.js (/system/update-password writes AUTH_TOKEN and JWT_SECRET; /system/enable-multi-user sets multi_user_mode in the database)",
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/docker/HOW_TO_USE_DOCKER.md (image mintplexlabs/anythingllm, -p 3001:3001, ${STORAGE_LOCATION}/.env mounted as /app/server/.env)",
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/docker/.env.example (SERVER_PORT=3001; JWT_SECRET only needed if AUTH_TOKEN is set)",
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/index.js (bootHTTP(app, process.env.SERVER_PORT || 3001))",
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/utils/boot/index.js (app.listen(port) without a host)",
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/utils/agents/aibitat/plugins/filesystem/lib.js (agent file access limited to allowed directories, default STORAGE_DIR/anythingllm-fs)",
        "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/utils/middleware/communityHubDownloadsEnabled.js (Community Hub bundle imports refused unless COMMUNITY_HUB_BUNDLE_DOWNLOADS_ENABLED is set)",
    ],
};

// EXTERNAL MODULE: ./src/catalog/addresses.ts
var addresses = __webpack_require__(2395);
;// CONCATENATED MODULE: ./src/catalog/products/arize-phoenix.ts

const arizePhoenix = {
    id: "arize-phoenix",
    name: "Arize Phoenix",
    // LLM traces (prompts, responses), datasets and experiments, and the playground's provider keys.
    impact: "data-store",
    images: ["arizephoenix/phoenix"],
    // The image's CMD (`python -m phoenix.server.main serve`) and the `phoenix serve` CLI.
    commands: ["\\bphoenix\\.server\\.main\\b", "(^|/|\\s)phoenix\\s+serve\\b"],
    // Settings only the server reads (its database, its auth switch and JWT secret); clients use
    // PHOENIX_COLLECTOR_ENDPOINT and PHOENIX_API_KEY. Counted on a Phoenix port only.
    serverEnv: [{ env: ["PHOENIX_SQL_DATABASE_URL", "PHOENIX_ENABLE_AUTH", "PHOENIX_SECRET"], onProductPort: true }],
    ports: [
        { port: 6006, purpose: "web UI, REST and GraphQL API, OTLP/HTTP trace collector" },
        { port: 4317, purpose: "OTLP/gRPC trace collector" },
        { port: 9090, purpose: "Prometheus metrics", sensitive: false },
    ],
    listen: {
        // PHOENIX_HOST defaults to 0.0.0.0, for the image and the CLI alike.
        default: "all",
        loopbackOnly: [{ env: "PHOENIX_HOST", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "off",
            // _bool_val: "true" or "false", any case.
            enabledBy: [{ env: "PHOENIX_ENABLE_AUTH", value: "true" }],
            summary: "Phoenix runs with authentication disabled unless PHOENIX_ENABLE_AUTH=true (with PHOENIX_SECRET): anyone who reaches it reads every trace, prompt and dataset.",
        },
    ],
    defaultCredentials: [
        {
            // Applies only once authentication is on: the first admin account's password.
            knob: { env: "PHOENIX_DEFAULT_ADMIN_INITIAL_PASSWORD" },
            values: ["admin"],
            source: "https://github.com/Arize-ai/phoenix/blob/main/src/phoenix/config.py (PHOENIX_DEFAULT_ADMIN_INITIAL_PASSWORD: the initial password for the default admin account, which defaults to 'admin' if not explicitly set)",
            whenUnset: true,
        },
    ],
    loginSecrets: [{ env: "PHOENIX_SECRET" }, { env: "PHOENIX_ADMIN_SECRET" }],
    sources: [
        "https://arize.com/docs/phoenix/self-hosting/features/authentication (by default Phoenix deploys with authentication disabled; PHOENIX_ENABLE_AUTH=True and PHOENIX_SECRET)",
        "https://github.com/Arize-ai/phoenix/blob/main/src/phoenix/config.py (get_env_enable_auth: _bool_val(PHOENIX_ENABLE_AUTH, False); PHOENIX_SECRET signs JWTs; PHOENIX_ADMIN_SECRET; get_env_host: PHOENIX_HOST or HOST 0.0.0.0; PHOENIX_PORT 6006; PHOENIX_GRPC_PORT 4317)",
        "https://github.com/Arize-ai/phoenix/blob/9478f954bbc6175a0eaef398d0a92c1d967c3bfe/Dockerfile (EXPOSE 6006 Phoenix, 4317 gRPC, 9090 Prometheus; CMD -m phoenix.server.main serve)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/bitnami-redis.ts
// A separate product because the Bitnami image reads REDIS_PASSWORD, which the official image ignores.
// Bitnami moved its Debian-based images to the bitnamilegacy namespace in 2025; the redis-cluster
// image takes the same password settings.
const bitnamiRedis = {
    id: "bitnami-redis",
    name: "Redis (Bitnami image)",
    impact: "data-store",
    images: ["bitnami/redis", "bitnamilegacy/redis", "bitnami/redis-cluster", "bitnamilegacy/redis-cluster"],
    ports: [
        { port: 6379, purpose: "Redis protocol (all data, CONFIG, Lua scripting)" },
        { port: 16379, purpose: "cluster bus (redis-cluster; node-to-node gossip and failover)" },
    ],
    listen: {
        // "The Redis database is always configured with remote access enabled."
        default: "all",
    },
    auth: [
        {
            // Without REDIS_PASSWORD(_FILE) the image refuses to start unless ALLOW_EMPTY_PASSWORD=yes.
            builtIn: "on",
            disabledBy: [{ env: "ALLOW_EMPTY_PASSWORD", value: "yes|true|1" }],
            summary: "The Bitnami Redis image refuses to start without REDIS_PASSWORD/REDIS_PASSWORD_FILE unless ALLOW_EMPTY_PASSWORD=yes, which runs it without a password.",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "REDIS_PASSWORD" },
            values: ["bitnami"],
            source: "https://github.com/bitnami/containers/blob/005a6e2d89b1c4bb76babee468b8006e19952040/bitnami/redis-cluster/README.md (REDIS_PASSWORD: Set the Redis(R) password. Default: bitnami)",
        },
    ],
    loginSecrets: [{ env: "REDIS_PASSWORD" }],
    // Bitnami's tags carry the upstream Redis version (`7.2.4-debian-12-r9`).
    packages: [{ ecosystem: "Bitnami", name: "redis" }],
    sources: [
        "https://github.com/bitnami/containers/issues/83267 (August 2025: existing images move from docker.io/bitnami to the Bitnami Legacy repository docker.io/bitnamilegacy)",
        "https://github.com/bitnami/containers/blob/005a6e2d89b1c4bb76babee468b8006e19952040/bitnami/redis-cluster/README.md (REDIS_PASSWORD, ALLOW_EMPTY_PASSWORD enables access without password, REDIS_PORT_NUMBER 6379)",
        "https://github.com/bitnami/containers/blob/main/bitnami/redis/README.md (REDIS_PASSWORD, REDIS_PASSWORD_FILE, ALLOW_EMPTY_PASSWORD=yes, remote access always enabled)",
        "https://osv.dev/vulnerability/BIT-redis-2025-49844 (ecosystem Bitnami, package redis: the Redis server by upstream version)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/chromadb.ts

const chromadb = {
    id: "chromadb",
    name: "Chroma",
    impact: "data-store",
    images: ["chromadb/chroma", "ghcr.io/chroma-core/chroma"],
    // `chroma run` is the CLI: the Python server below 1.0.0, the Rust server (no auth) from 1.0.0. A
    // workload recognised by its command has no version, so the current (1.x) entry applies. The Python
    // FastAPI server started as `uvicorn chromadb.app:app` is its own entry (chromadb-python).
    commands: ["\\bchroma\\s+run\\b"],
    ports: [{ port: 8000, purpose: "HTTP API (collections, documents, embeddings)" }],
    listen: {
        // 0.x image: ENV CHROMA_HOST_ADDR=0.0.0.0; 1.x image runs `chroma run /config.yaml` whose
        // listen_address defaults to 0.0.0.0. The bare `chroma run` CLI defaults to localhost.
        default: "all",
        commandDefault: "loopback",
        allInterfaces: [
            { env: "CHROMA_HOST_ADDR", value: "0\\.0\\.0\\.0|::" },
            { flag: "--host", value: "0\\.0\\.0\\.0|::" },
            // `chroma run <config file>` (the 1.x image's CMD): the file's listen_address, 0.0.0.0 unless it says otherwise.
            { arg: "\\bchroma\\s+run\\s+[^-\\s]" },
        ],
        loopbackOnly: [
            { env: "CHROMA_HOST_ADDR", value: addresses/* LOOPBACK_VALUE */.m1 },
            { flag: "--host", value: addresses/* LOOPBACK_VALUE */.m1 },
        ],
    },
    auth: [
        {
            // No auth settings exist in chromadb/config.py before 0.4.7.
            versions: "<0.4.7",
            builtIn: "none",
            summary: "Chroma before 0.4.7 has no authentication: anyone who reaches port 8000 can read and change every collection.",
        },
        {
            versions: ">=0.4.7 <0.5.0",
            builtIn: "off",
            enabledBy: [{ env: "CHROMA_SERVER_AUTH_PROVIDER" }],
            summary: "Chroma 0.4.x authentication is off unless CHROMA_SERVER_AUTH_PROVIDER names a token or basic-auth provider.",
        },
        {
            // The 0.5.0 auth overhaul renamed the settings to *_AUTHN_*; the old names are no longer read.
            versions: ">=0.5.0 <1.0.0",
            builtIn: "off",
            enabledBy: [{ env: "CHROMA_SERVER_AUTHN_PROVIDER" }],
            ignored: [{ env: "CHROMA_SERVER_AUTH_PROVIDER" }, { env: "CHROMA_SERVER_AUTH_CREDENTIALS" }],
            summary: "Chroma 0.5/0.6 authentication is off unless CHROMA_SERVER_AUTHN_PROVIDER is set; the 0.4 CHROMA_SERVER_AUTH_* names are ignored.",
        },
        {
            // 1.0.0: "Chroma no longer provides built-in authentication implementations."
            versions: ">=1.0.0",
            builtIn: "none",
            ignored: [
                { env: "CHROMA_SERVER_AUTH_PROVIDER" },
                { env: "CHROMA_SERVER_AUTH_CREDENTIALS" },
                { env: "CHROMA_SERVER_AUTH_CREDENTIALS_FILE" },
                { env: "CHROMA_SERVER_AUTHN_PROVIDER" },
                { env: "CHROMA_SERVER_AUTHN_CREDENTIALS" },
                { env: "CHROMA_SERVER_AUTHN_CREDENTIALS_FILE" },
                { env: "CHROMA_SERVER_AUTHZ_PROVIDER" },
            ],
            summary: "Chroma 1.x has no built-in authentication: the old CHROMA_SERVER_AUTH*/AUTHN* settings are silently ignored, so only a proxy can protect it.",
        },
    ],
    // The PyPI package holds the server (the 1.x Rust server too) and the embedded client alike.
    packages: [{ ecosystem: "PyPI", name: "chromadb" }],
    versionScheme: "pep440",
    sources: [
        "https://github.com/chroma-core/chroma/blob/0.4.24/chromadb/config.py (chroma_server_auth_provider; absent at 0.4.6, present from 0.4.7)",
        "https://github.com/chroma-core/chroma/blob/0.6.3/chromadb/config.py (chroma_server_authn_provider, chroma_server_authn_credentials(_file))",
        "https://github.com/chroma-core/chroma/blob/main/docs/mintlify/docs/overview/migration.mdx (1.0.0: no built-in authentication)",
        "https://github.com/chroma-core/chroma/blob/0.6.3/Dockerfile (ENV CHROMA_HOST_ADDR=0.0.0.0, port 8000)",
        "https://github.com/chroma-core/chroma/blob/main/rust/Dockerfile (cli stage: chroma run /config.yaml)",
        "https://github.com/chroma-core/chroma/blob/main/rust/frontend/src/config.rs (default_listen_address 0.0.0.0, default_port 8000)",
        "https://github.com/chroma-core/chroma/blob/main/rust/cli/src/commands/run.rs (--host default localhost; a positional config_path conflicts with --host/--port and the config is loaded from that file)",
        "https://github.com/chroma-core/chroma/blob/0.5.0/chromadb/cli/cli.py (chroma run --host default localhost)",
        "https://github.com/chroma-core/chroma/blob/main/chromadb/app.py (FastAPI(settings).app(): the Python server still ships in 1.x packages)",
        "https://github.com/chroma-core/chroma/blob/main/chromadb/server/fastapi/__init__.py (authn_provider required when settings.chroma_server_authn_provider is set)",
        "https://github.com/chroma-core/chroma/blob/1.0.0/chromadb/cli/cli.py (chroma run hands over to chromadb_rust_bindings.cli)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/chromadb-python.ts

// `uvicorn chromadb.app:app` is always the Python FastAPI server, never the 1.x Rust one: chromadb/app.py
// exists at every tag from 0.3.0 to 1.x, and its config still reads the auth providers. The command names
// no version, so both generations of provider settings count.
const chromadbPython = {
    ...chromadb,
    id: "chromadb-python",
    name: "Chroma (Python server)",
    images: [],
    commands: ["\\bchromadb\\.app:app\\b"],
    auth: [
        {
            builtIn: "off",
            enabledBy: [{ env: "CHROMA_SERVER_AUTHN_PROVIDER" }, { env: "CHROMA_SERVER_AUTH_PROVIDER" }],
            summary: "The Python Chroma server has no authentication unless CHROMA_SERVER_AUTHN_PROVIDER (0.5+) or CHROMA_SERVER_AUTH_PROVIDER (0.4) names a provider.",
        },
    ],
    sources: [
        "https://github.com/chroma-core/chroma/blob/main/chromadb/app.py (the FastAPI app, present from 0.3.0 to 1.x)",
        "https://github.com/chroma-core/chroma/blob/main/chromadb/server/fastapi/__init__.py (reads chroma_server_authn_provider)",
        ...chromadb.sources,
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/clearml.ts
// Configuration keys can be set from the environment as CLEARML__<section>__<key> (double underscores).
const TRUE = "true|1|yes|on";
const clearml = {
    id: "clearml",
    name: "ClearML Server",
    // The API creates tasks and enqueues them; clearml-agent workers (the reference compose file runs
    // clearml-agent-services) execute whatever code an enqueued task names.
    impact: "code-execution",
    // One image runs the apiserver, webserver or fileserver, chosen by its command.
    images: ["clearml/server", "allegroai/clearml", "allegroai/trains"],
    ports: [
        { port: 8008, purpose: "apiserver (tasks, queues, models, credentials)" },
        { port: 80, purpose: "webserver (web UI; proxies the API and file server)" },
        { port: 8081, purpose: "fileserver (artifacts and models)" },
    ],
    listen: {
        // apiserver gunicorn --bind 0.0.0.0:8008, fileserver --bind 0.0.0.0:8081, webserver nginx on 80.
        default: "all",
    },
    auth: [
        {
            // Without fixed users the web login asks for a name only, and the default secure.conf ships
            // fixed system credentials and token secret in the image.
            builtIn: "off",
            enabledBy: [
                { env: "CLEARML__apiserver__auth__fixed_users__enabled", value: TRUE },
                { env: "TRAINS__apiserver__auth__fixed_users__enabled", value: TRUE },
                // A fixed_users block in a mounted apiserver.conf (the sample is commented out); assumed to enable it.
                { config: "^\\s*fixed_users\\s*[{:]" },
            ],
            summary: "ClearML Server lets anyone in under any name unless fixed users are configured (auth.fixed_users in apiserver.conf); its default secure.conf also ships well-known user credentials and token secret.",
        },
    ],
    // The reference deployment mounts /opt/clearml/config (apiserver.conf, secure.conf) into the apiserver.
    configFiles: ["/opt/clearml/config/*"],
    sources: [
        "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/apiserver/config/default/apiserver.conf (listen 0.0.0.0:8008; fixed_users sample commented out)",
        "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/apiserver/service_repo/auth/fixed_user.py (apiserver.auth.fixed_users.enabled defaults to False)",
        "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/apiserver/config/default/secure.conf (fixed token_secret and a 'tests' user key/secret revoked only in fixed-users mode)",
        "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/apiserver/config/basic.py (CLEARML__ / TRAINS__ environment overrides)",
        "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/docker/build/internal_files/entrypoint.sh (apiserver bind 0.0.0.0:8008, fileserver bind 0.0.0.0:8081, webserver nginx)",
        "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/docker/docker-compose.yml (8008:8008, 8080:80, 8081:8081, /opt/clearml/config mounted, clearml-agent-services)",
        "https://github.com/allegroai/clearml-server/issues/3 (maintainer: user/pass login was left out by design; any name logs in)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/clickhouse.ts

// The official images (clickhouse/clickhouse-server, the Docker library `clickhouse`, and the older
// yandex/clickhouse-server) all start /entrypoint.sh, which rewrites the `default` user from env.
// The stock users.xml gives `default` an empty password reachable from ::/0.
const clickhouse = {
    id: "clickhouse",
    name: "ClickHouse",
    impact: "data-store",
    images: ["clickhouse/clickhouse-server", "clickhouse", "yandex/clickhouse-server"],
    // Tags are 4-part (24.8.13.16, 24.8.13.16-alpine) or floating 2-part (24.8, 25.1-alpine). A
    // floating tag follows the newest patch of its series, so 2-part tags are read only for series
    // whose last release never got the default-user restriction (<= 24.2, 24.4-24.7, 24.9, 24.10);
    // for 24.3, 24.8, 24.11, 24.12 and 25.1+ they yield no version and the current behaviour applies.
    tagVersion: "^v?(\\d+\\.\\d+\\.\\d+|(?:1?\\d|2[0-3])\\.\\d+(?=$|-)|24\\.(?:10|[0-24-79])(?=$|-))",
    ports: [
        { port: 8123, purpose: "HTTP interface (queries, also the web UI)" },
        { port: 9000, purpose: "native TCP protocol (clickhouse-client, drivers)" },
        { port: 9004, purpose: "MySQL wire protocol" },
        { port: 9005, purpose: "PostgreSQL wire protocol" },
        { port: 9009, purpose: "interserver HTTP (replica data exchange)" },
    ],
    listen: {
        // The images add config.d/docker_related_config.xml: listen_host :: and 0.0.0.0.
        default: "all",
        // The entrypoint itself runs `clickhouse-server ... -- --listen_host=127.0.0.1` to stay local
        // during initialisation.
        loopbackOnly: [{ flag: "--listen_host", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            // Before the restriction (PR #75259, backported to these patch releases) the entrypoint
            // leaves `default` passwordless and open to ::/0 unless a password is given.
            versions: "<24.3.16 || >=24.4.0 <24.8.13 || >=24.9.0 <24.11.4 || >=24.12.0 <24.12.4 || >=25.0.0 <25.1.3",
            builtIn: "off",
            enabledBy: [
                { env: "CLICKHOUSE_PASSWORD" },
                // Read by the entrypoint in every Docker-library image (24.3.13 onward); earlier support unverified.
                { env: "CLICKHOUSE_PASSWORD_FILE", versions: ">=24.3.0" },
            ],
            summary: "This ClickHouse image leaves the default user without a password and reachable from any address unless CLICKHOUSE_PASSWORD is set (or users are configured in a mounted users.d file).",
        },
        {
            // 24.3.16+, 24.8.13+, 24.11.4+, 24.12.4+, 25.1.3+ and every later release.
            builtIn: "on",
            // Skips the entrypoint's user setup, so the stock passwordless `default` user on ::/0 stays.
            disabledBy: [{ env: "CLICKHOUSE_SKIP_USER_SETUP", value: "1" }],
            summary: "Current ClickHouse images restrict the passwordless default user to localhost unless CLICKHOUSE_USER, CLICKHOUSE_PASSWORD or CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT is set; CLICKHOUSE_SKIP_USER_SETUP=1 keeps it open to every address (so does setting CLICKHOUSE_USER or CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT without a password, which this check does not detect).",
        },
    ],
    loginSecrets: [{ env: "CLICKHOUSE_PASSWORD" }],
    sources: [
        "https://github.com/ClickHouse/docker-library/blob/main/server/26.7.3.19/entrypoint.sh (neither CLICKHOUSE_USER nor CLICKHOUSE_PASSWORD set: default user networks ::1, 127.0.0.1; CLICKHOUSE_USER/CLICKHOUSE_PASSWORD/CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT: new user with networks ::/0 and the given password; CLICKHOUSE_SKIP_USER_SETUP=1 skips; CLICKHOUSE_PASSWORD_FILE; init phase runs -- --listen_host=127.0.0.1)",
        "https://github.com/ClickHouse/docker-library/tree/main/server (entrypoint.sh of every published version: the localhost restriction first appears in 24.3.16.16, 24.8.13.16, 24.11.4.45, 24.12.4.49, 25.1.3.23 and is in every 25.2+ release; absent from 24.3.15, 24.8.12, 24.9.x, 24.10.x, 24.11.3, 24.12.3)",
        "https://github.com/ClickHouse/docker-library/blob/main/server/24.3.13.40/entrypoint.sh (older entrypoint: default user untouched unless CLICKHOUSE_USER/CLICKHOUSE_PASSWORD/CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT; reads CLICKHOUSE_PASSWORD_FILE)",
        "https://github.com/ClickHouse/docker-library/blob/main/server/26.7.3.19/docker_related_config.xml (listen_host :: and 0.0.0.0)",
        "https://github.com/ClickHouse/docker-library/blob/main/server/26.7.3.19/Dockerfile.ubuntu (EXPOSE 9000 8123 9009, ENTRYPOINT /entrypoint.sh)",
        "https://github.com/ClickHouse/ClickHouse/pull/75259 (Disable network access for user default in docker images; CLICKHOUSE_SKIP_USER_SETUP)",
        "https://github.com/ClickHouse/ClickHouse/issues/75494 (clickhouse/clickhouse-server 25.1.3.23 rejects the passwordless default user over the network, 25.1.2 accepted it)",
        "https://github.com/docker-library/docs/pull/2537 (clickhouse docs: default user has network access disabled unless CLICKHOUSE_USER, CLICKHOUSE_PASSWORD or CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT is set; CLICKHOUSE_SKIP_USER_SETUP=1 makes it insecurely available)",
        "https://github.com/ClickHouse/ClickHouse/blob/master/programs/server/users.xml (default user: empty password, networks ::/0)",
        "https://github.com/ClickHouse/ClickHouse/blob/master/programs/server/config.xml (http_port 8123, tcp_port 9000, mysql_port 9004, postgresql_port 9005, interserver_http_port 9009)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/comfyui.ts

const comfyui = {
    id: "comfyui",
    name: "ComfyUI",
    // Custom nodes installed or loaded through the API run arbitrary Python.
    impact: "code-execution",
    // No official image; yanwk/comfyui-boot's entrypoint runs `main.py --listen --port 8188`.
    images: ["yanwk/comfyui-boot"],
    commands: ["comfyui/main\\.py\\b", "\\bcomfy\\s+launch\\b"],
    ports: [{ port: 8188, purpose: "web UI and API (queue prompts, upload files, manage nodes)" }],
    listen: {
        // --listen defaults to 127.0.0.1; --listen without a value means 0.0.0.0 (newer: 0.0.0.0,::).
        default: "all",
        commandDefault: "loopback",
        allInterfaces: [{ flag: "--listen", value: "|0\\.0\\.0\\.0|::|0\\.0\\.0\\.0,::" }],
        loopbackOnly: [{ flag: "--listen", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "none",
            summary: "ComfyUI has no authentication: anyone who reaches port 8188 can queue workflows and manage custom nodes.",
        },
    ],
    // Installed from git tags or release archives of the repository (v0.3.x); it is not on PyPI.
    packages: [{ ecosystem: "GitHub", name: "comfyanonymous/ComfyUI" }],
    sources: [
        "https://github.com/comfyanonymous/ComfyUI/blob/master/comfy/cli_args.py (--listen default 127.0.0.1, const 0.0.0.0; --port default 8188)",
        "https://github.com/YanWenKun/ComfyUI-Docker/blob/main/cu126-megapak/runner-scripts/entrypoint.sh (python3 ./ComfyUI/main.py --listen --port 8188)",
        "https://www.cve.org/CVERecord?id=CVE-2024-12882 (product comfyanonymous/comfyui, version v0.2.4)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/elasticsearch.ts
// Settings can be passed as environment variables named like the setting (dots included) or as -E flags.
const elasticsearch = {
    id: "elasticsearch",
    name: "Elasticsearch",
    impact: "data-store",
    images: ["elasticsearch", "docker.elastic.co/elasticsearch/elasticsearch"],
    ports: [
        { port: 9200, purpose: "REST API" },
        { port: 9300, purpose: "transport (node-to-node)" },
    ],
    listen: {
        // The image's elasticsearch.yml sets network.host: 0.0.0.0.
        default: "all",
        loopbackOnly: [{ env: "network.host", value: "127\\.0\\.0\\.1|localhost|_local_" }],
    },
    auth: [
        {
            versions: "<8.0.0",
            builtIn: "off",
            enabledBy: [
                { env: "xpack.security.enabled", value: "true" },
                { arg: "-E\\s*xpack\\.security\\.enabled=true\\b" },
            ],
            summary: "Elasticsearch before 8.0 has security off by default (xpack.security.enabled: false) unless it is enabled explicitly.",
        },
        {
            versions: ">=8.0.0",
            builtIn: "on",
            disabledBy: [
                { env: "xpack.security.enabled", value: "false" },
                { arg: "-E\\s*xpack\\.security\\.enabled=false\\b" },
            ],
            summary: "Elasticsearch 8+ enables and auto-configures security by default; xpack.security.enabled=false turns authentication off.",
        },
    ],
    defaultCredentials: [
        {
            // The X-Pack 5.x built-in users' default password, still widely copied into ELASTIC_PASSWORD.
            knob: { env: "ELASTIC_PASSWORD" },
            values: ["changeme"],
            source: "https://www.elastic.co/guide/en/x-pack/5.6/setting-up-authentication.html (built-in users have the default password changeme)",
        },
    ],
    sources: [
        "https://github.com/elastic/elasticsearch/blob/main/distribution/docker/src/docker/config/elasticsearch.yml (network.host: 0.0.0.0)",
        "https://www.elastic.co/guide/en/elasticsearch/reference/8.0/configuring-stack-security.html (8.0: security enabled and configured automatically)",
        "https://www.elastic.co/guide/en/elasticsearch/reference/7.17/security-minimal-setup.html (7.x basic: xpack.security.enabled defaults to false)",
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/docker.html (settings as environment variables, ELASTIC_PASSWORD)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/fastchat-controller.ts
const LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
const fastchatController = {
    id: "fastchat-controller",
    name: "FastChat controller",
    // Whoever reaches it can register a worker of their own (/register_worker) and so receive the
    // prompts the API server routes to that model name, and answer them: control over which model serves.
    impact: "model-control",
    images: [],
    commands: ["fastchat[./]serve[./]controller\\b"],
    ports: [{ port: 21001, purpose: "controller HTTP API (worker registration, routing, generation relay)" }],
    listen: {
        // argparse --host default "localhost"; there is no official image.
        default: "loopback",
        allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
        loopbackOnly: [{ flag: "--host", value: LOOPBACK }],
    },
    auth: [
        {
            builtIn: "none",
            summary: "The FastChat controller has no authentication: anyone who reaches it can list models, relay generations and register their own worker.",
        },
    ],
    sources: [
        "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/controller.py (--host default localhost, --port default 21001; /register_worker, /worker_generate_stream without any credential check)",
        "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/docker/docker-compose.yml (controller started with --host 0.0.0.0 and published as 21001:21001)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/fastchat-model-worker.ts
const fastchat_model_worker_LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
const fastchatModelWorker = {
    id: "fastchat-model-worker",
    name: "FastChat model worker",
    impact: "inference",
    images: [],
    // model_worker, vllm_worker, sglang_worker, lightllm_worker, mlx_worker, multi_model_worker, ...
    commands: ["fastchat[./]serve[./](?!register_worker)\\w*worker\\b"],
    ports: [{ port: 21002, purpose: "worker HTTP API (generation, embeddings)" }],
    listen: {
        // argparse --host default "localhost" (lightllm_worker: 127.0.0.1); there is no official image.
        default: "loopback",
        allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
        loopbackOnly: [{ flag: "--host", value: fastchat_model_worker_LOOPBACK }],
    },
    auth: [
        {
            builtIn: "none",
            summary: "FastChat model workers have no authentication: anyone who reaches one can run generations and embeddings on it directly, bypassing the API server's --api-keys.",
        },
    ],
    sources: [
        "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/model_worker.py (--host default localhost, --port default 21002)",
        "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/base_model_worker.py (/worker_generate_stream, /worker_generate, /worker_get_embeddings without any credential check)",
        "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/vllm_worker.py (--host default localhost, --port default 21002)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/fastchat-openai-api.ts
const fastchat_openai_api_LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
const fastchatOpenaiApi = {
    id: "fastchat-openai-api",
    name: "FastChat OpenAI-compatible API server",
    impact: "inference",
    images: [],
    commands: ["fastchat[./]serve[./]openai_api_server\\b"],
    ports: [{ port: 8000, purpose: "OpenAI-compatible HTTP API" }],
    listen: {
        // argparse --host default "localhost"; there is no official image.
        default: "loopback",
        allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
        loopbackOnly: [{ flag: "--host", value: fastchat_openai_api_LOOPBACK }],
    },
    auth: [
        {
            builtIn: "off",
            // check_api_key: with no api_keys every request is allowed ("api_keys not set; allow all").
            enabledBy: [{ flag: "--api-keys" }],
            summary: "The FastChat OpenAI API server accepts every request unless --api-keys lists the keys it requires.",
        },
    ],
    loginSecrets: [{ flag: "--api-keys" }],
    sources: [
        "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/openai_api_server.py (--host default localhost, --port 8000, --api-keys; check_api_key allows all when api_keys is empty)",
        "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/docker/docker-compose.yml (API server started with --host 0.0.0.0 and published as 8000:8000)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/flowise.ts

const flowise = {
    id: "flowise",
    name: "Flowise",
    // Custom tools/MCP nodes run code on the server (e.g. CVE-2025-59528, CVE-2025-8943).
    impact: "code-execution",
    images: ["flowiseai/flowise"],
    commands: ["\\bflowise\\s+start\\b"],
    ports: [{ port: 3000, purpose: "web UI and API" }],
    listen: {
        // server.listen(port, process.env.HOST): no HOST means every interface.
        default: "all",
        loopbackOnly: [{ env: "HOST", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            versions: "<3.0.1",
            builtIn: "off",
            // Basic auth needs FLOWISE_USERNAME *and* FLOWISE_PASSWORD; the password is the knob we test.
            enabledBy: [{ env: "FLOWISE_PASSWORD" }],
            summary: "Flowise before 3.0.1 runs without authentication unless FLOWISE_USERNAME and FLOWISE_PASSWORD are both set.",
        },
        {
            versions: ">=3.0.1",
            builtIn: "on",
            summary: "Flowise 3.0.1+ requires an account login; the first visitor of a fresh instance registers the owner.",
        },
    ],
    sources: [
        "https://www.cve.org/CVERecord?id=CVE-2025-8943 (before 3.0.1 the default installation operates without authentication)",
        "https://github.com/FlowiseAI/Flowise/blob/flowise%402.2.8/packages/server/src/index.ts (basic auth only if FLOWISE_USERNAME && FLOWISE_PASSWORD)",
        "https://github.com/FlowiseAI/Flowise/blob/main/packages/server/src/index.ts (host = process.env.HOST; port default 3000)",
        "https://github.com/FlowiseAI/Flowise/blob/main/docker/Dockerfile (ENTRYPOINT flowise start)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/grafana.ts

// Every setting can be given as GF_<SECTION>_<KEY> (dots in the section become underscores).
const grafana = {
    id: "grafana",
    name: "Grafana",
    impact: "web-app",
    images: ["grafana/grafana", "grafana/grafana-oss", "grafana/grafana-enterprise"],
    // `grafana server` (the image's run.sh) and the older `grafana-server` binary.
    commands: ["(^|/|\\s)grafana(-server|\\s+server)(\\s|$)"],
    ports: [{ port: 3000, purpose: "web UI and HTTP API" }],
    listen: {
        // [server] http_addr is empty by default: every interface.
        default: "all",
        loopbackOnly: [{ env: "GF_SERVER_HTTP_ADDR", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "on",
            // [auth.anonymous] enabled is read with go-ini MustBool, which accepts 1, t, true, yes, y, on.
            // Anonymous visitors get the org role in org_role (default Viewer).
            disabledBy: [
                { env: "GF_AUTH_ANONYMOUS_ENABLED", value: "1|t|true|y|yes|on" },
                { config: "^\\s*enabled\\s*=\\s*[\"']?(1|t|true|y|yes|on)[\"']?\\s*$", section: "auth.anonymous" },
            ],
            summary: "Grafana requires a login (admin/admin until changed) unless anonymous access is enabled (GF_AUTH_ANONYMOUS_ENABLED=true), which lets anyone in with the org role in GF_AUTH_ANONYMOUS_ORG_ROLE (Viewer by default: every dashboard and the data behind it).",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "GF_SECURITY_ADMIN_PASSWORD" },
            values: ["admin"],
            source: "https://github.com/grafana/grafana/blob/main/conf/defaults.ini ([security] admin_user = admin, admin_password = admin)",
            whenUnset: true,
        },
        {
            // The same default written into a mounted grafana.ini.
            knob: { config: "^\\s*admin_password\\s*=\\s*[\"']?admin[\"']?\\s*$", section: "security" },
            values: ["admin"],
            source: "https://github.com/grafana/grafana/blob/main/conf/defaults.ini ([security] admin_user = admin, admin_password = admin)",
        },
    ],
    loginSecrets: [{ env: "GF_SECURITY_ADMIN_PASSWORD" }, { config: "^\\s*admin_password\\s*=\\s*\\S", section: "security" }],
    // The image starts `grafana server --config=$GF_PATHS_CONFIG`, /etc/grafana/grafana.ini.
    configFiles: ["/etc/grafana/grafana.ini"],
    sources: [
        "https://github.com/grafana/grafana/blob/main/conf/defaults.ini ([server] http_addr empty = all interfaces, http_port 3000; [security] admin_password = admin; [auth.anonymous] enabled = false, org_role = Viewer; [auth] disable_login_form only hides the form)",
        "https://github.com/grafana/grafana/blob/main/pkg/setting/setting_anonymous.go (anonSection.Key(\"enabled\").MustBool(false))",
        "https://github.com/go-ini/ini/blob/0dac3e0f1572c89a352bb5dca5cf5259de25d89e/key.go (parseBool: 1, t, T, TRUE, true, True, YES, yes, Yes, y, ON, on, On)",
        "https://grafana.com/docs/grafana/v5.3/installation/configuration (GF_<SectionName>_<KeyName> environment overrides, . replaced by _)",
        "https://grafana.com/docs/v5.3/auth/overview/ (password authentication enabled by default; you can disable authentication by enabling anonymous access)",
        "https://github.com/grafana/grafana/blob/main/packaging/docker/run.sh (exec grafana server --config=\"$GF_PATHS_CONFIG\")",
        "https://github.com/grafana/grafana/blob/main/Dockerfile (ENV GF_PATHS_CONFIG=\"/etc/grafana/grafana.ini\")",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/infinity.ts

const infinity = {
    id: "infinity",
    name: "Infinity (vector database)",
    impact: "data-store",
    images: ["infiniflow/infinity"],
    ports: [
        { port: 23817, purpose: "Thrift client API (Python SDK)" },
        { port: 23820, purpose: "HTTP API (databases, tables, search, admin)" },
        { port: 5432, purpose: "PostgreSQL wire protocol" },
    ],
    listen: {
        // conf/infinity_conf.toml: [network] server_address = "0.0.0.0".
        default: "all",
        loopbackOnly: [{ config: `^\\s*server_address\\s*=\\s*["']?(${addresses/* LOOPBACK_VALUE */.m1})["']?\\s*$`, section: "network" }],
    },
    auth: [
        {
            builtIn: "none",
            summary: "Infinity has no authentication: its configuration has no user, password or key setting, so anyone who reaches its ports reads and changes every table.",
        },
    ],
    sources: [
        "https://github.com/infiniflow/infinity/blob/main/conf/infinity_conf.toml ([network] server_address 0.0.0.0, postgres_port 5432, http_port 23820, client_port 23817; no authentication settings)",
        "https://github.com/infiniflow/ragflow/blob/main/docker/docker-compose-base.yml (infiniflow/infinity started with -f /infinity_conf.toml, ports 23817, 23820, 5432)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/h2ogpt.ts
const h2ogpt = {
    id: "h2ogpt",
    name: "h2oGPT",
    // Chat UI and OpenAI-compatible API over its models and the documents users upload.
    impact: "inference",
    images: ["gcr.io/vorvan/h2oai/h2ogpt-runtime", "gcr.io/vorvan/h2oai/h2oai-h2ogpt-runtime"],
    // The image and its documentation start /workspace/generate.py (the image's ENTRYPOINT is Python).
    commands: ["(^|\\s)/workspace/generate\\.py(\\s|$)"],
    ports: [
        { port: 7860, purpose: "Gradio chat UI and API" },
        { port: 5000, purpose: "OpenAI-compatible API (--openai_port)" },
    ],
    listen: {
        // The documented `docker run -p 7860:7860 -p 5000:5000` answers on the published ports.
        default: "all",
    },
    auth: [
        {
            builtIn: "off",
            // --auth names users (or an auth.json); with the default auth_access='open' any visitor adds a new user.
            enabledBy: [{ flag: "--auth", value: "(?!none$).+", requires: [{ flag: "--auth_access", value: "closed" }] }],
            summary: "h2oGPT has no login by default (auth=None); --auth alone lets any visitor add a user (auth_access='open'), so only --auth with --auth_access=closed keeps strangers out.",
        },
    ],
    sources: [
        "https://github.com/h2oai/h2ogpt/blob/main/src/gen.py (main(): auth=None, auth_access='open'; auth_access 'open': allow new users to be added, 'closed': stick to existing users)",
        "https://github.com/h2oai/h2ogpt/blob/main/docs/README_DOCKER.md (gcr.io/vorvan/h2oai/h2ogpt-runtime running /workspace/generate.py; -p 7860:7860, OPENAI_SERVER_PORT 5000; for open access remove --h2ogpt_api_keys)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/jupyter.ts

// An empty token: `--X.token=''` in a shell string reaches us as an empty value, in a YAML list
// item the quotes stay (`''` or `""`).
const EMPTY = "(''|\"\")?";
const jupyter = {
    id: "jupyter",
    name: "Jupyter Server (Notebook, JupyterLab)",
    impact: "code-execution",
    images: ["quay.io/jupyter/*-notebook", "jupyter/*-notebook"],
    commands: ["\\bjupyter(-|\\s+)(lab|notebook|server|nbclassic)\\b", "(^|/|\\s)start-notebook\\.(sh|py)\\b"],
    ports: [{ port: 8888, purpose: "notebook server (terminals and kernels run code)" }],
    listen: {
        // docker-stacks images set c.ServerApp.ip = "" (all interfaces); ServerApp.ip defaults to localhost.
        default: "all",
        commandDefault: "loopback",
        allInterfaces: [
            { flag: "--ip", value: "0\\.0\\.0\\.0|::|\\*|''|\"\"|" },
            { flag: "--ServerApp.ip", value: "0\\.0\\.0\\.0|::|\\*|''|\"\"|" },
            { flag: "--NotebookApp.ip", value: "0\\.0\\.0\\.0|::|\\*|''|\"\"|" },
        ],
        loopbackOnly: [
            { flag: "--ip", value: addresses/* LOOPBACK_VALUE */.m1 },
            { flag: "--ServerApp.ip", value: addresses/* LOOPBACK_VALUE */.m1 },
            { flag: "--NotebookApp.ip", value: addresses/* LOOPBACK_VALUE */.m1 },
        ],
    },
    auth: [
        {
            builtIn: "on",
            // An empty token turns auth off when no password is set (the default). An empty JUPYTER_TOKEN
            // does NOT: IdentityProvider only uses the variable when it is non-empty and otherwise
            // generates a random token.
            disabledBy: [
                { flag: "--ServerApp.token", value: EMPTY },
                { flag: "--IdentityProvider.token", value: EMPTY },
                { flag: "--NotebookApp.token", value: EMPTY },
                // docker-stacks start-notebook.py appends shlex.split(NOTEBOOK_ARGS) to the command.
                {
                    env: "NOTEBOOK_ARGS",
                    value: "(.*\\s)?--(ServerApp|IdentityProvider|NotebookApp)\\.token(=|\\s+)(''|\"\")?(\\s.*)?",
                },
            ],
            summary: "Jupyter requires a token (or password) by default; an empty --ServerApp.token/--NotebookApp.token with no password lets anyone run code.",
        },
    ],
    // The token or password the login checks; `--LabApp.*` is how JupyterLab 2.x and many guides spell it.
    loginSecrets: [
        { flag: "--ServerApp.token" },
        { flag: "--IdentityProvider.token" },
        { flag: "--NotebookApp.token" },
        { flag: "--LabApp.token" },
        { flag: "--ServerApp.password" },
        { flag: "--NotebookApp.password" },
        { env: "JUPYTER_TOKEN" },
    ],
    // The server Notebook 7 and JupyterLab run on; its version is not in the images' tags (dates).
    packages: [{ ecosystem: "PyPI", name: "jupyter-server" }],
    releases: {
        lines: ["2.20", "2.19"],
        latest: "2.20.0",
        asOf: "2026-07-22",
        source: "https://github.com/jupyter-server/jupyter_server/blob/main/CHANGELOG.md",
    },
    sources: [
        "https://github.com/jupyter/docker-stacks/blob/main/images/base-notebook/jupyter_server_config.py (c.ServerApp.ip = \"\")",
        "https://github.com/jupyter/docker-stacks/blob/main/images/base-notebook/start-notebook.py (NOTEBOOK_ARGS, DOCKER_STACKS_JUPYTER_CMD)",
        "https://github.com/jupyter/docker-stacks/blob/main/images/base-notebook/Dockerfile (JUPYTER_PORT=8888, CMD start-notebook.py)",
        "https://github.com/jupyter-server/jupyter_server/blob/main/jupyter_server/serverapp.py (ip default localhost; ServerApp.token deprecated alias of IdentityProvider.token)",
        "https://github.com/jupyter-server/jupyter_server/blob/main/jupyter_server/auth/identity.py (_token_default: JUPYTER_TOKEN used only when non-empty, else random token)",
        "https://github.com/jupyter-server/jupyter_server/blob/main/CHANGELOG.md (2.20.0 2026-06-17, 2.19.0 2026-05-29)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/jupyterhub.ts
const jupyterhub = {
    id: "jupyterhub",
    name: "JupyterHub",
    impact: "code-execution",
    images: ["jupyterhub/jupyterhub"],
    commands: ["(^|/|\\s)jupyterhub(\\s|$)"],
    ports: [{ port: 8000, purpose: "hub proxy (login, spawns user notebook servers)" }],
    listen: {
        // bind_url defaults to http://:8000 (every interface).
        default: "all",
    },
    auth: [
        {
            // Authenticator switches live in jupyterhub_config.py, which is not read; the Helm chart's values
            // (hub.config.JupyterHub.authenticator_class) are, and give this line when they choose DummyAuthenticator
            // without a shared password.
            builtIn: "on",
            disabledBy: [{ config: "^\\s*authenticator_class:\\s*dummy\\s*$" }],
            summary: "JupyterHub requires a login (PAMAuthenticator by default); which authenticator runs is set in jupyterhub_config.py. DummyAuthenticator (the Helm chart's default) lets anyone log in with any user name and password unless DummyAuthenticator.password is set.",
        },
    ],
    sources: [
        "https://github.com/jupyterhub/jupyterhub/blob/main/jupyterhub/app.py (bind_url default http://:8000; authenticator_class default PAMAuthenticator)",
        "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/4.4.0/docs/source/administrator/authentication.md (the chart's default DummyAuthenticator allows anyone to log in with any username and password)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/keycloak.ts
const keycloak_LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
const keycloak = {
    id: "keycloak",
    name: "Keycloak",
    // An identity provider: its admin console controls every realm, client and user it signs in.
    impact: "web-app",
    images: ["quay.io/keycloak/keycloak", "keycloak/keycloak", "jboss/keycloak", "bitnami/keycloak", "bitnamilegacy/keycloak"],
    ports: [
        // Production mode (`start`) serves HTTP only with KC_HTTP_ENABLED=true / --http-enabled; start-dev always does.
        { port: 8080, purpose: "HTTP: login pages, admin console, OIDC/SAML endpoints" },
        { port: 8443, purpose: "HTTPS: login pages, admin console, OIDC/SAML endpoints" },
        // Quarkus distribution: management interface for the health and metrics endpoints.
        { port: 9000, purpose: "management interface (health, metrics)", sensitive: false },
    ],
    listen: {
        // Quarkus distribution: http-host defaults to 0.0.0.0. jboss/keycloak binds the container's own
        // address (hostname -i).
        default: "all",
        loopbackOnly: [
            { env: "KC_HTTP_HOST", value: keycloak_LOOPBACK },
            { flag: "--http-host", value: keycloak_LOOPBACK },
        ],
    },
    auth: [
        {
            builtIn: "on",
            summary: "Keycloak always requires a login for its admin console; the first admin comes from KC_BOOTSTRAP_ADMIN_USERNAME/KC_BOOTSTRAP_ADMIN_PASSWORD (26+), KEYCLOAK_ADMIN/KEYCLOAK_ADMIN_PASSWORD (Quarkus images, deprecated in 26) or KEYCLOAK_USER/KEYCLOAK_PASSWORD (jboss/keycloak), otherwise only a local connection may create it.",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "KC_BOOTSTRAP_ADMIN_PASSWORD" },
            values: ["admin"],
            source: "https://github.com/keycloak/keycloak/blob/3440b4f2cdec9e50db49740c68709eb8593a2e64/docs/guides/getting-started/templates/start-keycloak-container.adoc (KC_BOOTSTRAP_ADMIN_USERNAME=admin -e KC_BOOTSTRAP_ADMIN_PASSWORD=admin: username admin and password admin)",
        },
        {
            knob: { env: "KC_BOOTSTRAP_ADMIN_PASSWORD" },
            values: ["change_me"],
            source: "https://docs.redhat.com/zh-cn/documentation/red_hat_build_of_keycloak/26.0/html/server_configuration_guide/containers-provide-initial-admin-credentials-when-running-in-a-container (-e KC_BOOTSTRAP_ADMIN_PASSWORD=change_me)",
        },
        {
            knob: { env: "KEYCLOAK_ADMIN_PASSWORD" },
            values: ["change_me"],
            source: "https://github.com/keycloak/keycloak/blob/0202f5aabd7c5ded36c68575e80e558452ea8700/docs/guides/server/containers.adoc (-e KEYCLOAK_ADMIN=admin -e KEYCLOAK_ADMIN_PASSWORD=change_me)",
        },
        {
            knob: { env: "KEYCLOAK_ADMIN_PASSWORD" },
            values: ["bitnami"],
            source: "https://github.com/bitnami/containers/blob/00e11cd5499c76e13837950e1019aa74e53327e9/bitnami/keycloak/README.md (KEYCLOAK_ADMIN_PASSWORD: Administrator default password. Default: bitnami)",
        },
    ],
    loginSecrets: [
        // 26.0.0+: bootstrap options, also as --bootstrap-admin-password.
        { env: "KC_BOOTSTRAP_ADMIN_PASSWORD" },
        { flag: "--bootstrap-admin-password" },
        // Quarkus distribution before 26 (deprecated, not removed, in 26); also the Bitnami image.
        { env: "KEYCLOAK_ADMIN_PASSWORD" },
        // jboss/keycloak (WildFly distribution): add-user-keycloak.sh --password $KEYCLOAK_PASSWORD.
        { env: "KEYCLOAK_PASSWORD" },
    ],
    sources: [
        "https://github.com/keycloak/keycloak/blob/029101960bfb86a816201e58ead7e5027c04f798/docs/documentation/upgrading/topics/changes/changes-26_0_0.adoc (KEYCLOAK_ADMIN and KEYCLOAK_ADMIN_PASSWORD deprecated; use KC_BOOTSTRAP_ADMIN_USERNAME and KC_BOOTSTRAP_ADMIN_PASSWORD, also --bootstrap-admin-username/--bootstrap-admin-password)",
        "https://www.keycloak.org/server/bootstrap-admin-recovery (start and start-dev bootstrap a temporary admin from --bootstrap-admin-username/--bootstrap-admin-password)",
        "https://github.com/keycloak/keycloak/blob/0202f5aabd7c5ded36c68575e80e558452ea8700/docs/guides/server/containers.adoc (Keycloak only allows to create the initial admin user from a local network connection; in a container provide KEYCLOAK_ADMIN/KEYCLOAK_ADMIN_PASSWORD; ports 8080 and 8443)",
        "https://github.com/keycloak/keycloak/blob/006aea300d7892fd60cf756535f25d2c325b3d1c/quarkus/config-api/src/main/java/org/keycloak/config/HttpOptions.java (http-enabled default false, http-host default 0.0.0.0, http-port 8080, https-port 8443)",
        "https://github.com/keycloak/keycloak/blob/03140e4b138bbdd86d3fc490e2c05e8e87eea92f/quarkus/config-api/src/main/java/org/keycloak/config/ManagementOptions.java (management interface for health and metrics, management-port 9000)",
        "https://github.com/keycloak/keycloak-containers/blob/06382ea5be9995e8f5bc2248331d9d23439420f4/server/tools/docker-entrypoint.sh (jboss/keycloak: add-user-keycloak.sh with KEYCLOAK_USER/KEYCLOAK_PASSWORD; -Djboss.bind.address=$(hostname -i))",
        "https://github.com/bitnami/containers/blob/00e11cd5499c76e13837950e1019aa74e53327e9/bitnami/keycloak/README.md (KEYCLOAK_ADMIN_PASSWORD default bitnami; KEYCLOAK_BIND_ADDRESS default 0.0.0.0; ports 8080/8443)",
        "https://github.com/bitnami/containers/issues/83267 (August 2025: existing images move from docker.io/bitnami to docker.io/bitnamilegacy)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/khoj.ts
const khoj = {
    id: "khoj",
    name: "Khoj",
    // Agents with a code sandbox and access to the user's indexed documents.
    impact: "code-execution",
    images: ["ghcr.io/khoj-ai/khoj"],
    commands: ["src/khoj/main\\.py\\b", "(^|/|\\s)khoj\\s+--"],
    ports: [{ port: 42110, purpose: "web UI, API and Django admin" }],
    listen: {
        // --host defaults to 127.0.0.1; the official compose file passes --host="0.0.0.0".
        default: "loopback",
        allInterfaces: [{ flag: "--host", value: "[\"']?(0\\.0\\.0\\.0|::)[\"']?" }],
    },
    auth: [
        {
            builtIn: "on",
            disabledBy: [{ flag: "--anonymous-mode", value: "" }],
            summary: "Khoj requires a login unless started with --anonymous-mode (single user, no login).",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "KHOJ_ADMIN_PASSWORD" },
            values: ["password"],
            source: "https://github.com/khoj-ai/khoj/blob/master/docker-compose.yml (KHOJ_ADMIN_PASSWORD=password)",
        },
    ],
    sources: [
        "https://github.com/khoj-ai/khoj/blob/master/src/khoj/utils/cli.py (--host default 127.0.0.1, --port 42110, --anonymous-mode: no login required)",
        "https://github.com/khoj-ai/khoj/blob/master/Dockerfile (ENTRYPOINT python3 src/khoj/main.py)",
        "https://github.com/khoj-ai/khoj/blob/master/docker-compose.yml (command --host=\"0.0.0.0\" --port=42110 --anonymous-mode)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/kibana.ts

const kibana = {
    id: "kibana",
    name: "Kibana",
    impact: "web-app",
    images: ["kibana", "docker.elastic.co/kibana/kibana"],
    ports: [{ port: 5601, purpose: "web UI (Dev Tools console reaches Elasticsearch)" }],
    listen: {
        // The image's generated kibana.yml sets server.host: "0.0.0.0" (older images "0").
        default: "all",
        loopbackOnly: [{ env: "SERVER_HOST", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            // Kibana logs users in against Elasticsearch: it shows a login page only when Elasticsearch
            // security is on, and then it must itself be given credentials to connect.
            versions: "<8.0.0",
            builtIn: "off",
            enabledBy: [{ env: "ELASTICSEARCH_USERNAME" }, { env: "ELASTICSEARCH_SERVICEACCOUNTTOKEN" }],
            summary: "Kibana before 8.0 has a login only when the Elasticsearch cluster behind it has security enabled.",
        },
        {
            // 8.x: Elasticsearch security is on by default; an unconfigured Kibana starts in enrollment mode.
            versions: ">=8.0.0",
            builtIn: "on",
            summary: "Kibana 8+ shows a login page as long as the Elasticsearch cluster behind it keeps its default security on.",
        },
    ],
    sources: [
        "https://github.com/elastic/kibana/blob/main/src/dev/build/tasks/os_packages/docker_generator/templates/kibana_yml.template.ts (server.host: \"0.0.0.0\")",
        "https://www.elastic.co/guide/en/kibana/7.13/docker.html (environment variables map to settings, e.g. ELASTICSEARCH_USERNAME -> elasticsearch.username, SERVER_HOST -> server.host)",
        "https://www.elastic.co/guide/en/elasticsearch/reference/8.0/configuring-stack-security.html (8.0: security on by default, Kibana enrollment)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/langflow.ts

const langflow = {
    id: "langflow",
    name: "Langflow",
    // Flows and custom components run Python on the server.
    impact: "code-execution",
    images: ["langflowai/langflow"],
    commands: ["\\blangflow\\s+run\\b"],
    ports: [{ port: 7860, purpose: "web UI and API" }],
    listen: {
        // The image sets ENV LANGFLOW_HOST=0.0.0.0; the CLI default host is localhost.
        default: "all",
        commandDefault: "loopback",
        allInterfaces: [
            { env: "LANGFLOW_HOST", value: "0\\.0\\.0\\.0|::" },
            { flag: "--host", value: "0\\.0\\.0\\.0|::" },
        ],
        loopbackOnly: [
            { env: "LANGFLOW_HOST", value: addresses/* LOOPBACK_VALUE */.m1 },
            { flag: "--host", value: addresses/* LOOPBACK_VALUE */.m1 },
        ],
    },
    auth: [
        {
            // AUTO_LOGIN defaults to True: GET /api/v1/auto_login hands a superuser token to any caller.
            // Since 1.5 most API routes also want an API key, but that token lets a caller create one.
            builtIn: "off",
            enabledBy: [{ env: "LANGFLOW_AUTO_LOGIN", value: "false|0|no|off|f|n" }],
            summary: "Langflow logs every visitor in as superuser (LANGFLOW_AUTO_LOGIN defaults to true) unless LANGFLOW_AUTO_LOGIN=false.",
        },
    ],
    // langflow-base carries the server code under its own version numbers (langflow 1.3.0 = langflow-base 0.3.0),
    // so it is not this product's version; advisories name it as a package of its own.
    packages: [{ ecosystem: "PyPI", name: "langflow" }],
    // Pre-releases such as 1.0.0a3 and 1.8.0rc2 appear in advisory ranges.
    versionScheme: "pep440",
    sources: [
        "https://github.com/langflow-ai/langflow/blob/main/src/lfx/src/lfx/services/settings/auth.py (AUTO_LOGIN default True, 'Set to False in production')",
        "https://github.com/langflow-ai/langflow/blob/main/src/backend/base/langflow/api/v1/login.py (/auto_login issues a superuser token when AUTO_LOGIN)",
        "https://docs.langflow.org/api-keys-and-authentication (LANGFLOW_AUTO_LOGIN; since 1.5 most endpoints require an API key)",
        "https://github.com/langflow-ai/langflow/blob/main/docker/build_and_push.Dockerfile (ENV LANGFLOW_HOST=0.0.0.0, LANGFLOW_PORT=7860, CMD langflow run)",
        "https://github.com/langflow-ai/langflow/blob/main/src/lfx/src/lfx/services/settings/base.py (host default localhost, port 7860)",
        "https://osv.dev/vulnerability/PYSEC-2026-380 (langflow-base fixed 0.3.0 for the langflow 1.3.0 fix of CVE-2025-3248)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/letta.ts

const letta = {
    id: "letta",
    name: "Letta",
    // Agents run tools, including user-defined Python tools.
    impact: "code-execution",
    images: ["letta/letta"],
    commands: ["\\bletta\\s+server\\b"],
    ports: [{ port: 8283, purpose: "REST API" }],
    listen: {
        // The image's startup.sh runs `letta server --host ${HOST:-0.0.0.0}`; the CLI defaults to localhost.
        default: "all",
        commandDefault: "loopback",
        allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
        loopbackOnly: [
            { flag: "--host", value: addresses/* LOOPBACK_VALUE */.m1 },
            { env: "HOST", value: addresses/* LOOPBACK_VALUE */.m1 },
        ],
    },
    auth: [
        {
            builtIn: "off",
            enabledBy: [
                { env: "LETTA_SERVER_SECURE", value: "true" },
                // startup.sh adds --secure when SECURE=true.
                { env: "SECURE", value: "true" },
                { flag: "--secure", value: "" },
            ],
            summary: "Letta checks a password (LETTA_SERVER_PASSWORD) only in secure mode: LETTA_SERVER_SECURE=true or --secure.",
        },
    ],
    sources: [
        "https://github.com/letta-ai/letta/blob/56ba9c25552605eec89de8ed3dc6394b625c1993/letta/server/rest_api/app.py (LETTA_SERVER_SECURE == \"true\" or --secure adds CheckPasswordMiddleware; LETTA_SERVER_PASSWORD)",
        "https://github.com/letta-ai/letta/blob/56ba9c25552605eec89de8ed3dc6394b625c1993/letta/server/startup.sh (HOST default 0.0.0.0, PORT 8283, SECURE=true adds --secure)",
        "https://github.com/letta-ai/letta/blob/56ba9c25552605eec89de8ed3dc6394b625c1993/letta/cli/cli.py (--host defaults to localhost)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/litellm.ts

const litellm = {
    id: "litellm",
    name: "LiteLLM Proxy",
    impact: "inference",
    images: ["ghcr.io/berriai/litellm", "ghcr.io/berriai/litellm-database", "docker.litellm.ai/berriai/litellm"],
    // The `litellm` console script is the proxy CLI; the image runs ENTRYPOINT litellm, CMD --port 4000.
    commands: ["(^|/|\\s)litellm(\\s+--|\\s*$)"],
    // Tags look like main-v1.55.8, v1.61.0-stable, main-latest.
    tagVersion: "^(?:main-)?v(\\d+\\.\\d+\\.\\d+)",
    ports: [{ port: 4000, purpose: "OpenAI-compatible proxy API and admin UI" }],
    listen: {
        // proxy_cli.py: --host default 0.0.0.0 (envvar HOST).
        default: "all",
        loopbackOnly: [
            { flag: "--host", value: addresses/* LOOPBACK_VALUE */.m1 },
            { env: "HOST", value: addresses/* LOOPBACK_VALUE */.m1 },
        ],
    },
    auth: [
        {
            builtIn: "off",
            // A master_key in the --config file also enables auth; config files are not read here.
            enabledBy: [{ env: "LITELLM_MASTER_KEY" }],
            summary: "The LiteLLM proxy accepts any request unless a master key is set (LITELLM_MASTER_KEY or general_settings.master_key).",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "LITELLM_MASTER_KEY" },
            values: ["sk-1234"],
            source: "https://docs.litellm.ai/docs/proxy/deploy (echo 'LITELLM_MASTER_KEY=\"sk-1234\"' > .env)",
        },
    ],
    packages: [{ ecosystem: "PyPI", name: "litellm" }],
    // Releases such as 1.53.1.dev1 and 1.65.4.dev6 are PEP 440, not semver.
    versionScheme: "pep440",
    sources: [
        "https://github.com/BerriAI/litellm/blob/main/litellm/proxy/proxy_cli.py (--host default 0.0.0.0 envvar HOST; --port default 4000 envvar PORT)",
        "https://github.com/BerriAI/litellm/blob/main/Dockerfile (ENTRYPOINT [\"litellm\"], CMD [\"--port\", \"4000\"], EXPOSE 4000)",
        "https://docs.litellm.ai/docs/proxy/deploy (LITELLM_MASTER_KEY; docker.litellm.ai/berriai/litellm and ghcr.io/berriai/litellm images)",
        "https://osv.dev/vulnerability/PYSEC-2026-1549 (PyPI litellm; fixed in 1.53.1.dev1)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/localai.ts

const localai = {
    id: "localai",
    name: "LocalAI",
    impact: "inference",
    images: ["localai/localai", "quay.io/go-skynet/local-ai"],
    commands: ["(^|/|\\s)local-ai(\\s|$)"],
    ports: [{ port: 8080, purpose: "OpenAI-compatible API and web UI" }],
    listen: {
        // Address (env LOCALAI_ADDRESS, ADDRESS) defaults to ":8080", i.e. every interface.
        default: "all",
        loopbackOnly: [
            { env: "LOCALAI_ADDRESS", value: `(${addresses/* LOOPBACK_VALUE */.m1}):\\d+` },
            { env: "ADDRESS", value: `(${addresses/* LOOPBACK_VALUE */.m1}):\\d+` },
            { flag: "--address", value: `(${addresses/* LOOPBACK_VALUE */.m1}):\\d+` },
        ],
    },
    auth: [
        {
            builtIn: "off",
            enabledBy: [
                // Legacy shared API keys: every request needs one of them.
                { env: "LOCALAI_API_KEY" },
                { env: "API_KEY" },
                { flag: "--api-keys" },
                // User accounts (4.1.0+): authEnabled := r.AuthEnabled || r.GitHubClientID != "" || r.OIDCClientID != "".
                // LOCALAI_AUTH is a kong bool (true, 1, yes); a bare --auth-enabled is true.
                { env: "LOCALAI_AUTH", value: "true|1|yes", versions: ">=4.1.0" },
                { flag: "--auth-enabled", value: "|true|1|yes", versions: ">=4.1.0" },
                { env: "GITHUB_CLIENT_ID", versions: ">=4.1.0" },
                { env: "LOCALAI_OIDC_CLIENT_ID", versions: ">=4.1.0" },
            ],
            summary: "LocalAI has no authentication unless API keys are set (LOCALAI_API_KEY, API_KEY or --api-keys) or, from 4.1.0, user accounts are enabled (LOCALAI_AUTH=true, GITHUB_CLIENT_ID or LOCALAI_OIDC_CLIENT_ID); with accounts, the first user to sign in becomes admin.",
        },
    ],
    // `local-ai run <model>`: a gallery name (or a huggingface://, ollama:// or https:// URI, which names a file, not a model).
    models: [{ arg: "(?:^|[\\s/])local-ai\\s+run\\s+([^\\s\"';&|)-][^\\s\"';&|)]*)", source: "other" }],
    sources: [
        "https://github.com/mudler/LocalAI/blob/master/core/cli/run.go (APIKeys env LOCALAI_API_KEY,API_KEY: 'When this is set, all the requests must be authenticated'; Address env LOCALAI_ADDRESS,ADDRESS default :8080; AuthEnabled env LOCALAI_AUTH; GitHubClientID env GITHUB_CLIENT_ID and OIDCClientID env LOCALAI_OIDC_CLIENT_ID 'auto-enables auth'; authEnabled := r.AuthEnabled || r.GitHubClientID != \"\" || r.OIDCClientID != \"\")",
        "https://github.com/mudler/LocalAI/blob/v4.1.0/core/cli/run.go (first release with LOCALAI_AUTH, GITHUB_CLIENT_ID, LOCALAI_OIDC_CLIENT_ID; absent at v4.0.0; added by #9061)",
        "https://github.com/mudler/LocalAI/blob/master/docs/content/features/authentication.md (legacy API keys; LOCALAI_AUTH=true or a GitHub OAuth / OIDC client ID enables user authentication; without either mode the middleware does not restrict requests; the first user to sign in is admin)",
        "https://github.com/mudler/LocalAI/blob/master/docs/content/reference/cli-reference.md (--api-keys, --auth-enabled $LOCALAI_AUTH, --github-client-id $GITHUB_CLIENT_ID, --oidc-client-id $LOCALAI_OIDC_CLIENT_ID)",
        "https://github.com/alecthomas/kong/blob/master/mapper.go (bool values: true, 1, yes / false, 0, no; a bare flag is true)",
        "https://localai.io/docs/getting-started/models (local-ai run <model_gallery_name>; local-ai run huggingface://…, ollama://… or a URL to a model configuration file)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/mariadb.ts

const mariadb = {
    id: "mariadb",
    name: "MariaDB",
    impact: "data-store",
    images: ["mariadb"],
    commands: ["(^|/|\\s)mariadbd(\\s|$)"],
    ports: [{ port: 3306, purpose: "MySQL protocol" }],
    listen: {
        // The image comments out bind-address in the packaged config, so it listens everywhere.
        default: "all",
        loopbackOnly: [{ flag: "--bind-address", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "on",
            // MYSQL_ALLOW_EMPTY_PASSWORD is accepted as the old name of MARIADB_ALLOW_EMPTY_ROOT_PASSWORD.
            disabledBy: [{ env: "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD" }, { env: "MYSQL_ALLOW_EMPTY_PASSWORD" }],
            summary: "The official MariaDB image requires a root password unless MARIADB_ALLOW_EMPTY_ROOT_PASSWORD (or MYSQL_ALLOW_EMPTY_PASSWORD) is set.",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "MARIADB_ROOT_PASSWORD" },
            values: ["my-secret-pw", "example"],
            source: "https://github.com/docker-library/docs/blob/master/mariadb/content.md (MARIADB_ROOT_PASSWORD=my-secret-pw; compose example MARIADB_ROOT_PASSWORD: example)",
        },
        {
            knob: { env: "MYSQL_ROOT_PASSWORD" },
            values: ["my-secret-pw", "example"],
            source: "https://github.com/docker-library/docs/blob/master/mysql/content.md (same example values, accepted by the MariaDB image as the old name)",
        },
    ],
    sources: [
        "https://github.com/MariaDB/mariadb-docker/blob/master/docker-entrypoint.sh (MARIADB_ALLOW_EMPTY_ROOT_PASSWORD defaults to MYSQL_ALLOW_EMPTY_PASSWORD; MYSQL_ROOT_PASSWORD read as fallback)",
        "https://github.com/MariaDB/mariadb-docker/blob/master/Dockerfile.template (bind-address commented out; EXPOSE 3306; CMD mariadbd)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/kubeflow-jupyter.ts
const kubeflowJupyter = {
    id: "kubeflow-jupyter",
    name: "JupyterLab (Kubeflow notebook image)",
    impact: "code-execution",
    // Kubeflow's example notebook server images; the codeserver and rstudio images of the same family run other servers.
    images: ["ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter*", "kubeflownotebookswg/jupyter*"],
    ports: [{ port: 8888, purpose: "JupyterLab (terminals and kernels run code)" }],
    listen: {
        // The image's start script passes --ip=0.0.0.0.
        default: "all",
    },
    auth: [
        {
            // Kubeflow authenticates in front of the notebook (Istio gateway with oauth2-proxy / Dex), so the
            // image's s6 service starts JupyterLab with an empty token and password.
            builtIn: "none",
            summary: "Kubeflow's Jupyter notebook images start JupyterLab with an empty token and password (--ServerApp.token=\"\"), relying on the Kubeflow gateway to authenticate: anyone who reaches port 8888 another way runs code.",
        },
    ],
    sources: [
        "https://github.com/kubeflow/notebooks/blob/notebooks-v1/components/example-notebook-servers/jupyter/s6/services.d/jupyterlab/run (jupyter lab --ip=0.0.0.0 --port=8888 --ServerApp.token=\"\" --ServerApp.password=\"\" --ServerApp.allow_origin=\"*\")",
        "https://github.com/kubeflow/notebooks/blob/notebooks-v1/components/crud-web-apps/jupyter/manifests/base/configs/spawner_ui_config.yaml (images ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-scipy, jupyter-pytorch-full, jupyter-tensorflow-full …)",
        "https://github.com/kubeflow/notebooks/releases/tag/v1.11.0 (the example server images stay under ghcr.io/kubeflow/kubeflow/notebook-servers/…)",
        "https://www.kubeflow.org/docs/components/notebooks/container-images/ (the same images as kubeflownotebookswg/jupyter, kubeflownotebookswg/jupyter-scipy …)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/milvus.ts
const milvus = {
    id: "milvus",
    name: "Milvus",
    impact: "data-store",
    images: ["milvusdb/milvus"],
    commands: ["\\bmilvus\\s+run\\b"],
    ports: [
        { port: 19530, purpose: "proxy: gRPC and RESTful API" },
        { port: 9091, purpose: "HTTP health, metrics and management endpoints" },
    ],
    listen: {
        default: "all",
    },
    auth: [
        {
            // milvus.yaml keys can be set from the environment: the env source lower-cases names and
            // drops separators, so COMMON_SECURITY_AUTHORIZATIONENABLED sets common.security.authorizationEnabled.
            builtIn: "off",
            enabledBy: [{ env: "COMMON_SECURITY_AUTHORIZATIONENABLED", value: "true|1" }],
            summary: "Milvus authentication is off by default (common.security.authorizationEnabled: false).",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "COMMON_SECURITY_DEFAULTROOTPASSWORD" },
            values: ["Milvus"],
            source: "https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml (common.security.defaultRootPassword: Milvus, user root)",
        },
    ],
    packages: [{ ecosystem: "Bitnami", name: "milvus" }],
    sources: [
        "https://osv.dev/vulnerability/BIT-milvus-2026-26190 (ecosystem Bitnami, package milvus: fixed 2.5.27 and 2.6.10, the Milvus server by its own version)",
        "https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml (authorizationEnabled: false; defaultRootPassword: Milvus; proxy port 19530)",
        "https://github.com/milvus-io/milvus/blob/master/pkg/config/env_source.go (environment variables are read as config keys through a key formatter)",
        "https://github.com/milvus-io/milvus/blob/master/deployments/docker/standalone/docker-compose.yml (ports 19530 and 9091, healthcheck http://localhost:9091/healthz)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/minio.ts
const minio = {
    id: "minio",
    name: "MinIO",
    impact: "data-store",
    // Tags are RELEASE.<date> stamps with no semver version.
    images: ["minio/minio", "quay.io/minio/minio"],
    commands: ["\\bminio\\s+server\\b"],
    ports: [
        { port: 9000, purpose: "S3 API" },
        // The console port is random unless --console-address is given; :9001 is the documented choice.
        { port: 9001, purpose: "web console (with --console-address \":9001\")" },
    ],
    listen: {
        default: "all",
    },
    auth: [
        {
            builtIn: "on",
            summary: "MinIO always requires credentials; without MINIO_ROOT_USER/MINIO_ROOT_PASSWORD the root account is minioadmin:minioadmin.",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "MINIO_ROOT_USER" },
            values: ["minioadmin"],
            source: "https://docs.min.io/minio/baremetal/reference/minio-server/minio-server.html#environment-variables (MINIO_ROOT_USER/MINIO_ROOT_PASSWORD default to minioadmin if unset)",
        },
        {
            knob: { env: "MINIO_ROOT_PASSWORD" },
            values: ["minioadmin"],
            source: "https://docs.min.io/minio/baremetal/reference/minio-server/minio-server.html#environment-variables (MINIO_ROOT_USER/MINIO_ROOT_PASSWORD default to minioadmin if unset)",
            whenUnset: true,
        },
        {
            // Legacy names, still in Milvus' reference compose file.
            knob: { env: "MINIO_ACCESS_KEY" },
            values: ["minioadmin"],
            source: "https://github.com/milvus-io/milvus/blob/master/deployments/docker/standalone/docker-compose.yml (MINIO_ACCESS_KEY: minioadmin)",
        },
        {
            knob: { env: "MINIO_SECRET_KEY" },
            values: ["minioadmin"],
            source: "https://github.com/milvus-io/milvus/blob/master/deployments/docker/standalone/docker-compose.yml (MINIO_SECRET_KEY: minioadmin)",
        },
    ],
    versionScheme: "timestamp",
    sources: [
        "https://docs.min.io/minio/baremetal/reference/minio-server/minio-server.html#environment-variables (minio server, --console-address, root credentials default minioadmin)",
        "https://www.cve.org/CVERecord?id=CVE-2024-24747 (versions are release tags: fixed in RELEASE.2024-01-31T20-20-33Z)",
        "https://www.cve.org/CVERecord?id=CVE-2026-40344 (fixes of 2026 ship in MinIO AIStor; users of the open-source minio/minio are told to upgrade to AIStor)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/mlflow.ts
const mlflow = {
    id: "mlflow",
    name: "MLflow Tracking Server",
    impact: "code-execution",
    images: ["ghcr.io/mlflow/mlflow"],
    commands: ["\\bmlflow\\s+(server|ui)\\b"],
    ports: [{ port: 5000, purpose: "tracking server UI and REST API (experiments, models, artifacts)" }],
    listen: {
        // --host (env MLFLOW_HOST) defaults to 127.0.0.1; the image does not start a server by itself.
        default: "loopback",
        allInterfaces: [
            { flag: "--host", value: "0\\.0\\.0\\.0|::" },
            { flag: "-h", value: "0\\.0\\.0\\.0|::" },
            { env: "MLFLOW_HOST", value: "0\\.0\\.0\\.0|::" },
        ],
    },
    auth: [
        {
            builtIn: "off",
            // `--app-name basic-auth` is the built-in app; other values load auth plugins (e.g. OIDC).
            enabledBy: [{ flag: "--app-name" }],
            summary: "MLflow has no authentication unless the server is started with --app-name basic-auth (or an auth plugin app).",
        },
    ],
    // mlflow-skinny is MLflow without the server and UI, released under mlflow's version numbers: it carries the
    // client code (model loading, projects) that several advisories are about.
    packages: [
        { ecosystem: "PyPI", name: "mlflow" },
        { ecosystem: "PyPI", name: "mlflow-skinny" },
    ],
    // Pre-releases such as 2.22.0rc0 and 3.10.1.dev0 appear in advisory ranges.
    versionScheme: "pep440",
    sources: [
        "https://github.com/mlflow/mlflow/blob/master/mlflow/utils/cli_args.py (--host/-h envvar MLFLOW_HOST default 127.0.0.1; --port default 5000)",
        "https://mlflow.org/docs/latest/self-hosting/security/basic-http-auth (mlflow server --app-name basic-auth)",
        "https://mlflow.org/docs/latest/self-hosting/security/custom (auth plugins as apps)",
        "https://osv.dev/vulnerability/PYSEC-2026-1640 (PyPI mlflow; ranges with 3.0.0rc0)",
        "https://anaconda.org/channels/anaconda-python-gte-3.10/packages/mlflow-skinny/files (\"lightweight MLflow package without SQL storage, server, UI\"; versions 2.3.1 … 2.12.2 as mlflow's)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/mongodb.ts

const mongodb = {
    id: "mongodb",
    name: "MongoDB",
    impact: "data-store",
    images: ["mongo"],
    commands: ["(^|/|\\s)mongod(\\s|$)"],
    ports: [{ port: 27017, purpose: "MongoDB wire protocol" }],
    listen: {
        // The entrypoint adds --bind_ip_all unless --bind_ip/--bind_ip_all is already given.
        default: "all",
        loopbackOnly: [{ flag: "--bind_ip", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "off",
            // With both MONGO_INITDB_ROOT_USERNAME and _PASSWORD the entrypoint adds --auth; one without
            // the other is an error.
            enabledBy: [{ env: "MONGO_INITDB_ROOT_USERNAME" }, { flag: "--auth", value: "" }],
            summary: "The official MongoDB image runs without access control unless MONGO_INITDB_ROOT_USERNAME/PASSWORD (or --auth) is set.",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "MONGO_INITDB_ROOT_PASSWORD" },
            values: ["example", "secret"],
            source: "https://github.com/docker-library/docs/blob/master/mongo/content.md (MONGO_INITDB_ROOT_PASSWORD: example in the compose example; =secret in the docker run example)",
        },
    ],
    sources: [
        "https://github.com/docker-library/mongo/blob/master/docker-entrypoint.sh (MONGO_INITDB_ROOT_USERNAME and _PASSWORD add --auth; --bind_ip_all unless --bind_ip given)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/mysql.ts

const mysql = {
    id: "mysql",
    name: "MySQL",
    impact: "data-store",
    images: ["mysql"],
    commands: ["(^|/|\\s)mysqld(\\s|$)"],
    ports: [
        { port: 3306, purpose: "MySQL protocol" },
        { port: 33060, purpose: "MySQL X protocol" },
    ],
    listen: {
        // bind_address defaults to * (all IPv4 and IPv6 interfaces).
        default: "all",
        loopbackOnly: [{ flag: "--bind-address", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "on",
            // Any non-empty MYSQL_ALLOW_EMPTY_PASSWORD creates root with an empty password.
            disabledBy: [{ env: "MYSQL_ALLOW_EMPTY_PASSWORD" }],
            summary: "The official MySQL image requires a root password unless MYSQL_ALLOW_EMPTY_PASSWORD is set (root with no password).",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "MYSQL_ROOT_PASSWORD" },
            values: ["my-secret-pw", "example"],
            source: "https://github.com/docker-library/docs/blob/master/mysql/content.md (MYSQL_ROOT_PASSWORD=my-secret-pw; compose example MYSQL_ROOT_PASSWORD: example)",
        },
    ],
    sources: [
        "https://github.com/docker-library/mysql/blob/master/docker-entrypoint.sh (MYSQL_ROOT_PASSWORD / MYSQL_ALLOW_EMPTY_PASSWORD / MYSQL_RANDOM_ROOT_PASSWORD; root@'%')",
        "https://github.com/docker-library/mysql/blob/master/Dockerfile.oracle (EXPOSE 3306 33060, CMD mysqld)",
        "https://dev.mysql.com/doc/refman/8.4/en/ipv6-server-config.html (bind_address default *)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/n8n.ts

const n8n = {
    id: "n8n",
    name: "n8n",
    // Workflows run code (Code node, Execute Command).
    impact: "code-execution",
    images: ["n8nio/n8n", "docker.n8n.io/n8nio/n8n"],
    ports: [{ port: 5678, purpose: "editor UI, REST API and webhooks" }],
    listen: {
        // N8N_LISTEN_ADDRESS defaults to '::' (older releases '0.0.0.0').
        default: "all",
        loopbackOnly: [{ env: "N8N_LISTEN_ADDRESS", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            // 0.x: user management could be skipped (skipInstanceOwnerSetup, removed for 1.0) and basic
            // auth was opt-in.
            versions: "<1.0.0",
            builtIn: "off",
            enabledBy: [{ env: "N8N_BASIC_AUTH_ACTIVE", value: "true" }],
            summary: "n8n before 1.0 could run with no login (owner setup skippable) unless basic auth was enabled.",
        },
        {
            versions: ">=1.0.0",
            builtIn: "on",
            summary: "n8n 1.0+ always requires a login; a fresh instance lets its first visitor create the owner account.",
        },
    ],
    sources: [
        "https://github.com/n8n-io/n8n/blob/master/packages/@n8n/config/src/index.ts (N8N_LISTEN_ADDRESS default '::', N8N_PORT 5678)",
        "https://docs.n8n.io/1-0-migration-checklist/ (n8n 1.0 migration guide)",
        "https://github.com/n8n-io/n8n/pull/2973 (basic auth alongside user management before 1.0)",
        "https://app.unpkg.com/n8n@1.65.2/files/dist/databases/migrations/sqlite/1681134145997-RemoveSkipOwnerSetup.js (removes userManagement.skipInstanceOwnerSetup)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/nats.ts
// nats-server parses its options with Go's flag package, so `-user` and `--user` are the same flag.
const nats_LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
// A config file other than the image's own nats-server.conf (which has no client authorization)
// may carry an authorization block; the image's CMD passes `--config nats-server.conf` (scratch)
// or `--config /etc/nats/nats-server.conf` (alpine). Only `.conf` paths count, so the `-c` of
// `sh -c "..."` does not.
const CUSTOM_CONFIG = "(?!(/etc/nats/|\\./|/)?nats-server\\.conf['\"]?$)\\S+\\.conf['\"]?";
const nats = {
    id: "nats",
    name: "NATS",
    // A message bus: whoever connects can subscribe to every subject (`>`), publish, and read and
    // change JetStream streams, key-value and object stores.
    impact: "data-store",
    images: ["nats"],
    commands: ["(^|/|\\s)nats-server(\\s|$)"],
    ports: [
        { port: 4222, purpose: "client connections (publish, subscribe, JetStream)" },
        // Read-only HTTP endpoints (/varz, /connz, /routez, /subsz, /jsz): server and connection
        // statistics, no message access. Only on when monitor_port / -m is set (the image's config does).
        { port: 8222, purpose: "HTTP monitoring (read-only server and connection statistics)", sensitive: false },
        // The image's config protects routes with the published credentials ruser / T0pS3cr3t.
        { port: 6222, purpose: "cluster routes (image default route credentials ruser/T0pS3cr3t)" },
    ],
    listen: {
        // -a/--addr/--net default 0.0.0.0, for the image and the bare binary alike.
        default: "all",
        loopbackOnly: [
            { flag: "--addr", value: nats_LOOPBACK },
            { flag: "-addr", value: nats_LOOPBACK },
            { flag: "-a", value: nats_LOOPBACK },
            { flag: "--net", value: nats_LOOPBACK },
            { flag: "-net", value: nats_LOOPBACK },
        ],
    },
    auth: [
        {
            builtIn: "off",
            // configureAuthorization: auth is required when users/nkeys/operator are configured or
            // opts.Username != "" or opts.Authorization != "" (--pass alone does not turn it on).
            enabledBy: [
                { flag: "--user" },
                { flag: "-user" },
                { flag: "--auth" },
                { flag: "-auth" },
                { flag: "--config", value: CUSTOM_CONFIG },
                { flag: "-config", value: CUSTOM_CONFIG },
                { flag: "-c", value: CUSTOM_CONFIG },
            ],
            summary: "NATS accepts any client unless --user/--pass or --auth (token) is given or a config file defines authorization; the image's own nats-server.conf sets none for clients (a custom config file is assumed to, since its contents are not checked).",
        },
    ],
    loginSecrets: [{ flag: "--pass" }, { flag: "-pass" }, { flag: "--auth" }, { flag: "-auth" }],
    sources: [
        "https://github.com/nats-io/nats-server/blob/main/main.go (usage: -a/--addr/--net default 0.0.0.0, -p 4222, -m/--http_port, -c/--config, --user, --pass, --auth <token>)",
        "https://github.com/nats-io/nats-server/blob/main/server/opts.go (fs.StringVar user, pass, auth, addr/a/net, config/c)",
        "https://github.com/nats-io/nats-server/blob/main/server/const.go (DEFAULT_HOST 0.0.0.0, DEFAULT_PORT 4222)",
        "https://github.com/nats-io/nats-server/blob/main/server/auth.go (configureAuthorization: AuthRequired only with custom auth, trusted keys, users/nkeys, Username or Authorization; otherwise false)",
        "https://github.com/nats-io/nats-docker/blob/main/2.12.x/scratch/nats-server.conf (port 4222, monitor_port 8222, cluster port 6222 with authorization ruser/T0pS3cr3t, no client authorization)",
        "https://github.com/nats-io/nats-docker/blob/main/2.12.x/scratch/Dockerfile (EXPOSE 4222 8222 6222, ENTRYPOINT /nats-server, CMD --config nats-server.conf)",
        "https://github.com/nats-io/nats-docker/blob/main/2.12.x/alpine3.22/Dockerfile (CMD nats-server --config /etc/nats/nats-server.conf)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/neo4j.ts
const neo4j = {
    id: "neo4j",
    name: "Neo4j",
    impact: "data-store",
    images: ["neo4j"],
    // NEO4J_AUTH is the image entrypoint's setting; clients log in with their own names (NEO4J_URI,
    // NEO4J_USERNAME, NEO4J_PASSWORD), but some pass NEO4J_AUTH on too, so it counts only on a Neo4j port.
    serverEnv: [{ env: ["NEO4J_AUTH"], onProductPort: true }],
    ports: [
        { port: 7474, purpose: "HTTP (Browser and HTTP API)" },
        { port: 7473, purpose: "HTTPS" },
        { port: 7687, purpose: "Bolt protocol (Cypher queries)" },
    ],
    listen: {
        // The entrypoint adds server.default_listen_address=0.0.0.0 (4.x: dbms.default_listen_address).
        default: "all",
    },
    auth: [
        {
            builtIn: "on",
            // NEO4J_AUTH=none writes dbms.security.auth_enabled=false; other NEO4J_* variables become
            // settings (_ -> ., __ -> _), so NEO4J_dbms_security_auth__enabled is the same setting.
            disabledBy: [
                { env: "NEO4J_AUTH", value: "none" },
                { env: "NEO4J_dbms_security_auth__enabled", value: "false" },
            ],
            summary: "Neo4j requires a login unless NEO4J_AUTH=none (or dbms.security.auth_enabled=false); without NEO4J_AUTH the account is neo4j/neo4j until someone changes it at first login.",
        },
    ],
    defaultCredentials: [
        {
            // The entrypoint rejects the password neo4j in NEO4J_AUTH, so only the unset case applies.
            knob: { env: "NEO4J_AUTH" },
            values: ["neo4j/neo4j"],
            source: "https://neo4j.com/docs/operations-manual/current/configuration/set-initial-password/ (if not set explicitly, the password defaults to neo4j and must be changed at first login)",
            whenUnset: true,
        },
    ],
    // NEO4J_AUTH_PATH names a file holding the neo4j/<password> value.
    loginSecrets: [{ env: "NEO4J_AUTH" }, { env: "NEO4J_AUTH_PATH" }],
    sources: [
        "https://github.com/neo4j/docker-neo4j/blob/9df98ef9d8d19eaea2fd711f4ae0f9c8d70e9a82/docker-image-src/calver/coredb/docker-entrypoint.sh (NEO4J_AUTH=none -> dbms.security.auth_enabled=false; NEO4J_AUTH=neo4j/<password>, password neo4j rejected; server.default_listen_address 0.0.0.0; NEO4J_* -> settings)",
        "https://github.com/neo4j/docker-neo4j/blob/9df98ef9d8d19eaea2fd711f4ae0f9c8d70e9a82/docker-image-src/4.4/coredb/docker-entrypoint.sh (dbms.default_listen_address 0.0.0.0)",
        "https://github.com/docker-library/docs/blob/master/neo4j/content.md (ports 7474 HTTP and 7687 Bolt; login neo4j/neo4j; NEO4J_AUTH=none disables authentication)",
        "https://neo4j.com/docs/operations-manual/current/configuration/set-initial-password/ (default password neo4j, changed at first login)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/nvidia-nim.ts
const nvidiaNim = {
    id: "nvidia-nim",
    name: "NVIDIA NIM",
    impact: "inference",
    // nvcr.io/nim/<publisher>/<model>: LLM NIMs (nvcr.io/nim/meta/llama-3.1-8b-instruct, the
    // model-free nvcr.io/nim/nvidia/llm-nim) and the other NIM microservices, which serve on 8000 too.
    images: ["nvcr.io/nim/*/*"],
    ports: [{ port: 8000, purpose: "OpenAI-compatible HTTP API (NIM_SERVER_PORT)" }],
    listen: {
        // The documented `docker run -p 8000:8000` reaches the API: the proxy listens beyond loopback.
        default: "all",
    },
    auth: [
        {
            // NGC_API_KEY / NGC_CLI_API_KEY authenticate the container to NGC to download models; they
            // are not checked on incoming requests. The proxy in front of the engine does liveness,
            // readiness, routing, TLS termination and CORS, no authentication.
            builtIn: "none",
            summary: "NVIDIA NIM has no API authentication: NGC_API_KEY only lets the container download models, and anyone who reaches port 8000 can run inference.",
        },
    ],
    // A model-free image serves NIM_MODEL_PATH (`hf://org/name`); a model's own image names it: nvcr.io/nim/meta/llama-3.1-8b-instruct.
    models: [
        { env: "NIM_MODEL_PATH", value: "hf://([\\w.-]+/[\\w.-]+)(?::\\S*)?", source: "huggingface" },
        { image: "(?:^|/)nim/((?!nvidia/llm-nim$)[^/]+/[^/]+)$", source: "nim" },
    ],
    sources: [
        "https://docs.nvidia.com/nim/large-language-models/latest/reference/architecture.html (proxy on the external port: liveness, readiness, routing, TLS termination, CORS)",
        "https://docs.nvidia.com/nim/large-language-models/latest/reference/environment-variables.html (docker run -p 8000:8000 ... -e NIM_SERVER_PORT=8000 -e NGC_API_KEY; no request-authentication variable)",
        "https://docs.nvidia.com/nim/large-language-models/2.0.0/get-started/configuration.html (NGC_API_KEY is exported to start the container and download models)",
        "https://docs.nvidia.com/nim/ingestion/parse/latest/security.html (NIM: \"you must secure your own API endpoints. We suggest using a proxy\")",
        "https://docs.nvidia.com/nim/large-language-models/latest/reference/environment-variables.html (-e NIM_MODEL_PATH=hf://meta-llama/Llama-3.1-8B-Instruct)",
        "https://docs.nvidia.com/nim/large-language-models/latest/deployment/model-free-nim.html (a model-free container serves the model NIM_MODEL_PATH names; the served name drops the URI scheme and a trailing :<version>)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/ollama.ts

const ollama = {
    id: "ollama",
    name: "Ollama",
    // Pull, create and delete models; the API has no authentication at all.
    impact: "model-control",
    images: ["ollama/ollama"],
    commands: ["(^|/|\\s)ollama\\s+serve\\b"],
    ports: [{ port: 11434, purpose: "REST API (generate, pull, create, delete models)" }],
    listen: {
        // The official image sets OLLAMA_HOST=0.0.0.0; the bare binary defaults to 127.0.0.1:11434.
        default: "all",
        commandDefault: "loopback",
        allInterfaces: [{ env: "OLLAMA_HOST", value: `(https?://)?(${addresses/* ALL_INTERFACES_VALUE */.lx})(:\\d+)?` }],
        loopbackOnly: [{ env: "OLLAMA_HOST", value: `(https?://)?(${addresses/* LOOPBACK_VALUE */.m1})(:\\d+)?` }],
    },
    auth: [
        {
            builtIn: "none",
            summary: "Ollama has no authentication: anyone who reaches port 11434 can pull, run and delete models.",
        },
    ],
    designAdvisories: [{ id: "CVE-2025-63389", why: "Ollama has no authentication in any version; AIA101 reports it where the API is reachable" }],
    // The Go module moved from github.com/jmorganca/ollama; Go's vulnerability database uses both paths.
    packages: [
        { ecosystem: "Go", name: "github.com/ollama/ollama" },
        { ecosystem: "Go", name: "github.com/jmorganca/ollama" },
        { ecosystem: "GitHub", name: "ollama/ollama" },
    ],
    releases: {
        lines: ["0.32", "0.31"],
        latest: "0.32.15",
        asOf: "2026-08-21",
        source: "https://github.com/ollama/ollama/tags (v0.31.0 2026-06-29, v0.32.0 2026-07-13, v0.32.15 2026-08-19; 0.33.0 only as release candidates)",
    },
    // `ollama pull <model>` and `ollama run <model>` put a model on whatever server the CLI talks to: in a
    // build step, an init container or the server's own entrypoint script.
    models: [{ arg: "(?:^|[\\s/;&|(])ollama\\s+(?:pull|run)\\s+([^\\s\"';&|)-][^\\s\"';&|)]*)", source: "ollama", anywhere: true }],
    sources: [
        "https://github.com/ollama/ollama/blob/main/envconfig/config.go (OLLAMA_HOST default 127.0.0.1:11434)",
        "https://github.com/ollama/ollama/blob/main/Dockerfile (ENV OLLAMA_HOST 0.0.0.0)",
        "https://github.com/ollama/ollama/blob/main/docs/cli.mdx (ollama run gemma4, ollama pull gemma4)",
        "https://github.com/advisories/GHSA-f6mr-38g8-39rg (CVE-2025-63389, missing authentication)",
        "https://pkg.go.dev/vuln/GO-2024-2901 (module github.com/ollama/ollama)",
        "https://pkg.go.dev/vuln/GO-2024-2699 (old module path github.com/jmorganca/ollama)",
        "https://github.com/ollama/ollama/tags (release tags up to v0.32.15, 2026-08-19)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/open-webui.ts

const openWebui = {
    id: "open-webui",
    name: "Open WebUI",
    impact: "web-app",
    images: ["ghcr.io/open-webui/open-webui"],
    commands: ["\\bopen_webui\\.main:app\\b"],
    ports: [{ port: 8080, purpose: "web UI and API (often published as 3000:8080)" }],
    listen: {
        // start.sh: HOST="${HOST:-0.0.0.0}", PORT="${PORT:-8080}".
        default: "all",
        loopbackOnly: [{ env: "HOST", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "on",
            // env.py: WEBUI_AUTH = os.environ.get("WEBUI_AUTH", "True").lower() == "true", so any value
            // other than "true" (including an empty one) turns login off.
            disabledBy: [{ env: "WEBUI_AUTH", value: "(?!true$).*" }],
            summary: "Open WebUI requires a login unless WEBUI_AUTH is set to anything other than true.",
        },
    ],
    packages: [{ ecosystem: "PyPI", name: "open-webui" }],
    sources: [
        "https://github.com/open-webui/open-webui/blob/main/backend/open_webui/env.py (WEBUI_AUTH = os.environ.get(\"WEBUI_AUTH\", \"True\").lower() == \"true\")",
        "https://github.com/open-webui/open-webui/blob/main/backend/start.sh (HOST default 0.0.0.0, PORT default 8080, uvicorn open_webui.main:app)",
        "https://osv.dev/vulnerability/PYSEC-2026-2730 (PyPI open-webui)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/openhands.ts
const openhands = {
    id: "openhands",
    name: "OpenHands",
    // A coding agent that runs commands in sandboxes it starts through the Docker socket.
    impact: "code-execution",
    images: [
        "docker.openhands.dev/openhands/openhands",
        "docker.all-hands.dev/all-hands-ai/openhands",
        "ghcr.io/openhands/openhands",
    ],
    commands: ["\\bopenhands\\.server\\.listen:app\\b"],
    ports: [{ port: 3000, purpose: "web UI and API" }],
    listen: {
        // The image runs uvicorn openhands.server.listen:app --host 0.0.0.0 --port 3000.
        default: "all",
    },
    auth: [
        {
            // The open-source server has no user login; SESSION_API_KEY adds an X-Session-API-Key check
            // on the conversation routes and the socket connection.
            builtIn: "off",
            enabledBy: [{ env: "SESSION_API_KEY" }],
            summary: "The open-source OpenHands server has no user login; only SESSION_API_KEY adds a key check.",
        },
    ],
    sources: [
        "https://github.com/All-Hands-AI/OpenHands/blob/main/containers/app/Dockerfile (CMD uvicorn openhands.server.listen:app --host 0.0.0.0 --port 3000)",
        "https://github.com/All-Hands-AI/OpenHands/blob/main/openhands/server/dependencies.py (SESSION_API_KEY check only when set)",
        "https://github.com/All-Hands-AI/OpenHands/blob/main/openhands/server/user_auth/default_user_auth.py (DefaultUserAuth)",
        "https://github.com/All-Hands-AI/OpenHands/blob/main/README.md (docker.openhands.dev/openhands/openhands; docker.all-hands.dev/all-hands-ai/openhands until 2025-10)",
        "https://github.com/All-Hands-AI/OpenHands/blob/main/enterprise/Dockerfile (BASE ghcr.io/openhands/openhands)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/opensearch.ts
const opensearch = {
    id: "opensearch",
    name: "OpenSearch",
    impact: "data-store",
    images: ["opensearchproject/opensearch"],
    ports: [
        { port: 9200, purpose: "REST API" },
        { port: 9300, purpose: "transport (node-to-node)" },
        { port: 9600, purpose: "Performance Analyzer API" },
        { port: 9650, purpose: "Performance Analyzer root cause analysis" },
    ],
    listen: {
        // The image's opensearch.yml binds network.host: 0.0.0.0.
        default: "all",
    },
    auth: [
        {
            // Before 2.12 the demo configuration installed by default uses admin:admin; from 2.12 it needs
            // OPENSEARCH_INITIAL_ADMIN_PASSWORD. Neither changes whether authentication is on.
            builtIn: "on",
            disabledBy: [
                // The entrypoint compares "$DISABLE_SECURITY_PLUGIN" = "true" and then passes -Eplugins.security.disabled=true.
                { env: "DISABLE_SECURITY_PLUGIN", value: "true" },
                { env: "plugins.security.disabled", value: "true" },
                { arg: "-E\\s*plugins\\.security\\.disabled=true\\b" },
            ],
            summary: "OpenSearch's security plugin is on by default; DISABLE_SECURITY_PLUGIN=true (or plugins.security.disabled) removes authentication.",
        },
    ],
    loginSecrets: [{ env: "OPENSEARCH_INITIAL_ADMIN_PASSWORD" }],
    sources: [
        "https://github.com/opensearch-project/opensearch-build/blob/main/docker/release/config/opensearch/opensearch-docker-entrypoint-default.x.sh (DISABLE_SECURITY_PLUGIN, -Eplugins.security.disabled=true, OPENSEARCH_INITIAL_ADMIN_PASSWORD from 2.12)",
        "https://github.com/opensearch-project/opensearch-build/blob/main/config/opensearch.yml (network.host: 0.0.0.0)",
        "https://github.com/opensearch-project/opensearch-build/blob/main/docker/release/dockerfiles/opensearch.al2023.dockerfile (EXPOSE 9200 9300 9600 9650)",
        "https://docs.opensearch.org/latest/security/configuration/demo-configuration (2.12+ requires a custom admin password; DISABLE_SECURITY_PLUGIN)",
        "https://github.com/opensearch-project/alerting/issues/1347 (demo configuration used admin:admin before 2.12.0)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/postgres.ts
const postgres = {
    id: "postgres",
    name: "PostgreSQL",
    impact: "data-store",
    images: ["postgres"],
    // Read only by the image's entrypoint (initdb arguments, pg_hba method); POSTGRES_PASSWORD and PGDATA
    // are also what clients and backup tools set, so those count only on a workload that listens on 5432.
    serverEnv: [
        { env: ["POSTGRES_HOST_AUTH_METHOD", "POSTGRES_INITDB_ARGS", "POSTGRES_INITDB_WALDIR"] },
        { env: ["POSTGRES_PASSWORD", "POSTGRES_PASSWORD_FILE", "PGDATA"], onProductPort: true },
    ],
    ports: [{ port: 5432, purpose: "PostgreSQL protocol" }],
    listen: {
        // The image rewrites the sample config to listen_addresses = '*'.
        default: "all",
        loopbackOnly: [{ arg: "listen_addresses\\s*=\\s*'?(localhost|127\\.0\\.0\\.1)'?(\\s|$)" }],
    },
    auth: [
        {
            // The entrypoint refuses to initialise without POSTGRES_PASSWORD unless the method is trust,
            // and trust lets anyone in "even if POSTGRES_PASSWORD is set".
            builtIn: "on",
            disabledBy: [{ env: "POSTGRES_HOST_AUTH_METHOD", value: "trust" }],
            summary: "The official Postgres image requires a password unless POSTGRES_HOST_AUTH_METHOD=trust.",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "POSTGRES_PASSWORD" },
            values: ["mysecretpassword", "example"],
            source: "https://github.com/docker-library/docs/blob/master/postgres/content.md (POSTGRES_PASSWORD=mysecretpassword; compose example POSTGRES_PASSWORD: example)",
        },
    ],
    sources: [
        "https://github.com/docker-library/postgres/blob/6edb0a8c4def40c371514b34aef9037ec82d9110/docker-entrypoint.sh (file_env POSTGRES_PASSWORD, POSTGRES_USER, POSTGRES_DB, POSTGRES_INITDB_ARGS; POSTGRES_INITDB_WALDIR; POSTGRES_HOST_AUTH_METHOD; PGDATA)",
        "https://github.com/docker-library/postgres/blob/master/docker-entrypoint.sh (POSTGRES_HOST_AUTH_METHOD trust warning; password required otherwise)",
        "https://github.com/docker-library/postgres/blob/master/Dockerfile-debian.template (listen_addresses = '*'; EXPOSE 5432)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/pgvector.ts

// pgvector/pgvector is built FROM postgres and keeps its entrypoint, so it behaves as Postgres; a
// separate product so that the version read from tags such as `0.8.0-pg17` is the Postgres major,
// not the extension version.
const pgvector = {
    ...postgres,
    id: "pgvector",
    name: "PostgreSQL with pgvector (pgvector/pgvector image)",
    // ankane/pgvector is the image's earlier name (tags v0.x.y name the extension, not Postgres).
    images: ["pgvector/pgvector", "ankane/pgvector"],
    tagVersion: "pg(\\d+)",
    // Recognised by its image only: a server known by Postgres's settings is Postgres.
    serverEnv: undefined,
    sources: ["https://github.com/pgvector/pgvector/blob/master/Dockerfile (FROM postgres:$PG_MAJOR-$DEBIAN_CODENAME)", ...postgres.sources],
};

;// CONCATENATED MODULE: ./src/catalog/products/prometheus.ts

const prometheus = {
    id: "prometheus",
    name: "Prometheus",
    // Every scraped metric (hosts, services, labels that often carry internal names and URLs), the
    // scrape targets and the running configuration. --web.enable-admin-api (delete series, snapshots)
    // and --web.enable-lifecycle (reload, shut down) make it writable; impact is per product and cannot
    // depend on a flag, so those are not reflected here.
    impact: "data-store",
    images: ["prom/prometheus", "quay.io/prometheus/prometheus"],
    commands: ["(^|\\s)(\\S*/)?prometheus\\s+--(config|web|storage)\\."],
    ports: [{ port: 9090, purpose: "web UI, HTTP API and its own metrics" }],
    listen: {
        // --web.listen-address defaults to 0.0.0.0:9090.
        default: "all",
        loopbackOnly: [{ flag: "--web.listen-address", value: `(${addresses/* LOOPBACK_VALUE */.m1}):\\d+` }],
    },
    auth: [
        {
            builtIn: "off",
            // --web.config.file can enable TLS or basic auth; a file given is assumed to set basic_auth_users.
            enabledBy: [{ flag: "--web.config.file" }],
            summary: "Prometheus has no authentication unless --web.config.file names a web configuration with basic_auth_users.",
        },
    ],
    sources: [
        "https://raw.githubusercontent.com/prometheus/prometheus/v3.15.0/docs/command-line/prometheus.md (--web.listen-address default 0.0.0.0:9090, --web.config.file, --web.enable-lifecycle, --web.enable-admin-api)",
        "https://manpages.ubuntu.com/manpages/jammy/man1/prometheus.1.html (--web.config.file: path to configuration file that can enable TLS or authentication)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/qdrant.ts

/** service.enable_tls, as a variable or in the config file. */
const TLS_ON = [{ env: "QDRANT__SERVICE__ENABLE_TLS", value: "true" }, { config: "^\\s*enable_tls:\\s*true\\s*$" }];
const qdrant = {
    id: "qdrant",
    name: "Qdrant",
    impact: "data-store",
    images: ["qdrant/qdrant"],
    ports: [
        { port: 6333, purpose: "HTTP API" },
        { port: 6334, purpose: "gRPC API" },
        { port: 6335, purpose: "cluster peer-to-peer" },
    ],
    listen: {
        // config/config.yaml: service.host 0.0.0.0. Settings are overridable as QDRANT__SECTION__KEY.
        default: "all",
        loopbackOnly: [{ env: "QDRANT__SERVICE__HOST", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            // service.api_key first appears in config.yaml at v1.2.0.
            versions: "<1.2.0",
            builtIn: "none",
            summary: "Qdrant before 1.2.0 has no authentication.",
        },
        {
            versions: ">=1.2.0",
            builtIn: "off",
            enabledBy: [
                { env: "QDRANT__SERVICE__API_KEY" },
                // service.read_only_api_key first appears at v1.7.0.
                { env: "QDRANT__SERVICE__READ_ONLY_API_KEY", versions: ">=1.7.0" },
                // service.api_key in a mounted config/production.yaml (a YAML key; `null` leaves it unset).
                { config: "^\\s*api_key:\\s*(?!null\\b|~)[^\\s#]" },
                // Client certificates (mutual TLS): the REST server verifies them against tls.ca_cert when
                // service.verify_https_client_certificate and service.enable_tls are both on. The public gRPC
                // server never asks for one, so this protects port 6333 only. (Lines are read one by one:
                // `enable_tls: true` under cluster.p2p cannot be told apart from service.enable_tls.)
                { env: "QDRANT__SERVICE__VERIFY_HTTPS_CLIENT_CERTIFICATE", value: "true", ports: [6333], requires: TLS_ON },
                { config: "^\\s*verify_https_client_certificate:\\s*true\\s*$", ports: [6333], requires: TLS_ON },
            ],
            summary: "Qdrant authentication is off unless an API key is set (QDRANT__SERVICE__API_KEY or service.api_key in the config file); client certificates (service.verify_https_client_certificate with enable_tls) protect the REST API only, never the gRPC port.",
        },
    ],
    // The image reads config/config.yaml, then config/production.yaml (and RUN_MODE's file) from /qdrant/config.
    configFiles: ["/qdrant/config/*"],
    // Release binaries are assets of the GitHub releases (tags `v1.19.0`).
    packages: [{ ecosystem: "GitHub", name: "qdrant/qdrant" }],
    releases: {
        lines: ["1.19", "1.18"],
        latest: "1.19.0",
        asOf: "2026-08-04",
        source: "https://github.com/qdrant/qdrant/releases/tag/v1.19.0 (tagged 2026-08-04; v1.18.3 on 2026-07-17)",
    },
    sources: [
        "https://github.com/qdrant/qdrant/blob/master/.github/workflows/release-artifacts.yml (binaries uploaded to the GitHub release)",
        "https://github.com/qdrant/qdrant/blob/master/src/settings.rs (config/config, config/{RUN_MODE}, config/local, --config-path, then QDRANT__ env)",
        "https://github.com/qdrant/qdrant/blob/master/Dockerfile (WORKDIR /qdrant, config copied to /qdrant/config, RUN_MODE=production)",
        "https://github.com/qdrant/qdrant/blob/master/config/config.yaml (host 0.0.0.0, http_port 6333, grpc_port 6334, p2p 6335, api_key and read_only_api_key commented out)",
        "https://github.com/qdrant/qdrant/blob/master/src/settings.rs (Environment::with_prefix(\"QDRANT\").separator(\"__\"))",
        "https://github.com/qdrant/qdrant/blob/v1.2.0/config/config.yaml (first tag with api_key)",
        "https://github.com/qdrant/qdrant/blob/v1.7.0/config/config.yaml (first tag with read_only_api_key)",
        "https://github.com/qdrant/qdrant/blob/master/src/actix/certificate_helpers.rs (actix_tls_server_config: WebPkiClientVerifier on tls.ca_cert when service.verify_https_client_certificate; used when service.enable_tls)",
        "https://github.com/qdrant/qdrant/blob/master/src/actix/mod.rs (REST API bound with actix_tls_server_config when service.enable_tls, plain otherwise)",
        "https://github.com/qdrant/qdrant/blob/master/src/common/helpers.rs (load_tls_external_server_config: the public gRPC server has a TLS identity but no client CA)",
        "https://github.com/qdrant/qdrant/blob/master/src/tonic/mod.rs (public gRPC: load_tls_external_server_config when service.enable_tls)",
        "https://github.com/qdrant/qdrant/blob/master/tests/e2e_tests/test_data/tls_config.yaml (service.enable_tls and verify_https_client_certificate true, tls.ca_cert)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/rabbitmq.ts
const rabbitmq = {
    id: "rabbitmq",
    name: "RabbitMQ",
    // A message broker: whoever logs in reads and publishes the messages of every queue the user may use.
    impact: "data-store",
    images: ["rabbitmq"],
    commands: ["(^|/|\\s)rabbitmq-server(\\s|$)"],
    ports: [
        { port: 5672, purpose: "AMQP" },
        { port: 5671, purpose: "AMQP over TLS" },
        { port: 15672, purpose: "management UI and HTTP API (-management images)" },
        { port: 15671, purpose: "management UI over TLS (-management images)" },
        { port: 15692, purpose: "Prometheus metrics", sensitive: false },
        // Erlang distribution: whoever holds the node's cookie controls the node.
        { port: 25672, purpose: "inter-node and CLI tools (Erlang distribution)" },
        { port: 4369, purpose: "epmd (Erlang port mapper)" },
    ],
    listen: {
        // listeners.tcp.default = 5672: every interface.
        default: "all",
    },
    auth: [
        {
            builtIn: "on",
            summary: "RabbitMQ always requires a login, but without RABBITMQ_DEFAULT_USER/RABBITMQ_DEFAULT_PASS the account is guest/guest, and the official image lets guest log in from any host (loopback_users.guest = false).",
        },
    ],
    defaultCredentials: [
        {
            knob: { env: "RABBITMQ_DEFAULT_USER" },
            values: ["guest"],
            source: "https://github.com/docker-library/docs/blob/master/rabbitmq/content.md (default username and password guest / guest, changed with RABBITMQ_DEFAULT_USER and RABBITMQ_DEFAULT_PASS)",
        },
        {
            knob: { env: "RABBITMQ_DEFAULT_PASS" },
            values: ["guest"],
            source: "https://github.com/docker-library/docs/blob/master/rabbitmq/content.md (default username and password guest / guest, changed with RABBITMQ_DEFAULT_USER and RABBITMQ_DEFAULT_PASS)",
            whenUnset: true,
        },
    ],
    sources: [
        "https://github.com/docker-library/rabbitmq/blob/9193c1de6d32046e0c1132841a7a4995b0dc32e0/conf.d/10-defaults.conf (loopback_users.guest = false: guest allowed from anywhere on the network)",
        "https://github.com/docker-library/rabbitmq/blob/9193c1de6d32046e0c1132841a7a4995b0dc32e0/Dockerfile-ubuntu.template (EXPOSE 4369 5671 5672 15691 15692 25672; CMD rabbitmq-server)",
        "https://github.com/docker-library/rabbitmq/blob/9193c1de6d32046e0c1132841a7a4995b0dc32e0/Dockerfile-management.template (rabbitmq_management enabled; EXPOSE 15671 15672)",
        "https://github.com/docker-library/rabbitmq/blob/9193c1de6d32046e0c1132841a7a4995b0dc32e0/docker-entrypoint.sh (RABBITMQ_DEFAULT_USER_FILE/_PASS_FILE are rejected as deprecated)",
        "https://github.com/docker-library/docs/blob/master/rabbitmq/content.md (RABBITMQ_DEFAULT_USER / RABBITMQ_DEFAULT_PASS read by RabbitMQ directly)",
        "https://rabbitmq.com/networking.html (by default RabbitMQ listens on port 5672 on all available interfaces; ports 4369, 5671/5672, 15672, 15692, 25672)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/ray.ts
const ray = {
    id: "ray",
    name: "Ray",
    // The Jobs API on the dashboard port runs arbitrary code (ShadowRay, CVE-2023-48022).
    impact: "code-execution",
    images: ["rayproject/ray", "rayproject/ray-ml"],
    commands: ["\\bray\\s+start\\b.*--head"],
    // KubeRay's resources state the Ray version their pods run; custom images built on Ray seldom say it in their tag.
    declaredVersion: [{ apiGroup: "ray.io", kinds: ["RayCluster", "RayService", "RayJob", "RayCronJob"], field: "rayVersion" }],
    ports: [
        { port: 8265, purpose: "dashboard and Jobs API (job submission runs code)" },
        { port: 10001, purpose: "Ray Client server" },
        { port: 6379, purpose: "GCS server" },
        // The dashboard agent's HTTP server on every node (job agent, node-level APIs).
        { port: 52365, purpose: "dashboard agent HTTP server" },
        // Ray Serve's HTTP proxy (DEFAULT_HTTP_PORT; DEFAULT_HTTP_HOST 127.0.0.1 unless http_options says otherwise).
        // It serves the user's own deployed applications, which a RayService exists to publish, and none of Ray's
        // control APIs: a route to it alone does not hand over the cluster (their authentication is the application's).
        { port: 8000, purpose: "Ray Serve HTTP proxy (deployed applications)", sensitive: false },
    ],
    listen: {
        // Describes the dashboard/Jobs API: DEFAULT_DASHBOARD_IP is 127.0.0.1 unless --dashboard-host is given.
        default: "loopback",
        allInterfaces: [{ flag: "--dashboard-host", value: "0\\.0\\.0\\.0|::" }],
    },
    auth: [
        {
            versions: "<2.52.0",
            builtIn: "none",
            summary: "Ray before 2.52.0 has no authentication: anyone who reaches the dashboard port can submit jobs that run code.",
        },
        {
            versions: ">=2.52.0 <2.59.0",
            builtIn: "off",
            disabledBy: [{ env: "RAY_AUTH_MODE", value: "disabled" }],
            enabledBy: [{ env: "RAY_AUTH_MODE", value: "token" }],
            summary: "Ray 2.52+ has token authentication, but it is disabled unless RAY_AUTH_MODE=token is set on every node.",
        },
        {
            // 2.59 turns it on by default only for a local cluster that ray.init() starts. `ray start --head` (how
            // KubeRay, compose files and Dockerfiles start Ray) turns it on only when a token is already given; an
            // explicit RAY_AUTH_MODE wins. The docs announce default-on for every cluster in 2.61: not verified, not
            // assumed, so a later version is judged like this one until it is.
            versions: ">=2.59.0",
            builtIn: "off",
            disabledBy: [{ env: "RAY_AUTH_MODE", value: "disabled" }],
            enabledBy: [{ env: "RAY_AUTH_MODE", value: "token" }, { env: "RAY_AUTH_TOKEN" }, { env: "RAY_AUTH_TOKEN_PATH" }],
            summary: "Ray 2.59+ enables token authentication by default only for a local cluster that ray.init() starts; a cluster started with ray start (KubeRay, containers) has it only with RAY_AUTH_MODE=token or a token given to the head (RAY_AUTH_TOKEN, RAY_AUTH_TOKEN_PATH).",
        },
    ],
    designAdvisories: [{ id: "CVE-2025-34351", why: "token authentication off by default is the auth behaviour above, judged where Ray is reachable" }],
    packages: [{ ecosystem: "PyPI", name: "ray" }],
    sources: [
        "https://github.com/ray-project/ray/blob/master/python/ray/_private/ray_constants.py (DEFAULT_PORT 6379, DEFAULT_DASHBOARD_IP 127.0.0.1, DEFAULT_DASHBOARD_PORT 8265)",
        "https://github.com/ray-project/ray/blob/master/python/ray/_private/ray_constants.py (DEFAULT_DASHBOARD_AGENT_LISTEN_PORT 52365)",
        "https://github.com/ray-project/ray/blob/75f2f86c45f077e3780cb2fef2080f17af19f6b4/python/ray/serve/_private/constants.py (DEFAULT_HTTP_HOST 127.0.0.1, DEFAULT_HTTP_PORT 8000)",
        "https://docs.ray.io/en/latest/ray-security/token-auth.html (token authentication from 2.52.0, disabled by default, RAY_AUTH_MODE=token)",
        "https://docs.ray.io/en/master/ray-core/internals/token-authentication.html (RAY_AUTH_MODE: disabled (default) | token)",
        "https://github.com/advisories/GHSA-gx77-xgc2-4888 (CVE-2025-34351, token auth disabled by default)",
        "https://github.com/ray-project/ray/pull/64755 (enable_token_auth_by_default: token authentication on by default for a new local ray.init() cluster; maybe_enable_token_auth_if_token_available: ray start --head enables it when RAY_AUTH_TOKEN, RAY_AUTH_TOKEN_PATH or ~/.ray/auth_token gives a token; an explicit RAY_AUTH_MODE is respected)",
        "https://github.com/ray-project/ray/pull/66248 (the change above cherry-picked into 2.59.0)",
        "https://docs.ray.io/en/latest/ray-security/token-auth.html (site banner: \"Ray 2.59 enables token authentication by default for local clusters, and Ray 2.61 extends it to all clusters\"; the 2.61 part is not verified and not assumed here)",
        "https://www.cve.org/CVERecord?id=CVE-2023-48022 (unauthenticated job submission)",
        "https://github.com/ray-project/kuberay/blob/master/ray-operator/apis/ray/v1/raycluster_types.go (RayClusterSpec.RayVersion: the version of Ray the cluster runs)",
        "https://osv.dev/vulnerability/PYSEC-2026-2273 (PyPI ray)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/redis.ts
const redis = {
    id: "redis",
    name: "Redis",
    impact: "data-store",
    images: ["redis"],
    commands: ["(^|/|\\s)redis-server(\\s|$)"],
    ports: [
        { port: 6379, purpose: "Redis protocol (all data, CONFIG, Lua scripting)" },
        // cluster-port 0 (the default) binds the cluster bus to the command port + 10000, in cluster mode.
        { port: 16379, purpose: "cluster bus (cluster mode; node-to-node gossip and failover)" },
    ],
    listen: {
        // Without a config file Redis binds "* -::*" (CONFIG_DEFAULT_BINDADDR). The official image
        // compiles protected-mode off, so a published port answers every client.
        default: "all",
        loopbackOnly: [
            { flag: "--bind", value: "127\\.0\\.0\\.1|localhost|-?::1" },
            { config: "^\\s*bind\\s+(127\\.0\\.0\\.1|localhost|-?::1)(\\s+(127\\.0\\.0\\.1|-?::1))*\\s*$" },
        ],
    },
    // The path the official image's documentation mounts a redis.conf at; any path named on the command line is read too.
    configFiles: ["/usr/local/etc/redis/*"],
    auth: [
        {
            builtIn: "off",
            enabledBy: [{ flag: "--requirepass" }, { arg: "--aclfile\\b" }, { config: "^\\s*requirepass\\s+\\S" }, { config: "^\\s*aclfile\\s+\\S" }, { config: "^\\s*user\\s+\\S+\\s.*>" }],
            // The official entrypoint reads no password variable: this is a Bitnami convention that people
            // copy onto the official image, where it does nothing.
            ignored: [{ env: "REDIS_PASSWORD" }],
            summary: "Redis authentication is off by default (user `default` has no password) until requirepass or an ACL file is configured.",
        },
    ],
    // OSV tracks the server by upstream version in its Bitnami ecosystem (PyPI and npm `redis` are clients).
    packages: [{ ecosystem: "Bitnami", name: "redis" }],
    sources: [
        "https://github.com/redis/redis/blob/unstable/src/server.h (CONFIG_DEFAULT_BINDADDR {\"*\", \"-::*\"})",
        "https://github.com/docker-library/redis/blob/master/Dockerfile.template (protected mode compiled off; CMD redis-server; EXPOSE 6379)",
        "https://github.com/docker-library/redis/blob/master/docker-entrypoint.sh (no password variable handled)",
        "https://github.com/docker-library/docs/blob/master/redis/content.md (redis-server /usr/local/etc/redis/redis.conf with a mounted config)",
        "https://github.com/redis/redis/blob/unstable/redis.conf (requirepass, aclfile, user <name> … ><password>, bind)",
        "https://github.com/redis/redis/blob/4f8cdc2a1ea53e42955af758aabffee67cb455dd/redis.conf (cluster-port 0: the cluster bus binds to the command port + 10000)",
        "https://github.com/endoflife-date/endoflife.date/blob/master/products/redis.md (release lines 8.10 and 8.8 newest, 2026-08-22)",
        "https://osv.dev/vulnerability/BIT-redis-2025-49844 (ecosystem Bitnami, package redis: the Redis server by upstream version, one range per release line)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/redis-stack.ts

// Redis Stack images run the same server, started by their own entrypoint with --protected-mode no,
// and append REDIS_ARGS to its command line: the one variable that can carry --requirepass.
const redisStack = {
    ...redis,
    id: "redis-stack",
    name: "Redis Stack",
    images: ["redis/redis-stack", "redis/redis-stack-server"],
    commands: ["(^|/|\\s)redis-stack-server(\\s|$)"],
    ports: [...redis.ports, { port: 8001, purpose: "RedisInsight web UI (redis/redis-stack image)" }],
    auth: [
        {
            ...redis.auth[0],
            enabledBy: [...(redis.auth[0].enabledBy ?? []), { env: "REDIS_ARGS", value: ".*--(requirepass|aclfile)\\b.*" }],
            summary: "Redis Stack authentication is off by default until REDIS_ARGS (or the command line) carries --requirepass or --aclfile.",
        },
    ],
    // Stack tags name the Redis line and a Stack build (7.2.0-v13 bundles Redis 7.2.6), so the server's
    // OSV package and release lines do not apply to them.
    packages: undefined,
    releases: undefined,
    sources: [
        "https://github.com/redis-stack/redis-stack/blob/v7.2.0-v13/config.yml (versions: redis 7.2.6, redis-stack 7.2.0-v13)",
        "https://github.com/redis-stack/redis-stack/blob/master/etc/scripts/entrypoint.sh (--protected-mode no, ${REDIS_ARGS} appended)",
        "https://github.com/redis-stack/redis-stack/blob/master/envs/dockers/dockerfile.tmpl (EXPOSE 6379 8001)",
        "https://redis.io/docs/install/install-stack/docker (REDIS_ARGS=\"--requirepass ...\"; RedisInsight on 8001)",
        ...redis.sources,
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/saxml-http.ts
const saxmlHttp = {
    id: "saxml-http",
    name: "Saxml HTTP server",
    // Publishes, updates and unpublishes models of the Sax cell (model path, checkpoint, replicas).
    impact: "model-control",
    images: ["us-docker.pkg.dev/cloud-tpu-images/inference/sax-http"],
    ports: [{ port: 8888, purpose: "HTTP API (/publish, /update, /unpublish, /generate, /listall)" }],
    listen: {
        // The documented `docker run -p 8888:8888` answers on the published port: every interface.
        default: "all",
    },
    auth: [
        {
            builtIn: "none",
            summary: "The Saxml HTTP server has no authentication: anyone who reaches port 8888 can publish, update and unpublish models of the Sax cell and generate with them.",
        },
    ],
    sources: [
        "https://github.com/GoogleCloudPlatform/ai-on-gke/blob/main/tools/saxml-on-gke/httpserver/README.md (port 8888; /publish, /update, /unpublish, /generate, /listall, /listcell take JSON bodies with no credential)",
        "https://cloud.google.com/kubernetes-engine/docs/tutorials/tpu-multihost-saxml (prebuilt HTTP server image sax-http behind a load balancer)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/seaweedfs.ts

const seaweedfs = {
    id: "seaweedfs",
    name: "SeaweedFS",
    impact: "data-store",
    images: ["chrislusf/seaweedfs"],
    commands: ["(^|/|\\s)weed\\s+(server|master|volume|filer|s3|mini)\\b"],
    ports: [
        { port: 9333, purpose: "master HTTP API (file id assignment, volume lookup)" },
        { port: 19333, purpose: "master gRPC" },
        { port: 8080, purpose: "volume server HTTP (read and write file contents)" },
        { port: 18080, purpose: "volume server gRPC" },
        { port: 8888, purpose: "filer HTTP (directories and files)" },
        { port: 18888, purpose: "filer gRPC" },
        { port: 8333, purpose: "S3 API gateway" },
    ],
    listen: {
        // -ip defaults to the detected host address (the container's interface) and -ip.bind to -ip.
        default: "all",
        loopbackOnly: [{ flag: "-ip.bind", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "off",
            enabledBy: [
                // S3 identities and credentials (s3.json) for the S3 gateway.
                { flag: "-s3.config" },
                { flag: "-config", value: "\\S*\\.json" },
                // security.toml: JWT signing keys for volume/filer access, or an IP white list. The scaffold
                // ships every key empty; a non-empty one is taken to switch signing on. The [grpc.*] sections'
                // `key` names a TLS key file (.pem/.key), which authenticates components, not clients.
                { config: "^\\s*key\\s*=\\s*[\"'](?![^\"']*\\.(pem|key)[\"'])[^\"']+[\"']" },
                { config: "^\\s*white_list\\s*=\\s*[\"'][^\"']+[\"']" },
                // security.toml values can also come from WEED_<SECTION>_<KEY> variables.
                { env: "WEED_JWT_SIGNING_KEY" },
                { env: "WEED_JWT_FILER_SIGNING_KEY" },
                { env: "WEED_GUARD_WHITE_LIST" },
            ],
            summary: "SeaweedFS accepts every client unless security.toml (or WEED_* variables) sets JWT signing keys or a white list, or the S3 gateway is given identities (-s3.config).",
        },
    ],
    // security.toml is read from ./, $HOME/.seaweedfs/ and /etc/seaweedfs/.
    configFiles: ["/etc/seaweedfs/*"],
    sources: [
        "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/docker/Dockerfile.go_build (EXPOSE 9333 19333 8080 18080 8888 18888 8333; ENTRYPOINT /entrypoint.sh, CMD mini)",
        "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/docker/entrypoint.sh (master, volume, server, filer, s3, mini sub-commands run weed)",
        "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/master.go (-port 9333, -ip default util.DetectedHostAddress(), -ip.bind defaults to -ip)",
        "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/volume.go (-port 8080)",
        "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/filer.go (-port 8888, -s3.config)",
        "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/s3.go (-port 8333, -config path to the S3 identities file)",
        "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/scaffold/security.toml (jwt.signing, jwt.filer_signing keys empty by default; read from ./, ~/.seaweedfs, /etc/seaweedfs)",
        "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/util/config.go (viper AutomaticEnv with prefix WEED, . replaced by _)",
        "https://github.com/seaweedfs/seaweedfs/wiki/Security-Configuration (JWT signing key read by master and volume server; filer UI open without read JWT)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/sglang.ts
const sglang = {
    id: "sglang",
    name: "SGLang",
    impact: "inference",
    images: ["lmsysorg/sglang"],
    // `sglang serve` is the newer entrypoint; `python -m sglang.launch_server` is still accepted.
    commands: ["\\bsglang\\.launch_server\\b", "\\bsglang\\s+serve\\b"],
    ports: [{ port: 30000, purpose: "HTTP API (native and OpenAI-compatible)" }],
    listen: {
        // --host defaults to 127.0.0.1; the image does not start a server by itself.
        default: "loopback",
        allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
    },
    auth: [
        {
            builtIn: "off",
            enabledBy: [{ flag: "--api-key" }],
            summary: "SGLang has no authentication unless started with --api-key.",
        },
    ],
    // --model-path (alias --model): a local folder or a Hugging Face repo id.
    models: [
        { flag: "--model-path", source: "huggingface" },
        { flag: "--model", source: "huggingface" },
    ],
    sources: [
        "https://github.com/sgl-project/sglang/blob/main/docs/advanced_features/server_arguments.md (--host default 127.0.0.1, --port 30000, --api-key)",
        "https://github.com/sgl-project/sglang/blob/main/python/sglang/launch_server.py ('sglang serve' is the recommended entrypoint)",
        "https://github.com/sgl-project/sglang/blob/main/python/sglang/srt/server_args.py (model_path: 'a local folder or a Hugging Face repo ID', aliases ['--model'])",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/stable-diffusion-webui.ts
// modules/launch_utils.py appends shlex.split(COMMANDLINE_ARGS) to the command line.
const inArgs = (flag) => `(.*\\s)?${flag}([\\s=].*)?`;
const stableDiffusionWebui = {
    id: "stable-diffusion-webui",
    name: "Stable Diffusion web UI (AUTOMATIC1111)",
    // Extensions install and custom scripts run arbitrary Python.
    impact: "code-execution",
    // No official image.
    images: [],
    commands: [
        "stable-diffusion-webui(?:(?!stable-diffusion-webui)\\S)*/(launch|webui)\\.py\\b",
        "(^|/|\\s)webui\\.sh\\b",
        "(^|/|\\s)webui\\.py\\b.*--(listen|nowebui|gradio-auth|api-auth|enable-insecure-extension-access)\\b",
    ],
    ports: [{ port: 7860, purpose: "Gradio web UI and /sdapi API" }],
    listen: {
        // Gradio binds 127.0.0.1 unless --listen (0.0.0.0) or --server-name is given; --share and
        // --ngrok publish it through a public tunnel.
        default: "loopback",
        allInterfaces: [
            { flag: "--listen", value: "" },
            { flag: "--share", value: "" },
            { flag: "--ngrok" },
            { flag: "--server-name", value: "0\\.0\\.0\\.0|::" },
            { env: "COMMANDLINE_ARGS", value: inArgs("--(listen|share|ngrok)") },
        ],
    },
    auth: [
        {
            builtIn: "off",
            // --api-auth protects only /sdapi; --gradio-auth(-path) protects the UI.
            enabledBy: [
                { flag: "--gradio-auth" },
                { flag: "--gradio-auth-path" },
                { env: "COMMANDLINE_ARGS", value: inArgs("--gradio-auth(-path)?") },
            ],
            summary: "The AUTOMATIC1111 web UI has no login unless --gradio-auth/--gradio-auth-path is set; the API needs --api-auth separately.",
        },
    ],
    sources: [
        "https://github.com/AUTOMATIC1111/stable-diffusion-webui/blob/master/modules/cmd_args.py (--listen, --share, --ngrok, --server-name, --gradio-auth, --gradio-auth-path, --api-auth, port 7860)",
        "https://github.com/AUTOMATIC1111/stable-diffusion-webui/blob/master/modules/launch_utils.py (sys.argv += shlex.split(COMMANDLINE_ARGS))",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/tei.ts
const tei_LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
const tei = {
    id: "tei",
    name: "Text Embeddings Inference",
    impact: "inference",
    images: ["ghcr.io/huggingface/text-embeddings-inference"],
    commands: ["(^|/|\\s)text-embeddings-router(\\s|$)"],
    // Tags carry a hardware prefix: 1.9, cpu-1.9, cpu-arm64-1.9, cuda-1.9, turing-1.9, 86-1.9,
    // 100-1.9, hopper-1.9, and a -grpc suffix for the gRPC build.
    tagVersion: "^(?:[a-z0-9]+-)*?v?(\\d+\\.\\d+(?:\\.\\d+)?)",
    ports: [
        { port: 80, purpose: "HTTP (or gRPC) API: embed, rerank, predict (the images set PORT=80)" },
        { port: 3000, purpose: "HTTP (or gRPC) API when run as the bare text-embeddings-router (--port default 3000)" },
        // --prometheus-port (1.7.1+) serves /metrics only.
        { port: 9000, purpose: "Prometheus metrics", sensitive: false },
    ],
    listen: {
        // --hostname / HOSTNAME defaults to 0.0.0.0.
        default: "all",
        loopbackOnly: [
            { flag: "--hostname", value: tei_LOOPBACK },
            { env: "HOSTNAME", value: tei_LOOPBACK },
        ],
    },
    auth: [
        {
            // --api-key first appears in router/src/main.rs at v1.2.0 (PR #211).
            versions: "<1.2.0",
            builtIn: "none",
            summary: "Text Embeddings Inference before 1.2.0 has no authentication.",
        },
        {
            versions: ">=1.2.0",
            builtIn: "off",
            enabledBy: [{ flag: "--api-key" }, { env: "API_KEY" }],
            summary: "Text Embeddings Inference answers every request unless an API key is set (--api-key or API_KEY), which both the HTTP and gRPC servers then require as a Bearer token.",
        },
    ],
    loginSecrets: [{ flag: "--api-key" }, { env: "API_KEY" }],
    // --model-id [env: MODEL_ID]: a Hub id or a local directory.
    models: [
        { flag: "--model-id", source: "huggingface" },
        { env: "MODEL_ID", source: "huggingface" },
    ],
    sources: [
        "https://github.com/huggingface/text-embeddings-inference/blob/main/router/src/main.rs (hostname default 0.0.0.0 env HOSTNAME; port default 3000 env PORT; api_key env API_KEY: 'By default the server responds to every request'; prometheus_port default 9000)",
        "https://github.com/huggingface/text-embeddings-inference/blob/v1.2.0/router/src/main.rs (first tag with api_key; absent at v1.1.0)",
        "https://github.com/huggingface/text-embeddings-inference/pull/211 (feat: add api_key for request authorization)",
        "https://github.com/huggingface/text-embeddings-inference/blob/v1.7.1/router/src/main.rs (first tag with prometheus_port)",
        "https://github.com/huggingface/text-embeddings-inference/blob/main/router/src/http/server.rs (with an api key every route except the public ones needs Authorization: Bearer <key>)",
        "https://github.com/huggingface/text-embeddings-inference/blob/main/router/src/grpc/server.rs (gRPC interceptor checks the same api key)",
        "https://github.com/huggingface/text-embeddings-inference/blob/main/Dockerfile (ENV PORT=80, ENTRYPOINT text-embeddings-router)",
        "https://github.com/huggingface/text-embeddings-inference/blob/main/Dockerfile-cuda (ENV PORT=80)",
        "https://github.com/huggingface/text-embeddings-inference/blob/main/README.md (image tags cpu-1.9, cuda-1.9, 86-1.9, hopper-1.9, ...-grpc)",
        "https://github.com/huggingface/text-embeddings-inference/blob/main/docs/source/en/cli_arguments.md (--hostname [env: HOSTNAME], --api-key [env: API_KEY])",
        "https://huggingface.co/docs/text-embeddings-inference/cli_arguments (--model-id [env: MODEL_ID]: a model id as listed on hf.co/models, or a local directory)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/tensorboard.ts

const tensorboard = {
    id: "tensorboard",
    name: "TensorBoard",
    // Training logs, metrics, graphs, embeddings and profiles of the runs it reads.
    impact: "web-app",
    // No image of its own: it runs from the TensorFlow or a training image, known by its command.
    images: [],
    commands: ["(^|/|\\s)tensorboard(\\s|$)"],
    ports: [{ port: 6006, purpose: "web UI and data API" }],
    listen: {
        // --host defaults to localhost; --bind_all or --host 0.0.0.0 serves every interface.
        default: "loopback",
        allInterfaces: [
            { flag: "--bind_all", value: "" },
            { flag: "--host", value: addresses/* ALL_INTERFACES_VALUE */.lx },
        ],
        loopbackOnly: [{ flag: "--host", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "none",
            summary: "TensorBoard has no authentication: anyone who reaches it reads every run's logs, metrics and profiles under its --logdir.",
        },
    ],
    sources: [
        "https://github.com/tensorflow/tensorboard/blob/master/tensorboard/plugins/core/core_plugin.py (--host: what host to listen to, default localhost; --bind_all serves on all public interfaces; --port default 6006; no authentication flag)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/tensorflow-serving.ts
const tensorflowServing = {
    id: "tensorflow-serving",
    name: "TensorFlow Serving",
    // The gRPC ModelService reloads the served-model config (which models, from which base paths).
    impact: "model-control",
    images: ["tensorflow/serving"],
    commands: ["(^|/|\\s)tensorflow_model_server(\\s|$)"],
    ports: [
        { port: 8500, purpose: "gRPC API (PredictionService; ModelService reloads the model config)" },
        { port: 8501, purpose: "REST API (predict, classify, model status and metadata)" },
    ],
    listen: {
        // The gRPC server binds 0.0.0.0:<port>; the image starts both ports.
        default: "all",
    },
    auth: [
        {
            builtIn: "none",
            summary: "TensorFlow Serving has no authentication: anyone who reaches it runs inference, and through gRPC can reload which models it serves.",
        },
    ],
    sources: [
        "https://github.com/tensorflow/serving/blob/master/tensorflow_serving/tools/docker/Dockerfile (GRPC_PORT 8500, PORT 8501, EXPOSE both; tf_serving_entrypoint.sh runs tensorflow_model_server --port=${GRPC_PORT} --rest_api_port=${PORT})",
        "https://github.com/tensorflow/serving/blob/master/tensorflow_serving/model_servers/server.cc (gRPC server on \"0.0.0.0:\" + port with InsecureServerCredentials; ModelService and PredictionService registered)",
        "https://github.com/tensorflow/serving/blob/master/tensorflow_serving/apis/model_service.proto (HandleReloadConfigRequest: reloads the set of served models)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/text-generation-webui.ts
const textGenerationWebui = {
    id: "text-generation-webui",
    name: "text-generation-webui (oobabooga)",
    // The UI loads and unloads models, installs extensions and trains LoRAs.
    impact: "model-control",
    images: ["atinoda/text-generation-webui"],
    // The repository's launchers and its server script; the docker/ images run `./start_linux.sh --listen`.
    commands: ["\\bstart_(linux|macos|wsl)\\.sh\\b", "\\b(text-generation-webui|textgen)/server\\.py\\b"],
    ports: [
        { port: 7860, purpose: "Gradio web UI" },
        { port: 5000, purpose: "OpenAI-compatible API (--api; its own --api-key)" },
    ],
    listen: {
        // server.py: server_name=None (Gradio: 127.0.0.1) unless --listen, then --listen-host or 0.0.0.0.
        default: "loopback",
        allInterfaces: [{ flag: "--listen" }, { flag: "--share" }],
    },
    auth: [
        {
            builtIn: "off",
            enabledBy: [{ flag: "--gradio-auth" }, { flag: "--gradio-auth-path" }],
            summary: "text-generation-webui has no login unless --gradio-auth or --gradio-auth-path is given; it warns at start that --listen without them exposes the UI to anyone.",
        },
    ],
    loginSecrets: [{ flag: "--gradio-auth" }, { flag: "--api-key" }, { flag: "--admin-key" }],
    sources: [
        "https://github.com/oobabooga/text-generation-webui/blob/main/modules/shared.py (--listen, --listen-host, --share, --gradio-auth, --gradio-auth-path, --api, --api-port 5000, --api-key, --admin-key)",
        "https://github.com/oobabooga/text-generation-webui/blob/main/server.py (server_name=None if not --listen else --listen-host or 0.0.0.0; warning without --gradio-auth)",
        "https://github.com/oobabooga/text-generation-webui/blob/main/docker/nvidia/Dockerfile (CMD ./start_linux.sh --listen; EXPOSE 7860 5000)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/tgi.ts

const tgi = {
    id: "tgi",
    name: "Hugging Face Text Generation Inference",
    impact: "inference",
    images: ["ghcr.io/huggingface/text-generation-inference"],
    commands: ["(^|/|\\s)text-generation-launcher(\\s|$)"],
    ports: [
        // The launcher defaults to 3000; the image sets PORT=80.
        { port: 80, purpose: "HTTP API (port inside the official image)" },
        { port: 3000, purpose: "HTTP API (launcher default)" },
        { port: 9000, purpose: "Prometheus metrics", sensitive: false },
    ],
    listen: {
        // --hostname defaults to 0.0.0.0.
        default: "all",
        loopbackOnly: [{ flag: "--hostname", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            // --api-key first appears in launcher/src/main.rs in v2.3.0.
            versions: "<2.3.0",
            builtIn: "none",
            summary: "TGI before 2.3.0 has no authentication.",
        },
        {
            versions: ">=2.3.0",
            builtIn: "off",
            enabledBy: [{ flag: "--api-key" }, { env: "API_KEY" }],
            summary: "TGI has no authentication unless --api-key (env API_KEY) is set.",
        },
    ],
    // --model-id [env: MODEL_ID]: a Hub id (`gpt2`, `org/name`) or a local directory.
    models: [
        { flag: "--model-id", source: "huggingface" },
        { env: "MODEL_ID", source: "huggingface" },
    ],
    sources: [
        "https://github.com/huggingface/text-generation-inference/blob/main/launcher/src/main.rs (hostname default 0.0.0.0, port default 3000, prometheus_port 9000, api_key #[clap(long, env)])",
        "https://github.com/huggingface/text-generation-inference/blob/main/Dockerfile (ENV PORT=80)",
        "https://github.com/huggingface/text-generation-inference/releases/tag/v2.3.0 (first tag containing api_key in the launcher)",
        "https://github.com/huggingface/text-generation-inference/blob/main/docs/source/basic_tutorials/launcher.md (--model-id [env: MODEL_ID]: a MODEL_ID as listed on hf.co/models, or a local directory)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/torchserve.ts
const torchserve = {
    id: "torchserve",
    name: "TorchServe",
    // The management API registers models from URLs (ShellTorch, CVE-2023-43654).
    impact: "model-control",
    images: ["pytorch/torchserve"],
    commands: ["\\btorchserve\\s+--start\\b"],
    ports: [
        { port: 8080, purpose: "inference API" },
        { port: 8081, purpose: "management API (register, scale, delete models)" },
        { port: 8082, purpose: "metrics", sensitive: false },
        { port: 7070, purpose: "gRPC inference API" },
        { port: 7071, purpose: "gRPC management API" },
    ],
    listen: {
        // The image's config.properties binds 0.0.0.0; without it the addresses default to 127.0.0.1.
        default: "all",
        commandDefault: "loopback",
    },
    auth: [
        {
            versions: "<0.11.0",
            builtIn: "none",
            summary: "TorchServe before 0.11.0 has no authentication on its inference or management APIs.",
        },
        {
            // 0.11.0 shipped token authorization as a plugin loaded through --plugins-path.
            versions: ">=0.11.0 <0.11.1",
            builtIn: "off",
            enabledBy: [{ flag: "--plugins-path" }],
            summary: "TorchServe 0.11.0 has token authorization only when the endpoint plugin is loaded with --plugins-path.",
        },
        {
            versions: ">=0.11.1",
            builtIn: "on",
            // TS_DISABLE_TOKEN_AUTHORIZATION is read only with enable_envvars_config=true, so it is not a knob here.
            disabledBy: [{ flag: "--disable-token-auth", value: "" }, { flag: "--dt", value: "" }],
            summary: "TorchServe 0.11.1+ enforces token authorization unless started with --disable-token-auth.",
        },
    ],
    packages: [{ ecosystem: "PyPI", name: "torchserve" }],
    releases: {
        lines: ["0.12", "0.11"],
        latest: "0.12.0",
        // The project is in limited maintenance: no release after 0.12.0 up to the source's last commit.
        asOf: "2025-03-17",
        source: "https://github.com/pytorch/serve/tags",
    },
    sources: [
        "https://github.com/pytorch/serve/blob/master/docker/config.properties (inference/management/metrics/grpc addresses on 0.0.0.0)",
        "https://github.com/pytorch/serve/blob/master/docker/Dockerfile (EXPOSE 8080 8081 8082 7070 7071)",
        "https://github.com/pytorch/serve/blob/master/frontend/server/src/main/java/org/pytorch/serve/util/ConfigManager.java (default addresses http://127.0.0.1:8080/8081/8082; disable_token_authorization)",
        "https://github.com/pytorch/serve/blob/master/ts/arg_parser.py (--disable-token-auth / --dt)",
        "https://github.com/pytorch/serve/blob/v0.11.1/docs/token_authorization_api.md (token authorization enforced by default)",
        "https://github.com/pytorch/serve/blob/v0.11.0/docs/token_authorization_api.md (0.11.0: enabled by loading the plugin via --plugins-path)",
        "https://github.com/pytorch/serve/tags (v0.12.0 2024-09-24, v0.11.1 2024-07-16; README: limited maintenance)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/triton.ts
const triton = {
    id: "triton",
    name: "NVIDIA Triton Inference Server",
    // With --model-control-mode=explicit|poll the load/unload API makes this model-control, but impact
    // is per product and cannot depend on a flag; the default mode (none) serves inference only.
    impact: "inference",
    images: ["nvcr.io/nvidia/tritonserver"],
    commands: ["(^|/|\\s)tritonserver(\\s|$)"],
    // Tags are container releases such as `25.07-py3`; the version is the YY.MM release. `-py3-sdk` tags are
    // the client SDK (perf_analyzer, genai-perf): no server in them, so no server version.
    tagVersion: "^(\\d{2}\\.\\d{2})(?![\\w.-]*-sdk$)",
    ports: [
        { port: 8000, purpose: "HTTP/REST inference and management API" },
        { port: 8001, purpose: "gRPC inference and management API" },
        { port: 8002, purpose: "Prometheus metrics", sensitive: false },
    ],
    listen: {
        // --http-address, --grpc-address and --metrics-address all default to 0.0.0.0.
        default: "all",
    },
    auth: [
        {
            builtIn: "none",
            summary: "Triton has no authentication; --http-restricted-api/--grpc-restricted-api only gate chosen API groups behind a header, and inference stays open.",
        },
    ],
    // NVIDIA's bulletins name container releases (`25.07`), not Triton's own 2.x numbers.
    versionScheme: "calendar",
    sources: [
        "https://docs.nvidia.com/deeplearning/triton-inference-server/user-guide/docs/perf_analyzer/docs/install.html (perf_analyzer runs from the Triton SDK container, nvcr.io/nvidia/tritonserver:${RELEASE}-py3-sdk)",
        "https://nvidia.custhelp.com/app/answers/detail/a_id/5865 (bulletins give affected and fixed container releases: \"0.0-26.05\" fixed in 26.06)",
        "https://github.com/triton-inference-server/server/blob/main/src/command_line_parser.h (http_address_ 0.0.0.0:8000, metrics_port_ 8002)",
        "https://github.com/triton-inference-server/server/blob/main/src/grpc/grpc_server.h (address_ 0.0.0.0, port_ 8001)",
        "https://github.com/triton-inference-server/server/blob/main/src/command_line_parser.cc (--model-control-mode, --http-restricted-api)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/valkey.ts
const valkey = {
    id: "valkey",
    name: "Valkey",
    impact: "data-store",
    images: ["valkey/valkey"],
    commands: ["(^|/|\\s)valkey-server(\\s|$)"],
    ports: [
        { port: 6379, purpose: "Redis-compatible protocol (all data, CONFIG, Lua scripting)" },
        // cluster-port 0 (the default) binds the cluster bus to the command port + 10000, in cluster mode.
        { port: 16379, purpose: "cluster bus (cluster mode; node-to-node gossip and failover)" },
    ],
    listen: {
        // Same default bind as Redis ("*", "-::*"); the official image compiles protected-mode off.
        default: "all",
        loopbackOnly: [{ flag: "--bind", value: "127\\.0\\.0\\.1|localhost|-?::1" }],
    },
    auth: [
        {
            builtIn: "off",
            // Same directives as redis.conf, in a config file named on the command line.
            enabledBy: [{ flag: "--requirepass" }, { arg: "--aclfile\\b" }, { config: "^\\s*requirepass\\s+\\S" }, { config: "^\\s*aclfile\\s+\\S" }, { config: "^\\s*user\\s+\\S+\\s.*>" }],
            // The official entrypoint reads no password variable.
            ignored: [{ env: "VALKEY_PASSWORD" }, { env: "REDIS_PASSWORD" }],
            summary: "Valkey authentication is off by default (user `default` has no password) until requirepass or an ACL file is configured.",
        },
    ],
    packages: [{ ecosystem: "Bitnami", name: "valkey" }],
    sources: [
        "https://github.com/valkey-io/valkey/blob/unstable/src/server.h (CONFIG_DEFAULT_BINDADDR {\"*\", \"-::*\"})",
        "https://github.com/valkey-io/valkey-container/blob/mainline/Dockerfile.template (protected mode compiled off; CMD valkey-server; EXPOSE 6379)",
        "https://github.com/valkey-io/valkey-container/blob/mainline/docker-entrypoint.sh (no password variable handled)",
        "https://github.com/valkey-io/valkey/blob/55bbbe09a3b37a98c907dbfbc225768ff253e84f/valkey.conf (cluster-port 0: the cluster bus binds to the command port + 10000)",
        "https://osv.dev/vulnerability/BIT-valkey-2026-63639 (ecosystem Bitnami, package valkey: the Valkey server by upstream version)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/vllm.ts

const vllm = {
    id: "vllm",
    name: "vLLM",
    impact: "inference",
    images: ["vllm/vllm-openai"],
    // KAITO's preset images run vLLM's OpenAI server through their own wrapper script.
    commands: ["\\bvllm\\s+serve\\b", "vllm\\.entrypoints\\.openai\\.api_server", "(^|\\s)/workspace/vllm/inference_api\\.py\\b"],
    ports: [{ port: 8000, purpose: "OpenAI-compatible HTTP API" }],
    listen: {
        // The socket is bound to (args.host or "", port): no --host means every interface.
        default: "all",
        loopbackOnly: [{ flag: "--host", value: addresses/* LOOPBACK_VALUE */.m1 }],
    },
    auth: [
        {
            builtIn: "off",
            // --api-key wins over VLLM_API_KEY; an empty VLLM_API_KEY adds no check.
            // A --config YAML file takes the long argument names as keys (`api-key: …`); so does KAITO's inference_config.yaml.
            enabledBy: [{ flag: "--api-key" }, { env: "VLLM_API_KEY" }, { config: "^\\s*api-key\\s*:\\s*[\"']?[^\\s\"'#]" }],
            summary: "vLLM has no authentication unless --api-key or VLLM_API_KEY is set, and even then only the OpenAI-style routes check the key.",
        },
    ],
    packages: [{ ecosystem: "PyPI", name: "vllm" }],
    // Releases such as 0.8.5.post1 and 0.10.1.1 are PEP 440, not semver.
    versionScheme: "pep440",
    // `vllm serve <model>` (the positional wins over a config file's `model`), else --model; --served-model-name
    // is only the name clients ask for, not the model loaded.
    models: [
        { after: ["vllm", "serve"], source: "huggingface" },
        { flag: "--model", source: "huggingface" },
    ],
    sources: [
        "https://docs.vllm.ai/en/latest/configuration/serve_args.html (vllm serve SOME_MODEL --config config.yaml: SOME_MODEL takes precedence over model in the config file)",
        "https://docs.vllm.ai/en/v0.8.5/serving/engine_args.html (--model: name or path of the Hugging Face model to use)",
        "https://github.com/vllm-project/vllm/blob/main/vllm/entrypoints/openai/api_server.py (sock_addr = (args.host or \"\", args.port); tokens from args.api_key or envs.VLLM_API_KEY)",
        "https://osv.dev/vulnerability/PYSEC-2026-2021 (PyPI vllm; fixed in 0.10.1.1)",
        "https://docs.vllm.ai/en/latest/configuration/serve_args.html (--config: a YAML file whose keys are the long argument names)",
        "https://github.com/kaito-project/kaito/blob/main/presets/workspace/inference/vllm/inference_api.py (KAITO's wrapper: vLLM's argument parser and api_server.run_server; --kaito-config-file passes the vllm: section of inference_config.yaml as arguments)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/weaviate.ts
// entcfg.Enabled: "on", "enabled", "1", "true" (case-insensitive).
const ENABLED = "on|enabled|1|true";
const weaviate = {
    id: "weaviate",
    name: "Weaviate",
    impact: "data-store",
    images: ["semitechnologies/weaviate", "cr.weaviate.io/semitechnologies/weaviate"],
    // The server's authentication settings (usecases/config/environment.go); on a Weaviate port only,
    // since 8080 is common and the names are generic.
    serverEnv: [{ env: ["AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED", "AUTHENTICATION_APIKEY_ENABLED", "AUTHENTICATION_OIDC_ENABLED", "AUTHENTICATION_DB_USERS_ENABLED"], onProductPort: true }],
    ports: [
        { port: 8080, purpose: "REST and GraphQL API" },
        { port: 50051, purpose: "gRPC API" },
        // The Go profiling listener binds ":6060" (every interface) unless GO_PROFILING_DISABLE is set:
        // pprof profiles and /debug endpoints (configuration dump, maintenance mode).
        { port: 6060, purpose: "debug listener (pprof, /debug/config)" },
        // Only with PROMETHEUS_MONITORING_ENABLED.
        { port: 2112, purpose: "Prometheus metrics", sensitive: false },
        { port: 7946, purpose: "cluster gossip (memberlist)" },
        { port: 7947, purpose: "cluster data (gossip port + 1)" },
        { port: 8300, purpose: "Raft consensus" },
        { port: 8301, purpose: "Raft internal RPC" },
    ],
    listen: {
        // The image runs /bin/weaviate --host 0.0.0.0 --port 8080.
        default: "all",
    },
    auth: [
        {
            // With no auth scheme selected, Weaviate falls back to DefaultAuthentication = anonymous access.
            // Anonymous access stays allowed alongside API keys/OIDC when it is enabled explicitly.
            builtIn: "off",
            disabledBy: [{ env: "AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED", value: ENABLED }],
            enabledBy: [
                { env: "AUTHENTICATION_APIKEY_ENABLED", value: ENABLED },
                { env: "AUTHENTICATION_OIDC_ENABLED", value: ENABLED },
                { env: "AUTHENTICATION_DB_USERS_ENABLED", value: ENABLED },
            ],
            summary: "Weaviate grants anonymous access unless API-key, OIDC or DB-user authentication is enabled and anonymous access is left off.",
        },
    ],
    sources: [
        "https://github.com/weaviate/weaviate/blob/main/usecases/config/authentication.go (DefaultAuthentication: AnonymousAccess enabled; anonymous requests authenticated as 'anonymous')",
        "https://github.com/weaviate/weaviate/blob/main/usecases/config/environment.go (AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED, AUTHENTICATION_OIDC_ENABLED, AUTHENTICATION_APIKEY_ENABLED, AUTHENTICATION_DB_USERS_ENABLED; default applied when no method selected; DefaultGRPCPort 50051)",
        "https://github.com/weaviate/weaviate/blob/main/entities/config/helpers.go (Enabled: on, enabled, 1, true)",
        "https://github.com/weaviate/weaviate/blob/main/Dockerfile (CMD --host 0.0.0.0 --port 8080)",
        "https://github.com/weaviate/weaviate/blob/adcffc5432aa797c60e3c4e479514054254fae2a/adapters/handlers/rest/configure_api.go (setupGoProfiling: port 6060 unless configured, http.ListenAndServe(\":%d\"); metrics mux /metrics on \":%d\" of Monitoring.Port)",
        "https://github.com/weaviate/weaviate/blob/adcffc5432aa797c60e3c4e479514054254fae2a/usecases/config/environment.go (PROMETHEUS_MONITORING_ENABLED sets Monitoring.Port 2112; DefaultGossipBindPort 7946, CLUSTER_DATA_BIND_PORT defaults to gossip port + 1; DefaultRaftPort 8300, DefaultRaftInternalPort 8301; GO_PROFILING_PORT)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/products/xinference.ts
const xinference_LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
// is_auth_advanced(): anything but 0/false/no (case-insensitive) keeps 3.x authentication on.
const OFF = "0|false|no";
const xinference = {
    id: "xinference",
    name: "Xorbits Inference (Xinference)",
    // The REST API launches, registers and stops models (models:start, models:register).
    impact: "model-control",
    images: ["xprobe/xinference"],
    commands: ["\\bxinference-(local|supervisor)\\b"],
    ports: [
        { port: 9997, purpose: "REST API and web UI (launch, register and stop models; inference)" },
        // Random unless --supervisor-port is given; the project's distributed compose file uses 9999.
        { port: 9999, purpose: "supervisor actor port (cluster-internal RPC)" },
    ],
    listen: {
        // The image has no server entrypoint (CMD /bin/bash): the command decides. xinference-local
        // defaults to 127.0.0.1, xinference-supervisor to 0.0.0.0.
        default: "loopback",
        allInterfaces: [
            { flag: "--host", value: "0\\.0\\.0\\.0|::" },
            { flag: "-H", value: "0\\.0\\.0\\.0|::" },
            { arg: "\\bxinference-supervisor\\b" },
        ],
        loopbackOnly: [
            { flag: "--host", value: xinference_LOOPBACK },
            { flag: "-H", value: xinference_LOOPBACK },
        ],
    },
    auth: [
        {
            // --auth-config first appears in deploy/cmdline.py at v0.8.0.
            versions: "<0.8.0",
            builtIn: "none",
            summary: "Xinference before 0.8.0 has no authentication: anyone who reaches port 9997 can launch, register and stop models.",
        },
        {
            versions: ">=0.8.0 <2.9.0",
            builtIn: "off",
            enabledBy: [{ flag: "--auth-config" }],
            summary: "Xinference before 2.9 has authentication only when started with --auth-config (a JSON file of users and API keys).",
        },
        {
            // 2.9.0 adds the database-backed system behind XINFERENCE_AUTH_ADVANCED (opt-in: 1/true/yes).
            versions: ">=2.9.0 <3.0.0",
            builtIn: "off",
            enabledBy: [{ flag: "--auth-config" }, { env: "XINFERENCE_AUTH_ADVANCED", value: "1|true|yes" }],
            summary: "Xinference 2.9/2.x has authentication only with --auth-config or XINFERENCE_AUTH_ADVANCED=true.",
        },
        {
            // 3.0.0: database-backed auth on by default; --auth-config removed. Until the first admin is
            // created through the unauthenticated /v1/admin/setup, whoever reaches the server first becomes admin.
            versions: ">=3.0.0",
            builtIn: "on",
            disabledBy: [{ env: "XINFERENCE_AUTH_ADVANCED", value: OFF }],
            ignored: [{ flag: "--auth-config" }],
            summary: "Xinference 3.x requires a login or API key unless XINFERENCE_AUTH_ADVANCED=false; until the first admin account is created through the open /v1/admin/setup endpoint, whoever reaches it first becomes admin.",
        },
    ],
    sources: [
        "https://github.com/xorbitsai/inference/blob/v3.0.0/xinference/deploy/cmdline.py (xinference-local --host default XINFERENCE_DEFAULT_LOCAL_HOST, xinference-supervisor --host default XINFERENCE_DEFAULT_DISTRIBUTED_HOST, --port default 9997)",
        "https://github.com/xorbitsai/inference/blob/v3.0.0/xinference/constants.py (XINFERENCE_DEFAULT_LOCAL_HOST 127.0.0.1, XINFERENCE_DEFAULT_DISTRIBUTED_HOST 0.0.0.0, XINFERENCE_DEFAULT_ENDPOINT_PORT 9997; is_auth_advanced: on unless 0/false/no)",
        "https://github.com/xorbitsai/inference/blob/v3.0.0/doc/source/user_guide/auth_system.rst (3.0: enabled by default, --auth-config removed, first-run /v1/admin/setup: the first successful call wins)",
        "https://github.com/xorbitsai/inference/blob/v2.9.0/xinference/constants.py (XINFERENCE_AUTH_ADVANCED opt-in: 1/true/yes)",
        "https://github.com/xorbitsai/inference/blob/v0.8.0/xinference/deploy/cmdline.py (first tag with --auth-config; absent at v0.7.5)",
        "https://github.com/xorbitsai/inference/blob/7ecec16b63383e18e4af790c4b522fb7d79f7e77/xinference/deploy/docker/Dockerfile (ENTRYPOINT [] and CMD /bin/bash: deploy commands are passed explicitly)",
        "https://github.com/xorbitsai/inference/blob/v3.0.0/doc/source/getting_started/using_docker_compose.rst (XINFERENCE_AUTH_ADVANCED=false under environment: runs without authentication)",
        "https://github.com/xorbitsai/inference/blob/7ecec16b63383e18e4af790c4b522fb7d79f7e77/xinference/deploy/docker/docker-compose.yml (xinference-local -H 0.0.0.0 --port 9997, published 9997)",
        "https://github.com/xorbitsai/inference/blob/7ecec16b63383e18e4af790c4b522fb7d79f7e77/xinference/deploy/docker/docker-compose-distributed.yml (xinference-supervisor --host xinference-supervisor --port 9997 --supervisor-port 9999, both published)",
        "https://github.com/xorbitsai/inference/blob/v3.0.0/doc/source/getting_started/using_docker_image.rst (official image xprobe/xinference, tags v<release version>)",
    ],
};

;// CONCATENATED MODULE: ./src/catalog/index.ts
































































// The advisory data (./advisories/index.ts) is loaded by the scan only when the tree has components.
const catalog_catalog = {
    products: [
        aiDockComfyui,
        anythingllm,
        arizePhoenix,
        bitnamiRedis,
        chromadb,
        chromadbPython,
        clearml,
        clickhouse,
        comfyui,
        elasticsearch,
        fastchatController,
        fastchatModelWorker,
        fastchatOpenaiApi,
        flowise,
        grafana,
        h2ogpt,
        infinity,
        jupyter,
        jupyterhub,
        keycloak,
        khoj,
        kibana,
        kubeflowJupyter,
        langflow,
        letta,
        litellm,
        localai,
        mariadb,
        milvus,
        minio,
        mlflow,
        mongodb,
        mysql,
        n8n,
        nats,
        neo4j,
        nvidiaNim,
        ollama,
        openWebui,
        openhands,
        opensearch,
        pgvector,
        postgres,
        prometheus,
        qdrant,
        rabbitmq,
        ray,
        redis,
        redisStack,
        saxmlHttp,
        seaweedfs,
        sglang,
        stableDiffusionWebui,
        tei,
        tensorboard,
        tensorflowServing,
        textGenerationWebui,
        tgi,
        torchserve,
        triton,
        valkey,
        vllm,
        weaviate,
        xinference,
    ],
};

// EXTERNAL MODULE: ./src/config/index.ts
var src_config = __webpack_require__(9750);
// EXTERNAL MODULE: ./src/discover/inside.ts
var inside = __webpack_require__(2627);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/discover/program.ts
var program = __webpack_require__(2692);
;// CONCATENATED MODULE: ./src/discover/git.ts
// Runs git on the scanned tree safely: the git found by PATH outside the tree (program.ts), from its own
// folder, pointed at the tree with `-C`, with the repository's fsmonitor hook switched off and no prompts,
// so nothing the repository holds runs.



const GIT_SAFE = ["-c", "core.fsmonitor=false"];
const GIT_ENV = { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" };
/** git's result, or undefined when no git is found outside `root`. `timeoutMs` bounds a command that talks to a remote. */
function runGit(root, args, options = {}) {
    const git = (0,program/* resolveProgram */.d)("git", root);
    if (!git)
        return undefined;
    return (0,external_node_child_process_.spawnSync)(git, ["-C", root, ...GIT_SAFE, ...args], { cwd: (0,external_node_path_.dirname)(git), env: options.env ? { ...GIT_ENV, ...options.env } : GIT_ENV, encoding: "utf8", maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024, timeout: options.timeoutMs });
}

;// CONCATENATED MODULE: ./src/discover/index.ts
// Lists the infrastructure files under the scan root: `git ls-files` inside a git work tree (so
// .gitignore is honoured and untracked files are still seen), else a directory walk. Links are never
// followed out of the root, and a directory is never entered twice (symlink loops).




/** Trees that hold other people's code, never the project's own deployment. */
const SKIPPED_DIRS = new Set(["node_modules", ".git", "vendor", "third_party", "bower_components", ".venv", "venv", ".tox", "__pycache__", ".terraform", ".hg", ".svn"]);
/** `listed`: every file of the tree by relative path (not only candidates), for files other files name (env files). */
function discover(root, options) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const notices = [];
    // The walk knows which paths are regular files (no link to vet); git's list is checked path by path.
    const fromGit = gitFiles(realRoot);
    const walked = fromGit ? undefined : walk(realRoot, notices);
    const listed = fromGit ?? walked?.paths ?? [];
    const regular = walked?.regular ?? new Set();
    const candidates = [];
    const charts = new Set(listed.flatMap((path) => (/(^|\/)Chart\.ya?ml$/.test(path) ? [path.slice(0, path.lastIndexOf("/") + 1)] : [])));
    for (const path of listed) {
        if (path.split("/").some((part) => SKIPPED_DIRS.has(part)) || options.isIgnored(path))
            continue;
        const claim = options.claim(path);
        if (!claim)
            continue;
        const absPath = (0,external_node_path_.join)(realRoot, ...path.split("/"));
        if (!regular.has(path) && !statInsideRoot(absPath, realRoot, path, notices)?.isFile())
            continue;
        const helmChart = chartOf(path, charts);
        candidates.push({ path, absPath, claim, root: realRoot, ...(helmChart !== undefined && { helmChart }) });
    }
    candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { candidates, listed: new Set(listed), notices };
}
/** Follows a link only when its target stays inside the root. */
function statInsideRoot(absPath, realRoot, path, notices) {
    let link;
    try {
        link = (0,external_node_fs_.lstatSync)(absPath);
    }
    catch {
        return undefined; // listed by git but deleted in the work tree
    }
    if (!link.isSymbolicLink())
        return link;
    try {
        const target = (0,external_node_fs_.realpathSync)(absPath);
        if (!(0,inside/* isInside */.F)(target, realRoot)) {
            notices.push({ file: path, kind: "skipped", message: "symbolic link points outside the scanned directory; not followed" });
            return undefined;
        }
        return (0,external_node_fs_.statSync)(target);
    }
    catch {
        notices.push({ file: path, kind: "skipped", message: "broken or looping symbolic link; not followed" });
        return undefined;
    }
}
/** The chart folder (`deploy/chart/`, or `` for the root) whose `templates/` holds `path`, if any. */
function chartOf(path, charts) {
    for (let at = path.indexOf("templates/"); at >= 0; at = path.indexOf("templates/", at + 1)) {
        if (at > 0 && path[at - 1] !== "/")
            continue;
        if (charts.has(path.slice(0, at)))
            return path.slice(0, at);
    }
    return undefined;
}
/**
 * The scanned repository's own .git/config must not run anything: core.fsmonitor names a program that
 * `git ls-files` would start. Command-line settings win over the repository's.
 */
/**
 * Tracked and untracked-but-not-ignored files, or undefined when the root is not in a git work tree (or
 * no git is found outside it). git is run by its absolute path, from its own folder, on the tree with `-C`.
 */
function gitFiles(root) {
    const inside = runGit(root, ["rev-parse", "--is-inside-work-tree"]);
    if (inside?.status !== 0 || inside.stdout.trim() !== "true")
        return undefined;
    const listed = runGit(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { maxBuffer: 512 * 1024 * 1024 });
    if (listed?.status !== 0)
        return undefined;
    return [...new Set(listed.stdout.split("\0").filter(Boolean))];
}
/** Every file below the root, and which of them are regular files found without a link (their type is known). */
function walk(root, notices) {
    const out = [];
    const regular = new Set();
    const visited = new Set();
    const visit = (dir, rel) => {
        let real;
        try {
            real = external_node_fs_.realpathSync.native(dir);
        }
        catch {
            return;
        }
        if (visited.has(real)) {
            notices.push({ file: rel || ".", kind: "skipped", message: "directory already visited through a symbolic link (loop); not entered again" });
            return;
        }
        visited.add(real);
        let entries;
        try {
            // With their types: no lstat per entry, only per link.
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            notices.push({ file: rel || ".", kind: "skipped", message: `cannot read directory: ${error.code ?? "error"}` });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const name = entry.name;
            if (SKIPPED_DIRS.has(name))
                continue;
            const abs = (0,external_node_path_.join)(dir, name);
            const path = rel ? `${rel}/${name}` : name;
            if (entry.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_.realpathSync)(abs);
                }
                catch {
                    notices.push({ file: path, kind: "skipped", message: "broken or looping symbolic link; not followed" });
                    continue;
                }
                if (!(0,inside/* isInside */.F)(target, root)) {
                    notices.push({ file: path, kind: "skipped", message: "symbolic link points outside the scanned directory; not followed" });
                    continue;
                }
                if ((0,external_node_fs_.statSync)(target).isDirectory())
                    visit(abs, path);
                else
                    out.push(path);
            }
            else if (entry.isDirectory()) {
                visit(abs, path);
            }
            else if (entry.isFile()) {
                out.push(path);
                regular.add(path);
            }
        }
    };
    visit(root, "");
    return { paths: out, regular };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/discover/exclude.ts
// The config's `exclude` globs, compiled once: a glob excludes the paths it matches and, for a folder, everything under it.

function excludeMatcher(globs) {
    const matchers = globs.flatMap((glob) => [new esm/* Minimatch */.VR(glob, { dot: true }), new esm/* Minimatch */.VR(`${glob.replace(/(?<!\/)\/+$/, "")}/**`, { dot: true })]);
    return (path) => matchers.some((m) => m.match(path));
}

// EXTERNAL MODULE: ./src/findings/index.ts + 1 modules
var src_findings = __webpack_require__(2780);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./src/versions/index.ts
// Orders versions per scheme, to match components against advisory ranges and release lines.
// Versions come from hostile files: every parser here scans its input once, by hand, with no regular
// expression of its own, and nothing is coerced (`latest`, `7.x` are not versions).

/**
 * Longer text is not taken for a version of any scheme. The same limit as the `semver` package's
 * MAX_LENGTH; it also bounds the work of the PEP 440 library's regular expression.
 */
const MAX_VERSION_LENGTH = 256;
/**
 * One scheme's rules from its parser and its ordering. `forRange` is what the version and the
 * bounds are compared as in a range, when that differs from the version itself.
 */
function rules(def) {
    const parse = (text) => (text.length > MAX_VERSION_LENGTH ? undefined : def.parse(text));
    const forRange = def.forRange ?? ((p) => p);
    /** A bound of the range: null when absent, undefined when unparseable. */
    const bound = (text) => {
        if (text === undefined)
            return null;
        const p = parse(text);
        return p && forRange(p);
    };
    return {
        parse,
        exact: def.exact,
        compare(a, b) {
            const x = parse(a);
            const y = parse(b);
            return x && y ? Math.sign(def.compare(x, y)) : undefined;
        },
        inRange(version, range) {
            const parsed = parse(version);
            if (!parsed)
                return undefined;
            const v = forRange(parsed);
            // OSV writes `introduced: "0"` for "from the first version", pre-releases below 0.0.0 included.
            const introduced = range.introduced === "0" ? null : bound(range.introduced);
            const fixed = bound(range.fixed);
            const lastAffected = bound(range.lastAffected);
            if (introduced === undefined || fixed === undefined || lastAffected === undefined)
                return undefined;
            if (introduced && def.compare(v, introduced) < 0)
                return false;
            if (fixed && def.compare(v, fixed) >= 0)
                return false;
            if (lastAffected && def.compare(v, lastAffected) > 0)
                return false;
            return true;
        },
    };
}
const isDigit = (c) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
/** Compares two runs of decimal digits by their value, however long (`007` = `7`, `""` = `0`). */
function compareDigits(a, b) {
    let i = 0;
    let j = 0;
    while (a[i] === "0")
        i++;
    while (b[j] === "0")
        j++;
    const lengths = a.length - i - (b.length - j);
    if (lengths !== 0)
        return lengths;
    for (; i < a.length; i++, j++)
        if (a[i] !== b[j])
            return a.charCodeAt(i) - b.charCodeAt(j);
    return 0;
}
/** Compares release numbers part by part, a missing part counting as 0 (`7.2` = `7.2.0`). */
function compareRelease(a, b) {
    for (let k = 0; k < Math.max(a.length, b.length); k++) {
        const c = compareDigits(a[k] ?? "", b[k] ?? "");
        if (c !== 0)
            return c;
    }
    return 0;
}
/**
 * Reads `N(.N)*` from `start`: the numbers and where they end, or undefined when no number starts
 * there or a dot is followed by no number.
 */
function readRelease(text, start) {
    const release = [];
    let i = start;
    for (;;) {
        const from = i;
        while (isDigit(text[i]))
            i++;
        if (i === from)
            return undefined;
        release.push(text.slice(from, i));
        if (text[i] !== "." || !isDigit(text[i + 1]))
            return { release, end: i };
        i++;
    }
}
/** Dot-separated identifiers of `[0-9A-Za-z-]`, none empty (semver §9, §10); undefined otherwise. */
function identifiers(text) {
    const ids = text.split(".");
    for (const id of ids) {
        if (id === "")
            return undefined;
        for (const c of id)
            if (!isDigit(c) && !isLetter(c) && c !== "-")
                return undefined;
    }
    return ids;
}
/**
 * `v?N(.N)*(-pre)?(+build)?`. Go: at most three numbers and none with a leading zero, as Go's module
 * versions (`v1` and `v1.2` are Go's shorthands for `v1.0.0`, `v1.2.0`).
 */
function parseSemver(text, go) {
    const start = text.startsWith("v") ? 1 : 0;
    const read = readRelease(text, start);
    if (!read)
        return undefined;
    const { release } = read;
    if (go && (release.length > 3 || release.some((n) => n.length > 1 && n.startsWith("0"))))
        return undefined;
    const plus = text.indexOf("+", read.end);
    const end = plus < 0 ? text.length : plus;
    let pre = [];
    if (read.end < end) {
        if (text[read.end] !== "-")
            return undefined;
        const ids = identifiers(text.slice(read.end + 1, end));
        if (!ids)
            return undefined;
        pre = ids;
    }
    if (plus >= 0 && !identifiers(text.slice(plus + 1)))
        return undefined;
    return { normal: text.slice(start), release, linePrefix: "", pre };
}
/** Semver §11: numeric identifiers by value and below alphanumeric ones, which compare in ASCII order. */
function compareIdentifier(a, b) {
    const numA = [...a].every(isDigit);
    const numB = [...b].every(isDigit);
    if (numA && numB)
        return compareDigits(a, b);
    if (numA !== numB)
        return numA ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Release numbers, then pre-releases before their release; build metadata (Go's `+incompatible`)
 * is ignored. Go's pseudo-versions are pre-releases whose identifiers order them by their timestamp,
 * so they need nothing more.
 */
function compareSemver(a, b) {
    const release = compareRelease(a.release, b.release);
    if (release !== 0)
        return release;
    if (a.pre.length === 0 || b.pre.length === 0)
        return b.pre.length - a.pre.length;
    for (let k = 0; k < Math.min(a.pre.length, b.pre.length); k++) {
        const c = compareIdentifier(a.pre[k], b.pre[k]);
        if (c !== 0)
            return c;
    }
    return a.pre.length - b.pre.length;
}
/**
 * Parsed by `@renovatebot/pep440`, which reads numbers as JavaScript numbers: a version with a number
 * beyond 2^53 cannot be ordered exactly and is not taken.
 */
function parsePep440(text) {
    // PEP 440: surrounding whitespace is ignored.
    const v = (0,pep440.explain)(text.trim());
    if (!v)
        return undefined;
    // `explain` gives `pre` as an array or null, `post` and `dev` as a number or null, whatever its types say.
    const localNumbers = v.local?.split(".").filter((part) => [...part].every(isDigit)).map(Number) ?? [];
    const numbers = [v.epoch, ...v.release, ...(v.pre ?? []), v.post, v.dev, ...localNumbers];
    if (numbers.some((n) => typeof n === "number" && !Number.isSafeInteger(n)))
        return undefined;
    const local = v.local ? `+${v.local}` : "";
    return { normal: v.public + local, public: v.public, release: v.release.map(String), linePrefix: v.epoch ? `${v.epoch}!` : "" };
}
// ---- calendar ----
/** `r?YY.MM(.N)*`: NVIDIA's `24.01`, its releases' git tags `r24.01`. */
function parseCalendar(text) {
    const start = text.startsWith("r") ? 1 : 0;
    const read = readRelease(text, start);
    if (!read || read.end !== text.length || read.release.length < 2)
        return undefined;
    return { normal: text.slice(start), release: read.release, linePrefix: "" };
}
// ---- timestamp ----
const RELEASE_PREFIX = "RELEASE.";
/** MinIO's stamp, `YYYY-MM-DDTHH-MM-SSZ`: `D` a digit, every other character itself. */
const STAMP_SHAPE = "DDDD-DD-DDTDD-DD-DDZ";
/** `RELEASE.2025-04-22T22-12-26Z` or the bare stamp; the normal form is MinIO's, with `RELEASE.`. */
function parseTimestamp(text) {
    const stamp = text.startsWith(RELEASE_PREFIX) ? text.slice(RELEASE_PREFIX.length) : text;
    if (stamp.length !== STAMP_SHAPE.length)
        return undefined;
    let digits = "";
    for (let i = 0; i < stamp.length; i++) {
        if (STAMP_SHAPE[i] === "D" ? !isDigit(stamp[i]) : stamp[i] !== STAMP_SHAPE[i])
            return undefined;
        if (STAMP_SHAPE[i] === "D")
            digits += stamp[i];
    }
    const normal = RELEASE_PREFIX + stamp;
    return { normal, release: [normal], linePrefix: "", digits };
}
/**
 * `[epoch:]upstream[-revision]` (Debian Policy §5.6.12): the epoch digits, the upstream part starting
 * with a digit, of alphanumerics and `.+~` (and `-` when there is a revision), the revision of
 * alphanumerics and `.+~`.
 */
function parseDebian(text) {
    const colon = text.indexOf(":");
    const epoch = colon < 0 ? "" : text.slice(0, colon);
    if (colon >= 0 && (epoch === "" || ![...epoch].every(isDigit)))
        return undefined;
    const rest = text.slice(colon + 1);
    const hyphen = rest.lastIndexOf("-");
    const upstream = hyphen < 0 ? rest : rest.slice(0, hyphen);
    const revision = hyphen < 0 ? "" : rest.slice(hyphen + 1);
    const allowed = (part, extra) => [...part].every((c) => isDigit(c) || isLetter(c) || extra.includes(c));
    if (!isDigit(upstream[0]) || !allowed(upstream, ".+~-"))
        return undefined;
    if (hyphen >= 0 && (revision === "" || !allowed(revision, ".+~")))
        return undefined;
    return { normal: text, release: readRelease(upstream, 0).release, linePrefix: "", epoch, upstream, revision };
}
/**
 * The weight of a character in the non-digit parts Debian compares: `~` before the end of the part,
 * the end before letters, letters before every other character, each group in ASCII order.
 */
function debianWeight(c) {
    if (c === undefined || isDigit(c))
        return 0;
    if (c === "~")
        return -1;
    return isLetter(c) ? c.charCodeAt(0) : c.charCodeAt(0) + 256;
}
/**
 * Compares upstream parts or revisions as Debian Policy §5.6.12 describes: alternately the leading
 * non-digit runs, character by character by `debianWeight`, and the leading digit runs, by value.
 */
function compareDebianPart(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
            const c = debianWeight(a[i]) - debianWeight(b[j]);
            if (c !== 0)
                return c;
            i++;
            j++;
        }
        const fromA = i;
        const fromB = j;
        while (isDigit(a[i]))
            i++;
        while (isDigit(b[j]))
            j++;
        const c = compareDigits(a.slice(fromA, i), b.slice(fromB, j));
        if (c !== 0)
            return c;
    }
    return 0;
}
function compareDebian(a, b) {
    return compareDigits(a.epoch, b.epoch) || compareDebianPart(a.upstream, b.upstream) || compareDebianPart(a.revision, b.revision);
}
const RULES = {
    semver: rules({ parse: (t) => parseSemver(t, false), compare: compareSemver, exact: 3 }),
    go: rules({ parse: (t) => parseSemver(t, true), compare: compareSemver, exact: 3 }),
    // PEP 440 sorts a local version after its public one (`2.5.1` < `2.5.1+cu121`). In a range the local
    // label is dropped on both sides: a local build is the public release it was built from, so
    // `2.5.1+cu121` is in a range that holds `2.5.1` (lastAffected 2.5.1) and not in one fixed in 2.5.1.
    pep440: rules({
        parse: parsePep440,
        compare: (a, b) => (0,pep440.compare)(a.normal, b.normal),
        forRange: (p) => ({ ...p, normal: p.public }),
    }),
    calendar: rules({ parse: parseCalendar, compare: (a, b) => compareRelease(a.release, b.release), exact: 2 }),
    timestamp: rules({ parse: parseTimestamp, compare: (a, b) => (a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0), exact: 1 }),
    debian: rules({ parse: parseDebian, compare: compareDebian }),
};
/** The version in canonical form for the scheme (`v1.2.3` → `1.2.3` for semver, PEP 440 normal form), or undefined when it is not a version of the scheme. */
function normalizeVersion(scheme, text) {
    return RULES[scheme].parse(text)?.normal;
}
/** <0, 0, >0; undefined when either side is not a version of the scheme. */
function compareVersions(scheme, a, b) {
    return RULES[scheme].compare(a, b);
}
/** Whether `version` falls in `range`; undefined when the version or a bound cannot be parsed. */
function inRange(scheme, version, range) {
    return RULES[scheme].inRange(version, range);
}
/**
 * The release line of a version: its first `parts` release numbers (`7.2.4`, 2 → `7.2`; `3.10.12`, 2 → `3.10`; `20.11.1`, 1 → `20`).
 * Undefined when the version names fewer numbers (`7`, 2: which 7.x is not known).
 */
function releaseLine(scheme, version, parts) {
    const parsed = RULES[scheme].parse(version);
    if (!parsed || !Number.isInteger(parts) || parts < 1 || parts > parsed.release.length)
        return undefined;
    return parsed.linePrefix + parsed.release.slice(0, parts).join(".");
}
/** How many release numbers the version names (`7.2` → 2, `7.2.4` → 3, `24.01` → 2): an image tag `redis:7.2` names a line, not a version. */
function precision(scheme, version) {
    return RULES[scheme].parse(version)?.release.length;
}
/** How many release numbers make one exact release in the scheme: 3 for semver/go, 2 for calendar, 1 for timestamp, undefined for pep440/debian (any length is exact). */
function exactPrecision(scheme) {
    return RULES[scheme].exact;
}
/** The upstream part of a Debian package version: epoch and Debian revision stripped (`1.16.1-1` → `1.16.1`, `1:2.0.3-2+deb12u1` → `2.0.3`, `1.17.8-1~ubuntu22.04` → `1.17.8`). */
function debianUpstream(version) {
    const start = version.indexOf(":") + 1;
    const hyphen = version.lastIndexOf("-");
    return version.slice(start, hyphen >= start ? hyphen : version.length);
}

;// CONCATENATED MODULE: ./src/match/eol.ts



/** The numbers a tag starts with: `3.9` of `3.9-slim-bullseye`, `20` of `20-alpine`. */
const LEADING_NUMBERS = /^v?(\d+(?:\.\d+)*)/;
/** The first word of a tag, for codenames: `bullseye` of `bullseye-slim`. */
const FIRST_WORD = /^([a-z]+)/i;
function eolHits(products, component, today) {
    if (component.type !== "image" || !component.image.tag)
        return [];
    const tag = component.image.tag;
    const name = component.image.registry ? `${component.image.registry.toLowerCase()}/${component.image.repository}` : component.image.repository;
    const hits = [];
    for (const product of products) {
        const own = product.images.some((pattern) => (0,wildcard/* wildcard */.X)(pattern).test(name));
        const line = own ? ownLine(product, tag) : suffixLine(product, tag);
        if (line?.eol && line.eol < today)
            hits.push({ product, line, via: own ? "version" : "base-os", successor: successor(product, line, today) });
    }
    return hits;
}
/** The line the tag of the product's own image names: its leading numbers cut to the line's parts, or a codename. */
function ownLine(product, tag) {
    const numbers = (product.tagVersion ? (0,model_pattern/* catalogPattern */.k)(product.tagVersion) : LEADING_NUMBERS).exec(tag)?.[1];
    if (numbers !== undefined && /^\d/.test(numbers)) {
        const parts = numbers.split(".");
        // `redis:7` is whichever 7.x is newest: no line can be told.
        if (parts.length < product.lineParts)
            return undefined;
        return lineOf(product, parts.slice(0, product.lineParts).join("."));
    }
    const word = numbers ?? FIRST_WORD.exec(tag)?.[1];
    return word ? lineOf(product, word) : undefined;
}
function suffixLine(product, tag) {
    if (!product.tagSuffix)
        return undefined;
    const found = (0,model_pattern/* catalogPattern */.k)(product.tagSuffix).exec(tag)?.[1];
    if (found === undefined)
        return undefined;
    if (/^\d/.test(found)) {
        const parts = found.split(".");
        return parts.length < product.lineParts ? undefined : lineOf(product, parts.slice(0, product.lineParts).join("."));
    }
    return lineOf(product, found);
}
/** The oldest line newer than `line` still supported a year from today (the smallest move that lasts), else the newest supported. */
function successor(product, line, today) {
    const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    const newer = product.lines
        .filter((l) => /^\d/.test(l.line) && (compareVersions("semver", l.line, line.line) ?? 0) > 0 && (!l.eol || l.eol > today))
        .sort((a, b) => compareVersions("semver", a.line, b.line) ?? 0);
    return newer.find((l) => !l.eol || l.eol >= inAYear) ?? newer.at(-1);
}
function lineOf(product, lineOrCodename) {
    const wanted = lineOrCodename.toLowerCase();
    return product.lines.find((l) => l.line === wanted || l.codename?.toLowerCase() === wanted);
}
/** An AI product whose line is older than the one before its newest (`ollama:0.3.14` when 0.13 and 0.12 are out). */
function outdatedBy(identity) {
    const releases = identity.product?.releases;
    const written = identity.version ?? identity.written;
    if (!releases || written === undefined)
        return undefined;
    const [newest, previous] = releases.lines;
    const line = releaseLine(identity.scheme, written, newest.split(".").length);
    const behind = line === undefined ? undefined : compareVersions(identity.scheme, line, previous);
    if (behind === undefined || behind >= 0)
        return undefined;
    return { latest: releases.latest, newestLines: releases.lines, asOf: releases.asOf, source: releases.source };
}

// EXTERNAL MODULE: ./src/model/package-name.ts
var package_name = __webpack_require__(2389);
;// CONCATENATED MODULE: ./src/match/identify.ts





/** A leading `v?MAJOR.MINOR.PATCH…` (and its short forms), the version most image tags start with. */
const LEADING_VERSION = /^v?(\d+(?:\.\d+){0,3})/;
const ECOSYSTEM_SCHEME = {
    PyPI: "pep440",
    npm: "semver",
    Go: "go",
    "crates.io": "semver",
    // A vendor apt package is matched on its upstream version (revision stripped).
    apt: "semver",
    GitHub: "semver",
    conda: "pep440",
    Bitnami: "semver",
};
function schemeOf(target, identity) {
    return target?.scheme ?? identity.scheme;
}
const serverIndexes = new WeakMap();
/** The catalog's products by the packages that are their servers, indexed once: a lockfile has 100,000 names to look up. */
function serverPackages(catalog) {
    let index = serverIndexes.get(catalog);
    if (!index) {
        index = new Map();
        for (const product of catalog.products)
            for (const key of product.packages ?? [])
                if (!index.has(`${key.ecosystem}\0${packageName(key)}`))
                    index.set(`${key.ecosystem}\0${packageName(key)}`, product);
        serverIndexes.set(catalog, index);
    }
    return index;
}
/** PEP 503: names compare lower case with runs of `-`, `_`, `.` as one `-`. */
function packageName(key) {
    return (0,package_name/* comparableName */._)(key.ecosystem, key.name);
}
function samePackage(a, b) {
    return a.ecosystem === b.ecosystem && packageName(a) === packageName(b);
}
/** The version an image tag names for a product or an advisory's image, read with its pattern. */
function tagVersion(tag, pattern, scheme) {
    if (!tag)
        return undefined;
    const m = (pattern ? (0,model_pattern/* catalogPattern */.k)(pattern) : LEADING_VERSION).exec(tag);
    if (!m?.[1])
        return undefined;
    const written = m[1];
    const normal = normalizeVersion(scheme, written);
    // `7.2` names the newest 7.2.x of the day: a line, not a release. Tags of PyPI-versioned products too.
    const exact = exactPrecision(scheme) ?? 3;
    const complete = normal !== undefined && (precision(scheme, written) ?? 0) >= exact;
    return { written, version: complete ? normal : undefined };
}
function identify(catalog, advisories, component) {
    if (component.type === "image")
        return identifyImage(catalog, component.image) ?? identifyAdvisoryImage(advisories, component.image);
    const key = { ecosystem: component.ecosystem, name: component.name };
    const product = serverPackages(catalog).get(`${key.ecosystem}\0${packageName(key)}`);
    const scheme = ECOSYSTEM_SCHEME[component.ecosystem];
    if (component.version === undefined)
        return { product, package: key, scheme };
    const written = component.ecosystem === "apt" ? debianUpstream(component.version) : component.version;
    return { product, package: key, scheme, written, version: normalizeVersion(scheme, written) };
}
function identifyImage(catalog, image) {
    const product = (0,match/* productOfImage */.UK)(catalog, image);
    if (!product)
        return undefined;
    const scheme = product.versionScheme ?? "semver";
    const read = tagVersion(image.tag, product.tagVersion, scheme);
    return { product, scheme, written: read?.written, version: read?.version };
}
/** An image that is no catalog product but that an advisory names (`nvcr.io/nvidia/gpu-operator`): its version read the advisory's way. */
function identifyAdvisoryImage(advisories, image) {
    for (const advisory of advisories) {
        const target = advisory.affects.find((t) => imageTargetMatches(t, image));
        if (!target?.image)
            continue;
        const scheme = target.scheme ?? "semver";
        const read = tagVersion(image.tag, target.image.tagVersion, scheme);
        return { scheme, written: read?.written, version: read?.version };
    }
    return undefined;
}
/** An advisory target that names this image among its `image.names`. */
function imageTargetMatches(target, image) {
    const name = image.registry ? `${image.registry.toLowerCase()}/${image.repository}` : image.repository;
    return target.image?.names.some((pattern) => (0,wildcard/* wildcard */.X)(pattern).test(name)) ?? false;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/match/osv-source.ts



const OSV_ECOSYSTEMS = new Set(["PyPI", "npm", "Go", "crates.io", "Bitnami"]);
/** The package OSV knows the component by, and the version to ask about. */
function osvQuery(identity) {
    if (identity?.version === undefined)
        return undefined;
    const key = identity.package && OSV_ECOSYSTEMS.has(identity.package.ecosystem) ? identity.package : identity.product?.packages?.find((k) => OSV_ECOSYSTEMS.has(k.ecosystem));
    if (!key)
        return undefined;
    // OSV writes Go versions without the `v` Go modules put in front.
    return { key, version: key.ecosystem === "Go" ? identity.version.replace(/^v/, "") : identity.version };
}
async function osvAdvisories(identities, options) {
    const byComponent = identities.map(() => []);
    if (options.mode === "off")
        return { byComponent, errors: [], requests: 0 };
    const queries = identities.map(osvQuery);
    // One question per distinct package and version.
    const distinct = new Map();
    queries.forEach((q, i) => {
        if (!q)
            return;
        const id = `${q.key.ecosystem}\0${q.key.name}\0${q.version}`;
        const entry = distinct.get(id) ?? { ...q, at: [] };
        entry.at.push(i);
        distinct.set(id, entry);
    });
    const asked = [...distinct.values()];
    // OSV's client and export reader are loaded only when OSV is asked.
    const { osvToAdvisory } = await Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(177)]).then(__webpack_require__.bind(__webpack_require__, 177));
    let records;
    let errors;
    let requests = 0;
    if (options.mode === "online") {
        const { queryOsv } = await Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 5935));
        const lookup = await queryOsv(asked.map((q) => ({ ecosystem: q.key.ecosystem, name: q.key.name, version: q.version })), { baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, userAgent: `ai-infra-audit/${version/* VERSION */.x}` });
        records = lookup.records;
        errors = lookup.errors;
        requests = lookup.requests;
    }
    else {
        const { openOsvExport } = await Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 4956));
        const db = openOsvExport(options.path ?? "");
        try {
            records = asked.map((q) => db.lookup(q.key.ecosystem, q.key.name));
            errors = [...db.errors];
        }
        finally {
            db.close();
        }
    }
    asked.forEach((q, n) => {
        for (const record of records[n] ?? []) {
            const advisory = osvToAdvisory(record, q.key);
            if (!advisory)
                continue;
            for (const i of q.at) {
                const identity = identities[i];
                const target = advisory.affects[0];
                const scheme = schemeOf(target, identity);
                const range = target?.ranges.find((r) => inRange(scheme, identity.version, r) === true);
                // The API answers only for affected versions; an export lists every record of the package.
                if (!range && options.mode === "export")
                    continue;
                // Graded with the rest by the matching stage.
                byComponent[i].push({ advisory, severity: "unknown", counted: "high", fixed: range?.fixed, lastAffected: range?.lastAffected, from: "osv" });
            }
        }
    });
    return { byComponent, errors, requests };
}

;// CONCATENATED MODULE: ./src/match/index.ts






/** Embedded data older than this is called stale in the report. */
const STALE_DATA_DAYS = 90;
/** One shared empty list for the many components with nothing found. */
const NONE = [];
async function matchComponents(model, catalog, options, notices) {
    const data = catalog.advisories ?? { generated: options.today, sourcesThrough: options.today, advisories: [], eol: [] };
    const components = model.components.filter(judged);
    const index = advisoryIndex(data.advisories);
    // The same image written many times (a Deployment of 10,000 containers) is identified and matched once;
    // a lockfile's packages are distinct, so they are not remembered.
    const memo = new Map();
    // Only what OSV needs to be asked, or what something was found about, is kept: a lockfile's 100,000 clean
    // packages leave nothing behind.
    const keep = options.osv.mode !== "off";
    const known = components.map((c) => {
        const key = c.type === "image" ? c.image.raw : undefined;
        let entry = key === undefined ? undefined : memo.get(key);
        if (!entry) {
            const identity = identify(catalog, index.imageTargeted, c);
            entry = { identity, fromCatalog: identity ? catalogHits(index, c, identity) : NONE, eol: eolHits(data.eol, c, options.today) };
            if (key !== undefined)
                memo.set(key, entry);
        }
        if (c.type === "package" && entry.identity?.product)
            c.productId = entry.identity.product.id;
        return keep || entry.fromCatalog.length > 0 || entry.eol.length > 0 || (entry.identity?.product?.releases && outdatedBy(entry.identity)) ? entry : undefined;
    });
    const online = await osvAdvisories(keep ? known.map((k) => k?.identity) : [], options.osv);
    const byId = (0,group/* groupBy */.$)(model.workloads, (w) => `${w.file}\0${w.id}`);
    const byFile = (0,group/* groupBy */.$)(model.workloads, (w) => w.file);
    const builtFrom = (0,group/* groupBy */.$)(model.workloads.filter((w) => w.buildDockerfile), (w) => w.buildDockerfile);
    const runBy = (c) => {
        if (c.type === "image")
            return c.workloadId === undefined ? [] : (byId.get(`${c.pos.file}\0${c.workloadId}`) ?? []);
        return c.declaredIn === "dockerfile" ? [...(byFile.get(c.pos.file) ?? []), ...(builtFrom.get(c.pos.file) ?? [])] : [];
    };
    const ignores = options.ignores.filter((e) => e.advisories.length > 0 && !(e.until && e.until < options.today));
    // Severities are computed (from CVSS vectors) only when something was found: a clean scan never loads the calculator.
    if (known.some((k) => k !== undefined && k.fromCatalog.length > 0) || online.byComponent.some((hits) => hits.length > 0)) {
        const { severityOf } = await Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(794)]).then(__webpack_require__.bind(__webpack_require__, 7794));
        for (const hit of [...new Set(known.flatMap((k) => k?.fromCatalog ?? NONE))].concat(online.byComponent.flat())) {
            Object.assign(hit, severityOf(hit.advisory));
            hit.counted = hit.severity === "unknown" ? (options.unknownSeverity ?? "high") : hit.severity;
        }
    }
    const matches = [];
    components.forEach((component, i) => {
        const entry = known[i];
        if (!entry)
            return;
        const { identity, fromCatalog, eol } = entry;
        const fromOsv = online.byComponent[i] ?? [];
        const outdated = identity ? outdatedBy(identity) : undefined;
        // Only components with something to say are kept: a lockfile's 100,000 clean packages cost nothing more.
        if (fromCatalog.length === 0 && fromOsv.length === 0 && eol.length === 0 && !outdated)
            return;
        const advisories = merge(fromCatalog, fromOsv).filter((hit) => !byDesign(hit, identity)).map((hit) => ({ ...hit, accepted: acceptance(hit.advisory, component, ignores) }));
        const match = { component, runBy: runBy(component), identity, advisories, eol };
        // The upgrade depends on the advisories that count: with none accepted and nothing from OSV, it is the
        // same for every place the image is written, and worked out once.
        const counted = advisories.filter((a) => !a.accepted);
        const shared = counted.length === advisories.length && fromOsv.length === 0;
        const way = shared && entry.way ? entry.way : wayOut(counted, component, identity);
        if (shared)
            entry.way = way;
        if (way.upgrade)
            match.upgrade = way.upgrade;
        if (way.beyond)
            match.beyond = way.beyond;
        if (outdated)
            match.outdated = outdated;
        matches.push(match);
    });
    const ageDays = Math.floor((Date.parse(options.today) - Date.parse(data.generated)) / 86_400_000);
    if (ageDays > STALE_DATA_DAYS) {
        notices.push({ file: ".", kind: "warning", message: `the embedded advisory data is ${ageDays} days old (compiled ${data.generated}): advisories published since are not in it; update ai-infra-audit or query OSV (--online)` });
    }
    for (const error of online.errors)
        notices.push({ file: ".", kind: "warning", message: `OSV: ${error}; the embedded advisory data was used alone for what OSV did not answer` });
    return { matches, sources: { generated: data.generated, sourcesThrough: data.sourcesThrough, ageDays, osv: options.osv.mode, osvErrors: online.errors, osvRequests: online.requests } };
}
/** Components worth matching: not replaced by a kustomization entry, not built here, not a `${VAR}` left for deploy time. */
function judged(component) {
    if (component.type === "package")
        return true;
    return !component.overridden && !component.image.localBuild && !component.image.unresolved;
}
const indexes = new WeakMap();
function advisoryIndex(advisories) {
    let index = indexes.get(advisories);
    if (index)
        return index;
    index = { byProduct: new Map(), byPackage: new Map(), imageTargeted: [] };
    const add = (map, key, advisory) => {
        const list = map.get(key) ?? [];
        if (list.at(-1) !== advisory)
            list.push(advisory);
        map.set(key, list);
    };
    for (const advisory of advisories) {
        for (const target of advisory.affects) {
            if (target.product !== undefined)
                add(index.byProduct, target.product, advisory);
            else if (target.package !== undefined)
                add(index.byPackage, packageIndexKey(target.package), advisory);
            else if (index.imageTargeted.at(-1) !== advisory)
                index.imageTargeted.push(advisory);
        }
    }
    indexes.set(advisories, index);
    return index;
}
function packageIndexKey(key) {
    return `${key.ecosystem}\0${packageName(key)}`;
}
/** The advisories that may speak of this component: of its product, its package or its product's packages, or of images. */
function candidates(index, component, identity) {
    const keys = [identity.package, ...(identity.product?.packages ?? [])].filter((k) => k !== undefined);
    const found = new Set([...(identity.product ? (index.byProduct.get(identity.product.id) ?? []) : []), ...keys.flatMap((k) => index.byPackage.get(packageIndexKey(k)) ?? [])]);
    if (component.type === "image")
        for (const advisory of index.imageTargeted)
            found.add(advisory);
    return [...found];
}
function catalogHits(index, component, identity) {
    const version = identity.version;
    if (version === undefined)
        return [];
    const hits = [];
    for (const advisory of candidates(index, component, identity)) {
        const target = advisory.affects.find((t) => targets(t, component, identity));
        const range = target?.ranges.find((r) => inRange(schemeOf(target, identity), version, r) === true);
        if (range)
            hits.push({ advisory, severity: "unknown", counted: "high", fixed: range.fixed, lastAffected: range.lastAffected, from: "catalog" });
    }
    return hits;
}
/** Whether a target speaks of this component: its product, its package, or its image by name. */
function targets(target, component, identity) {
    if (target.product !== undefined)
        return identity.product?.id === target.product;
    // A package that is the product's server (Go `github.com/ollama/ollama` for an Ollama image) is the product.
    if (target.package !== undefined)
        return [identity.package, ...(identity.product?.packages ?? [])].some((key) => key !== undefined && samePackage(target.package, key));
    return component.type === "image" && imageTargetMatches(target, component.image);
}
/** An advisory that restates the product's design (no authentication), which the exposure rules judge in context. */
function byDesign(hit, identity) {
    const design = identity?.product?.designAdvisories;
    if (!design)
        return false;
    const ids = new Set([hit.advisory.id, ...hit.advisory.aliases]);
    return design.some((d) => ids.has(d.id));
}
/** The catalog's entry wins over OSV's record of the same advisory (its ranges are per release line, read at the vendor). */
function merge(fromCatalog, fromOsv) {
    const known = new Set(fromCatalog.flatMap((h) => [h.advisory.id, ...h.advisory.aliases]));
    return [...fromCatalog, ...fromOsv.filter((h) => ![h.advisory.id, ...h.advisory.aliases].some((id) => known.has(id)))];
}
function acceptance(advisory, component, ignores) {
    const ids = new Set([advisory.id, ...advisory.aliases].map((id) => id.toUpperCase()));
    const entry = ignores.find((e) => e.advisories.some((id) => ids.has(id)) && (e.paths.length === 0 || e.paths.some((glob) => (0,esm/* minimatch */.xF)(component.pos.file, glob, { dot: true }))));
    return entry?.reason;
}
/**
 * The smallest version that no advisory of the list affects: each fixed version above the current one is
 * tried from the lowest, so a fix on the same release line comes before the next line. Undefined when
 * every candidate is still affected (an advisory with no fix at all).
 */
function smallestUpgrade(hits, component, identity) {
    const version = identity.version;
    if (hits.length === 0 || version === undefined)
        return undefined;
    const ranges = hits.flatMap((h) => h.advisory.affects.filter((t) => targets(t, component, identity)).map((t) => ({ target: t, ranges: t.ranges })));
    const scheme = identity.scheme;
    const candidates = [...new Set(ranges.flatMap((r) => r.ranges.flatMap((range) => (range.fixed ? [range.fixed] : []))))]
        .filter((fixed) => (compareVersions(scheme, fixed, version) ?? -1) > 0)
        .sort((a, b) => compareVersions(scheme, a, b) ?? 0);
    const affected = (candidate, list, target) => list.some((range) => inRange(schemeOf(target, identity), candidate, range) === true);
    const upgrade = candidates.find((candidate) => ranges.every((r) => !affected(candidate, r.ranges, r.target)));
    if (!upgrade)
        return undefined;
    // The same release line: the same first two numbers (`7.2.4` and `7.2.11`; Triton's `24.01` and `24.05` are not).
    const line = (v) => releaseLine(scheme, v, 2);
    return { version: upgrade, sameLine: line(version) !== undefined && line(version) === line(upgrade) };
}
/** The smallest upgrade that clears these advisories, else the last affected version to go past. */
function wayOut(hits, component, identity) {
    if (!identity)
        return {};
    const upgrade = identity.version === undefined ? undefined : smallestUpgrade(hits, component, identity);
    if (upgrade)
        return { upgrade };
    const beyond = lastAffectedOfAll(hits, identity);
    return beyond ? { beyond } : {};
}
/** The highest last-affected version when every advisory is bounded by one (none has an open range). */
function lastAffectedOfAll(hits, identity) {
    if (hits.length === 0 || hits.some((h) => !h.fixed && !h.lastAffected))
        return undefined;
    const bounds = hits.flatMap((h) => (h.lastAffected ? [h.lastAffected] : []));
    return bounds.sort((a, b) => compareVersions(identity.scheme, a, b) ?? 0).at(-1);
}

;// CONCATENATED MODULE: ./src/model/build-context.ts
/** A value the service takes over from the Dockerfile: written there, not in the service. */
function fromBuild(value) {
    return { ...value, origin: value.origin ?? "build" };
}
function applyBuildContexts(workloads, stages) {
    const finalStages = new Map(workloads.filter((w) => w.kind === "dockerfile-stage").map((w) => [w.file, w]));
    const namedStages = new Map(stages.map((s) => [`${s.file}\0${s.name}`, s]));
    for (const service of workloads) {
        if (service.kind !== "compose-service" || !service.buildDockerfile)
            continue;
        const stage = service.buildTarget !== undefined ? namedStages.get(`${service.buildDockerfile}\0${service.buildTarget}`) : finalStages.get(service.buildDockerfile);
        if (!stage)
            continue;
        const stageArgv = stage.argv.map(fromBuild);
        const stageEntrypoint = stageArgv.slice(0, stage.entrypointCount ?? 0);
        // No entrypoint/command of its own: the image's; only a command: the image's ENTRYPOINT, then that command.
        if (service.entrypointCount === undefined)
            service.argv = stageArgv;
        else if (service.entrypointCount === 0)
            service.argv = [...stageEntrypoint, ...service.argv];
        if (!service.image && stage.image)
            service.image = fromBuild(stage.image);
        const own = new Set(service.env.map((e) => e.name));
        service.env = [...stage.env.filter((e) => !own.has(e.name)).map(fromBuild), ...service.env];
        const ports = new Set(service.containerPorts.map((p) => p.value));
        service.containerPorts.push(...stage.containerPorts.filter((p) => !ports.has(p.value)).map(fromBuild));
    }
}

;// CONCATENATED MODULE: ./src/model/compose-overrides.ts
// Compose merges the files it is given (`-f compose.yaml -f compose.gpu.yaml`, or compose.override.yaml
// automatically) by service name. A service declared again in another compose file of the same folder
// without an image or build of its own only adds to the declaration that has one: the two are one
// service, judged with everything both files set (ports from one, environment from the other).
// https://docs.docker.com/reference/compose-file/merge/


/** Returns the workloads with each adding declaration merged into the one it adds to. */
function mergeComposeOverrides(workloads) {
    const declarations = (0,group/* groupBy */.$)(workloads.filter((w) => w.kind === "compose-service"), (w) => `${external_node_path_.posix.dirname(w.file)}\0${w.name}`);
    const absorbed = new Set();
    for (const group of declarations.values()) {
        const base = group.find((w) => w.image || w.buildDockerfile);
        if (!base)
            continue;
        for (const addition of group) {
            if (addition === base || addition.image || addition.buildDockerfile)
                continue;
            mergeInto(base, addition);
            absorbed.add(addition);
        }
    }
    return absorbed.size ? workloads.filter((w) => !absorbed.has(w)) : workloads;
}
/** Compose's merge rules: mappings merge key by key (the later file wins), sequences of ports and volumes add up. */
function mergeInto(base, addition) {
    const added = new Set(addition.env.map((e) => e.name));
    base.env = [...base.env.filter((e) => !added.has(e.name)), ...addition.env];
    if (addition.entrypointCount !== undefined) {
        base.argv = addition.entrypointCount === 0 ? [...base.argv.slice(0, base.entrypointCount ?? 0), ...addition.argv] : addition.argv;
        base.entrypointCount = addition.entrypointCount === 0 ? (base.entrypointCount ?? 0) : addition.entrypointCount;
    }
    base.containerPorts.push(...addition.containerPorts);
    base.exposures.push(...addition.exposures);
    base.volumes.push(...addition.volumes);
    base.envFromOutside ??= addition.envFromOutside;
    const sec = addition.security;
    base.security = {
        ...base.security,
        ...Object.fromEntries(Object.entries(sec).filter(([, v]) => v !== undefined && !Array.isArray(v))),
        capAdd: [...base.security.capAdd, ...sec.capAdd],
        capDrop: [...base.security.capDrop, ...sec.capDrop],
        unconfined: [...base.security.unconfined, ...sec.unconfined],
    };
    base.gpu ||= addition.gpu;
}

;// CONCATENATED MODULE: ./src/model/env-files.ts
function applyEnvFiles(workloads, files) {
    for (const workload of workloads) {
        // In file order, so that a later file wins as in compose; `environment:` wins over all of them.
        const fromFiles = [];
        // A file listed twice counts once, at its last place.
        const listed = workload.envFiles ?? [];
        const lastAt = new Map(listed.map((f, k) => [f.path, k]));
        for (const envFile of listed.filter((f, k) => lastAt.get(f.path) === k)) {
            const vars = /^(\.\.\/|[/~])/.test(envFile.path) ? undefined : files.envFile(envFile.path);
            if (vars === undefined)
                workload.envFromOutside ??= envFile;
            else
                fromFiles.push(...vars);
        }
        // A name set again by a later file replaces the earlier value: only the last one is kept.
        const last = new Map(fromFiles.map((e, k) => [e.name, k]));
        workload.env = [...fromFiles.filter((e, k) => last.get(e.name) === k), ...workload.env];
    }
}

// EXTERNAL MODULE: ./src/parsers/interpolate.ts
var interpolate = __webpack_require__(995);
;// CONCATENATED MODULE: ./src/model/project-env.ts
// Compose interpolation from the project's `.env`: docker compose reads the `.env` file of the project
// directory (the folder of the compose file, unless --project-directory says otherwise) and substitutes
// its values into `${VAR}` references; a value there wins over a `${VAR:-default}`, the shell's
// environment wins over both.
// https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/
// Only a `.env` in the repository's file list counts: a git-ignored one is the deployer's, not the
// repository's. A value taken from it has origin `env-file` and the `.env` line as its position; where
// the compose file names it is kept in `interpolatedAt`.


function applyProjectEnv(workloads, files) {
    const envs = new Map();
    for (const workload of workloads) {
        if (workload.kind !== "compose-service")
            continue;
        const path = external_node_path_.posix.join(external_node_path_.posix.dirname(workload.file), ".env");
        if (!envs.has(path)) {
            // A later line wins; a value that refers to other variables is left to whoever deploys.
            const vars = files.envFile(path)?.filter((v) => v.value !== undefined && !v.value.includes("$"));
            envs.set(path, vars && new Map(vars.map((v) => [v.name, v])));
        }
        const vars = envs.get(path);
        if (!vars)
            continue;
        const resolve = (item) => {
            if (item.template === undefined || (item.origin !== undefined && item.origin !== "own"))
                return item;
            const result = (0,interpolate/* interpolate */.GW)(item.template, (name) => vars.get(name)?.value);
            const first = result.used[0];
            if (first === undefined)
                return item;
            const from = vars.get(first);
            const moved = { value: result.value, origin: "env-file", pos: from.pos, interpolatedAt: item.pos, variable: first };
            return "name" in item ? { ...item, ...moved, source: result.source === "literal" ? "variable-default" : result.source } : { ...item, ...moved };
        };
        workload.env = workload.env.map(resolve);
        workload.argv = workload.argv.map(resolve);
    }
}

// EXTERNAL MODULE: ./src/model/kustomize.ts
var kustomize = __webpack_require__(6930);
// EXTERNAL MODULE: ./src/model/part.ts
var part = __webpack_require__(684);
// EXTERNAL MODULE: ./src/model/linked-exposures.ts
var linked_exposures = __webpack_require__(3351);
;// CONCATENATED MODULE: ./src/model/link.ts
// Links Kubernetes Services and Ingresses to the containers they reach, across files, and records
// each way in as an Exposure on the workload: "this Ollama is reachable through Service X (LoadBalancer)".



// LeaderWorkerSet's `name` and `worker-index` (0 on the leader) are predictable: the reader puts them on the pods.
const CONTROLLER_LABELS = /^(apps\.kubernetes\.io\/pod-index|statefulset\.kubernetes\.io\/pod-name|pod-template-hash|controller-revision-hash|leaderworkerset\.sigs\.k8s\.io\/(group-index|group-key|subgroup-index|subgroup-key|template-revision-hash))$/;
function linkServicesAndRoutes(parts) {
    // By namespace and label (a Service looks up the pods of one of its selector's labels, not every pod),
    // and by pod (a Service an operator creates names the pods it selects).
    const workloads = new Map();
    const add = (key, w) => {
        const list = workloads.get(key);
        if (list)
            list.push(w);
        else
            workloads.set(key, [w]);
    };
    for (const w of parts.flatMap((p) => p.workloads)) {
        if (w.initOnly)
            continue;
        for (const [k, v] of Object.entries(w.labels))
            add(labelKey(w.namespace ?? "default", k, v), w);
        add(unitKey(w.file, w.unit.id), w);
    }
    const portNames = new Map(parts.flatMap((p) => [...p.portNames]));
    const services = parts.flatMap((p) => p.services);
    const servicesByName = (0,group/* groupBy */.$)(services, (s) => `${s.namespace}/${s.name}`);
    const rules = [];
    const repeated = (0,linked_exposures/* repeatedServices */.ro)();
    for (const svc of services) {
        // A provider's internal load balancer has a private address only; its node ports and external IPs do not.
        const internal = svc.type === "LoadBalancer" && svc.internal !== undefined && !svc.externalIps;
        const reach = svc.type === "NodePort" || svc.type === "LoadBalancer" || svc.externalIps ? (internal ? "private" : "network") : "cluster";
        rules.push({ id: svc.id, kind: "service", name: svc.name, namespace: svc.namespace, type: svc.type, reach, pos: svc.pos });
        if (reach === "cluster" || repeated(svc))
            continue;
        for (const { workload, ports } of serviceTargets(svc, workloads, portNames)) {
            const how = svc.externalIps && svc.type === "ClusterIP" ? "external-ip" : svc.type === "NodePort" ? "node-port" : "load-balancer";
            const nodePorts = svc.ports.flatMap((p) => p.nodePort ?? []);
            const detail = svc.type === "NodePort" && nodePorts.length ? ` (node port ${nodePorts.join(", ")})` : "";
            const privately = internal && svc.internal ? ` (internal: ${svc.internal.text})` : "";
            const creator = svc.createdBy ? ` (created by ${svc.createdBy})` : "";
            const patched = svc.patchedIn ? ` (as the kustomization in ${svc.patchedIn} patches it)` : "";
            const description = `Service ${svc.name}${creator} of type ${svc.type}${svc.externalIps ? " with externalIPs" : ""}${detail}${privately}${patched}`;
            (0,linked_exposures/* addLinkedExposure */.Aj)(workload, { via: how, reach, containerPorts: ports, description, authenticatedProxy: false, ruleId: svc.id, fix: svc.exposureFix, pos: svc.pos });
        }
    }
    for (const ingress of parts.flatMap((p) => p.routes)) {
        rules.push({ id: ingress.id, kind: "route", name: ingress.name, namespace: ingress.namespace, type: ingress.kind, reach: ingress.internal ? "private" : "network", pos: ingress.pos });
        linkIngress(ingress, servicesByName, workloads, portNames);
    }
    return rules;
}
function linkIngress(ingress, services, workloads, portNames) {
    const seen = new Set();
    for (const backend of ingress.backends) {
        const candidates = services.get(`${ingress.namespace}/${backend.service}`) ?? [];
        const svc = nearest(ingress.file, candidates, (s) => s.file)[0];
        if (!svc)
            continue;
        const servicePort = svc.ports.find((p) => p.port === backend.port);
        const scoped = servicePort ? { ...svc, ports: [servicePort] } : svc;
        for (const { workload, ports } of serviceTargets(scoped, workloads, portNames)) {
            const key = `${workload.id}@${backend.pos.line}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const auth = ingress.authenticated ? " behind an authenticating proxy annotation" : "";
            const privately = ingress.internal ? ` (internal: ${ingress.internal.text})` : "";
            const creator = svc.createdBy ? ` (created by ${svc.createdBy})` : "";
            const made = ingress.createdBy ? ` (created by ${ingress.createdBy})` : "";
            const description = `${ingress.kind} ${ingress.name}${made} routes to Service ${svc.name}${creator}${auth}${privately}`;
            (0,linked_exposures/* addLinkedExposure */.Aj)(workload, { via: "ingress", reach: ingress.internal ? "private" : "network", containerPorts: ports, description, authenticatedProxy: ingress.authenticated, ruleId: ingress.id, fix: ingress.exposureFix, pos: backend.pos });
        }
    }
}
function labelKey(namespace, key, value) {
    return `label\0${namespace}\0${key}\0${value}`;
}
function unitKey(file, unit) {
    return `pod\0${file}\0${unit}`;
}
/** The containers a Service selects and the container ports it forwards to. */
function serviceTargets(svc, workloads, portNames) {
    // Labels a controller adds to its pods (not in the template): matching on them would miss every pod.
    const selector = Object.entries(svc.selector).filter(([k]) => !CONTROLLER_LABELS.test(k));
    const pods = svc.pods;
    if (selector.length === 0 && !pods)
        return [];
    const selected = pods
        ? pods.flatMap((id) => workloads.get(unitKey(svc.file, id)) ?? [])
        : nearest(svc.file, 
        // The rarest of its labels narrows the pods to check (a shared `part-of` label would not).
        selector
            .map(([k, v]) => workloads.get(labelKey(svc.namespace, k, v)) ?? [])
            .reduce((a, b) => (b.length < a.length ? b : a))
            .filter((w) => selector.every(([k, v]) => w.labels[k] === v)), (w) => w.file);
    const byPod = new Map();
    for (const w of selected) {
        const pod = `${w.file}\0${w.unit.id}`;
        const group = byPod.get(pod);
        if (group)
            group.push(w);
        else
            byPod.set(pod, [w]);
    }
    const targets = [];
    for (const containers of byPod.values()) {
        const declaredInPod = new Set(containers.flatMap((c) => c.containerPorts.map((cp) => cp.value)));
        for (const w of containers) {
            const ports = svc.ports.flatMap((p) => {
                const target = p.targetPort ?? p.port;
                if (typeof target === "string")
                    return portNames.get(`${w.file}\0${w.id}`)?.get(target) ?? [];
                return target === undefined ? [] : [target];
            });
            const declared = ports.filter((p) => w.containerPorts.some((c) => c.value === p));
            // In a multi-container pod a port goes to the container that declares it; undeclared ports
            // (containerPort is optional) go to every container, since any of them may listen there.
            const undeclaredAnywhere = ports.filter((p) => !declaredInPod.has(p));
            const mine = containers.length === 1 ? ports : [...declared, ...undeclaredAnywhere];
            if (mine.length > 0 || svc.ports.length === 0)
                targets.push({ workload: w, ports: mine });
        }
    }
    return targets;
}
/** Prefers candidates in the same file, then in the same directory tree, then anywhere. */
function nearest(file, candidates, fileOf) {
    const sameFile = candidates.filter((c) => fileOf(c) === file);
    if (sameFile.length)
        return sameFile;
    const dir = external_node_path_.posix.dirname(file);
    const related = candidates.filter((c) => {
        const other = external_node_path_.posix.dirname(fileOf(c));
        return dir === "." || other === "." || other === dir || other.startsWith(dir + "/") || dir.startsWith(other + "/");
    });
    return related.length ? related : candidates;
}

;// CONCATENATED MODULE: ./src/model/scopes.ts
function completeScopes(parts, notices) {
    const scopes = new Map();
    for (const part of parts) {
        const scoped = part.scoped;
        if (!scoped)
            continue;
        const scope = scopes.get(scoped.scope);
        if (scope)
            scope.data.push(scoped.data);
        else
            scopes.set(scoped.scope, { first: scoped, data: [scoped.data] });
    }
    const completed = [];
    for (const { first, data } of scopes.values()) {
        try {
            const { part, notices: notes } = first.complete(data);
            completed.push(part);
            notices.push(...notes);
        }
        catch (error) {
            notices.push({ file: first.file, kind: "parse-error", message: `could not be read with the other files of its folder: ${error.message}` });
        }
    }
    return completed;
}

;// CONCATENATED MODULE: ./src/model/assemble.ts
// The model stage: what the readers contributed file by file, assembled across files. A compose
// service takes what its Dockerfile and env files give it and merges with its override files;
// kustomizations replace images, patch Services and mark patches; Services and routes are linked to the workloads
// they reach. Everything cross-file happens here, once, before analysis.








function assemble(root, files, fileParts, notices, referenced) {
    // Files read as a group (a Terraform module's folder) first: what they contribute is linked like the rest.
    const parts = [...fileParts, ...completeScopes(fileParts, notices)];
    const components = parts.flatMap((p) => p.components);
    const kustomizations = parts.flatMap((p) => p.kustomizations);
    // Overlays' patched Services join the others; the fragments their patch files hold are not Services of their own.
    const { overlays, fragments, capped } = (0,kustomize/* kustomizedServices */.WQ)(kustomizations, parts.flatMap((p) => p.services), referenced);
    if (capped)
        notices.push({ file: kustomizations[0]?.dir ?? ".", kind: "skipped", message: `kustomize overlays patch more than ${kustomize/* MAX_OVERLAY_SERVICES */.Bz} Services; the rest were not linked to their workloads` });
    const networkRules = linkServicesAndRoutes([...parts.map((p) => ({ ...p, services: p.services.filter((s) => !fragments.has(s)) })), { ...(0,part/* emptyPart */.b)(), services: overlays }]);
    const declared = parts.flatMap((p) => p.workloads);
    applyBuildContexts(declared, parts.flatMap((p) => p.buildStages));
    applyProjectEnv(declared, referenced);
    // Env files before the merge: each declaration reads its own `env_file:` relative to its own file.
    applyEnvFiles(declared, referenced);
    const workloads = mergeComposeOverrides(declared);
    components.push(...(0,kustomize/* applyKustomizeImages */.is)(kustomizations, components, workloads));
    // A patch sets only some fields: what it leaves out says nothing about the deployed object.
    const patchFiles = new Set(parts.flatMap((p) => p.patchFiles));
    for (const workload of workloads)
        if (patchFiles.has(workload.file))
            workload.partial = true;
    return {
        root,
        files,
        workloads,
        networkRules,
        components,
        secretValues: parts.flatMap((p) => p.secretValues),
        configMaps: parts.flatMap((p) => p.configMaps),
        firewallRules: parts.flatMap((p) => p.firewallRules),
        helmReleases: parts.flatMap((p) => p.helmReleases),
        managedEndpoints: parts.flatMap((p) => p.managedEndpoints),
        gpuInstances: parts.flatMap((p) => p.gpuInstances),
        notices,
    };
}

;// CONCATENATED MODULE: ./src/discover/classify.ts
// Files that look like infrastructure but are not scanned as such.
/**
 * Helm chart templates are Go templates, not YAML: they are read through their chart, rendered
 * (src/readers/helm), never on their own. A template is a file under the `templates/` folder of a chart
 * (discovery finds the chart by its `Chart.yaml`) that holds template actions; `{{` elsewhere is a value like
 * any other.
 */
function isHelmTemplate(candidate, text) {
    return candidate.helmChart !== undefined && text.includes("{{");
}

// EXTERNAL MODULE: ./src/discover/read.ts
var discover_read = __webpack_require__(9711);
// EXTERNAL MODULE: ./src/readers/packages/names.ts
var names = __webpack_require__(9500);
;// CONCATENATED MODULE: ./src/readers/registry.ts

/** `Dockerfile`, `Dockerfile.gpu`, `Dockerfile_llamacpp`, `dev.Dockerfile`, `Containerfile`, `app.containerfile`. */
const DOCKERFILE_NAME = /^(docker|container)file([._-][^/]*)?$|\.(docker|container)file$/i;
/** Names that start like a Dockerfile but are something else. */
const NOT_DOCKERFILE = /\.(md|txt|rst|sh|bash|ps1|bat|cmd|py|js|ts|json|ya?ml|toml|lock|orig|rej|bak|swp|html|xml|dockerignore)$/i;
/** `compose.yaml`, `docker-compose.yml`, `docker-compose.prod.yml`, `compose.override.yaml`, `docker-compose-gpu.yaml`. */
const COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
/** JSON is YAML to the parser: a `.json` manifest is read like a `.yaml` one. */
const YAML_NAME = /\.(ya?ml|json)$/i;
/**
 * Kubernetes when a document has top-level `apiVersion` and `kind` (keys quoted or not), or when it is
 * written in flow style or JSON (`{` or `[` first) or as an indented block or a list of objects
 * (`- apiVersion: v1`) and names both keys. Cheap on purpose: linear patterns over the text, no parse.
 */
function sniffKubernetes(text) {
    if (/^["']?apiVersion["']?[ \t]*:/m.test(text) && /^["']?kind["']?[ \t]*:/m.test(text))
        return true;
    const first = firstContent(text);
    if ((first === "{" || first === "[") && /["']?\bapiVersion["']?\s*:/.test(text) && /["']?\bkind["']?\s*:/.test(text))
        return true;
    return (first === "-" || first === " " || first === "\t") && /^[ \t]*(?:-[ \t]+)?["']?apiVersion["']?[ \t]*:/m.test(text) && /^[ \t]*(?:-[ \t]+)?["']?kind["']?[ \t]*:/m.test(text);
}
/** The first character of the first line that is not blank, a comment or a document marker (`---`). */
function firstContent(text) {
    let at = 0;
    while (at < text.length) {
        const end = text.indexOf("\n", at);
        const line = text.slice(at, end < 0 ? text.length : end);
        const trimmed = line.trim();
        if (trimmed !== "" && !trimmed.startsWith("#") && !/^(---|%)/.test(trimmed))
            return line[0];
        if (end < 0)
            break;
        at = end + 1;
    }
    return undefined;
}
/** Top-level `services:` that is not a CI pipeline's (GitHub Actions, GitLab). */
function sniffCompose(text) {
    return /^services\s*:\s*(#.*)?$/m.test(text) && !/^(on|jobs|steps|stages)\s*:/m.test(text);
}
const READERS = [
    {
        // A Helm chart: its Chart.yaml stands for the folder (readTree renders it, or reads its values).
        format: "helm",
        claimsName: (base) => base === "Chart.yaml",
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(80), __webpack_require__.e(524), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 184)),
    },
    {
        format: "dockerfile",
        claimsName: (base) => DOCKERFILE_NAME.test(base) && !NOT_DOCKERFILE.test(base),
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(80), __webpack_require__.e(338)]).then(__webpack_require__.bind(__webpack_require__, 4338)),
    },
    {
        format: "kubernetes",
        // `kind:` is optional in a kustomization file; its patch list matters to the Kubernetes reader.
        claimsName: (base) => /^kustomization\.ya?ml$/i.test(base),
        sniff: { names: YAML_NAME, test: sniffKubernetes },
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(80), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 7524)),
    },
    {
        format: "compose",
        claimsName: (base) => COMPOSE_NAME.test(base),
        sniff: { names: YAML_NAME, test: sniffCompose },
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(80), __webpack_require__.e(66)]).then(__webpack_require__.bind(__webpack_require__, 6066)),
    },
    {
        format: "terraform",
        // Configuration in either syntax, and the variable files Terraform loads without being asked.
        claimsName: (base) => /\.tf(\.json)?$/i.test(base) || /^terraform\.tfvars(\.json)?$|\.auto\.tfvars(\.json)?$/i.test(base),
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(717)]).then(__webpack_require__.bind(__webpack_require__, 9717)),
    },
    {
        format: "packages",
        claimsName: (_base, path) => (0,names/* packageFileKind */.tz)(path) !== undefined && !names/* CONDA_NAME */.q9.test(_base),
        sniff: { names: names/* CONDA_NAME */.q9, test: names/* sniffConda */.IK },
        // Lockfiles of large projects run to tens of megabytes; the parsers do not build a tree of them.
        maxBytes: 64 * 1024 * 1024,
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(292), __webpack_require__.e(80), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 7676)),
    },
];
/** Which reader takes a path by its name, or which ones look at its content; undefined: nothing to scan. */
function claimByName(path) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    const named = READERS.find((r) => r.claimsName(base, path));
    if (named)
        return { format: named.format };
    const sniff = READERS.filter((r) => r.sniff?.names.test(base)).map((r) => r.format);
    return sniff.length ? { sniff } : undefined;
}
/** The most bytes to read of a file with this claim: the scan's cap, or more for a format that allows it (lockfiles). */
function byteLimit(claim, maxBytes) {
    const entry = "format" in claim ? READERS.find((r) => r.format === claim.format) : undefined;
    return Math.max(maxBytes, entry?.maxBytes ?? 0);
}
/** The format a claim settles on once the text is known. */
function formatOf(claim, text) {
    if ("format" in claim)
        return claim.format;
    return claim.sniff.find((format) => READERS.find((r) => r.format === format)?.sniff?.test(text));
}
const loaded = new Map();
/** Loads a reader once, the first time a file of its format is read. */
function loadReader(format) {
    let module = loaded.get(format);
    if (!module) {
        const entry = READERS.find((r) => r.format === format);
        if (!entry)
            throw new Error(`no reader for ${format}`);
        module = entry.load();
        loaded.set(format, module);
    }
    return module;
}

;// CONCATENATED MODULE: ./src/readers/index.ts
// The read stage: each candidate file within the size cap is read once, handed to the reader that
// claims it (loaded on first use), and its inline suppressions are collected. Files that cannot be
// read are notices; the scan goes on.




async function readCandidates(candidates, maxBytes, notices, tree) {
    const files = [];
    const parts = [];
    // Charts first (a chart's Chart.yaml stands for its folder): what they take in is not read file by file.
    const isChart = (c) => "format" in c.claim && c.claim.format === "helm";
    const covered = [];
    const charts = [];
    const under = (path, folders) => folders.some((folder) => path.startsWith(folder));
    for (const candidate of [...candidates.filter(isChart), ...candidates.filter((c) => !isChart(c))]) {
        if (under(candidate.path, covered))
            continue;
        if (isChart(candidate) && (!tree || charts.includes(candidate.path.slice(0, candidate.path.lastIndexOf("/") + 1))))
            continue;
        const notice = (kind, message) => notices.push({ file: candidate.path, kind, message });
        try {
            const limit = byteLimit(candidate.claim, maxBytes);
            const read = (0,discover_read/* readInsideRoot */.r)(candidate.root, candidate.path, limit);
            if ("skipped" in read) {
                notices.push(...unreadNotices(candidate.path, candidate.claim, read, limit));
                continue;
            }
            const text = read.text.replace(/^\uFEFF/, "");
            const format = formatOf(candidate.claim, text);
            if (!format)
                continue;
            if (format !== "dockerfile" && isHelmTemplate(candidate, text)) {
                // A chart the Helm reader read has its own notice when it was not rendered.
                if (!charts.includes(candidate.helmChart))
                    notice("skipped", "Helm template (Go template syntax); checked when its chart is rendered, not on its own");
                continue;
            }
            const reader = await loadReader(format);
            if (reader.readTree && tree) {
                const result = await reader.readTree({ path: candidate.path, text }, tree);
                covered.push(...result.covers);
                charts.push(...result.charts);
                for (const source of [{ path: candidate.path, text }, ...result.files]) {
                    if (files.some((f) => f.path === source.path))
                        continue;
                    files.push({ path: source.path, format, ignores: (0,src_findings/* inlineIgnores */.d3)(source.text, source.path, notices, reader.comments) });
                }
                notices.push(...result.notices);
                parts.push(result.part);
                continue;
            }
            const result = reader.read({ path: candidate.path, text });
            if (result.notThisFormat) {
                notice("skipped", result.notThisFormat);
                continue;
            }
            files.push({ path: candidate.path, format, ignores: (0,src_findings/* inlineIgnores */.d3)(text, candidate.path, notices, reader.comments) });
            notices.push(...result.notices);
            parts.push(result.part);
        }
        catch (error) {
            // One file the readers cannot cope with (pathological nesting) must not stop the scan.
            notices.push({ file: candidate.path, kind: "parse-error", message: `could not be read: ${error.message}` });
        }
    }
    return { files, parts };
}
/** A small text file inside the root (env files, mounted configuration), or undefined when absent, too large, outside the root or not a regular file. */
function treeFileReader(root, listed, maxBytes) {
    return (path) => {
        // Only files the file list holds: a git-ignored .env is not in the repository, as in CI.
        if (!listed.has(path))
            return undefined;
        const read = (0,discover_read/* readInsideRoot */.r)(root, path, maxBytes);
        return "text" in read ? read.text : undefined;
    };
}
/**
 * The notice for a candidate that was not read (none for a large JSON file that is not a manifest: lock
 * files are). A file that is infrastructure by its name or by its first bytes but is over the size cap was
 * not checked although it deploys: that notice is `incomplete`, which rule AIA002 reports as a finding a
 * gate sees.
 */
function unreadNotices(path, claim, read, maxBytes) {
    return [unreadNotice(path, claim, read, maxBytes)].flatMap((n) => n ?? []);
}
function unreadNotice(path, claim, read, maxBytes) {
    switch (read.skipped) {
        case "too-large": {
            const infrastructure = formatOf(claim, read.head) !== undefined;
            const message = `file is ${formatBytes(read.size)}, over the ${formatBytes(maxBytes)} limit (max-file-size); not scanned`;
            if (!infrastructure && /\.json$/i.test(path))
                return undefined;
            return infrastructure ? { file: path, kind: "skipped", message, incomplete: true } : { file: path, kind: "skipped", message };
        }
        case "binary":
            return { file: path, kind: "skipped", message: "binary file; not scanned" };
        case "outside":
            return { file: path, kind: "skipped", message: "symbolic link points outside the scanned directory; not followed" };
        case "not-a-file":
            return { file: path, kind: "skipped", message: "not a regular file (a FIFO, device or socket); not read" };
        default:
            return { file: path, kind: "skipped", message: `cannot read file: ${read.code ?? "error"}` };
    }
}
function formatBytes(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

;// CONCATENATED MODULE: ./src/parsers/env-file.ts
// Compose env files: `KEY=value` per line, `#` comments, optional `export `, quoted values.
function parseEnvFile(text) {
    return text.split(/\r?\n/).flatMap((raw, i) => {
        const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(raw.trim());
        if (!m || raw.trimStart().startsWith("#"))
            return [];
        let value = m[2].trim();
        const quoted = /^(['"])(.*)\1$/.exec(value);
        if (quoted)
            value = quoted[2];
        // Compose reads `#` that starts an unquoted value, or follows a blank, as a comment:
        // `OPENAI_API_KEY=#your key` in a template is empty.
        else
            value = withoutComment(value);
        return [{ name: m[1], value, line: i + 1 }];
    });
}
/** Cuts a comment (a `#` first, or after a blank) off an unquoted value, in one pass. */
function withoutComment(value) {
    if (value.startsWith("#"))
        return "";
    for (let i = 1; i < value.length; i++) {
        if (value[i] !== "#" || !/\s/.test(value[i - 1]))
            continue;
        let start = i - 1;
        while (start > 0 && /\s/.test(value[start - 1]))
            start--;
        return value.slice(0, start);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/readers/referenced.ts

function once(read) {
    const seen = new Map();
    return (path) => {
        if (!seen.has(path))
            seen.set(path, read(path));
        return seen.get(path);
    };
}
/**
 * The files the parts name. The YAML parser for JSON 6902 patch files is loaded only when a kustomization
 * names one: a scan without them does not pay for it.
 */
async function referencedFiles(read, parts) {
    const opsFiles = parts.some((p) => p.kustomizations.some((k) => k.opsFiles.length > 0));
    const parseOps = opsFiles ? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(912)]).then(__webpack_require__.bind(__webpack_require__, 912))).patchOpsOfText : undefined;
    return {
        envFile: once((path) => {
            const text = read(path);
            if (text === undefined)
                return undefined;
            return parseEnvFile(text).map((e) => ({ name: e.name, value: e.value, source: "literal", origin: "env-file", pos: { file: path, line: e.line } }));
        }),
        configFile: once((path) => {
            const text = read(path);
            if (text === undefined)
                return undefined;
            return text.split(/\r?\n/).flatMap((line, i) => (line.trim() === "" || /^\s*[#;]/.test(line) ? [] : [{ value: line, pos: { file: path, line: i + 1 }, origin: "mounted-file" }]));
        }),
        patchOps: once((path) => {
            const text = parseOps ? read(path) : undefined;
            return text === undefined ? undefined : parseOps?.(text, path);
        }),
    };
}

// EXTERNAL MODULE: ./src/findings/types.ts
var types = __webpack_require__(5315);
;// CONCATENATED MODULE: ./src/model/reach.ts
const ORDER = ["loopback", "cluster", "private", "network"];
/** 0 for loopback up to 3 for network. */
function reachRank(reach) {
    return ORDER.indexOf(reach);
}
/** The widest of several reaches; undefined when there are none. */
function widestReach(reaches) {
    return reaches.reduce((widest, r) => (widest === undefined || reachRank(r) > reachRank(widest) ? r : widest), undefined);
}

;// CONCATENATED MODULE: ./src/report/result.ts
// The scan's result as every renderer reads it: findings, the inventory and the summary.




function scanResult(model, findings, rules, components, models, 
/** The product's authentication as the analysis stage found it, per workload. */
authOf, 
/** Package URLs of components (loaded by the caller only when there are components). */
purlOf = () => undefined) {
    const matchOf = new Map(components.matches.map((m) => [m.component, m]));
    const bySeverity = Object.fromEntries(types/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of findings)
        if (!f.suppressed)
            bySeverity[f.severity]++;
    const sorted = [...findings].sort((a, b) => types/* SEVERITY_RANK */.f3[b.severity] - types/* SEVERITY_RANK */.f3[a.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    return {
        tool: { name: "ai-infra-audit", version: version/* VERSION */.x },
        findings: sorted,
        rules,
        inventory: {
            components: model.components.map((c) => inventoryComponent(c, matchOf.get(c), purlOf(c))),
            workloads: model.workloads.map((w) => inventoryWorkload(w, authOf(w))),
            networkRules: model.networkRules.map((r) => ({ kind: r.kind, name: r.name, namespace: r.namespace, type: r.type, reach: r.reach, file: r.pos.file, line: r.pos.line })),
            models: models.map((m) => ({ name: m.name, source: m.source, workload: m.workload.id, product: m.product, file: m.pos.file, line: m.pos.line })),
        },
        advisories: components.sources,
        // Parse errors and files not read completely are findings (AIA001, AIA002), not also notices.
        notices: model.notices.filter((n) => n.kind !== "parse-error" && !n.incomplete),
        summary: { files: model.files.length, bySeverity },
    };
}
function inventoryComponent(c, match, purl) {
    const at = { product: c.productId ?? match?.identity?.product?.id, purl, ...matchFields(match), workload: c.type === "image" ? c.workloadId : undefined, file: c.pos.file, line: c.pos.line };
    if (c.type === "image")
        return { type: "image", name: (0,model_image/* imageName */.t)(c.image), version: c.image.digest ?? c.image.tag, ...at };
    return { type: "package", ecosystem: c.ecosystem, name: c.name, version: c.version, requirement: c.requirement, ...at };
}
function matchFields(match) {
    if (!match)
        return {};
    return {
        advisories: match.advisories.length ? match.advisories.map((a) => a.advisory.id) : undefined,
        upgrade: match.upgrade?.version,
        endOfLife: match.eol.length ? match.eol.map((e) => `${e.product.name} ${e.line.line} (end of life ${e.line.eol})`) : undefined,
    };
}
function inventoryWorkload(w, auth) {
    const reach = widestReach(w.exposures.map((e) => e.reach));
    const exposures = w.exposures.map((e) => ({ via: e.via, reach: e.reach, ports: e.containerPorts, description: e.description, authenticatedProxy: e.authenticatedProxy || undefined, file: e.pos.file, line: e.pos.line }));
    return { id: w.id, kind: w.kind, name: w.name, file: w.file, line: w.pos.line, image: w.image?.raw, product: w.product?.productId, gpu: w.gpu || undefined, reach, exposures: exposures.length ? exposures : undefined, auth: auth?.state };
}

// EXTERNAL MODULE: ./src/rules/index.ts + 25 modules
var src_rules = __webpack_require__(2247);
;// CONCATENATED MODULE: ./src/rules/run.ts
// Runs every rule over the model and turns their reports into raw findings.

function runRules(rules, facts) {
    const findings = [];
    // One line merged into several workloads (a YAML anchor, a pod-level setting, an env file two
    // services read) is one finding per rule and subject, not one per workload.
    // The most severe grading wins: a committed .env line that one service reads as a client password
    // and another uses as its own published login is reported as the login.
    const seen = new Map();
    for (const rule of rules) {
        const report = ({ at, severity, subject, ...rest }) => {
            const key = `${rule.meta.id}\0${at.file}\0${at.line}\0${at.column ?? 0}\0${subject.slice(subject.lastIndexOf("/") + 1)}`;
            const earlier = seen.get(key);
            const rank = types/* SEVERITY_RANK */.f3[severity ?? rule.meta.defaultSeverity];
            if (earlier !== undefined && types/* SEVERITY_RANK */.f3[findings[earlier].severity] >= rank)
                return;
            seen.set(key, earlier ?? findings.length);
            findings[earlier ?? findings.length] = {
                ruleId: rule.meta.id,
                category: rule.meta.category,
                severity: severity ?? rule.meta.defaultSeverity,
                ...rest,
                file: at.file,
                line: at.line,
                endLine: at.endLine,
                column: at.column,
                logicalPath: subject,
            };
        };
        rule.check({ ...facts, report });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/scan.ts
// The engine both entry points share, one stage per folder:
// discover → read → model → analyze → match → rules → findings → result.















const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** One helm run; a chart that passes a limit is read from its values instead. */
const HELM_LIMITS = {
    timeoutMs: 30_000,
    maxOutputBytes: 32 * 1024 * 1024,
    maxRssBytes: 1024 * 1024 * 1024,
    maxFiles: 5_000,
    maxChartBytes: 64 * 1024 * 1024,
};
/** Rendering time of all charts of one scan together. */
const HELM_BUDGET_MS = 120_000;
async function scan(options) {
    const { root, config } = options;
    (0,src_config/* checkRuleReferences */.Rl)(config, src_rules/* rules */.a.map((r) => r.meta));
    const given = options.catalog ?? catalog_catalog;
    const maxBytes = options.maxFileBytes ?? config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const { candidates, listed, notices } = discover(root, { claim: claimByName, isIgnored: excludeMatcher(config.exclude) });
    const tree = {
        root: (0,external_node_fs_.realpathSync)(root),
        listed,
        maxBytes,
        helm: {
            render: config.helm?.render ?? true,
            values: config.helm?.values ?? {},
            path: options.helm?.path ?? process.env.PATH ?? "",
            limits: { ...HELM_LIMITS, ...options.helm?.limits },
            budget: { msLeft: options.helm?.budgetMs ?? HELM_BUDGET_MS },
        },
    };
    const { files, parts } = await readCandidates(candidates, maxBytes, notices, tree);
    const referenced = await referencedFiles(treeFileReader(root, listed, maxBytes), parts);
    const model = assemble(root, files, parts, notices, referenced);
    // The embedded advisories (a few hundred kilobytes) are loaded only when there are components to match.
    const catalog = given.advisories || model.components.length === 0 ? given : { ...given, advisories: (await __webpack_require__.e(/* import() */ 735).then(__webpack_require__.bind(__webpack_require__, 5735))).advisoryData };
    const analysis = analyze(model, catalog, referenced);
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const { matches, sources } = await matchComponents(model, catalog, { today, ignores: config.ignore, unknownSeverity: config.unknownSeverity, osv: options.osv ?? { mode: "off" } }, notices);
    const raw = runRules(src_rules/* rules */.a, { model, catalog, analysis, components: matches });
    const findings = (0,src_findings/* finalizeFindings */.jj)(raw, { config, rules: src_rules/* rules */.a.map((r) => r.meta), files: model.files, today, notices });
    // The purl library is loaded only when there are components to name.
    const purls = model.components.length > 0 ? (await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(449)]).then(__webpack_require__.bind(__webpack_require__, 1449))).purlOf : undefined;
    return scanResult(model, findings, src_rules/* rules */.a.map((r) => r.meta), { matches, sources }, analysis.models, (w) => analysis.facts(w).auth, purls);
}


/***/ }),

/***/ 8898:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { valid, clean, explain, parse } = __webpack_require__(4818);

const { lt, le, eq, ne, ge, gt, compare, rcompare } = __webpack_require__(2124);

const {
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,
} = __webpack_require__(790);

const { major, minor, patch, inc } = __webpack_require__(8940);

module.exports = {
  // version
  valid,
  clean,
  explain,
  parse,

  // operator
  lt,
  le,
  lte: le,
  eq,
  ne,
  neq: ne,
  ge,
  gte: ge,
  gt,
  compare,
  rcompare,

  // range
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,

  // semantic
  major,
  minor,
  patch,
  inc,
};


/***/ }),

/***/ 2124:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { parse } = __webpack_require__(4818);

module.exports = {
  compare,
  rcompare,
  lt,
  le,
  eq,
  ne,
  ge,
  gt,
  '<': lt,
  '<=': le,
  '==': eq,
  '!=': ne,
  '>=': ge,
  '>': gt,
  '===': arbitrary,
};

function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 8940:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { explain, parse, stringify } = __webpack_require__(4818);

// those notation are borrowed from semver
module.exports = {
  major,
  minor,
  patch,
  inc,
};

function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}


/***/ }),

/***/ 790:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.

const { VERSION_PATTERN, explain: explainVersion } = __webpack_require__(4818);

const Operator = __webpack_require__(2124);

const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');

module.exports = {
  RANGE_PATTERN,
  parse,
  satisfies,
  filter,
  validRange,
  maxSatisfying,
  minSatisfying,
};

const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained)
    if (explained.local && spec.version) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 4818:
/***/ ((module) => {

const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');

module.exports = {
  VERSION_PATTERN,
  valid,
  clean,
  explain,
  parse,
  stringify,
};

const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ })

};
