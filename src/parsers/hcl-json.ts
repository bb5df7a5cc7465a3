// Terraform's JSON syntax (`*.tf.json`, `*.tfvars.json`) read into the same shape as the native syntax, with
// positions: top-level block types take their labels from nested object keys (`resource` → type → name),
// every string is a template (`"${var.cidr}"`), and `"//"` keys are comments. Nested blocks cannot be told
// from object attributes without the provider's schema: both stay attributes holding objects, which the
// Terraform reader reads alike; `dynamic` blocks (one label) are the exception.
// https://developer.hashicorp.com/terraform/language/syntax/json
import { parseTemplateText, type HclBlock, type HclBody, type HclExpr, type HclRange } from "./hcl.js";
import type { YNode } from "./yaml.js";

/** Labels each top-level block type takes from nested keys. */
const LABELS: Record<string, number> = { resource: 2, data: 2, ephemeral: 2, variable: 1, output: 1, module: 1, provider: 1, check: 1, locals: 0, terraform: 0, moved: 0, import: 0, removed: 0 };

function rangeOf(node: YNode): HclRange {
  return { line: node.line, column: node.column, endLine: node.endLine };
}

/** A whole configuration file: `config` for `.tf.json` (blocks by their type), `values` for `.tfvars.json` (attributes only). */
export function jsonBody(root: YNode | undefined, kind: "config" | "values"): HclBody {
  const body: HclBody = { attributes: [], blocks: [] };
  if (root?.kind !== "map") return body;
  for (const [key, entry] of root.entries) {
    if (key === "//") continue;
    if (kind === "values") {
      body.attributes.push({ name: key, value: expression(entry.value), line: entry.keyLine, column: entry.keyColumn, endLine: entry.value.endLine });
      continue;
    }
    const labels = LABELS[key];
    if (labels === undefined) continue;
    body.blocks.push(...labelled(key, entry.value, labels, []));
  }
  return body;
}

/** Blocks of `type` whose remaining `labels` are the keys of nested objects; a list stands for several bodies. */
function labelled(type: string, node: YNode, labels: number, taken: string[]): HclBlock[] {
  if (node.kind === "seq") return node.items.flatMap((item) => labelled(type, item, labels, taken));
  if (node.kind !== "map") return [];
  if (labels === 0) return [{ type, labels: taken, body: bodyOf(node), ...rangeOf(node) }];
  return [...node.entries].flatMap(([key, entry]) => (key === "//" ? [] : labelled(type, entry.value, labels - 1, [...taken, key])));
}

function bodyOf(node: YNode): HclBody {
  const body: HclBody = { attributes: [], blocks: [] };
  if (node.kind !== "map") return body;
  for (const [key, entry] of node.entries) {
    if (key === "//") continue;
    if (key === "dynamic") {
      body.blocks.push(...labelled("dynamic", entry.value, 1, []).map(dynamicBlock));
      continue;
    }
    body.attributes.push({ name: key, value: expression(entry.value), line: entry.keyLine, column: entry.keyColumn, endLine: entry.value.endLine });
  }
  return body;
}

/** A `dynamic` block's `content` is a block, as the reader expects it. */
function dynamicBlock(block: HclBlock): HclBlock {
  const content = block.body.attributes.find((a) => a.name === "content");
  if (content?.value.kind !== "object") return block;
  const inner: HclBody = { attributes: [], blocks: [] };
  for (const item of content.value.items) {
    if (item.key.kind === "literal" && typeof item.key.value === "string") inner.attributes.push({ name: item.key.value, value: item.value, line: item.key.line, column: item.key.column, endLine: item.value.endLine });
  }
  return {
    ...block,
    body: { attributes: block.body.attributes.filter((a) => a !== content), blocks: [...block.body.blocks, { type: "content", labels: [], body: inner, line: content.line, column: content.column, endLine: content.endLine }] },
  };
}

/** Recursive, but no deeper than the YAML parser lets a document nest (it rejects deeper ones). */
function expression(node: YNode): HclExpr {
  const range = rangeOf(node);
  switch (node.kind) {
    case "scalar": {
      const value = node.value;
      if (typeof value === "string") return value.includes("${") || value.includes("%{") ? parseTemplateText(value, range) : { kind: "literal", value, ...range };
      return { kind: "literal", value, ...range };
    }
    case "seq":
      return { kind: "tuple", items: node.items.map(expression), ...range };
    case "map":
      return {
        kind: "object",
        items: [...node.entries].flatMap(([key, entry]) => (key === "//" ? [] : [{ key: { kind: "literal" as const, value: key, line: entry.keyLine, column: entry.keyColumn, endLine: entry.keyLine }, value: expression(entry.value) }])),
        ...range,
      };
  }
}
