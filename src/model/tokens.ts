// Command-line tokens with their own lines: a token inside a multi-line YAML block scalar
// (`args: - |` followed by a long command) is reported on the line where it stands.
import type { Located } from "./types.js";

export function commandTokens(argv: Located<string>[]): Located<string>[] {
  return argv.flatMap((arg) => {
    // An empty list item (`["--requirepass", ""]`) is an argument too.
    if (arg.value === "") return [arg];
    const out: Located<string>[] = [];
    const rx = /\S+/g;
    let newlines = 0;
    let counted = 0;
    let m: RegExpExecArray | null;
    while ((m = rx.exec(arg.value))) {
      // Count the newlines since the previous token only: one pass over the text.
      for (; counted < m.index; counted++) if (arg.value.charCodeAt(counted) === 10) newlines++;
      const line = Math.min(arg.pos.line + newlines, arg.pos.endLine ?? arg.pos.line + newlines);
      out.push({ value: m[0], pos: newlines ? { ...arg.pos, line, column: undefined, endLine: line } : arg.pos, origin: arg.origin, ...(arg.interpolatedAt ? { interpolatedAt: arg.interpolatedAt, variable: arg.variable } : {}) });
    }
    return out;
  });
}

/**
 * The command line with `$VAR`, `${VAR}` and `$(VAR)` replaced by the workload's literal env values, the way
 * the shell of a shell-form CMD expands them (`webui.py --listen ${CLI_ARGS}`).
 */
export function expandEnv(text: string, env: { name: string; value?: string }[]): string {
  const values = new Map(env.filter((e) => e.value !== undefined).map((e) => [e.name, e.value as string]));
  // `$(VAR)` is the kubelet's form of the same reference.
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$\(([A-Za-z_][A-Za-z0-9_]*)\)|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, a, b, c) => values.get(a ?? b ?? c) ?? whole);
}
