// Shared by the credential rules: the settings of a workload that carry a credential, and what
// kind of value each holds. Values are never copied into findings.
import { expandedArgv, findKnob, knobLabel, type KnobHit } from "./match.js";
import { commandTokens } from "../model/tokens.js";
import { PUBLISHED_EXAMPLE_SECRETS, WELL_KNOWN_PASSWORDS } from "../catalog/credentials.js";
import type { Catalog, DefaultCredential, Knob, ProductDef } from "../catalog/types.js";
import type { Model, Origin, SourcePos, Workload } from "../model/types.js";

export interface CredentialSetting {
  name: string;
  value: string;
  /** A password inside a connection URL: the workload's credential for another service. */
  inUrl?: boolean;
  /** `variable-default`: the value is the fallback of `${VAR:-value}`. */
  source: "literal" | "variable-default";
  pos: SourcePos;
  origin: Origin;
}

/**
 * Values reported on this workload: its own, and those of an env file it reads (each line reported once,
 * however many services read the file). A Dockerfile's values are reported on the Dockerfile's own workload.
 */
export function reportedHere(value: { origin?: Origin }): boolean {
  return value.origin === undefined || value.origin === "own" || value.origin === "env-file";
}

/**
 * PASSWORD/PASSWD/SECRET anywhere (`PGPASSWORD`); shorter words only as a whole part of the name:
 * `HF_TOKEN` and `--LabApp.token`, not `--tokenizer` or `TOKENIZERS_PARALLELISM`.
 */
const CREDENTIAL_NAME = /PASSWORD|PASSWD|SECRET|(^|[_.-])(PASS|PWD|TOKEN|API_?KEY|MASTER_KEY|PRIVATE_KEY|AUTH_KEY|ENC(RYPTION)?_KEY|SIGNING_KEY|ROLE_KEY|REQUIREPASS)(?=$|[_.-])/i;
/** `NEO4J_AUTH=neo4j/password`: a user and a password in one setting. */
const USER_AND_PASSWORD_NAME = /(^|_)AUTH$/i;
/** Names that mention a credential but hold something else: a path, a switch, a header name, identities. */
const NOT_A_VALUE = /(_FILE|_PATH|_DIR|_URL|_URI|_HOST|_PORT|_ENABLED?|_HEADER|_PROVIDER|_TRANSPORT|_EXPIR\w*|_TTL|_LENGTH|_NAME|_ID|_TYPE|_MODE|_USER(NAME)?S?|_ROLES?|_GROUPS?|_NAMESPACE|_UNIT|_TRACKER|_BUDGET|_COUNT|_RATE|_WINDOW|_LIFETIME|_TIMEOUT|_SIZE|_LIMIT|_REQUIRED|_METHOD|_ALGORITHM)$/i;
/** `postgresql://user:password@host`: the password part of a URL with credentials. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@\s/]+)@/i;
/** Text that marks a value as something to fill in, not a credential. */
const PLACEHOLDER = /^(<.*>|\[.*\]|\{\{.*\}\}|none|null|nil|undefined|todo|tbd|-|\$[{(]?[A-Za-z_].*)$|x{4,}|\.{3}|\*{3,}|…|your|_here\b|here$|example|placeholder|replace[-_ ]?(me|this|with)|insert[-_ ]|dummy|fake|sample|<|>/i;
/**
 * Values that local model servers accept as "no key" (OpenAI clients insist on sending one):
 * `OPENAI_API_KEY=ollama`, vLLM's documented `EMPTY`, `sk-no-key-required`.
 */
const NO_KEY = /^(ollama|empty|none|na|n\/a|unused|anything|local|lm-studio|not[-_]?needed|no[-_]?key.*|sk-no-key.*|sk-(local|dummy|fake|test).*)$/i;

export function isCredentialName(name: string): boolean {
  // `PWD` alone is the shell's working directory.
  return CREDENTIAL_NAME.test(name) && !NOT_A_VALUE.test(name) && name.toUpperCase() !== "PWD";
}

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (PUBLISHED_EXAMPLE_SECRETS.has(v)) return false;
  return v === "" || PLACEHOLDER.test(v) || NO_KEY.test(v);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Env vars and `--flag=value` / `--flag value` options whose name says they carry a credential. */
export function credentialSettings(workload: Workload): CredentialSetting[] {
  const out: CredentialSetting[] = [];
  for (const env of workload.env) {
    if (!reportedHere(env)) continue;
    if ((env.source !== "literal" && env.source !== "variable-default") || env.value === undefined) continue;
    const url = URL_PASSWORD.exec(env.value);
    // `http://user:pass@example:8080` in a sample is no credential.
    if (url && /@(www\.)?example([.:/]|$)/i.test(env.value)) continue;
    const origin = env.origin ?? "own";
    if (url) out.push({ name: env.name, value: safeDecode(url[1]), source: env.source, pos: env.pos, origin, inUrl: true });
    else if (isCredentialName(env.name)) out.push({ name: env.name, value: env.value, source: env.source, pos: env.pos, origin });
    else if (USER_AND_PASSWORD_NAME.test(env.name) && /^[^/:\s]+[/:]\S+$/.test(env.value)) {
      out.push({ name: env.name, value: env.value.replace(/^[^/:]+[/:]/, ""), source: env.source, pos: env.pos, origin });
    }
  }
  const tokens = commandTokens(expandedArgv(workload)).filter(reportedHere);
  tokens.forEach((token, i) => {
    const m = /^--?([A-Za-z][\w.-]*)(?:=(.*))?$/.exec(token.value);
    if (!m || !isCredentialName(m[1].replace(/[.-]/g, "_"))) return;
    const value = m[2] ?? (tokens[i + 1] && !tokens[i + 1].value.startsWith("-") ? tokens[i + 1].value : undefined);
    if (value === undefined) return;
    out.push({ name: `--${m[1]}`, value: value.replace(/^(['"])(.*)\1$/, "$2"), source: "literal", pos: token.pos, origin: token.origin ?? "own" });
  });
  return out;
}

/**
 * Why a credential value is no secret, in words for the message, or undefined when it may be one:
 * a password everyone tries first, a public default, the product's name, the user name next to it.
 */
export function weakValueReason(value: string, context: WeakValueContext): string | undefined {
  const v = value.trim().toLowerCase();
  if (WELL_KNOWN_PASSWORDS.has(v)) return "a well-known value that every password-guessing list tries first";
  if (PUBLISHED_EXAMPLE_SECRETS.has(value.trim())) return "a default published in an example configuration";
  if (/^(change|replace|update)[-_ ]?(me|it|this|password|pass|pwd|secret)$/i.test(v)) return "a placeholder that becomes the real value when applied as-is";
  if (v.length >= 4 && new Set(v).size === 1) return "one character repeated";
  // `grafana` on grafana/grafana, `clickhouse` on clickhouse/clickhouse-server.
  const image = context.image?.repository.split("/").pop()?.split(/[-_]/)[0];
  if (image && v === image) return "the product's own name";
  // postgres/postgres.
  const sameAsUser = context.env.some((e) => /USER(NAME)?$/i.test(e.name) && e.value !== undefined && e.value.trim().toLowerCase() === v && v !== "");
  return sameAsUser ? "the same as the user name set next to it" : undefined;
}

/** What a value is compared with: the settings next to it and the image it configures. */
export interface WeakValueContext {
  env: { name: string; value?: string }[];
  image?: { repository: string };
}

export function isWellKnownValue(value: string, context: WeakValueContext): boolean {
  return weakValueReason(value, context) !== undefined;
}

/** Credential-named keys of the Secret manifests in the tree, each with the other keys of its Secret. */
export function secretCredentials(model: Model): (CredentialSetting & { secret: string; context: WeakValueContext })[] {
  return model.secretValues
    .filter((v) => isCredentialName(v.key))
    .map((v) => ({
      name: v.key,
      value: v.value,
      source: "literal" as const,
      pos: v.pos,
      origin: "own" as const,
      secret: v.secret,
      context: { env: model.secretValues.filter((o) => o.secret === v.secret).map((o) => ({ name: o.key, value: o.value })) },
    }));
}

function knobNames(product: ProductDef): Set<string> {
  const knobs: Knob[] = [...product.auth.flatMap((a) => [...(a.enabledBy ?? []), ...(a.disabledBy ?? [])]), ...(product.defaultCredentials ?? []).map((d) => d.knob), ...(product.loginSecrets ?? [])];
  return new Set(knobs.flatMap((k) => [k.env, k.flag].filter((n): n is string => n !== undefined)));
}

/**
 * Whom a credential setting protects: `own` when it is one of the workload's product's auth knobs
 * (its login), `client` when it is another product's knob (a password the workload uses to reach
 * a database), `unknown` otherwise.
 */
export function credentialRole(setting: CredentialSetting, product: ProductDef | undefined, catalog: Catalog): "own" | "client" | "unknown" {
  const { name } = setting;
  if (setting.inUrl) return "client";
  if (product && knobNames(product).has(name)) return "own";
  if (catalog.products.some((p) => p !== product && knobNames(p).has(name))) return "client";
  return "unknown";
}

/** Settings of the workload that hold one of its product's documented default secrets (user names alone are no secret). */
export function vendorDefaults(workload: Workload, product: ProductDef | undefined): KnobHit[] {
  return (product?.defaultCredentials ?? []).flatMap((cred) => {
    if (/(USER(NAME)?|ACCESS_KEY)$/i.test(cred.knob.env ?? cred.knob.flag ?? "")) return [];
    const knob = { ...cred.knob, value: cred.values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") };
    const hit = findKnob([knob], workload, workload.product?.version);
    // Named by the catalog's own knob: the default value is not part of the name.
    return hit ? [{ ...hit, knob: cred.knob, text: knobLabel(cred.knob) }] : [];
  });
}

/**
 * A default that applies because the login is not set at all: none of the product's credential
 * settings (nor their `_FILE` variants) is present and no env file from outside could set one.
 */
function unsetDefault(workload: Workload, product: ProductDef): DefaultCredential | undefined {
  const knobs = [...(product.defaultCredentials ?? []).map((d) => d.knob), ...(product.loginSecrets ?? [])];
  const names = knobs.flatMap((k) => (k.env ? [k.env, `${k.env}_FILE`, `${k.env}__FILE`] : []));
  if (workload.envFromOutside || workload.env.some((e) => names.includes(e.name))) return undefined;
  // Set in a mounted configuration file (Grafana's `[security] admin_password`), or maybe in one from outside the repository.
  const configKnobs = knobs.filter((k) => k.config);
  if (configKnobs.length && (workload.configFromOutside || findKnob(configKnobs, workload, workload.product?.version))) return undefined;
  return product.defaultCredentials?.find((d) => d.whenUnset);
}

/** The product's own login set to a documented default or a well-known value, or left at its default, if it is. */
export function weakLogin(workload: Workload, product: ProductDef, catalog: Catalog): { name: string; reason: string; pos: SourcePos } | undefined {
  const vendor = vendorDefaults(workload, product)[0];
  if (vendor) return { name: vendor.text, reason: `${product.name}'s documented default`, pos: vendor.pos };
  const unset = unsetDefault(workload, product);
  if (unset) return { name: knobLabel(unset.knob), reason: `not set, so ${product.name}'s documented default applies`, pos: workload.pos };
  for (const setting of credentialSettings(workload)) {
    const reason = credentialRole(setting, product, catalog) === "own" ? weakValueReason(setting.value, workload) : undefined;
    if (reason) return { name: setting.name, reason, pos: setting.pos };
  }
  return undefined;
}
