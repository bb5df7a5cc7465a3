// pyproject.toml: the dependencies a project declares. PEP 621 `[project]` lists requirement strings
// (`dependencies`, `optional-dependencies`), PEP 735 `[dependency-groups]` lists development groups, and
// Poetry writes a table of constraints (`[tool.poetry.dependencies]`, `[tool.poetry.group.<name>.dependencies]`).
import type { PackageComponent } from "../../model/types.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";
import { ANY_VERSION, parseRequirement, parseSpecifiers, pypiPackage, type VersionSpec } from "./pep508.js";
import { isTable, itemLines, keySpan, readToml, valueAt, type TomlRead } from "./toml.js";

interface Found {
  packages: PackageComponent[];
  errors: { line: number; message: string }[];
}

/** A list of PEP 508 strings at `path` (tables in it, PEP 735's `{include-group = …}`, name no package). */
function requirementList(read: TomlRead, file: string, path: string[], dev: boolean, found: Found): void {
  const list = valueAt(read.root, path);
  if (!Array.isArray(list)) return;
  const strings = list.filter((item): item is string => typeof item === "string");
  const span = keySpan(read, path);
  const lines = span ? itemLines(read.lines, span, strings) : strings.map(() => 1);
  strings.forEach((text, i) => {
    const parsed = parseRequirement(text);
    if ("invalid" in parsed) found.errors.push({ line: lines[i], message: `not a requirement: ${text.slice(0, 80)}` });
    else if (!("skip" in parsed)) found.packages.push(pypiPackage(parsed.name, parsed.spec, "manifest", { file, line: lines[i] }, dev ? { dev } : {}));
  });
}

/** Each list of a table of named lists (`optional-dependencies`, `dependency-groups`). */
function requirementGroups(read: TomlRead, file: string, path: string[], dev: boolean, found: Found): void {
  const groups = valueAt(read.root, path);
  if (!isTable(groups)) return;
  for (const group of Object.keys(groups)) requirementList(read, file, [...path, group], dev, found);
}

/** Poetry's constraint: a bare version is that version exactly (`"1.2.3"`); `^1.2`, `~1.2`, `*`, `>=1,<2` are ranges. */
function poetryConstraint(text: string): VersionSpec {
  const trimmed = text.trim();
  if (/^\d[0-9A-Za-z.!+-]*$/.test(trimmed)) return { version: trimmed };
  return parseSpecifiers(trimmed) ?? { requirement: trimmed === "" ? ANY_VERSION : trimmed };
}

/** One Poetry constraint: a string, or a table with `version` (`git`, `path`, `url`: not from an index, so not listed). */
function poetryItemSpec(value: unknown): VersionSpec | undefined {
  if (typeof value === "string") return poetryConstraint(value);
  if (!isTable(value) || typeof value.git === "string" || typeof value.path === "string" || typeof value.url === "string") return undefined;
  return typeof value.version === "string" ? poetryConstraint(value.version) : { requirement: ANY_VERSION };
}

/** A Poetry dependency: one constraint, or a list of them for different platforms (a choice: listed as a range). */
function poetrySpec(value: unknown): VersionSpec | undefined {
  if (!Array.isArray(value)) return poetryItemSpec(value);
  const specs = value.map(poetryItemSpec).filter((spec): spec is VersionSpec => spec !== undefined);
  if (specs.length <= 1) return specs[0];
  return { requirement: specs.map((spec) => ("version" in spec ? spec.version : spec.requirement)).join(" || ") };
}

function poetryTable(read: TomlRead, file: string, path: string[], dev: boolean, found: Found): void {
  const table = valueAt(read.root, path);
  if (!isTable(table)) return;
  for (const [name, value] of Object.entries(table)) {
    // The Python versions the project supports, not a package.
    if (name.toLowerCase() === "python") continue;
    const spec = poetrySpec(value);
    if (!spec) continue;
    const line = keySpan(read, [...path, name])?.line ?? 1;
    found.packages.push(pypiPackage(name, spec, "manifest", { file, line }, dev ? { dev } : {}));
  }
}

export function parsePyproject(file: SourceText): PackageFileResult {
  const read = readToml(file.text);
  const found: Found = { packages: [], errors: [] };
  requirementList(read, file.path, ["project", "dependencies"], false, found);
  requirementGroups(read, file.path, ["project", "optional-dependencies"], false, found);
  requirementGroups(read, file.path, ["dependency-groups"], true, found);
  // uv's development list before PEP 735.
  requirementList(read, file.path, ["tool", "uv", "dev-dependencies"], true, found);
  poetryTable(read, file.path, ["tool", "poetry", "dependencies"], false, found);
  poetryTable(read, file.path, ["tool", "poetry", "dev-dependencies"], true, found);
  const groups = valueAt(read.root, ["tool", "poetry", "group"]);
  if (isTable(groups)) for (const group of Object.keys(groups)) poetryTable(read, file.path, ["tool", "poetry", "group", group, "dependencies"], group !== "main", found);
  const errors = [...(read.error ? [{ ...read.error, message: `TOML: ${read.error.message}` }] : []), ...found.errors];
  return { packages: found.packages, notices: syntaxErrorNotice(file.path, errors, "") };
}
