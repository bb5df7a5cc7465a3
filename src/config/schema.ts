// What `.ai-infra-audit.yml` holds and how its data is checked: the config's types, its errors (naming the
// file, the line and the key) and the validation of parsed data. Reading the file is index.ts; parsing
// its YAML is parse.ts, loaded only when there is a file.
import { SEVERITIES, type Severity } from "../findings/types.js";

export interface IgnoreEntry {
  /** Globs relative to the scan root; none = every file. */
  paths: string[];
  /** Rule ids or names; none = every rule. */
  rules: string[];
  /**
   * Advisory ids (CVE, GHSA or any alias), upper case: the entry accepts these advisories wherever they
   * match (in `paths`, when given) instead of suppressing findings by rule.
   */
  advisories: string[];
  reason: string;
  /** YYYY-MM-DD: the last day the entry applies. */
  until?: string;
  /** Line of the entry in the config file, when read from one. */
  line?: number;
}

export interface HelmConfig {
  render?: boolean;
  /** Chart folder relative to the root (`.` for the root, no trailing `/`) → values files relative to the root, in `-f` order. */
  values: Record<string, string[]>;
}

/** A rule named by the config, and where: checked once the rules are known (checkRuleReferences). */
export interface RuleReference {
  rule: string;
  /** `rules.AIA101`, `ignore[0].rules[1]`. */
  key: string;
  line?: number;
}

export interface Config {
  /** Rule id or name → off, or a severity override. */
  rules: Record<string, { enabled: boolean; severity?: Severity }>;
  /** Globs of paths that are not scanned at all. */
  exclude: string[];
  ignore: IgnoreEntry[];
  failOn?: Severity | "none";
  maxFileBytes?: number;
  /** How an advisory that publishes no severity (no CVSS vector, no rating) counts; default high. */
  unknownSeverity?: Severity;
  /** How Helm charts are read: rendered with helm when found (`render`, default true), with extra values files per chart. */
  helm?: HelmConfig;
  /** The file it was read from, as the user named it (or `.ai-infra-audit.yml`); absent when built in code. */
  source?: string;
  /** Every rule the file names, with its key and line. */
  ruleReferences?: RuleReference[];
}

/** Where a config error is: the file, the line in it and the key, whichever are known. */
export interface ConfigPlace {
  file?: string;
  line?: number;
  key?: string;
}

/**
 * A config or input error, one line. With a place: `.ai-infra-audit.yml:7: rules.AIA999: unknown rule
 * "AIA999" …` (`config: …` for data that came from no file); without one, the detail as it is.
 */
export class ConfigError extends Error {
  readonly place?: ConfigPlace;
  constructor(detail: string, place?: ConfigPlace) {
    if (!place) super(detail);
    else {
      const file = place.file === undefined ? "config" : place.line === undefined ? place.file : `${place.file}:${place.line}`;
      super(`${file}: ${place.key === undefined ? "" : `${place.key}: `}${detail}`);
    }
    this.place = place;
  }
}

export function emptyConfig(): Config {
  // No prototype: a rule named `__proto__` or `constructor` is a key like any other (and unknown).
  return { rules: Object.create(null) as Config["rules"], exclude: [], ignore: [] };
}

const TOP_KEYS = ["rules", "exclude", "ignore", "fail-on", "max-file-size", "unknown-severity", "helm"];
const HELM_KEYS = ["render", "values"];
const IGNORE_KEYS = ["path", "paths", "rule", "rules", "advisory", "advisories", "reason", "until"];
/** An advisory id of any database: `CVE-2025-49844`, `GHSA-4789-qfc9-5f9q`, `PYSEC-2024-239`, `GO-2024-2901`, `BIT-redis-2025-49844`. */
const ADVISORY_ID = /^[A-Za-z]{2,10}-[A-Za-z0-9-]{4,64}$/;

/** Where the data came from: errors then name the file and the line of the key. */
export interface ConfigOrigin {
  file: string;
  lineOf: (key: string) => number | undefined;
}

export function validateConfig(data: unknown, origin?: ConfigOrigin): Config {
  const fail = (key: string | undefined, detail: string): ConfigError =>
    new ConfigError(detail, { file: origin?.file, line: key === undefined ? undefined : origin?.lineOf(key), key });
  const asRecord = (value: unknown, key: string): Record<string, unknown> => {
    if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) throw fail(key === "" ? undefined : key, "must be a mapping");
    return value as Record<string, unknown>;
  };
  const stringList = (value: unknown, key: string): { value: string; key: string }[] => {
    if (value === undefined || value === null) return [];
    if (typeof value === "string") return [{ value, key }];
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) return (value as string[]).map((v, i) => ({ value: v, key: `${key}[${i}]` }));
    throw fail(key, "must be a string or a list of strings");
  };
  const config = emptyConfig();
  const references: RuleReference[] = [];
  const reference = (rule: string, key: string) => references.push({ rule, key, line: origin?.lineOf(key) });
  config.ruleReferences = references;
  if (origin) config.source = origin.file;
  if (data === null || data === undefined) return config;
  const top = asRecord(data, "");
  for (const key of Object.keys(top)) if (!TOP_KEYS.includes(key)) throw fail(key, `unknown key (expected one of ${TOP_KEYS.join(", ")})`);
  for (const [rule, value] of Object.entries(asRecord(top.rules ?? {}, "rules"))) {
    const key = `rules.${rule}`;
    reference(rule, key);
    if (value === "off" || value === false) config.rules[rule] = { enabled: false };
    else if (value === "on" || value === true) config.rules[rule] = { enabled: true };
    else if (typeof value === "string" && isSeverity(value)) config.rules[rule] = { enabled: true, severity: value };
    else if (typeof value !== "object" || value === null || Array.isArray(value)) throw fail(key, `must be off, on, a severity (${SEVERITIES.join(", ")}) or a mapping`);
    else {
      const entry = asRecord(value, key);
      for (const name of Object.keys(entry)) if (name !== "severity" && name !== "enabled") throw fail(`${key}.${name}`, "unknown key (expected severity or enabled)");
      if (entry.severity !== undefined && !isSeverity(entry.severity)) throw fail(`${key}.severity`, `must be one of ${SEVERITIES.join(", ")}`);
      if (entry.enabled !== undefined && typeof entry.enabled !== "boolean") throw fail(`${key}.enabled`, "must be true or false");
      config.rules[rule] = { enabled: entry.enabled !== false, severity: entry.severity as Severity | undefined };
    }
  }
  config.exclude = stringList(top.exclude, "exclude").map((item) => item.value);
  if (top.ignore !== undefined) {
    if (!Array.isArray(top.ignore)) throw fail("ignore", "must be a list");
    config.ignore = top.ignore.map((raw, i) => {
      const where = `ignore[${i}]`;
      const entry = asRecord(raw, where);
      for (const key of Object.keys(entry)) if (!IGNORE_KEYS.includes(key)) throw fail(`${where}.${key}`, "unknown key (expected paths, rules, advisories, reason, until)");
      const reason = entry.reason;
      if (typeof reason !== "string" || reason.trim() === "") throw fail(`${where}.reason`, "is required: say why this is accepted");
      const paths = [...stringList(entry.path, `${where}.path`), ...stringList(entry.paths, `${where}.paths`)].map((item) => item.value);
      const rules = [...stringList(entry.rule, `${where}.rule`), ...stringList(entry.rules, `${where}.rules`)];
      for (const item of rules) reference(item.value, item.key);
      const advisories = [...stringList(entry.advisory, `${where}.advisory`), ...stringList(entry.advisories, `${where}.advisories`)];
      for (const item of advisories) if (!ADVISORY_ID.test(item.value)) throw fail(item.key, `"${item.value}" is not an advisory id (CVE-2025-49844, GHSA-4789-qfc9-5f9q, PYSEC-2024-1)`);
      if (advisories.length > 0 && rules.length > 0) throw fail(where, "names both rules and advisories: write one entry for each");
      let until: string | undefined;
      if (entry.until !== undefined) {
        until = entry.until instanceof Date ? entry.until.toISOString().slice(0, 10) : String(entry.until);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until)) || new Date(`${until}T00:00:00Z`).toISOString().slice(0, 10) !== until) throw fail(`${where}.until`, "must be a date YYYY-MM-DD");
      }
      return { paths, rules: rules.map((item) => item.value), advisories: advisories.map((item) => item.value.toUpperCase()), reason: reason.trim(), until, line: origin?.lineOf(where) };
    });
  }
  if (top["fail-on"] !== undefined) {
    const failOn = top["fail-on"];
    if (failOn !== "none" && !isSeverity(failOn)) throw fail("fail-on", `must be one of ${SEVERITIES.join(", ")}, none`);
    config.failOn = failOn as Severity | "none";
  }
  if (top["unknown-severity"] !== undefined) {
    const level = top["unknown-severity"];
    if (!isSeverity(level)) throw fail("unknown-severity", `must be one of ${SEVERITIES.join(", ")}`);
    config.unknownSeverity = level;
  }
  if (top.helm !== undefined) {
    const helm = asRecord(top.helm, "helm");
    for (const key of Object.keys(helm)) if (!HELM_KEYS.includes(key)) throw fail(`helm.${key}`, `unknown key (expected ${HELM_KEYS.join(", ")})`);
    if (helm.render !== undefined && typeof helm.render !== "boolean") throw fail("helm.render", "must be true or false");
    const values: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    for (const [chart, files] of Object.entries(asRecord(helm.values ?? {}, "helm.values"))) {
      const key = `helm.values.${chart}`;
      const folder = treePath(chart);
      if (folder === undefined) throw fail(key, "the chart folder must be a path inside the scanned directory");
      values[folder] = stringList(files, key).map((item) => {
        const path = treePath(item.value);
        if (path === undefined || path === ".") throw fail(item.key, `"${item.value}" must be a file path inside the scanned directory`);
        return path;
      });
    }
    config.helm = { values, ...(helm.render !== undefined && { render: helm.render as boolean }) };
  }
  if (top["max-file-size"] !== undefined) {
    try {
      config.maxFileBytes = parseSize(top["max-file-size"], "max-file-size");
    } catch {
      throw fail("max-file-size", "must be a size of at least one byte, such as 5MiB");
    }
  }
  return config;
}

/** A path relative to the scanned root, normalised (`./a/b/` → `a/b`, `` → `.`); undefined when absolute or leaving the root. */
function treePath(value: string): string | undefined {
  if (value.startsWith("/") || /^[A-Za-z]:/.test(value) || value.includes("\\")) return undefined;
  const parts: string[] = [];
  for (const part of value.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") return undefined;
    parts.push(part);
  }
  return parts.length ? parts.join("/") : ".";
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
  const references = config.ruleReferences ?? [
    ...Object.keys(config.rules).map((rule) => ({ rule, key: `rules.${rule}`, line: undefined })),
    ...config.ignore.flatMap((entry, i) => entry.rules.map((rule) => ({ rule, key: `ignore[${i}].rules`, line: undefined }))),
  ];
  for (const { rule, key, line } of references) {
    if (!rules.some((r) => r.id === rule || r.name === rule)) throw new ConfigError(`unknown rule "${rule}" (see \`ai-infra-audit rules\`)`, { file: config.source, line, key });
  }
}
