// The models a stack serves, for the inventory and the AI-BOM: named by a product's own settings (catalog
// data: a flag, an env var, the argument after a subcommand, the image), by a command that puts a model on a
// server wherever it runs (`ollama pull`, also in the Dockerfile `RUN` lines a workload is built from), and by
// a Hugging Face repository id in an env var whose name says it holds a model (`EMBEDDING_MODEL=BAAI/bge-m3`).
import type { Catalog, ModelSetting, ModelSource, ProductDef } from "../catalog/types.js";
import { imageName } from "../model/image.js";
import { commandTokens } from "../model/tokens.js";
import type { Located, SourcePos, Workload } from "../model/types.js";
import { expandedArgv } from "./match.js";
import { catalogPattern } from "../model/pattern.js";

export interface ServedModel {
  /** As written: `meta-llama/Llama-3.1-8B-Instruct`, `llama3.2:1b`, `meta/llama-3.1-8b-instruct`. */
  name: string;
  source: ModelSource;
  workload: Workload;
  /** The catalog product that serves it, when known. */
  product?: string;
  /** Where the value is written (an env file, a Dockerfile, the workload's own file). */
  pos: SourcePos;
}

/** Longer than any real model name; a longer value is not looked at. */
const MAX_NAME = 256;

/** Words in an env var's name that say its value is a place, not a model (`MODEL_PATH`, `MODEL_CACHE_DIR`). */
const LOCATION_NAME = /PATH|DIR|FILE|CACHE|URL|HOME/;


/** Quotes left on a token by splitting a `sh -c "…"` string on spaces, removed from both ends. */
function unquote(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && (token[start] === '"' || token[start] === "'")) start++;
  while (end > start && (token[end - 1] === '"' || token[end - 1] === "'")) end--;
  return token.slice(start, end);
}

/**
 * A Hugging Face repository id as the Hub's client validates it (huggingface_hub `validate_repo_id`): an
 * optional namespace and a name of letters, digits, `_`, `-` and `.`, each starting and ending with a letter,
 * digit or `_`, the name at most 96 characters, no `--` or `..`, not ending in `.git`.
 */
function isHubId(value: string, namespaceRequired: boolean): boolean {
  const parts = value.split("/");
  if (parts.length > 2 || (namespaceRequired && parts.length < 2)) return false;
  if (parts[parts.length - 1].length > 96 || value.endsWith(".git")) return false;
  return parts.every((part) => /^[\w.-]+$/.test(part) && /^\w/.test(part) && /\w$/.test(part) && !part.includes("--") && !part.includes(".."));
}

/** A value that names something rather than pointing at it: not a path, a URL or a deploy-time reference. */
function isName(value: string): boolean {
  return value.length > 0 && value.length <= MAX_NAME && !/[\s$]|:\/\//.test(value) && !/^[/.~\\-]/.test(value);
}

/** The model a setting's raw value names, or undefined when it names none. */
function modelName(setting: ModelSetting, raw: string): string | undefined {
  let name = unquote(raw.trim());
  if (setting.value !== undefined) {
    if (name.length > MAX_NAME) return undefined;
    const m = catalogPattern(`^(?:${setting.value})$`, "i").exec(name);
    if (!m) return undefined;
    name = m[1] ?? name;
  }
  if (!isName(name)) return undefined;
  // A local directory (`models/llama/7b`) is not a repository of the Hub.
  if (setting.source === "huggingface" && !isHubId(name, false)) return undefined;
  return name;
}

interface Hit {
  raw: string;
  pos: SourcePos;
}

/** The command line of one workload, split once for every setting that reads it. */
interface CommandLine {
  tokens: Located<string>[];
  /** The tokens joined by one space, and where each starts in it. */
  joined: string;
  starts: number[];
}

function commandLine(workload: Workload): CommandLine {
  const tokens = commandTokens(expandedArgv(workload));
  const starts: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    starts.push(offset);
    offset += token.value.length + 1;
  }
  return { tokens, joined: tokens.map((t) => t.value).join(" "), starts };
}

/** The value of `--flag x` or `--flag=x`; the last one written wins, as command-line parsers do. */
function flagHit(flag: string, line: CommandLine): Hit | undefined {
  let hit: Hit | undefined;
  line.tokens.forEach((token, i) => {
    const word = unquote(token.value);
    if (word === flag) {
      const next = line.tokens[i + 1];
      if (next && !unquote(next.value).startsWith("-")) hit = { raw: next.value, pos: next.pos };
    } else if (word.startsWith(`${flag}=`)) hit = { raw: word.slice(flag.length + 1), pos: token.pos };
  });
  return hit;
}

/** The argument right after the words of a subcommand (`vllm serve <model>`), the first word also as a path. */
function afterHit(words: string[], line: CommandLine): Hit | undefined {
  const { tokens } = line;
  for (let i = 0; i + words.length < tokens.length; i++) {
    const first = unquote(tokens[i].value);
    if (first !== words[0] && !first.endsWith(`/${words[0]}`)) continue;
    if (!words.every((word, k) => k === 0 || unquote(tokens[i + k].value) === word)) continue;
    const next = tokens[i + words.length];
    return unquote(next.value).startsWith("-") ? undefined : { raw: next.value, pos: next.pos };
  }
  return undefined;
}

/** Every match's first group in `text`, each with where it stands. */
function argHits(pattern: string, text: string, at: (index: number) => SourcePos): Hit[] {
  const rx = catalogPattern(pattern, "dgi");
  rx.lastIndex = 0;
  const hits: Hit[] = [];
  let m: RegExpExecArray | null;
  while ((m = rx.exec(text))) {
    if (m[0] === "") rx.lastIndex++;
    const group = m.indices?.[1];
    if (m[1] !== undefined && group) hits.push({ raw: m[1], pos: at(group[0]) });
  }
  return hits;
}

/** The token of the command line that holds character `index` of the joined text. */
function tokenAt(line: CommandLine, index: number): SourcePos {
  let low = 0;
  let high = line.starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (line.starts[middle] <= index) low = middle;
    else high = middle - 1;
  }
  return line.tokens[low].pos;
}

function envHit(name: string, workload: Workload): Hit | undefined {
  const last = workload.env.filter((e) => e.name === name).at(-1);
  // Set from a Secret, a ConfigMap or whoever deploys: the value is not in the tree.
  if (!last || last.value === undefined || last.source === "reference" || last.source === "passthrough") return undefined;
  return { raw: last.value, pos: last.pos };
}

/** The models of one workload, found setting by setting; its command line is split only when a setting reads it. */
class WorkloadModels {
  readonly found = new Map<string, ServedModel>();
  readonly workload: Workload;
  #line: CommandLine | undefined;

  constructor(workload: Workload) {
    this.workload = workload;
  }

  get line(): CommandLine {
    this.#line ??= commandLine(this.workload);
    return this.#line;
  }

  add(name: string | undefined, source: ModelSource, pos: SourcePos, product: string | undefined): boolean {
    if (name === undefined) return false;
    if (!this.found.has(name)) this.found.set(name, { name, source, workload: this.workload, ...(product ? { product } : {}), pos });
    return true;
  }

  /** Every model an `arg` setting matches: on the command line and, for a command run anywhere, in `RUN` lines. */
  addArgHits(setting: ModelSetting, product: string): void {
    const pattern = setting.arg as string;
    const line = this.line;
    for (const hit of argHits(pattern, line.joined, (index) => tokenAt(line, index))) this.add(modelName(setting, hit.raw), setting.source, hit.pos, product);
    if (!setting.anywhere) return;
    for (const step of this.workload.buildSteps) {
      if (step.instruction !== "RUN") continue;
      for (const hit of argHits(pattern, step.text, () => step.pos)) this.add(modelName(setting, hit.raw), setting.source, hit.pos, product);
    }
  }

  /** The one model a server loads: the value of the first of its settings that names one. */
  addLoaded(settings: ModelSetting[], product: string): void {
    for (const setting of settings) {
      const hit = this.settingHit(setting);
      if (hit && this.add(modelName(setting, hit.raw), setting.source, hit.pos, product)) return;
    }
  }

  settingHit(setting: ModelSetting): Hit | undefined {
    if (setting.flag) return flagHit(setting.flag, this.line);
    if (setting.after) return afterHit(setting.after, this.line);
    if (setting.env) return envHit(setting.env, this.workload);
    const image = this.workload.image;
    if (setting.image && image && !image.unresolved) {
      const m = catalogPattern(setting.image, "i").exec(imageName(image));
      if (m?.[1]) return { raw: m[1], pos: image.pos };
    }
    return undefined;
  }

  /**
   * Hugging Face ids in env vars named for a model (`EMBEDDING_MODEL`, `HF_MODEL_ID`), not for a place
   * (`MODEL_PATH`), nor the server's own settings, already read in their order (a flag may override them).
   */
  addHubIdsFromEnv(product: ProductDef | undefined): void {
    const own = new Set((product?.models ?? []).flatMap((s) => s.env ?? []));
    for (const env of this.workload.env) {
      const name = env.name.toUpperCase();
      if (!name.includes("MODEL") || LOCATION_NAME.test(name) || own.has(env.name)) continue;
      const hit = envHit(env.name, this.workload);
      const value = hit && unquote(hit.raw.trim());
      if (hit && value && isName(value) && isHubId(value, true)) this.add(value, "huggingface", hit.pos, product?.id);
    }
  }
}

/** The models every workload serves, in workload order; one entry per name and workload, the first place it is named. */
export function servedModels(workloads: Workload[], catalog: Catalog, productOf: (workload: Workload) => ProductDef | undefined): ServedModel[] {
  const anywhere = catalog.products.flatMap((product) => (product.models ?? []).filter((s) => s.arg && s.anywhere).map((setting) => ({ setting, product })));
  return workloads.flatMap((workload) => {
    const models = new WorkloadModels(workload);
    const product = productOf(workload);
    if (product?.models) {
      models.addLoaded(product.models.filter((s) => !s.arg), product.id);
      for (const setting of product.models) if (setting.arg) models.addArgHits(setting, product.id);
    }
    for (const { setting, product: owner } of anywhere) if (owner !== product) models.addArgHits(setting, owner.id);
    models.addHubIdsFromEnv(product);
    return [...models.found.values()];
  });
}
