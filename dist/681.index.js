export const id = 681;
export const ids = [681];
export const modules = {

/***/ 684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ emptyPart)
/* harmony export */ });
function emptyPart() {
    return { workloads: [], components: [], services: [], routes: [], kustomizations: [], patchFiles: [], secretValues: [], configMaps: [], portNames: new Map() };
}


/***/ }),

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ interpolate),
/* harmony export */   z: () => (/* binding */ matchingBrace)
/* harmony export */ });
// Compose-style variable interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
// `$VAR` and `$$`. A variable without a default is left as written: whoever deploys sets it.
function interpolate(text) {
    let out = "";
    let sawVariable = false;
    let sawDefault = false;
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
            if (m && (m[2] === ":-" || m[2] === "-")) {
                const inner = interpolate(m[3] ?? "");
                out += inner.value;
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
            out += "$" + name[0];
            sawVariable = true;
            i += 1 + name[0].length;
            continue;
        }
        out += ch;
        i++;
    }
    return { value: out, source: sawVariable ? "variable" : sawDefault ? "variable-default" : "literal" };
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

/***/ 3681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dockerfileToModel: () => (/* binding */ dockerfileToModel),
  read: () => (/* binding */ read)
});

// EXTERNAL MODULE: ./src/parsers/interpolate.ts
var interpolate = __webpack_require__(995);
;// CONCATENATED MODULE: ./src/parsers/dockerfile.ts
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
/** Source line and column of `args[offset]`. */
function positionInArgs(instruction, offset) {
    let found = instruction.segments[0] ?? { offset: 0, line: instruction.line, column: 1 };
    for (const segment of instruction.segments) {
        if (segment.offset <= offset)
            found = segment;
    }
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
        while (i < lines.length && heredocLine(lines[i], marker.chomp) !== marker.name)
            i++;
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
function expandWord(word, vars, escape) {
    return processWord(word, escape, vars);
}
function processWord(word, escape, vars) {
    let out = "";
    let quote = "";
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
            const ref = readVariable(word, k);
            out += ref ? substitute(ref, vars, escape) : ch;
            if (ref)
                k += ref.text.length - 1;
        }
        else {
            out += ch;
        }
    }
    return out;
}
function readVariable(word, at) {
    const simple = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(word.slice(at));
    if (simple)
        return { text: simple[0], name: simple[1] };
    if (word[at + 1] !== "{")
        return undefined;
    const close = (0,interpolate/* matchingBrace */.z)(word, at + 1);
    if (close < 0)
        return undefined;
    const inner = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(word.slice(at + 2, close));
    if (!inner)
        return undefined;
    return { text: word.slice(at, close + 1), name: inner[1], operator: inner[2], operand: inner[3] };
}
function substitute(ref, vars, escape) {
    const value = Object.hasOwn(vars, ref.name) ? vars[ref.name] : undefined;
    const operand = () => expandWord(ref.operand ?? "", vars, escape);
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

// EXTERNAL MODULE: ./src/model/image.ts
var model_image = __webpack_require__(1444);
// EXTERNAL MODULE: ./src/model/part.ts
var model_part = __webpack_require__(684);
// EXTERNAL MODULE: ./src/readers/notices.ts
var notices = __webpack_require__(5709);
;// CONCATENATED MODULE: ./src/readers/dockerfile.ts




const PLATFORM = {
    noun: "final stage",
    definesImage: true,
    hardeningSettings: false,
    deploysAsWritten: true,
    fix: {
        nonRoot: "Create an unprivileged user and end the final stage with `USER <uid>`.",
        secret: "Pass it at deploy time (${VAR} from an uncommitted .env, or a secret) and rotate the value.",
        noPrivilegeEscalation: "Set no-new-privileges where the container runs.",
    },
};
function read(file) {
    // `# syntax=` naming another BuildKit frontend (Dalec, for one): the file is not a Dockerfile.
    // Parser directives are only read in the comment lines at the very top.
    const lines = file.text.split(/\r?\n/, 20);
    const directives = lines.slice(0, Math.max(0, lines.findIndex((l) => !/^\s*#/.test(l))));
    const syntax = directives.map((line) => /^\s*#\s*syntax\s*=\s*(\S+)/i.exec(line)).find(Boolean);
    if (syntax && !/dockerfile/i.test(syntax[1])) {
        return { part: (0,model_part/* emptyPart */.b)(), notices: [], notThisFormat: `written for the BuildKit frontend ${syntax[1]}, not the Dockerfile syntax; not scanned` };
    }
    const doc = parseDockerfile(file.text, file.path);
    const part = (0,model_part/* emptyPart */.b)();
    const model = dockerfileToModel(doc, file.path);
    part.workloads.push(...model.workloads);
    part.components.push(...model.components);
    return { part, notices: (0,notices/* syntaxErrorNotice */.o)(file.path, doc.errors, "") };
}
const SUDOERS_FILE = /\/etc\/sudoers\b/;
/** `user ALL=(ALL) NOPASSWD: ALL`, other tags such as `SETENV:` allowed around NOPASSWD. */
const NOPASSWD_ALL = /\bALL\s*=\s*(?:\([^)]*\)\s*)?(?:[A-Z_]+\s*:\s*)*NOPASSWD\s*:\s*(?:[A-Z_]+\s*:\s*)*ALL\b/;
function dockerfileToModel(doc, file) {
    const final = doc.stages.at(-1);
    if (!final)
        return { workloads: [], components: [] };
    const chain = stageChain(doc.stages, final);
    const workload = finalWorkload(doc, file, final, chain);
    return { workloads: [workload], components: imageComponents(doc, file, new Set(chain), workload.id) };
}
/** The final stage and the earlier stages it is built `FROM`, base first. */
function stageChain(stages, final) {
    const chain = [final];
    for (let base = baseStage(stages, final); base; base = baseStage(stages, base))
        chain.unshift(base);
    return chain;
}
/** The earlier stage a FROM names; stage names compare case-insensitively. */
function baseStage(stages, stage) {
    const name = stage.from.raw.toLowerCase();
    return stages.find((earlier) => earlier.index < stage.index && earlier.name === name);
}
/** The image a FROM pulls, or undefined for `scratch`, an earlier stage or a missing image. */
function externalImage(stages, stage, file) {
    const raw = stage.from.raw;
    if (!raw || raw.toLowerCase() === "scratch" || baseStage(stages, stage))
        return undefined;
    return (0,model_image/* parseImageRef */.Q)(raw, { file, line: stage.from.line, column: stage.from.column }, false);
}
function finalWorkload(doc, file, final, chain) {
    const config = replayChain(chain, file, doc.escape);
    const id = final.name ? `stages.${final.name}` : `stages[${final.index}]`;
    const workload = {
        id,
        kind: "dockerfile-stage",
        platform: PLATFORM,
        name: final.name ?? "final stage",
        unit: { id, name: final.name ?? "final stage" },
        file,
        pos: { file, line: final.from.line },
        argv: [...config.entrypoint, ...config.cmd],
        entrypointCount: config.entrypoint.length,
        env: [...config.env.values()],
        containerPorts: config.ports,
        exposures: [],
        volumes: [],
        security: { capAdd: [], capDrop: [], unconfined: [] },
        labels: {},
        // Every stage, not only the chain: what a build stage downloads can be copied into the image.
        buildSteps: doc.stages.flatMap((stage) => stage.instructions.flatMap((instruction) => buildStep(instruction, file))),
    };
    const image = externalImage(doc.stages, chain[0], file);
    if (image)
        workload.image = image;
    if (config.user)
        workload.security.user = config.user;
    if (config.passwordlessSudo)
        workload.security.passwordlessSudo = config.passwordlessSudo;
    return workload;
}
/** Applies the chain's instructions in order, so the last USER, ENV, CMD … wins, as in Docker. */
function replayChain(chain, file, escape) {
    const config = { entrypoint: [], cmd: [], shell: ["/bin/sh", "-c"], env: new Map(), ports: [], cmdSetInStage: false };
    for (const stage of chain) {
        config.cmdSetInStage = false;
        for (const instruction of stage.instructions)
            applyInstruction(config, instruction, file, escape);
    }
    return config;
}
function applyInstruction(config, instruction, file, escape) {
    switch (instruction.keyword) {
        case "USER":
            if (instruction.args)
                config.user = { value: instruction.args, pos: argPos(instruction, 0, file) };
            break;
        case "ENV":
            for (const env of envVars(instruction, file, escape))
                config.env.set(env.name, env);
            break;
        case "EXPOSE":
            addPorts(config.ports, instruction, file, escape);
            break;
        case "SHELL":
            if (instruction.json?.length)
                config.shell = instruction.json;
            break;
        case "CMD":
            config.cmd = commandTokens(instruction, config.shell, file);
            config.cmdSetInStage = true;
            break;
        case "ENTRYPOINT":
            config.entrypoint = commandTokens(instruction, config.shell, file);
            if (!config.cmdSetInStage)
                config.cmd = [];
            break;
        case "RUN":
            config.passwordlessSudo ??= sudoRule(instruction, file);
            break;
    }
}
function instructionPos(instruction, file) {
    return { file, line: instruction.line, endLine: instruction.endLine };
}
function argPos(instruction, offset, file) {
    return { file, ...positionInArgs(instruction, offset) };
}
/** Exec form as written; shell form runs the whole string under SHELL (`/bin/sh -c` by default). */
function commandTokens(instruction, shell, file) {
    const tokens = instruction.json ?? [...shell, instruction.args];
    const pos = instructionPos(instruction, file);
    return tokens.map((value) => ({ value, pos }));
}
/** `ENV A=b C="d e"` or the legacy `ENV A b c` (one variable, the rest is its value). */
function envVars(instruction, file, escape) {
    const words = splitWords(instruction.args, escape);
    if (words.length === 0)
        return [];
    if (!words[0].text.includes("=")) {
        if (words.length < 2)
            return [];
        const value = unquote(instruction.args.slice(words[1].start), escape);
        return [{ name: words[0].text, value, source: "literal", pos: argPos(instruction, 0, file) }];
    }
    return words.flatMap((word) => {
        const eq = word.text.indexOf("=");
        if (eq <= 0)
            return [];
        const value = unquote(word.text.slice(eq + 1), escape);
        return [{ name: word.text.slice(0, eq), value, source: "literal", pos: argPos(instruction, word.start, file) }];
    });
}
/** `EXPOSE 8080 9090/tcp`; variables and ranges are skipped, a port already listed is kept once. */
function addPorts(ports, instruction, file, escape) {
    for (const word of splitWords(instruction.args, escape)) {
        const match = /^(\d+)(?:\/(?:tcp|udp|sctp))?$/i.exec(unquote(word.text, escape));
        const port = match ? Number(match[1]) : 0;
        if (port < 1 || port > 65535 || ports.some((known) => known.value === port))
            continue;
        ports.push({ value: port, pos: argPos(instruction, word.start, file) });
    }
}
/** A RUN that writes a `NOPASSWD: ALL` rule into /etc/sudoers or /etc/sudoers.d. */
function sudoRule(instruction, file) {
    const text = stepText(instruction);
    const rule = SUDOERS_FILE.test(text) ? NOPASSWD_ALL.exec(text) : null;
    if (!rule)
        return undefined;
    // The user or %group the rule is for: the word before it, looked for in a bounded window only.
    const who = /([^\s"'=/]+)[ \t]+$/.exec(text.slice(Math.max(0, rule.index - 64), rule.index))?.[1];
    return { value: who ? `${who} ${rule[0]}` : rule[0], pos: instructionPos(instruction, file) };
}
function buildStep(instruction, file) {
    const kind = instruction.keyword;
    if (!isBuildInstruction(kind))
        return [];
    return [
        {
            instruction: kind,
            text: stepText(instruction),
            flags: [...instruction.flags],
            args: kind === "RUN" ? [] : copyArgs(instruction, file),
            pos: instructionPos(instruction, file),
        },
    ];
}
function isBuildInstruction(keyword) {
    return keyword === "RUN" || keyword === "ADD" || keyword === "COPY";
}
/** The text as the shell sees it: exec items joined by spaces, heredoc bodies after the command line. */
function stepText(instruction) {
    const head = instruction.json ? instruction.json.join(" ") : instruction.args;
    return [head, ...instruction.heredocs.map((heredoc) => heredoc.body.replace(/\n$/, ""))].join("\n");
}
/** ADD/COPY sources and destination; BuildKit splits the shell form on whitespace only. */
function copyArgs(instruction, file) {
    if (instruction.json) {
        const pos = instructionPos(instruction, file);
        return instruction.json.map((value) => ({ value, pos }));
    }
    return [...instruction.args.matchAll(/\S+/g)].map((match) => ({
        value: match[0],
        pos: argPos(instruction, match.index, file),
    }));
}
function imageComponents(doc, file, chain, workloadId) {
    const fromStages = doc.stages.flatMap((stage) => {
        const image = externalImage(doc.stages, stage, file);
        if (!image)
            return [];
        const component = imageComponent(image);
        if (chain.has(stage))
            component.workloadId = workloadId;
        return [component];
    });
    return [...fromStages, ...copiedImages(doc, file).map(imageComponent)];
}
function imageComponent(image) {
    const component = { type: "image", name: (0,model_image/* imageName */.t)(image), image, pos: image.pos };
    if (image.tag)
        component.version = image.tag;
    return component;
}
/** Images used without a stage of their own: `COPY --from=ghcr.io/astral-sh/uv:0.5 …`, `RUN --mount=type=bind,from=image,…`. */
function copiedImages(doc, file) {
    const stageNames = new Set(doc.stages.flatMap((s) => (s.name ? [s.name.toLowerCase()] : [])));
    return doc.stages.flatMap((stage) => stage.instructions.flatMap((instruction) => instruction.flags.flatMap((flag) => {
        const from = /^--from=(\S+)$/i.exec(flag)?.[1] ?? (/^--mount=/i.test(flag) ? /(?:^|,)from=([^,\s]+)/i.exec(flag.slice(8))?.[1] : undefined);
        // A stage name or index, or a build context name, is not an image.
        if (!from || stageNames.has(from.toLowerCase()) || /^\d+$/.test(from) || !/[:/.]/.test(from))
            return [];
        return [(0,model_image/* parseImageRef */.Q)(from, instructionPos(instruction, file), false)];
    })));
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


/***/ })

};
