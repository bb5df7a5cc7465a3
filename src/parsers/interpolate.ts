// Compose-style variable interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
// `$VAR` and `$$`. A variable without a default is left as written: whoever deploys sets it.

export interface Interpolated {
  /** The text with defaults (and looked-up values) substituted; variables without either stay as written. */
  value: string;
  /** `literal`: no variables; `variable`: at least one variable left unresolved; `variable-default`: every variable resolved. */
  source: "literal" | "variable" | "variable-default";
  /** Variables whose value came from `lookup`, in order of appearance. */
  used: string[];
}

/**
 * Defaults nested deeper than this (`${A:-${B:-${C:-…}}}`) are left as written, as a variable: real files
 * nest two or three levels, and a hostile one must cost neither a deep recursion nor a scan per level.
 */
export const MAX_INTERPOLATION_DEPTH = 16;

/**
 * Compose interpolation. `lookup` gives the value of a variable when it is set (compose reads the
 * project's `.env`), undefined when it is not; without it no variable is set.
 */
export function interpolate(text: string, lookup: (name: string) => string | undefined = () => undefined, depth = 0): Interpolated {
  if (depth > MAX_INTERPOLATION_DEPTH) return { value: text, source: "variable", used: [] };
  let out = "";
  let sawVariable = false;
  let sawDefault = false;
  const used: string[] = [];
  const resolved = (name: string, value: string): string => {
    used.push(name);
    sawDefault = true;
    return value;
  };
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
      const set = m ? lookup(m[1]) : undefined;
      // `${VAR:-d}` and `${VAR:?e}` need a non-empty value; `${VAR-d}`, `${VAR?e}` and `${VAR}` a set one.
      const usable = set !== undefined && (set !== "" || !m?.[2]?.startsWith(":"));
      if (m && usable && (m[2] === undefined || !m[2].endsWith("+"))) {
        out += resolved(m[1], set as string);
      } else if (m && (m[2] === ":-" || m[2] === "-")) {
        const inner = interpolate(m[3] ?? "", lookup, depth + 1);
        out += inner.value;
        used.push(...inner.used);
        sawDefault = true;
        if (inner.source === "variable") sawVariable = true;
      } else {
        out += text.slice(i, end + 1);
        sawVariable = true;
      }
      i = end + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
    if (name) {
      const set = lookup(name[0]);
      if (set !== undefined) out += resolved(name[0], set);
      else {
        out += "$" + name[0];
        sawVariable = true;
      }
      i += 1 + name[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return { value: out, source: sawVariable ? "variable" : sawDefault ? "variable-default" : "literal", used };
}

/**
 * For every `{` of `text`, the index of the `}` that closes it (-1 when none does), in one pass: code that
 * looks for many closing braces in one text must not scan to its end once per `{`.
 */
export function braceMatches(text: string): Int32Array {
  const matches = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let j = 0; j < text.length; j++) {
    if (text[j] === "{") open.push(j);
    else if (text[j] === "}" && open.length > 0) matches[open.pop() as number] = j;
  }
  return matches;
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
export function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === "{") depth++;
    else if (text[j] === "}" && --depth === 0) return j;
  }
  return -1;
}
