import type { Notice } from "../model/types.js";

/** One parse-error notice per file: the first error, and how many follow (later ones are often echoes of it). */
export function syntaxErrorNotice(file: string, errors: { line: number; column?: number; message: string }[], prefix: string): Notice[] {
  const [first] = errors;
  if (!first) return [];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? "s" : ""})` : "";
  return [{ file, kind: "parse-error", message: `${prefix}${first.message}${more}`, line: first.line, column: first.column }];
}
