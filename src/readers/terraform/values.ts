// What a Terraform expression evaluates to, where that can be known from the repository alone: literals,
// lists and objects of them, `var.x` (an auto-loaded .tfvars value, else the variable's default), `local.x`,
// `dynamic` blocks over a literal collection, `jsonencode(…)` of a literal structure. Anything else is
// `unknown` and never guessed: a resource attribute (`aws_security_group.web.id`), a conditional, a
// function the scan does not evaluate, a variable without a default.
//
// A block is evaluated into the same shape as an object attribute (a map; nested blocks as lists of maps under
// their type), so that `ingress { … }`, `ingress = [{ … }]` and Terraform's JSON syntax read alike.
import type { SourcePos } from "../../model/types.js";
import type { HclBlock, HclBody, HclExpr, HclRange } from "../../parsers/hcl.js";
import type { YNode } from "../../parsers/yaml.js";

/** Where a reference (`var.cidr`) brought a value to: the place a finding about it points at, and the words for it. */
export interface Via {
  pos: SourcePos;
  text: string;
}

interface Base {
  pos: SourcePos;
  via?: Via;
}

export type TfValue =
  /** `bodyLine`: a heredoc's first line of text, for what its text holds (a JSON document) to keep its lines. */
  | (Base & { kind: "string"; value: string; bodyLine?: number })
  | (Base & { kind: "number"; value: number })
  | (Base & { kind: "bool"; value: boolean })
  | (Base & { kind: "null" })
  | (Base & { kind: "list"; items: TfValue[] })
  | (Base & { kind: "map"; entries: Map<string, TfValue>; labels?: string[] })
  /** `ref`: the reference as written when it names another object (`aws_security_group.web.id`). */
  | (Base & { kind: "unknown"; ref?: string });

export type TfMap = Extract<TfValue, { kind: "map" }>;

/** A module's folder: its variables' values and its locals, evaluated on demand and once. */
export interface ModuleScope {
  variable(name: string): TfValue | undefined;
  local(name: string, at: SourcePos, depth: number): TfValue | undefined;
  /** A resource's configuration (`kubernetes_deployment.ollama`), for references to what it was given; undefined while it is being read. */
  resource?(address: string): TfMap | undefined;
}

/** Names that start a reference to something other than a resource of the module. */
const NOT_RESOURCES = new Set(["var", "local", "data", "module", "path", "terraform", "self", "each", "count"]);

export interface EvalContext {
  module: ModuleScope;
  /** Expressions the module may still evaluate: `dynamic` blocks evaluate their content once per item. */
  budget: { left: number };
  file: string;
  /** Bound names: a `dynamic` block's iterator (`ingress.value`). */
  bound?: Map<string, { key: TfValue; value: TfValue }>;
  /** References followed so far (a chain of locals is cut short, never followed without end). */
  depth: number;
}

/** References followed through locals before the value counts as unknown. */
const MAX_REFERENCE_DEPTH = 24;
/** Values a `dynamic` block expands to before the rest is left out. */
const MAX_DYNAMIC_ITEMS = 256;
/** Items of one list that are read (a CIDR list, a task's containers); real lists are far shorter. */
export const MAX_LIST_ITEMS = 256;

export function posOf(file: string, range: HclRange): SourcePos {
  return { file, line: range.line, column: range.column, endLine: range.endLine };
}

/** Where a value is written, or where a reference brought it. */
export function at(value: TfValue): SourcePos {
  return value.via?.pos ?? value.pos;
}

/** A part of a value a reference brought stands where that reference is written (the outermost one wins). */
function withVia<T extends TfValue>(value: T, via: Via | undefined): T {
  return via && value.via !== via ? { ...value, via } : value;
}

/** A map's entry, carrying the map's `via` down. */
export function get(value: TfValue | undefined, key: string): TfValue | undefined {
  if (value?.kind !== "map") return undefined;
  const entry = value.entries.get(key);
  return entry && withVia(entry, value.via);
}

/** The items of a list (or the one value that is not a list, as Terraform's blocks read either), at most MAX_LIST_ITEMS. */
export function items(value: TfValue | undefined): TfValue[] {
  if (!value) return [];
  if (value.kind === "list") return value.items.slice(0, MAX_LIST_ITEMS).map((i) => withVia(i, value.via));
  return [value];
}

/** One item of a list. */
export function item(value: TfValue | undefined, index: number): TfValue | undefined {
  if (value?.kind !== "list") return undefined;
  const found = value.items[index];
  return found && withVia(found, value.via);
}

/** The nested blocks (or object attributes) of a type: `ingress { … }` blocks and `ingress = [{ … }]` alike. */
export function blocks(value: TfValue | undefined, key: string): TfMap[] {
  return items(get(value, key)).flatMap((i) => (i.kind === "map" ? [i] : []));
}

export function str(value: TfValue | undefined): string | undefined {
  if (value?.kind === "string") return value.value;
  if (value?.kind === "number") return String(value.value);
  if (value?.kind === "bool") return String(value.value);
  return undefined;
}

export function num(value: TfValue | undefined): number | undefined {
  if (value?.kind === "number") return value.value;
  if (value?.kind === "string" && /^-?\d+$/.test(value.value.trim())) return Number(value.value.trim());
  return undefined;
}

export function bool(value: TfValue | undefined): boolean | undefined {
  if (value?.kind === "bool") return value.value;
  if (value?.kind === "string") {
    if (value.value === "true") return true;
    if (value.value === "false") return false;
  }
  return undefined;
}

/** The strings of a list attribute (or one string), each with its value. */
export function strings(value: TfValue | undefined): TfValue[] {
  return items(value).filter((v) => str(v) !== undefined);
}

export function unknown(pos: SourcePos, ref?: string): TfValue {
  return { kind: "unknown", pos, ...(ref !== undefined && { ref }) };
}

export function evaluate(expr: HclExpr, ctx: EvalContext): TfValue {
  const pos = posOf(ctx.file, expr);
  if (--ctx.budget.left < 0) return unknown(pos);
  switch (expr.kind) {
    case "literal": {
      const v = expr.value;
      if (typeof v === "string") return { kind: "string", value: v, pos, ...(expr.bodyLine !== undefined && { bodyLine: expr.bodyLine }) };
      if (typeof v === "number") return { kind: "number", value: v, pos };
      if (typeof v === "boolean") return { kind: "bool", value: v, pos };
      return { kind: "null", pos };
    }
    case "template": {
      if (expr.directives) return unknown(pos);
      const out: string[] = [];
      for (const part of expr.parts) {
        if (typeof part === "string") {
          out.push(part);
          continue;
        }
        const text = str(evaluate(part, ctx));
        if (text === undefined) return unknown(pos);
        out.push(text);
      }
      return { kind: "string", value: out.join(""), pos };
    }
    case "tuple":
      return { kind: "list", items: expr.items.map((i) => evaluate(i, ctx)), pos };
    case "object": {
      const entries = new Map<string, TfValue>();
      for (const item of expr.items) {
        const key = str(evaluate(item.key, ctx));
        if (key !== undefined) entries.set(key, evaluate(item.value, ctx));
      }
      return { kind: "map", entries, pos };
    }
    case "traversal":
      return traverse(expr, ctx, pos);
    case "call":
      return call(expr, ctx, pos);
    default:
      return unknown(pos);
  }
}

function traverse(expr: Extract<HclExpr, { kind: "traversal" }>, ctx: EvalContext, pos: SourcePos): TfValue {
  const written = [expr.root, ...expr.steps.map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`))].join("");
  let value: TfValue | undefined;
  let rest: (string | number)[];
  const bound = ctx.bound?.get(expr.root);
  if (bound) {
    const [first, ...after] = expr.steps;
    value = first === "value" ? bound.value : first === "key" ? bound.key : undefined;
    rest = after;
  } else if ((expr.root === "var" || expr.root === "local") && typeof expr.steps[0] === "string") {
    if (ctx.depth >= MAX_REFERENCE_DEPTH) return unknown(pos);
    const name = expr.steps[0];
    value = expr.root === "var" ? ctx.module.variable(name) : ctx.module.local(name, pos, ctx.depth + 1);
    rest = expr.steps.slice(1);
    if (value) value = { ...value, via: { pos, text: `${written}${value.via ? ` (${value.via.text})` : ""}` } };
  } else if (typeof expr.steps[0] === "string" && !NOT_RESOURCES.has(expr.root) && ctx.depth < MAX_REFERENCE_DEPTH) {
    // Another resource's configuration: what it was given is what it has (`kubernetes_deployment.x.metadata[0].labels`);
    // what the provider computes (`.id`, `.arn`) is not there and stays unknown, with the reference kept.
    const body = ctx.module.resource?.(`${expr.root}.${expr.steps[0]}`);
    if (!body) return unknown(pos, written);
    // `x[0]` / `x["key"]` of a resource with `count` / `for_each`: every instance has the same configuration.
    const instanced = body.entries.has("count") || body.entries.has("for_each");
    rest = expr.steps.slice(instanced ? 2 : 1);
    value = { ...body, via: { pos, text: written } };
  } else return unknown(pos, written);
  for (const step of rest) {
    if (!value) break;
    value = typeof step === "number" ? item(value, step) : get(value, step);
  }
  return value ?? unknown(pos, written);
}

function call(expr: Extract<HclExpr, { kind: "call" }>, ctx: EvalContext, pos: SourcePos): TfValue {
  const args = () => expr.args.map((a) => evaluate(a, ctx));
  switch (expr.name) {
    // The structure it encodes: what a task definition's containers are.
    case "jsonencode":
    case "yamlencode":
    case "tolist":
    case "toset":
    case "tomap":
      return expr.args.length === 1 ? evaluate(expr.args[0], ctx) : unknown(pos);
    case "concat": {
      const lists = args();
      // Each list is read up to MAX_LIST_ITEMS: concat of concat cannot grow without end.
      if (!lists.every((l) => l.kind === "list")) return unknown(pos);
      return { kind: "list", items: lists.flatMap((l) => items(l)).slice(0, MAX_LIST_ITEMS), pos };
    }
    default:
      return unknown(pos);
  }
}

/**
 * A block's body as a map: attributes evaluated, nested blocks as lists of maps under their type, `dynamic`
 * blocks expanded over their collection when it is known (else left out: what they add is not known).
 */
export function evaluateBody(body: HclBody, range: HclRange, ctx: EvalContext, labels?: string[]): TfMap {
  const entries = new Map<string, TfValue>();
  for (const attribute of body.attributes) entries.set(attribute.name, evaluate(attribute.value, ctx));
  const add = (type: string, map: TfMap) => {
    const list = entries.get(type);
    if (list?.kind === "list") list.items.push(map);
    else entries.set(type, { kind: "list", items: [map], pos: map.pos });
  };
  for (const block of body.blocks) {
    if (block.type === "dynamic" && block.labels.length === 1) {
      for (const map of expandDynamic(block, ctx)) add(block.labels[0], map);
      continue;
    }
    add(block.type, evaluateBody(block.body, block, ctx, block.labels));
  }
  return { kind: "map", entries, pos: posOf(ctx.file, range), ...(labels?.length && { labels }) };
}

function expandDynamic(block: HclBlock, ctx: EvalContext): TfMap[] {
  const forEach = block.body.attributes.find((a) => a.name === "for_each");
  const content = block.body.blocks.find((b) => b.type === "content");
  if (!forEach || !content) return [];
  const collection = evaluate(forEach.value, ctx);
  const iteratorAttr = block.body.attributes.find((a) => a.name === "iterator")?.value;
  const iterator = iteratorAttr?.kind === "traversal" && iteratorAttr.steps.length === 0 ? iteratorAttr.root : block.labels[0];
  const pairs: { key: TfValue; value: TfValue }[] =
    collection.kind === "list"
      ? items(collection).map((value, i) => ({ key: { kind: "number", value: i, pos: value.pos }, value }))
      : collection.kind === "map"
        ? [...collection.entries.keys()].map((key) => ({ key: { kind: "string", value: key, pos: collection.pos }, value: get(collection, key) as TfValue }))
        : [];
  const out: TfMap[] = [];
  for (const pair of pairs.slice(0, MAX_DYNAMIC_ITEMS)) {
    // Once the module's budget is spent, the rest would be unknown: not worth a map each.
    if (ctx.budget.left < 0) break;
    const bound = new Map(ctx.bound);
    bound.set(iterator, pair);
    out.push(evaluateBody(content.body, content, { ...ctx, bound }));
  }
  return out;
}

/** A YAML or JSON document read from a string of the configuration (a heredoc's JSON), its lines counted from `firstLine`. */
export function fromYaml(node: YNode, file: string, firstLine: number): TfValue {
  const pos: SourcePos = { file, line: node.line + firstLine - 1, column: node.column, endLine: node.endLine + firstLine - 1 };
  switch (node.kind) {
    case "scalar": {
      const v = node.value;
      if (typeof v === "string") return { kind: "string", value: v, pos };
      if (typeof v === "number") return { kind: "number", value: v, pos };
      if (typeof v === "boolean") return { kind: "bool", value: v, pos };
      return { kind: "null", pos };
    }
    case "seq":
      return { kind: "list", items: node.items.slice(0, MAX_LIST_ITEMS).map((i) => fromYaml(i, file, firstLine)), pos };
    case "map":
      return { kind: "map", entries: new Map([...node.entries].map(([k, e]) => [k, fromYaml(e.value, file, firstLine)])), pos };
  }
}
