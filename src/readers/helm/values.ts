// A chart's values as Helm merges them: the chart's values.yaml, then each values file given with `-f`, a
// later file winning key by key (maps are merged, everything else is replaced, and `null` removes a key).
// Every node keeps the file and line it was written at; a default from the catalog's chart table stands at
// the line that names the chart.
import type { ChartValue } from "../../catalog/charts.js";
import type { SourcePos } from "../../model/types.js";
import type { YNode } from "../../parsers/yaml.js";

export type VNode =
  | { kind: "scalar"; value: string | number | boolean | null; pos: SourcePos; fromDefault?: boolean }
  | { kind: "map"; entries: Map<string, VNode>; pos: SourcePos; fromDefault?: boolean }
  | { kind: "seq"; items: VNode[]; pos: SourcePos; fromDefault?: boolean };

/** A step of a values path: a key, or an index into a list. */
export type Step = string | number;

/** A values file's root, with the key lines as positions (what a finding points at). */
export function fromYaml(node: YNode, file: string, pos: SourcePos = { file, line: node.line, column: node.column }): VNode {
  if (node.kind === "scalar") return { kind: "scalar", value: node.value, pos };
  if (node.kind === "seq") return { kind: "seq", items: node.items.map((item) => fromYaml(item, file)), pos };
  const entries = new Map<string, VNode>();
  for (const [key, entry] of node.entries) entries.set(key, fromYaml(entry.value, file, { file, line: entry.keyLine, column: entry.keyColumn }));
  return { kind: "map", entries, pos };
}

/** A default of the chart table, every node at `anchor`. */
export function fromDefault(value: ChartValue, anchor: SourcePos): VNode {
  if (Array.isArray(value)) return { kind: "seq", items: value.map((v) => fromDefault(v, anchor)), pos: anchor, fromDefault: true };
  if (value !== null && typeof value === "object") {
    return { kind: "map", entries: new Map(Object.entries(value).map(([k, v]) => [k, fromDefault(v, anchor)])), pos: anchor, fromDefault: true };
  }
  return { kind: "scalar", value, pos: anchor, fromDefault: true };
}

/** `node` placed under `prefix` (a subchart's values under its name in the parent's). */
export function under(prefix: string[], node: VNode): VNode {
  return prefix.reduceRight<VNode>((inner, key) => ({ kind: "map", entries: new Map([[key, inner]]), pos: node.pos, fromDefault: node.fromDefault }), node);
}

/** The tree for dotted keys (`a.b.c` → value), each at `anchor`. */
export function fromDotted(defaults: Record<string, ChartValue>, anchor: SourcePos): VNode {
  let root: VNode = { kind: "map", entries: new Map(), pos: anchor, fromDefault: true };
  for (const [key, value] of Object.entries(defaults)) root = merge(root, under(key.split("."), fromDefault(value, anchor))) ?? root;
  return root;
}

/** Helm's merge of a higher-precedence tree into a lower one. */
export function merge(lower: VNode | undefined, higher: VNode | undefined): VNode | undefined {
  if (higher === undefined) return lower;
  if (higher.kind === "scalar" && higher.value === null) return undefined;
  if (lower?.kind !== "map" || higher.kind !== "map") return higher;
  const entries = new Map(lower.entries);
  for (const [key, value] of higher.entries) {
    const merged = merge(entries.get(key), value);
    if (merged === undefined) entries.delete(key);
    else entries.set(key, merged);
  }
  return { ...higher, entries };
}

/** The node at `path`, or undefined. */
export function lookup(root: VNode | undefined, path: readonly Step[]): VNode | undefined {
  let node = root;
  for (const step of path) {
    if (!node) return undefined;
    if (typeof step === "number") node = node.kind === "seq" ? node.items[step] : undefined;
    else node = node.kind === "map" ? node.entries.get(step) : undefined;
  }
  return node;
}

export function dotted(key: string): string[] {
  return key.split(".");
}

/** The value as text, for scalars. */
export function text(node: VNode | undefined): string | undefined {
  return node?.kind === "scalar" && node.value !== null ? String(node.value) : undefined;
}

/** Set: not null, not empty, not false; a map or list with a set value somewhere inside. */
export function isSet(node: VNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === "scalar") return node.value !== null && node.value !== "" && node.value !== false && String(node.value).toLowerCase() !== "false";
  if (node.kind === "seq") return node.items.some(isSet);
  return [...node.entries.values()].some(isSet);
}

/** A boolean as YAML and Helm's templates read it (`true`, `"true"`); undefined for anything else. */
export function truth(node: VNode | undefined): boolean | undefined {
  const value = text(node)?.toLowerCase();
  return value === "true" ? true : value === "false" ? false : undefined;
}
