// uv.lock: TOML, one `[[package]]` per resolved package with `name`, `version` and `source`. The project
// itself (and each workspace member) is a package whose source is `editable` or `virtual`: it is no
// dependency, but its `dependencies`, `optional-dependencies` and `dev-dependencies` say which packages
// are asked for directly and which only for development.
import type { PackageComponent } from "../../model/types.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";
import { normalizePypiName, pypiPackage, type VersionSpec } from "./pep508.js";
import { arrayOfTables, isTable, readToml, stringAt, valueAt, type TomlTable } from "./toml.js";

/** A version from an index; a VCS checkout, a URL or a file is listed as written, never matched; undefined for local project code. */
function packageSpec(table: TomlTable, version: string | undefined): VersionSpec | undefined {
  const source = valueAt(table, ["source"]);
  if (!isTable(source)) return version === undefined ? undefined : { version };
  if (typeof source.registry === "string") return version === undefined ? undefined : { version };
  if (typeof source.git === "string") return { requirement: `git+${source.git}` };
  if (typeof source.url === "string") return { requirement: source.url };
  if (typeof source.path === "string") return { requirement: source.path };
  // `editable`, `virtual`, `directory`: code of the tree.
  return undefined;
}

/** The project or a workspace member: installed from the tree, editable or not installed at all. */
function isProject(table: TomlTable): boolean {
  const source = valueAt(table, ["source"]);
  return isTable(source) && (typeof source.editable === "string" || typeof source.virtual === "string");
}

/** A dependency as uv writes it: `{ name = "torch", extra = ["cuda"] }`. */
interface DependencyRef {
  name: string;
  extras: string[];
}

function dependencyRefs(list: unknown): DependencyRef[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const name = stringAt(item, ["name"]);
    if (!name) return [];
    const extras = valueAt(item, ["extra"]);
    return [{ name: normalizePypiName(name), extras: Array.isArray(extras) ? extras.filter((e): e is string => typeof e === "string") : [] }];
  });
}

/** The lists of a table of groups (`optional-dependencies`, `dev-dependencies`), all together. */
function groupRefs(groups: unknown): DependencyRef[] {
  return isTable(groups) ? Object.values(groups).flatMap(dependencyRefs) : [];
}

/** Every package name reached from `start` through `dependencies` and the extras each reference asks for. */
function reachable(start: DependencyRef[], byName: Map<string, TomlTable[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const ref = queue.pop() as DependencyRef;
    const tables = byName.get(ref.name) ?? [];
    if (!seen.has(ref.name)) {
      seen.add(ref.name);
      for (const table of tables) for (const next of dependencyRefs(valueAt(table, ["dependencies"]))) queue.push(next);
    }
    for (const extra of ref.extras) {
      const key = `${ref.name}[${extra}]`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const table of tables) for (const next of dependencyRefs(valueAt(table, ["optional-dependencies", extra]))) queue.push(next);
    }
  }
  return seen;
}

export function parseUvLock(file: SourceText): PackageFileResult {
  const read = readToml(file.text);
  const items = arrayOfTables(read, "package");
  const byName = new Map<string, TomlTable[]>();
  for (const { table } of items) {
    const name = stringAt(table, ["name"]);
    if (!name) continue;
    const same = byName.get(normalizePypiName(name));
    if (same) same.push(table);
    else byName.set(normalizePypiName(name), [table]);
  }
  const projects = items.filter(({ table }) => isProject(table)).map(({ table }) => table);
  const asked = projects.flatMap((p) => [...dependencyRefs(valueAt(p, ["dependencies"])), ...groupRefs(valueAt(p, ["optional-dependencies"]))]);
  const forDev = projects.flatMap((p) => groupRefs(valueAt(p, ["dev-dependencies"])));
  const direct = new Set([...asked, ...forDev].map((ref) => ref.name));
  const installed = reachable(asked, byName);
  const devOnly = reachable(forDev, byName);

  const packages: PackageComponent[] = [];
  for (const { table, line } of items) {
    const name = stringAt(table, ["name"]);
    const spec = name ? packageSpec(table, stringAt(table, ["version"])) : undefined;
    if (!name || !spec) continue;
    const key = normalizePypiName(name);
    const dev = !installed.has(key) && devOnly.has(key) ? { dev: true } : {};
    packages.push(pypiPackage(name, spec, "lockfile", { file: file.path, line }, projects.length > 0 ? { ...dev, transitive: !direct.has(key) } : dev));
  }
  return { packages, notices: read.error ? syntaxErrorNotice(file.path, [read.error], "TOML: ") : [] };
}
