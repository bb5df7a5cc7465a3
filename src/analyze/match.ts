// Reads catalog data against a workload: which product it runs, at which version, whether it listens
// beyond loopback, and whether its authentication is on. Every product fact comes from the data files.
import semver from "semver";
import { OFFICIAL_IMAGE_NAMESPACE, VARIANT_SUFFIX } from "../catalog/images.js";
import { imageName } from "../model/image.js";
import { commandTokens, expandEnv } from "../model/tokens.js";
import { catalogPattern } from "../model/pattern.js";
import { wildcard } from "../model/wildcard.js";
import type { EnvVar, ImageRef, Located, Origin, SourcePos, Workload } from "../model/types.js";
import type { AuthBehaviour, Catalog, Knob, ProductDef, ServerEnvSignature } from "../catalog/types.js";

const DEFAULT_TAG_VERSION = /^v?(\d+\.\d+(?:\.\d+)?)/;


/** Version ranges are checked once per version and range. */
const satisfied = new Map<string, boolean>();
function inRange(version: string, range: string): boolean {
  const key = `${version}\0${range}`;
  let ok = satisfied.get(key);
  if (ok === undefined) {
    ok = semver.satisfies(version, range, { includePrerelease: true });
    satisfied.set(key, ok);
  }
  return ok;
}

export function identifyProduct(catalog: Catalog, workload: Workload): Workload["product"] {
  if (workload.image) {
    const name = imageName(workload.image);
    const product = imageIndex(catalog).find(name);
    if (product) return { productId: product.id, version: versionFromTag(product, workload.image.tag) ?? declaredVersion(product, workload), by: "image" };
  }
  const command = expandEnv(workload.argv.map((a) => a.value).join(" "), workload.env);
  if (command) {
    const product = catalog.products.find((p) => p.commands?.some((c) => catalogPattern(c).test(command)));
    if (product) return { productId: product.id, version: declaredVersion(product, workload), by: "command" };
  }
  const product = catalog.products.find((p) => p.serverEnv?.some((signature) => setsServerEnv(p, signature, workload)));
  if (product) return { productId: product.id, by: "env" };
  const runs = productById(catalog, workload.declaredBy?.runs);
  if (runs) return { productId: runs.id, version: (workload.image && versionFromTag(runs, workload.image.tag)) ?? declaredVersion(runs, workload), by: "operator" };
  const charted = productById(catalog, workload.chartProduct);
  if (charted) return { productId: charted.id, version: versionFromTag(charted, workload.image?.tag), by: "chart" };
  return undefined;
}

/** The version the custom resource that declares the pod states for the product (`rayVersion`), if the catalog says where. */
function declaredVersion(product: ProductDef, workload: Workload): string | undefined {
  const owner = workload.declaredBy;
  if (!owner) return undefined;
  const where = product.declaredVersion?.find((d) => d.apiGroup === owner.apiGroup && d.kinds.includes(owner.kind));
  const value = where ? owner.fields[where.field]?.value : undefined;
  return value ? (semver.coerce(value)?.version ?? undefined) : undefined;
}

/** The workload sets one of the signature's variables and, if asked, declares or exposes one of the product's ports. */
function setsServerEnv(product: ProductDef, signature: ServerEnvSignature, workload: Workload): boolean {
  if (!workload.env.some((e) => signature.env.includes(e.name))) return false;
  if (!signature.onProductPort) return true;
  const ports = new Set([...workload.containerPorts.map((p) => p.value), ...workload.exposures.flatMap((e) => e.containerPorts)]);
  return product.ports.some((p) => ports.has(p.port));
}

/**
 * The catalog's image names, indexed once: an exact name, else the path a registry mirror or
 * pull-through cache keeps of it at the end of the name (without the registry host; `library/` before
 * an official image's name), with or without a build-variant suffix on the last segment.
 */
interface ImageIndex {
  find(name: string): ProductDef | undefined;
}

const imageIndexes = new WeakMap<Catalog, ImageIndex>();

function imageIndex(catalog: Catalog): ImageIndex {
  let index = imageIndexes.get(catalog);
  if (index) return index;
  const exact = new Map<string, ProductDef>();
  const mirrored = new Map<string, ProductDef>();
  // Patterns with `*` (few) are tested one by one, on the name or on as many trailing segments as they have.
  const exactPatterns: { rx: RegExp; product: ProductDef }[] = [];
  const mirrorPatterns: { rx: RegExp; segments: number; product: ProductDef }[] = [];
  for (const product of catalog.products) {
    for (const pattern of product.images) {
      const segments = pattern.split("/");
      const upstream = segments.length > 2 && segments[0].includes(".") ? segments.slice(1) : segments.length === 1 ? [OFFICIAL_IMAGE_NAMESPACE, ...segments] : segments;
      const path = upstream.join("/");
      if (pattern.includes("*")) {
        exactPatterns.push({ rx: wildcard(pattern), product });
        mirrorPatterns.push({ rx: wildcard(path), segments: upstream.length, product });
      } else {
        if (!exact.has(pattern.toLowerCase())) exact.set(pattern.toLowerCase(), product);
        if (!mirrored.has(path.toLowerCase())) mirrored.set(path.toLowerCase(), product);
      }
    }
  }
  const longest = Math.max(...catalog.products.flatMap((p) => p.images.map((i) => i.split("/").length)), 2);
  index = {
    find(name) {
      const lower = name.toLowerCase();
      const direct = exact.get(lower) ?? exactPatterns.find((e) => e.rx.test(lower))?.product;
      if (direct) return direct;
      const parts = lower.split("/");
      for (let k = 1; k <= Math.min(longest, parts.length); k++) {
        const tail = parts.slice(-k);
        const base = tail[k - 1].replace(VARIANT_SUFFIX, "");
        const variant = base !== tail[k - 1] ? [...tail.slice(0, -1), base].join("/") : undefined;
        const hit = mirrored.get(tail.join("/")) ?? (variant !== undefined ? mirrored.get(variant) : undefined);
        if (hit) return hit;
        const wild = mirrorPatterns.find((m) => m.segments === k && (m.rx.test(tail.join("/")) || (variant !== undefined && m.rx.test(variant))));
        if (wild) return wild.product;
      }
      return undefined;
    },
  };
  imageIndexes.set(catalog, index);
  return index;
}

/** The catalog product an image reference runs, by its name (mirrors and variants included). */
export function productOfImage(catalog: Catalog, image: ImageRef): ProductDef | undefined {
  return imageIndex(catalog).find(imageName(image));
}

export function versionFromTag(product: ProductDef, tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const m = (product.tagVersion ? catalogPattern(product.tagVersion) : DEFAULT_TAG_VERSION).exec(tag);
  if (!m?.[1]) return undefined;
  return semver.coerce(m[1])?.version;
}

export function productById(catalog: Catalog, id: string | undefined): ProductDef | undefined {
  return id === undefined ? undefined : catalog.products.find((p) => p.id === id);
}

/** Where a knob was found set, for messages and finding positions. */
export interface KnobHit {
  knob: Knob;
  /** `OLLAMA_HOST=0.0.0.0`, `--api-key`. */
  text: string;
  value: string;
  /** The value comes from a deploy-time variable (`${VAR}`) or a Secret reference: set, value unknown. */
  indirect: boolean;
  pos: SourcePos;
  /** Where the setting is written, relative to the workload. */
  origin: Origin;
}

function knobApplies(knob: Knob, version: string | undefined): boolean {
  if (!knob.versions || !version) return true;
  return inRange(version, knob.versions);
}

function valueMatches(knob: Knob, value: string, indirect: boolean): boolean {
  if (knob.value === undefined) return indirect || value !== "";
  // A value set by whoever deploys is unknown; only a knob that asks for "any value" can match it.
  if (indirect) return false;
  return catalogPattern(`^(?:${knob.value})$`).test(value);
}

/** A value that is nothing but a deploy-time reference: `${VAR}`, `$VAR`, `${VAR:?message}`. */
const WHOLE_REFERENCE = /^\$(\{[A-Za-z_][A-Za-z0-9_]*([:?+-][^}]*)?\}|\([A-Za-z_][A-Za-z0-9_]*\)|[A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * Whether a matched value may be shown: the knob's pattern names switch values (`false|0|no`,
 * `0\.0\.0\.0`), or the value is a boolean word. `.*--requirepass.*` could match a secret.
 */
function showable(pattern: string, value: string): boolean {
  return !/[.*+]/.test(pattern.replace(/\\\./g, "")) || /^(true|false|yes|no|on|off|[01tfyn])$/i.test(value);
}

function envHit(knob: Knob, env: EnvVar[]): KnobHit | undefined {
  const found = env.filter((e) => e.name === knob.env);
  const last = found[found.length - 1];
  if (!last) return undefined;
  const value = last.value ?? "";
  // `REDIS_ARGS: --requirepass ${REDIS_PASSWORD}` has a literal part a pattern can judge; `${VAR}` alone has none.
  const indirect = last.source === "reference" || last.source === "passthrough" || (last.source === "variable" && WHOLE_REFERENCE.test(value.trim()));
  if (!valueMatches(knob, value, indirect)) return undefined;
  // Only a switch's value is shown (`WEBUI_AUTH=False`); any other value may hold a secret.
  const text = indirect ? `${last.name} (set at deploy time)` : knob.value !== undefined && showable(knob.value, value) ? `${last.name}=${value}` : last.name;
  return { knob, text, value, indirect, pos: last.pos, origin: last.origin ?? "own" };
}

interface CommandLine {
  argv: Located<string>[];
  env: EnvVar[];
  /** Env references expanded. */
  expanded: Located<string>[];
  /** The expanded command line split into located tokens, quotes stripped. */
  tokens: Located<string>[];
}

/** Per workload, made once for all the knobs that look at its command line (while its argv and env stay the same). */
const commandLines = new WeakMap<Workload, CommandLine>();

function commandLine(workload: Workload): CommandLine {
  const known = commandLines.get(workload);
  if (known && known.argv === workload.argv && known.env === workload.env) return known;
  const expanded = workload.argv.map((a) => ({ ...a, value: expandEnv(a.value, workload.env) }));
  const made = { argv: workload.argv, env: workload.env, expanded, tokens: commandTokens(expanded).map((t) => ({ ...t, value: stripQuotes(t.value) })) };
  commandLines.set(workload, made);
  return made;
}

/** The command line as the process sees it: env references expanded, split into located tokens. */
export function expandedArgv(workload: Workload): Located<string>[] {
  return commandLine(workload).expanded;
}

/** Finds `--flag`, `--flag=value` or `--flag value` among the command tokens, also inside `sh -c "..."` strings. */
function flagHit(knob: Knob, workload: Workload): KnobHit | undefined {
  const flag = knob.flag as string;
  const { tokens } = commandLine(workload);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i].value;
    let value: string;
    // Explicit: `--flag=x`, `--flag x`, `--flag ""`; a bare `--flag` has no value at all.
    let explicit: boolean;
    if (token === flag) {
      const next = tokens[i + 1]?.value;
      explicit = next !== undefined && !next.startsWith("-");
      value = explicit ? (next as string) : "";
    } else if (token.startsWith(flag + "=")) {
      explicit = true;
      value = stripQuotes(token.slice(flag.length + 1));
    } else continue;
    const indirect = /^\$[{(]?[A-Za-z_]/.test(value);
    // A knob for "any value" accepts a bare flag (`--listen`) but not an explicitly empty one (`--requirepass ""`).
    const ok = knob.value === undefined ? !explicit || value !== "" : valueMatches(knob, value, indirect);
    if (ok) return { knob, text: knob.value !== undefined && value && showable(knob.value, value) ? `${flag} ${value}` : flag, value, indirect, pos: tokens[i].pos, origin: tokens[i].origin ?? "own" };
  }
  return undefined;
}

function stripQuotes(value: string): string {
  return value.replace(/^(['"])(.*)\1$/, "$2");
}

function argHit(knob: Knob, argv: Located<string>[]): KnobHit | undefined {
  const rx = catalogPattern(knob.arg as string);
  const joined = argv.map((a) => a.value).join(" ");
  const m = rx.exec(joined);
  if (!m) return undefined;
  const at = commandTokens(argv).find((a) => rx.test(a.value)) ?? argv.find((a) => rx.test(a.value)) ?? argv[0];
  return { knob, text: m[0], value: m[0], indirect: false, pos: at.pos, origin: at.origin ?? "own" };
}

/** A directive in a mounted configuration file, named by its first word only (its value may be a secret). */
function configHit(knob: Knob, workload: Workload): KnobHit | undefined {
  const rx = catalogPattern(knob.config as string);
  const wanted = knob.section?.toLowerCase();
  for (const file of workload.configFiles ?? []) {
    // An ini file's `[section]` headers: a knob tied to a section matches only the lines under its header.
    let section: string | undefined;
    const line = file.lines.find((l) => {
      const header = /^\s*\[([^\]]+)\]\s*$/.exec(l.value);
      if (header) section = header[1].trim().toLowerCase();
      return !header && (wanted === undefined || section === wanted) && rx.test(l.value);
    });
    if (line) return { knob, text: `${knob.section ? `[${knob.section}] ` : ""}${line.value.trim().split(/[\s:=]/)[0]} in ${file.path}`, value: "", indirect: false, pos: line.pos, origin: line.origin ?? "own" };
  }
  return undefined;
}

export function findKnob(knobs: Knob[] | undefined, workload: Workload, version: string | undefined): KnobHit | undefined {
  for (const knob of knobs ?? []) {
    if (!knobApplies(knob, version)) continue;
    const hit = knob.env
      ? envHit(knob, workload.env)
      : knob.flag
        ? flagHit(knob, workload)
        : knob.arg
          ? argHit(knob, expandedArgv(workload))
          : knob.config
            ? configHit(knob, workload)
            : undefined;
    if (hit && (!knob.requires || findKnob(knob.requires, workload, version))) return hit;
  }
  return undefined;
}

export function findAllKnobs(knobs: Knob[] | undefined, workload: Workload, version: string | undefined): KnobHit[] {
  return (knobs ?? []).flatMap((k) => findKnob([k], workload, version) ?? []);
}

/** The auth behaviour of a version; an unknown version (floating tag) is judged as the current release. */
export function authBehaviour(product: ProductDef, version: string | undefined): AuthBehaviour {
  if (version) {
    const match = product.auth.find((a) => !a.versions || inRange(version, a.versions));
    if (match) return match;
  }
  return product.auth[product.auth.length - 1];
}

export type AuthState =
  | { state: "none"; behaviour: AuthBehaviour }
  /** Not set in the tree, but a file from outside it (an env file, a config file) may set one of the knobs. */
  | { state: "unknown"; behaviour: AuthBehaviour; from: string; through: string[] }
  | { state: "off"; behaviour: AuthBehaviour; disabledBy?: KnobHit }
  | { state: "on"; behaviour: AuthBehaviour; enabledBy?: KnobHit };

/**
 * The product's authentication as configured on the workload; with `ports`, as seen through an exposure
 * of those container ports (empty: every port), where a setting that protects only some ports may not count.
 */
export function authState(product: ProductDef, workload: Workload, ports?: number[]): AuthState {
  const version = workload.product?.version;
  const behaviour = authBehaviour(product, version);
  if (behaviour.builtIn === "none") return { state: "none", behaviour };
  const disabledBy = findKnob(behaviour.disabledBy, workload, version);
  if (disabledBy) return { state: "off", behaviour, disabledBy };
  const enabling = (behaviour.enabledBy ?? []).filter((k) => !k.ports || (ports !== undefined && ports.length > 0 && ports.every((p) => k.ports?.includes(p))));
  const enabledBy = findKnob(enabling, workload, version);
  if (enabledBy) return { state: "on", behaviour, enabledBy };
  if (behaviour.builtIn === "on") return { state: "on", behaviour };
  const envKnobs = enabling.flatMap((k) => k.env ?? []);
  if (workload.envFromOutside && envKnobs.length) return { state: "unknown", behaviour, from: workload.envFromOutside.path, through: envKnobs };
  const flagKnobs = enabling.flatMap((k) => (k.flag || k.arg ? [knobLabel(k)] : []));
  if (workload.argvFromOutside && flagKnobs.length) return { state: "unknown", behaviour, from: workload.argvFromOutside.path, through: flagKnobs };
  const configKnobs = enabling.flatMap((k) => (k.config ? [knobLabel(k)] : []));
  if (workload.configFromOutside && configKnobs.length) return { state: "unknown", behaviour, from: workload.configFromOutside.path, through: configKnobs };
  return { state: "off", behaviour };
}

/** Whether the process listens beyond loopback inside its container or pod. */
export function listensOnAllInterfaces(product: ProductDef, workload: Workload): boolean {
  const version = workload.product?.version;
  if (findKnob(product.listen.loopbackOnly, workload, version)) return false;
  if (findKnob(product.listen.allInterfaces, workload, version)) return true;
  // `--host ${MLFLOW_HOST}`: chosen at deploy time. Publishing the port of a process that listens on
  // loopback only would serve nothing, so a published workload is taken to listen beyond it.
  const anyValue = [...(product.listen.allInterfaces ?? []), ...(product.listen.loopbackOnly ?? [])].map((k) => ({ ...k, value: undefined }));
  if (findKnob(anyValue, workload, version)?.indirect) return true;
  const fallback = workload.product?.by === "command" ? (product.listen.commandDefault ?? product.listen.default) : product.listen.default;
  return fallback === "all";
}

/** Ports of the product that matter: an exposure of only non-sensitive ports (metrics) is not one. */
export function exposesProduct(product: ProductDef, containerPorts: number[]): boolean {
  if (containerPorts.length === 0) return true;
  return containerPorts.some((port) => {
    const known = product.ports.find((p) => p.port === port);
    // A port the catalog does not know is most likely the main port moved by configuration.
    return !known || known.sensitive !== false;
  });
}

/** A knob as a person would name it: `VLLM_API_KEY`, `--app-name basic-auth`, or a pattern without its regex syntax. */
export function knobLabel(knob: Knob): string {
  // A value that is a plain word (no pattern syntax) is part of the name: `--model-control-mode explicit`.
  const literal = knob.value && /^[\w.-]+$/.test(knob.value) ? knob.value : undefined;
  if (knob.env) return literal ? `${knob.env}=${literal}` : knob.env;
  if (knob.flag) return literal ? `${knob.flag} ${literal}` : knob.flag;
  // A config-file pattern is named by the directive it looks for: `requirepass`.
  if (knob.config) return /[A-Za-z_][A-Za-z0-9_-]{2,}/.exec(knob.config.replace(/\\[a-zA-Z]/g, " "))?.[0] ?? knob.config;
  return (knob.arg ?? "").replace(/\\[bsSdw][*+?]?|[()^$?]/g, "").replace(/\\(.)/g, "$1");
}
