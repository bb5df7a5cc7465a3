// pnpm-lock.yaml, lockfileVersion 5.x, 6.x and 9.x, read line by line: pnpm writes it with two-space
// indentation and one key per line, so the sections needed are read by their indentation, strictly.
// Format (pnpm's lockfile types): https://github.com/pnpm/pnpm/blob/main/lockfile/types/src/index.ts
//   `packages:` keys name a package at a version, with the peers it was resolved with:
//     5.x `/name/1.2.3_peer@1.0.0` (a scoped peer's `/` written `+`), 6.x `/name@1.2.3(peer@1.0.0)`,
//     9.x `name@1.2.3` (peer variants are under `snapshots:`, not read). Git and tarball packages carry
//     `name:` and `version:` fields instead.
//   5.x/6.x mark `dev: true` (only dev dependencies need it), `dev: false` (only production ones); no
//   `dev` when both do. 9.x has no such flag: only a direct dependency's dev status is known.
//   Direct dependencies: top-level `dependencies:`/`devDependencies:`/`optionalDependencies:` (one
//   project) or the same lists under each `importers:` folder (a workspace); 5.x writes `name: ref`,
//   6.x and 9.x `name:` with `specifier:` and `version: ref` below it.
import type { Notice, PackageComponent } from "../../model/types.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";
import { forEachLine, indentOf, splitAtVersion, unquote } from "./lines.js";

type DepList = "prod" | "dev";
const DEP_LISTS = new Map<string, DepList>([
  ["dependencies", "prod"],
  ["optionalDependencies", "prod"],
  ["devDependencies", "dev"],
]);

interface Entry {
  key: string;
  line: number;
  fields: { dev?: string; name?: string; version?: string };
}

export function parsePnpmLock(file: SourceText): PackageFileResult {
  const errors: { line: number; message: string }[] = [];
  const entries: Entry[] = [];
  const direct: { name: string; ref: string; list: DepList }[] = [];
  let major: number | undefined;
  let section: "packages" | "importers" | "other" = "other";
  /** The dependency list being read, its indentation, and a 6.x/9.x name waiting for its `version:`. */
  let list: { kind: DepList; indent: number } | undefined;
  let waiting: string | undefined;
  let entry: Entry | undefined;

  forEachLine(file.text, (line, number) => {
    const indent = indentOf(line);
    if (indent === line.length || line[indent] === "#") return;
    if (line[indent] === "\t") {
      errors.push({ line: number, message: "tab in indentation" });
      return;
    }
    const pair = yamlPair(line.slice(indent));
    if (indent === 0) {
      entry = undefined;
      list = undefined;
      waiting = undefined;
      section = "other";
      if (line === "---" || !pair) return;
      if (pair.key === "lockfileVersion") major = parseInt(unquote(pair.value) ?? "", 10);
      else if (pair.key === "packages") {
        if (major === undefined) errors.push({ line: number, message: "no lockfileVersion before `packages:`; read as version 9" });
        section = "packages";
      } else if (pair.key === "importers") section = "importers";
      else {
        const kind = DEP_LISTS.get(pair.key);
        if (kind) list = { kind, indent: 2 };
      }
      return;
    }
    if (indent % 2 === 1) {
      errors.push({ line: number, message: `indentation of ${indent} spaces; pnpm indents by two` });
      return;
    }
    if (section === "packages") {
      if (indent === 2) {
        // `name@1.0.0: {}` is an entry with no fields.
        const key = pair?.value === "" || pair?.value === "{}" ? unquote(pair.key) : undefined;
        entry = key === undefined ? undefined : { key, line: number, fields: {} };
        if (entry) entries.push(entry);
        else errors.push({ line: number, message: "expected a package key ending in `:`" });
      } else if (indent === 4 && entry && pair && (pair.key === "dev" || pair.key === "name" || pair.key === "version")) {
        entry.fields[pair.key] = unquote(pair.value);
      }
    } else if (section === "importers" && indent <= 4) {
      // A project folder (2), then its lists (4).
      const kind = indent === 4 && pair?.value === "" ? DEP_LISTS.get(pair.key) : undefined;
      list = kind && { kind, indent: 6 };
      waiting = undefined;
    } else if (list && indent === list.indent && pair) {
      const name = unquote(pair.key);
      waiting = pair.value === "" ? name : undefined;
      const ref = unquote(pair.value);
      if (name && ref) direct.push({ name, ref, list: list.kind });
    } else if (list && indent === list.indent + 2 && waiting && pair?.key === "version") {
      const ref = unquote(pair.value);
      if (ref) direct.push({ name: waiting, ref, list: list.kind });
    }
  });

  const slashKeys = major !== undefined && major < 6;
  const devFlags = major !== undefined && major < 9;
  const directProd = new Set<string>();
  const directDev = new Set<string>();
  /** Git and tarball references as importers write them: the package's key (5.x, 6.x) or what follows its name (9.x). */
  const directRefs = new Set<string>();
  for (const d of direct) {
    const pkg = directPackage(d.name, d.ref, slashKeys);
    if (pkg) (d.list === "prod" ? directProd : directDev).add(`${pkg.name}@${pkg.version}`);
    if (d.ref.includes("/") && !d.ref.startsWith("/") && !d.ref.startsWith("link:") && !d.ref.startsWith("file:")) directRefs.add(d.ref);
  }
  const packages: PackageComponent[] = [];
  for (const e of entries) {
    const fromKey = packageOfKey(e.key, slashKeys);
    const name = e.fields.name ?? fromKey?.name;
    const ref = e.fields.version ?? fromKey?.version;
    if (!name || !ref || ref.startsWith("file:") || ref.startsWith("link:")) continue;
    // A git or tarball reference is not a version: listed as what was asked for.
    const exact = !ref.includes(":") && !ref.includes("/");
    const id = `${name}@${ref}`;
    const isDirect = directProd.has(id) || directDev.has(id) || directRefs.has(e.key) || (fromKey !== undefined && directRefs.has(fromKey.version));
    const dev = devFlags ? e.fields.dev === "true" : directProd.has(id) ? false : directDev.has(id) ? true : undefined;
    packages.push({ type: "package", ecosystem: "npm", name, version: exact ? ref : undefined, requirement: exact ? undefined : ref, declaredIn: "lockfile", transitive: !isDirect, dev, pos: { file: file.path, line: e.line } });
  }
  const notices: Notice[] = syntaxErrorNotice(file.path, errors, "");
  return { packages, notices };
}

/** The text before the first of `marks` (a peer suffix). */
function cut(text: string, mark: string): string {
  const at = text.indexOf(mark);
  return at < 0 ? text : text.slice(0, at);
}

/** The name and version a `packages:` key names; undefined for a key that is not `name` at a version. */
function packageOfKey(key: string, slashKeys: boolean): { name: string; version: string } | undefined {
  if (slashKeys) {
    if (!key.startsWith("/")) return undefined;
    const parts = key.slice(1).split("/");
    const nameParts = parts[0].startsWith("@") ? 2 : 1;
    if (parts.length !== nameParts + 1) return undefined;
    return { name: parts.slice(0, nameParts).join("/"), version: cut(parts[nameParts], "_") };
  }
  const spec = splitAtVersion(cut(key.startsWith("/") ? key.slice(1) : key, "("));
  return spec && { name: spec.name, version: spec.rest };
}

/**
 * The package a direct dependency's reference resolves to: a version with its peer suffix (`1.2.3_peer@1`,
 * `1.2.3(peer@1)`), a package key for an alias (`/real/1.2.3`, `/real@1.2.3`, `real@1.2.3`), or a
 * workspace link (`link:../lib`: the project's own code, undefined).
 */
function directPackage(name: string, ref: string, slashKeys: boolean): { name: string; version: string } | undefined {
  if (ref.startsWith("link:") || ref.startsWith("file:")) return undefined;
  if (ref.startsWith("/") || (!slashKeys && splitAtVersion(cut(ref, "(")))) return packageOfKey(ref, slashKeys);
  return { name, version: slashKeys ? cut(ref, "_") : cut(ref, "(") };
}

/** `key: value` or `key:` of one YAML line, the key as written (quoted or not); undefined when not a pair. */
function yamlPair(text: string): { key: string; value: string } | undefined {
  let keyEnd: number;
  const quote = text[0];
  if (quote === "'" || quote === '"') {
    // To the closing quote: `''` is a quote inside a single-quoted key, `\` escapes in a double-quoted one.
    let at = 1;
    for (;;) {
      if (at >= text.length) return undefined;
      if (text[at] === quote && !(quote === "'" && text[at + 1] === "'")) break;
      at += text[at] === "\\" && quote === '"' ? 2 : text[at] === "'" && quote === "'" ? 2 : 1;
    }
    keyEnd = at + 1;
    if (text[keyEnd] !== ":") return undefined;
  } else {
    const sep = text.indexOf(": ");
    keyEnd = sep >= 0 ? sep : text.endsWith(":") ? text.length - 1 : -1;
    if (keyEnd < 0) return undefined;
  }
  return { key: text.slice(0, keyEnd), value: text.slice(keyEnd + 1).trim() };
}
