// Shared by the credential rules: the settings of a workload that carry a credential, and what
// kind of value each holds. Values are never copied into findings.
import { expandedArgv, findKnob, knobLabel, type KnobHit } from "./match.js";
import { commandTokens } from "../model/tokens.js";
import { CLIENT_SERVICE_WORDS, PUBLISHED_EXAMPLE_SECRETS, WELL_KNOWN_PASSWORDS } from "../catalog/credentials.js";
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
  /** Where the workload names it, when the value comes from the project's `.env` (at `pos`). */
  usedAt?: SourcePos;
  /** What the value is called where it stands: the `.env` variable for a value from the project's `.env`, else `name`. One value, one finding. */
  subject: string;
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
const CREDENTIAL_NAME = /PASSWORD|PASSWD|SECRET|(^|[_.-])(PASS|PWD|TOKEN|API_?KEY|MASTER_KEY|PRIVATE_KEY|AUTH_KEY|ENC(RYPTION)?_?KEY|CRYPTO_KEY|SIGNING_KEY|ROLE_KEY|REQUIREPASS|SALT)(?=$|[_.-])/i;
/** `NEO4J_AUTH=neo4j/password`: a user and a password in one setting. */
const USER_AND_PASSWORD_NAME = /(^|_)AUTH$/i;
/** Names that mention a credential but hold something else: a path, a switch, a header name, identities. */
const NOT_A_VALUE = /(_FILE|_PATH|_DIR|_URL|_URI|_HOST|_PORT|_ENABLED?|_HEADER|_PROVIDER|_TRANSPORT|_EXPIR\w*|_TTL|_LENGTH|_NAME|_ID|_TYPE|_MODE|_USER(NAME)?S?|_ROLES?|_GROUPS?|_NAMESPACE|_UNIT|_TRACKER|_BUDGET|_COUNT|_RATE|_WINDOW|_LIFETIME|_TIMEOUT|_SIZE|_LIMIT|_REQUIRED|_METHOD|_ALGORITHM|_ROUNDS)$/i;
/** `postgresql://user:password@host`: the password part of a URL with credentials. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@\s/]+)@/i;
/** Text that marks a value as something to fill in, not a credential. */
const PLACEHOLDER = /^(<.*>|\[.*\]|\{\{.*\}\}|none|null|nil|undefined|todo|tbd|-|\$[{(]?[A-Za-z_].*)$|x{4,}|\.{3}|\*{3,}|…|your|_here\b|here$|example|placeholder|replace[-_ ]?(me|this|with)|insert[-_ ]|dummy|fake|sample|<|>/i;
/**
 * A value that says it is for development or testing only: `…-for-development-only-not-secure`,
 * `…-client-secret-abc-123`, `dev-only-…`, `do-not-use-…`.
 */
const DECLARED_DUMMY = /not[-_ ]?secure|for[-_ ]?(local[-_ ]?)?(dev|development|testing|tests?|demo)([-_ ]|$)|(^|[-_ ])(dev|test|testing|demo)[-_ ]only([-_ ]|$)|do[-_ ]?not[-_ ]?use|(^|[-_ ])abc[-_ ]123([-_ ]|$)/i;
/** Words a dummy credential is spelled with: what credentials are called, and the roles they are for. */
const CREDENTIAL_WORDS = new Set(["key", "keys", "apikey", "secret", "secrets", "token", "tokens", "password", "passwd", "pass", "pwd", "salt", "credential", "credentials"]);
const ROLE_WORDS = new Set([
  "api", "access", "aws", "s3", "admin", "viewer", "editor", "reader", "writer", "custom", "user", "client", "root", "guest", "owner",
  "service", "master", "private", "public", "auth", "jwt", "session", "test", "dev", "oidc", "oauth", "app", "signing", "encryption",
  "crypto", "db", "database",
]);
/**
 * Values that local model servers accept as "no key" (OpenAI clients insist on sending one):
 * `OPENAI_API_KEY=ollama`, vLLM's documented `EMPTY`, `sk-no-key-required`.
 */
const NO_KEY = /^(ollama|empty|none|na|n\/a|unused|anything|local|lm-studio|not[-_]?needed|no[-_]?key.*|sk-no-key.*|sk-(local|dummy|fake|test).*)$/i;

export function isCredentialName(name: string): boolean {
  // `PWD` alone is the shell's working directory.
  return CREDENTIAL_NAME.test(name) && !NOT_A_VALUE.test(name) && name.toUpperCase() !== "PWD";
}

/**
 * A value to fill in, not a credential: placeholder text, a "no key" value, a value that declares
 * itself for development only, or (given the setting's name) one spelled only with the words of a
 * credential's name and role (`api_key`, `aws_secret_key`, `viewer-key,admin-key`).
 */
export function isPlaceholder(value: string, name?: string): boolean {
  const v = value.trim();
  if (PUBLISHED_EXAMPLE_SECRETS.has(v)) return false;
  return v === "" || PLACEHOLDER.test(v) || NO_KEY.test(v) || DECLARED_DUMMY.test(v) || (name !== undefined && spellsCredentialName(v, name));
}

/**
 * Every comma-separated item is made only of credential words, role words and the words of the setting's
 * own name, with at least one credential word: `MINIO_ROOT_PASSWORD: aws_secret_key`, `API_KEY=api_key`.
 */
export function spellsCredentialName(value: string, name: string): boolean {
  const own = new Set(name.toLowerCase().split(/[^a-z0-9]+/));
  const items = value.toLowerCase().split(",").map((item) => item.trim());
  return items.every((item) => {
    const words = item.split(/[-_.\s]+/).filter(Boolean);
    return words.length > 0 && words.some((w) => CREDENTIAL_WORDS.has(w)) && words.every((w) => CREDENTIAL_WORDS.has(w) || ROLE_WORDS.has(w) || own.has(w));
  });
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
    const usedAt = env.interpolatedAt;
    const subject = env.variable ?? env.name;
    if (url) out.push({ name: env.name, value: safeDecode(url[1]), source: env.source, pos: env.pos, origin, inUrl: true, usedAt, subject });
    else if (isCredentialName(env.name)) out.push({ name: env.name, value: env.value, source: env.source, pos: env.pos, origin, usedAt, subject });
    else if (USER_AND_PASSWORD_NAME.test(env.name) && /^[^/:\s]+[/:]\S+$/.test(env.value)) {
      out.push({ name: env.name, value: env.value.replace(/^[^/:]+[/:]/, ""), source: env.source, pos: env.pos, origin, usedAt, subject });
    }
  }
  const tokens = commandTokens(expandedArgv(workload)).filter(reportedHere);
  tokens.forEach((token, i) => {
    const m = /^--?([A-Za-z][\w.-]*)(?:=(.*))?$/.exec(token.value);
    if (!m || !isCredentialName(m[1].replace(/[.-]/g, "_"))) return;
    const value = m[2] ?? (tokens[i + 1] && !tokens[i + 1].value.startsWith("-") ? tokens[i + 1].value : undefined);
    if (value === undefined) return;
    // On the flag, unless the value comes from the project's .env: then on the .env line.
    const from = m[2] === undefined && tokens[i + 1].interpolatedAt ? tokens[i + 1] : token;
    out.push({ name: `--${m[1]}`, value: value.replace(/^(['"])(.*)\1$/, "$2"), source: "literal", pos: from.pos, origin: from.origin ?? "own", usedAt: from.interpolatedAt, subject: from.variable ?? `--${m[1]}` });
  });
  return out;
}

/**
 * Why a credential value is no secret, in words for the message, or undefined when it may be one:
 * a password everyone tries first, a public default, the product's or project's name, the user name
 * next to it, or a word with a credential word or a digit run appended (`mysecret`, `postgres123`).
 * Any value committed in a repository is known; what sets these apart from a leaked secret is that
 * nobody generated them.
 */
export function weakValueReason(value: string, context: WeakValueContext, name?: string): string | undefined {
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
  if (sameAsUser) return "the same as the user name set next to it";
  // The shapes below are words, not generated secrets; placeholders (`ollama`, `local`, `your-key`,
  // `admin-key` for an API key) are no logins.
  if (isPlaceholder(value, name)) return undefined;
  if (/^(.{1,4})\1+$/.test(v)) return "a short pattern repeated";
  if (v.length > 24) return undefined;
  // `infini_rag_flow_OS_01`, `postgres123`, `Welcome2024!`: words, then perhaps a short number.
  const digits = /[-_.]?(\d{1,2}|123|1234|12345|123456|2\d\d\d|19\d\d)!?$/.exec(value.trim());
  const stem = digits ? value.trim().slice(0, digits.index) : value.trim();
  if (!isWordy(stem)) return undefined;
  const compact = stem.toLowerCase().replace(/[-_. ]/g, "");
  if (/^(my)?[a-z]*[-_. ]?(secret|password|passwd|pass|pwd|salt|key|token)s?$/.test(stem.toLowerCase())) return "a word with a credential word appended, not a generated secret";
  if (context.names?.some((n) => compact.startsWith(n) || compact.endsWith(n))) return digits ? "the project's or product's name with a number appended" : "the project's or product's name";
  return digits ? "a word with a digit sequence appended, not a generated secret" : undefined;
}

/**
 * Written as words: letters only, each word in one case (`infini_rag_flow`, `myRedisSecret`), at
 * least three letters a word on average, so that `XkQpLmZr` is not taken for four words.
 */
function isWordy(text: string): boolean {
  const words = text.split(/[-_. ]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
  const letters = words.join("").length;
  return words.length > 0 && words.every((w) => /^([a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(w)) && letters >= 3 && letters / words.length >= 3;
}

/** What a value is compared with: the settings next to it, the image it configures, the names of its stack. */
export interface WeakValueContext {
  env: { name: string; value?: string }[];
  image?: { repository: string };
  /** Names of the project and its products: image repository parts, service names, folders of the file (lower case). */
  names?: string[];
}

/**
 * The names a weak value may be made of, for the workloads of one file: the scanned folder (the
 * repository's name), every part of their image repositories (`infiniflow`, `ragflow`), their names,
 * and the folders of the file.
 */
export function stackNames(workloads: { name: string; file: string; image?: { repository: string } }[], root = ""): string[] {
  const parts = [root, ...workloads.flatMap((w) => [...(w.image?.repository.split("/") ?? []), w.name, ...w.file.split("/").slice(0, -1)])];
  return [...new Set(parts.flatMap((p) => [p, ...p.split(/[-_.]/)]).map((p) => p.toLowerCase().replace(/[^a-z0-9]/g, "")).filter((p) => /^[a-z]{4,}$/.test(p)))];
}

/** What AIA401 and AIA402 make of a credential setting's value; one value is never both. */
export type CredentialVerdict = { kind: "weak"; reason: string } | { kind: "secret" } | { kind: "none" };

/**
 * Weak (AIA401): a value anyone can guess or look up; for the product's own login also a dummy spelled
 * with the setting's words, since the server accepts it as written. Secret (AIA402): anything else long
 * enough that is no placeholder. None: placeholders, dummies elsewhere, and short values.
 */
export function judgeCredential(value: string, name: string, context: WeakValueContext, role: "own" | "client" | "unknown"): CredentialVerdict {
  const reason = weakValueReason(value, context, name);
  if (reason) return { kind: "weak", reason };
  if (role === "own" && spellsCredentialName(value.trim(), name)) return { kind: "weak", reason: "a dummy spelled with the words of a credential's name, which the server accepts as written" };
  if (isPlaceholder(value, name) || value.trim().length < 6) return { kind: "none" };
  return { kind: "secret" };
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
      subject: v.key,
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
export function credentialRole(
  setting: { name: string; inUrl?: boolean },
  product: ProductDef | undefined,
  catalog: Catalog,
  workload?: { name: string; image?: { repository: string } },
): "own" | "client" | "unknown" {
  const { name } = setting;
  if (setting.inUrl) return "client";
  if (product && knobNames(product).has(name)) return "own";
  if (catalog.products.some((p) => p !== product && knobNames(p).has(name))) return "client";
  // `NEO4J_PASSWORD` on an application, `PHOENIX_SMTP_PASSWORD`, `DB_PASSWORD`: the name says whose
  // login it is, unless the workload is that product (by the catalog, or by its image and name).
  const own = product ? productWords(product) : new Set<string>();
  for (const word of [workload?.name ?? "", ...(workload?.image?.repository.split("/") ?? [])].flatMap((p) => p.toUpperCase().split(/[^A-Z0-9]+/))) own.add(word);
  const parts = name.toUpperCase().split(/[^A-Z0-9]+/);
  const others = new Set([...CLIENT_SERVICE_WORDS, ...catalog.products.filter((p) => p !== product).flatMap((p) => [...productWords(p)])]);
  return parts.some((part) => others.has(part) && !own.has(part)) ? "client" : "unknown";
}

/** The words a product's settings are prefixed with: its id (`NEO4J`) and the first word of its login settings (`ELASTIC`, `GF`). */
function productWords(product: ProductDef): Set<string> {
  const knobs = [...(product.defaultCredentials ?? []).map((d) => d.knob), ...(product.loginSecrets ?? [])];
  return new Set([product.id.toUpperCase().replace(/[^A-Z0-9]/g, ""), ...knobs.flatMap((k) => (k.env && /^[A-Z][A-Z0-9]*_/.test(k.env) ? [k.env.split("_")[0]] : []))]);
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
export function weakLogin(workload: Workload, product: ProductDef, catalog: Catalog, facts: { credentials: CredentialSetting[]; valueContext: WeakValueContext }): { name: string; reason: string; pos: SourcePos; usedAt?: SourcePos } | undefined {
  const vendor = vendorDefaults(workload, product)[0];
  if (vendor) return { name: vendor.text, reason: `${product.name}'s documented default`, pos: vendor.pos };
  const unset = unsetDefault(workload, product);
  if (unset) return { name: knobLabel(unset.knob), reason: `not set, so ${product.name}'s documented default applies`, pos: workload.pos };
  for (const setting of facts.credentials) {
    const verdict = credentialRole(setting, product, catalog, workload) === "own" ? judgeCredential(setting.value, setting.name, facts.valueContext, "own") : undefined;
    if (verdict?.kind === "weak") return { name: setting.name, reason: verdict.reason, pos: setting.pos, usedAt: setting.usedAt };
  }
  return undefined;
}
