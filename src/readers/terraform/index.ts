// The Terraform reader: `.tf` and `.tf.json` files, and the `.tfvars` files Terraform loads by itself
// (`terraform.tfvars`, `*.auto.tfvars`, and their JSON forms). Each file is parsed on its own (syntax errors are
// notices with their line); what it means is completed with the other files of its folder, one module, in
// the model stage: variables, locals and resources that name each other live in different files.
import { posix } from "node:path";
import type { CommentSyntax } from "../../findings/index.js";
import { emptyPart } from "../../model/part.js";
import type { Notice } from "../../model/types.js";
import { parseHcl, type HclBody } from "../../parsers/hcl.js";
import { jsonBody } from "../../parsers/hcl-json.js";
import { parseYaml } from "../../parsers/yaml.js";
import { syntaxErrorNotice } from "../notices.js";
import type { ReadResult, SourceText } from "../types.js";
import { FIREWALL_EXTRACTORS } from "./firewall.js";
import { CONTAINER_EXTRACTORS, CONTAINER_LINKERS } from "./containers.js";
import { HELM_EXTRACTORS } from "./helm-release.js";
import { K8S_EXTRACTORS } from "./k8s-provider.js";
import { MANAGED_EXTRACTORS, MANAGED_LINKERS } from "./managed.js";
import { completeModule, type Extractor, type Linker, type TerraformFile } from "./module.js";

const EXTRACTORS: Record<string, Extractor> = { ...FIREWALL_EXTRACTORS, ...K8S_EXTRACTORS, ...CONTAINER_EXTRACTORS, ...HELM_EXTRACTORS, ...MANAGED_EXTRACTORS };
const LINKERS: Linker[] = [...CONTAINER_LINKERS, ...MANAGED_LINKERS];

// HCL comments, each written as a `#` comment for the suppression marker: `// x` and `/* x */` read as `# x`.
export const comments: CommentSyntax = {
  where: "in a Terraform file a comment starts with #, // or /* outside a string",
  comments: (text) =>
    parseHcl(text).comments.map((c) => {
      const first = c.text.split("\n", 1)[0];
      return { line: c.line, text: first.startsWith("//") ? `#${first.slice(2)}` : first.startsWith("/*") ? `#${first.slice(2).replace(/\*\/$/, "")}` : first };
    }),
};

export function read(file: SourceText): ReadResult {
  const json = /\.json$/i.test(file.path);
  const kind: TerraformFile["kind"] = /\.tfvars(\.json)?$/i.test(file.path) ? "values" : "config";
  const notices: Notice[] = [];
  let body: HclBody;
  if (json) {
    const parsed = parseYaml(file.text);
    notices.push(...syntaxErrorNotice(file.path, parsed.errors, "JSON: "));
    notices.push(...parsed.limits.map((limit): Notice => ({ file: file.path, kind: "skipped", message: limit.message, line: limit.line, incomplete: true })));
    body = parsed.errors.length ? { attributes: [], blocks: [] } : jsonBody(parsed.documents[0]?.root, kind);
  } else {
    const parsed = parseHcl(file.text);
    notices.push(...syntaxErrorNotice(file.path, parsed.errors, "HCL: "));
    // Valid syntax nested past the parser's limit: the block was not read although it may deploy.
    notices.push(...parsed.limits.slice(0, 1).map((limit): Notice => ({ file: file.path, kind: "skipped", message: `${limit.message}; this block was not read`, line: limit.line, incomplete: true })));
    body = parsed.body;
  }
  const part = emptyPart();
  const data: TerraformFile = { path: file.path, kind, body };
  part.scoped = { scope: `terraform:${posix.dirname(file.path)}`, file: file.path, data, complete: (all) => completeModule(all as TerraformFile[], EXTRACTORS, LINKERS) };
  return { part, notices };
}
