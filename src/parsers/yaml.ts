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
  /** A block scalar (`|` or `>`): its text is the lines from `line` to `endLine`, indented. */
  block?: boolean;
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
  /**
   * Documents that are valid YAML but were not read because they pass a limit below (too many nodes,
   * nesting, documents): the file was not checked completely, which is not a syntax error.
   */
  limits: YamlError[];
}

/** Caps the nodes one document may expand to through aliases ("billion laughs"); each document has its own. */
export const MAX_NODES = 200_000;

/** Caps the nodes all documents of a file expand to together: many small alias bombs must not add up. */
export const MAX_FILE_NODES = 2_000_000;

/** Documents read from one file; a generated bundle of CRDs has hundreds, not tens of thousands. */
export const MAX_DOCUMENTS = 10_000;

/** Nesting deeper than any real manifest: a hostile file, or aliases expanding without end. */
const MAX_DEPTH = 200;

class ExpansionLimit extends Error {}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const errors: YamlError[] = [];
  const limits: YamlError[] = [];
  const documents: YamlDocument[] = [];
  // The parser makes an Error object per warning (one per unknown tag: `!t x` a million times); their
  // stack traces are never read, and capturing them is most of the cost.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: false });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  let fileNodes = 0;
  for (const [index, doc] of list.entries()) {
    for (const error of doc.errors) {
      const at = lineCounter.linePos(error.pos[0]);
      errors.push({ line: at.line, column: at.col, message: firstLine(error.message) });
    }
    if (doc.errors.length > 0) continue;
    const start = lineCounter.linePos(doc.range?.[0] ?? 0).line;
    if (index >= MAX_DOCUMENTS || fileNodes > MAX_FILE_NODES) {
      const why = index >= MAX_DOCUMENTS ? `more than ${MAX_DOCUMENTS} documents` : `documents that expand to more than ${MAX_FILE_NODES} nodes`;
      limits.push({ line: start, column: 1, message: `the file holds ${why}; this document and the ${list.length - index - 1} after it were not read` });
      break;
    }
    // One node budget per document: a large document elsewhere in the file does not use up this one's.
    const budget = { nodes: 0 };
    try {
      const converter = new Converter(doc, lineCounter, budget);
      documents.push({ root: doc.contents ? converter.convert(doc.contents as Node) : undefined, line: start });
    } catch (error) {
      if (!(error instanceof ExpansionLimit)) throw error;
      limits.push({ line: start, column: 1, message: `document nests deeper than ${MAX_DEPTH} levels or expands to more than ${MAX_NODES} nodes (with its aliases); this document was not read` });
    }
    fileNodes += budget.nodes;
  }
  return { documents, errors, limits };
}

function firstLine(message: string): string {
  return message.split("\n")[0].trim();
}

/** A converted anchored node, with what an alias to it adds: its node count and its height. */
interface Converted {
  node: YNode | undefined;
  size: number;
  height: number;
}

/**
 * The node each alias names (the last node with that anchor before the alias, as the yaml package
 * resolves it), found in one walk of the document instead of one walk per alias.
 */
function aliasTargets(root: unknown): Map<Node, Node | undefined> {
  const targets = new Map<Node, Node | undefined>();
  const anchors = new Map<string, Node>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source));
      continue;
    }
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node) || isSeq(node)) for (let k = node.items.length - 1; k >= 0; k--) stack.push(node.items[k]);
  }
  return targets;
}

class Converter {
  private readonly targets: Map<Node, Node | undefined>;
  /** Anchored nodes converted once; an alias reuses the result (undefined while it is being converted: a cycle). */
  private readonly anchored = new Map<Node, Converted | undefined>();
  /** The deepest level reached so far, for the height of anchored nodes. */
  private deepest = 0;

  constructor(
    doc: Document,
    private readonly lines: LineCounter,
    private readonly budget: { nodes: number },
  ) {
    this.targets = aliasTargets(doc.contents);
  }

  private position(node: Node): NodeBase {
    const range = node.range ?? [0, 0, 0];
    const start = this.lines.linePos(range[0]);
    // range[1] is the end of the value; step back over a trailing newline so endLine is the last content line.
    const end = this.lines.linePos(Math.max(range[0], range[1] - 1));
    return { line: start.line, column: start.col, endLine: end.line };
  }

  convert(node: Node, depth = 0): YNode {
    if (isAlias(node)) {
      const target = this.targets.get(node);
      if (!target) return this.count({ kind: "scalar", value: null, ...this.position(node) }, depth);
      if (!this.anchored.has(target)) return this.convertAnchored(target, depth + 1);
      const done = this.anchored.get(target);
      // An alias inside the node its anchor names: a cycle that would expand without end.
      if (!done?.node) throw new ExpansionLimit();
      this.budget.nodes += done.size;
      if (this.budget.nodes > MAX_NODES || depth + 1 + done.height > MAX_DEPTH) throw new ExpansionLimit();
      this.deepest = Math.max(this.deepest, depth + 1 + done.height);
      return done.node;
    }
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor && !this.anchored.has(node)) return this.convertAnchored(node, depth);
    return this.convertNode(node, depth);
  }

  private convertAnchored(node: Node, depth: number): YNode {
    this.anchored.set(node, undefined);
    const before = this.budget.nodes;
    const outer = this.deepest;
    this.deepest = depth;
    const converted = this.convertNode(node, depth);
    this.anchored.set(node, { node: converted, size: this.budget.nodes - before, height: this.deepest - depth });
    this.deepest = Math.max(outer, this.deepest);
    return converted;
  }

  private count<T extends YNode>(node: T, depth: number): T {
    if (++this.budget.nodes > MAX_NODES || depth > MAX_DEPTH) throw new ExpansionLimit();
    if (depth > this.deepest) this.deepest = depth;
    return node;
  }

  private convertNode(node: Node, depth: number): YNode {
    if (++this.budget.nodes > MAX_NODES || depth > MAX_DEPTH) throw new ExpansionLimit();
    if (depth > this.deepest) this.deepest = depth;
    if (isScalar(node)) {
      const value = node.value;
      const scalar = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : value === null || value === undefined ? null : String(value);
      const at = this.position(node);
      // A block scalar's text starts on the line after its `|` or `>` indicator.
      const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
      if (block) at.line = Math.min(at.line + 1, at.endLine);
      return block ? { kind: "scalar", value: scalar, block, ...at } : { kind: "scalar", value: scalar, ...at };
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

/** The objects of the documents: a document that is a list of manifests (`- apiVersion: v1`) gives each item. */
export function manifestRoots(documents: YamlDocument[]): YNode[] {
  return documents.flatMap((d) => (d.root?.kind === "seq" ? d.root.items.filter((item) => item.kind === "map") : d.root ? [d.root] : []));
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
