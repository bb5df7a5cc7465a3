// yarn.lock, classic (v1) and berry (v2+), read line by line. Both list one entry per resolved package under
// a header of the descriptors that resolved to it; classic writes `version "1.2.3"`, berry YAML's
// `version: 1.2.3` and a `resolution` (`real-name@npm:1.2.3`, which names an alias's real package).
//   classic: https://classic.yarnpkg.com/en/docs/yarn-lock
//   berry:   https://yarnpkg.com/advanced/lexicon#locator (descriptors and locators), protocols at
//            https://yarnpkg.com/protocols
// Only berry says what the project asks for directly: a workspace's entry lists its dependencies (dev
// dependencies included), so dev is never known and transitive only for berry.
import type { Notice, PackageComponent } from "../../model/types.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";
import { forEachLine, indentOf, splitAtVersion, unquote } from "./lines.js";

/** Protocols of the project's own code (workspaces, local folders, patches of another entry), not packages of a registry. */
const LOCAL_PROTOCOLS = ["workspace:", "link:", "portal:", "patch:", "file:", "exec:"];

interface Entry {
  line: number;
  descriptors: { name: string; range: string }[];
  workspace: boolean;
  version?: string;
  resolution?: string;
  inDependencies: boolean;
}

export function parseYarnLock(file: SourceText): PackageFileResult {
  const errors: { line: number; message: string }[] = [];
  const entries: Entry[] = [];
  /** Berry: the descriptors the workspaces ask for (`name@npm:^1.0.0`). */
  const direct = new Set<string>();
  let berry = false;
  let entry: Entry | undefined;
  forEachLine(file.text, (line, number) => {
    const indent = indentOf(line);
    if (indent === line.length || line[indent] === "#") return;
    if (indent === 0) {
      if (entry) finish(entry);
      entry = header(line, number);
      if (entry) entries.push(entry);
      return;
    }
    if (!entry) return;
    if (indent === 2) {
      const field = keyValue(line.slice(2));
      entry.inDependencies = field?.key === "dependencies" && field.value === "";
      if (field?.key === "version") entry.version = unquote(field.value);
      else if (field?.key === "resolution") entry.resolution = unquote(field.value);
    } else if (indent === 4 && entry.inDependencies && entry.workspace) {
      const dep = keyValue(line.slice(4));
      const name = dep && unquote(dep.key);
      const range = dep && unquote(dep.value);
      // The lockfile's descriptors carry the protocol a manifest's plain range implies.
      if (name && range) direct.add(`${name}@${range.includes(":") ? range : `npm:${range}`}`);
      // A patched dependency (`patch:typescript@npm%3A^5.6.3#…`) asks for the package it patches too.
      const patched = range && patchedDescriptor(range);
      if (patched) direct.add(patched);
    }
  });
  if (entry) finish(entry);

  function finish(e: Entry): void {
    if (e.version === undefined) errors.push({ line: e.line, message: "entry without a version" });
  }

  function header(line: string, number: number): Entry | undefined {
    if (!line.endsWith(":")) {
      errors.push({ line: number, message: "expected an entry header ending in `:`" });
      return undefined;
    }
    const key = line.slice(0, -1);
    if (key === "__metadata") {
      berry = true;
      return undefined;
    }
    const descriptors: Entry["descriptors"] = [];
    // Classic quotes each descriptor (`"a@^1", "a@^2":`), berry the whole list (`"a@npm:^1, a@npm:^2":`);
    // a descriptor holds no quote or comma of its own.
    for (const part of key.replaceAll('"', "").split(",")) {
      const spec = splitAtVersion(part.trim());
      if (!spec) {
        errors.push({ line: number, message: `expected name@range in the entry header, found ${JSON.stringify(part.trim().slice(0, 80))}` });
        return undefined;
      }
      descriptors.push({ name: spec.name, range: spec.rest });
    }
    return { line: number, descriptors, workspace: descriptors.some((d) => d.range.startsWith("workspace:")), inDependencies: false };
  }

  const byNameVersion = new Map<string, PackageComponent>();
  for (const e of entries) {
    const resolved = berry ? berryPackage(e) : classicPackage(e);
    if (!resolved || e.version === undefined) continue;
    const isDirect = berry ? e.descriptors.some((d) => direct.has(`${d.name}@${d.range}`)) : undefined;
    const key = `${resolved}\0${e.version}`;
    const seen = byNameVersion.get(key);
    if (seen) {
      if (isDirect) seen.transitive = false;
      continue;
    }
    byNameVersion.set(key, { type: "package", ecosystem: "npm", name: resolved, version: e.version, declaredIn: "lockfile", transitive: isDirect === undefined ? undefined : !isDirect, pos: { file: file.path, line: e.line } });
  }
  const notices: Notice[] = syntaxErrorNotice(file.path, errors, "");
  return { packages: [...byNameVersion.values()], notices };
}

/** The package a berry entry resolves to, by its `resolution` locator; undefined for the project's own code. */
function berryPackage(e: Entry): string | undefined {
  const locator = e.resolution && splitAtVersion(e.resolution);
  if (!locator) return classicPackage(e);
  return LOCAL_PROTOCOLS.some((p) => locator.rest.startsWith(p)) ? undefined : locator.name;
}

/** The package a classic entry resolves to: its name, or an alias's real name (`alias@npm:real@^1.0.0`). */
function classicPackage(e: Entry): string | undefined {
  const [first] = e.descriptors;
  if (e.descriptors.every((d) => LOCAL_PROTOCOLS.some((p) => d.range.startsWith(p)))) return undefined;
  if (first.range.startsWith("npm:")) {
    const real = splitAtVersion(first.range.slice(4));
    if (real) return real.name;
  }
  return first.name;
}

/** The descriptor a `patch:` range patches: `patch:typescript@npm%3A^5.6.3#…` gives `typescript@npm:^5.6.3`. */
function patchedDescriptor(range: string): string | undefined {
  if (!range.startsWith("patch:")) return undefined;
  const end = range.indexOf("#");
  try {
    return decodeURIComponent(range.slice("patch:".length, end < 0 ? undefined : end));
  } catch {
    return undefined;
  }
}

/** `key "value"` (classic) or `key: value` (berry); a key alone (`dependencies:`) has an empty value. */
function keyValue(text: string): { key: string; value: string } | undefined {
  // A quoted key may hold spaces or colons; it ends at its closing quote.
  const keyEnd = text[0] === '"' ? text.indexOf('"', 1) + 1 : firstOf(text, " ", ":");
  if (keyEnd <= 0) return text[0] === '"' ? undefined : { key: text, value: "" };
  const key = text.slice(0, keyEnd);
  let at = keyEnd;
  if (text[at] === ":") at++;
  while (text[at] === " ") at++;
  return { key, value: text.slice(at) };
}

function firstOf(text: string, a: string, b: string): number {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  return i < 0 ? j : j < 0 ? i : Math.min(i, j);
}
