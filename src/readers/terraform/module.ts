// One Terraform module: the files of one folder read together. Variables take the value an auto-loaded
// `terraform.tfvars` / `*.auto.tfvars` file gives them, else their default; locals are evaluated on demand
// and once. Each resource of a type the reader knows is evaluated and handed to its extractor, which adds
// to the module's model part: firewall rules, workloads, Services.
import { emptyPart } from "../../model/part.js";
import type { ModelPart, Notice, SourcePos } from "../../model/types.js";
import type { HclBlock, HclBody } from "../../parsers/hcl.js";
import { evaluate, evaluateBody, posOf, type EvalContext, type ModuleScope, type TfMap, type TfValue } from "./values.js";

export interface TerraformFile {
  path: string;
  /** `config`: `.tf` / `.tf.json`; `values`: an auto-loaded `.tfvars` file. */
  kind: "config" | "values";
  body: HclBody;
}

export interface Resource {
  type: string;
  name: string;
  /** `aws_security_group.web`. */
  address: string;
  file: string;
  pos: SourcePos;
  /** The evaluated body. */
  body: TfMap;
}

/** What an extractor may look up in its module: other resources by address or type. */
export interface ModuleIndex {
  resource(address: string): Resource | undefined;
  ofType(type: string): Resource[];
}

/** Reads one resource into the module's part; `notices` are notes on what it could not judge. */
export type Extractor = (resource: Resource, part: ModelPart, module: ModuleIndex, notices: Notice[]) => void;

/** Runs once every extractor has: links what resources made to what others declare (an ECS service to its task's containers). */
export type Linker = (part: ModelPart, module: ModuleIndex) => void;

/**
 * Expressions one module may evaluate: a few per node of a large configuration, so only `dynamic` blocks that
 * multiply a large content many times reach it (then what is left is unknown, and the module is incomplete).
 */
export const MODULE_BUDGET = 2_000_000;

/** Resources read inside one another (a Service's selector naming a Deployment's labels naming a local …). */
const MAX_RESOURCE_CHAIN = 8;

export function completeModule(files: TerraformFile[], extractors: Record<string, Extractor>, linkers: Linker[] = []): { part: ModelPart; notices: Notice[] } {
  const part = emptyPart();
  const budget = { left: MODULE_BUDGET };
  const scope = moduleScope(files, budget);
  const blocks = new Map<string, { type: string; name: string; file: string; block: HclBlock }>();
  const byType = new Map<string, string[]>();
  for (const file of files) {
    if (file.kind !== "config") continue;
    for (const block of file.body.blocks) {
      if (block.type !== "resource" || block.labels.length !== 2) continue;
      const [type, name] = block.labels;
      const address = `${type}.${name}`;
      if (blocks.has(address)) continue;
      blocks.set(address, { type, name, file: file.path, block });
      const list = byType.get(type);
      if (list) list.push(address);
      else byType.set(type, [address]);
    }
  }
  const evaluated = new Map<string, Resource>();
  /** Resources being read: a reference back to one of them (a cycle) is unknown. */
  const reading = new Set<string>();
  /** Where the budget ran out: the resource being evaluated then. */
  let exhausted: SourcePos | undefined;
  const index: ModuleIndex = {
    resource(address) {
      const known = evaluated.get(address);
      if (known) return known;
      const found = blocks.get(address);
      // A chain of resources naming each other is followed a few steps, never to the end of a hostile file.
      if (!found || reading.has(address) || reading.size >= MAX_RESOURCE_CHAIN) return undefined;
      reading.add(address);
      const ctx: EvalContext = { module: scope, budget, file: found.file, depth: 0 };
      const resource: Resource = { type: found.type, name: found.name, address, file: found.file, pos: posOf(found.file, found.block), body: evaluateBody(found.block.body, found.block, ctx) };
      reading.delete(address);
      evaluated.set(address, resource);
      if (budget.left < 0) exhausted ??= resource.pos;
      return resource;
    },
    ofType(type) {
      return (byType.get(type) ?? []).flatMap((address) => index.resource(address) ?? []);
    },
  };
  scope.resource = (address) => index.resource(address)?.body;
  const notices: Notice[] = [];
  for (const [type, addresses] of byType) {
    const extractor = extractors[type];
    if (!extractor) continue;
    for (const address of addresses) {
      if (budget.left < 0) break;
      const before = { rules: part.firewallRules.length, workloads: part.workloads.length };
      const resource = index.resource(address) as Resource;
      extractor(resource, part, index, notices);
      // What the extractor made counts too: a `dynamic` block's rules each carry the sources of a long list.
      for (const rule of part.firewallRules.slice(before.rules)) budget.left -= 1 + rule.sources.length + rule.ports.length;
      for (const w of part.workloads.slice(before.workloads)) budget.left -= 1 + w.env.length + w.argv.length + w.containerPorts.length;
      if (budget.left < 0) exhausted ??= resource.pos;
    }
  }
  if (budget.left >= 0) for (const link of linkers) link(part, index);
  if (budget.left < 0) {
    const at = exhausted ?? { file: files[0]?.path ?? "", line: 1 };
    notices.push({ file: at.file, line: at.line, kind: "skipped", incomplete: true, message: `its module expands to more than ${MODULE_BUDGET} expressions (dynamic blocks over large collections); this resource and the ones read after it were not read completely` });
  }
  return { part, notices };
}

/** Variables and locals of the module, each evaluated once, on first use. */
function moduleScope(files: TerraformFile[], budget: { left: number }): ModuleScope {
  const defaults = new Map<string, { file: string; expr: HclBody["attributes"][number] }>();
  const set = new Map<string, { file: string; expr: HclBody["attributes"][number] }>();
  const locals = new Map<string, { file: string; expr: HclBody["attributes"][number] }>();
  // terraform.tfvars first, then *.auto.tfvars in name order: a later file wins, as Terraform loads them.
  const ordered = [...files].sort((a, b) => valuesRank(a.path) - valuesRank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of ordered) {
    if (file.kind === "values") {
      for (const attribute of file.body.attributes) set.set(attribute.name, { file: file.path, expr: attribute });
      continue;
    }
    for (const block of file.body.blocks) {
      if (block.type === "variable" && block.labels.length === 1) {
        const value = block.body.attributes.find((a) => a.name === "default");
        if (value && !defaults.has(block.labels[0])) defaults.set(block.labels[0], { file: file.path, expr: value });
      } else if (block.type === "locals") {
        for (const attribute of block.body.attributes) if (!locals.has(attribute.name)) locals.set(attribute.name, { file: file.path, expr: attribute });
      }
    }
  }
  const variables = new Map<string, TfValue | undefined>();
  const localValues = new Map<string, TfValue | undefined>();
  const computing = new Set<string>();
  // Defaults and .tfvars values are constants: they name no variable or local.
  const constants: ModuleScope = { variable: () => undefined, local: () => undefined };
  const scope: ModuleScope = {
    variable(name) {
      if (variables.has(name)) return variables.get(name);
      const given = set.get(name);
      const fallback = defaults.get(name);
      const source = given ?? fallback;
      const value = source && evaluate(source.expr.value, { module: constants, budget, file: source.file, depth: 0 });
      const how = given ? `set in ${given.file} line ${given.expr.line}` : fallback ? `its default in ${fallback.file} line ${fallback.expr.line}` : "";
      const result = value && value.kind !== "null" ? { ...value, via: { pos: value.pos, text: how } } : undefined;
      variables.set(name, result);
      return result;
    },
    local(name, _at, depth) {
      if (localValues.has(name)) return localValues.get(name);
      const source = locals.get(name);
      if (!source || computing.has(name)) return undefined;
      computing.add(name);
      const value = evaluate(source.expr.value, { module: scope, budget, file: source.file, depth });
      computing.delete(name);
      const result = { ...value, via: { pos: value.pos, text: `${source.file} line ${source.expr.line}` } };
      localValues.set(name, result);
      return result;
    },
  };
  return scope;
}

function valuesRank(path: string): number {
  return /(^|\/)terraform\.tfvars(\.json)?$/i.test(path) ? 0 : 1;
}
