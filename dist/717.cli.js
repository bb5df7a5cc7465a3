export const id = 717;
export const ids = [717];
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

/***/ 9717:
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
// EXTERNAL MODULE: ./src/catalog/network.ts
var network = __webpack_require__(1545);
;// CONCATENATED MODULE: ./src/readers/terraform/values.ts
/** Names that start a reference to something other than a resource of the module. */
const NOT_RESOURCES = new Set(["var", "local", "data", "module", "path", "terraform", "self", "each", "count"]);
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
                return { kind: "string", value: v, pos, ...(expr.bodyLine !== undefined && { bodyLine: expr.bodyLine }) };
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
    else if (typeof expr.steps[0] === "string" && !NOT_RESOURCES.has(expr.root) && ctx.depth < MAX_REFERENCE_DEPTH) {
        // Another resource's configuration: what it was given is what it has (`kubernetes_deployment.x.metadata[0].labels`);
        // what the provider computes (`.id`, `.arn`) is not there and stays unknown, with the reference kept.
        const body = ctx.module.resource?.(`${expr.root}.${expr.steps[0]}`);
        if (!body)
            return unknown(pos, written);
        // `x[0]` / `x["key"]` of a resource with `count` / `for_each`: every instance has the same configuration.
        const instanced = body.entries.has("count") || body.entries.has("for_each");
        rest = expr.steps.slice(instanced ? 2 : 1);
        value = { ...body, via: { pos, text: written } };
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
        case "yamlencode":
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
/** A YAML or JSON document read from a string of the configuration (a heredoc's JSON), its lines counted from `firstLine`. */
function fromYaml(node, file, firstLine) {
    const pos = { file, line: node.line + firstLine - 1, column: node.column, endLine: node.endLine + firstLine - 1 };
    switch (node.kind) {
        case "scalar": {
            const v = node.value;
            if (typeof v === "string")
                return { kind: "string", value: v, pos };
            if (typeof v === "number")
                return { kind: "number", value: v, pos };
            if (typeof v === "boolean")
                return { kind: "bool", value: v, pos };
            return { kind: "null", pos };
        }
        case "seq":
            return { kind: "list", items: node.items.slice(0, MAX_LIST_ITEMS).map((i) => fromYaml(i, file, firstLine)), pos };
        case "map":
            return { kind: "map", entries: new Map([...node.entries].map(([k, e]) => [k, fromYaml(e.value, file, firstLine)])), pos };
    }
}

;// CONCATENATED MODULE: ./src/readers/terraform/firewall.ts
// Firewall rules of the three large clouds, as the model's FirewallRule: AWS security groups (inline rules,
// `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule` / `_egress_rule`), Google Cloud
// `google_compute_firewall`, Azure network security groups (inline `security_rule`) and
// `azurerm_network_security_rule`. Only what the configuration states: an unknown source or port is left out.



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
    const group = resource.type === "aws_security_group" || resource.type === "aws_default_security_group" ? resource.address : addressOf(get(resource.body, "security_group_id"), "aws_security_group");
    return {
        ...(group && { group }),
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
    aws_default_security_group: awsSecurityGroup,
    aws_security_group_rule: awsSecurityGroupRule,
    aws_vpc_security_group_ingress_rule: vpcRule("ingress"),
    aws_vpc_security_group_egress_rule: vpcRule("egress"),
    google_compute_firewall: googleFirewall,
    azurerm_network_security_group: azureSecurityGroup,
    azurerm_network_security_rule: azureSecurityRule,
};
const WORLD = new Set(network/* WORLD_SOURCES */.y.map((s) => s.value));
/**
 * The resource of one of `types` a value names: `aws_security_group.web` of `aws_security_group.web.id` (a computed
 * attribute, unknown) or of `google_cloud_run_v2_service.x.name` (resolved to what the resource was given).
 */
function addressOf(value, ...types) {
    const ref = value?.kind === "unknown" ? value.ref : value?.via?.text;
    for (const type of types) {
        if (!ref?.startsWith(`${type}.`))
            continue;
        const name = ref.slice(type.length + 1).split(/[.[ ]/, 1)[0];
        if (name)
            return `${type}.${name}`;
    }
    return undefined;
}
/** Port ranges kept per group: a hostile group of thousands of rules is read once, and only this much of it is used. */
const MAX_OPEN_RANGES = 256;
const caches = new WeakMap();
/**
 * What the AWS security groups named by reference open to everyone, each with its own inline rules and the
 * standalone rules attached to it; read once per group and module.
 */
function worldOpenPorts(module, groups) {
    let cache = caches.get(module);
    if (!cache) {
        // Standalone rules by the group they attach to, found in one pass.
        const attached = new Map();
        for (const type of ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule"]) {
            for (const rule of module.ofType(type)) {
                const target = addressOf(get(rule.body, "security_group_id"), "aws_security_group");
                if (!target)
                    continue;
                const list = attached.get(target);
                if (!list)
                    attached.set(target, [rule]);
                else if (list.length < MAX_OPEN_RANGES)
                    list.push(rule);
            }
        }
        cache = { groups: new Map(), attached };
        caches.set(module, cache);
    }
    const out = [];
    for (const address of new Set(groups.flatMap((g) => addressOf(g, "aws_security_group") ?? []))) {
        if (!cache.groups.has(address))
            cache.groups.set(address, openGroup(module, address, cache.attached.get(address) ?? []));
        const open = cache.groups.get(address);
        if (open)
            out.push(open);
    }
    return out;
}
function openGroup(module, address, attached) {
    const scratch = (0,model_part/* emptyPart */.b)();
    const group = module.resource(address);
    if (group)
        awsSecurityGroup(group, scratch, module, []);
    for (const rule of attached)
        FIREWALL_EXTRACTORS[rule.type](rule, scratch, module, []);
    const ranges = [];
    let source;
    for (const rule of scratch.firewallRules) {
        const world = rule.sources.find((s) => WORLD.has(s.value.toLowerCase()));
        if (rule.direction !== "ingress" || rule.action !== "allow" || (rule.protocol !== "tcp" && rule.protocol !== "all") || !world)
            continue;
        source ??= world;
        for (const range of rule.ports)
            if (ranges.length < MAX_OPEN_RANGES && !ranges.some((r) => r.from === range.from && r.to === range.to))
                ranges.push(range);
    }
    return source && { group: address, ranges, source };
}

// EXTERNAL MODULE: ./src/model/image.ts
var model_image = __webpack_require__(1444);
// EXTERNAL MODULE: ./src/model/linked-exposures.ts
var linked_exposures = __webpack_require__(3351);
;// CONCATENATED MODULE: ./src/readers/terraform/containers.ts
// Containers that cloud services run from a Terraform definition: ECS task definitions, Cloud Run services and
// Azure container groups. Each container is a workload (image, command, environment, ports, privileges), so
// the image, component and hardening rules apply; it is reachable from the network only where the
// configuration shows how: an ECS service with a public IP behind a security group open to everyone, or behind
// an internet-facing load balancer; a Cloud Run service that `allUsers` may invoke; a container group with a
// public IP address.





function platform(noun, fix) {
    // Like compose: an unset user is the image's choice, not a setting the platform expects to be written.
    return { noun, definesImage: false, hardeningSettings: false, deploysAsWritten: true, fix };
}
const ECS = platform("container", {
    nonRoot: 'Set "user" to a non-zero uid ("1000:1000") in the container definition.',
    secret: 'Move it into "secrets" with a valueFrom in AWS Secrets Manager or SSM Parameter Store; rotate the value.',
    noPrivilegeEscalation: 'Leave "privileged" unset and add no Linux capabilities in linuxParameters.',
});
const CLOUD_RUN = platform("container", {
    nonRoot: "Build the image with a non-root USER.",
    secret: "Move it into Secret Manager and reference it with env { value_source { secret_key_ref { … } } }; rotate the value.",
    noPrivilegeEscalation: "Build the image with a non-root USER.",
});
const ACI = platform("container", {
    nonRoot: "Build the image with a non-root USER.",
    secret: "Move it into secure_environment_variables fed from Key Vault (not written in the file); rotate the value.",
    noPrivilegeEscalation: "Build the image with a non-root USER.",
});
/** Cloud Run sends requests to port 8080 unless the container says otherwise: https://cloud.google.com/run/docs/container-contract#port */
const CLOUD_RUN_DEFAULT_PORT = 8080;
function containers_located(values) {
    return values.flatMap((v) => (str(v) === undefined ? [] : [{ value: str(v), pos: at(v) }]));
}
function unknownPart(value) {
    if (!value || value.kind === "null")
        return undefined;
    if (value.kind === "unknown" || value.kind === "map")
        return value;
    if (value.kind === "list")
        return items(value).find((v) => str(v) === undefined);
    return undefined;
}
function containers_describe(value) {
    return value.kind === "unknown" && value.ref ? value.ref : value.via ? value.via.text : "an expression";
}
function workload(resource, list, name, unitName, platformOf, container) {
    return {
        id: `${resource.address}/${list}/${name}`,
        kind: "cloud-container",
        platform: platformOf,
        name: `${unitName}/${name}`,
        unit: { id: resource.address, name: unitName },
        file: container.pos.file,
        pos: container.pos,
        argv: [],
        env: [],
        containerPorts: [],
        exposures: [],
        volumes: [],
        security: { capAdd: [], capDrop: [], unconfined: [] },
        labels: {},
        buildSteps: [],
    };
}
function withImage(w, value, part) {
    const image = str(value);
    if (!value || image === undefined) {
        w.partial = true;
        return;
    }
    w.image = (0,model_image/* parseImageRef */.Q)(image, at(value));
    part.components.push({ type: "image", name: image, version: w.image.tag, image: w.image, workloadId: w.id, pos: at(value) });
}
function literalEnv(name, value) {
    const text = str(value);
    if (text === undefined)
        return { name, value: `\${${containers_describe(value)}}`, source: "variable", pos: at(value) };
    const fromDefault = value.via?.text.startsWith("var.") && value.via.text.includes("its default");
    return { name, value: text, source: fromDefault ? "variable-default" : "literal", pos: at(value) };
}
function argvOf(w, ...values) {
    for (const value of values) {
        w.argv.push(...containers_located(items(value).filter((v) => v.kind !== "null")));
        const unknown = unknownPart(value);
        if (unknown && !w.argvFromOutside)
            w.argvFromOutside = { path: `the arguments from ${containers_describe(unknown)}`, pos: at(unknown) };
    }
}
// ECS.
/** `container_definitions`: `jsonencode([...])`, or JSON text in a heredoc or a string. */
function containerDefinitions(value, file) {
    if (!value)
        return [];
    if (value.kind === "list")
        return items(value).flatMap((c) => (c.kind === "map" ? [c] : []));
    if (value.kind !== "string")
        return [];
    const parsed = (0,yaml/* parseYaml */.hN)(value.value);
    const root = parsed.errors.length === 0 ? parsed.documents[0]?.root : undefined;
    if (!root)
        return [];
    // Lines of the JSON stand where the heredoc's text does; a quoted string is one line.
    const converted = fromYaml(root, value.via?.pos.file ?? value.pos.file ?? file, value.bodyLine ?? value.pos.line);
    const anchored = value.via ? { ...converted, via: value.via } : converted;
    return items(anchored).flatMap((c) => (c.kind === "map" ? [c] : []));
}
const ecsTaskDefinition = (resource, part) => {
    const body = resource.body;
    const family = str(get(body, "family")) ?? resource.name;
    const hostVolumes = new Map();
    for (const volume of blocks(body, "volume")) {
        const name = str(get(volume, "name"));
        const hostPath = str(get(volume, "host_path"));
        if (name && hostPath)
            hostVolumes.set(name, { path: hostPath, pos: volume.pos });
    }
    const mode = (key) => {
        const value = get(body, key);
        return str(value) === "host" && value ? { value: true, pos: at(value) } : undefined;
    };
    for (const c of containerDefinitions(get(body, "container_definitions"), resource.file)) {
        const name = str(get(c, "name")) ?? "(unnamed)";
        const w = workload(resource, "containers", name, `task definition ${family}`, ECS, c);
        withImage(w, get(c, "image"), part);
        argvOf(w, get(c, "entryPoint"), get(c, "command"));
        if (get(c, "entryPoint"))
            w.entrypointCount = items(get(c, "entryPoint")).length;
        for (const e of items(get(c, "environment"))) {
            const envName = str(get(e, "name"));
            const value = get(e, "value");
            if (envName && value)
                w.env.push(literalEnv(envName, value));
        }
        for (const e of items(get(c, "secrets"))) {
            const envName = str(get(e, "name"));
            if (envName)
                w.env.push({ name: envName, source: "reference", origin: "secret", pos: e.pos });
        }
        const envFiles = items(get(c, "environmentFiles"))[0];
        if (envFiles)
            w.envFromOutside = { path: `environmentFiles ${str(get(envFiles, "value")) ?? ""}`.trim(), pos: at(envFiles) };
        for (const p of items(get(c, "portMappings"))) {
            const portValue = get(p, "containerPort");
            const port = num(portValue);
            if (portValue && port !== undefined)
                w.containerPorts.push({ value: port, pos: at(portValue) });
        }
        const privileged = get(c, "privileged");
        if (privileged && bool(privileged) !== undefined)
            w.security.privileged = { value: bool(privileged), pos: at(privileged) };
        const user = get(c, "user");
        if (user && str(user) !== undefined)
            w.security.user = { value: str(user).split(":")[0], pos: at(user) };
        const caps = get(get(c, "linuxParameters"), "capabilities");
        w.security.capAdd = containers_located(items(get(caps, "add")));
        w.security.capDrop = containers_located(items(get(caps, "drop"))).map((l) => l.value);
        w.security.hostNetwork = mode("network_mode");
        w.security.hostPid = mode("pid_mode");
        w.security.hostIpc = mode("ipc_mode");
        w.volumes = items(get(c, "mountPoints")).flatMap((m) => {
            const volume = hostVolumes.get(str(get(m, "sourceVolume")) ?? "");
            if (!volume)
                return [];
            return [{ kind: "host-path", source: volume.path, target: str(get(m, "containerPath")), readOnly: bool(get(m, "readOnly")) === true, pos: volume.pos }];
        });
        part.workloads.push(w);
    }
};
const ECS_FIX = {
    publicIp: "Set assign_public_ip = false (run the tasks in private subnets) and reach the service through an authenticating load balancer; restrict the security group to your own network.",
    loadBalancer: "Make the load balancer internal (internal = true), or authenticate on its listener (an authenticate-oidc or authenticate-cognito action before forward) or in front of the service; restrict the load balancer's security group.",
};
/** The serving workloads of each unit (a task definition, a service), indexed once per linker. */
function byUnit(part) {
    const index = new Map();
    for (const w of part.workloads) {
        if (w.initOnly)
            continue;
        const list = index.get(w.unit.id);
        if (list)
            list.push(w);
        else
            index.set(w.unit.id, [w]);
    }
    return (unit) => index.get(unit) ?? [];
}
const routeCache = new WeakMap();
/**
 * The load balancers whose listeners (or listener rules) forward to each target group, with whether they
 * authenticate first; found in one pass over the listeners of the module.
 */
function routesTo(module, targetGroup) {
    let byGroup = routeCache.get(module);
    if (!byGroup) {
        byGroup = new Map();
        routeCache.set(module, byGroup);
        for (const type of ["aws_lb_listener", "aws_alb_listener", "aws_lb_listener_rule", "aws_alb_listener_rule"]) {
            for (const listener of module.ofType(type)) {
                const actions = [...blocks(listener.body, "default_action"), ...blocks(listener.body, "action")];
                const authenticated = actions.some((a) => /^authenticate-(oidc|cognito)$/.test(str(get(a, "type")) ?? ""));
                const groups = new Set(actions.flatMap((a) => [get(a, "target_group_arn"), ...blocks(first(a, "forward"), "target_group").map((t) => get(t, "arn"))].flatMap((v) => addressOf(v, "aws_lb_target_group", "aws_alb_target_group") ?? [])));
                if (groups.size === 0)
                    continue;
                const balancer = loadBalancerOf(module, listener);
                if (!balancer)
                    continue;
                for (const group of groups) {
                    const routes = byGroup.get(group) ?? [];
                    const known = routes.find((r) => r.balancer === balancer);
                    if (known)
                        known.authenticated &&= authenticated;
                    else
                        routes.push({ balancer, listener, authenticated });
                    byGroup.set(group, routes);
                }
            }
        }
    }
    return byGroup.get(targetGroup) ?? [];
}
function first(value, key) {
    return blocks(value, key)[0];
}
/** The load balancer a listener (or a listener rule, through its listener) belongs to. */
function loadBalancerOf(module, listener) {
    const direct = get(listener.body, "load_balancer_arn");
    const viaListener = get(listener.body, "listener_arn");
    const parentAddress = addressOf(viaListener, "aws_lb_listener", "aws_alb_listener");
    // A rule's listener is a listener, never another rule: one step, no loop.
    if (parentAddress && !listener.type.endsWith("_rule"))
        return undefined;
    if (parentAddress) {
        const parent = module.resource(parentAddress);
        return parent && !parent.type.endsWith("_rule") ? loadBalancerOf(module, parent) : undefined;
    }
    return module.resource(addressOf(direct, "aws_lb", "aws_alb") ?? "");
}
const ecsServices = (part, module) => {
    const services = module.ofType("aws_ecs_service");
    if (services.length === 0)
        return;
    const unitWorkloads = byUnit(part);
    for (const service of services) {
        const taskRef = get(service.body, "task_definition");
        const task = addressOf(taskRef, "aws_ecs_task_definition");
        if (!task)
            continue;
        const containers = unitWorkloads(task);
        if (containers.length === 0)
            continue;
        const network = first(service.body, "network_configuration");
        const publicIp = get(network, "assign_public_ip");
        if (network && publicIp && bool(publicIp) === true) {
            for (const open of worldOpenPorts(module, items(get(network, "security_groups")))) {
                for (const w of containers) {
                    const every = open.ranges.some((r) => r.from <= 1 && r.to >= 65535);
                    const ports = w.containerPorts.map((p) => p.value).filter((p) => open.ranges.some((r) => r.from <= p && p <= r.to));
                    if (!every && ports.length === 0)
                        continue;
                    const description = `a public IP (${service.address}: assign_public_ip = true) with security group ${open.group} open to ${open.source.value}`;
                    (0,linked_exposures/* addLinkedExposure */.Aj)(w, exposure("published-port", "network", every ? [] : ports, description, at(publicIp), ECS_FIX.publicIp));
                }
            }
        }
        for (const lb of blocks(service.body, "load_balancer")) {
            const group = get(lb, "target_group_arn");
            const targetGroup = addressOf(group, "aws_lb_target_group", "aws_alb_target_group");
            const containerName = str(get(lb, "container_name"));
            const portValue = get(lb, "container_port");
            const port = num(portValue);
            if (!targetGroup || port === undefined || !portValue)
                continue;
            for (const { balancer, listener, authenticated } of routesTo(module, targetGroup)) {
                // `internal` defaults to false: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#internal
                const internal = bool(get(balancer.body, "internal")) === true;
                const reach = internal ? "private" : "network";
                const description = `${internal ? "internal" : "internet-facing"} load balancer ${balancer.address} (listener ${listener.address}, target group ${targetGroup})${authenticated ? " behind an authenticate action" : ""}`;
                for (const w of containers.filter((c) => !containerName || c.name.endsWith(`/${containerName}`))) {
                    (0,linked_exposures/* addLinkedExposure */.Aj)(w, { ...exposure("load-balancer", reach, [port], description, at(portValue), ECS_FIX.loadBalancer), authenticatedProxy: authenticated });
                }
            }
        }
    }
};
function exposure(via, reach, containerPorts, description, pos, fix) {
    return { via, reach, containerPorts, description, authenticatedProxy: false, fix, pos };
}
// Cloud Run.
const CLOUD_RUN_FIX = "Remove allUsers from the run.invoker role (callers then need an identity token), or put Identity-Aware Proxy or another authenticating proxy in front; set ingress to INGRESS_TRAFFIC_INTERNAL_ONLY if only your network calls it.";
const cloudRunService = (resource, part) => {
    const v2 = resource.type === "google_cloud_run_v2_service";
    const template = first(resource.body, "template");
    const containers = v2 ? blocks(template, "containers") : blocks(first(template, "spec"), "containers");
    const service = str(get(resource.body, "name")) ?? resource.name;
    containers.forEach((c, i) => {
        const w = workload(resource, "containers", str(get(c, "name")) ?? (containers.length === 1 ? service : String(i)), `Cloud Run service ${service}`, CLOUD_RUN, c);
        withImage(w, get(c, "image"), part);
        argvOf(w, get(c, "command"), get(c, "args"));
        if (get(c, "command"))
            w.entrypointCount = items(get(c, "command")).length;
        for (const e of blocks(c, "env")) {
            const name = str(get(e, "name"));
            if (!name)
                continue;
            const value = get(e, "value");
            if (first(e, "value_source") || first(e, "value_from"))
                w.env.push({ name, source: "reference", origin: "secret", pos: e.pos });
            else if (value)
                w.env.push(literalEnv(name, value));
        }
        for (const p of blocks(c, "ports")) {
            const portValue = get(p, "container_port");
            const port = num(portValue);
            if (portValue && port !== undefined)
                w.containerPorts.push({ value: port, pos: at(portValue) });
        }
        const limits = get(first(c, "resources"), "limits");
        w.gpu = limits?.kind === "map" && limits.entries.has("nvidia.com/gpu");
        part.workloads.push(w);
    });
};
/** `allUsers` (anyone, no identity) may invoke a Cloud Run service: an IAM member or binding, or IAM switched off. */
const cloudRunPublic = (part, module) => {
    const grants = [];
    for (const type of ["google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding", "google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding"]) {
        for (const grant of module.ofType(type)) {
            if (str(get(grant.body, "role")) !== "roles/run.invoker")
                continue;
            const members = [get(grant.body, "member"), ...items(get(grant.body, "members"))].filter((m) => m !== undefined);
            const everyone = members.find((m) => str(m) === "allUsers");
            const name = get(grant.body, "name") ?? get(grant.body, "service");
            const service = addressOf(name, "google_cloud_run_v2_service", "google_cloud_run_service");
            if (everyone && service)
                grants.push({ service, pos: at(everyone), what: `${grant.address} grants roles/run.invoker to allUsers` });
        }
    }
    for (const resource of [...module.ofType("google_cloud_run_v2_service"), ...module.ofType("google_cloud_run_service")]) {
        const disabled = get(resource.body, "invoker_iam_disabled");
        if (disabled && bool(disabled) === true)
            grants.push({ service: resource.address, pos: at(disabled), what: "invoker_iam_disabled = true (no IAM check)" });
    }
    const unitWorkloads = byUnit(part);
    for (const grant of grants) {
        const service = module.resource(grant.service);
        if (!service)
            continue;
        // Network ingress defaults to all traffic: https://cloud.google.com/run/docs/securing/ingress
        const ingress = str(get(service.body, "ingress")) ?? str(get(get(first(service.body, "metadata"), "annotations"), "run.googleapis.com/ingress")) ?? "INGRESS_TRAFFIC_ALL";
        const reach = /^(INGRESS_TRAFFIC_ALL|all)$/i.test(ingress) ? "network" : "private";
        for (const w of unitWorkloads(grant.service)) {
            const ports = w.containerPorts.length ? [w.containerPorts[0].value] : [CLOUD_RUN_DEFAULT_PORT];
            (0,linked_exposures/* addLinkedExposure */.Aj)(w, exposure("ingress", reach, ports, `Cloud Run service ${service.address}: ${grant.what}`, grant.pos, CLOUD_RUN_FIX));
        }
    }
};
// Azure Container Instances.
const ACI_FIX = 'Set ip_address_type = "Private" with subnet_ids and reach it through an authenticating gateway, or put an authenticating proxy container in front and publish only its port.';
const containerGroup = (resource, part) => {
    const body = resource.body;
    const group = str(get(body, "name")) ?? resource.name;
    const ipType = get(body, "ip_address_type");
    const exposedPorts = blocks(body, "exposed_port").flatMap((p) => num(get(p, "port")) ?? []);
    for (const c of blocks(body, "container")) {
        const w = workload(resource, "containers", str(get(c, "name")) ?? "(unnamed)", `container group ${group}`, ACI, c);
        withImage(w, get(c, "image"), part);
        argvOf(w, get(c, "commands"));
        for (const key of ["environment_variables", "secure_environment_variables"]) {
            const vars = get(c, key);
            if (vars?.kind === "map")
                for (const [name, value] of vars.entries)
                    w.env.push(literalEnv(name, { ...value, via: value.via ?? vars.via }));
            else if (vars && vars.kind !== "null" && !w.envFromOutside)
                w.envFromOutside = { path: `${key} from ${containers_describe(vars)}`, pos: at(vars) };
        }
        for (const p of blocks(c, "ports")) {
            const portValue = get(p, "port");
            const port = num(portValue);
            if (portValue && port !== undefined && (str(get(p, "protocol")) ?? "TCP").toUpperCase() === "TCP")
                w.containerPorts.push({ value: port, pos: at(portValue) });
        }
        w.gpu = first(c, "gpu") !== undefined;
        // Only an explicit public address counts: the provider's default is not relied on.
        if (ipType && str(ipType)?.toLowerCase() === "public") {
            const ports = w.containerPorts.map((p) => p.value).filter((p) => exposedPorts.length === 0 || exposedPorts.includes(p));
            if (ports.length)
                w.exposures.push(exposure("published-port", "network", ports, `the public IP address of container group ${group} (ip_address_type = "Public")`, at(ipType), ACI_FIX));
        }
        part.workloads.push(w);
    }
};
const CONTAINER_EXTRACTORS = {
    aws_ecs_task_definition: ecsTaskDefinition,
    google_cloud_run_v2_service: cloudRunService,
    google_cloud_run_service: cloudRunService,
    azurerm_container_group: containerGroup,
};
const CONTAINER_LINKERS = [ecsServices, cloudRunPublic];

;// CONCATENATED MODULE: ./src/readers/terraform/helm-release.ts


/** Values read from one release: enough for any chart's settings, never a hostile document's millions. */
const MAX_VALUES = 1024;
const MAX_DEPTH = 16;
function flatten(value, prefix, out, depth) {
    if (Object.keys(out).length >= MAX_VALUES || depth > MAX_DEPTH)
        return;
    if (value.kind === "map") {
        for (const [key, child] of value.entries)
            flatten({ ...child, via: child.via ?? value.via }, prefix ? `${prefix}.${key}` : key, out, depth + 1);
        return;
    }
    if (value.kind === "list") {
        items(value).forEach((child, i) => flatten(child, `${prefix}[${i}]`, out, depth + 1));
        return;
    }
    const text = str(value);
    if (text !== undefined && prefix)
        out[prefix] = { value: text, pos: at(value) };
}
const helmRelease = (resource, part, _module, notices) => {
    const body = resource.body;
    const chart = str(get(body, "chart"));
    if (chart === undefined)
        return;
    const values = {};
    let valuesFromOutside;
    for (const doc of items(get(body, "values"))) {
        if (doc.kind === "map")
            flatten(doc, "", values, 0);
        else if (doc.kind === "string") {
            const parsed = (0,yaml/* parseYaml */.hN)(doc.value);
            const root = parsed.errors.length === 0 ? parsed.documents[0]?.root : undefined;
            if (root)
                flatten({ ...fromYaml(root, doc.pos.file, doc.bodyLine ?? doc.pos.line), via: doc.via }, "", values, 0);
        }
        else
            valuesFromOutside ??= doc.kind === "unknown" && doc.ref ? doc.ref : (doc.via?.text ?? "an expression");
    }
    for (const key of ["set", "set_sensitive", "set_string"]) {
        for (const entry of blocks(body, key)) {
            const name = str(get(entry, "name"));
            const value = get(entry, "value");
            // `set` names escape a dot inside a key with a backslash (`podAnnotations.prometheus\.io/scrape`); the path here does not.
            if (name && value && str(value) !== undefined)
                values[name.replace(/\\\./g, ".")] = { value: str(value), pos: at(value) };
        }
    }
    const release = {
        id: resource.address,
        name: str(get(body, "name")) ?? resource.name,
        namespace: str(get(body, "namespace")) ?? "default",
        chart,
        repository: str(get(body, "repository")),
        version: str(get(body, "version")),
        values,
        valuesFromOutside,
        pos: resource.pos,
    };
    part.helmReleases.push(release);
    for (const [key, setting] of Object.entries(values)) {
        if (!/(^|\.)service\.type$/.test(key) || !/^(LoadBalancer|NodePort)$/.test(setting.value))
            continue;
        notices.push({
            file: setting.pos.file,
            line: setting.pos.line,
            kind: "warning",
            message: `${resource.address} installs chart ${chart}${release.version ? ` ${release.version}` : ""} with ${key} = ${setting.value}: charts installed from Terraform are not rendered, so what this publishes was not checked`,
        });
    }
};
const HELM_EXTRACTORS = { helm_release: helmRelease };

// EXTERNAL MODULE: ./src/catalog/addresses.ts
var addresses = __webpack_require__(2395);
// EXTERNAL MODULE: ./src/catalog/load-balancers.ts
var load_balancers = __webpack_require__(5201);
// EXTERNAL MODULE: ./src/catalog/proxies.ts
var proxies = __webpack_require__(7687);
;// CONCATENATED MODULE: ./src/readers/terraform/k8s-provider.ts
// Kubernetes objects declared with Terraform's Kubernetes provider (`kubernetes_deployment`, `_v1`, pods,
// stateful sets, daemon sets, jobs, Services, Ingresses): the same Workload, ServiceDecl and RouteDecl shapes
// the Kubernetes reader makes of a manifest, with the HCL positions, so that every exposure, authentication and
// hardening rule reads them alike. The provider writes the manifest's fields in snake case and every nested
// object as a block: `spec { template { spec { container { security_context { … } } } } }`.
// https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1





const K8S_PLATFORM = {
    noun: "container",
    definesImage: false,
    hardeningSettings: true,
    deploysAsWritten: true,
    fix: {
        nonRoot: "Set security_context { run_as_non_root = true, run_as_user = <non-zero uid> } on the container.",
        secret: "Move it into a kubernetes_secret and reference it with env { value_from { secret_key_ref { … } } }; rotate the value.",
        noPrivilegeEscalation: "Set security_context { allow_privilege_escalation = false } on the container.",
    },
};
const k8s_provider_FIX = {
    node: "Remove host_network / host_port and reach it through a kubernetes_service of type ClusterIP.",
    service: 'Use type = "ClusterIP" and reach it through an authenticated ingress or kubectl port-forward; at least restrict load_balancer_source_ranges.',
    route: "Require authentication in front of the ingress (oauth2-proxy through the nginx.ingress.kubernetes.io/auth-url annotation, or the controller's auth) or remove the rule.",
};
/** Where each kind keeps its pod template's spec: `spec { template { spec { … } } }`. */
const POD_PATHS = {
    kubernetes_pod: { kind: "Pod", path: [] },
    kubernetes_pod_v1: { kind: "Pod", path: [] },
    kubernetes_deployment: { kind: "Deployment", path: ["template"] },
    kubernetes_deployment_v1: { kind: "Deployment", path: ["template"] },
    kubernetes_stateful_set: { kind: "StatefulSet", path: ["template"] },
    kubernetes_stateful_set_v1: { kind: "StatefulSet", path: ["template"] },
    kubernetes_daemonset: { kind: "DaemonSet", path: ["template"] },
    kubernetes_daemon_set_v1: { kind: "DaemonSet", path: ["template"] },
    kubernetes_replication_controller: { kind: "ReplicationController", path: ["template"] },
    kubernetes_replication_controller_v1: { kind: "ReplicationController", path: ["template"] },
    kubernetes_job: { kind: "Job", path: ["template"] },
    kubernetes_job_v1: { kind: "Job", path: ["template"] },
    kubernetes_cron_job: { kind: "CronJob", path: ["job_template", "spec", "template"] },
    kubernetes_cron_job_v1: { kind: "CronJob", path: ["job_template", "spec", "template"] },
};
/** The first block (or object) of a type: Terraform's `spec[0]`. */
function k8s_provider_first(map, key) {
    return blocks(map, key)[0];
}
function path(map, keys) {
    return keys.reduce((m, k) => k8s_provider_first(m, k), map);
}
function locatedBool(value) {
    const b = bool(value);
    return value && b !== undefined ? { value: b, pos: at(value) } : undefined;
}
function stringMap(value) {
    if (value?.kind !== "map")
        return {};
    return Object.fromEntries([...value.entries].flatMap(([k, v]) => (str(v) === undefined ? [] : [[k, str(v)]])));
}
/** The strings of a list; `unknown`: some item (or the list itself) is set by whoever deploys. */
function stringList(value) {
    if (!value || value.kind === "null")
        return { values: [] };
    if (value.kind !== "list")
        return { values: [], unknown: value };
    const values = [];
    let unknown;
    for (const v of items(value)) {
        const text = str(v);
        if (text === undefined)
            unknown ??= v;
        else
            values.push({ value: text, pos: at(v) });
    }
    return { values, unknown };
}
function describeUnknown(value) {
    return value.kind === "unknown" && value.ref ? value.ref : value.via ? value.via.text : "an expression";
}
function podName(resource) {
    const metadata = k8s_provider_first(resource.body, "metadata");
    return { name: str(get(metadata, "name")) ?? str(get(metadata, "generate_name")) ?? resource.name, namespace: str(get(metadata, "namespace")) ?? "default" };
}
const podExtractor = (resource, part) => {
    const where = POD_PATHS[resource.type];
    const { name, namespace } = podName(resource);
    const spec = k8s_provider_first(resource.body, "spec");
    const template = where.path.length ? path(spec, where.path) : undefined;
    const podSpec = where.path.length ? k8s_provider_first(template, "spec") : spec;
    if (!podSpec)
        return;
    const labels = stringMap(get(k8s_provider_first(where.path.length ? template : resource.body, "metadata"), "labels"));
    readPod(resource, podSpec, labels, where.kind, name, namespace, part);
};
function readEnv(container) {
    const env = [];
    for (const e of blocks(container, "env")) {
        const name = str(get(e, "name"));
        if (!name)
            continue;
        const from = k8s_provider_first(e, "value_from");
        if (from) {
            env.push({ name, source: "reference", origin: k8s_provider_first(from, "secret_key_ref") ? "secret" : k8s_provider_first(from, "config_map_key_ref") ? "config-map" : "deploy", pos: from.pos });
            continue;
        }
        const valueNode = get(e, "value");
        const value = str(valueNode);
        const pos = valueNode ? at(valueNode) : e.pos;
        if (value === undefined) {
            // Set by whoever deploys (a variable without a default, a resource's output): like `${VAR}` in compose.
            if (valueNode && valueNode.kind !== "null")
                env.push({ name, value: `\${${describeUnknown(valueNode)}}`, source: "variable", pos });
            else
                env.push({ name, value: "", source: "literal", pos });
            continue;
        }
        const fromVariableDefault = valueNode?.via?.text.startsWith("var.") && valueNode.via.text.includes("its default");
        // `$(OTHER_VAR)` is expanded by the kubelet from another variable: set at deploy time.
        const source = /\$\([A-Za-z_][A-Za-z0-9_]*\)/.test(value) ? "variable" : fromVariableDefault ? "variable-default" : "literal";
        env.push({ name, value, source, pos });
    }
    const envFrom = blocks(container, "env_from")[0];
    const envValue = get(container, "env");
    // `env = var.env` or a `dynamic "env"` over a collection the repository does not give: any variable may be set.
    const unknownEnv = envValue && envValue.kind !== "list" && envValue.kind !== "map" ? envValue : undefined;
    const outside = envFrom
        ? { path: `env_from ${str(get(k8s_provider_first(envFrom, "secret_ref"), "name")) ?? str(get(k8s_provider_first(envFrom, "config_map_ref"), "name")) ?? "source"}`, pos: envFrom.pos }
        : unknownEnv
            ? { path: `env from ${describeUnknown(unknownEnv)}`, pos: at(unknownEnv) }
            : undefined;
    return { env, outside };
}
function readSecurity(podSpec, podSec, sec) {
    const pick = (key) => get(sec, key) ?? get(podSec, key);
    const userValue = pick("run_as_user");
    const user = str(userValue);
    const caps = k8s_provider_first(sec, "capabilities");
    const unconfined = ["seccomp", "apparmor"].flatMap((kind) => {
        const key = kind === "seccomp" ? "seccomp_profile" : "app_armor_profile";
        const type = get(k8s_provider_first(sec, key) ?? k8s_provider_first(podSec, key), "type");
        return str(type) === "Unconfined" && type ? [{ value: kind, pos: at(type) }] : [];
    });
    return {
        privileged: locatedBool(get(sec, "privileged")),
        allowPrivilegeEscalation: locatedBool(get(sec, "allow_privilege_escalation")),
        runAsNonRoot: locatedBool(pick("run_as_non_root")),
        user: userValue && user !== undefined ? { value: user, pos: at(userValue) } : undefined,
        capAdd: stringList(get(caps, "add")).values,
        capDrop: stringList(get(caps, "drop")).values.map((c) => c.value),
        hostNetwork: locatedBool(get(podSpec, "host_network")),
        hostPid: locatedBool(get(podSpec, "host_pid")),
        hostIpc: locatedBool(get(podSpec, "host_ipc")),
        unconfined,
    };
}
function readMounts(container, volumes) {
    return blocks(container, "volume_mount").flatMap((m) => {
        const name = str(get(m, "name"));
        const volume = name ? volumes.get(name) : undefined;
        if (!volume)
            return [];
        return [{ kind: volume.kind, source: volume.path, target: str(get(m, "mount_path")), subPath: str(get(m, "sub_path")) || undefined, readOnly: bool(get(m, "read_only")) === true, pos: volume.pos }];
    });
}
function k8s_provider_exposure(via, reach, containerPorts, description, pos) {
    return { via, reach, containerPorts, description, authenticatedProxy: false, fix: k8s_provider_FIX.node, pos };
}
function readPod(resource, podSpec, labels, kind, name, namespace, part) {
    const podSec = k8s_provider_first(podSpec, "security_context");
    const volumes = new Map();
    for (const volume of blocks(podSpec, "volume")) {
        const volName = str(get(volume, "name"));
        const hostPath = str(get(k8s_provider_first(volume, "host_path"), "path"));
        const object = str(get(k8s_provider_first(volume, "config_map"), "name")) ?? str(get(k8s_provider_first(volume, "secret"), "secret_name"));
        if (volName && hostPath)
            volumes.set(volName, { path: hostPath, pos: volume.pos, kind: "host-path" });
        else if (volName && object)
            volumes.set(volName, { path: `${k8s_provider_first(volume, "config_map") ? "ConfigMap" : "Secret"} ${object}`, pos: volume.pos, kind: "other" });
    }
    const gpuRuntime = /nvidia/i.test(str(get(podSpec, "runtime_class_name")) ?? "");
    for (const [listKey, initOnly] of [
        ["init_container", true],
        ["container", false],
    ]) {
        for (const c of blocks(podSpec, listKey)) {
            const cname = str(get(c, "name")) ?? "(unnamed)";
            const unitId = resource.address;
            const id = `${unitId}/${listKey === "container" ? "containers" : "initContainers"}/${cname}`;
            const security = readSecurity(podSpec, podSec, k8s_provider_first(c, "security_context"));
            const command = stringList(get(c, "command"));
            const args = stringList(get(c, "args"));
            const unknownArgs = command.unknown ?? args.unknown;
            const { env, outside } = readEnv(c);
            const resources = k8s_provider_first(c, "resources");
            const workload = {
                id,
                kind: "k8s-container",
                platform: K8S_PLATFORM,
                name: `${kind.toLowerCase()}/${name}/${cname}`,
                unit: { id: unitId, name: `${kind.toLowerCase()}/${name}` },
                file: c.pos.file,
                pos: c.pos,
                argv: [...command.values, ...args.values],
                env,
                envFromOutside: outside,
                ...(unknownArgs && { argvFromOutside: { path: `the arguments from ${describeUnknown(unknownArgs)}`, pos: at(unknownArgs) } }),
                containerPorts: [],
                exposures: [],
                volumes: readMounts(c, volumes),
                security,
                labels,
                namespace,
                initOnly,
                partial: get(c, "image") === undefined,
                gpu: gpuRuntime || ["limits", "requests"].some((k) => stringMap(get(resources, k))["nvidia.com/gpu"] !== undefined),
                buildSteps: [],
            };
            const imageValue = get(c, "image");
            const image = str(imageValue);
            if (imageValue && image) {
                workload.image = (0,model_image/* parseImageRef */.Q)(image, at(imageValue));
                part.components.push({ type: "image", name: image, version: workload.image.tag, image: workload.image, workloadId: id, pos: at(imageValue) });
            }
            const names = new Map();
            for (const p of blocks(c, "port")) {
                const portValue = get(p, "container_port");
                const port = num(portValue);
                if (!portValue || port === undefined)
                    continue;
                workload.containerPorts.push({ value: port, pos: at(portValue) });
                const portName = str(get(p, "name"));
                if (portName)
                    names.set(portName, port);
                const hostPortValue = get(p, "host_port");
                if (hostPortValue && (num(hostPortValue) ?? 0) > 0 && !security.hostNetwork?.value) {
                    const hostIp = str(get(p, "host_ip"));
                    const loopback = hostIp !== undefined && addresses/* LOOPBACK_HOST */.Zn.test(hostIp);
                    workload.exposures.push(k8s_provider_exposure("host-port", loopback ? "loopback" : "network", [port], `host_port ${num(hostPortValue)} on every node it runs on`, at(hostPortValue)));
                }
            }
            part.portNames.set(`${workload.file}\0${id}`, names);
            if (security.hostNetwork?.value) {
                workload.exposures.push(k8s_provider_exposure("host-network", "network", [], "host_network = true (every port it listens on is on the node's interfaces)", security.hostNetwork.pos));
            }
            part.workloads.push(workload);
        }
    }
}
/** The first provider setting written on the object that gives its load balancer a private address only. */
function internalSetting(settings, metadata, spec) {
    const annotations = get(metadata, "annotations");
    for (const setting of settings) {
        const value = setting.field === "annotation" ? get(annotations, setting.key) : get(spec, "load_balancer_class");
        const text = str(value);
        if (!value || text === undefined || !setting.value.test(text.trim()))
            continue;
        return { text: `${setting.field === "annotation" ? setting.key : "load_balancer_class"} = ${text.trim()}`, pos: at(value) };
    }
    return undefined;
}
const serviceExtractor = (resource, part) => {
    const { name, namespace } = podName(resource);
    const metadata = k8s_provider_first(resource.body, "metadata");
    const spec = k8s_provider_first(resource.body, "spec");
    const typeValue = get(spec, "type");
    const type = str(typeValue) ?? "ClusterIP";
    const externalIpsValue = get(spec, "external_ips");
    const externalIps = stringList(externalIpsValue).values.length > 0;
    const anchor = type !== "ClusterIP" && typeValue ? at(typeValue) : externalIps && externalIpsValue ? at(externalIpsValue) : (metadata?.pos ?? resource.pos);
    part.services.push({
        id: `Service/${namespace}/${name}`,
        name,
        namespace,
        type,
        selector: stringMap(get(spec, "selector")),
        ports: blocks(spec, "port").map((p) => {
            const target = str(get(p, "target_port"));
            return { port: num(get(p, "port")), targetPort: target === undefined ? undefined : /^\d+$/.test(target) ? Number(target) : target, nodePort: num(get(p, "node_port")) || undefined, pos: p.pos };
        }),
        externalIps,
        headless: str(get(spec, "cluster_ip")) === "None",
        internal: type === "LoadBalancer" ? internalSetting(load_balancers/* INTERNAL_SERVICE_LOAD_BALANCER */.Y, metadata, spec) : undefined,
        exposureFix: k8s_provider_FIX.service,
        pos: anchor,
        file: resource.file,
    });
};
const ingressExtractor = (resource, part) => {
    const { name, namespace } = podName(resource);
    const metadata = k8s_provider_first(resource.body, "metadata");
    const spec = k8s_provider_first(resource.body, "spec");
    const backends = [];
    const addBackend = (backend) => {
        if (!backend)
            return;
        // networking.k8s.io/v1 (`kubernetes_ingress_v1`): backend { service { name, port { number | name } } };
        // v1beta1 (`kubernetes_ingress`): backend { service_name, service_port }.
        const service = k8s_provider_first(backend, "service");
        const nameValue = service ? get(service, "name") : get(backend, "service_name");
        const serviceName = str(nameValue);
        if (!serviceName || !nameValue)
            return;
        const port = service ? k8s_provider_first(service, "port") : undefined;
        const portText = service ? (str(get(port, "number")) ?? str(get(port, "name"))) : str(get(backend, "service_port"));
        backends.push({ service: serviceName, port: portText === undefined ? undefined : /^\d+$/.test(portText) ? Number(portText) : portText, pos: at(nameValue) });
    };
    addBackend(k8s_provider_first(spec, "default_backend") ?? k8s_provider_first(spec, "backend"));
    for (const rule of blocks(spec, "rule"))
        for (const p of blocks(k8s_provider_first(rule, "http"), "path"))
            addBackend(k8s_provider_first(p, "backend"));
    const annotations = stringMap(get(metadata, "annotations"));
    const authenticated = Object.entries(annotations).some(([k, v]) => proxies/* INGRESS_AUTH_ANNOTATIONS */.O1.some((a) => a.key.test(k) && (!a.value || a.value.test(v))));
    part.routes.push({
        id: `Ingress/${namespace}/${name}`,
        kind: "Ingress",
        name,
        namespace,
        backends,
        authenticated,
        internal: internalSetting(load_balancers/* INTERNAL_INGRESS */.O, metadata, spec),
        exposureFix: k8s_provider_FIX.route,
        pos: metadata?.pos ?? resource.pos,
        file: resource.file,
    });
};
const K8S_EXTRACTORS = {
    ...Object.fromEntries(Object.keys(POD_PATHS).map((type) => [type, podExtractor])),
    kubernetes_service: serviceExtractor,
    kubernetes_service_v1: serviceExtractor,
    kubernetes_ingress: ingressExtractor,
    kubernetes_ingress_v1: ingressExtractor,
};

;// CONCATENATED MODULE: ./src/readers/terraform/managed.ts
// Managed services and control planes, and GPU instances, as the model's ManagedEndpoint and GpuInstance:
// - Amazon OpenSearch Service / Elasticsearch domains with a public endpoint (no `vpc_options`) whose access
//   policy lets `Principal: *` in without a condition, and no fine-grained access control to ask for a login;
// - Kubernetes API servers of EKS, GKE and AKS reachable from any address (the providers' defaults, each cited);
// - AWS and Google Cloud instances with GPUs, and the firewall rules that admit traffic to them.
// ElastiCache and Memorystore are not here: they have no public endpoint at all (only their VPC reaches them),
// and a private reach is not reported anywhere in this scanner.




const managed_WORLD = new Set(network/* WORLD_SOURCES */.y.map((s) => s.value));
function managed_first(value, key) {
    return blocks(value, key)[0];
}
function isWorld(value) {
    return managed_WORLD.has((str(value) ?? "").trim().toLowerCase());
}
// OpenSearch and Elasticsearch domains.
/** A policy document: a map (`jsonencode({...})`) or JSON text (a heredoc, a string). */
function policyDocument(value) {
    if (!value)
        return undefined;
    if (value.kind === "map")
        return value;
    if (value.kind !== "string")
        return undefined;
    const parsed = (0,yaml/* parseYaml */.hN)(value.value);
    const root = parsed.errors.length === 0 ? parsed.documents[0]?.root : undefined;
    if (!root)
        return undefined;
    const doc = fromYaml(root, value.pos.file, value.bodyLine ?? value.pos.line);
    return value.via ? { ...doc, via: value.via } : doc;
}
/** The `Principal` of the first statement that allows everyone without a condition, if any. */
function openStatement(policy) {
    for (const statement of items(get(policy, "Statement"))) {
        if (str(get(statement, "Effect")) !== "Allow" || get(statement, "Condition") || get(statement, "NotPrincipal"))
            continue;
        const principal = get(statement, "Principal");
        const everyone = principal?.kind === "map" ? items(get(principal, "AWS")).find((p) => str(p) === "*") : str(principal) === "*" ? principal : undefined;
        if (everyone)
            return everyone;
    }
    return undefined;
}
const DOMAIN_FIX = "Put the domain in a VPC (vpc_options), or turn on fine-grained access control (advanced_security_options) with a master user, or restrict the access policy to IAM principals or an aws:SourceIp condition.";
function searchDomain(resource, policy, part) {
    const body = resource.body;
    // No vpc_options: the domain gets a public endpoint (https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html).
    if (managed_first(body, "vpc_options"))
        return;
    const fgac = get(managed_first(body, "advanced_security_options"), "enabled");
    if (fgac && bool(fgac) !== false)
        return;
    const everyone = openStatement(policyDocument(policy));
    if (!everyone)
        return;
    const engine = str(get(body, "engine_version")) ?? "";
    const elasticsearch = resource.type === "aws_elasticsearch_domain" || /^Elasticsearch_/i.test(engine);
    part.managedEndpoints.push({
        id: resource.address,
        service: elasticsearch ? "Amazon Elasticsearch Service domain" : "Amazon OpenSearch Service domain",
        role: "data",
        productId: elasticsearch ? "elasticsearch" : "opensearch",
        reach: "network",
        authentication: "none",
        reason: "it has a public endpoint (no vpc_options), its access policy allows Principal * without a condition, and fine-grained access control is off",
        fix: DOMAIN_FIX,
        pos: at(everyone),
    });
}
const searchDomainExtractor = (resource, part) => searchDomain(resource, get(resource.body, "access_policies"), part);
/** `aws_opensearch_domain_policy`: the access policy of a domain declared elsewhere in the module. */
const domainPolicy = (resource, part, module) => {
    const domain = module.resource(addressOf(get(resource.body, "domain_name"), "aws_opensearch_domain", "aws_elasticsearch_domain") ?? "");
    // The domain's own inline policy, if any, is replaced by this one.
    if (domain)
        searchDomain(domain, get(resource.body, "access_policies"), part);
};
// Kubernetes control planes.
function controlPlane(resource, service, reason, fix, pos, part) {
    part.managedEndpoints.push({ id: resource.address, service, role: "control-plane", reach: "network", authentication: "required", reason, fix, pos });
}
const EKS_FIX = "Set endpoint_public_access = false (with endpoint_private_access = true and a VPN or bastion), or restrict public_access_cidrs to your own addresses.";
/** EKS: public access defaults to true, from 0.0.0.0/0 (https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html). */
const eksCluster = (resource, part) => {
    const vpc = managed_first(resource.body, "vpc_config");
    if (!vpc)
        return;
    const publicAccess = get(vpc, "endpoint_public_access");
    if (publicAccess && bool(publicAccess) !== true)
        return;
    const cidrs = get(vpc, "public_access_cidrs");
    if (cidrs && cidrs.kind !== "list")
        return;
    const world = cidrs ? items(cidrs).find(isWorld) : undefined;
    if (cidrs && !world)
        return;
    const reason = world
        ? `public_access_cidrs admits ${str(world)}`
        : `${publicAccess ? "endpoint_public_access = true" : "endpoint_public_access is not set (EKS enables it by default)"} and public_access_cidrs is not set (EKS then admits 0.0.0.0/0)`;
    controlPlane(resource, "EKS cluster API server", reason, EKS_FIX, world ? at(world) : publicAccess ? at(publicAccess) : vpc.pos, part);
};
const GKE_FIX = "Add master_authorized_networks_config with only your own ranges, or make the endpoint private (private_cluster_config { enable_private_endpoint = true }, or control_plane_endpoints_config with the IP endpoint disabled, reached through the DNS endpoint with IAM).";
/** GKE: without authorized networks the IP endpoint takes connections from any address (https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks). */
const gkeCluster = (resource, part) => {
    const body = resource.body;
    const privateEndpoint = get(managed_first(body, "private_cluster_config"), "enable_private_endpoint");
    if (privateEndpoint && bool(privateEndpoint) !== false)
        return;
    const ipEndpoint = get(managed_first(managed_first(body, "control_plane_endpoints_config"), "ip_endpoints_config"), "enabled");
    if (ipEndpoint && bool(ipEndpoint) !== true)
        return;
    const authorized = managed_first(body, "master_authorized_networks_config");
    const world = authorized ? blocks(authorized, "cidr_blocks").map((b) => get(b, "cidr_block")).find((c) => c !== undefined && isWorld(c)) : undefined;
    if (authorized && !world)
        return;
    if (get(body, "master_authorized_networks_config") && !authorized)
        return;
    const reason = world ? `master_authorized_networks_config admits ${str(world)}` : "it has no master_authorized_networks_config and no private endpoint, so its IP endpoint takes connections from any address";
    controlPlane(resource, "GKE cluster control plane", reason, GKE_FIX, world ? at(world) : resource.pos, part);
};
const AKS_FIX = "Set api_server_access_profile { authorized_ip_ranges = [your ranges] }, or private_cluster_enabled = true.";
/** AKS: the API server has a public address unless the cluster is private; authorized IP ranges restrict it (https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges). */
const aksCluster = (resource, part) => {
    const body = resource.body;
    const privateCluster = get(body, "private_cluster_enabled");
    if (privateCluster && bool(privateCluster) !== false)
        return;
    const ranges = get(managed_first(body, "api_server_access_profile"), "authorized_ip_ranges") ?? get(body, "api_server_authorized_ip_ranges");
    if (ranges && ranges.kind !== "list")
        return;
    const listed = items(ranges);
    const world = listed.find(isWorld);
    if (listed.length > 0 && !world)
        return;
    const reason = world ? `authorized_ip_ranges admits ${str(world)}` : "it is not private (private_cluster_enabled) and sets no authorized_ip_ranges, so its public API server takes connections from any address";
    controlPlane(resource, "AKS cluster API server", reason, AKS_FIX, world ? at(world) : resource.pos, part);
};
// GPU instances.
/** AWS GPU instance families: G (graphics and inference) and P (training): https://aws.amazon.com/ec2/instance-types/#Accelerated_Computing */
const AWS_GPU_TYPE = /^(g\d|p\d)[a-z0-9-]*\.[a-z0-9]+$/i;
/** Google Cloud machine series that come with GPUs attached: A2, A3, A4, G2 (https://cloud.google.com/compute/docs/gpus). */
const GCE_GPU_TYPE = /^(a2|a3|a4|g2|g4)-/i;
/** Firewall rules listed per GPU instance: enough to judge it, never millions for a hostile file. */
const MAX_RULES_PER_INSTANCE = 256;
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
const gpuInstances = (part, module) => {
    const awsInstances = module.ofType("aws_instance").filter((i) => AWS_GPU_TYPE.test(str(get(i.body, "instance_type")) ?? ""));
    const gceInstances = module.ofType("google_compute_instance").filter((i) => blocks(i.body, "guest_accelerator").length > 0 || GCE_GPU_TYPE.test(str(get(i.body, "machine_type")) ?? ""));
    if (awsInstances.length === 0 && gceInstances.length === 0)
        return;
    const byGroup = new Map();
    const byTag = new Map();
    const byNetwork = new Map();
    for (const rule of part.firewallRules) {
        const ref = { file: rule.pos.file, id: rule.id };
        if (rule.group)
            push(byGroup, rule.group, ref);
        if (!rule.resource.startsWith("google_compute_firewall."))
            continue;
        const firewall = module.resource(rule.resource);
        if (!firewall)
            continue;
        const targets = items(get(firewall.body, "target_tags")).flatMap((t) => str(t) ?? []);
        for (const tag of targets)
            push(byTag, tag, ref);
        if (targets.length === 0 && !get(firewall.body, "target_service_accounts"))
            push(byNetwork, networkKey(get(firewall.body, "network")), ref);
    }
    const withEip = new Set(module.ofType("aws_eip").flatMap((e) => addressOf(get(e.body, "instance"), "aws_instance") ?? []));
    const collect = (lists) => [...new Set(lists.flatMap((l) => (l ?? []).slice(0, MAX_RULES_PER_INSTANCE)))].slice(0, MAX_RULES_PER_INSTANCE);
    for (const instance of awsInstances) {
        const typeValue = get(instance.body, "instance_type");
        const groups = new Set([...items(get(instance.body, "vpc_security_group_ids")), ...items(get(instance.body, "security_groups"))].flatMap((g) => addressOf(g, "aws_security_group") ?? []));
        part.gpuInstances.push({
            id: instance.address,
            accelerator: str(typeValue),
            publicIp: bool(get(instance.body, "associate_public_ip_address")) === true || withEip.has(instance.address),
            firewallRules: collect([...groups].map((g) => byGroup.get(g))),
            pos: at(typeValue),
        });
    }
    for (const instance of gceInstances) {
        const accelerators = blocks(instance.body, "guest_accelerator");
        const tags = items(get(instance.body, "tags")).flatMap((t) => str(t) ?? []);
        const interfaces = blocks(instance.body, "network_interface");
        part.gpuInstances.push({
            id: instance.address,
            accelerator: accelerators.length ? accelerators.map((a) => `${str(get(a, "type")) ?? "GPU"} × ${str(get(a, "count")) ?? "1"}`).join(", ") : str(get(instance.body, "machine_type")),
            publicIp: interfaces.some((n) => blocks(n, "access_config").length > 0),
            firewallRules: collect([...tags.map((t) => byTag.get(t)), ...interfaces.map((n) => byNetwork.get(networkKey(get(n, "network"))))]),
            pos: instance.pos,
        });
    }
};
/** A network as written, to compare an instance's with a firewall's: `default`, or the reference. */
function networkKey(value) {
    if (!value)
        return "default";
    return value.kind === "unknown" ? (value.ref ?? "?") : (value.via?.text.split(" ", 1)[0] ?? str(value) ?? "?");
}
const MANAGED_EXTRACTORS = {
    aws_opensearch_domain: searchDomainExtractor,
    aws_elasticsearch_domain: searchDomainExtractor,
    aws_opensearch_domain_policy: domainPolicy,
    aws_elasticsearch_domain_policy: domainPolicy,
    aws_eks_cluster: eksCluster,
    google_container_cluster: gkeCluster,
    azurerm_kubernetes_cluster: aksCluster,
};
const MANAGED_LINKERS = [gpuInstances];

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
/** Resources read inside one another (a Service's selector naming a Deployment's labels naming a local …). */
const MAX_RESOURCE_CHAIN = 8;
function completeModule(files, extractors, linkers = []) {
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
    /** Resources being read: a reference back to one of them (a cycle) is unknown. */
    const reading = new Set();
    /** Where the budget ran out: the resource being evaluated then. */
    let exhausted;
    const index = {
        resource(address) {
            const known = evaluated.get(address);
            if (known)
                return known;
            const found = blocks.get(address);
            // A chain of resources naming each other is followed a few steps, never to the end of a hostile file.
            if (!found || reading.has(address) || reading.size >= MAX_RESOURCE_CHAIN)
                return undefined;
            reading.add(address);
            const ctx = { module: scope, budget, file: found.file, depth: 0 };
            const resource = { type: found.type, name: found.name, address, file: found.file, pos: posOf(found.file, found.block), body: evaluateBody(found.block.body, found.block, ctx) };
            reading.delete(address);
            evaluated.set(address, resource);
            if (budget.left < 0)
                exhausted ??= resource.pos;
            return resource;
        },
        ofType(type) {
            return (byType.get(type) ?? []).flatMap((address) => index.resource(address) ?? []);
        },
    };
    scope.resource = (address) => index.resource(address)?.body;
    const notices = [];
    for (const [type, addresses] of byType) {
        const extractor = extractors[type];
        if (!extractor)
            continue;
        for (const address of addresses) {
            if (budget.left < 0)
                break;
            const before = { rules: part.firewallRules.length, workloads: part.workloads.length };
            const resource = index.resource(address);
            extractor(resource, part, index, notices);
            // What the extractor made counts too: a `dynamic` block's rules each carry the sources of a long list.
            for (const rule of part.firewallRules.slice(before.rules))
                budget.left -= 1 + rule.sources.length + rule.ports.length;
            for (const w of part.workloads.slice(before.workloads))
                budget.left -= 1 + w.env.length + w.argv.length + w.containerPorts.length;
            if (budget.left < 0)
                exhausted ??= resource.pos;
        }
    }
    if (budget.left >= 0)
        for (const link of linkers)
            link(part, index);
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












const EXTRACTORS = { ...FIREWALL_EXTRACTORS, ...K8S_EXTRACTORS, ...CONTAINER_EXTRACTORS, ...HELM_EXTRACTORS, ...MANAGED_EXTRACTORS };
const LINKERS = [...CONTAINER_LINKERS, ...MANAGED_LINKERS];
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
    part.scoped = { scope: `terraform:${external_node_path_.posix.dirname(file.path)}`, file: file.path, data, complete: (all) => completeModule(all, EXTRACTORS, LINKERS) };
    return { part, notices };
}


/***/ })

};
