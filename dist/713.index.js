export const id = 713;
export const ids = [713];
export const modules = {

/***/ 9713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCycloneDx: () => (/* binding */ renderCycloneDx)
/* harmony export */ });
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1940);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5632);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2016);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1569);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8387);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(992);
// The CycloneDX 1.6 AI-BOM (`--format cyclonedx`, the Action's `sbom-file`): every image and package of the
// inventory, the AI services the workloads run, the models they serve, and the advisories that affect the
// components. Built with the CycloneDX library's models and its JSON serializer for spec 1.6.
// The same scan result gives the same bytes: no `metadata.timestamp` and no `serialNumber` (the result holds
// no scan time, and a BOM that changes on every run would show a diff in every commit that keeps it), every
// bom-ref derived from what it names, lists in code-unit order (the library's own sorting is locale-aware).






/** Namespace of this tool's properties (CycloneDX property taxonomy: a tool's own prefix). */
const PREFIX = "ai-infra-audit";
function properties(entries) {
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.PropertyRepository(entries.filter((e) => e[1] !== undefined).map(([name, value]) => new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(`${PREFIX}:${name}`, value)));
}
function location(file, line) {
    return `${file}:${line}`;
}
/** Bom-refs from what they name, made unique in the order they are asked for (the same each run). */
class Refs {
    #taken = new Set();
    make(base) {
        let ref = base;
        for (let n = 2; this.#taken.has(ref); n++)
            ref = `${base}#${n}`;
        this.#taken.add(ref);
        return ref;
    }
}
function sortedBy(items, key) {
    return [...items].sort((a, b) => (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .compareText */ .n6)(key(a), key(b)));
}
function componentOf(item, ref) {
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(item.type === "image" ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Container : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library, item.name, {
        bomRef: ref,
        version: item.version,
        purl: item.purl,
        properties: properties([
            ["location", location(item.file, item.line)],
            ["ecosystem", item.ecosystem],
            ["requirement", item.requirement],
            ["product", item.product],
            ["workload", item.workload],
            ...(item.endOfLife ?? []).map((line) => ["end-of-life", line]),
        ]),
    });
}
/** `pkg:huggingface/org/name` for a Hub repository id with its namespace; no purl for anything else. */
function modelPurl(model) {
    const slash = model.name.indexOf("/");
    if (model.source !== "huggingface" || slash <= 0)
        return undefined;
    try {
        return new packageurl_js__WEBPACK_IMPORTED_MODULE_4__.PackageURL("huggingface", model.name.slice(0, slash), model.name.slice(slash + 1)).toString();
    }
    catch {
        return undefined;
    }
}
function modelOf(model, ref) {
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.MachineLearningModel, model.name, {
        bomRef: ref,
        purl: modelPurl(model),
        properties: properties([
            ["location", location(model.file, model.line)],
            ["model-source", model.source],
            ["product", model.product],
            ["workload", model.workload],
        ]),
    });
}
function serviceOf(workload, ref) {
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Service(workload.name, {
        bomRef: ref,
        properties: properties([
            ["location", location(workload.file, workload.line)],
            ["product", workload.product],
            ["reach", workload.reach],
            ["workload", workload.id],
            ["image", workload.image],
            ["gpu", workload.gpu ? "true" : undefined],
        ]),
    });
}
const SEVERITY = {
    critical: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.Vulnerability.Severity.Critical,
    high: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.Vulnerability.Severity.High,
    medium: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.Vulnerability.Severity.Medium,
    low: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.Vulnerability.Severity.Low,
    info: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.Vulnerability.Severity.Info,
    unknown: _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.Vulnerability.Severity.Unknown,
};
/** The inventory component a vulnerable-component finding is about: at its place, with the same advisories. */
function findingComponent(finding, components) {
    const ids = (finding.component?.advisories ?? []).map((a) => a.id).sort(_common_js__WEBPACK_IMPORTED_MODULE_5__/* .compareText */ .n6).join("\n");
    const here = components.filter((c) => c.file === finding.file && c.line === finding.line);
    return here.find((c) => [...(c.advisories ?? [])].sort(_common_js__WEBPACK_IMPORTED_MODULE_5__/* .compareText */ .n6).join("\n") === ids) ?? here.find((c) => c.name === finding.component?.name);
}
function vulnerabilityOf(advisory, finding, affected, ref) {
    const upgrade = finding.component?.upgrade ?? advisory.fixed;
    const accepted = advisory.accepted !== undefined ? `accepted in the config: ${advisory.accepted}` : undefined;
    const suppressed = finding.suppression ? `finding suppressed (${finding.suppression.kind}): ${finding.suppression.reason}` : undefined;
    const detail = accepted ?? suppressed;
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Vulnerability.Vulnerability({
        bomRef: ref,
        id: advisory.id,
        source: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Vulnerability.Source({ url: advisory.url }),
        description: advisory.summary,
        recommendation: upgrade ? `Upgrade to ${upgrade}` : undefined,
        ratings: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Vulnerability.RatingRepository([new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Vulnerability.Rating({ severity: SEVERITY[advisory.severity], score: advisory.score })]),
        affects: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Vulnerability.AffectRepository(affected ? [new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Vulnerability.Affect(affected)] : []),
        analysis: detail ? new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Vulnerability.Analysis({ detail }) : undefined,
        properties: properties([
            ["aliases", advisory.aliases?.length ? advisory.aliases.join(", ") : undefined],
            ["known-exploited", advisory.knownExploited ? "true" : undefined],
            ["condition", advisory.condition],
        ]),
    });
}
function renderCycloneDx(result) {
    const refs = new Refs();
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Bom();
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application, result.tool.name, { bomRef: refs.make(`tool:${result.tool.name}`), version: result.tool.version }));
    bom.metadata.properties = properties([
        ["advisory-data-compiled", result.advisories.generated],
        ["advisory-sources-through", result.advisories.sourcesThrough],
        ["osv", result.advisories.osv],
    ]);
    const { components, workloads, models } = result.inventory;
    const componentRefs = new Map();
    for (const item of sortedBy(components, (c) => `${c.file}\0${String(c.line).padStart(9, "0")}\0${c.name}`)) {
        const component = componentOf(item, refs.make(`${item.type}:${location(item.file, item.line)}:${item.purl ?? item.name}`));
        componentRefs.set(item, component);
        bom.components.add(component);
    }
    const modelRefs = new Map();
    for (const model of sortedBy(models, (m) => `${m.workload}\0${m.name}\0${m.file}`)) {
        const component = modelOf(model, refs.make(`model:${model.workload}:${model.name}`));
        modelRefs.set(model, component);
        bom.components.add(component);
    }
    for (const workload of sortedBy(workloads, (w) => `${w.file}\0${w.id}`)) {
        if (!workload.product)
            continue;
        const service = serviceOf(workload, refs.make(`service:${workload.file}:${workload.id}`));
        // What it runs and serves: its image, and the models named for it (by its own file, or by an env file or a
        // Dockerfile when no other workload has its id).
        const sameId = workloads.filter((w) => w.id === workload.id).length;
        for (const [item, component] of componentRefs)
            if (item.workload === workload.id && item.file === workload.file)
                service.dependencies.add(component.bomRef);
        for (const [model, component] of modelRefs)
            if (model.workload === workload.id && (model.file === workload.file || sameId === 1))
                service.dependencies.add(component.bomRef);
        bom.services.add(service);
    }
    const vulnerable = sortedBy(result.findings.filter((f) => f.category === "vulnerable-component" && f.component?.advisories?.length), (f) => `${f.file}\0${String(f.line).padStart(9, "0")}\0${f.component?.name ?? ""}`);
    for (const finding of vulnerable) {
        const item = findingComponent(finding, components);
        const affected = item ? componentRefs.get(item)?.bomRef : undefined;
        for (const advisory of finding.component?.advisories ?? []) {
            bom.vulnerabilities.add(vulnerabilityOf(advisory, finding, affected, refs.make(`vulnerability:${advisory.id}:${affected?.value ?? location(finding.file, finding.line)}`)));
        }
    }
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__.Spec1dot6));
    return (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonForLog */ .wn)(`${serializer.serialize(bom, { sortLists: false, space: 2 })}\n`);
}


/***/ })

};
