// Compose env files: `KEY=value` per line, `#` comments, optional `export `, quoted values.

export interface EnvFileEntry {
  name: string;
  value: string;
  line: number;
}

export function parseEnvFile(text: string): EnvFileEntry[] {
  return text.split(/\r?\n/).flatMap((raw, i) => {
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(raw.trim());
    if (!m || raw.trimStart().startsWith("#")) return [];
    let value = m[2].trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    // Compose reads `#` that starts an unquoted value, or follows a blank, as a comment:
    // `OPENAI_API_KEY=#your key` in a template is empty.
    else value = withoutComment(value);
    return [{ name: m[1], value, line: i + 1 }];
  });
}

/** Cuts a comment (a `#` first, or after a blank) off an unquoted value, in one pass. */
function withoutComment(value: string): string {
  if (value.startsWith("#")) return "";
  for (let i = 1; i < value.length; i++) {
    if (value[i] !== "#" || !/\s/.test(value[i - 1])) continue;
    let start = i - 1;
    while (start > 0 && /\s/.test(value[start - 1])) start--;
    return value.slice(0, start);
  }
  return value;
}
