// What the YAML readers share: parsing with positions, and telling a template from broken YAML.
import type { Notice } from "../model/types.js";
import { manifestRoots, parseYaml, type YNode } from "../parsers/yaml.js";
import { syntaxErrorNotice } from "./notices.js";
import type { SourceText } from "./types.js";

export function yamlRoots(file: SourceText): { roots: YNode[]; notices: Notice[]; notThisFormat?: string } {
  const parsed = parseYaml(file.text);
  // A template (Helm, Jinja, envsubst-style `{{ }}`) is not YAML until rendered: a notice, not a parse error.
  if (parsed.errors.length > 0 && /\{\{|\{%/.test(file.text)) {
    return { roots: [], notices: [], notThisFormat: "template syntax ({{ }} or {% %}) that is not valid YAML until rendered; not scanned" };
  }
  // A document over the limits was not read although the file deploys: `incomplete`, which AIA002 reports.
  const limits = parsed.limits.map((limit): Notice => ({ file: file.path, kind: "skipped", message: limit.message, line: limit.line, incomplete: true }));
  return {
    roots: manifestRoots(parsed.documents),
    notices: [...syntaxErrorNotice(file.path, parsed.errors, "YAML: "), ...limits],
  };
}
