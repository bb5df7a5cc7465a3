export const id = 215;
export const ids = [215];
export const modules = {

/***/ 684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ emptyPart)
/* harmony export */ });
function emptyPart() {
    return { workloads: [], components: [], services: [], routes: [], kustomizations: [], patchFiles: [], secretValues: [], configMaps: [], portNames: new Map(), buildStages: [], firewallRules: [], helmReleases: [], managedEndpoints: [], gpuInstances: [] };
}


/***/ }),

/***/ 8088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   Q$: () => (/* binding */ positionInArgs),
/* harmony export */   Vo: () => (/* binding */ expandWord),
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   yM: () => (/* binding */ splitWords)
/* harmony export */ });
/* harmony import */ var _interpolate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(995);
// A hand-written Dockerfile parser that follows BuildKit's reading rules (parser directives,
// line continuations, heredocs, exec vs shell form) and never throws: whatever it cannot read
// becomes an entry in `errors` and parsing goes on with the next line.

const KEYWORDS = new Set([
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
    "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
]);
/** Instructions whose arguments may be a JSON array (exec form). */
const JSON_FORMS = new Set(["ADD", "CMD", "COPY", "ENTRYPOINT", "RUN", "SHELL", "VOLUME"]);
/** Instructions BuildKit reads heredocs for. */
const HEREDOC_FORMS = new Set(["ADD", "COPY", "RUN"]);
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(\S.*)$/;
const KNOWN_DIRECTIVES = new Set(["escape", "syntax", "check"]);
const HEREDOC_WORD = /^(\d*)<<(-?)(.+)$/;
function parseDockerfile(text, file) {
    const doc = { file, escape: "\\", stages: [], args: {}, errors: [] };
    if (looksBinary(text)) {
        doc.errors.push({ line: 1, message: "binary content, not a Dockerfile" });
        return doc;
    }
    const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
    const { escape, next } = readDirectives(lines, doc.errors);
    doc.escape = escape;
    let i = next;
    while (i < lines.length) {
        if (isBlankOrComment(lines[i])) {
            i++;
            continue;
        }
        const logical = readLogicalLine(lines, i, escape);
        i = readInstruction(doc, lines, logical) + 1;
    }
    return doc;
}
/** NUL bytes or many control/replacement characters: not a text file. */
function looksBinary(text) {
    if (text.includes("\u0000"))
        return true;
    const sample = text.slice(0, 8000);
    let odd = 0;
    for (let k = 0; k < sample.length; k++) {
        const code = sample.charCodeAt(k);
        if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd)
            odd++;
    }
    return odd > sample.length / 10;
}
function isBlankOrComment(line) {
    const trimmed = line.trimStart();
    return trimmed === "" || trimmed.startsWith("#");
}
/** Parser directives are only read at the very top, before any blank line, comment or instruction. */
function readDirectives(lines, errors) {
    let escape = "\\";
    const seen = new Set();
    let i = 0;
    for (; i < lines.length; i++) {
        // Trimmed before matching: a long run of spaces must not make the pattern backtrack.
        const match = DIRECTIVE.exec(lines[i].trim());
        if (match)
            match[2] = match[2].trimEnd();
        const key = match?.[1].toLowerCase();
        if (!match || !key || !KNOWN_DIRECTIVES.has(key))
            break;
        if (seen.has(key))
            errors.push({ line: i + 1, message: `only one ${key} parser directive can be used` });
        seen.add(key);
        if (key !== "escape")
            continue;
        if (match[2] === "\\" || match[2] === "`")
            escape = match[2];
        else
            errors.push({ line: i + 1, message: `invalid escape token "${match[2]}": must be \\ or \`` });
    }
    return { escape, next: i };
}
/** Joins continuation lines the way BuildKit does: the escape char and trailing blanks go, nothing is added. */
function readLogicalLine(lines, start, escape) {
    const continuation = new RegExp(`${escapeRegExp(escape)}[ \\t]*$`);
    const segments = [];
    let text = "";
    let i = start;
    for (;;) {
        const line = lines[i];
        const match = continuation.exec(line);
        segments.push({ offset: text.length, line: i + 1, column: 1 });
        text += match ? line.slice(0, match.index) : line;
        if (!match)
            break;
        let j = i + 1;
        while (j < lines.length && isBlankOrComment(lines[j]))
            j++;
        if (j >= lines.length)
            break;
        i = j;
    }
    return { text, segments, start, end: i };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/** Reads one instruction into `doc`; returns the index of its last source line (heredocs included). */
function readInstruction(doc, lines, logical) {
    const escape = doc.escape;
    const line = logical.start + 1;
    const head = /^[ \t]*(\S+)/.exec(logical.text);
    const keyword = head?.[1].toUpperCase() ?? "";
    if (!head || !KEYWORDS.has(keyword)) {
        doc.errors.push({ line, message: `unknown instruction: ${safeWord(head?.[1] ?? logical.text)}` });
        return logical.end;
    }
    const { flags, argsStart } = readFlags(logical.text, head[0].length, escape);
    const args = logical.text.slice(argsStart).trimEnd();
    const json = JSON_FORMS.has(keyword) ? parseJsonArray(args) : undefined;
    const instruction = {
        keyword,
        line,
        endLine: logical.end + 1,
        flags,
        args,
        heredocs: [],
        segments: rebaseSegments(logical.segments, argsStart),
    };
    if (json)
        instruction.json = json;
    let end = logical.end;
    if (HEREDOC_FORMS.has(keyword) && !json) {
        end = readHeredocs(instruction, lines, logical.end + 1, escape, doc.errors);
        instruction.endLine = end + 1;
    }
    addInstruction(doc, instruction);
    return end;
}
/** The start of an unknown word, never what follows `=` or `:`: a stray `KEY=value` line may hold a secret. */
function safeWord(text) {
    const word = text.trim();
    const name = word.split(/[=:]/)[0].slice(0, 24);
    return name.length < word.length ? `${name}…` : name;
}
function readFlags(text, from, escape) {
    const flags = [];
    for (const word of splitWords(text.slice(from), escape)) {
        if (!word.text.startsWith("--"))
            return { flags, argsStart: from + word.start };
        flags.push(word.text);
    }
    return { flags, argsStart: text.length };
}
/** Keeps the segment `start` falls in and those after it, with offsets counted from `start`. */
function rebaseSegments(segments, start) {
    const rebased = [];
    segments.forEach((segment, k) => {
        const nextOffset = segments[k + 1]?.offset ?? Infinity;
        if (nextOffset <= start)
            return;
        const skip = Math.max(0, start - segment.offset);
        rebased.push({ offset: segment.offset + skip - start, line: segment.line, column: segment.column + skip });
    });
    return rebased;
}
/**
 * Source line and column of `args[offset]`: the last segment starting at or before it. Searched by halves,
 * as a RUN continued over many lines may be asked for one position per word.
 */
function positionInArgs(instruction, offset) {
    const segments = instruction.segments;
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (segments[mid].offset <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    const found = segments[Math.max(0, lo - 1)] ?? { offset: 0, line: instruction.line, column: 1 };
    return { line: found.line, column: found.column + offset - found.offset };
}
function parseJsonArray(args) {
    if (!args.startsWith("["))
        return undefined;
    try {
        const value = JSON.parse(args);
        if (Array.isArray(value) && value.every((item) => typeof item === "string"))
            return value;
    }
    catch {
        // Not JSON: BuildKit falls back to shell form.
    }
    return undefined;
}
/** Reads the bodies of the heredocs named in `args`; returns the index of the last line consumed. */
function readHeredocs(instruction, lines, from, escape, errors) {
    const heredocs = [];
    let i = from;
    for (const marker of heredocMarkers(instruction.args, escape)) {
        const start = i;
        i = terminatorLine(lines, i, marker.name, marker.chomp);
        if (i >= lines.length) {
            // Parsing resumes right after the instruction so one stray `<<` does not swallow the file.
            errors.push({ line: instruction.line, message: `unterminated heredoc ${marker.name}` });
            return from - 1;
        }
        const body = lines.slice(start, i).map((line) => `${heredocLine(line, marker.chomp)}\n`);
        heredocs.push({ name: marker.name, body: body.join(""), line: start + 1 });
        i++;
    }
    instruction.heredocs = heredocs;
    return i - 1;
}
/** Line indexes by content (and by content without leading tabs, for `<<-`), built once per file. */
const terminators = new WeakMap();
/**
 * The index of the first line at or after `from` that ends a heredoc named `name`, or `lines.length`.
 * Looked up in an index rather than scanned: a file of unterminated heredocs must not read the rest of
 * the file once per heredoc.
 */
function terminatorLine(lines, from, name, chomp) {
    let index = terminators.get(lines);
    if (!index) {
        index = { exact: new Map(), chomped: new Map() };
        lines.forEach((line, k) => {
            for (const [map, key] of [[index.exact, line], [index.chomped, heredocLine(line, true)]]) {
                const list = map.get(key);
                if (list)
                    list.push(k);
                else
                    map.set(key, [k]);
            }
        });
        terminators.set(lines, index);
    }
    const list = (chomp ? index.chomped : index.exact).get(name) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < list.length ? list[lo] : lines.length;
}
/** `<<-` strips leading tabs from body lines and from the terminator. */
function heredocLine(line, chomp) {
    return chomp ? line.replace(/^\t+/, "") : line;
}
/** `<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF` words, in order; a trailing redirection (`<<EOF>file`) is not part of the name. */
function heredocMarkers(args, escape) {
    const markers = [];
    for (const word of splitWords(args, escape)) {
        const match = HEREDOC_WORD.exec(word.text);
        if (!match)
            continue;
        const rest = match[3];
        const quoted = /^(["'])(.*?)\1/.exec(rest);
        const name = quoted ? quoted[2] : (/^[^\s<>|&;()]+/.exec(rest)?.[0] ?? "");
        if (name)
            markers.push({ name, chomp: match[2] === "-" });
    }
    return markers;
}
/** Splits on blanks outside quotes; quotes and escapes stay in the words as written. */
function splitWords(text, escape) {
    const words = [];
    let current = "";
    let start = -1;
    let quote = "";
    for (let k = 0; k < text.length; k++) {
        const ch = text[k];
        if (!quote && (ch === " " || ch === "\t")) {
            if (start >= 0)
                words.push({ text: current, start });
            current = "";
            start = -1;
            continue;
        }
        if (start < 0)
            start = k;
        current += ch;
        if (ch === escape && quote !== "'" && k + 1 < text.length)
            current += text[++k];
        else if (quote && ch === quote)
            quote = "";
        else if (!quote && (ch === '"' || ch === "'"))
            quote = ch;
    }
    if (start >= 0)
        words.push({ text: current, start });
    return words;
}
function addInstruction(doc, instruction) {
    if (instruction.keyword === "FROM") {
        doc.stages.push(readStage(doc, instruction));
        return;
    }
    const stage = doc.stages.at(-1);
    if (stage) {
        stage.instructions.push(instruction);
    }
    else if (instruction.keyword === "ARG") {
        readGlobalArgs(doc, instruction);
    }
    else {
        doc.errors.push({ line: instruction.line, message: `${instruction.keyword} before the first FROM` });
    }
}
function readStage(doc, instruction) {
    const escape = doc.escape;
    const words = splitWords(instruction.args, escape);
    const image = words[0];
    const hasName = words.length === 3 && words[1].text.toUpperCase() === "AS";
    if (!image || (words.length !== 1 && !hasName)) {
        doc.errors.push({ line: instruction.line, message: "FROM takes an image, optionally followed by AS name" });
    }
    const where = positionInArgs(instruction, image?.start ?? instruction.args.length);
    const stage = {
        index: doc.stages.length,
        from: { raw: image ? expandWord(image.text, doc.args, escape) : "", line: where.line, column: where.column },
        instructions: [],
    };
    if (hasName)
        stage.name = words[2].text.toLowerCase();
    const platform = instruction.flags.find((flag) => flag.startsWith("--platform="));
    if (platform)
        stage.from.platform = expandWord(platform.slice("--platform=".length), doc.args, escape);
    return stage;
}
/** `ARG A`, `ARG A=1 B="two"`; a default may use the ARGs declared before it. */
function readGlobalArgs(doc, instruction) {
    for (const word of splitWords(instruction.args, doc.escape)) {
        const eq = word.text.indexOf("=");
        if (eq === 0) {
            doc.errors.push({ line: instruction.line, message: `ARG without a name: ${safeWord(word.text)}` });
        }
        else if (eq < 0) {
            doc.args[word.text] = undefined;
        }
        else {
            doc.args[word.text.slice(0, eq)] = expandWord(word.text.slice(eq + 1), doc.args, doc.escape);
        }
    }
}
/** Removes quotes and escapes, leaving `$` references as written. */
function unquote(word, escape) {
    return processWord(word, escape, null);
}
/**
 * Removes quotes and escapes and substitutes `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`,
 * `${NAME:+alt}`, `${NAME+alt}`. A variable without a value keeps its text, so it shows as unresolved.
 */
function expandWord(word, vars, escape, depth = 0) {
    // Defaults nested deeper than real files nest them are left as written (see MAX_INTERPOLATION_DEPTH).
    if (depth > _interpolate_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INTERPOLATION_DEPTH */ .Mq)
        return word;
    const expanded = processWord(word, escape, vars, depth);
    // `ARG B=${A}${A}` forty times doubles a value past any string length: such a value stays as written.
    return expanded.length > MAX_EXPANDED_LENGTH ? word : expanded;
}
/** Longer than any value a real build argument expands to. */
const MAX_EXPANDED_LENGTH = 256 * 1024;
function processWord(word, escape, vars, depth = 0) {
    let out = "";
    let quote = "";
    let braces;
    for (let k = 0; k < word.length; k++) {
        const ch = word[k];
        if (quote === "'") {
            if (ch === "'")
                quote = "";
            else
                out += ch;
        }
        else if (ch === escape && k + 1 < word.length) {
            const next = word[k + 1];
            // Inside double quotes only `"`, `$` and the escape char itself are escaped, as in sh.
            if (quote && next !== '"' && next !== "$" && next !== escape)
                out += ch;
            out += next;
            k++;
        }
        else if (ch === '"' || (ch === "'" && !quote)) {
            quote = quote === ch ? "" : ch;
        }
        else if (ch === "$" && vars) {
            const ref = readVariable(word, k, () => (braces ??= (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_0__/* .braceMatches */ .X1)(word)));
            out += ref ? substitute(ref, vars, escape, depth) : ch;
            if (out.length > MAX_EXPANDED_LENGTH)
                return word;
            if (ref)
                k += ref.text.length - 1;
        }
        else {
            out += ch;
        }
    }
    return out;
}
function readVariable(word, at, braces) {
    const simple = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(word.slice(at));
    if (simple)
        return { text: simple[0], name: simple[1] };
    if (word[at + 1] !== "{")
        return undefined;
    const close = braces()[at + 1];
    if (close < 0)
        return undefined;
    const inner = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(word.slice(at + 2, close));
    if (!inner)
        return undefined;
    return { text: word.slice(at, close + 1), name: inner[1], operator: inner[2], operand: inner[3] };
}
function substitute(ref, vars, escape, depth) {
    const value = Object.hasOwn(vars, ref.name) ? vars[ref.name] : undefined;
    const operand = () => expandWord(ref.operand ?? "", vars, escape, depth + 1);
    switch (ref.operator) {
        case ":-":
            return value ? value : operand();
        case "-":
            return value ?? operand();
        case ":+":
            return value ? operand() : "";
        case "+":
            return value !== undefined ? operand() : "";
        default:
            // No operator, or `?`/`:?` whose error only the build can raise.
            return value ?? ref.text;
    }
}


/***/ }),

/***/ 5576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ai: () => (/* binding */ yamlComments),
/* harmony export */   h1: () => (/* binding */ packageFileComments),
/* harmony export */   p8: () => (/* binding */ dockerfileComments)
/* harmony export */ });
/* unused harmony export envFileComments */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _parsers_dockerfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8088);
// How each format writes comments, for inline suppressions: a suppression counts only in a comment,
// never in a value that merely contains the marker.


/**
 * YAML comments as the YAML parser reads them: `#` at the start of a line or after white space, never
 * inside a quoted or block scalar (`command: "echo # x"`, `run: |` bodies).
 */
const yamlComments = {
    where: "a YAML comment starts with # at the start of a line or after a space, outside quotes",
    comments(text) {
        const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const comments = [];
        for (const document of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lineCounter.addNewLine).parse(text)) {
            // The CST nests comments in several places (document start, map items, flow collections, scalar
            // ends); each is a token of type "comment". Walked with a stack: hostile nesting cannot overflow it.
            const stack = [document];
            while (stack.length > 0) {
                const node = stack.pop();
                // One push per child: spreading a flow sequence of a million items would overflow the call stack.
                if (Array.isArray(node))
                    for (const child of node)
                        stack.push(child);
                else if (typeof node === "object" && node !== null) {
                    const token = node;
                    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
                        comments.push({ line: lineCounter.linePos(token.offset).line, text: token.source });
                    }
                    else
                        for (const child of Object.values(node))
                            stack.push(child);
                }
            }
        }
        return comments;
    },
};
/** Lines whose first non-blank character is `#`: the only comments of env files. */
function wholeLineComments(lines) {
    return lines.flatMap((line, i) => (/^\s*#/.test(line) ? [{ line: i + 1, text: line.trimStart() }] : []));
}
const envFileComments = {
    where: "in an env file a comment is a line that starts with #",
    comments: (_text, lines) => wholeLineComments(lines),
};
const packageFileComments = {
    where: "in a requirements, TOML or lock file a comment is a line that starts with #",
    comments: (_text, lines) => wholeLineComments(lines),
};
/**
 * Dockerfile comments: lines whose first non-blank character is `#` (also between continued lines, which
 * BuildKit drops), except in heredoc bodies, which are the script's text. A `#` after an instruction is
 * not a Dockerfile comment (`RUN x # y` hands `# y` to the shell).
 */
const dockerfileComments = {
    where: "in a Dockerfile a comment is a line that starts with #",
    comments(text, lines) {
        const inHeredoc = new Set();
        for (const stage of (0,_parsers_dockerfile_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDockerfile */ .Ai)(text, "").stages) {
            for (const instruction of stage.instructions) {
                for (const heredoc of instruction.heredocs) {
                    // The body's lines and the terminator after them.
                    const count = heredoc.body.split("\n").length;
                    for (let line = heredoc.line; line < heredoc.line + count; line++)
                        inHeredoc.add(line);
                }
            }
        }
        return wholeLineComments(lines).filter((comment) => !inHeredoc.has(comment.line));
    },
};


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


/***/ })

};
