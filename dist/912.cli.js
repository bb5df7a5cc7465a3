export const id = 912;
export const ids = [912];
export const modules = {

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


/***/ })

};
