// Kustomize patches written inside a kustomization (`patches[].patch`, `patchesJson6902[].patch`,
// `patchesStrategicMerge[]` entries that are YAML rather than a path) and JSON 6902 patch files: parsed
// with positions in the file that holds them, so that a finding points at the patch line that sets a value.
import { get, items, parseYaml, str, type YNode } from "../parsers/yaml.js";
import type { PatchOp, SourcePos } from "../model/types.js";

/** Where a node of an embedded text stands in the file. */
export type Place = (node: { line: number; column?: number }) => SourcePos;

/** The operations of a JSON 6902 patch (a list of `{op, path, value}`); scalar values only, the rest kept without a value. */
export function patchOps(root: YNode | undefined, place: Place): PatchOp[] {
  return items(root).flatMap((item): PatchOp[] => {
    const op = str(get(item, "op"));
    const path = str(get(item, "path"));
    if (!op || !path) return [];
    const value = get(item, "value");
    return [{ op, path, value: str(value), pos: place(value ?? item) }];
  });
}

/** The operations of a JSON 6902 patch file, or undefined when its first document is not a list of them. */
export function patchOpsOfText(text: string, file: string): PatchOp[] | undefined {
  const root = parseYaml(text).documents[0]?.root;
  return root?.kind === "seq" ? patchOps(root, (node) => ({ file, line: node.line, column: node.column })) : undefined;
}

/**
 * The YAML documents of a patch written inside a kustomization, with a place function into the
 * kustomization file (`lines`: its lines, split once). A block scalar (`patch: |-`) keeps its lines: line i of the text is the i-th line of
 * the block, indented by the block's indentation. Any other string is placed at its own node.
 */
export function embeddedYaml(text: YNode, file: string, lines: () => string[]): { roots: YNode[]; place: Place } {
  const value = str(text) ?? "";
  const parsed = parseYaml(value);
  const roots = parsed.documents.flatMap((d) => (d.root ? [d.root] : []));
  // Only a literal block keeps the text's lines as they stand in the file.
  if (text.kind !== "scalar" || !text.block) return { roots, place: () => ({ file, line: text.line, column: text.column }) };
  const first = lines().slice(text.line - 1, text.endLine).find((line) => line.trim() !== "") ?? "";
  const indent = first.length - first.trimStart().length;
  return { roots, place: (node) => ({ file, line: text.line + node.line - 1, column: (node.column ?? 1) + indent }) };
}
