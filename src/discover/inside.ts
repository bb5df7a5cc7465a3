import { relative, sep } from "node:path";

/** Whether `target` (a real path) is `root` or below it. */
export function isInside(target: string, root: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
