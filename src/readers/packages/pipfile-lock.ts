// Pipfile.lock: JSON written by pipenv, `default` (installed) and `develop` (`pipenv install --dev`) map
// each package to its pin (`"version": "==2.31.0"`) or its source (`git`, `file`, `path`). Read by a
// scan of the tokens that keeps each key's line and reads on past a syntax error.
import type { PackageComponent } from "../../model/types.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";
import { pypiPackage, type VersionSpec } from "./pep508.js";

interface LockEntry {
  section: string;
  name: string;
  line: number;
  /** The entry's string and boolean fields (`version`, `git`, `ref`, `editable` …). */
  fields: Map<string, string | boolean>;
}

const SECTIONS = new Set(["default", "develop"]);

/**
 * The package entries of the text: objects two levels under `default` or `develop`. One pass over the
 * text with a stack of open brackets (no recursion); malformed parts are passed over.
 */
function scanEntries(text: string): LockEntry[] {
  const entries: LockEntry[] = [];
  /** Open brackets, outermost first. */
  const open: string[] = [];
  /** The key last read in each open object, and its line. */
  const keys: { key?: string; line: number }[] = [];
  let expectingKey = false;
  let entry: LockEntry | undefined;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === '"') {
      const start = i;
      const startLine = line;
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === "\\") i++;
        if (text[i] === "\n") line++;
      }
      const value = decode(text.slice(start, i + 1));
      const depth = open.length;
      if (expectingKey && open[depth - 1] === "{") {
        keys[depth - 1] = { key: value, line: startLine };
        expectingKey = false;
      } else if (entry && depth === 3) entry.fields.set(keys[2].key ?? "", value);
    } else if (c === "{" || c === "[") {
      open.push(c);
      keys.push({ line });
      expectingKey = c === "{";
      if (c === "{" && open.length === 3 && open[0] === "{" && open[1] === "{" && SECTIONS.has(keys[0].key ?? "")) {
        entry = { section: keys[0].key ?? "", name: keys[1].key ?? "", line: keys[1].line, fields: new Map() };
        entries.push(entry);
      }
    } else if (c === "}" || c === "]") {
      open.pop();
      keys.pop();
      if (open.length < 3) entry = undefined;
      expectingKey = false;
    } else if (c === ",") expectingKey = open[open.length - 1] === "{";
    else if ((c === "t" || c === "f") && entry && open.length === 3) {
      const literal = text.startsWith("true", i) ? true : text.startsWith("false", i) ? false : undefined;
      if (literal !== undefined) entry.fields.set(keys[2].key ?? "", literal);
    }
  }
  return entries;
}

function decode(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** The line of a JSON syntax error, where the engine's message names one (by line, or by offset), or the end of a cut-off file. */
function errorLine(text: string, message: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  let count = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/**
 * An index version (`==2.31.0`), else where the package comes from: a VCS checkout or an archive (a URL or
 * a file) is listed as written, never matched; a local folder (`path`, the project itself) is no dependency.
 */
function entrySpec(fields: Map<string, string | boolean>): VersionSpec | undefined {
  const version = fields.get("version");
  if (typeof version === "string" && /^===?[^=*,<>!~]+$/.test(version)) return { version: version.replace(/^===?/, "") };
  const git = fields.get("git");
  if (typeof git === "string") {
    const ref = fields.get("ref");
    return { requirement: `${git.startsWith("git+") ? "" : "git+"}${git}${typeof ref === "string" ? `@${ref}` : ""}` };
  }
  const file = fields.get("file");
  if (typeof file === "string") return { requirement: file };
  if (fields.has("path") || fields.get("editable") === true) return undefined;
  if (typeof version === "string") return { requirement: version };
  return undefined;
}

export function parsePipfileLock(file: SourceText): PackageFileResult {
  const packages: PackageComponent[] = [];
  for (const entry of scanEntries(file.text)) {
    const spec = entrySpec(entry.fields);
    if (!spec || entry.name === "") continue;
    packages.push(pypiPackage(entry.name, spec, "lockfile", { file: file.path, line: entry.line }, entry.section === "develop" ? { dev: true } : {}));
  }
  try {
    JSON.parse(file.text);
    return { packages, notices: [] };
  } catch (error) {
    // The engine quotes the text around the error, new lines and all.
    const message = (error as Error).message.replace(/\s+/g, " ");
    const line = errorLine(file.text, message);
    return { packages, notices: [{ file: file.path, ...(line ? { line } : {}), kind: "parse-error", message: `JSON: ${message}` }] };
  }
}
