// YAML with positions: every node keeps its line and column, aliases and `<<` merge keys are resolved
// (a merged value keeps the position where it is written, the anchor), and alias expansion is capped.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from "yaml";

interface NodeBase {
  line: number;
  column: number;
  endLine: number;
}
export interface YScalar extends NodeBase {
  kind: "scalar";
  value: string | number | boolean | null;
}
export interface YMap extends NodeBase {
  kind: "map";
  /** Keys in source order; a merged key keeps the anchor's position. */
  entries: Map<string, { keyLine: number; keyColumn: number; value: YNode }>;
}
export interface YSeq extends NodeBase {
  kind: "seq";
  items: YNode[];
}
export type YNode = YScalar | YMap | YSeq;

export interface YamlDocument {
  root: YNode | undefined;
  /** 1-based line where the document starts. */
  line: number;
}

export interface YamlError {
  line: number;
  column: number;
  message: string;
}

export interface ParsedYaml {
  documents: YamlDocument[];
  errors: YamlError[];
}

/** Caps the nodes a document may expand to through aliases ("billion laughs"). */
const MAX_NODES = 200_000;

/** Nesting deeper than any real manifest: a hostile file, or aliases expanding without end. */
const MAX_DEPTH = 200;

class ExpansionLimit extends Error {}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const errors: YamlError[] = [];
  const documents: YamlDocument[] = [];
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: false });
  const list = Array.isArray(docs) ? docs : [docs];
  // One node budget for the whole file: many small documents must not add up to an alias bomb.
  const budget = { nodes: 0 };
  for (const doc of list) {
    for (const error of doc.errors) {
      const at = lineCounter.linePos(error.pos[0]);
      errors.push({ line: at.line, column: at.col, message: firstLine(error.message) });
    }
    if (doc.errors.length > 0) continue;
    const start = lineCounter.linePos(doc.range?.[0] ?? 0).line;
    try {
      const converter = new Converter(doc, lineCounter, budget);
      documents.push({ root: doc.contents ? converter.convert(doc.contents as Node) : undefined, line: start });
    } catch (error) {
      if (!(error instanceof ExpansionLimit)) throw error;
      errors.push({ line: start, column: 1, message: `document nests deeper than ${MAX_DEPTH} levels or its aliases expand to more than ${MAX_NODES} nodes; document skipped` });
    }
  }
  return { documents, errors };
}

function firstLine(message: string): string {
  return message.split("\n")[0].trim();
}

class Converter {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly budget: { nodes: number },
  ) {}

  private position(node: Node): NodeBase {
    const range = node.range ?? [0, 0, 0];
    const start = this.lines.linePos(range[0]);
    // range[1] is the end of the value; step back over a trailing newline so endLine is the last content line.
    const end = this.lines.linePos(Math.max(range[0], range[1] - 1));
    return { line: start.line, column: start.col, endLine: end.line };
  }

  convert(node: Node, depth = 0): YNode {
    if (++this.budget.nodes > MAX_NODES || depth > MAX_DEPTH) throw new ExpansionLimit();
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) return { kind: "scalar", value: null, ...this.position(node) };
      return this.convert(target as Node, depth + 1);
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalar = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : value === null || value === undefined ? null : String(value);
      const at = this.position(node);
      // A block scalar's text starts on the line after its `|` or `>` indicator.
      if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") at.line = Math.min(at.line + 1, at.endLine);
      return { kind: "scalar", value: scalar, ...at };
    }
    if (isSeq(node)) {
      return { kind: "seq", items: node.items.map((item) => this.convert(item as Node, depth + 1)), ...this.position(node) };
    }
    if (isMap(node)) return this.convertMap(node, depth);
    return { kind: "scalar", value: null, ...this.position(node) };
  }

  private convertMap(node: Node & { items: unknown[] }, depth: number): YMap {
    const entries: YMap["entries"] = new Map();
    const merges: YNode[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : "";
      if (!pair.value) {
        const at = keyNode ? this.position(keyNode) : { line: 0, column: 0, endLine: 0 };
        entries.set(key, { keyLine: at.line, keyColumn: at.column, value: { kind: "scalar", value: null, ...at } });
        continue;
      }
      const value = this.convert(pair.value as Node, depth + 1);
      if (key === "<<" && keyNode && isScalar(keyNode) && !(keyNode as { type?: string }).type?.includes("QUOTE")) {
        merges.push(value);
        continue;
      }
      const at = keyNode ? this.position(keyNode) : value;
      entries.set(key, { keyLine: at.line, keyColumn: at.column, value });
    }
    // Merge keys: explicit keys win; earlier maps in a `<<: [*a, *b]` list win over later ones.
    for (const merged of merges.flatMap((m) => (m.kind === "seq" ? m.items : [m]))) {
      if (merged.kind !== "map") continue;
      for (const [key, entry] of merged.entries) if (!entries.has(key)) entries.set(key, entry);
    }
    return { kind: "map", entries, ...this.position(node) };
  }
}

// Accessors used by the format readers.

export function get(node: YNode | undefined, key: string): YNode | undefined {
  return node?.kind === "map" ? node.entries.get(key)?.value : undefined;
}

export function getPath(node: YNode | undefined, ...keys: string[]): YNode | undefined {
  return keys.reduce<YNode | undefined>((n, k) => get(n, k), node);
}

export function str(node: YNode | undefined): string | undefined {
  if (node?.kind !== "scalar" || node.value === null) return undefined;
  return String(node.value);
}

export function bool(node: YNode | undefined): boolean | undefined {
  if (node?.kind !== "scalar") return undefined;
  if (typeof node.value === "boolean") return node.value;
  if (typeof node.value === "string") {
    const v = node.value.toLowerCase();
    if (v === "true" || v === "yes" || v === "on") return true;
    if (v === "false" || v === "no" || v === "off") return false;
  }
  return undefined;
}

export function items(node: YNode | undefined): YNode[] {
  return node?.kind === "seq" ? node.items : [];
}

export function entries(node: YNode | undefined): [string, YNode][] {
  return node?.kind === "map" ? [...node.entries].map(([k, e]) => [k, e.value]) : [];
}
