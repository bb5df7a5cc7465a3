// conda environment files (`environment.yml`): `dependencies:` lists conda match specs, and a `pip:` item
// lists what pip installs into the environment afterwards, written as requirements lines.
//
// conda reads `numpy=1.24` as "1.24 or any 1.24.x" and strictly `numpy=1.24.3` too (`1.24.3.1` would
// match), but a three-part version names one release in practice: taken as exact, like `==1.24.3`,
// `numpy 1.24.3` and `numpy=1.24.3=<build>`. One or two parts after a single `=` are a range.
import type { Notice, PackageComponent, SourcePos } from "../../model/types.js";
import { get, items, str, type YNode } from "../../parsers/yaml.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import { yamlRoots } from "../yaml-file.js";
import type { PackageFileResult } from "./types.js";
import { ANY_VERSION, type VersionSpec } from "./pep508.js";
import { includeNotice, readRequirementLine } from "./requirements.js";

/** conda names: lower case letters, digits, `-`, `_`, `.` (`_libgcc_mutex`, `pytorch-cuda`). */
const CONDA_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*/;
/** A version with no operator or wildcard (`1.24.3`, `2.1.0.post1`, `1!2.0`). */
const PLAIN_VERSION = /^[0-9][0-9A-Za-z._+!]*$/;
/** The bracket form's version: `numpy[version='>=1.24']`. */
const BRACKET_VERSION = /(?:^|,)[ \t]*version[ \t]*=[ \t]*["']?([^"',\]]*)/;

/** A conda match spec (`conda-forge::numpy=1.24.3=py311h64a7726_0`) as a name and what it asks of the version. */
export function parseMatchSpec(text: string): { name: string; spec: VersionSpec } | undefined {
  const channel = text.lastIndexOf("::");
  const spec = (channel < 0 ? text : text.slice(channel + 2)).trim();
  const name = CONDA_NAME.exec(spec)?.[0];
  if (!name) return undefined;
  const rest = spec.slice(name.length);
  return { name: name.toLowerCase(), spec: versionSpec(rest) };
}

function versionSpec(written: string): VersionSpec {
  const rest = written.trim();
  if (rest === "") return { requirement: ANY_VERSION };
  if (rest.startsWith("[")) {
    const version = BRACKET_VERSION.exec(rest.slice(1))?.[1].trim();
    return version ? versionSpec(version.startsWith("=") || /^[<>!~]/.test(version) ? version : ` ${version}`) : { requirement: ANY_VERSION };
  }
  if (rest.startsWith("==")) return PLAIN_VERSION.test(rest.slice(2)) ? { version: rest.slice(2) } : { requirement: rest };
  if (rest.startsWith("=")) {
    const [version, build] = rest.slice(1).split("=");
    if (!PLAIN_VERSION.test(version)) return { requirement: rest };
    return build !== undefined || version.split(".").length >= 3 ? { version } : { requirement: rest };
  }
  // `numpy 1.24.3 py311_0`: conda's space-separated form, exact.
  const version = written.startsWith(" ") || written.startsWith("\t") ? rest.split(/[ \t]+/)[0] : "";
  return PLAIN_VERSION.test(version) ? { version } : { requirement: rest };
}

function condaPackage(name: string, spec: VersionSpec, pos: SourcePos): PackageComponent {
  return { type: "package", ecosystem: "conda", name, declaredIn: "manifest", pos, ...spec };
}

export function parseConda(file: SourceText): PackageFileResult {
  const { roots, notices: yamlNotices, notThisFormat } = yamlRoots(file);
  if (notThisFormat) return { packages: [], notices: [{ file: file.path, kind: "skipped", message: notThisFormat }] };
  const packages: PackageComponent[] = [];
  const notices: Notice[] = [];
  const invalid: { line: number; message: string }[] = [];
  for (const root of roots) {
    for (const item of items(get(root, "dependencies"))) {
      const text = str(item);
      if (item.kind === "scalar" && text !== undefined) {
        const parsed = parseMatchSpec(text);
        if (parsed) packages.push(condaPackage(parsed.name, parsed.spec, { file: file.path, line: item.line }));
        else invalid.push({ line: item.line, message: `not a conda package: ${text.slice(0, 80)}` });
      } else for (const line of items(get(item, "pip"))) readPipItem(file.path, line, packages, notices, invalid);
    }
  }
  // One syntax error per file: a document YAML could not read says more than a spec it may have garbled.
  const syntax = yamlNotices.some((n) => n.kind === "parse-error") ? [] : syntaxErrorNotice(file.path, invalid, "");
  return { packages, notices: [...yamlNotices, ...syntax, ...notices] };
}

/** One line of the `pip:` list, read as a requirements file line (relative includes from the environment file's folder). */
function readPipItem(file: string, node: YNode, packages: PackageComponent[], notices: Notice[], invalid: { line: number; message: string }[]): void {
  const text = str(node);
  if (text === undefined) return;
  const read = readRequirementLine(text, file, node.line);
  if ("package" in read) packages.push(read.package);
  else if ("include" in read) {
    const notice = includeNotice(file, node.line, read.include);
    if (notice) notices.push(notice);
  } else if ("invalid" in read) invalid.push({ line: node.line, message: `not a requirement: ${read.invalid.slice(0, 80)}` });
}
