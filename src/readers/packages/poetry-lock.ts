// poetry.lock: TOML, one `[[package]]` per resolved package with its `name` and `version`; development
// packages say so with `category = "dev"` (lock files before Poetry 1.5) or with `groups` that leave out
// `main` (Poetry 2). Whether a package is asked for directly is in pyproject.toml, not here.
import type { Notice, PackageComponent } from "../../model/types.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";
import { pypiPackage, type VersionSpec } from "./pep508.js";
import { arrayOfTables, readToml, stringAt, valueAt, type TomlTable } from "./toml.js";

/**
 * A version from an index (PyPI or a `legacy` private index); a VCS checkout, a URL or an archive file is
 * listed as written, never matched; a local directory is code of the tree, no dependency.
 */
function packageSpec(table: TomlTable, version: string): VersionSpec | undefined {
  const type = stringAt(table, ["source", "type"]);
  const url = stringAt(table, ["source", "url"]);
  if (type === undefined || type === "legacy") return { version };
  if (type === "git" && url) {
    const ref = stringAt(table, ["source", "resolved_reference"]) ?? stringAt(table, ["source", "reference"]);
    return { requirement: `git+${url}${ref ? `@${ref}` : ""}` };
  }
  if ((type === "url" || type === "file") && url) return { requirement: url };
  return undefined;
}

function isDev(table: TomlTable): boolean {
  if (stringAt(table, ["category"]) === "dev") return true;
  const groups = valueAt(table, ["groups"]);
  return Array.isArray(groups) && groups.length > 0 && !groups.includes("main");
}

export function parsePoetryLock(file: SourceText): PackageFileResult {
  const read = readToml(file.text);
  const packages: PackageComponent[] = [];
  for (const { table, line } of arrayOfTables(read, "package")) {
    const name = stringAt(table, ["name"]);
    const version = stringAt(table, ["version"]);
    const spec = version === undefined ? undefined : packageSpec(table, version);
    if (!name || !spec) continue;
    packages.push(pypiPackage(name, spec, "lockfile", { file: file.path, line }, isDev(table) ? { dev: true } : {}));
  }
  const notices: Notice[] = read.error ? syntaxErrorNotice(file.path, [read.error], "TOML: ") : [];
  return { packages, notices };
}
