// Files that look like infrastructure but are not scanned as such.

/** Helm chart templates are Go templates, not YAML: they are scanned once rendered (a later version). */
export function isHelmTemplate(path: string, text: string): boolean {
  return /(^|\/)templates\//.test(path) && /\{\{[-\s]/.test(text);
}
