// Maps a line of helm's rendered output back to where a person would change it: the values file line the
// value came from, else the template line that writes it. See docs/helm.md for the heuristics and limits.
//
// 1. helm prefixes each rendered document with `# Source: <chart>/templates/x.yaml`: that names the template.
// 2. The rendered line's YAML path (`spec.type`, `spec.template.spec.containers[0].securityContext.privileged`)
//    is looked up among the template's key lines (template-index.ts). With several lines of that path, the
//    n-th rendered occurrence takes the n-th line.
// 3. No key line of that path (the value came in a block: `toYaml .Values.securityContext | nindent 12`):
//    the deepest ancestor of the path that the template writes, or that a block is inserted under, decides.
// 4. A template line that reads values (`type: {{ .Values.service.type }}`, or a block of
//    `.Values.securityContext` plus the rest of the path) points at that key in the values files when one of
//    them sets it; otherwise at the template line.
import type { SourcePos } from "../../model/types.js";
import type { YNode } from "../../parsers/yaml.js";
import { indexTemplate, pathKey, type TemplateIndex, type TemplateLine, type ValuesPath } from "./template-index.js";
import { lookup, type Step, type VNode } from "./values.js";

/** One rendered document: its lines in the output and the template helm names for it. */
export interface Chunk {
  /** First and last line (1-based) of the document in the output. */
  start: number;
  end: number;
  /** As helm writes it: `mychart/templates/service.yaml`, `mychart/charts/redis/templates/master.yaml`. */
  source?: string;
}

/** Where a template of the output lives in the tree, and the values path its `.Values` starts at. */
export interface TemplateSource {
  /** The file in the tree, when the template is one (not inside a packaged `.tgz` subchart). */
  path?: string;
  text?: string;
  /** `.Values` of a subchart is the parent's values under the subchart's name (or alias). */
  prefix: string[];
  /** Where its lines point when the tree does not hold it (a packaged subchart: its dependency entry). */
  anchor?: SourcePos;
}

export interface RenderedStep {
  step: Step;
  node: YNode;
}

/** Splits helm's output into its documents, with the `# Source:` each names. */
export function chunksOf(output: string): Chunk[] {
  const chunks: Chunk[] = [];
  const lines = output.split("\n");
  let current: Chunk = { start: 1, end: 0 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (/^---\s*$/.test(line)) {
      if (current.end >= current.start) chunks.push(current);
      current = { start: i + 2, end: i + 1 };
      continue;
    }
    current.end = i + 1;
    if (current.source === undefined && line.startsWith("# Source: ")) current.source = line.slice("# Source: ".length).trim();
  }
  if (current.end >= current.start) chunks.push(current);
  return chunks;
}

export class RenderedMap {
  private readonly indexes = new Map<string, TemplateIndex>();
  private readonly occurrences = new Map<string, number[]>();
  /** Document roots in the order of their lines. */
  private readonly roots: YNode[];

  constructor(
    private readonly chunks: Chunk[],
    documents: { root: YNode | undefined; line: number }[],
    private readonly templates: (source: string) => TemplateSource,
    private readonly values: VNode | undefined,
    /** Where a line maps when nothing better is known (the chart's Chart.yaml). */
    private readonly fallback: SourcePos,
  ) {
    this.roots = documents.flatMap((d) => d.root ?? []).sort((a, b) => a.line - b.line);
  }

  /** The document root whose lines hold `line`. */
  private rootAt(line: number): YNode | undefined {
    let lo = 0;
    let hi = this.roots.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const root = this.roots[mid];
      if (line < root.line) hi = mid - 1;
      else if (line > root.endLine) lo = mid + 1;
      else return root;
    }
    return undefined;
  }

  private readonly mapped = new Map<number, SourcePos>();

  map(line: number): SourcePos {
    let pos = this.mapped.get(line);
    if (!pos) this.mapped.set(line, (pos = this.mapLine(line)));
    return { ...pos };
  }

  private mapLine(line: number): SourcePos {
    const chunk = this.chunkAt(line);
    const template = chunk?.source !== undefined ? this.templates(chunk.source) : undefined;
    if (!chunk || !template) return this.fallback;
    const steps = this.stepsAt(line);
    if (!template.path) return (steps && this.byValue(template.prefix, steps)) ?? template.anchor ?? this.fallback;
    const top: SourcePos = { file: template.path, line: 1 };
    if (!steps || steps.length === 0 || template.text === undefined) return top;
    const index = this.indexOf(template.path, template.text);
    const doc = this.templateDoc(index, chunk, line);
    const inDoc = (list: TemplateLine[] | undefined) => list?.filter((l) => l.doc === doc);
    const keys = steps.map((s) => (typeof s.step === "number" ? "[]" : s.step));
    // 2. A key line of the same path; the n-th occurrence in this document takes the n-th line.
    const same = inDoc(index.byPath.get(pathKey(keys)));
    if (same?.length) {
      const nth = this.occurrence(chunk, keys, line);
      const hit = same[Math.min(nth, same.length - 1)];
      if (nth < same.length || !this.insertedAbove(index, keys, doc)) return this.viaValues(hit, steps, steps.length, template) ?? { file: template.path, line: hit.line, column: hit.column };
    }
    // 3. The deepest ancestor written by the template, or under which a block is inserted.
    for (let depth = keys.length - 1; depth >= 1; depth--) {
      const prefix = pathKey(keys.slice(0, depth));
      const insert = inDoc(index.inserts.get(prefix))?.[0];
      if (insert) return this.viaValues(insert, steps, depth, template) ?? { file: template.path, line: insert.line, column: insert.column };
      const key = inDoc(index.byPath.get(prefix))?.[0];
      if (key) return this.viaValues(key, steps, depth, template) ?? { file: template.path, line: key.line, column: key.column };
    }
    return top;
  }

  /**
   * Which document of the template rendered this one: among the template's documents of the same `kind`
   * (or whose kind is templated), the one at this document's place among the output's documents of that
   * template and kind.
   */
  private templateDoc(index: TemplateIndex, chunk: Chunk, line: number): number {
    if (index.docs.length === 1) return 0;
    const kind = this.kindAt(line);
    const candidates = index.docs.flatMap((d, i) => (d.kind === undefined || d.kind === kind ? [i] : []));
    if (candidates.length === 0) return 0;
    return candidates[Math.min(this.ordinal(chunk), candidates.length - 1)];
  }

  /** Each document's place among the output's documents of the same template and kind, counted once. */
  private ordinals: Map<number, number> | undefined;

  private ordinal(chunk: Chunk): number {
    if (!this.ordinals) {
      const ordinals = new Map<number, number>();
      const seen = new Map<string, number>();
      for (const c of this.chunks) {
        const root = this.rootIn(c);
        const key = `${c.source ?? ""}\0${(root && this.kindAt(root.line)) ?? ""}`;
        const n = seen.get(key) ?? 0;
        ordinals.set(c.start, n);
        seen.set(key, n + 1);
      }
      this.ordinals = ordinals;
    }
    return this.ordinals.get(chunk.start) ?? 0;
  }

  /** The document root that starts inside a chunk. */
  private rootIn(chunk: Chunk): YNode | undefined {
    let lo = 0;
    let hi = this.roots.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.roots[mid].line < chunk.start) lo = mid + 1;
      else hi = mid;
    }
    const root = this.roots[lo];
    return root && root.line <= chunk.end ? root : undefined;
  }

  /** The `kind` of the rendered document holding `line`. */
  private kindAt(line: number): string | undefined {
    const root = this.rootAt(line);
    const kind = root?.kind === "map" ? root.entries.get("kind")?.value : undefined;
    return kind?.kind === "scalar" && kind.value !== null ? String(kind.value) : undefined;
  }

  /** A block of values is inserted at some ancestor of `keys`: later occurrences came from it. */
  private insertedAbove(index: TemplateIndex, keys: string[], doc: number): boolean {
    for (let depth = keys.length - 1; depth >= 1; depth--) if (index.inserts.get(pathKey(keys.slice(0, depth)))?.some((l) => l.doc === doc)) return true;
    return false;
  }

  /**
   * The values line behind a template line: each values path it reads, followed by the rendered steps below
   * `depth` (the part of the output the block wrote); the first such path the values set, preferring one
   * whose value is the rendered text. Undefined when the values set none of them.
   */
  private viaValues(hit: TemplateLine, steps: RenderedStep[], depth: number, template: TemplateSource): SourcePos | undefined {
    const rendered = steps[steps.length - 1].node;
    const renderedText = rendered.kind === "scalar" && rendered.value !== null ? String(rendered.value) : undefined;
    let best: { pos: SourcePos; score: number } | undefined;
    for (const ref of hit.refs) {
      const found = this.valuesAt([...template.prefix, ...ref], steps.slice(depth));
      if (!found || found.fromDefault) continue;
      const value = found.kind === "scalar" && found.value !== null ? String(found.value) : undefined;
      // The value rendered as written beats one that is part of the text (an image's repository and tag).
      const score = value !== undefined && value === renderedText ? 3 : value !== undefined && value !== "" && renderedText?.includes(value) ? 2 : 1;
      if (!best || score >= best.score) best = { pos: found.pos, score };
    }
    return best?.pos;
  }

  /**
   * Without the template (a packaged subchart): the one key of the values under `prefix` with the rendered
   * key's name and the rendered text as its value, if there is exactly one.
   */
  private byValue(prefix: string[], steps: RenderedStep[]): SourcePos | undefined {
    const last = steps[steps.length - 1];
    const rendered = last?.node;
    if (!last || typeof last.step !== "string" || rendered?.kind !== "scalar" || rendered.value === null) return undefined;
    const want = String(rendered.value);
    const hits: SourcePos[] = [];
    let budget = 10_000;
    const walk = (node: VNode | undefined, key: string | undefined): void => {
      if (!node || --budget < 0 || hits.length > 1) return;
      if (node.kind === "scalar") {
        if (key === last.step && !node.fromDefault && node.value !== null && String(node.value) === want) hits.push(node.pos);
      } else if (node.kind === "map") for (const [k, v] of node.entries) walk(v, k);
      else for (const item of node.items) walk(item, undefined);
    };
    walk(lookup(this.values, prefix), undefined);
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** The values node at `base` followed by the rendered steps; list items are matched by their content. */
  private valuesAt(base: ValuesPath, below: RenderedStep[]): VNode | undefined {
    let node = lookup(this.values, base);
    for (const { step, node: rendered } of below) {
      if (!node) return undefined;
      if (typeof step === "number") {
        if (node.kind !== "seq") return undefined;
        node = node.items.find((item) => sameContent(item, rendered)) ?? node.items[step];
      } else node = node.kind === "map" ? node.entries.get(step) : undefined;
    }
    return node;
  }

  private chunkAt(line: number): Chunk | undefined {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid];
      if (line < chunk.start) hi = mid - 1;
      else if (line > chunk.end) lo = mid + 1;
      else return chunk;
    }
    return undefined;
  }

  private indexOf(path: string, text: string): TemplateIndex {
    let index = this.indexes.get(path);
    if (!index) this.indexes.set(path, (index = indexTemplate(text)));
    return index;
  }

  /** How many lines of this document before `line` have the same key path. */
  private occurrence(chunk: Chunk, keys: string[], line: number): number {
    const id = `${chunk.start}\0${pathKey(keys)}`;
    let lines = this.occurrences.get(id);
    if (!lines) {
      lines = [];
      collect(this.rootAt(line), [], keys, lines);
      this.occurrences.set(id, lines);
    }
    return lines.filter((l) => l < line).length;
  }

  /** The path from the document root to the key or list item that starts at `line`. */
  stepsAt(line: number): RenderedStep[] | undefined {
    let node = this.rootAt(line);
    const steps: RenderedStep[] = [];
    while (node) {
      if (node.kind === "map") {
        let next: YNode | undefined;
        for (const [key, entry] of node.entries) {
          if (entry.keyLine === line) {
            steps.push({ step: key, node: entry.value });
            return steps;
          }
          if (entry.value.line <= line && entry.value.endLine >= line) {
            steps.push({ step: key, node: entry.value });
            // A line inside a multi-line scalar (a ConfigMap's file) belongs to its key.
            if (entry.value.kind === "scalar") return steps;
            next = entry.value;
            break;
          }
        }
        node = next;
      } else if (node.kind === "seq") {
        const i = node.items.findIndex((item) => item.line <= line && item.endLine >= line);
        if (i < 0) return steps;
        const item = node.items[i];
        steps.push({ step: i, node: item });
        if (item.kind === "scalar") return steps;
        node = item;
      } else return steps;
    }
    return steps;
  }
}

/** Lines of the document where a key of path `keys` (list indexes as `[]`) starts. */
function collect(node: YNode | undefined, path: string[], keys: string[], out: number[]): void {
  if (!node || path.length >= keys.length) return;
  const want = keys[path.length];
  if (node.kind === "map" && want !== "[]") {
    const entry = node.entries.get(want);
    if (!entry) return;
    if (path.length + 1 === keys.length) out.push(entry.keyLine);
    else collect(entry.value, [...path, want], keys, out);
  } else if (node.kind === "seq" && want === "[]") {
    for (const item of node.items) {
      if (path.length + 1 === keys.length) out.push(item.line);
      else collect(item, [...path, want], keys, out);
    }
  }
}

/** A values list item and a rendered one hold the same thing: the same text, or a map with the same `name`. */
function sameContent(item: VNode, rendered: YNode): boolean {
  if (item.kind === "scalar" && rendered.kind === "scalar") return String(item.value) === String(rendered.value);
  if (item.kind === "map" && rendered.kind === "map") {
    const name = item.entries.get("name");
    const other = rendered.entries.get("name")?.value;
    return name?.kind === "scalar" && other?.kind === "scalar" && String(name.value) === String(other.value);
  }
  return false;
}
