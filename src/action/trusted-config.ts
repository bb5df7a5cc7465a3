// On a pull request the gate must not be switched off by the pull request itself: the config it trusts is
// the one in the base revision (the default file, or the file the `config` input names), read from git.
// The pull request's own changes to it are reported, not applied.
import { relative, resolve, sep } from "node:path";
import { runGit } from "../discover/git.js";
import { SEVERITY_RANK } from "../findings/types.js";
import type { Config } from "../config/index.js";
import type { BaseRevision } from "./event.js";

/** Fetching one commit takes seconds; a stalled remote must not hold the job. */
const FETCH_TIMEOUT_MS = 120_000;

export type BaseFile = { text: string } | { absent: true } | { error: string };

/**
 * The text of `file` (inside `workspace`) at revision `sha`. A shallow checkout (actions/checkout's default
 * depth of 1) lacks the base commit: it is fetched once, at depth 1, from `origin`.
 */
export function fileAtRevision(workspace: string, file: string, base: BaseRevision): BaseFile {
  const { sha } = base;
  const path = relative(workspace, file).split(sep).join("/");
  if (path.startsWith("../") || path === "..") return { error: `${file} is outside the workspace` };
  if (!ensureCommit(workspace, base)) return { error: `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched` };
  const shown = runGit(workspace, ["show", `${sha}:${path}`]);
  if (!shown) return { error: "no git found" };
  return shown.status === 0 ? { text: shown.stdout } : { absent: true };
}

function hasCommit(workspace: string, sha: string): boolean {
  return runGit(workspace, ["cat-file", "-e", `${sha}^{commit}`])?.status === 0;
}

/**
 * Whether the base commit is in the checkout, fetched once if it was not. Only a checkout that is already
 * shallow (actions/checkout's default) is fetched at depth 1: `--depth` in a full clone would make it
 * shallow and cut the history other steps rely on (merge bases). A checkout that kept no credentials is
 * fetched with the token, as an HTTP header scoped to the GitHub server's URL and given through git's
 * environment (never the command line or .git/config, and never to another host).
 */
export function ensureCommit(workspace: string, base: BaseRevision): boolean {
  if (hasCommit(workspace, base.sha)) return true;
  const shallow = runGit(workspace, ["rev-parse", "--is-shallow-repository"])?.stdout.trim() === "true";
  const auth = base.fetchWith;
  const env = auth?.serverUrl.startsWith("https://")
    ? { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: `http.${auth.serverUrl}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${auth.token}`).toString("base64")}` }
    : undefined;
  runGit(workspace, ["fetch", "--no-tags", "--no-recurse-submodules", ...(shallow ? ["--depth=1"] : []), "origin", base.sha], { timeoutMs: FETCH_TIMEOUT_MS, env });
  return hasCommit(workspace, base.sha);
}

/** What the pull request's config changes in the gate, in words; empty when nothing that weakens or widens it. */
export function configChanges(base: Config, head: Config): string[] {
  const changes: string[] = [];
  const gate = (c: Config) => c.failOn ?? "high";
  const rank = (failOn: string) => (failOn === "none" ? -1 : SEVERITY_RANK[failOn as keyof typeof SEVERITY_RANK]);
  if (gate(head) !== gate(base)) changes.push(`fail-on: ${gate(base)} → ${gate(head)}${rank(gate(head)) < rank(gate(base)) ? " (fewer findings fail the gate)" : ""}`);
  for (const [rule, setting] of Object.entries(head.rules)) {
    const before = base.rules[rule];
    if (!setting.enabled && before?.enabled !== false) changes.push(`rules.${rule}: turned off`);
    else if (setting.enabled && setting.severity && setting.severity !== before?.severity) changes.push(`rules.${rule}: severity set to ${setting.severity}`);
  }
  for (const glob of head.exclude) if (!base.exclude.includes(glob)) changes.push(`exclude: adds ${JSON.stringify(glob)} (not scanned at all)`);
  const key = (e: Config["ignore"][number]) => JSON.stringify([e.paths, e.rules, e.advisories, e.reason, e.until]);
  const known = new Set(base.ignore.map(key));
  for (const entry of head.ignore) {
    if (known.has(key(entry))) continue;
    const what = entry.advisories.length ? `advisories ${entry.advisories.join(", ")}` : entry.rules.length ? `rules ${entry.rules.join(", ")}` : "every rule";
    const where = entry.paths.length ? ` in ${entry.paths.join(", ")}` : "";
    changes.push(`ignore: adds a suppression of ${what}${where} (${JSON.stringify(entry.reason)}${entry.until ? `, until ${entry.until}` : ""})`);
  }
  if ((head.unknownSeverity ?? "high") !== (base.unknownSeverity ?? "high")) changes.push(`unknown-severity: ${base.unknownSeverity ?? "high"} → ${head.unknownSeverity ?? "high"}`);
  if (head.maxFileBytes !== base.maxFileBytes) changes.push(`max-file-size: ${base.maxFileBytes ?? "default"} → ${head.maxFileBytes ?? "default"} bytes`);
  const render = (c: Config) => c.helm?.render ?? true;
  if (render(head) !== render(base)) changes.push(`helm.render: ${render(base)} → ${render(head)}${render(head) ? "" : " (charts read from their values only)"}`);
  const values = (c: Config) => c.helm?.values ?? {};
  for (const chart of new Set([...Object.keys(values(base)), ...Object.keys(values(head))])) {
    const before = JSON.stringify(values(base)[chart] ?? []);
    const after = JSON.stringify(values(head)[chart] ?? []);
    if (before !== after) changes.push(`helm.values.${chart}: ${before} → ${after} (values files the chart is rendered with)`);
  }
  return changes;
}

/**
 * The config the gate trusts on a pull request: the base revision's version of the file the `config` input
 * names, else of the first default name (`CONFIG_FILES`) the base has; the built-in defaults when the base has
 * none. `error` when the base cannot be read: the caller then gates on the defaults and says so.
 */
export function baseConfigText(workspace: string, root: string, configInput: string, defaults: string[], base: BaseRevision): { text: string; file: string } | { absent: true } | { error: string } {
  const candidates = configInput ? [resolve(workspace, configInput)] : defaults.map((name) => resolve(root, name));
  for (const file of candidates) {
    const found = fileAtRevision(workspace, file, base);
    if ("error" in found) return found;
    if ("text" in found) return { text: found.text, file: relative(workspace, file).split(sep).join("/") };
  }
  return { absent: true };
}
