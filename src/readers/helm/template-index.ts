// Reads a Helm template as YAML-shaped text, without running it: which YAML key each line writes (by
// indentation), which values each line's actions read (`.Values.service.type`, `.` inside
// `with .Values.securityContext`, a variable set from `.Values`), and where an action inserts a block of
// values (`toYaml .Values.podSecurityContext | nindent 8`). The rendered output is mapped back onto these
// lines (map.ts). One pass over the text; no regular expression runs over more than one action.

/** A values path: keys, dotted. */
export type ValuesPath = string[];

export interface TemplateLine {
  /** 1-based. */
  line: number;
  /** 1-based column of the key, or of the inserted block. */
  column: number;
  /** The YAML keys from the document's root to the key this line writes (`[]` for a list item). */
  path: string[];
  /** Values the line's actions read, resolved to paths from `.Values`. */
  refs: ValuesPath[];
  /** The text after the key's colon, actions included. */
  value: string;
  /** The line only inserts a block (`toYaml … | nindent N`): `path` is where the block goes. */
  insert: boolean;
  /** Which YAML document of the template (0-based; `---` starts the next). */
  doc: number;
}

export interface TemplateIndex {
  lines: TemplateLine[];
  /** The documents of the template, with their `kind:` when written literally at the top level. */
  docs: { kind?: string }[];
  /** Key lines by their path joined with `\0`. */
  byPath: Map<string, TemplateLine[]>;
  /** Insert lines by the path of the block they fill. */
  inserts: Map<string, TemplateLine[]>;
}

/** What `.` is: the chart's root context, a values path (inside `with .Values.x`), or unknown (inside `range`, `define`). */
type Dot = { root: true } | { values: ValuesPath } | { unknown: true };

/** Stands for an action in the text outside actions. */
const ACTION = "\u0001";

const ROOT: Dot = { root: true };
const UNKNOWN: Dot = { unknown: true };

/** Lines of one template over this are not indexed (findings then point at the template's first line). */
const MAX_TEMPLATE_LINES = 50_000;

export function pathKey(path: readonly string[]): string {
  return path.join("\0");
}

export function indexTemplate(text: string): TemplateIndex {
  const lines: TemplateLine[] = [];
  const byPath = new Map<string, TemplateLine[]>();
  const inserts = new Map<string, TemplateLine[]>();
  const docs: { kind?: string }[] = [{}];
  let docHasLines = false;
  const dots: Dot[] = [ROOT];
  const variables = new Map<string, ValuesPath>();
  /** Open YAML containers: the column a key (or a list item's dash) starts at, and the path segment. */
  const stack: { column: number; segment: string }[] = [];
  let inAction = false;
  const source = text.split("\n");
  if (source.length > MAX_TEMPLATE_LINES) return { lines, docs, byPath, inserts };
  /** The key line an action that runs over several lines started on: what it reads is that line's. */
  let pending: TemplateLine | undefined;
  const readLine = (n: number): TemplateLine | undefined => {
    const raw = source[n].replace(/\r$/, "");
    const continued = inAction;
    // The text outside actions (each action replaced by ACTION), and the actions.
    let outside = "";
    const actions: string[] = [];
    let at = 0;
    while (at <= raw.length) {
      if (inAction) {
        const close = raw.indexOf("}}", at);
        const body = raw.slice(at, close < 0 ? raw.length : close);
        // An action opened on this line, or the rest of one opened on an earlier line.
        if (actions.length === 0) actions.push(body);
        else actions[actions.length - 1] += body;
        if (close < 0) break;
        inAction = false;
        at = close + 2;
        continue;
      }
      const open = raw.indexOf("{{", at);
      if (open < 0) {
        outside += raw.slice(at);
        break;
      }
      outside += `${raw.slice(at, open)}${ACTION}`;
      actions.push("");
      inAction = true;
      at = open + 2;
    }
    const refs: ValuesPath[] = [];
    let insertColumn: number | undefined;
    for (const [i, action] of actions.entries()) {
      const body = trimDashes(action);
      if (i === 0 && continued && pending) {
        pending.refs.push(...references(body, dots[dots.length - 1], variables));
        continue;
      }
      if (body.startsWith("/*")) continue;
      const word = /^[a-z]+/.exec(body)?.[0];
      const current = dots[dots.length - 1];
      if (word === "end") {
        if (dots.length > 1) dots.pop();
        continue;
      }
      if (word === "else") continue;
      const found = references(body, current, variables);
      if (word === "with") dots.push(found[0] ? { values: found[0] } : UNKNOWN);
      else if (word === "if") dots.push(current);
      else if (word === "range" || word === "define" || word === "block") dots.push(UNKNOWN);
      else {
        const assigned = /^\$([A-Za-z_][A-Za-z0-9_]*)\s*:?=/.exec(body);
        if (assigned && found[0]) variables.set(assigned[1], found[0]);
        refs.push(...found);
        const indent = /\b(?:nindent|indent)\s+(\d{1,3})\b/.exec(body);
        if (indent && /\b(?:toYaml|include|tpl|toJson|template)\b/.test(body)) insertColumn = Number(indent[1]) + 1;
        else if (/\b(?:toYaml|include|tpl)\b/.test(body) && insertColumn === undefined) insertColumn = -1;
      }
    }
    const content = outside.split(ACTION).join("").trim();
    if (content === "" || content.startsWith("#")) {
      // A line of actions only: an inserted block, if it inserts one.
      if (insertColumn !== undefined && refs.length > 0) {
        const column = insertColumn > 0 ? insertColumn : raw.length - raw.trimStart().length + 1;
        const path = parentPath(stack, column);
        const entry: TemplateLine = { line: n + 1, column, path, refs, value: "", insert: true, doc: docs.length - 1 };
        lines.push(entry);
        addTo(inserts, pathKey(path), entry);
        return entry;
      }
      return undefined;
    }
    if (content === "---") {
      stack.length = 0;
      if (docHasLines) docs.push({});
      docHasLines = false;
      return undefined;
    }
    const key = keyOf(outside);
    if (!key) {
      // A list item without a key (`- --flag`, `- {{ .Values.x }}`): a value of the list above.
      const dash = /^(\s*)-(\s|$)/.exec(outside);
      if (dash) {
        const column = dash[1].length + 1;
        const path = [...parentPath(stack, column), "[]"];
        const entry: TemplateLine = { line: n + 1, column, path, refs, value: outside.slice(dash[0].length), insert: false, doc: docs.length - 1 };
        lines.push(entry);
        addTo(byPath, pathKey(path), entry);
        return entry;
      }
      return undefined;
    }
    // Pop what this line closes; a list item opens a `[]` level at its dash.
    if (key.dash !== undefined) {
      popFrom(stack, key.dash, true);
      stack.push({ column: key.dash, segment: "[]" });
    }
    popFrom(stack, key.column, false);
    stack.push({ column: key.column, segment: key.name });
    const path = stack.map((s) => s.segment);
    const entry: TemplateLine = { line: n + 1, column: key.column, path, refs, value: key.value, insert: false, doc: docs.length - 1 };
    docHasLines = true;
    lines.push(entry);
    addTo(byPath, pathKey(path), entry);
    if (path.length === 1 && key.name === "kind" && !key.value.includes(ACTION)) docs[docs.length - 1].kind = key.value.replace(/^["']|["']$/g, "");
    return entry;
  };
  for (let n = 0; n < source.length; n++) {
    const continued = inAction;
    const created = readLine(n);
    pending = inAction ? (created ?? (continued ? pending : undefined)) : undefined;
  }
  return { lines, docs, byPath, inserts };
}

/** An action's text without Go's whitespace-trimming dashes (`{{- x -}}`). */
function trimDashes(action: string): string {
  let body = action.trim();
  if (body.startsWith("-")) body = body.slice(1).trim();
  if (body.endsWith("-")) body = body.slice(0, -1).trim();
  return body;
}

function addTo(map: Map<string, TemplateLine[]>, key: string, entry: TemplateLine): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * Removes the containers a line at `column` closes. A key closes keys at its column or deeper; a list
 * item's dash closes deeper keys and earlier items at its column, but not the key the list belongs to
 * (YAML lets `containers:` and its `- name:` items start at the same column).
 */
function popFrom(stack: { column: number; segment: string }[], column: number, dash: boolean): void {
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.column > column || (top.column === column && (!dash || top.segment === "[]"))) stack.pop();
    else break;
  }
}

/** The path a block inserted at `column` belongs to: the keys opened left of it. */
function parentPath(stack: { column: number; segment: string }[], column: number): string[] {
  const open = stack.filter((s) => s.column < column);
  return open.map((s) => s.segment);
}

/** The key a line writes: its column (1-based), the dash's column for a list item, its name and the text after the colon. */
function keyOf(outside: string): { column: number; dash?: number; name: string; value: string } | undefined {
  let at = 0;
  while (at < outside.length && outside[at] === " ") at++;
  let dash: number | undefined;
  if (outside[at] === "-" && (outside[at + 1] === " " || outside[at + 1] === undefined)) {
    dash = at + 1;
    at++;
    while (at < outside.length && outside[at] === " ") at++;
  }
  const start = at;
  let name: string;
  let end: number;
  const quote = outside[at];
  if (quote === '"' || quote === "'") {
    const close = outside.indexOf(quote, at + 1);
    if (close < 0) return undefined;
    name = outside.slice(at + 1, close);
    end = close + 1;
    if (outside[end] !== ":") return undefined;
  } else {
    // A plain key ends at `: ` or a colon at the end of the line.
    let colon = outside.indexOf(":", at);
    while (colon >= 0 && !(colon + 1 === outside.length || outside[colon + 1] === " " || outside[colon + 1] === "\t")) colon = outside.indexOf(":", colon + 1);
    if (colon < 0) return undefined;
    name = outside.slice(at, colon).trim();
    end = colon;
    if (name === "" || /[{}[\]#,&*!|>"'%@`]/.test(name[0]) || name.includes(ACTION)) return undefined;
  }
  if (name.includes(ACTION)) return undefined;
  return { column: start + 1, dash, name, value: outside.slice(end + 1).trim() };
}

/** The values an action's text reads: `.Values.a.b`, `$.Values.a.b`, `.a.b` inside `with`, `.`, `$var.a`. */
export function references(body: string, dot: Dot, variables: Map<string, ValuesPath>): ValuesPath[] {
  const found: ValuesPath[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '"' || c === "`") {
      // Skip string literals: a `.` in "a.b" is text.
      const close = body.indexOf(c, i + 1);
      i = close < 0 ? body.length : close + 1;
      continue;
    }
    const prev = i > 0 ? body[i - 1] : " ";
    const starts = c === "." || c === "$";
    if (!starts || /[A-Za-z0-9_)\].]/.test(prev)) {
      i++;
      continue;
    }
    let j = i;
    let variable: string | undefined;
    if (c === "$") {
      j++;
      const nameStart = j;
      while (j < body.length && /[A-Za-z0-9_]/.test(body[j])) j++;
      variable = body.slice(nameStart, j);
    }
    const fields: string[] = [];
    while (j < body.length && body[j] === ".") {
      const nameStart = j + 1;
      let k = nameStart;
      while (k < body.length && /[A-Za-z0-9_]/.test(body[k])) k++;
      if (k === nameStart) {
        j = k;
        break;
      }
      fields.push(body.slice(nameStart, k));
      j = k;
    }
    i = Math.max(j, i + 1);
    let base: Dot;
    if (variable === undefined) base = dot;
    else if (variable === "") base = ROOT;
    else {
      const known = variables.get(variable);
      base = known ? { values: known } : UNKNOWN;
    }
    if ("unknown" in base) continue;
    if ("root" in base) {
      if (fields[0] === "Values" && fields.length > 1) found.push(fields.slice(1));
      continue;
    }
    found.push([...base.values, ...fields]);
  }
  return found;
}
