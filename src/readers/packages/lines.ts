// Line-by-line reading shared by the parsers of line-based package files (yarn.lock, pnpm-lock.yaml, go.mod,
// Cargo.lock): one pass over the text, no array of every line.

/** Calls `each` with every line of `text`, without its line break, and its 1-based number. */
export function forEachLine(text: string, each: (line: string, number: number) => void): void {
  let number = 1;
  for (let at = 0; at <= text.length; number++) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    each(text.charCodeAt(end - 1) === 0x0d ? text.slice(at, end - 1) : text.slice(at, end), number);
    at = end + 1;
  }
}

/** How many spaces a line starts with. */
export function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

/**
 * A YAML-style scalar as machine-written lockfiles quote it: `"…"` with JSON's escapes, `'…'` with `''` for
 * a quote, or bare. Undefined for a quoted value that is not closed or not valid.
 */
export function unquote(value: string): string | undefined {
  const first = value[0];
  if (first !== '"' && first !== "'") return value;
  if (value.length < 2 || value[value.length - 1] !== first) return undefined;
  if (first === "'") return value.slice(1, -1).replaceAll("''", "'");
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `name@range` (or `@scope/name@range`) split at the `@` after the name; undefined without one. */
export function splitAtVersion(spec: string): { name: string; rest: string } | undefined {
  const at = spec.indexOf("@", 1);
  return at > 0 ? { name: spec.slice(0, at), rest: spec.slice(at + 1) } : undefined;
}
