// Shared by the credential rules: the settings of a workload that carry a credential, and what
// kind of value each holds. Values are never copied into findings.
import type { SourcePos, Workload } from "../model/types.js";

export interface CredentialSetting {
  name: string;
  value: string;
  /** `variable-default`: the value is the fallback of `${VAR:-value}`. */
  source: "literal" | "variable-default";
  pos: SourcePos;
}

const CREDENTIAL_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_KEY|MASTER_KEY|PRIVATE_KEY|REQUIREPASS)/i;
/** Names that mention a credential but hold something else: a path, a switch, a header name. */
const NOT_A_VALUE = /(_FILE|_PATH|_DIR|_URL|_URI|_HOST|_PORT|_ENABLED?|_HEADER|_PROVIDER|_TRANSPORT|_EXPIR\w*|_TTL|_LENGTH|_NAME|_ID|_TYPE|_MODE|_USER(NAME)?|_LIFETIME|_TIMEOUT|_SIZE|_LIMIT|_REQUIRED|_METHOD|_ALGORITHM)$/i;
/** Text that marks a value as something to fill in, not a credential. */
const PLACEHOLDER = /^(<.*>|\[.*\]|\{\{.*\}\}|\*+|x{3,}|\.{3,}|none|null|nil|undefined|todo|tbd|-|\$\{?[A-Za-z_].*)$|your|_here\b|here$|example|placeholder|replace[-_ ]?(me|this|with)|insert[-_ ]|dummy|fake|sample|<|>/i;

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name) && !NOT_A_VALUE.test(name);
}

export function isPlaceholder(value: string): boolean {
  return value.trim() === "" || PLACEHOLDER.test(value.trim());
}

/** Env vars and `--flag=value` / `--flag value` options whose name says they carry a credential. */
export function credentialSettings(workload: Workload): CredentialSetting[] {
  const out: CredentialSetting[] = [];
  for (const env of workload.env) {
    if ((env.source === "literal" || env.source === "variable-default") && env.value !== undefined && isCredentialName(env.name)) {
      out.push({ name: env.name, value: env.value, source: env.source, pos: env.pos });
    }
  }
  const tokens = workload.argv.flatMap((a) => a.value.split(/\s+/).filter(Boolean).map((value) => ({ value, pos: a.pos })));
  tokens.forEach((token, i) => {
    const m = /^--?([A-Za-z][\w.-]*)(?:=(.*))?$/.exec(token.value);
    if (!m || !isCredentialName(m[1].replace(/[.-]/g, "_"))) return;
    const value = m[2] ?? (tokens[i + 1] && !tokens[i + 1].value.startsWith("-") ? tokens[i + 1].value : undefined);
    if (value === undefined) return;
    out.push({ name: `--${m[1]}`, value: value.replace(/^(['"])(.*)\1$/, "$2"), source: "literal", pos: token.pos });
  });
  return out;
}

/** Values that ship as defaults or top every password-spraying list. */
const WELL_KNOWN = new Set(
  [
    "password", "passw0rd", "password1", "password123", "pass", "secret", "admin", "administrator", "root", "toor",
    "changeme", "change_me", "changeit", "default", "guest", "test", "testing", "welcome", "letmein", "qwerty",
    "123456", "1234", "12345", "12345678", "123456789", "1234567890", "abc123", "postgres", "mysql", "elastic",
    "minioadmin", "user",
  ].map((v) => v.toLowerCase()),
);

/** A credential value that is no secret: a product default or a password everyone tries first. */
export function isWellKnownValue(value: string, workload: Workload): boolean {
  const v = value.trim().toLowerCase();
  if (WELL_KNOWN.has(v)) return true;
  // The password equals a user name set next to it (postgres/postgres).
  return workload.env.some((e) => /USER(NAME)?$/i.test(e.name) && e.value !== undefined && e.value.trim().toLowerCase() === v && v !== "");
}
