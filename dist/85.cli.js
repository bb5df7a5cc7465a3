export const id = 85;
export const ids = [85];
export const modules = {

/***/ 1085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  comments: () => (/* reexport */ comments/* dockerfileComments */.p8),
  dockerfileToModel: () => (/* binding */ dockerfileToModel),
  namedStages: () => (/* binding */ namedStages),
  read: () => (/* binding */ read)
});

// EXTERNAL MODULE: ./src/parsers/dockerfile.ts
var dockerfile = __webpack_require__(8766);
// EXTERNAL MODULE: ./src/model/image.ts
var model_image = __webpack_require__(3466);
// EXTERNAL MODULE: ./src/model/part.ts
var model_part = __webpack_require__(4910);
// EXTERNAL MODULE: ./src/readers/notices.ts
var notices = __webpack_require__(2927);
// EXTERNAL MODULE: ../main/node_modules/semver/index.js
var semver = __webpack_require__(3880);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/model/package-name.ts
var package_name = __webpack_require__(6475);
;// CONCATENATED MODULE: ./src/readers/dockerfile-installs.ts
// Packages a Dockerfile installs by name and version: `apt-get install pkg=1.2-1`, `pip install x==1.0`,
// `npm install x@1.0.0`, `go install mod/cmd@v1.2.3`, and GitHub release assets fetched with curl, wget or
// ADD. Each becomes a package component at the line and column of its own token. The shell text is split
// into words and commands by a single pass over it (quotes, `&&`, `;`, `|`, newlines), not parsed as a
// program: that is enough to find an installer and its operands, and costs one read of the text.



/**
 * Characters of variable values substituted, and ENV values carried into stages, per file. Real Dockerfiles
 * stay within kilobytes; values that double each other (`ARG B=$A$A`) referenced many times, or long chains
 * of stages each inheriting many variables, would otherwise cost far more than the file's length.
 */
const EXPANSION_BUDGET = 4 * 1024 * 1024;
const SHELLS = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh"]);
/** Shell words that may stand before a command: `if … ; then pip install …; fi`. */
const COMMAND_PREFIXES = new Set(["if", "then", "else", "elif", "do", "while", "until", "!", "{", "time", "exec", "nohup"]);
const SUDO_VALUE_OPTIONS = new Set(["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "-U", "--user", "--group"]);
const ENV_VALUE_OPTIONS = new Set(["-u", "--unset", "-C", "--chdir"]);
/** apt-get and apt options whose value is the next word. */
const APT_VALUE_OPTIONS = new Set(["-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release"]);
/** pip and `uv pip` options whose value is the next word (`-r file`, `-c file`, `--index-url URL`). */
const PIP_VALUE_OPTIONS = new Set([
    "-r", "--requirement", "-c", "--constraint", "--constraints", "-e", "--editable", "-t", "--target", "--prefix", "--root",
    "--src", "--platform", "--python-version", "--implementation", "--abi", "--upgrade-strategy", "-C", "--config-settings",
    "--global-option", "--no-binary", "--only-binary", "--progress-bar", "--root-user-action", "--report", "-i", "--index-url",
    "--extra-index-url", "-f", "--find-links", "--log", "--proxy", "--retries", "--timeout", "--exists-action", "--trusted-host",
    "--cert", "--client-cert", "--cache-dir", "--use-feature", "--use-deprecated", "--keyring-provider", "--group",
    // uv's own
    "-p", "--python", "--index", "--default-index", "--index-strategy", "--resolution", "--prerelease", "--override",
    "-b", "--build-constraint", "--extra", "-P", "--upgrade-package", "--reinstall-package", "--link-mode", "--directory",
    "--project", "--config-file", "--python-platform", "--torch-backend", "--exclude-newer", "--allow-insecure-host",
]);
/** npm, yarn and pnpm options whose value is the next word. */
const JS_VALUE_OPTIONS = new Set(["--prefix", "--registry", "--omit", "--include", "--workspace", "--location", "--cache", "--tag", "--cwd", "--modules-folder", "--filter", "--dir"]);
/** `go install` build flags whose value is the next word. */
const GO_VALUE_OPTIONS = new Set(["-ldflags", "-gcflags", "-asmflags", "-tags", "-o", "-mod", "-modfile", "-p", "-pkgdir", "-toolexec", "-overlay", "-C"]);
const PIP = /^pip\d*(?:\.\d+)?$/;
const PYTHON = /^python\d*(?:\.\d+)?$/;
/** `KEY=value` before a command. */
const ASSIGNMENT = /^[A-Za-z_]\w*=/;
/** A heredoc marker word as the parser reads it: `<<EOF`, `<<-"EOF"`, `3<<EOF`. */
const HEREDOC_MARKER = /^\d*<<-?["']?[^\s<>|&;()"']/;
/** `https://github.com/<owner>/<repo>/releases/download/<tag>/<asset>`. */
const GITHUB_RELEASE = /^https?:\/\/github\.com\/([^/\s]+)\/([^/\s]+)\/releases\/download\/([^/\s]+)\/[^/\s]/i;
/** A Debian package name, with an optional `:arch` qualifier. */
const APT_NAME = /^([a-z0-9][a-z0-9+.-]*)(?::[a-z0-9-]+)?$/;
/** A Debian version: optional epoch, upstream version, optional revision. */
const APT_VERSION = /^[0-9][A-Za-z0-9.+~:-]*$/;
/** A Python distribution name (the part before extras and specifiers). */
const PYPI_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*/;
const PEP440_OPERATOR = /^(?:===|==|~=|!=|<=|>=|<|>)/;
const PEP440_VERSION = /^[A-Za-z0-9.+!_-]+$/;
const NPM_NAME = /^(?:@[\w.~-]+\/)?[\w.~-]+$/;
/** A Go module version: `v1.2.3`, pre-release and pseudo-versions included. */
const GO_VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** A Go version query for the newest release of a line: `@v1`, `@v1.2`. */
const GO_QUERY = /^v\d+(?:\.\d+)?$/;
/** npm specs longer than any real version or range are not read (semver's own limit on versions). */
const MAX_NPM_SPEC = 256;
/** Packages every RUN installs and every release asset RUN or ADD downloads, in file order. */
function installedPackages(doc, text) {
    const reader = new InstallReader(doc, text);
    reader.readStages();
    return { packages: reader.packages, notices: reader.notices };
}
class InstallReader {
    doc;
    text;
    packages = [];
    notices = [];
    budget = EXPANSION_BUDGET;
    vars = Object.create(null);
    /** The line being read (a FROM or an instruction), for the notice when the budget runs out. */
    line = 0;
    sourceLines;
    constructor(doc, text) {
        this.doc = doc;
        this.text = text;
    }
    readStages() {
        // The ENV a named stage ends with: a stage built FROM it starts with those values (ARGs do not carry over).
        const stageEnv = new Map();
        for (const stage of this.doc.stages) {
            this.line = stage.from.line;
            const base = stageEnv.get(stage.from.raw.toLowerCase());
            const env = new Map(base && this.spend(base.size) ? base : []);
            this.vars = Object.create(null);
            for (const [name, value] of env)
                this.vars[name] = value;
            for (const instruction of stage.instructions) {
                this.line = instruction.line;
                this.readInstruction(instruction, env);
            }
            if (stage.name && !stageEnv.has(stage.name))
                stageEnv.set(stage.name, env);
        }
    }
    readInstruction(instruction, env) {
        const escape = this.doc.escape;
        switch (instruction.keyword) {
            case "ARG":
                // ENV wins over an ARG of the same name, whichever comes first.
                for (const word of (0,dockerfile/* splitWords */.yM)(instruction.args, escape)) {
                    const eq = word.text.indexOf("=");
                    const name = eq < 0 ? word.text : word.text.slice(0, eq);
                    const global = Object.hasOwn(this.doc.args, name) ? this.doc.args[name] : undefined;
                    if (!env.has(name))
                        this.vars[name] = eq < 0 ? global : this.expand(word.text.slice(eq + 1), escape);
                }
                break;
            case "ENV":
                for (const [name, value] of this.envPairs(instruction)) {
                    env.set(name, value);
                    this.vars[name] = value;
                }
                break;
            case "RUN":
                this.readRun(instruction);
                break;
            case "ADD":
                this.readAdd(instruction);
                break;
        }
    }
    /** `ENV A=b C="d e"` or the legacy `ENV A b c`; values see the variables set before them. */
    envPairs(instruction) {
        const escape = this.doc.escape;
        const words = (0,dockerfile/* splitWords */.yM)(instruction.args, escape);
        if (words.length === 0)
            return [];
        if (!words[0].text.includes("=")) {
            return words.length < 2 ? [] : [[words[0].text, this.expand(instruction.args.slice(words[1].start), escape)]];
        }
        const pairs = [];
        for (const word of words) {
            const eq = word.text.indexOf("=");
            if (eq > 0)
                pairs.push([word.text.slice(0, eq), this.expand(word.text.slice(eq + 1), escape)]);
        }
        return pairs;
    }
    readRun(instruction) {
        const inArgs = { shell: true, at: (offset) => this.argsPos(instruction, offset) };
        if (!instruction.json) {
            // Which heredoc bodies are shell scripts is known once the command line that names them is read.
            const scripts = this.readCommands(instruction.args, inArgs);
            instruction.heredocs.forEach((heredoc, k) => {
                if (scripts[k])
                    this.readCommands(heredoc.body, { shell: true, at: (offset) => this.heredocPos(heredoc, offset) });
            });
            return;
        }
        const items = instruction.json;
        const offsets = jsonStringOffsets(instruction.args);
        const itemSource = (k) => ({ shell: true, at: (offset) => this.argsPos(instruction, offsets[k][offset]) });
        const flag = SHELLS.has(basename(items[0] ?? "")) ? items.findIndex((item, k) => k > 0 && /^-[a-zA-Z]*c$/.test(item)) : -1;
        if (flag > 0 && flag + 1 < items.length) {
            this.readCommands(items[flag + 1], itemSource(flag + 1));
            return;
        }
        // No shell: the arguments reach the program as written, variables and quotes included.
        const words = items.map((raw, k) => ({ raw, start: offsets[k][0] ?? 0 }));
        this.readCommand(words, { shell: false, at: (offset) => this.argsPos(instruction, offset) });
    }
    /** ADD sources; the Dockerfile itself substitutes the variables in them, in both forms. */
    readAdd(instruction) {
        const escape = this.doc.escape;
        if (instruction.json) {
            const offsets = jsonStringOffsets(instruction.args);
            instruction.json.slice(0, -1).forEach((raw, k) => this.releaseDownload(this.expand(raw, escape), this.argsPos(instruction, offsets[k][0] ?? 0)));
            return;
        }
        for (const word of (0,dockerfile/* splitWords */.yM)(instruction.args, escape).slice(0, -1)) {
            this.releaseDownload(this.expand(word.text, escape), this.argsPos(instruction, word.start));
        }
    }
    /**
     * Reads each command of a shell text; returns, for each heredoc marker in it in order, whether the
     * heredoc is a shell script (a bare `<<EOF` BuildKit runs, or a shell reading it).
     */
    readCommands(text, source) {
        const scripts = [];
        for (const words of shellCommands(text)) {
            const program = this.readCommand(words, source);
            for (const word of words) {
                if (HEREDOC_MARKER.test(word.raw))
                    scripts.push(program === undefined || SHELLS.has(program));
            }
        }
        return scripts;
    }
    /** Reads one command for an install; returns the program it runs (its base name), if any. */
    readCommand(words, source) {
        const plain = (word) => (source.shell ? (0,dockerfile/* unquote */._n)(word.raw, "\\") : word.raw);
        const args = withoutRedirections(words, plain);
        let i = 0;
        while (i < args.length) {
            const word = plain(args[i]);
            if (ASSIGNMENT.test(word) || COMMAND_PREFIXES.has(word))
                i++;
            else if (word === "sudo" || word === "env")
                i = skipOptions(args, i + 1, word === "sudo" ? SUDO_VALUE_OPTIONS : ENV_VALUE_OPTIONS, plain);
            else
                break;
        }
        if (i >= args.length)
            return undefined;
        const program = basename(plain(args[i]));
        const rest = args.slice(i + 1);
        const ctx = { source, plain, value: (word) => (source.shell ? this.expand(word.raw, "\\") : word.raw) };
        if (program === "apt-get" || program === "apt")
            this.apt(rest, ctx);
        else if (PIP.test(program))
            this.pip(rest, ctx, 0);
        else if (PYTHON.test(program))
            this.pythonModule(rest, ctx);
        else if (program === "uv")
            this.pip(rest, ctx, 1);
        else if (program === "npm" || program === "yarn" || program === "pnpm")
            this.js(program, rest, ctx);
        else if (program === "go")
            this.go(rest, ctx);
        else if (program === "curl" || program === "wget") {
            for (const word of rest)
                this.releaseDownload(ctx.value(word), wordPos(word, source));
        }
        return program;
    }
    /** `apt-get install [options] pkg=version …`; packages without a version are the distribution's and are not listed. */
    apt(args, ctx) {
        const [command, ...packages] = operands(args, APT_VALUE_OPTIONS, ctx.plain);
        if (!command || ctx.plain(command) !== "install")
            return;
        for (const word of packages) {
            const text = ctx.value(word);
            const eq = text.indexOf("=");
            if (eq < 0)
                continue;
            const name = APT_NAME.exec(text.slice(0, eq))?.[1];
            const version = text.slice(eq + 1);
            if (!name || !version)
                continue;
            const pin = !version.includes("$") && APT_VERSION.test(version) ? { version } : { requirement: version };
            this.add("apt", name, pin, wordPos(word, ctx.source));
        }
    }
    /** `python -m pip …`: the interpreter's options come before `-m`. */
    pythonModule(args, ctx) {
        for (let k = 0; k < args.length; k++) {
            const word = ctx.plain(args[k]);
            if (word === "-m") {
                if (args[k + 1] && ctx.plain(args[k + 1]) === "pip")
                    this.pip(args.slice(k + 2), ctx, 0);
                return;
            }
            if (!word.startsWith("-") || word === "-c")
                return;
            if (word === "-W" || word === "-X")
                k++;
        }
    }
    /** `pip install …` (`from` 0) or `uv pip install …` (`from` 1): exact pins and ranges; files, paths and URLs are not read here. */
    pip(args, ctx, from) {
        const words = operands(args, PIP_VALUE_OPTIONS, ctx.plain);
        if (from === 1 && (!words[0] || ctx.plain(words[0]) !== "pip"))
            return;
        if (!words[from] || ctx.plain(words[from]) !== "install")
            return;
        for (const word of words.slice(from + 1)) {
            const requirement = pythonRequirement(ctx.value(word));
            if (requirement)
                this.add("PyPI", requirement.name, requirement.pin, wordPos(word, ctx.source));
        }
    }
    /** `npm install|i|add`, `yarn add`, `yarn global add`, `pnpm add`: `name@version` and `name@range`. */
    js(program, args, ctx) {
        const words = operands(args, JS_VALUE_OPTIONS, ctx.plain).map((word) => ({ word, text: ctx.plain(word) }));
        let from = 1;
        if (program === "yarn" && words[0]?.text === "global")
            from = 2;
        const command = words[from - 1]?.text;
        const installs = program === "npm" ? command === "install" || command === "i" || command === "add" : command === "add";
        if (!installs)
            return;
        for (const { word } of words.slice(from)) {
            const spec = npmSpec(ctx.value(word));
            if (spec)
                this.add("npm", spec.name, spec.pin, wordPos(word, ctx.source));
        }
    }
    /** `go install module/path/cmd@v1.2.3`: the name is the package path as written. */
    go(args, ctx) {
        const [command, ...packages] = operands(args, GO_VALUE_OPTIONS, ctx.plain);
        if (!command || ctx.plain(command) !== "install")
            return;
        for (const word of packages) {
            const text = ctx.value(word);
            const at = text.indexOf("@");
            const name = text.slice(0, at);
            const version = text.slice(at + 1);
            if (at <= 0 || name.includes("$"))
                continue;
            let pin;
            if (version.includes("$") || GO_QUERY.test(version))
                pin = { requirement: version };
            else if (GO_VERSION.test(version))
                pin = { version };
            // `@latest`, a branch or a commit name no release.
            if (pin)
                this.add("Go", name, pin, wordPos(word, ctx.source));
        }
    }
    /** A GitHub release asset URL: the repository, at the release's tag (a leading `v` before a digit dropped). */
    releaseDownload(url, pos) {
        const match = GITHUB_RELEASE.exec(url);
        if (!match)
            return;
        const [, owner, repo, tag] = match;
        if (owner.includes("$") || repo.includes("$"))
            return;
        const pin = tag.includes("$") ? { requirement: tag } : { version: tag.replace(/^v(?=\d)/, "") };
        this.add("GitHub", `${owner}/${repo}`.toLowerCase(), pin, pos);
    }
    add(ecosystem, name, pin, pos) {
        this.packages.push({ type: "package", ecosystem, name, ...pin, declaredIn: "dockerfile", pos });
    }
    /** Quotes and escapes removed, the stage's ARG and ENV values substituted while the budget lasts. */
    expand(raw, escape) {
        if (!raw.includes("$") || this.budget <= 0)
            return (0,dockerfile/* unquote */._n)(raw, escape);
        const value = (0,dockerfile/* expandWord */.Vo)(raw, this.vars, escape);
        this.spend(value.length);
        return value;
    }
    /** Takes `amount` from the expansion budget; false (and a notice, once) when it is spent. */
    spend(amount) {
        if (this.budget <= 0)
            return false;
        this.budget -= amount;
        if (this.budget > 0)
            return true;
        this.notices.push({
            file: this.doc.file,
            line: this.line,
            kind: "warning",
            message: `build arguments and ENV values expand to more than ${EXPANSION_BUDGET / 1024 / 1024} MB; install lines from here on are read without their values`,
        });
        return false;
    }
    argsPos(instruction, offset) {
        return { file: this.doc.file, ...(0,dockerfile/* positionInArgs */.Q$)(instruction, offset) };
    }
    /** Heredoc bodies lose their leading tabs with `<<-`: the column counts them back from the file's own line. */
    heredocPos(heredoc, offset) {
        const { index, start, end } = bodyLine(heredoc, offset);
        const line = heredoc.line + index;
        this.sourceLines ??= this.text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
        const tabs = (this.sourceLines[line - 1]?.length ?? 0) - (end - start);
        return { file: this.doc.file, line, column: offset - start + 1 + Math.max(0, tabs) };
    }
}
/** The offsets of the newlines of each heredoc body, found once per body. */
const newlines = new WeakMap();
/** The line of a heredoc body that `offset` falls in: its index in the body, and where it starts and ends. */
function bodyLine(heredoc, offset) {
    let ends = newlines.get(heredoc);
    if (!ends) {
        ends = [];
        for (let k = heredoc.body.indexOf("\n"); k >= 0; k = heredoc.body.indexOf("\n", k + 1))
            ends.push(k);
        newlines.set(heredoc, ends);
    }
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid] < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return { index: lo, start: lo === 0 ? 0 : ends[lo - 1] + 1, end: ends[lo] ?? heredoc.body.length };
}
/** The words of a shell text, command by command: blanks split words; newlines, `;`, `&`, `|` and parentheses split commands. */
function shellCommands(text) {
    const commands = [];
    let command = [];
    let raw = "";
    let start = -1;
    let quote = "";
    /** Open `$(` and `<(` inside the current word: what they hold, blanks and `)` included, belongs to the word. */
    let depth = 0;
    const endWord = () => {
        if (start >= 0)
            command.push({ raw, start });
        raw = "";
        start = -1;
        depth = 0;
    };
    const endCommand = () => {
        endWord();
        if (command.length)
            commands.push(command);
        command = [];
    };
    for (let k = 0; k < text.length; k++) {
        const ch = text[k];
        if (quote) {
            raw += ch;
            if (ch === "\\" && quote === '"' && k + 1 < text.length)
                raw += text[++k];
            else if (ch === quote)
                quote = "";
        }
        else if (ch === "\\" && text[k + 1] === "\n") {
            k++;
        }
        else if (depth === 0 && (ch === " " || ch === "\t" || ch === "\r")) {
            endWord();
        }
        else if (depth === 0 && ch === "#" && start < 0) {
            while (k + 1 < text.length && text[k + 1] !== "\n")
                k++;
        }
        else if (depth === 0 && (ch === "\n" || ch === ";" || ch === "|" || (ch === "&" && !raw.endsWith(">") && !raw.endsWith("<") && text[k + 1] !== ">") || (ch === "(" && start < 0) || ch === ")")) {
            endCommand();
        }
        else {
            if (start < 0)
                start = k;
            raw += ch;
            if (ch === "\\" && k + 1 < text.length)
                raw += text[++k];
            else if (ch === "'" || ch === '"')
                quote = ch;
            else if (ch === "(")
                depth++;
            else if (ch === ")")
                depth--;
        }
    }
    endCommand();
    return commands;
}
/** Redirection operators whose target is the next word (`> /dev/null`, `2>> log`). */
const REDIRECTIONS = new Set([">", ">>", "<", "<<", "<<<", ">&", "&>", "&>>", ">|", "<>"]);
/** The words without redirections and their targets (`2>&1`, `> /dev/null`, `<<EOF`). */
function withoutRedirections(words, plain) {
    const kept = [];
    for (let k = 0; k < words.length; k++) {
        const operator = plain(words[k]).replace(/^\d+/, "");
        if (REDIRECTIONS.has(operator))
            k++;
        else if (!operator.startsWith(">") && !operator.startsWith("<") && !operator.startsWith("&>"))
            kept.push(words[k]);
    }
    return kept;
}
/** The index of the first word at or after `from` that is not an option (or an option's value). */
function skipOptions(words, from, withValue, plain) {
    let k = from;
    while (k < words.length && plain(words[k]).startsWith("-"))
        k += withValue.has(plain(words[k])) ? 2 : 1;
    return k;
}
/** The words that are neither options nor the values of options written as a separate word. */
function operands(words, withValue, plain) {
    const found = [];
    for (let k = 0; k < words.length; k++) {
        const text = plain(words[k]);
        if (text.startsWith("-") && text.length > 1) {
            if (withValue.has(text))
                k++;
        }
        else {
            found.push(words[k]);
        }
    }
    return found;
}
/** Where a word's token starts: past an opening quote, at the package name itself. */
function wordPos(word, source) {
    const quoted = source.shell && (word.raw.startsWith('"') || word.raw.startsWith("'"));
    return source.at(word.start + (quoted ? 1 : 0));
}
function basename(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
/**
 * For each string of a JSON array as written, the offset in the text of each character of its value
 * (an escape such as `\"` or `\u00e9` stands for one character at the offset of its backslash).
 */
function jsonStringOffsets(text) {
    const items = [];
    for (let k = 0; k < text.length; k++) {
        if (text[k] !== '"')
            continue;
        const offsets = [];
        for (k++; k < text.length && text[k] !== '"'; k++) {
            offsets.push(k);
            if (text[k] === "\\")
                k += text[k + 1] === "u" ? 5 : 1;
        }
        items.push(offsets);
    }
    return items;
}
/**
 * A pip requirement: name (PEP 503 normalised; extras and environment markers dropped) and an exact
 * `==`/`===` version, or the specifier when it is a range. Bare names, files, paths and URLs give nothing.
 */
function pythonRequirement(text) {
    const semicolon = text.indexOf(";");
    const requirement = (semicolon < 0 ? text : text.slice(0, semicolon)).trim();
    const name = PYPI_NAME.exec(requirement)?.[0];
    if (!name)
        return undefined;
    let rest = requirement.slice(name.length);
    if (rest.startsWith("[")) {
        const close = rest.indexOf("]");
        if (close < 0)
            return undefined;
        rest = rest.slice(close + 1);
    }
    const specifier = rest.trim();
    if (!specifier)
        return undefined;
    const clauses = specifier.split(",").map((clause) => {
        const operator = PEP440_OPERATOR.exec(clause.trim())?.[0];
        return operator ? { operator, version: clause.trim().slice(operator.length).trim() } : undefined;
    });
    if (clauses.some((clause) => !clause?.version))
        return undefined;
    const normalised = (0,package_name/* normalizePypiName */.T)(name);
    const [only] = clauses;
    const exact = clauses.length === 1 && only && (only.operator === "==" || only.operator === "===") && PEP440_VERSION.test(only.version) && !only.version.includes("*");
    return { name: normalised, pin: exact ? { version: only.version } : { requirement: specifier } };
}
/** `name@1.2.3` or `@scope/name@^1.2`: an exact version, or a range; tags (`latest`), URLs and aliases give nothing. */
function npmSpec(text) {
    const at = text.indexOf("@", 1);
    if (at < 0 || text.length > MAX_NPM_SPEC)
        return undefined;
    const name = text.slice(0, at);
    const spec = text.slice(at + 1);
    if (!NPM_NAME.test(name) || !spec)
        return undefined;
    if (spec.includes("$"))
        return { name, pin: { requirement: spec } };
    const version = semver_default().valid(spec);
    if (version)
        return { name, pin: { version } };
    return semver_default().validRange(spec) ? { name, pin: { requirement: spec } } : undefined;
}

// EXTERNAL MODULE: ./src/readers/comments.ts
var comments = __webpack_require__(7166);
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
    const doc = (0,dockerfile/* parseDockerfile */.Ai)(file.text, file.path);
    const part = (0,model_part/* emptyPart */.b)();
    const model = dockerfileToModel(doc, file.path);
    part.workloads.push(...model.workloads);
    part.components.push(...model.components);
    const installs = installedPackages(doc, file.text);
    // Not pushed as arguments: a file may install more packages than a call takes arguments.
    part.components = part.components.concat(installs.packages);
    part.buildStages.push(...namedStages(doc, file.path));
    return { part, notices: [...(0,notices/* syntaxErrorNotice */.o)(file.path, doc.errors, ""), ...installs.notices] };
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
/**
 * The image config each named stage builds, its chain of stages replayed as for the final stage, for a
 * compose `build.target`. Real Dockerfiles name a handful of stages; past 64 the rest are not offered
 * (each would replay its whole chain), and a service that targets one is judged on the final stage.
 */
const MAX_NAMED_STAGES = 64;
function namedStages(doc, file) {
    return doc.stages
        .filter((stage) => stage.name)
        .slice(0, MAX_NAMED_STAGES)
        .map((stage) => {
        const chain = stageChain(doc.stages, stage);
        const config = replayChain(chain, file, doc.escape, doc.args);
        const built = { file, name: stage.name, argv: [...config.entrypoint, ...config.cmd], entrypointCount: config.entrypoint.length, env: [...config.env.values()], containerPorts: config.ports };
        const image = externalImage(doc.stages, chain[0], file);
        if (image)
            built.image = image;
        return built;
    });
}
/** A stage and the earlier stages it is built `FROM`, base first. */
function stageChain(stages, last) {
    const chain = [last];
    for (let base = baseStage(stages, last); base; base = baseStage(stages, base))
        chain.push(base);
    return chain.reverse();
}
/** The first stage of each name, once per file: a file of 50,000 stages must not search them per stage. */
const firstStages = new WeakMap();
/** The earlier stage a FROM names; stage names compare case-insensitively. */
function baseStage(stages, stage) {
    let first = firstStages.get(stages);
    if (!first)
        firstStages.set(stages, (first = new Map([...stages].reverse().map((s) => [s.name, s]))));
    const earlier = first.get(stage.from.raw.toLowerCase());
    return earlier && earlier.index < stage.index ? earlier : undefined;
}
/** The image a FROM pulls, or undefined for `scratch`, an earlier stage or a missing image. */
function externalImage(stages, stage, file) {
    const raw = stage.from.raw;
    if (!raw || raw.toLowerCase() === "scratch" || baseStage(stages, stage))
        return undefined;
    return (0,model_image/* parseImageRef */.Q)(raw, { file, line: stage.from.line, column: stage.from.column }, false);
}
function finalWorkload(doc, file, final, chain) {
    const config = replayChain(chain, file, doc.escape, doc.args);
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
function replayChain(chain, file, escape, globalArgs) {
    const config = { entrypoint: [], cmd: [], shell: ["/bin/sh", "-c"], env: new Map(), ports: [], cmdSetInStage: false, args: {} };
    for (const stage of chain) {
        config.cmdSetInStage = false;
        config.args = {};
        for (const instruction of stage.instructions)
            applyInstruction(config, instruction, file, escape, globalArgs);
    }
    return config;
}
function applyInstruction(config, instruction, file, escape, globalArgs) {
    switch (instruction.keyword) {
        case "ARG":
            // `ARG NAME=default`, or `ARG NAME` taking the global ARG's default into the stage.
            for (const word of (0,dockerfile/* splitWords */.yM)(instruction.args, escape)) {
                const eq = word.text.indexOf("=");
                const name = eq < 0 ? word.text : word.text.slice(0, eq);
                config.args[name] = eq < 0 ? globalArgs[name] : (0,dockerfile/* unquote */._n)(word.text.slice(eq + 1), escape);
            }
            break;
        case "USER":
            // `USER $UID` with `ARG UID=0`: the build runs as root unless the build arg is passed.
            if (instruction.args)
                config.user = { value: (0,dockerfile/* expandWord */.Vo)(instruction.args, { ...config.args, ...Object.fromEntries([...config.env].map(([k, v]) => [k, v.value])) }, escape), pos: argPos(instruction, 0, file) };
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
    return { file, ...(0,dockerfile/* positionInArgs */.Q$)(instruction, offset) };
}
/** Exec form as written; shell form runs the whole string under SHELL (`/bin/sh -c` by default). */
function commandTokens(instruction, shell, file) {
    const tokens = instruction.json ?? [...shell, instruction.args];
    const pos = instructionPos(instruction, file);
    return tokens.map((value) => ({ value, pos }));
}
/** `ENV A=b C="d e"` or the legacy `ENV A b c` (one variable, the rest is its value). */
function envVars(instruction, file, escape) {
    const words = (0,dockerfile/* splitWords */.yM)(instruction.args, escape);
    if (words.length === 0)
        return [];
    if (!words[0].text.includes("=")) {
        if (words.length < 2)
            return [];
        const value = (0,dockerfile/* unquote */._n)(instruction.args.slice(words[1].start), escape);
        return [{ name: words[0].text, value, source: "literal", pos: argPos(instruction, 0, file) }];
    }
    return words.flatMap((word) => {
        const eq = word.text.indexOf("=");
        if (eq <= 0)
            return [];
        const value = (0,dockerfile/* unquote */._n)(word.text.slice(eq + 1), escape);
        return [{ name: word.text.slice(0, eq), value, source: "literal", pos: argPos(instruction, word.start, file) }];
    });
}
/** `EXPOSE 8080 9090/tcp`; variables and ranges are skipped, a port already listed is kept once. */
function addPorts(ports, instruction, file, escape) {
    // The ports already in `ports`, kept beside the list: a long EXPOSE must not search the list per port.
    let known = knownPorts.get(ports);
    if (!known)
        knownPorts.set(ports, (known = new Set(ports.map((p) => p.value))));
    for (const word of (0,dockerfile/* splitWords */.yM)(instruction.args, escape)) {
        const match = /^(\d+)(?:\/(?:tcp|udp|sctp))?$/i.exec((0,dockerfile/* unquote */._n)(word.text, escape));
        const port = match ? Number(match[1]) : 0;
        if (port < 1 || port > 65535 || known.has(port))
            continue;
        known.add(port);
        ports.push({ value: port, pos: argPos(instruction, word.start, file) });
    }
}
const knownPorts = new WeakMap();
/** A RUN that writes a `NOPASSWD: ALL` rule into /etc/sudoers or /etc/sudoers.d. */
function sudoRule(instruction, file) {
    const text = stepText(instruction);
    const rule = SUDOERS_FILE.test(text) ? NOPASSWD_ALL.exec(text) : null;
    if (!rule)
        return undefined;
    // The user or %group the rule is for: the word before it, looked for in a bounded window only.
    const who = /(?<![^\s"'=/])([^\s"'=/]+)[ \t]+$/.exec(text.slice(Math.max(0, rule.index - 64), rule.index))?.[1];
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


/***/ })

};
