// Files that are read together: each scope (a Terraform module's folder) is completed once, from what all
// of its files hold, by the reader that read them. A scope that cannot be completed is a notice on its
// first file; the rest of the scan goes on.
import type { ModelPart, Notice, ScopedPart } from "./types.js";

export function completeScopes(parts: ModelPart[], notices: Notice[]): ModelPart[] {
  const scopes = new Map<string, { first: ScopedPart; data: unknown[] }>();
  for (const part of parts) {
    const scoped = part.scoped;
    if (!scoped) continue;
    const scope = scopes.get(scoped.scope);
    if (scope) scope.data.push(scoped.data);
    else scopes.set(scoped.scope, { first: scoped, data: [scoped.data] });
  }
  const completed: ModelPart[] = [];
  for (const { first, data } of scopes.values()) {
    try {
      const { part, notices: notes } = first.complete(data);
      completed.push(part);
      notices.push(...notes);
    } catch (error) {
      notices.push({ file: first.file, kind: "parse-error", message: `could not be read with the other files of its folder: ${(error as Error).message}` });
    }
  }
  return completed;
}
