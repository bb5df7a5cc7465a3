// TOML package files: values from smol-toml, lines from a scan of the text for table headers and keys
// (smol-toml keeps no positions). A file that does not parse is read again table by table, so one
// broken table costs only itself.
import { parse, TomlError } from "smol-toml";

export type TomlTable = Record<string, unknown>;

export interface TomlSyntaxError {
  line: number;
  column?: number;
  message: string;
}

/** A `[table]` or `[[array.of.tables]]` header line, with the keys its table writes and the lines they start on. */
export interface TomlHeader {
  path: string[];
  array: boolean;
  /** 1-based; 0 for the keys before the first header. */
  line: number;
  /** Keys written in this table (a dotted key's parts joined by `\0`), each with its line and the line before the next key. */
  keys: Map<string, { line: number; endLine: number }>;
  /** The last line of this table (before the next header). */
  endLine: number;
}

export interface TomlRead {
  root: TomlTable;
  /** The first syntax error, when the file is not valid TOML. */
  error?: TomlSyntaxError;
  lines: string[];
  /** Every header in order, preceded by a pseudo-header (path `[]`, line 0) for the keys before the first one. */
  headers: TomlHeader[];
  /** The first `[table]` header (not an array item) of each path, by its parts joined by `\0`. */
  tables: Map<string, TomlHeader>;
}

/** One segment of a key: bare, or quoted without escapes (the only forms package files use). */
const SEGMENT = /[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*'/g;
const HEADER = /^[ \t]*(\[\[?)[ \t]*((?:[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*'))*)[ \t]*\]\]?[ \t]*(?:#.*)?$/;
const KEY = /^[ \t]*((?:[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*'))*)[ \t]*=/;

/** Nesting of inline arrays and tables beyond anything a package file writes; deeper is refused, not recursed into. */
const MAX_DEPTH = 100;

function keyPath(written: string): string[] {
  return (written.match(SEGMENT) ?? []).map((s) => (s.startsWith('"') || s.startsWith("'") ? s.slice(1, -1) : s));
}

function syntaxError(error: unknown): TomlSyntaxError {
  if (error instanceof TomlError) return { line: error.line, column: error.column, message: error.message.split("\n")[0].replace(/^Invalid TOML document: /, "") };
  return { line: 1, message: (error as Error).message };
}

/**
 * The headers and keys of a TOML text, found line by line. Exact for machine-written files; a line inside a
 * multi-line string that looks like a header can only misplace lines, never values.
 */
function scanHeaders(lines: string[]): TomlHeader[] {
  const headers: TomlHeader[] = [{ path: [], array: false, line: 0, keys: new Map(), endLine: 0 }];
  let current = headers[0];
  let lastKey: { line: number; endLine: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header = line.includes("[") ? HEADER.exec(line) : null;
    if (header) {
      current.endLine = i;
      if (lastKey) lastKey.endLine = i;
      current = { path: keyPath(header[2]), array: header[1] === "[[", line: i + 1, keys: new Map(), endLine: i + 1 };
      headers.push(current);
      lastKey = undefined;
      continue;
    }
    const key = line.includes("=") ? KEY.exec(line) : null;
    if (!key) continue;
    if (lastKey) lastKey.endLine = i;
    lastKey = { line: i + 1, endLine: i + 1 };
    const name = keyPath(key[1]).join("\0");
    if (!current.keys.has(name)) current.keys.set(name, lastKey);
  }
  current.endLine = lines.length;
  if (lastKey) lastKey.endLine = lines.length;
  return headers;
}

export function readToml(text: string): TomlRead {
  const lines = text.split("\n");
  const headers = scanHeaders(lines);
  const tables = new Map<string, TomlHeader>();
  for (const header of headers) if (!header.array && !tables.has(header.path.join("\0"))) tables.set(header.path.join("\0"), header);
  try {
    return { root: parse(text, { maxDepth: MAX_DEPTH }) as TomlTable, lines, headers, tables };
  } catch (error) {
    return { root: readByTable(lines, headers), error: syntaxError(error), lines, headers, tables };
  }
}

/**
 * The lines of the key at `path`: written under the header of its table (`[a.b]` then `c = …`), as a dotted
 * key (`[a]` then `b.c = …`), or inside an inline table (the lines of `b = { c = … }`).
 */
export function keySpan(read: TomlRead, path: string[]): { line: number; endLine: number } | undefined {
  for (let cut = path.length - 1; cut >= 0; cut--) {
    const header = read.tables.get(path.slice(0, cut).join("\0"));
    if (!header) continue;
    for (let end = path.length; end > cut; end--) {
      const key = header.keys.get(path.slice(cut, end).join("\0"));
      if (key) return key;
    }
  }
  return undefined;
}

/**
 * The tables that parse on their own, put together as the whole file would have them. A broken
 * `[[array]]` item still takes its place (empty), so items keep their order against the headers.
 */
function readByTable(lines: string[], headers: TomlHeader[]): TomlTable {
  const root: TomlTable = {};
  for (const header of headers) {
    let body: TomlTable;
    try {
      body = parse(lines.slice(header.line, header.endLine).join("\n"), { maxDepth: MAX_DEPTH }) as TomlTable;
    } catch {
      if (!header.array) continue;
      body = {};
    }
    const parent = tableAt(root, header.path.slice(0, -1));
    const last = header.path[header.path.length - 1];
    if (!parent) continue;
    if (last === undefined) for (const [key, value] of Object.entries(body)) setOwn(root, key, value);
    else if (header.array) {
      const list = Object.hasOwn(parent, last) ? parent[last] : undefined;
      if (Array.isArray(list)) list.push(body);
      else if (list === undefined) setOwn(parent, last, [body]);
    } else {
      const existing = Object.hasOwn(parent, last) ? parent[last] : undefined;
      if (existing === undefined) setOwn(parent, last, body);
      else if (isTable(existing)) for (const [key, value] of Object.entries(body)) setOwn(existing, key, value);
    }
  }
  return root;
}

/** The table at `path` under `root`, made where missing; an array of tables stands for its last item, as in TOML. */
function tableAt(root: TomlTable, path: string[]): TomlTable | undefined {
  let table = root;
  for (const key of path) {
    let next = Object.hasOwn(table, key) ? table[key] : undefined;
    if (next === undefined) {
      next = {};
      setOwn(table, key, next);
    }
    if (Array.isArray(next)) next = next[next.length - 1];
    if (!isTable(next)) return undefined;
    table = next;
  }
  return table;
}

/** Sets an own property, so that a key named `__proto__` is a key and not the prototype. */
function setOwn(table: TomlTable, key: string, value: unknown): void {
  Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}

export function isTable(value: unknown): value is TomlTable {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The value at `path` (own keys only). */
export function valueAt(root: unknown, path: string[]): unknown {
  let value = root;
  for (const key of path) {
    if (!isTable(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

export function stringAt(root: unknown, path: string[]): string | undefined {
  const value = valueAt(root, path);
  return typeof value === "string" ? value : undefined;
}

/**
 * The line of each string of an array written within `span` (a key's lines), in order: the first place
 * after the previous item where the string stands quoted. After a string that is not found as written
 * (escapes), the rest take the span's first line: each line is searched once.
 */
export function itemLines(lines: string[], span: { line: number; endLine: number }, items: string[]): number[] {
  const found: number[] = [];
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

function findQuoted(lines: string[], row: number, column: number, endLine: number, item: string): { row: number; column: number } | undefined {
  for (let r = row; r < endLine && r < lines.length; r++) {
    const line = lines[r];
    for (let at = line.indexOf(item, r === row ? column : 0); at >= 0; at = line.indexOf(item, at + 1)) {
      const before = line[at - 1];
      if ((before === '"' || before === "'") && line[at + item.length] === before) return { row: r, column: at };
    }
  }
  return undefined;
}

/**
 * The items of the array of tables `[[key]]` at the root, each with the line of its `name = "…"` key (else
 * its header): the n-th item parsed is the n-th header found, as a lockfile writes them.
 */
export function arrayOfTables(read: TomlRead, key: string): { table: TomlTable; line: number }[] {
  const items = valueAt(read.root, [key]);
  if (!Array.isArray(items)) return [];
  const headers = read.headers.filter((h) => h.array && h.path.length === 1 && h.path[0] === key);
  return items.flatMap((table: unknown, i) => {
    if (!isTable(table)) return [];
    const header = headers[i];
    const nameKey = header?.keys.get("name");
    const name = stringAt(table, ["name"]);
    const line = nameKey && name !== undefined && read.lines[nameKey.line - 1].includes(name) ? nameKey.line : (header?.line ?? 1);
    return [{ table, line }];
  });
}
