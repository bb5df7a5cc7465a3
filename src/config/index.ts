// `.ai-infra-audit.yml`: disable rules, override severities, exclude paths, suppress findings with a
// reason and an optional expiry. Invalid config is an error naming the key, never a silent default.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SEVERITIES, type Severity } from "../findings/types.js";

export interface IgnoreEntry {
  /** Globs relative to the scan root; none = every file. */
  paths: string[];
  /** Rule ids or names; none = every rule. */
  rules: string[];
  reason: string;
  /** YYYY-MM-DD: the last day the entry applies. */
  until?: string;
}

export interface Config {
  /** Rule id or name → off, or a severity override. */
  rules: Record<string, { enabled: boolean; severity?: Severity }>;
  /** Globs of paths that are not scanned at all. */
  exclude: string[];
  ignore: IgnoreEntry[];
  failOn?: Severity | "none";
  maxFileBytes?: number;
}

export const CONFIG_FILE = ".ai-infra-audit.yml";

export class ConfigError extends Error {}

export function emptyConfig(): Config {
  return { rules: {}, exclude: [], ignore: [] };
}

/** Loads `path`, or `<root>/.ai-infra-audit.yml` (or `.yaml`) when it exists; otherwise the defaults. */
export function loadConfig(root: string, path?: string): Config {
  const candidates = path ? [path] : [join(root, CONFIG_FILE), join(root, ".ai-infra-audit.yaml")];
  const file = candidates.find((c) => existsSync(c));
  if (!file) {
    if (path) throw new ConfigError(`config file not found: ${path}`);
    return emptyConfig();
  }
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"), { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`config: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  return validateConfig(data);
}

const TOP_KEYS = ["rules", "exclude", "ignore", "fail-on", "max-file-size"];

export function validateConfig(data: unknown): Config {
  const config = emptyConfig();
  if (data === null || data === undefined) return config;
  const top = asRecord(data, "config");
  for (const key of Object.keys(top)) if (!TOP_KEYS.includes(key)) throw new ConfigError(`config: unknown key "${key}" (expected one of ${TOP_KEYS.join(", ")})`);
  for (const [rule, value] of Object.entries(asRecord(top.rules ?? {}, "rules"))) {
    if (value === "off" || value === false) config.rules[rule] = { enabled: false };
    else if (value === "on" || value === true) config.rules[rule] = { enabled: true };
    else if (typeof value === "string" && isSeverity(value)) config.rules[rule] = { enabled: true, severity: value };
    else if (typeof value !== "object" || value === null) throw new ConfigError(`config: "rules.${rule}" must be off, on, a severity (${SEVERITIES.join(", ")}) or a mapping`);
    else {
      const entry = asRecord(value, `rules.${rule}`);
      for (const key of Object.keys(entry)) if (key !== "severity" && key !== "enabled") throw new ConfigError(`config: unknown key "rules.${rule}.${key}" (expected severity or enabled)`);
      if (entry.severity !== undefined && !isSeverity(entry.severity)) throw new ConfigError(`config: "rules.${rule}.severity" must be one of ${SEVERITIES.join(", ")}`);
      if (entry.enabled !== undefined && typeof entry.enabled !== "boolean") throw new ConfigError(`config: "rules.${rule}.enabled" must be true or false`);
      config.rules[rule] = { enabled: entry.enabled !== false, severity: entry.severity as Severity | undefined };
    }
  }
  config.exclude = stringList(top.exclude, "exclude");
  if (top.ignore !== undefined) {
    if (!Array.isArray(top.ignore)) throw new ConfigError('config: "ignore" must be a list');
    config.ignore = top.ignore.map((raw, i) => ignoreEntry(raw, `ignore[${i}]`));
  }
  if (top["fail-on"] !== undefined) {
    const failOn = top["fail-on"];
    if (failOn !== "none" && !isSeverity(failOn)) throw new ConfigError(`config: "fail-on" must be one of ${SEVERITIES.join(", ")}, none`);
    config.failOn = failOn as Severity | "none";
  }
  if (top["max-file-size"] !== undefined) config.maxFileBytes = parseSize(top["max-file-size"], 'config: "max-file-size"');
  return config;
}

function ignoreEntry(raw: unknown, where: string): IgnoreEntry {
  const entry = asRecord(raw, where);
  for (const key of Object.keys(entry)) if (!["path", "paths", "rule", "rules", "reason", "until"].includes(key)) throw new ConfigError(`config: unknown key "${where}.${key}" (expected paths, rules, reason, until)`);
  const reason = entry.reason;
  if (typeof reason !== "string" || reason.trim() === "") throw new ConfigError(`config: "${where}.reason" is required: say why this is accepted`);
  const paths = [...stringList(entry.path, `${where}.path`), ...stringList(entry.paths, `${where}.paths`)];
  const rules = [...stringList(entry.rule, `${where}.rule`), ...stringList(entry.rules, `${where}.rules`)];
  let until: string | undefined;
  if (entry.until !== undefined) {
    until = entry.until instanceof Date ? entry.until.toISOString().slice(0, 10) : String(entry.until);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until)) || new Date(`${until}T00:00:00Z`).toISOString().slice(0, 10) !== until) throw new ConfigError(`config: "${where}.until" must be a date YYYY-MM-DD`);
  }
  return { paths, rules, reason: reason.trim(), until };
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError(`config: "${where}" must be a mapping`);
  return value as Record<string, unknown>;
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  throw new ConfigError(`config: "${where}" must be a string or a list of strings`);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

/** `5242880`, `5MiB`, `500KB`, `2 MB`; at least one byte. `label` names the setting in the error. */
export function parseSize(value: unknown, label: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$/i.exec(String(value));
  const unit = (m?.[2] ?? "b").toLowerCase();
  const factor = unit.startsWith("k") ? 1024 : unit.startsWith("m") ? 1024 ** 2 : unit.startsWith("g") ? 1024 ** 3 : 1;
  const bytes = m ? Math.floor(Number(m[1]) * factor) : 0;
  if (bytes < 1) throw new ConfigError(`${label} must be a size of at least one byte, such as 5MiB`);
  return bytes;
}

/** Every rule the config names must exist: `AIA11: off` would otherwise silently do nothing. */
export function checkRuleReferences(config: Config, rules: { id: string; name: string }[]): void {
  for (const ref of [...Object.keys(config.rules), ...config.ignore.flatMap((e) => e.rules)]) {
    if (!rules.some((r) => r.id === ref || r.name === ref)) throw new ConfigError(`config: unknown rule "${ref}" (see \`ai-infra-audit rules\`)`);
  }
}
