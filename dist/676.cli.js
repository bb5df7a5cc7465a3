export const id = 676;
export const ids = [676];
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

/***/ 7676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  comments: () => (/* reexport */ comments/* packageFileComments */.h1),
  read: () => (/* binding */ read)
});

// EXTERNAL MODULE: ./src/model/part.ts
var model_part = __webpack_require__(684);
// EXTERNAL MODULE: ./src/readers/notices.ts
var readers_notices = __webpack_require__(5709);
;// CONCATENATED MODULE: ./src/readers/packages/lines.ts
// Line-by-line reading shared by the parsers of line-based package files (yarn.lock, pnpm-lock.yaml, go.mod,
// Cargo.lock): one pass over the text, no array of every line.
/** Calls `each` with every line of `text`, without its line break, and its 1-based number. */
function forEachLine(text, each) {
    let number = 1;
    for (let at = 0; at <= text.length; number++) {
        let end = text.indexOf("\n", at);
        if (end < 0)
            end = text.length;
        each(text.charCodeAt(end - 1) === 0x0d ? text.slice(at, end - 1) : text.slice(at, end), number);
        at = end + 1;
    }
}
/** How many spaces a line starts with. */
function indentOf(line) {
    let i = 0;
    while (line.charCodeAt(i) === 0x20)
        i++;
    return i;
}
/**
 * A YAML-style scalar as machine-written lockfiles quote it: `"…"` with JSON's escapes, `'…'` with `''` for
 * a quote, or bare. Undefined for a quoted value that is not closed or not valid.
 */
function unquote(value) {
    const first = value[0];
    if (first !== '"' && first !== "'")
        return value;
    if (value.length < 2 || value[value.length - 1] !== first)
        return undefined;
    if (first === "'")
        return value.slice(1, -1).replaceAll("''", "'");
    try {
        const parsed = JSON.parse(value);
        return typeof parsed === "string" ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** `name@range` (or `@scope/name@range`) split at the `@` after the name; undefined without one. */
function splitAtVersion(spec) {
    const at = spec.indexOf("@", 1);
    return at > 0 ? { name: spec.slice(0, at), rest: spec.slice(at + 1) } : undefined;
}

;// CONCATENATED MODULE: ./src/readers/packages/cargo-lock.ts


function parseCargoLock(file) {
    const errors = [];
    const packages = [];
    let crate;
    /** Inside a multi-line array (`dependencies = [` … `]`), started on this line. */
    let arrayFrom;
    const finish = () => {
        if (!crate)
            return;
        if (crate.name === undefined || crate.version === undefined)
            errors.push({ line: crate.line, message: "[[package]] without a name or version" });
        else if (crate.source !== undefined)
            packages.push({ type: "package", ecosystem: "crates.io", name: crate.name, version: crate.version, declaredIn: "lockfile", pos: { file: file.path, line: crate.nameLine ?? crate.line } });
        crate = undefined;
    };
    forEachLine(file.text, (text, line) => {
        const trimmed = text.trim();
        if (arrayFrom !== undefined) {
            if (trimmed === "]") {
                arrayFrom = undefined;
                return;
            }
            // Items are indented strings; a table header at the start of a line means the array was never closed.
            if (!text.startsWith("["))
                return;
            errors.push({ line: arrayFrom, message: "array not closed" });
            arrayFrom = undefined;
        }
        if (trimmed === "" || trimmed.startsWith("#"))
            return;
        if (trimmed.startsWith("[")) {
            finish();
            if (trimmed === "[[package]]")
                crate = { line };
            return;
        }
        const eq = trimmed.indexOf("=");
        if (eq <= 0) {
            errors.push({ line, message: "expected key = value" });
            return;
        }
        const key = trimmed.slice(0, eq).trim();
        const value = trimmed.slice(eq + 1).trim();
        if (value === "[")
            arrayFrom = line;
        if (!crate || (key !== "name" && key !== "version" && key !== "source"))
            return;
        const string = unquote(value);
        if (string === undefined || string === value) {
            errors.push({ line, message: `${key} is not a string` });
            return;
        }
        crate[key] = string;
        if (key === "name")
            crate.nameLine = line;
    });
    if (arrayFrom !== undefined)
        errors.push({ line: arrayFrom, message: "array not closed" });
    finish();
    return { packages, notices: (0,readers_notices/* syntaxErrorNotice */.o)(file.path, errors, "") };
}

// EXTERNAL MODULE: ./src/parsers/yaml.ts
var yaml = __webpack_require__(4649);
// EXTERNAL MODULE: ./src/readers/yaml-file.ts
var yaml_file = __webpack_require__(2736);
// EXTERNAL MODULE: ./src/model/package-name.ts
var package_name = __webpack_require__(2389);
;// CONCATENATED MODULE: ./src/readers/packages/pep508.ts
// Python requirement strings (PEP 508: `name[extras] specifiers ; marker`) and PyPI names, shared by
// every Python package file: requirements lines, pyproject dependency lists, a conda file's pip list.


/** A bare name accepts any version: written `*`, as Poetry writes it, so that an empty value never stands for one. */
const ANY_VERSION = "*";
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*/;
const EXTRAS = /^\[[^\]]*\]/;
/** One clause of a PEP 440 specifier set: `>=2.1`, `== 1.0.*`, `===foobar`, `~=1.4.2`. */
const CLAUSE = /^(===|==|!=|~=|<=|>=|<|>)[ \t]*([A-Za-z0-9._*+!-]+)$/;
/** Built distributions and source archives named by file, which pip installs without asking an index. */
const ARCHIVE = /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz|tar)$/i;
/** Reads one PEP 508 requirement (its marker, after `;`, is ignored: the package is listed whatever the platform). */
function parseRequirement(text) {
    const semicolon = text.indexOf(";");
    const body = (semicolon < 0 ? text : text.slice(0, semicolon)).trim();
    if (body.includes("://") || body.includes("/") || body.includes("\\") || ARCHIVE.test(body))
        return { skip: true };
    const name = NAME.exec(body)?.[0];
    if (!name || !/[A-Za-z0-9]$/.test(name))
        return { invalid: true };
    let rest = body.slice(name.length).trimStart();
    const extras = EXTRAS.exec(rest);
    if (extras)
        rest = rest.slice(extras[0].length).trimStart();
    if (rest.startsWith("@"))
        return { skip: true };
    if (rest.startsWith("(") && rest.endsWith(")"))
        rest = rest.slice(1, -1).trim();
    const spec = parseSpecifiers(rest);
    return spec ? { name: (0,package_name/* normalizePypiName */.T)(name), spec } : { invalid: true };
}
/** A PEP 440 specifier set (`>=1, <2`): exact when it is a single `==`/`===` clause without a wildcard. */
function parseSpecifiers(text) {
    const trimmed = text.trim();
    if (trimmed === "")
        return { requirement: ANY_VERSION };
    const clauses = [];
    for (const part of trimmed.split(",")) {
        const clause = CLAUSE.exec(part.trim());
        if (!clause)
            return undefined;
        clauses.push(clause[1] + clause[2]);
    }
    const only = clauses.length === 1 ? CLAUSE.exec(clauses[0]) : null;
    if (only && (only[1] === "==" || only[1] === "===") && !only[2].includes("*"))
        return { version: only[2] };
    return { requirement: clauses.join(",") };
}
/** A PyPI package component. */
function pypiPackage(name, spec, declaredIn, pos, extra = {}) {
    const component = { type: "package", ecosystem: "PyPI", name: (0,package_name/* normalizePypiName */.T)(name), declaredIn, pos };
    if ("version" in spec)
        component.version = spec.version;
    else
        component.requirement = spec.requirement;
    if (extra.dev !== undefined)
        component.dev = extra.dev;
    if (extra.transitive !== undefined)
        component.transitive = extra.transitive;
    return component;
}

// EXTERNAL MODULE: ./src/readers/packages/names.ts
var names = __webpack_require__(9500);
;// CONCATENATED MODULE: ./src/readers/packages/requirements.ts



/** Options that name another requirements file, whose requirements pip reads as if they stood here. */
const INCLUDE = /^(-r|--requirement|-c|--constraint)(.*)$/;
/** Reads one requirement line (comments already removed): a requirement, maybe with options after it, or an option line. */
function readRequirementLine(text, file, line) {
    const trimmed = text.trim();
    if (trimmed === "")
        return { ignored: true };
    if (trimmed.startsWith("-")) {
        const include = INCLUDE.exec(trimmed);
        // `-r file`, `-rfile`, `--requirement file`, `--requirement=file`.
        const path = include && (include[1].startsWith("--") ? include[2].trim().replace(/^=/, "") : include[2]).trim();
        return path ? { include: path } : { ignored: true };
    }
    // As pip splits them: the requirement is every word before the first that starts with `-`.
    const words = trimmed.split(/[ \t]+/);
    const optionAt = words.findIndex((w) => w.startsWith("-"));
    const requirement = (optionAt < 0 ? words : words.slice(0, optionAt)).join(" ");
    const parsed = parseRequirement(requirement);
    if ("skip" in parsed)
        return { ignored: true };
    if ("invalid" in parsed)
        return { invalid: requirement };
    return { package: pypiPackage(parsed.name, parsed.spec, "manifest", { file, line }) };
}
/**
 * The path of an included file relative to the scan root, resolved as pip does against the including
 * file's folder; undefined for a URL or a path that leaves the tree.
 */
function includedPath(from, written) {
    if (written.includes("://") || written.startsWith("/") || written.includes("\\"))
        return undefined;
    const parts = from.split("/").slice(0, -1);
    for (const part of written.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join("/");
}
/**
 * A file that another requirements file includes is read when discovery claims it by its name; one that
 * it does not claim is a hole in the scan, said at the line that includes it.
 */
function includeNotice(file, line, written) {
    const path = includedPath(file, written);
    if (path === undefined)
        return { file, line, kind: "warning", message: `includes ${written}, which is outside the repository and not scanned` };
    if ((0,names/* packageFileKind */.tz)(path) === "requirements")
        return undefined;
    return { file, line, kind: "warning", message: `includes ${written}, which is not scanned (name it requirements-*.txt or place it in requirements/)` };
}
/** Logical lines as pip joins them: a line ending in `\` continues on the next; a comment line ends the run. */
function logicalLines(text) {
    const out = [];
    let pending;
    const physical = text.split("\n");
    for (let i = 0; i < physical.length; i++) {
        const raw = physical[i].endsWith("\r") ? physical[i].slice(0, -1) : physical[i];
        const comment = raw.trimStart().startsWith("#");
        if (raw.endsWith("\\") && !comment) {
            pending ??= { line: i + 1, parts: [] };
            pending.parts.push(raw.slice(0, -1));
            continue;
        }
        if (pending) {
            out.push({ line: pending.line, text: pending.parts.join("") + (comment ? "" : raw) });
            pending = undefined;
        }
        else
            out.push({ line: i + 1, text: raw });
    }
    if (pending)
        out.push({ line: pending.line, text: pending.parts.join("") });
    return out;
}
/** The text before a comment: `#` at the start or after white space (`pkg @ https://…#egg=pkg` keeps its fragment). */
function withoutComment(text) {
    for (let at = text.indexOf("#"); at >= 0; at = text.indexOf("#", at + 1)) {
        if (at === 0 || text[at - 1] === " " || text[at - 1] === "\t")
            return text.slice(0, at);
    }
    return text;
}
function parseRequirements(file) {
    const packages = [];
    const notices = [];
    const invalid = [];
    for (const { line, text } of logicalLines(file.text)) {
        const read = readRequirementLine(withoutComment(text), file.path, line);
        if ("package" in read)
            packages.push(read.package);
        else if ("include" in read) {
            const notice = includeNotice(file.path, line, read.include);
            if (notice)
                notices.push(notice);
        }
        else if ("invalid" in read)
            invalid.push({ line, message: `not a requirement: ${read.invalid.slice(0, 80)}` });
    }
    return { packages, notices: [...(0,readers_notices/* syntaxErrorNotice */.o)(file.path, invalid, "requirements: "), ...notices] };
}

;// CONCATENATED MODULE: ./src/readers/packages/conda.ts





/** conda names: lower case letters, digits, `-`, `_`, `.` (`_libgcc_mutex`, `pytorch-cuda`). */
const CONDA_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*/;
/** A version with no operator or wildcard (`1.24.3`, `2.1.0.post1`, `1!2.0`). */
const PLAIN_VERSION = /^[0-9][0-9A-Za-z._+!]*$/;
/** The bracket form's version: `numpy[version='>=1.24']`. */
const BRACKET_VERSION = /(?:^|,)[ \t]*version[ \t]*=[ \t]*["']?([^"',\]]*)/;
/** A conda match spec (`conda-forge::numpy=1.24.3=py311h64a7726_0`) as a name and what it asks of the version. */
function parseMatchSpec(text) {
    const channel = text.lastIndexOf("::");
    const spec = (channel < 0 ? text : text.slice(channel + 2)).trim();
    const name = CONDA_NAME.exec(spec)?.[0];
    if (!name)
        return undefined;
    const rest = spec.slice(name.length);
    return { name: name.toLowerCase(), spec: versionSpec(rest) };
}
function versionSpec(written) {
    const rest = written.trim();
    if (rest === "")
        return { requirement: ANY_VERSION };
    if (rest.startsWith("[")) {
        const version = BRACKET_VERSION.exec(rest.slice(1))?.[1].trim();
        return version ? versionSpec(version.startsWith("=") || /^[<>!~]/.test(version) ? version : ` ${version}`) : { requirement: ANY_VERSION };
    }
    if (rest.startsWith("=="))
        return PLAIN_VERSION.test(rest.slice(2)) ? { version: rest.slice(2) } : { requirement: rest };
    if (rest.startsWith("=")) {
        const [version, build] = rest.slice(1).split("=");
        if (!PLAIN_VERSION.test(version))
            return { requirement: rest };
        return build !== undefined || version.split(".").length >= 3 ? { version } : { requirement: rest };
    }
    // `numpy 1.24.3 py311_0`: conda's space-separated form, exact.
    const version = written.startsWith(" ") || written.startsWith("\t") ? rest.split(/[ \t]+/)[0] : "";
    return PLAIN_VERSION.test(version) ? { version } : { requirement: rest };
}
function condaPackage(name, spec, pos) {
    return { type: "package", ecosystem: "conda", name, declaredIn: "manifest", pos, ...spec };
}
function parseConda(file) {
    const { roots, notices: yamlNotices, notThisFormat } = (0,yaml_file/* yamlRoots */.V)(file);
    if (notThisFormat)
        return { packages: [], notices: [{ file: file.path, kind: "skipped", message: notThisFormat }] };
    const packages = [];
    const notices = [];
    const invalid = [];
    for (const root of roots) {
        for (const item of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(root, "dependencies"))) {
            const text = (0,yaml/* str */.gx)(item);
            if (item.kind === "scalar" && text !== undefined) {
                const parsed = parseMatchSpec(text);
                if (parsed)
                    packages.push(condaPackage(parsed.name, parsed.spec, { file: file.path, line: item.line }));
                else
                    invalid.push({ line: item.line, message: `not a conda package: ${text.slice(0, 80)}` });
            }
            else
                for (const line of (0,yaml/* items */.ld)((0,yaml/* get */.Jt)(item, "pip")))
                    readPipItem(file.path, line, packages, notices, invalid);
        }
    }
    // One syntax error per file: a document YAML could not read says more than a spec it may have garbled.
    const syntax = yamlNotices.some((n) => n.kind === "parse-error") ? [] : (0,readers_notices/* syntaxErrorNotice */.o)(file.path, invalid, "");
    return { packages, notices: [...yamlNotices, ...syntax, ...notices] };
}
/** One line of the `pip:` list, read as a requirements file line (relative includes from the environment file's folder). */
function readPipItem(file, node, packages, notices, invalid) {
    const text = (0,yaml/* str */.gx)(node);
    if (text === undefined)
        return;
    const read = readRequirementLine(text, file, node.line);
    if ("package" in read)
        packages.push(read.package);
    else if ("include" in read) {
        const notice = includeNotice(file, node.line, read.include);
        if (notice)
            notices.push(notice);
    }
    else if ("invalid" in read)
        invalid.push({ line: node.line, message: `not a requirement: ${read.invalid.slice(0, 80)}` });
}

;// CONCATENATED MODULE: ./src/readers/packages/go-mod.ts


/** A toolchain release: `1.22.1` (a release candidate `1.23rc1` names no release of the standard library). */
const RELEASE = /^\d+\.\d+\.\d+$/;
function parseGoMod(file) {
    const errors = [];
    const requires = [];
    const replaces = new Map();
    let go;
    let toolchain;
    /** The directive of the `( … )` block being read. */
    let block;
    forEachLine(file.text, (text, line) => {
        const parsed = tokens(text);
        if (!parsed) {
            errors.push({ line, message: "quoted string not closed or with an escape this reader does not know" });
            return;
        }
        const { words, comment } = parsed;
        if (words.length === 0)
            return;
        if (block) {
            if (words.length === 1 && words[0] === ")")
                block = undefined;
            else
                directive(block.verb, words, comment, line);
            return;
        }
        const [verb, ...args] = words;
        if (args.length === 1 && args[0] === "(")
            block = { verb, line };
        else if (verb === ")")
            errors.push({ line, message: "unexpected )" });
        else
            directive(verb, args, comment, line);
    });
    if (block)
        errors.push({ line: block.line, message: `${block.verb} ( … ) block is not closed` });
    function directive(verb, args, comment, line) {
        if (verb === "require") {
            if (args.length !== 2)
                errors.push({ line, message: "usage: require module/path v1.2.3" });
            // Go reads `// indirect` and `// indirect; …` as the mark (modfile's isIndirect).
            else
                requires.push({ path: args[0], version: args[1], indirect: comment === "indirect" || comment.startsWith("indirect;"), line });
        }
        else if (verb === "replace") {
            const arrow = args.indexOf("=>");
            const from = args.slice(0, arrow);
            const to = args.slice(arrow + 1);
            if (arrow < 0 || from.length < 1 || from.length > 2 || to.length < 1 || to.length > 2) {
                errors.push({ line, message: "usage: replace module/path [v1.2.3] => other/module v1.4.5 (or a local folder)" });
                return;
            }
            const list = replaces.get(from[0]) ?? [];
            list.push({ version: from[1], to: to.length === 2 ? { path: to[0], version: to[1] } : undefined, line });
            replaces.set(from[0], list);
        }
        else if (verb === "go" && args.length === 1)
            go = { version: args[0], line };
        else if (verb === "toolchain" && args.length === 1)
            toolchain = { version: args[0], line };
    }
    const packages = [];
    const stdlib = toolchain?.version.startsWith("go") && RELEASE.test(toolchain.version.slice(2)) ? { version: toolchain.version.slice(2), line: toolchain.line } : go && RELEASE.test(go.version) ? go : undefined;
    if (stdlib)
        packages.push({ type: "package", ecosystem: "Go", name: "stdlib", version: `v${stdlib.version}`, declaredIn: "manifest", pos: { file: file.path, line: stdlib.line } });
    for (const r of requires) {
        // A replacement of this very version wins over one of every version, as in Go.
        const candidates = replaces.get(r.path);
        const replacement = candidates?.find((c) => c.version === r.version) ?? candidates?.find((c) => c.version === undefined);
        if (replacement && !replacement.to)
            continue;
        const module = replacement?.to ?? r;
        packages.push({ type: "package", ecosystem: "Go", name: module.path, version: module.version, declaredIn: "manifest", transitive: r.indirect, pos: { file: file.path, line: replacement?.line ?? r.line } });
    }
    return { packages, notices: (0,readers_notices/* syntaxErrorNotice */.o)(file.path, errors, "") };
}
/**
 * The words of one go.mod line and the text of its `//` comment: words are separated by white space or
 * quoted ("…" with escapes, `…` raw). Undefined when a quote is not closed or holds an escape JSON does
 * not share with Go (module paths and versions need none).
 */
function tokens(text) {
    const words = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === " " || c === "\t" || c === "\r") {
            i++;
        }
        else if (c === "/" && text[i + 1] === "/") {
            return { words, comment: text.slice(i + 2).trim() };
        }
        else if (c === '"' || c === "`") {
            let end = i + 1;
            while (end < text.length && text[end] !== c)
                end += c === '"' && text[end] === "\\" ? 2 : 1;
            if (end >= text.length)
                return undefined;
            const quoted = text.slice(i, end + 1);
            const word = c === "`" ? quoted.slice(1, -1) : unquote(quoted);
            if (word === undefined)
                return undefined;
            words.push(word);
            i = end + 1;
        }
        else {
            let end = i + 1;
            while (end < text.length && !" \t\r\"`".includes(text[end]) && !(text[end] === "/" && text[end + 1] === "/"))
                end++;
            words.push(text.slice(i, end));
            i = end;
        }
    }
    return { words, comment: "" };
}

;// CONCATENATED MODULE: ./src/parsers/json-tokens.ts
// A JSON tokenizer that walks the text once and builds nothing: a caller pulls tokens, reads the line of
// each, and decodes only the strings it needs. A lockfile of tens of megabytes is read this way instead
// of with JSON.parse, whose object tree costs several times the file in memory.
// Nesting is tracked with an explicit stack (no recursion) and capped, so hostile nesting costs neither
// the call stack nor memory in proportion to the file.
class JsonSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
/** Deeper than any lockfile nests (npm's v1 format nests two levels per node_modules level). */
const MAX_JSON_DEPTH = 10_000;
/** What the tokenizer expects next. */
const VALUE = 0;
/** A value or `]`, just after `[`. */
const FIRST_VALUE = 1;
const KEY = 2;
/** A key or `}`, just after `{`. */
const FIRST_KEY = 3;
/** `,` or the close of the container. */
const AFTER_VALUE = 4;
/** Only white space until the end. */
const DONE = 5;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
/** JSON's number grammar, applied where a number starts (sticky): one pass, no nested quantifiers. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const SIMPLE_ESCAPE_CHARS = Object.keys(SIMPLE_ESCAPES).join("");
class JsonTokenizer {
    text;
    /** 1-based line where the last token starts. */
    tokenLine = 1;
    pos = 0;
    line = 1;
    lineStart = 0;
    state = VALUE;
    /** One entry per open container: true for an object. */
    open = [];
    /** The last string or key token: its text between the quotes, and whether it holds escapes. */
    stringStart = 0;
    stringEnd = 0;
    stringEscaped = false;
    constructor(text) {
        this.text = text;
    }
    /** How many containers are open after the last token. */
    get depth() {
        return this.open.length;
    }
    /** The next token; throws JsonSyntaxError where the text stops being JSON. A key token includes its `:`. */
    next() {
        for (;;) {
            this.skipSpace();
            const { text, pos } = this;
            this.tokenLine = this.line;
            if (pos >= text.length) {
                if (this.state === DONE)
                    return "end";
                throw this.error("unexpected end of file");
            }
            const c = text.charCodeAt(pos);
            switch (this.state) {
                case FIRST_KEY:
                case KEY:
                    if (c === 0x7d && this.state === FIRST_KEY)
                        return this.close(true);
                    if (c !== QUOTE)
                        throw this.error(this.state === FIRST_KEY ? "expected a string key or }" : "expected a string key");
                    this.scanString();
                    this.skipSpace();
                    if (this.text.charCodeAt(this.pos) !== 0x3a)
                        throw this.error("expected : after a key");
                    this.pos++;
                    this.state = VALUE;
                    return "key";
                case FIRST_VALUE:
                case VALUE:
                    if (c === 0x5d && this.state === FIRST_VALUE)
                        return this.close(false);
                    return this.startValue(c);
                case AFTER_VALUE: {
                    const inObject = this.open[this.open.length - 1];
                    if (c === 0x2c) {
                        this.pos++;
                        this.state = inObject ? KEY : VALUE;
                        continue;
                    }
                    if (c === (inObject ? 0x7d : 0x5d))
                        return this.close(inObject);
                    throw this.error(inObject ? "expected , or } after a value" : "expected , or ] after a value");
                }
                default:
                    throw this.error("unexpected text after the end of the document");
            }
        }
    }
    /** The last key or string token, escapes decoded. */
    value() {
        const raw = this.text.slice(this.stringStart, this.stringEnd);
        return this.stringEscaped ? decodeEscapes(raw) : raw;
    }
    /**
     * Reads past the rest of a value whose first token is `first`: nothing more for a scalar, everything up
     * to the matching close for an object or array.
     */
    skipValue(first) {
        if (first !== "{" && first !== "[")
            return;
        const depth = this.open.length - 1;
        while (this.open.length > depth)
            this.next();
    }
    startValue(c) {
        const { text } = this;
        this.state = AFTER_VALUE;
        if (c === 0x7b || c === 0x5b) {
            if (this.open.length >= MAX_JSON_DEPTH)
                throw this.error(`nested deeper than ${MAX_JSON_DEPTH} levels`);
            this.open.push(c === 0x7b);
            this.pos++;
            this.state = c === 0x7b ? FIRST_KEY : FIRST_VALUE;
            return c === 0x7b ? "{" : "[";
        }
        let token;
        if (c === QUOTE) {
            this.scanString();
            token = "string";
        }
        else if (text.startsWith("true", this.pos)) {
            this.pos += 4;
            token = "true";
        }
        else if (text.startsWith("false", this.pos)) {
            this.pos += 5;
            token = "false";
        }
        else if (text.startsWith("null", this.pos)) {
            this.pos += 4;
            token = "null";
        }
        else {
            NUMBER.lastIndex = this.pos;
            if (!NUMBER.test(text))
                throw this.error(`unexpected character ${JSON.stringify(text[this.pos])}`);
            this.pos = NUMBER.lastIndex;
            token = "number";
        }
        if (this.open.length === 0)
            this.state = DONE;
        return token;
    }
    close(object) {
        this.open.pop();
        this.pos++;
        this.state = this.open.length ? AFTER_VALUE : DONE;
        return object ? "}" : "]";
    }
    /** From the opening quote at `pos` to past the closing one, checking escapes. */
    scanString() {
        const { text } = this;
        let i = this.pos + 1;
        this.stringStart = i;
        this.stringEscaped = false;
        for (;;) {
            if (i >= text.length) {
                this.pos = i;
                throw this.error("unterminated string");
            }
            const c = text.charCodeAt(i);
            if (c === QUOTE)
                break;
            if (c === BACKSLASH) {
                this.stringEscaped = true;
                const e = text[i + 1];
                if (e === "u") {
                    HEX4.lastIndex = i + 2;
                    if (!HEX4.test(text)) {
                        this.pos = i;
                        throw this.error("invalid \\u escape in a string");
                    }
                    i += 6;
                }
                else if (e !== undefined && SIMPLE_ESCAPE_CHARS.includes(e)) {
                    i += 2;
                }
                else {
                    this.pos = i;
                    throw this.error("invalid escape in a string");
                }
            }
            else if (c < 0x20) {
                // A raw line break in a string is not JSON, and would put every later line number off.
                this.pos = i;
                throw this.error("control character in a string");
            }
            else
                i++;
        }
        this.stringEnd = i;
        this.pos = i + 1;
    }
    skipSpace() {
        const { text } = this;
        let i = this.pos;
        for (; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === NEWLINE) {
                this.line++;
                this.lineStart = i + 1;
            }
            else if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
                break;
        }
        this.pos = i;
    }
    error(message) {
        return new JsonSyntaxError(message, this.line, this.pos - this.lineStart + 1);
    }
}
/** The text of a string whose escapes were checked by the scan. */
function decodeEscapes(raw) {
    let out = "";
    let from = 0;
    for (let i = raw.indexOf("\\"); i >= 0; i = raw.indexOf("\\", from)) {
        out += raw.slice(from, i);
        const e = raw[i + 1];
        if (e === "u") {
            out += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
            from = i + 6;
        }
        else {
            out += SIMPLE_ESCAPES[e];
            from = i + 2;
        }
    }
    return out + raw.slice(from);
}

;// CONCATENATED MODULE: ./src/readers/packages/npm-lock.ts


const NODE_MODULES = "node_modules/";
/** The dependency lists of the project and its workspaces that make a package direct. */
const DIRECT_LISTS = new Set(["dependencies", "devDependencies", "optionalDependencies"]);
function parseNpmLock(file) {
    const notices = [];
    const tokens = new JsonTokenizer(file.text);
    const packages = [];
    const v1 = [];
    let sawPackages = false;
    /** The dependency names of the project and of each workspace folder. */
    const projectDeps = new Set();
    const workspaceDeps = new Map();
    const anyWorkspaceDep = new Set();
    try {
        if (tokens.next() !== "{") {
            notices.push({ file: file.path, line: tokens.tokenLine, kind: "warning", message: "not a lockfile: the top level is not an object" });
            return { packages: [], notices };
        }
        const frames = [{ kind: "top" }];
        /** Reads into an object value with `frame`; any other value is skipped. */
        const open = (first, frame) => (first === "{" ? frames.push(frame) : tokens.skipValue(first));
        while (frames.length) {
            const frame = frames[frames.length - 1];
            if (tokens.next() === "}") {
                frames.pop();
                continue;
            }
            // Every open frame is an object: the tokenizer hands its keys one by one.
            const line = tokens.tokenLine;
            const key = tokens.value();
            const first = tokens.next();
            switch (frame.kind) {
                case "top":
                    if (key === "packages") {
                        if (first !== "{")
                            notices.push({ file: file.path, line, kind: "warning", message: "`packages` is not an object; not read" });
                        else
                            sawPackages = true;
                        open(first, { kind: "packages" });
                    }
                    else if (key === "dependencies" && !sawPackages)
                        open(first, { kind: "v1-dependencies" });
                    else
                        tokens.skipValue(first);
                    break;
                case "packages": {
                    const at = key.lastIndexOf(NODE_MODULES);
                    if (at < 0) {
                        // The project (`""`) or a workspace folder: its dependency lists say what is direct.
                        const dependents = key === "" ? projectDeps : new Set();
                        if (key !== "" && first === "{")
                            workspaceDeps.set(key, dependents);
                        open(first, { kind: "package", dependents });
                        break;
                    }
                    const prefix = key.slice(0, at);
                    const owner = prefix === "" ? "" : prefix.endsWith("/") && !prefix.includes(NODE_MODULES) ? prefix.slice(0, -1) : undefined;
                    const entry = { key: key.slice(at + NODE_MODULES.length), line, dev: false, link: false, owner };
                    if (first === "{")
                        packages.push(entry);
                    open(first, { kind: "package", entry });
                    break;
                }
                case "package":
                    if (frame.dependents && DIRECT_LISTS.has(key))
                        open(first, { kind: "names", into: frame.dependents });
                    else if (frame.entry)
                        readField(frame.entry, key, first);
                    else
                        tokens.skipValue(first);
                    break;
                case "names":
                    frame.into.add(key);
                    tokens.skipValue(first);
                    break;
                case "v1-dependencies": {
                    const entry = { key, line, dev: false, link: false };
                    if (first === "{")
                        v1.push(entry);
                    open(first, { kind: "v1-package", entry });
                    break;
                }
                case "v1-package":
                    if (key === "dependencies")
                        open(first, { kind: "v1-dependencies" });
                    else
                        readField(frame.entry, key, first);
                    break;
            }
        }
        // Only white space may follow the top-level object: the tokenizer throws otherwise.
        tokens.next();
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        notices.push(...(0,readers_notices/* syntaxErrorNotice */.o)(file.path, [error], "JSON: "));
    }
    for (const deps of workspaceDeps.values())
        for (const name of deps)
            anyWorkspaceDep.add(name);
    function readField(entry, key, first) {
        if (first === "string" && (key === "version" || key === "name"))
            entry[key] = tokens.value();
        else if (first === "true" && (key === "dev" || key === "link"))
            entry[key] = true;
        else
            tokens.skipValue(first);
    }
    const components = [];
    if (sawPackages) {
        for (const entry of packages) {
            if (entry.link || entry.version === undefined)
                continue;
            const direct = entry.owner === "" ? projectDeps.has(entry.key) || anyWorkspaceDep.has(entry.key) : entry.owner !== undefined && workspaceDeps.get(entry.owner)?.has(entry.key) === true;
            components.push(npmPackage(file.path, entry.name ?? entry.key, entry.version, entry, !direct));
        }
    }
    else {
        for (const entry of v1) {
            const resolved = v1Version(entry.key, entry.version);
            if (resolved)
                components.push(npmPackage(file.path, resolved.name, resolved.version, entry, undefined, resolved.requirement));
        }
    }
    return { packages: components, notices };
}
function npmPackage(file, name, version, entry, transitive, requirement) {
    return { type: "package", ecosystem: "npm", name, version, requirement, declaredIn: "lockfile", transitive, dev: entry.dev, pos: { file, line: entry.line } };
}
/**
 * A v1 `version`: a version, `npm:real-name@version` for an alias, a git or tarball URL (kept as the
 * requirement), or a local `file:`/`link:` folder (the project's own code: undefined).
 */
function v1Version(key, version) {
    if (version === undefined || version.startsWith("file:") || version.startsWith("link:"))
        return undefined;
    if (version.startsWith("npm:")) {
        const alias = version.slice(4);
        const at = alias.lastIndexOf("@");
        return at > 0 ? { name: alias.slice(0, at), version: alias.slice(at + 1) } : undefined;
    }
    return version.includes(":") || version.includes("/") ? { name: key, requirement: version } : { name: key, version };
}

;// CONCATENATED MODULE: ./src/readers/packages/pipfile-lock.ts

const SECTIONS = new Set(["default", "develop"]);
/**
 * The package entries of the text: objects two levels under `default` or `develop`. One pass over the
 * text with a stack of open brackets (no recursion); malformed parts are passed over.
 */
function scanEntries(text) {
    const entries = [];
    /** Open brackets, outermost first. */
    const open = [];
    /** The key last read in each open object, and its line. */
    const keys = [];
    let expectingKey = false;
    let entry;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "\n")
            line++;
        else if (c === '"') {
            const start = i;
            const startLine = line;
            for (i++; i < text.length && text[i] !== '"'; i++) {
                if (text[i] === "\\")
                    i++;
                if (text[i] === "\n")
                    line++;
            }
            const value = decode(text.slice(start, i + 1));
            const depth = open.length;
            if (expectingKey && open[depth - 1] === "{") {
                keys[depth - 1] = { key: value, line: startLine };
                expectingKey = false;
            }
            else if (entry && depth === 3)
                entry.fields.set(keys[2].key ?? "", value);
        }
        else if (c === "{" || c === "[") {
            open.push(c);
            keys.push({ line });
            expectingKey = c === "{";
            if (c === "{" && open.length === 3 && open[0] === "{" && open[1] === "{" && SECTIONS.has(keys[0].key ?? "")) {
                entry = { section: keys[0].key ?? "", name: keys[1].key ?? "", line: keys[1].line, fields: new Map() };
                entries.push(entry);
            }
        }
        else if (c === "}" || c === "]") {
            open.pop();
            keys.pop();
            if (open.length < 3)
                entry = undefined;
            expectingKey = false;
        }
        else if (c === ",")
            expectingKey = open[open.length - 1] === "{";
        else if ((c === "t" || c === "f") && entry && open.length === 3) {
            const literal = text.startsWith("true", i) ? true : text.startsWith("false", i) ? false : undefined;
            if (literal !== undefined)
                entry.fields.set(keys[2].key ?? "", literal);
        }
    }
    return entries;
}
function decode(quoted) {
    try {
        return JSON.parse(quoted);
    }
    catch {
        return quoted.slice(1, -1);
    }
}
/** The line of a JSON syntax error, where the engine's message names one (by line, or by offset), or the end of a cut-off file. */
function errorLine(text, message) {
    const line = /\(line (\d+) column \d+\)/.exec(message);
    if (line)
        return Number(line[1]);
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
    if (offset === undefined)
        return undefined;
    let count = 1;
    for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1))
        count++;
    return count;
}
/**
 * An index version (`==2.31.0`), else where the package comes from: a VCS checkout or an archive (a URL or
 * a file) is listed as written, never matched; a local folder (`path`, the project itself) is no dependency.
 */
function entrySpec(fields) {
    const version = fields.get("version");
    if (typeof version === "string" && /^===?[^=*,<>!~]+$/.test(version))
        return { version: version.replace(/^===?/, "") };
    const git = fields.get("git");
    if (typeof git === "string") {
        const ref = fields.get("ref");
        return { requirement: `${git.startsWith("git+") ? "" : "git+"}${git}${typeof ref === "string" ? `@${ref}` : ""}` };
    }
    const file = fields.get("file");
    if (typeof file === "string")
        return { requirement: file };
    if (fields.has("path") || fields.get("editable") === true)
        return undefined;
    if (typeof version === "string")
        return { requirement: version };
    return undefined;
}
function parsePipfileLock(file) {
    const packages = [];
    for (const entry of scanEntries(file.text)) {
        const spec = entrySpec(entry.fields);
        if (!spec || entry.name === "")
            continue;
        packages.push(pypiPackage(entry.name, spec, "lockfile", { file: file.path, line: entry.line }, entry.section === "develop" ? { dev: true } : {}));
    }
    try {
        JSON.parse(file.text);
        return { packages, notices: [] };
    }
    catch (error) {
        // The engine quotes the text around the error, new lines and all.
        const message = error.message.replace(/\s+/g, " ");
        const line = errorLine(file.text, message);
        return { packages, notices: [{ file: file.path, ...(line ? { line } : {}), kind: "parse-error", message: `JSON: ${message}` }] };
    }
}

;// CONCATENATED MODULE: ./src/readers/packages/pnpm-lock.ts


const DEP_LISTS = new Map([
    ["dependencies", "prod"],
    ["optionalDependencies", "prod"],
    ["devDependencies", "dev"],
]);
function parsePnpmLock(file) {
    const errors = [];
    const entries = [];
    const direct = [];
    let major;
    let section = "other";
    /** The dependency list being read, its indentation, and a 6.x/9.x name waiting for its `version:`. */
    let list;
    let waiting;
    let entry;
    forEachLine(file.text, (line, number) => {
        const indent = indentOf(line);
        if (indent === line.length || line[indent] === "#")
            return;
        if (line[indent] === "\t") {
            errors.push({ line: number, message: "tab in indentation" });
            return;
        }
        const pair = yamlPair(line.slice(indent));
        if (indent === 0) {
            entry = undefined;
            list = undefined;
            waiting = undefined;
            section = "other";
            if (line === "---" || !pair)
                return;
            if (pair.key === "lockfileVersion")
                major = parseInt(unquote(pair.value) ?? "", 10);
            else if (pair.key === "packages") {
                if (major === undefined)
                    errors.push({ line: number, message: "no lockfileVersion before `packages:`; read as version 9" });
                section = "packages";
            }
            else if (pair.key === "importers")
                section = "importers";
            else {
                const kind = DEP_LISTS.get(pair.key);
                if (kind)
                    list = { kind, indent: 2 };
            }
            return;
        }
        if (indent % 2 === 1) {
            errors.push({ line: number, message: `indentation of ${indent} spaces; pnpm indents by two` });
            return;
        }
        if (section === "packages") {
            if (indent === 2) {
                // `name@1.0.0: {}` is an entry with no fields.
                const key = pair?.value === "" || pair?.value === "{}" ? unquote(pair.key) : undefined;
                entry = key === undefined ? undefined : { key, line: number, fields: {} };
                if (entry)
                    entries.push(entry);
                else
                    errors.push({ line: number, message: "expected a package key ending in `:`" });
            }
            else if (indent === 4 && entry && pair && (pair.key === "dev" || pair.key === "name" || pair.key === "version")) {
                entry.fields[pair.key] = unquote(pair.value);
            }
        }
        else if (section === "importers" && indent <= 4) {
            // A project folder (2), then its lists (4).
            const kind = indent === 4 && pair?.value === "" ? DEP_LISTS.get(pair.key) : undefined;
            list = kind && { kind, indent: 6 };
            waiting = undefined;
        }
        else if (list && indent === list.indent && pair) {
            const name = unquote(pair.key);
            waiting = pair.value === "" ? name : undefined;
            const ref = unquote(pair.value);
            if (name && ref)
                direct.push({ name, ref, list: list.kind });
        }
        else if (list && indent === list.indent + 2 && waiting && pair?.key === "version") {
            const ref = unquote(pair.value);
            if (ref)
                direct.push({ name: waiting, ref, list: list.kind });
        }
    });
    const slashKeys = major !== undefined && major < 6;
    const devFlags = major !== undefined && major < 9;
    const directProd = new Set();
    const directDev = new Set();
    /** Git and tarball references as importers write them: the package's key (5.x, 6.x) or what follows its name (9.x). */
    const directRefs = new Set();
    for (const d of direct) {
        const pkg = directPackage(d.name, d.ref, slashKeys);
        if (pkg)
            (d.list === "prod" ? directProd : directDev).add(`${pkg.name}@${pkg.version}`);
        if (d.ref.includes("/") && !d.ref.startsWith("/") && !d.ref.startsWith("link:") && !d.ref.startsWith("file:"))
            directRefs.add(d.ref);
    }
    const packages = [];
    for (const e of entries) {
        const fromKey = packageOfKey(e.key, slashKeys);
        const name = e.fields.name ?? fromKey?.name;
        const ref = e.fields.version ?? fromKey?.version;
        if (!name || !ref || ref.startsWith("file:") || ref.startsWith("link:"))
            continue;
        // A git or tarball reference is not a version: listed as what was asked for.
        const exact = !ref.includes(":") && !ref.includes("/");
        const id = `${name}@${ref}`;
        const isDirect = directProd.has(id) || directDev.has(id) || directRefs.has(e.key) || (fromKey !== undefined && directRefs.has(fromKey.version));
        const dev = devFlags ? e.fields.dev === "true" : directProd.has(id) ? false : directDev.has(id) ? true : undefined;
        packages.push({ type: "package", ecosystem: "npm", name, version: exact ? ref : undefined, requirement: exact ? undefined : ref, declaredIn: "lockfile", transitive: !isDirect, dev, pos: { file: file.path, line: e.line } });
    }
    const notices = (0,readers_notices/* syntaxErrorNotice */.o)(file.path, errors, "");
    return { packages, notices };
}
/** The text before the first of `marks` (a peer suffix). */
function cut(text, mark) {
    const at = text.indexOf(mark);
    return at < 0 ? text : text.slice(0, at);
}
/** The name and version a `packages:` key names; undefined for a key that is not `name` at a version. */
function packageOfKey(key, slashKeys) {
    if (slashKeys) {
        if (!key.startsWith("/"))
            return undefined;
        const parts = key.slice(1).split("/");
        const nameParts = parts[0].startsWith("@") ? 2 : 1;
        if (parts.length !== nameParts + 1)
            return undefined;
        return { name: parts.slice(0, nameParts).join("/"), version: cut(parts[nameParts], "_") };
    }
    const spec = splitAtVersion(cut(key.startsWith("/") ? key.slice(1) : key, "("));
    return spec && { name: spec.name, version: spec.rest };
}
/**
 * The package a direct dependency's reference resolves to: a version with its peer suffix (`1.2.3_peer@1`,
 * `1.2.3(peer@1)`), a package key for an alias (`/real/1.2.3`, `/real@1.2.3`, `real@1.2.3`), or a
 * workspace link (`link:../lib`: the project's own code, undefined).
 */
function directPackage(name, ref, slashKeys) {
    if (ref.startsWith("link:") || ref.startsWith("file:"))
        return undefined;
    if (ref.startsWith("/") || (!slashKeys && splitAtVersion(cut(ref, "("))))
        return packageOfKey(ref, slashKeys);
    return { name, version: slashKeys ? cut(ref, "_") : cut(ref, "(") };
}
/** `key: value` or `key:` of one YAML line, the key as written (quoted or not); undefined when not a pair. */
function yamlPair(text) {
    let keyEnd;
    const quote = text[0];
    if (quote === "'" || quote === '"') {
        // To the closing quote: `''` is a quote inside a single-quoted key, `\` escapes in a double-quoted one.
        let at = 1;
        for (;;) {
            if (at >= text.length)
                return undefined;
            if (text[at] === quote && !(quote === "'" && text[at + 1] === "'"))
                break;
            at += text[at] === "\\" && quote === '"' ? 2 : text[at] === "'" && quote === "'" ? 2 : 1;
        }
        keyEnd = at + 1;
        if (text[keyEnd] !== ":")
            return undefined;
    }
    else {
        const sep = text.indexOf(": ");
        keyEnd = sep >= 0 ? sep : text.endsWith(":") ? text.length - 1 : -1;
        if (keyEnd < 0)
            return undefined;
    }
    return { key: text.slice(0, keyEnd), value: text.slice(keyEnd + 1).trim() };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/readers/packages/toml.ts
// TOML package files: values from smol-toml, lines from a scan of the text for table headers and keys
// (smol-toml keeps no positions). A file that does not parse is read again table by table, so one
// broken table costs only itself.

/** One segment of a key: bare, or quoted without escapes (the only forms package files use). */
const SEGMENT = /[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*'/g;
const HEADER = /^[ \t]*(\[\[?)[ \t]*((?:[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*'))*)[ \t]*\]\]?[ \t]*(?:#.*)?$/;
const toml_KEY = /^[ \t]*((?:[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*'))*)[ \t]*=/;
/** Nesting of inline arrays and tables beyond anything a package file writes; deeper is refused, not recursed into. */
const MAX_DEPTH = 100;
function keyPath(written) {
    return (written.match(SEGMENT) ?? []).map((s) => (s.startsWith('"') || s.startsWith("'") ? s.slice(1, -1) : s));
}
function syntaxError(error) {
    if (error instanceof dist/* TomlError */.zx)
        return { line: error.line, column: error.column, message: error.message.split("\n")[0].replace(/^Invalid TOML document: /, "") };
    return { line: 1, message: error.message };
}
/**
 * The headers and keys of a TOML text, found line by line. Exact for machine-written files; a line inside a
 * multi-line string that looks like a header can only misplace lines, never values.
 */
function scanHeaders(lines) {
    const headers = [{ path: [], array: false, line: 0, keys: new Map(), endLine: 0 }];
    let current = headers[0];
    let lastKey;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const header = line.includes("[") ? HEADER.exec(line) : null;
        if (header) {
            current.endLine = i;
            if (lastKey)
                lastKey.endLine = i;
            current = { path: keyPath(header[2]), array: header[1] === "[[", line: i + 1, keys: new Map(), endLine: i + 1 };
            headers.push(current);
            lastKey = undefined;
            continue;
        }
        const key = line.includes("=") ? toml_KEY.exec(line) : null;
        if (!key)
            continue;
        if (lastKey)
            lastKey.endLine = i;
        lastKey = { line: i + 1, endLine: i + 1 };
        const name = keyPath(key[1]).join("\0");
        if (!current.keys.has(name))
            current.keys.set(name, lastKey);
    }
    current.endLine = lines.length;
    if (lastKey)
        lastKey.endLine = lines.length;
    return headers;
}
function readToml(text) {
    const lines = text.split("\n");
    const headers = scanHeaders(lines);
    const tables = new Map();
    for (const header of headers)
        if (!header.array && !tables.has(header.path.join("\0")))
            tables.set(header.path.join("\0"), header);
    try {
        return { root: (0,dist/* parse */.qg)(text, { maxDepth: MAX_DEPTH }), lines, headers, tables };
    }
    catch (error) {
        return { root: readByTable(lines, headers), error: syntaxError(error), lines, headers, tables };
    }
}
/**
 * The lines of the key at `path`: written under the header of its table (`[a.b]` then `c = …`), as a dotted
 * key (`[a]` then `b.c = …`), or inside an inline table (the lines of `b = { c = … }`).
 */
function keySpan(read, path) {
    for (let cut = path.length - 1; cut >= 0; cut--) {
        const header = read.tables.get(path.slice(0, cut).join("\0"));
        if (!header)
            continue;
        for (let end = path.length; end > cut; end--) {
            const key = header.keys.get(path.slice(cut, end).join("\0"));
            if (key)
                return key;
        }
    }
    return undefined;
}
/**
 * The tables that parse on their own, put together as the whole file would have them. A broken
 * `[[array]]` item still takes its place (empty), so items keep their order against the headers.
 */
function readByTable(lines, headers) {
    const root = {};
    for (const header of headers) {
        let body;
        try {
            body = (0,dist/* parse */.qg)(lines.slice(header.line, header.endLine).join("\n"), { maxDepth: MAX_DEPTH });
        }
        catch {
            if (!header.array)
                continue;
            body = {};
        }
        const parent = tableAt(root, header.path.slice(0, -1));
        const last = header.path[header.path.length - 1];
        if (!parent)
            continue;
        if (last === undefined)
            for (const [key, value] of Object.entries(body))
                setOwn(root, key, value);
        else if (header.array) {
            const list = Object.hasOwn(parent, last) ? parent[last] : undefined;
            if (Array.isArray(list))
                list.push(body);
            else if (list === undefined)
                setOwn(parent, last, [body]);
        }
        else {
            const existing = Object.hasOwn(parent, last) ? parent[last] : undefined;
            if (existing === undefined)
                setOwn(parent, last, body);
            else if (isTable(existing))
                for (const [key, value] of Object.entries(body))
                    setOwn(existing, key, value);
        }
    }
    return root;
}
/** The table at `path` under `root`, made where missing; an array of tables stands for its last item, as in TOML. */
function tableAt(root, path) {
    let table = root;
    for (const key of path) {
        let next = Object.hasOwn(table, key) ? table[key] : undefined;
        if (next === undefined) {
            next = {};
            setOwn(table, key, next);
        }
        if (Array.isArray(next))
            next = next[next.length - 1];
        if (!isTable(next))
            return undefined;
        table = next;
    }
    return table;
}
/** Sets an own property, so that a key named `__proto__` is a key and not the prototype. */
function setOwn(table, key, value) {
    Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}
function isTable(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** The value at `path` (own keys only). */
function valueAt(root, path) {
    let value = root;
    for (const key of path) {
        if (!isTable(value) || !Object.hasOwn(value, key))
            return undefined;
        value = value[key];
    }
    return value;
}
function stringAt(root, path) {
    const value = valueAt(root, path);
    return typeof value === "string" ? value : undefined;
}
/**
 * The line of each string of an array written within `span` (a key's lines), in order: the first place
 * after the previous item where the string stands quoted. After a string that is not found as written
 * (escapes), the rest take the span's first line: each line is searched once.
 */
function itemLines(lines, span, items) {
    const found = [];
    let row = span.line - 1;
    let column = 0;
    let lost = false;
    for (const item of items) {
        const at = lost ? undefined : findQuoted(lines, row, column, span.endLine, item);
        if (!at) {
            lost = true;
            found.push(span.line);
            continue;
        }
        found.push(at.row + 1);
        row = at.row;
        column = at.column + item.length + 1;
    }
    return found;
}
function findQuoted(lines, row, column, endLine, item) {
    for (let r = row; r < endLine && r < lines.length; r++) {
        const line = lines[r];
        for (let at = line.indexOf(item, r === row ? column : 0); at >= 0; at = line.indexOf(item, at + 1)) {
            const before = line[at - 1];
            if ((before === '"' || before === "'") && line[at + item.length] === before)
                return { row: r, column: at };
        }
    }
    return undefined;
}
/**
 * The items of the array of tables `[[key]]` at the root, each with the line of its `name = "…"` key (else
 * its header): the n-th item parsed is the n-th header found, as a lockfile writes them.
 */
function arrayOfTables(read, key) {
    const items = valueAt(read.root, [key]);
    if (!Array.isArray(items))
        return [];
    const headers = read.headers.filter((h) => h.array && h.path.length === 1 && h.path[0] === key);
    return items.flatMap((table, i) => {
        if (!isTable(table))
            return [];
        const header = headers[i];
        const nameKey = header?.keys.get("name");
        const name = stringAt(table, ["name"]);
        const line = nameKey && name !== undefined && read.lines[nameKey.line - 1].includes(name) ? nameKey.line : (header?.line ?? 1);
        return [{ table, line }];
    });
}

;// CONCATENATED MODULE: ./src/readers/packages/poetry-lock.ts



/**
 * A version from an index (PyPI or a `legacy` private index); a VCS checkout, a URL or an archive file is
 * listed as written, never matched; a local directory is code of the tree, no dependency.
 */
function packageSpec(table, version) {
    const type = stringAt(table, ["source", "type"]);
    const url = stringAt(table, ["source", "url"]);
    if (type === undefined || type === "legacy")
        return { version };
    if (type === "git" && url) {
        const ref = stringAt(table, ["source", "resolved_reference"]) ?? stringAt(table, ["source", "reference"]);
        return { requirement: `git+${url}${ref ? `@${ref}` : ""}` };
    }
    if ((type === "url" || type === "file") && url)
        return { requirement: url };
    return undefined;
}
function isDev(table) {
    if (stringAt(table, ["category"]) === "dev")
        return true;
    const groups = valueAt(table, ["groups"]);
    return Array.isArray(groups) && groups.length > 0 && !groups.includes("main");
}
function parsePoetryLock(file) {
    const read = readToml(file.text);
    const packages = [];
    for (const { table, line } of arrayOfTables(read, "package")) {
        const name = stringAt(table, ["name"]);
        const version = stringAt(table, ["version"]);
        const spec = version === undefined ? undefined : packageSpec(table, version);
        if (!name || !spec)
            continue;
        packages.push(pypiPackage(name, spec, "lockfile", { file: file.path, line }, isDev(table) ? { dev: true } : {}));
    }
    const notices = read.error ? (0,readers_notices/* syntaxErrorNotice */.o)(file.path, [read.error], "TOML: ") : [];
    return { packages, notices };
}

;// CONCATENATED MODULE: ./src/readers/packages/pyproject.ts



/** A list of PEP 508 strings at `path` (tables in it, PEP 735's `{include-group = …}`, name no package). */
function requirementList(read, file, path, dev, found) {
    const list = valueAt(read.root, path);
    if (!Array.isArray(list))
        return;
    const strings = list.filter((item) => typeof item === "string");
    const span = keySpan(read, path);
    const lines = span ? itemLines(read.lines, span, strings) : strings.map(() => 1);
    strings.forEach((text, i) => {
        const parsed = parseRequirement(text);
        if ("invalid" in parsed)
            found.errors.push({ line: lines[i], message: `not a requirement: ${text.slice(0, 80)}` });
        else if (!("skip" in parsed))
            found.packages.push(pypiPackage(parsed.name, parsed.spec, "manifest", { file, line: lines[i] }, dev ? { dev } : {}));
    });
}
/** Each list of a table of named lists (`optional-dependencies`, `dependency-groups`). */
function requirementGroups(read, file, path, dev, found) {
    const groups = valueAt(read.root, path);
    if (!isTable(groups))
        return;
    for (const group of Object.keys(groups))
        requirementList(read, file, [...path, group], dev, found);
}
/** Poetry's constraint: a bare version is that version exactly (`"1.2.3"`); `^1.2`, `~1.2`, `*`, `>=1,<2` are ranges. */
function poetryConstraint(text) {
    const trimmed = text.trim();
    if (/^\d[0-9A-Za-z.!+-]*$/.test(trimmed))
        return { version: trimmed };
    return parseSpecifiers(trimmed) ?? { requirement: trimmed === "" ? ANY_VERSION : trimmed };
}
/** One Poetry constraint: a string, or a table with `version` (`git`, `path`, `url`: not from an index, so not listed). */
function poetryItemSpec(value) {
    if (typeof value === "string")
        return poetryConstraint(value);
    if (!isTable(value) || typeof value.git === "string" || typeof value.path === "string" || typeof value.url === "string")
        return undefined;
    return typeof value.version === "string" ? poetryConstraint(value.version) : { requirement: ANY_VERSION };
}
/** A Poetry dependency: one constraint, or a list of them for different platforms (a choice: listed as a range). */
function poetrySpec(value) {
    if (!Array.isArray(value))
        return poetryItemSpec(value);
    const specs = value.map(poetryItemSpec).filter((spec) => spec !== undefined);
    if (specs.length <= 1)
        return specs[0];
    return { requirement: specs.map((spec) => ("version" in spec ? spec.version : spec.requirement)).join(" || ") };
}
function poetryTable(read, file, path, dev, found) {
    const table = valueAt(read.root, path);
    if (!isTable(table))
        return;
    for (const [name, value] of Object.entries(table)) {
        // The Python versions the project supports, not a package.
        if (name.toLowerCase() === "python")
            continue;
        const spec = poetrySpec(value);
        if (!spec)
            continue;
        const line = keySpan(read, [...path, name])?.line ?? 1;
        found.packages.push(pypiPackage(name, spec, "manifest", { file, line }, dev ? { dev } : {}));
    }
}
function parsePyproject(file) {
    const read = readToml(file.text);
    const found = { packages: [], errors: [] };
    requirementList(read, file.path, ["project", "dependencies"], false, found);
    requirementGroups(read, file.path, ["project", "optional-dependencies"], false, found);
    requirementGroups(read, file.path, ["dependency-groups"], true, found);
    // uv's development list before PEP 735.
    requirementList(read, file.path, ["tool", "uv", "dev-dependencies"], true, found);
    poetryTable(read, file.path, ["tool", "poetry", "dependencies"], false, found);
    poetryTable(read, file.path, ["tool", "poetry", "dev-dependencies"], true, found);
    const groups = valueAt(read.root, ["tool", "poetry", "group"]);
    if (isTable(groups))
        for (const group of Object.keys(groups))
            poetryTable(read, file.path, ["tool", "poetry", "group", group, "dependencies"], group !== "main", found);
    const errors = [...(read.error ? [{ ...read.error, message: `TOML: ${read.error.message}` }] : []), ...found.errors];
    return { packages: found.packages, notices: (0,readers_notices/* syntaxErrorNotice */.o)(file.path, errors, "") };
}

;// CONCATENATED MODULE: ./src/readers/packages/uv-lock.ts



/** A version from an index; a VCS checkout, a URL or a file is listed as written, never matched; undefined for local project code. */
function uv_lock_packageSpec(table, version) {
    const source = valueAt(table, ["source"]);
    if (!isTable(source))
        return version === undefined ? undefined : { version };
    if (typeof source.registry === "string")
        return version === undefined ? undefined : { version };
    if (typeof source.git === "string")
        return { requirement: `git+${source.git}` };
    if (typeof source.url === "string")
        return { requirement: source.url };
    if (typeof source.path === "string")
        return { requirement: source.path };
    // `editable`, `virtual`, `directory`: code of the tree.
    return undefined;
}
/** The project or a workspace member: installed from the tree, editable or not installed at all. */
function isProject(table) {
    const source = valueAt(table, ["source"]);
    return isTable(source) && (typeof source.editable === "string" || typeof source.virtual === "string");
}
function dependencyRefs(list) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item) => {
        const name = stringAt(item, ["name"]);
        if (!name)
            return [];
        const extras = valueAt(item, ["extra"]);
        return [{ name: (0,package_name/* normalizePypiName */.T)(name), extras: Array.isArray(extras) ? extras.filter((e) => typeof e === "string") : [] }];
    });
}
/** The lists of a table of groups (`optional-dependencies`, `dev-dependencies`), all together. */
function groupRefs(groups) {
    return isTable(groups) ? Object.values(groups).flatMap(dependencyRefs) : [];
}
/** Every package name reached from `start` through `dependencies` and the extras each reference asks for. */
function reachable(start, byName) {
    const seen = new Set();
    const queue = [...start];
    while (queue.length > 0) {
        const ref = queue.pop();
        const tables = byName.get(ref.name) ?? [];
        if (!seen.has(ref.name)) {
            seen.add(ref.name);
            for (const table of tables)
                for (const next of dependencyRefs(valueAt(table, ["dependencies"])))
                    queue.push(next);
        }
        for (const extra of ref.extras) {
            const key = `${ref.name}[${extra}]`;
            if (seen.has(key))
                continue;
            seen.add(key);
            for (const table of tables)
                for (const next of dependencyRefs(valueAt(table, ["optional-dependencies", extra])))
                    queue.push(next);
        }
    }
    return seen;
}
function parseUvLock(file) {
    const read = readToml(file.text);
    const items = arrayOfTables(read, "package");
    const byName = new Map();
    for (const { table } of items) {
        const name = stringAt(table, ["name"]);
        if (!name)
            continue;
        const same = byName.get((0,package_name/* normalizePypiName */.T)(name));
        if (same)
            same.push(table);
        else
            byName.set((0,package_name/* normalizePypiName */.T)(name), [table]);
    }
    const projects = items.filter(({ table }) => isProject(table)).map(({ table }) => table);
    const asked = projects.flatMap((p) => [...dependencyRefs(valueAt(p, ["dependencies"])), ...groupRefs(valueAt(p, ["optional-dependencies"]))]);
    const forDev = projects.flatMap((p) => groupRefs(valueAt(p, ["dev-dependencies"])));
    const direct = new Set([...asked, ...forDev].map((ref) => ref.name));
    const installed = reachable(asked, byName);
    const devOnly = reachable(forDev, byName);
    const packages = [];
    for (const { table, line } of items) {
        const name = stringAt(table, ["name"]);
        const spec = name ? uv_lock_packageSpec(table, stringAt(table, ["version"])) : undefined;
        if (!name || !spec)
            continue;
        const key = (0,package_name/* normalizePypiName */.T)(name);
        const dev = !installed.has(key) && devOnly.has(key) ? { dev: true } : {};
        packages.push(pypiPackage(name, spec, "lockfile", { file: file.path, line }, projects.length > 0 ? { ...dev, transitive: !direct.has(key) } : dev));
    }
    return { packages, notices: read.error ? (0,readers_notices/* syntaxErrorNotice */.o)(file.path, [read.error], "TOML: ") : [] };
}

;// CONCATENATED MODULE: ./src/readers/packages/yarn-lock.ts


/** Protocols of the project's own code (workspaces, local folders, patches of another entry), not packages of a registry. */
const LOCAL_PROTOCOLS = ["workspace:", "link:", "portal:", "patch:", "file:", "exec:"];
function parseYarnLock(file) {
    const errors = [];
    const entries = [];
    /** Berry: the descriptors the workspaces ask for (`name@npm:^1.0.0`). */
    const direct = new Set();
    let berry = false;
    let entry;
    forEachLine(file.text, (line, number) => {
        const indent = indentOf(line);
        if (indent === line.length || line[indent] === "#")
            return;
        if (indent === 0) {
            if (entry)
                finish(entry);
            entry = header(line, number);
            if (entry)
                entries.push(entry);
            return;
        }
        if (!entry)
            return;
        if (indent === 2) {
            const field = keyValue(line.slice(2));
            entry.inDependencies = field?.key === "dependencies" && field.value === "";
            if (field?.key === "version")
                entry.version = unquote(field.value);
            else if (field?.key === "resolution")
                entry.resolution = unquote(field.value);
        }
        else if (indent === 4 && entry.inDependencies && entry.workspace) {
            const dep = keyValue(line.slice(4));
            const name = dep && unquote(dep.key);
            const range = dep && unquote(dep.value);
            // The lockfile's descriptors carry the protocol a manifest's plain range implies.
            if (name && range)
                direct.add(`${name}@${range.includes(":") ? range : `npm:${range}`}`);
            // A patched dependency (`patch:typescript@npm%3A^5.6.3#…`) asks for the package it patches too.
            const patched = range && patchedDescriptor(range);
            if (patched)
                direct.add(patched);
        }
    });
    if (entry)
        finish(entry);
    function finish(e) {
        if (e.version === undefined)
            errors.push({ line: e.line, message: "entry without a version" });
    }
    function header(line, number) {
        if (!line.endsWith(":")) {
            errors.push({ line: number, message: "expected an entry header ending in `:`" });
            return undefined;
        }
        const key = line.slice(0, -1);
        if (key === "__metadata") {
            berry = true;
            return undefined;
        }
        const descriptors = [];
        // Classic quotes each descriptor (`"a@^1", "a@^2":`), berry the whole list (`"a@npm:^1, a@npm:^2":`);
        // a descriptor holds no quote or comma of its own.
        for (const part of key.replaceAll('"', "").split(",")) {
            const spec = splitAtVersion(part.trim());
            if (!spec) {
                errors.push({ line: number, message: `expected name@range in the entry header, found ${JSON.stringify(part.trim().slice(0, 80))}` });
                return undefined;
            }
            descriptors.push({ name: spec.name, range: spec.rest });
        }
        return { line: number, descriptors, workspace: descriptors.some((d) => d.range.startsWith("workspace:")), inDependencies: false };
    }
    const byNameVersion = new Map();
    for (const e of entries) {
        const resolved = berry ? berryPackage(e) : classicPackage(e);
        if (!resolved || e.version === undefined)
            continue;
        const isDirect = berry ? e.descriptors.some((d) => direct.has(`${d.name}@${d.range}`)) : undefined;
        const key = `${resolved}\0${e.version}`;
        const seen = byNameVersion.get(key);
        if (seen) {
            if (isDirect)
                seen.transitive = false;
            continue;
        }
        byNameVersion.set(key, { type: "package", ecosystem: "npm", name: resolved, version: e.version, declaredIn: "lockfile", transitive: isDirect === undefined ? undefined : !isDirect, pos: { file: file.path, line: e.line } });
    }
    const notices = (0,readers_notices/* syntaxErrorNotice */.o)(file.path, errors, "");
    return { packages: [...byNameVersion.values()], notices };
}
/** The package a berry entry resolves to, by its `resolution` locator; undefined for the project's own code. */
function berryPackage(e) {
    const locator = e.resolution && splitAtVersion(e.resolution);
    if (!locator)
        return classicPackage(e);
    return LOCAL_PROTOCOLS.some((p) => locator.rest.startsWith(p)) ? undefined : locator.name;
}
/** The package a classic entry resolves to: its name, or an alias's real name (`alias@npm:real@^1.0.0`). */
function classicPackage(e) {
    const [first] = e.descriptors;
    if (e.descriptors.every((d) => LOCAL_PROTOCOLS.some((p) => d.range.startsWith(p))))
        return undefined;
    if (first.range.startsWith("npm:")) {
        const real = splitAtVersion(first.range.slice(4));
        if (real)
            return real.name;
    }
    return first.name;
}
/** The descriptor a `patch:` range patches: `patch:typescript@npm%3A^5.6.3#…` gives `typescript@npm:^5.6.3`. */
function patchedDescriptor(range) {
    if (!range.startsWith("patch:"))
        return undefined;
    const end = range.indexOf("#");
    try {
        return decodeURIComponent(range.slice("patch:".length, end < 0 ? undefined : end));
    }
    catch {
        return undefined;
    }
}
/** `key "value"` (classic) or `key: value` (berry); a key alone (`dependencies:`) has an empty value. */
function keyValue(text) {
    // A quoted key may hold spaces or colons; it ends at its closing quote.
    const keyEnd = text[0] === '"' ? text.indexOf('"', 1) + 1 : firstOf(text, " ", ":");
    if (keyEnd <= 0)
        return text[0] === '"' ? undefined : { key: text, value: "" };
    const key = text.slice(0, keyEnd);
    let at = keyEnd;
    if (text[at] === ":")
        at++;
    while (text[at] === " ")
        at++;
    return { key, value: text.slice(at) };
}
function firstOf(text, a, b) {
    const i = text.indexOf(a);
    const j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
}

// EXTERNAL MODULE: ./src/readers/comments.ts
var comments = __webpack_require__(5576);
;// CONCATENATED MODULE: ./src/readers/packages/index.ts
// The packages reader: lockfiles and package manifests become package components with the line that
// pins each. Each kind of file has its own parser; this module hands a file to the one its name asks for.














const PARSERS = {
    requirements: parseRequirements,
    "pipfile-lock": parsePipfileLock,
    "poetry-lock": parsePoetryLock,
    "uv-lock": parseUvLock,
    pyproject: parsePyproject,
    conda: parseConda,
    "npm-lock": parseNpmLock,
    "yarn-lock": parseYarnLock,
    "pnpm-lock": parsePnpmLock,
    "go-mod": parseGoMod,
    "cargo-lock": parseCargoLock,
};
function read(file) {
    const kind = (0,names/* packageFileKind */.tz)(file.path);
    const parse = kind && PARSERS[kind];
    if (!parse)
        return { part: (0,model_part/* emptyPart */.b)(), notices: [], notThisFormat: "not a package file this version reads" };
    const { packages, notices } = parse(file);
    const part = (0,model_part/* emptyPart */.b)();
    // Not push(...packages): a lockfile of 100,000 packages would overflow the call stack with arguments.
    part.components = packages;
    return { part, notices };
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
