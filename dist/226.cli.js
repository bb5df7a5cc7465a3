export const id = 226;
export const ids = [226];
export const modules = {

/***/ 684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ emptyPart)
/* harmony export */ });
function emptyPart() {
    return { workloads: [], components: [], services: [], routes: [], kustomizations: [], patchFiles: [], secretValues: [], configMaps: [], portNames: new Map(), buildStages: [], firewallRules: [] };
}


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

/***/ 3226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  comments: () => (/* binding */ comments),
  read: () => (/* binding */ read)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/part.ts
var model_part = __webpack_require__(684);
;// CONCATENATED MODULE: ./src/parsers/hcl.ts
// HCL native syntax (Terraform's `.tf` and `.tfvars`) with positions, written for hostile input: one
// forward pass over the text (a token is lexed at most twice, for one token of lookahead after a bracket),
// nesting capped, no backtracking, and a syntax error abandons only the top-level block it stands in (the
// parser resumes at the next line that starts with a letter). The syntax follows the HCL native syntax
// specification: https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md
//
// Why not tree-sitter (web-tree-sitter 0.27.2 with tree-sitter-terraform.wasm 1.2.0, measured on Node
// 20.20): its error recovery is super-linear on broken input (`a = ` repeated: 10 kB 0.16 s, 20 kB 0.88 s,
// 40 kB 4.8 s; `"a" ` repeated: 40 kB 3.4 s, 100 kB over 20 s), and 5 MB of random bytes abort the wasm
// module (`RuntimeError: Aborted()`), which leaves it unusable for every later file.
//
// Values are kept as written: templates with interpolations, references (`var.x`, `local.y[0]`) and
// function calls are nodes; operators, conditionals, `for` and splat expressions are `other` (their value
// is never guessed).
/** Nesting of blocks, brackets, templates and operators deeper than any real configuration. */
const MAX_HCL_DEPTH = 128;
class SyntaxError extends Error {
    at;
    limit;
    constructor(at, message, limit = false) {
        super(message);
        this.at = at;
        this.limit = limit;
    }
}
const PUNCT3 = new Set(["..."]);
const PUNCT2 = new Set(["==", "!=", "<=", ">=", "&&", "||", "=>", "::"]);
const PUNCT1 = new Set(["{", "}", "[", "]", "(", ")", "=", ":", ",", ".", "?", "!", "+", "-", "*", "/", "%", "<", ">"]);
const BINARY = new Set(["||", "&&", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%"]);
function isIdentStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}
function isIdentPart(c) {
    return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function parseHcl(text) {
    return new HclParser(text).parseFile();
}
/**
 * A template given as text, as Terraform's JSON syntax writes every string (`"${var.cidr}"`): its parts.
 * `at` is where the string stands; every part is reported there.
 */
function parseTemplateText(text, at) {
    const parser = new HclParser(text);
    try {
        const expr = parser.templateBody(0, { kind: "string-only" });
        return relocate(expr, at);
    }
    catch {
        return { kind: "other", ...at };
    }
}
function relocate(expr, at) {
    const where = { line: at.line, column: at.column, endLine: at.endLine };
    switch (expr.kind) {
        case "template":
            return { ...expr, ...where, parts: expr.parts.map((p) => (typeof p === "string" ? p : relocate(p, at))) };
        case "tuple":
            return { ...expr, ...where, items: expr.items.map((i) => relocate(i, at)) };
        case "object":
            return { ...expr, ...where, items: expr.items.map((i) => ({ key: relocate(i.key, at), value: relocate(i.value, at) })) };
        case "call":
            return { ...expr, ...where, args: expr.args.map((a) => relocate(a, at)) };
        default:
            return { ...expr, ...where };
    }
}
class HclParser {
    text;
    /** Offsets where each line starts. */
    lineStarts = [0];
    pos = 0;
    current;
    /** > 0 inside brackets and parentheses of an expression, where newlines do not end anything. */
    newlinesIgnored = 0;
    depth = 0;
    comments = [];
    /** Comments are recorded once, the first time the lexer passes them. */
    commentsUpTo = 0;
    /** The furthest offset examined: after an error, parsing resumes beyond it, so no text is read twice over. */
    furthest = 0;
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
    }
    parseFile() {
        const body = { attributes: [], blocks: [] };
        const errors = [];
        const limits = [];
        for (;;) {
            const itemStart = this.pos;
            try {
                this.skipNewlines();
                if (this.peek().type === "eof")
                    break;
                this.item(body);
            }
            catch (error) {
                if (!(error instanceof SyntaxError))
                    throw error;
                const at = this.location(error.at);
                (error.limit ? limits : errors).push({ line: at.line, column: at.column, message: error.message });
                this.resync(Math.max(error.at, itemStart, this.furthest - 1));
            }
        }
        return { body, errors, limits, comments: this.comments };
    }
    /** After an error: on at the next line, after `from`, that starts with a letter (the next top-level item). */
    resync(from) {
        this.current = undefined;
        this.newlinesIgnored = 0;
        this.depth = 0;
        let line = this.lineOf(from) + 1;
        while (line < this.lineStarts.length) {
            const start = this.lineStarts[line];
            if (start < this.text.length && isIdentStart(this.text.charCodeAt(start))) {
                this.pos = start;
                // Comments between the error and here were skipped with the text.
                this.commentsUpTo = Math.max(this.commentsUpTo, start);
                return;
            }
            line++;
        }
        this.pos = this.text.length;
    }
    // Positions.
    lineOf(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    location(offset) {
        const line = this.lineOf(offset);
        return { line: line + 1, column: offset - this.lineStarts[line] + 1 };
    }
    range(start, end) {
        const from = this.location(start);
        return { line: from.line, column: from.column, endLine: this.lineOf(Math.max(start, end - 1)) + 1 };
    }
    // Tokens.
    /** The token at `at`, skipping blanks and comments (and newlines when asked). */
    lex(at, skipNewlines) {
        const text = this.text;
        let i = at;
        for (;;) {
            while (i < text.length) {
                const c = text.charCodeAt(i);
                if (c === 32 || c === 9 || c === 13 || c === 0xfeff)
                    i++;
                else
                    break;
            }
            if (i >= text.length)
                return { type: "eof", text: "", start: i, end: i };
            const c = text.charCodeAt(i);
            if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
                let end = text.indexOf("\n", i);
                if (end < 0)
                    end = text.length;
                this.comment(i, end);
                i = end;
                continue;
            }
            if (c === 47 && text.charCodeAt(i + 1) === 42) {
                const close = text.indexOf("*/", i + 2);
                if (close < 0) {
                    // The rest of the file is the comment.
                    this.reached(text.length);
                    throw new SyntaxError(i, "unterminated /* comment");
                }
                this.comment(i, close + 2);
                i = close + 2;
                continue;
            }
            if (c === 10) {
                if (skipNewlines) {
                    i++;
                    continue;
                }
                return { type: "newline", text: "\n", start: i, end: i + 1 };
            }
            break;
        }
        const start = i;
        const c = text.charCodeAt(i);
        if (isIdentStart(c)) {
            i++;
            while (i < text.length && isIdentPart(text.charCodeAt(i)))
                i++;
            return { type: "ident", text: text.slice(start, i), start, end: i };
        }
        if (isDigit(c)) {
            while (i < text.length && isDigit(text.charCodeAt(i)))
                i++;
            if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
                i++;
                while (i < text.length && isDigit(text.charCodeAt(i)))
                    i++;
            }
            const e = text.charCodeAt(i);
            if (e === 101 || e === 69) {
                let j = i + 1;
                if (text.charCodeAt(j) === 43 || text.charCodeAt(j) === 45)
                    j++;
                if (isDigit(text.charCodeAt(j))) {
                    i = j;
                    while (i < text.length && isDigit(text.charCodeAt(i)))
                        i++;
                }
            }
            return { type: "number", text: text.slice(start, i), start, end: i };
        }
        if (c === 34)
            return { type: "quote", text: '"', start, end: i + 1 };
        if (c === 60 && text.charCodeAt(i + 1) === 60) {
            let j = i + 2;
            const indent = text.charCodeAt(j) === 45;
            if (indent)
                j++;
            const markerStart = j;
            while (j < text.length && isIdentPart(text.charCodeAt(j)))
                j++;
            if (j > markerStart && isIdentStart(text.charCodeAt(markerStart))) {
                let k = j;
                while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)
                    k++;
                if (text.charCodeAt(k) === 10)
                    return { type: "heredoc", text: text.slice(markerStart, j), start, end: k + 1, indent };
            }
        }
        const three = text.slice(i, i + 3);
        if (PUNCT3.has(three))
            return { type: "punct", text: three, start, end: i + 3 };
        const two = text.slice(i, i + 2);
        if (PUNCT2.has(two))
            return { type: "punct", text: two, start, end: i + 2 };
        const one = text[i];
        if (PUNCT1.has(one))
            return { type: "punct", text: one, start, end: i + 1 };
        return { type: "invalid", text: one, start, end: i + 1 };
    }
    reached(offset) {
        if (offset > this.furthest)
            this.furthest = offset;
    }
    comment(start, end) {
        if (start < this.commentsUpTo)
            return;
        this.commentsUpTo = end;
        this.comments.push({ line: this.location(start).line, text: this.text.slice(start, end) });
    }
    peek() {
        if (!this.current) {
            this.current = this.lex(this.pos, this.newlinesIgnored > 0);
            this.reached(this.current.end);
        }
        return this.current;
    }
    /** The token after the current one. */
    peekSecond() {
        const token = this.lex(this.peek().end, this.newlinesIgnored > 0);
        this.reached(token.end);
        return token;
    }
    next() {
        const token = this.peek();
        this.pos = token.end;
        this.current = undefined;
        return token;
    }
    isPunct(text) {
        const token = this.peek();
        return token.type === "punct" && token.text === text;
    }
    expect(text) {
        const token = this.peek();
        if (token.type !== "punct" || token.text !== text)
            throw new SyntaxError(token.start, `expected "${text}", found ${describe(token)}`);
        return this.next();
    }
    skipNewlines() {
        while (this.peek().type === "newline")
            this.next();
    }
    enter(at) {
        if (++this.depth > MAX_HCL_DEPTH)
            throw new SyntaxError(at, `nesting deeper than ${MAX_HCL_DEPTH} levels`, true);
    }
    leave() {
        this.depth--;
    }
    /** Runs `inner` with newlines ignored (inside brackets) or significant again (a block body inside an expression cannot occur). */
    bracketed(inner) {
        this.newlinesIgnored++;
        this.current = undefined;
        try {
            return inner();
        }
        finally {
            this.newlinesIgnored--;
            this.current = undefined;
        }
    }
    // Bodies.
    item(body) {
        const name = this.next();
        if (name.type !== "ident")
            throw new SyntaxError(name.start, `expected an attribute or block name, found ${describe(name)}`);
        if (this.isPunct("=")) {
            this.next();
            const value = this.expression();
            const end = this.peek();
            if (end.type !== "newline" && end.type !== "eof" && !(end.type === "punct" && end.text === "}")) {
                throw new SyntaxError(end.start, `expected a new line after the value of ${name.text}, found ${describe(end)}`);
            }
            body.attributes.push({ name: name.text, value, ...this.range(name.start, this.pos) });
            return;
        }
        const labels = [];
        for (;;) {
            const token = this.peek();
            if (token.type === "ident") {
                labels.push(this.next().text);
                continue;
            }
            if (token.type === "quote") {
                this.next();
                const label = this.templateBody(token.end, { kind: "quoted" });
                if (label.kind !== "literal" || typeof label.value !== "string")
                    throw new SyntaxError(token.start, "a block label cannot hold an interpolation");
                labels.push(label.value);
                continue;
            }
            break;
        }
        const open = this.expect("{");
        this.enter(open.start);
        const inner = { attributes: [], blocks: [] };
        for (;;) {
            this.skipNewlines();
            const token = this.peek();
            if (token.type === "punct" && token.text === "}")
                break;
            if (token.type === "eof")
                throw new SyntaxError(token.start, `block ${name.text} (line ${this.location(name.start).line}) is not closed`);
            this.item(inner);
        }
        const close = this.next();
        this.leave();
        const after = this.peek();
        if (after.type !== "newline" && after.type !== "eof" && !(after.type === "punct" && after.text === "}")) {
            throw new SyntaxError(after.start, `expected a new line after the block, found ${describe(after)}`);
        }
        body.blocks.push({ type: name.text, labels, body: inner, ...this.range(name.start, close.end) });
    }
    // Expressions.
    expression() {
        const start = this.peek().start;
        this.enter(start);
        const condition = this.binary(0);
        let result = condition;
        if (this.isPunct("?")) {
            this.next();
            this.bracketed(() => {
                this.expression();
                this.expect(":");
            });
            this.expression();
            result = { kind: "other", ...this.range(start, this.pos) };
        }
        this.leave();
        return result;
    }
    static PRECEDENCE = { "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6 };
    /** Operators by precedence climbing: a loop per level, so a long chain `a + b + c …` does not nest. */
    binary(minLevel) {
        const start = this.peek().start;
        let left = this.unary();
        for (;;) {
            const token = this.peek();
            if (token.type !== "punct" || !BINARY.has(token.text))
                break;
            const level = HclParser.PRECEDENCE[token.text];
            if (level <= minLevel)
                break;
            this.next();
            this.enter(token.start);
            this.binary(level);
            this.leave();
            left = { kind: "other", ...this.range(start, this.pos) };
        }
        return left;
    }
    unary() {
        const token = this.peek();
        if (token.type === "punct" && (token.text === "-" || token.text === "!")) {
            this.next();
            this.enter(token.start);
            const operand = this.unary();
            this.leave();
            // `-1` is a number as written (a port, `protocol = -1`).
            if (token.text === "-" && operand.kind === "literal" && typeof operand.value === "number")
                return { ...operand, value: -operand.value, ...this.range(token.start, this.pos) };
            return { kind: "other", ...this.range(token.start, this.pos) };
        }
        return this.postfix(this.primary());
    }
    postfix(base) {
        let expr = base;
        const start = this.startOf(base);
        for (;;) {
            if (this.isPunct(".")) {
                this.next();
                const step = this.next();
                if (step.type === "ident")
                    expr = this.step(expr, step.text, start);
                // `.0` and the legacy `.0.1` (lexed as one number) are indexes.
                else if (step.type === "number" && /^\d+(\.\d+)?$/.test(step.text))
                    for (const index of step.text.split("."))
                        expr = this.step(expr, Number(index), start);
                else if (step.type === "punct" && step.text === "*")
                    expr = { kind: "other", ...this.range(start, this.pos) };
                else
                    throw new SyntaxError(step.start, `expected an attribute name after ".", found ${describe(step)}`);
                continue;
            }
            if (this.isPunct("[")) {
                const open = this.next();
                this.enter(open.start);
                const index = this.bracketed(() => {
                    if (this.isPunct("*")) {
                        this.next();
                        this.expect("]");
                        return undefined;
                    }
                    const key = this.expression();
                    this.expect("]");
                    return key;
                });
                this.leave();
                if (index?.kind === "literal" && (typeof index.value === "string" || (typeof index.value === "number" && Number.isInteger(index.value))))
                    expr = this.step(expr, index.value, start);
                else
                    expr = { kind: "other", ...this.range(start, this.pos) };
                continue;
            }
            return expr;
        }
    }
    startOf(expr) {
        return this.lineStarts[expr.line - 1] + expr.column - 1;
    }
    step(expr, step, start) {
        // The steps array is the traversal's own (built here): extended in place, so `a.b.c…` stays linear.
        if (expr.kind === "traversal") {
            expr.steps.push(step);
            return { ...expr, ...this.range(start, this.pos) };
        }
        return { kind: "other", ...this.range(start, this.pos) };
    }
    primary() {
        const token = this.next();
        const at = () => this.range(token.start, this.pos);
        switch (token.type) {
            case "number":
                return { kind: "literal", value: Number(token.text), ...at() };
            case "quote":
                return this.templateBody(token.end, { kind: "quoted" }, token.start);
            case "heredoc":
                return this.heredoc(token);
            case "ident": {
                if (token.text === "true" || token.text === "false")
                    return { kind: "literal", value: token.text === "true", ...at() };
                if (token.text === "null")
                    return { kind: "literal", value: null, ...at() };
                if (this.isPunct("(") || this.isPunct("::"))
                    return this.call(token);
                return { kind: "traversal", root: token.text, steps: [], ...at() };
            }
            case "punct":
                if (token.text === "[")
                    return this.tuple(token);
                if (token.text === "{")
                    return this.object(token);
                if (token.text === "(") {
                    this.enter(token.start);
                    this.bracketed(() => {
                        this.expression();
                        this.expect(")");
                    });
                    this.leave();
                    return { kind: "other", ...at() };
                }
                break;
        }
        throw new SyntaxError(token.start, `expected a value, found ${describe(token)}`);
    }
    call(name) {
        let fn = name.text;
        // Provider-defined functions: `provider::aws::arn_parse(…)`.
        while (this.isPunct("::")) {
            this.next();
            const part = this.next();
            if (part.type !== "ident")
                throw new SyntaxError(part.start, `expected a function name after "::", found ${describe(part)}`);
            fn += `::${part.text}`;
        }
        const open = this.expect("(");
        this.enter(open.start);
        const args = this.bracketed(() => {
            const list = [];
            while (!this.isPunct(")")) {
                list.push(this.expression());
                if (this.isPunct("..."))
                    this.next();
                if (this.isPunct(","))
                    this.next();
                else if (!this.isPunct(")"))
                    throw new SyntaxError(this.peek().start, `expected "," or ")" in the arguments of ${fn}, found ${describe(this.peek())}`);
            }
            this.next();
            return list;
        });
        this.leave();
        return { kind: "call", name: fn, args, ...this.range(name.start, this.pos) };
    }
    /** `for` after an opening bracket starts a `for` expression when a name follows it. */
    startsFor() {
        const token = this.peek();
        if (token.type !== "ident" || token.text !== "for")
            return false;
        return this.peekSecond().type === "ident";
    }
    forExpression(open, close) {
        // for KEY[, VALUE] in COLLECTION : RESULT [=> VALUE_RESULT] [...] [if CONDITION]
        this.next();
        this.next();
        if (this.isPunct(",")) {
            this.next();
            const value = this.next();
            if (value.type !== "ident")
                throw new SyntaxError(value.start, `expected a name in the for expression, found ${describe(value)}`);
        }
        const keyword = this.next();
        if (keyword.type !== "ident" || keyword.text !== "in")
            throw new SyntaxError(keyword.start, `expected "in" in the for expression, found ${describe(keyword)}`);
        this.expression();
        this.expect(":");
        this.expression();
        if (this.isPunct("=>")) {
            this.next();
            this.expression();
        }
        if (this.isPunct("..."))
            this.next();
        const tail = this.peek();
        if (tail.type === "ident" && tail.text === "if") {
            this.next();
            this.expression();
        }
        this.expect(close);
        return { kind: "other", ...this.range(open.start, this.pos) };
    }
    tuple(open) {
        this.enter(open.start);
        const result = this.bracketed(() => {
            if (this.startsFor())
                return this.forExpression(open, "]");
            const items = [];
            while (!this.isPunct("]")) {
                items.push(this.expression());
                if (this.isPunct(","))
                    this.next();
                else if (!this.isPunct("]"))
                    throw new SyntaxError(this.peek().start, `expected "," or "]" in a list, found ${describe(this.peek())}`);
            }
            this.next();
            return { kind: "tuple", items, ...this.range(open.start, this.pos) };
        });
        this.leave();
        return result;
    }
    object(open) {
        this.enter(open.start);
        const result = this.bracketed(() => {
            if (this.startsFor())
                return this.forExpression(open, "}");
            const items = [];
            while (!this.isPunct("}")) {
                const keyToken = this.peek();
                let key;
                // A bare name before `=` or `:` is the key itself, not a reference.
                const second = keyToken.type === "ident" ? this.peekSecond() : undefined;
                if (keyToken.type === "ident" && second?.type === "punct" && (second.text === "=" || second.text === ":")) {
                    this.next();
                    key = { kind: "literal", value: keyToken.text, ...this.range(keyToken.start, keyToken.end) };
                }
                else
                    key = this.expression();
                const sep = this.next();
                if (sep.type !== "punct" || (sep.text !== "=" && sep.text !== ":"))
                    throw new SyntaxError(sep.start, `expected "=" or ":" after an object key, found ${describe(sep)}`);
                const value = this.expression();
                items.push({ key, value });
                // Elements are separated by commas or new lines; newlines are skipped here, so a comma is optional.
                if (this.isPunct(","))
                    this.next();
            }
            this.next();
            return { kind: "object", items, ...this.range(open.start, this.pos) };
        });
        this.leave();
        return result;
    }
    heredoc(token) {
        // The body starts on the line after the marker; it ends at a line holding only the marker.
        return this.templateBody(token.end, { kind: "heredoc", marker: token.text, indent: token.indent === true }, token.start);
    }
    /**
     * A template's text from `from`: a quoted string up to its closing quote, a heredoc up to its marker line,
     * or a whole string (`string-only`, Terraform JSON). Leaves the parser after it.
     */
    templateBody(from, mode, start = from) {
        const text = this.text;
        const parts = [];
        let literal = [];
        let directives = false;
        let i = from;
        const flush = () => {
            if (literal.length)
                parts.push(literal.join(""));
            literal = [];
        };
        const heredoc = mode.kind === "heredoc" ? mode : undefined;
        let atLineStart = heredoc !== undefined;
        for (;;) {
            this.reached(i);
            if (heredoc && atLineStart) {
                atLineStart = false;
                // Does this line hold only the marker (indented or not)?
                let j = i;
                while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)
                    j++;
                if (text.startsWith(heredoc.marker, j)) {
                    let k = j + heredoc.marker.length;
                    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)
                        k++;
                    if (k >= text.length || text.charCodeAt(k) === 10) {
                        i = j + heredoc.marker.length;
                        break;
                    }
                }
            }
            if (i >= text.length) {
                if (mode.kind === "string-only")
                    break;
                throw new SyntaxError(start, heredoc ? `heredoc <<${heredoc.marker} is not closed` : "unterminated string");
            }
            const c = text.charCodeAt(i);
            if (c === 10) {
                if (mode.kind === "quoted")
                    throw new SyntaxError(start, "unterminated string (a quoted string ends on its line)");
                literal.push("\n");
                i++;
                atLineStart = heredoc !== undefined;
                continue;
            }
            if (mode.kind === "quoted" && c === 34) {
                i++;
                break;
            }
            if (mode.kind === "quoted" && c === 92) {
                const [value, length] = this.escape(i);
                literal.push(value);
                i += length;
                continue;
            }
            if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
                // `${` interpolation, `%{` directive; `~` strip markers on either side.
                i += 2;
                if (text.charCodeAt(i) === 126)
                    i++;
                flush();
                this.pos = i;
                this.current = undefined;
                this.enter(i);
                const inner = this.bracketed(() => {
                    const expr = c === 36 ? this.expression() : this.directive();
                    const strip = this.peek();
                    if (strip.type === "invalid" && strip.text === "~")
                        this.next();
                    this.expect("}");
                    return expr;
                });
                this.leave();
                if (c === 36)
                    parts.push(inner);
                else
                    directives = true;
                i = this.pos;
                continue;
            }
            if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
                // `$${` and `%%{` are the literal `${` and `%{`.
                literal.push(text[i] + "{");
                i += 3;
                continue;
            }
            // A run of plain text at once, up to the next character that may mean something.
            let j = i + 1;
            while (j < text.length) {
                const d = text.charCodeAt(j);
                if (d === 36 || d === 37 || d === 10 || (mode.kind === "quoted" && (d === 34 || d === 92)))
                    break;
                j++;
            }
            literal.push(text.slice(i, j));
            i = j;
        }
        flush();
        this.reached(i);
        this.pos = i;
        this.current = undefined;
        const where = this.range(start, i);
        if (heredoc?.indent)
            stripIndent(parts);
        const bodyLine = heredoc ? this.location(from).line : undefined;
        if (!directives && parts.every((p) => typeof p === "string"))
            return { kind: "literal", value: parts.join(""), ...where, ...(bodyLine !== undefined && { bodyLine }) };
        // `"${x}"` alone is x itself.
        if (!directives && parts.length === 1 && typeof parts[0] !== "string")
            return { ...parts[0], ...where };
        return { kind: "template", parts, directives, ...where };
    }
    /** A template directive's inside: `if COND`, `for K[, V] in EXPR`, `else`, `endif`, `endfor`. */
    directive() {
        const keyword = this.next();
        if (keyword.type !== "ident")
            throw new SyntaxError(keyword.start, `expected a template directive, found ${describe(keyword)}`);
        if (keyword.text === "if")
            this.expression();
        else if (keyword.text === "for") {
            this.next();
            if (this.isPunct(",")) {
                this.next();
                this.next();
            }
            const inWord = this.next();
            if (inWord.type !== "ident" || inWord.text !== "in")
                throw new SyntaxError(inWord.start, `expected "in" in the template directive, found ${describe(inWord)}`);
            this.expression();
        }
        else if (keyword.text !== "else" && keyword.text !== "endif" && keyword.text !== "endfor") {
            throw new SyntaxError(keyword.start, `unknown template directive ${keyword.text}`);
        }
        return { kind: "other", ...this.range(keyword.start, this.pos) };
    }
    escape(at) {
        const next = this.text[at + 1];
        switch (next) {
            case "n":
                return ["\n", 2];
            case "r":
                return ["\r", 2];
            case "t":
                return ["\t", 2];
            case '"':
                return ['"', 2];
            case "\\":
                return ["\\", 2];
            case "u":
            case "U": {
                const length = next === "u" ? 4 : 8;
                const hex = this.text.slice(at + 2, at + 2 + length);
                if (hex.length === length && /^[0-9a-fA-F]+$/.test(hex)) {
                    const code = parseInt(hex, 16);
                    if (code <= 0x10ffff)
                        return [String.fromCodePoint(code), 2 + length];
                }
                throw new SyntaxError(at, "invalid unicode escape");
            }
            default:
                throw new SyntaxError(at, `invalid escape \\${next ?? ""}`);
        }
    }
}
/** `<<-` heredocs: the smallest indentation of their lines is removed from every line. */
function stripIndent(parts) {
    if (!parts.every((p) => typeof p === "string"))
        return;
    const text = parts.join("");
    const lines = text.split("\n");
    let least = Infinity;
    for (const line of lines) {
        if (line.trim() === "")
            continue;
        const indent = line.length - line.trimStart().length;
        if (indent < least)
            least = indent;
    }
    if (!Number.isFinite(least) || least === 0)
        return;
    parts.length = 0;
    parts.push(lines.map((l) => l.slice(Math.min(least, l.length - l.trimStart().length))).join("\n"));
}
function describe(token) {
    switch (token.type) {
        case "eof":
            return "the end of the file";
        case "newline":
            return "a new line";
        case "quote":
            return "a string";
        case "heredoc":
            return "a heredoc";
        default:
            return `"${token.text.length > 20 ? token.text.slice(0, 20) + "…" : token.text}"`;
    }
}

;// CONCATENATED MODULE: ./src/parsers/hcl-json.ts
// Terraform's JSON syntax (`*.tf.json`, `*.tfvars.json`) read into the same shape as the native syntax, with
// positions: top-level block types take their labels from nested object keys (`resource` → type → name),
// every string is a template (`"${var.cidr}"`), and `"//"` keys are comments. Nested blocks cannot be told
// from object attributes without the provider's schema: both stay attributes holding objects, which the
// Terraform reader reads alike; `dynamic` blocks (one label) are the exception.
// https://developer.hashicorp.com/terraform/language/syntax/json

/** Labels each top-level block type takes from nested keys. */
const LABELS = { resource: 2, data: 2, ephemeral: 2, variable: 1, output: 1, module: 1, provider: 1, check: 1, locals: 0, terraform: 0, moved: 0, import: 0, removed: 0 };
function rangeOf(node) {
    return { line: node.line, column: node.column, endLine: node.endLine };
}
/** A whole configuration file: `config` for `.tf.json` (blocks by their type), `values` for `.tfvars.json` (attributes only). */
function jsonBody(root, kind) {
    const body = { attributes: [], blocks: [] };
    if (root?.kind !== "map")
        return body;
    for (const [key, entry] of root.entries) {
        if (key === "//")
            continue;
        if (kind === "values") {
            body.attributes.push({ name: key, value: expression(entry.value), line: entry.keyLine, column: entry.keyColumn, endLine: entry.value.endLine });
            continue;
        }
        const labels = LABELS[key];
        if (labels === undefined)
            continue;
        body.blocks.push(...labelled(key, entry.value, labels, []));
    }
    return body;
}
/** Blocks of `type` whose remaining `labels` are the keys of nested objects; a list stands for several bodies. */
function labelled(type, node, labels, taken) {
    if (node.kind === "seq")
        return node.items.flatMap((item) => labelled(type, item, labels, taken));
    if (node.kind !== "map")
        return [];
    if (labels === 0)
        return [{ type, labels: taken, body: bodyOf(node), ...rangeOf(node) }];
    return [...node.entries].flatMap(([key, entry]) => (key === "//" ? [] : labelled(type, entry.value, labels - 1, [...taken, key])));
}
function bodyOf(node) {
    const body = { attributes: [], blocks: [] };
    if (node.kind !== "map")
        return body;
    for (const [key, entry] of node.entries) {
        if (key === "//")
            continue;
        if (key === "dynamic") {
            body.blocks.push(...labelled("dynamic", entry.value, 1, []).map(dynamicBlock));
            continue;
        }
        body.attributes.push({ name: key, value: expression(entry.value), line: entry.keyLine, column: entry.keyColumn, endLine: entry.value.endLine });
    }
    return body;
}
/** A `dynamic` block's `content` is a block, as the reader expects it. */
function dynamicBlock(block) {
    const content = block.body.attributes.find((a) => a.name === "content");
    if (content?.value.kind !== "object")
        return block;
    const inner = { attributes: [], blocks: [] };
    for (const item of content.value.items) {
        if (item.key.kind === "literal" && typeof item.key.value === "string")
            inner.attributes.push({ name: item.key.value, value: item.value, line: item.key.line, column: item.key.column, endLine: item.value.endLine });
    }
    return {
        ...block,
        body: { attributes: block.body.attributes.filter((a) => a !== content), blocks: [...block.body.blocks, { type: "content", labels: [], body: inner, line: content.line, column: content.column, endLine: content.endLine }] },
    };
}
/** Recursive, but no deeper than the YAML parser lets a document nest (it rejects deeper ones). */
function expression(node) {
    const range = rangeOf(node);
    switch (node.kind) {
        case "scalar": {
            const value = node.value;
            if (typeof value === "string")
                return value.includes("${") || value.includes("%{") ? parseTemplateText(value, range) : { kind: "literal", value, ...range };
            return { kind: "literal", value, ...range };
        }
        case "seq":
            return { kind: "tuple", items: node.items.map(expression), ...range };
        case "map":
            return {
                kind: "object",
                items: [...node.entries].flatMap(([key, entry]) => (key === "//" ? [] : [{ key: { kind: "literal", value: key, line: entry.keyLine, column: entry.keyColumn, endLine: entry.keyLine }, value: expression(entry.value) }])),
                ...range,
            };
    }
}

// EXTERNAL MODULE: ./src/parsers/yaml.ts
var yaml = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/readers/notices.ts
var readers_notices = __webpack_require__(5709);
;// CONCATENATED MODULE: ./src/readers/terraform/values.ts
/** References followed through locals before the value counts as unknown. */
const MAX_REFERENCE_DEPTH = 24;
/** Values a `dynamic` block expands to before the rest is left out. */
const MAX_DYNAMIC_ITEMS = 256;
/** Items of one list that are read (a CIDR list, a task's containers); real lists are far shorter. */
const MAX_LIST_ITEMS = 256;
function posOf(file, range) {
    return { file, line: range.line, column: range.column, endLine: range.endLine };
}
/** Where a value is written, or where a reference brought it. */
function at(value) {
    return value.via?.pos ?? value.pos;
}
/** A part of a value a reference brought stands where that reference is written (the outermost one wins). */
function withVia(value, via) {
    return via && value.via !== via ? { ...value, via } : value;
}
/** A map's entry, carrying the map's `via` down. */
function get(value, key) {
    if (value?.kind !== "map")
        return undefined;
    const entry = value.entries.get(key);
    return entry && withVia(entry, value.via);
}
/** The items of a list (or the one value that is not a list, as Terraform's blocks read either), at most MAX_LIST_ITEMS. */
function items(value) {
    if (!value)
        return [];
    if (value.kind === "list")
        return value.items.slice(0, MAX_LIST_ITEMS).map((i) => withVia(i, value.via));
    return [value];
}
/** One item of a list. */
function item(value, index) {
    if (value?.kind !== "list")
        return undefined;
    const found = value.items[index];
    return found && withVia(found, value.via);
}
/** The nested blocks (or object attributes) of a type: `ingress { … }` blocks and `ingress = [{ … }]` alike. */
function blocks(value, key) {
    return items(get(value, key)).flatMap((i) => (i.kind === "map" ? [i] : []));
}
function str(value) {
    if (value?.kind === "string")
        return value.value;
    if (value?.kind === "number")
        return String(value.value);
    if (value?.kind === "bool")
        return String(value.value);
    return undefined;
}
function num(value) {
    if (value?.kind === "number")
        return value.value;
    if (value?.kind === "string" && /^-?\d+$/.test(value.value.trim()))
        return Number(value.value.trim());
    return undefined;
}
function bool(value) {
    if (value?.kind === "bool")
        return value.value;
    if (value?.kind === "string") {
        if (value.value === "true")
            return true;
        if (value.value === "false")
            return false;
    }
    return undefined;
}
/** The strings of a list attribute (or one string), each with its value. */
function strings(value) {
    return items(value).filter((v) => str(v) !== undefined);
}
function unknown(pos, ref) {
    return { kind: "unknown", pos, ...(ref !== undefined && { ref }) };
}
function evaluate(expr, ctx) {
    const pos = posOf(ctx.file, expr);
    if (--ctx.budget.left < 0)
        return unknown(pos);
    switch (expr.kind) {
        case "literal": {
            const v = expr.value;
            if (typeof v === "string")
                return { kind: "string", value: v, pos };
            if (typeof v === "number")
                return { kind: "number", value: v, pos };
            if (typeof v === "boolean")
                return { kind: "bool", value: v, pos };
            return { kind: "null", pos };
        }
        case "template": {
            if (expr.directives)
                return unknown(pos);
            const out = [];
            for (const part of expr.parts) {
                if (typeof part === "string") {
                    out.push(part);
                    continue;
                }
                const text = str(evaluate(part, ctx));
                if (text === undefined)
                    return unknown(pos);
                out.push(text);
            }
            return { kind: "string", value: out.join(""), pos };
        }
        case "tuple":
            return { kind: "list", items: expr.items.map((i) => evaluate(i, ctx)), pos };
        case "object": {
            const entries = new Map();
            for (const item of expr.items) {
                const key = str(evaluate(item.key, ctx));
                if (key !== undefined)
                    entries.set(key, evaluate(item.value, ctx));
            }
            return { kind: "map", entries, pos };
        }
        case "traversal":
            return traverse(expr, ctx, pos);
        case "call":
            return call(expr, ctx, pos);
        default:
            return unknown(pos);
    }
}
function traverse(expr, ctx, pos) {
    const written = [expr.root, ...expr.steps.map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`))].join("");
    let value;
    let rest;
    const bound = ctx.bound?.get(expr.root);
    if (bound) {
        const [first, ...after] = expr.steps;
        value = first === "value" ? bound.value : first === "key" ? bound.key : undefined;
        rest = after;
    }
    else if ((expr.root === "var" || expr.root === "local") && typeof expr.steps[0] === "string") {
        if (ctx.depth >= MAX_REFERENCE_DEPTH)
            return unknown(pos);
        const name = expr.steps[0];
        value = expr.root === "var" ? ctx.module.variable(name) : ctx.module.local(name, pos, ctx.depth + 1);
        rest = expr.steps.slice(1);
        if (value)
            value = { ...value, via: { pos, text: `${written}${value.via ? ` (${value.via.text})` : ""}` } };
    }
    else
        return unknown(pos, written);
    for (const step of rest) {
        if (!value)
            break;
        value = typeof step === "number" ? item(value, step) : get(value, step);
    }
    return value ?? unknown(pos, written);
}
function call(expr, ctx, pos) {
    const args = () => expr.args.map((a) => evaluate(a, ctx));
    switch (expr.name) {
        // The structure it encodes: what a task definition's containers are.
        case "jsonencode":
        case "tolist":
        case "toset":
        case "tomap":
            return expr.args.length === 1 ? evaluate(expr.args[0], ctx) : unknown(pos);
        case "concat": {
            const lists = args();
            // Each list is read up to MAX_LIST_ITEMS: concat of concat cannot grow without end.
            if (!lists.every((l) => l.kind === "list"))
                return unknown(pos);
            return { kind: "list", items: lists.flatMap((l) => items(l)).slice(0, MAX_LIST_ITEMS), pos };
        }
        default:
            return unknown(pos);
    }
}
/**
 * A block's body as a map: attributes evaluated, nested blocks as lists of maps under their type, `dynamic`
 * blocks expanded over their collection when it is known (else left out: what they add is not known).
 */
function evaluateBody(body, range, ctx, labels) {
    const entries = new Map();
    for (const attribute of body.attributes)
        entries.set(attribute.name, evaluate(attribute.value, ctx));
    const add = (type, map) => {
        const list = entries.get(type);
        if (list?.kind === "list")
            list.items.push(map);
        else
            entries.set(type, { kind: "list", items: [map], pos: map.pos });
    };
    for (const block of body.blocks) {
        if (block.type === "dynamic" && block.labels.length === 1) {
            for (const map of expandDynamic(block, ctx))
                add(block.labels[0], map);
            continue;
        }
        add(block.type, evaluateBody(block.body, block, ctx, block.labels));
    }
    return { kind: "map", entries, pos: posOf(ctx.file, range), ...(labels?.length && { labels }) };
}
function expandDynamic(block, ctx) {
    const forEach = block.body.attributes.find((a) => a.name === "for_each");
    const content = block.body.blocks.find((b) => b.type === "content");
    if (!forEach || !content)
        return [];
    const collection = evaluate(forEach.value, ctx);
    const iteratorAttr = block.body.attributes.find((a) => a.name === "iterator")?.value;
    const iterator = iteratorAttr?.kind === "traversal" && iteratorAttr.steps.length === 0 ? iteratorAttr.root : block.labels[0];
    const pairs = collection.kind === "list"
        ? items(collection).map((value, i) => ({ key: { kind: "number", value: i, pos: value.pos }, value }))
        : collection.kind === "map"
            ? [...collection.entries.keys()].map((key) => ({ key: { kind: "string", value: key, pos: collection.pos }, value: get(collection, key) }))
            : [];
    const out = [];
    for (const pair of pairs.slice(0, MAX_DYNAMIC_ITEMS)) {
        // Once the module's budget is spent, the rest would be unknown: not worth a map each.
        if (ctx.budget.left < 0)
            break;
        const bound = new Map(ctx.bound);
        bound.set(iterator, pair);
        out.push(evaluateBody(content.body, content, { ...ctx, bound }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/readers/terraform/firewall.ts

const FIX = {
    aws: "Restrict the rule's CIDR ranges to your own network, or admit only a load balancer's security group (source_security_group_id / referenced_security_group_id); put an authenticating proxy in front of the service.",
    gcp: "Restrict source_ranges to your own network (or use source_tags / source_service_accounts, or Identity-Aware Proxy's range for administration); put an authenticating proxy in front of the service.",
    azure: "Restrict source_address_prefix(es) to your own network or a service tag such as VirtualNetwork instead of * or Internet; put an authenticating proxy in front of the service.",
};
const ALL_PORTS = { from: 0, to: 65535 };
/** IANA protocol numbers the providers accept for the names. */
const PROTOCOL_NUMBERS = { "-1": "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };
function protocolOf(value) {
    const text = str(value)?.trim().toLowerCase();
    if (text === undefined)
        return undefined;
    if (text === "*" || text === "all")
        return "all";
    return PROTOCOL_NUMBERS[text] ?? text;
}
function located(values) {
    return values.flatMap((v) => {
        const text = str(v);
        return text === undefined ? [] : [{ value: text.trim(), pos: at(v), ...(v.via && { variable: v.via.text }) }];
    });
}
/** Characters of one name or description kept: enough to name a product. */
const NAME_CHARS = 200;
/** Names and tags kept per map. */
const NAMES_PER_MAP = 16;
/** The names, descriptions and tag values of one resource or rule. */
function namesIn(map) {
    const words = [];
    for (const key of ["name", "name_prefix", "description"]) {
        const text = str(get(map, key));
        if (text !== undefined)
            words.push(text);
    }
    const tags = get(map, "tags");
    if (tags?.kind === "map")
        for (const value of [...tags.entries.values()].slice(0, NAMES_PER_MAP))
            if (str(value) !== undefined)
                words.push(str(value));
    return words.map((w) => w.slice(0, NAME_CHARS).toLowerCase());
}
const resourceNames = new WeakMap();
/** Words that say what the rule is for: its resource's name and the rule's and resource's names, descriptions and tags. */
function namesOf(resource, ...maps) {
    let own = resourceNames.get(resource);
    if (!own)
        resourceNames.set(resource, (own = [resource.name.slice(0, NAME_CHARS).toLowerCase(), ...namesIn(resource.body)]));
    const rule = maps.filter((m) => m !== resource.body).flatMap(namesIn);
    return rule.length ? [...own, ...rule] : own;
}
/** `from_port`/`to_port` with a protocol: every port for `all`, the range for TCP and UDP. */
function awsPorts(rule, protocol, protocolPos) {
    if (protocol === "all")
        return [{ ...ALL_PORTS, pos: protocolPos }];
    const fromValue = get(rule, "from_port");
    const from = num(fromValue);
    const to = num(get(rule, "to_port")) ?? from;
    if (from === undefined || to === undefined || !fromValue)
        return [];
    // A range of 0-0 or -1 with TCP means no port; 0-65535 every port.
    return from <= to ? [{ from: Math.max(0, from), to: Math.min(65535, to), pos: at(fromValue) }] : [];
}
function awsRule(resource, rule, direction, id, sources) {
    const protocolValue = get(rule, "protocol") ?? get(rule, "ip_protocol");
    const protocol = protocolOf(protocolValue);
    if (!protocol || !protocolValue)
        return undefined;
    return {
        id,
        resource: resource.address,
        kind: "AWS security group rule",
        direction,
        action: "allow",
        protocol,
        sources,
        ports: awsPorts(rule, protocol, at(protocolValue)),
        names: namesOf(resource, rule),
        fix: FIX.aws,
        pos: rule.pos,
    };
}
const awsSecurityGroup = (resource, part) => {
    for (const direction of ["ingress", "egress"]) {
        blocks(resource.body, direction).forEach((rule, i) => {
            const sources = located([...strings(get(rule, "cidr_blocks")), ...strings(get(rule, "ipv6_cidr_blocks"))]);
            const made = awsRule(resource, rule, direction, `${resource.address}/${direction}/${i}`, sources);
            if (made)
                part.firewallRules.push(made);
        });
    }
};
const awsSecurityGroupRule = (resource, part) => {
    const type = str(get(resource.body, "type"))?.toLowerCase();
    if (type !== "ingress" && type !== "egress")
        return;
    const sources = located([...strings(get(resource.body, "cidr_blocks")), ...strings(get(resource.body, "ipv6_cidr_blocks"))]);
    const made = awsRule(resource, resource.body, type, resource.address, sources);
    if (made)
        part.firewallRules.push(made);
};
function vpcRule(direction) {
    return (resource, part) => {
        const sources = located([get(resource.body, "cidr_ipv4"), get(resource.body, "cidr_ipv6")].flatMap((v) => (v ? [v] : [])));
        const made = awsRule(resource, resource.body, direction, resource.address, sources);
        if (made)
            part.firewallRules.push(made);
    };
}
/** `"11434"`, `"8000-8100"`, `"*"` as a port range. */
function portRange(value) {
    const text = str(value)?.trim();
    if (text === undefined)
        return undefined;
    if (text === "*")
        return { ...ALL_PORTS, pos: at(value) };
    const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(text);
    if (!m)
        return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return from <= to && to <= 65535 ? { from, to, pos: at(value) } : undefined;
}
const googleFirewall = (resource, part) => {
    const body = resource.body;
    if (str(get(body, "disabled")) === "true")
        return;
    const direction = (str(get(body, "direction")) ?? "INGRESS").toUpperCase() === "EGRESS" ? "egress" : "ingress";
    const sources = located(strings(get(body, direction === "ingress" ? "source_ranges" : "destination_ranges")));
    for (const action of ["allow", "deny"]) {
        blocks(body, action).forEach((rule, i) => {
            const protocolValue = get(rule, "protocol");
            const protocol = protocolOf(protocolValue);
            if (!protocol || !protocolValue)
                return;
            const portsValue = get(rule, "ports");
            // No `ports`: every port of the protocol.
            const ports = protocol === "all" || !portsValue ? [{ ...ALL_PORTS, pos: at(protocolValue) }] : items(portsValue).flatMap((p) => portRange(p) ?? []);
            part.firewallRules.push({
                id: `${resource.address}/${action}/${i}`,
                resource: resource.address,
                kind: "Google Cloud firewall rule",
                direction,
                action,
                protocol,
                sources,
                ports,
                names: namesOf(resource),
                fix: FIX.gcp,
                pos: rule.pos,
            });
        });
    }
};
function azureRule(resource, rule, id) {
    const direction = str(get(rule, "direction"))?.toLowerCase();
    const access = str(get(rule, "access"))?.toLowerCase();
    const protocolValue = get(rule, "protocol");
    const protocol = protocolOf(protocolValue);
    if ((direction !== "inbound" && direction !== "outbound") || (access !== "allow" && access !== "deny") || !protocol)
        return undefined;
    const sources = located([get(rule, "source_address_prefix"), ...items(get(rule, "source_address_prefixes"))].flatMap((v) => (v ? [v] : [])));
    const ports = [get(rule, "destination_port_range"), ...items(get(rule, "destination_port_ranges"))].flatMap((v) => (v ? (portRange(v) ?? []) : []));
    return {
        id,
        resource: resource.address,
        kind: "Azure network security rule",
        direction: direction === "inbound" ? "ingress" : "egress",
        action: access,
        protocol,
        sources,
        ports,
        names: namesOf(resource, rule),
        fix: FIX.azure,
        pos: rule.pos,
    };
}
const azureSecurityGroup = (resource, part) => {
    blocks(resource.body, "security_rule").forEach((rule, i) => {
        const made = azureRule(resource, rule, `${resource.address}/security_rule/${str(get(rule, "name")) ?? i}`);
        if (made)
            part.firewallRules.push(made);
    });
};
const azureSecurityRule = (resource, part) => {
    const made = azureRule(resource, resource.body, resource.address);
    if (made)
        part.firewallRules.push(made);
};
const FIREWALL_EXTRACTORS = {
    aws_security_group: awsSecurityGroup,
    aws_security_group_rule: awsSecurityGroupRule,
    aws_vpc_security_group_ingress_rule: vpcRule("ingress"),
    aws_vpc_security_group_egress_rule: vpcRule("egress"),
    google_compute_firewall: googleFirewall,
    azurerm_network_security_group: azureSecurityGroup,
    azurerm_network_security_rule: azureSecurityRule,
};

;// CONCATENATED MODULE: ./src/readers/terraform/module.ts
// One Terraform module: the files of one folder read together. Variables take the value an auto-loaded
// `terraform.tfvars` / `*.auto.tfvars` file gives them, else their default; locals are evaluated on demand
// and once. Each resource of a type the reader knows is evaluated and handed to its extractor, which adds
// to the module's model part: firewall rules, workloads, Services.


/**
 * Expressions one module may evaluate: a few per node of a large configuration, so only `dynamic` blocks that
 * multiply a large content many times reach it (then what is left is unknown, and the module is incomplete).
 */
const MODULE_BUDGET = 2_000_000;
function completeModule(files, extractors) {
    const part = (0,model_part/* emptyPart */.b)();
    const budget = { left: MODULE_BUDGET };
    const scope = moduleScope(files, budget);
    const blocks = new Map();
    const byType = new Map();
    for (const file of files) {
        if (file.kind !== "config")
            continue;
        for (const block of file.body.blocks) {
            if (block.type !== "resource" || block.labels.length !== 2)
                continue;
            const [type, name] = block.labels;
            const address = `${type}.${name}`;
            if (blocks.has(address))
                continue;
            blocks.set(address, { type, name, file: file.path, block });
            const list = byType.get(type);
            if (list)
                list.push(address);
            else
                byType.set(type, [address]);
        }
    }
    const evaluated = new Map();
    /** Where the budget ran out: the resource being evaluated then. */
    let exhausted;
    const index = {
        resource(address) {
            const known = evaluated.get(address);
            if (known)
                return known;
            const found = blocks.get(address);
            if (!found)
                return undefined;
            const ctx = { module: scope, budget, file: found.file, depth: 0 };
            const resource = { type: found.type, name: found.name, address, file: found.file, pos: posOf(found.file, found.block), body: evaluateBody(found.block.body, found.block, ctx) };
            evaluated.set(address, resource);
            if (budget.left < 0)
                exhausted ??= resource.pos;
            return resource;
        },
        ofType(type) {
            return (byType.get(type) ?? []).flatMap((address) => index.resource(address) ?? []);
        },
    };
    for (const [type, addresses] of byType) {
        const extractor = extractors[type];
        if (!extractor)
            continue;
        for (const address of addresses) {
            if (budget.left < 0)
                break;
            const before = { rules: part.firewallRules.length, workloads: part.workloads.length };
            const resource = index.resource(address);
            extractor(resource, part, index);
            // What the extractor made counts too: a `dynamic` block's rules each carry the sources of a long list.
            for (const rule of part.firewallRules.slice(before.rules))
                budget.left -= 1 + rule.sources.length + rule.ports.length;
            for (const w of part.workloads.slice(before.workloads))
                budget.left -= 1 + w.env.length + w.argv.length + w.containerPorts.length;
            if (budget.left < 0)
                exhausted ??= resource.pos;
        }
    }
    const notices = [];
    if (budget.left < 0) {
        const at = exhausted ?? { file: files[0]?.path ?? "", line: 1 };
        notices.push({ file: at.file, line: at.line, kind: "skipped", incomplete: true, message: `its module expands to more than ${MODULE_BUDGET} expressions (dynamic blocks over large collections); this resource and the ones read after it were not read completely` });
    }
    return { part, notices };
}
/** Variables and locals of the module, each evaluated once, on first use. */
function moduleScope(files, budget) {
    const defaults = new Map();
    const set = new Map();
    const locals = new Map();
    // terraform.tfvars first, then *.auto.tfvars in name order: a later file wins, as Terraform loads them.
    const ordered = [...files].sort((a, b) => valuesRank(a.path) - valuesRank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of ordered) {
        if (file.kind === "values") {
            for (const attribute of file.body.attributes)
                set.set(attribute.name, { file: file.path, expr: attribute });
            continue;
        }
        for (const block of file.body.blocks) {
            if (block.type === "variable" && block.labels.length === 1) {
                const value = block.body.attributes.find((a) => a.name === "default");
                if (value && !defaults.has(block.labels[0]))
                    defaults.set(block.labels[0], { file: file.path, expr: value });
            }
            else if (block.type === "locals") {
                for (const attribute of block.body.attributes)
                    if (!locals.has(attribute.name))
                        locals.set(attribute.name, { file: file.path, expr: attribute });
            }
        }
    }
    const variables = new Map();
    const localValues = new Map();
    const computing = new Set();
    // Defaults and .tfvars values are constants: they name no variable or local.
    const constants = { variable: () => undefined, local: () => undefined };
    const scope = {
        variable(name) {
            if (variables.has(name))
                return variables.get(name);
            const given = set.get(name);
            const fallback = defaults.get(name);
            const source = given ?? fallback;
            const value = source && evaluate(source.expr.value, { module: constants, budget, file: source.file, depth: 0 });
            const how = given ? `set in ${given.file} line ${given.expr.line}` : fallback ? `its default in ${fallback.file} line ${fallback.expr.line}` : "";
            const result = value && value.kind !== "null" ? { ...value, via: { pos: value.pos, text: how } } : undefined;
            variables.set(name, result);
            return result;
        },
        local(name, _at, depth) {
            if (localValues.has(name))
                return localValues.get(name);
            const source = locals.get(name);
            if (!source || computing.has(name))
                return undefined;
            computing.add(name);
            const value = evaluate(source.expr.value, { module: scope, budget, file: source.file, depth });
            computing.delete(name);
            const result = { ...value, via: { pos: value.pos, text: `${source.file} line ${source.expr.line}` } };
            localValues.set(name, result);
            return result;
        },
    };
    return scope;
}
function valuesRank(path) {
    return /(^|\/)terraform\.tfvars(\.json)?$/i.test(path) ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/readers/terraform/index.ts
// The Terraform reader: `.tf` and `.tf.json` files, and the `.tfvars` files Terraform loads by itself
// (`terraform.tfvars`, `*.auto.tfvars`, and their JSON forms). Each file is parsed on its own (syntax errors are
// notices with their line); what it means is completed with the other files of its folder, one module, in
// the model stage: variables, locals and resources that name each other live in different files.








const EXTRACTORS = { ...FIREWALL_EXTRACTORS };
// HCL comments, each written as a `#` comment for the suppression marker: `// x` and `/* x */` read as `# x`.
const comments = {
    where: "in a Terraform file a comment starts with #, // or /* outside a string",
    comments: (text) => parseHcl(text).comments.map((c) => {
        const first = c.text.split("\n", 1)[0];
        return { line: c.line, text: first.startsWith("//") ? `#${first.slice(2)}` : first.startsWith("/*") ? `#${first.slice(2).replace(/\*\/$/, "")}` : first };
    }),
};
function read(file) {
    const json = /\.json$/i.test(file.path);
    const kind = /\.tfvars(\.json)?$/i.test(file.path) ? "values" : "config";
    const notices = [];
    let body;
    if (json) {
        const parsed = (0,yaml/* parseYaml */.hN)(file.text);
        notices.push(...(0,readers_notices/* syntaxErrorNotice */.o)(file.path, parsed.errors, "JSON: "));
        notices.push(...parsed.limits.map((limit) => ({ file: file.path, kind: "skipped", message: limit.message, line: limit.line, incomplete: true })));
        body = parsed.errors.length ? { attributes: [], blocks: [] } : jsonBody(parsed.documents[0]?.root, kind);
    }
    else {
        const parsed = parseHcl(file.text);
        notices.push(...(0,readers_notices/* syntaxErrorNotice */.o)(file.path, parsed.errors, "HCL: "));
        // Valid syntax nested past the parser's limit: the block was not read although it may deploy.
        notices.push(...parsed.limits.slice(0, 1).map((limit) => ({ file: file.path, kind: "skipped", message: `${limit.message}; this block was not read`, line: limit.line, incomplete: true })));
        body = parsed.body;
    }
    const part = (0,model_part/* emptyPart */.b)();
    const data = { path: file.path, kind, body };
    part.scoped = { scope: `terraform:${external_node_path_.posix.dirname(file.path)}`, file: file.path, data, complete: (all) => completeModule(all, EXTRACTORS) };
    return { part, notices };
}


/***/ })

};
