// Python requirement strings (PEP 508: `name[extras] specifiers ; marker`) and PyPI names, shared by
// every Python package file: requirements lines, pyproject dependency lists, a conda file's pip list.
import { normalizePypiName } from "../../model/package-name.js";
import type { PackageComponent, SourcePos } from "../../model/types.js";

export { normalizePypiName };

/** What a version constraint says: exactly one version, or a constraint that is listed and never matched. */
export type VersionSpec = { version: string } | { requirement: string };

/** A requirement with a name: `vllm==0.6.3`, `torch>=2.1,<3`, `numpy`. */
export interface NamedRequirement {
  name: string;
  spec: VersionSpec;
}

/**
 * A requirement string that names a package by its index name; `skip` for one installed from elsewhere
 * (`name @ https://…`, a URL, a path, a VCS checkout), which no index version describes; `invalid` for
 * text that is no requirement.
 */
export type ParsedRequirement = NamedRequirement | { skip: true } | { invalid: true };

/** A bare name accepts any version: written `*`, as Poetry writes it, so that an empty value never stands for one. */
export const ANY_VERSION = "*";

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*/;
const EXTRAS = /^\[[^\]]*\]/;
/** One clause of a PEP 440 specifier set: `>=2.1`, `== 1.0.*`, `===foobar`, `~=1.4.2`. */
const CLAUSE = /^(===|==|!=|~=|<=|>=|<|>)[ \t]*([A-Za-z0-9._*+!-]+)$/;
/** Built distributions and source archives named by file, which pip installs without asking an index. */
const ARCHIVE = /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz|tar)$/i;

/** Reads one PEP 508 requirement (its marker, after `;`, is ignored: the package is listed whatever the platform). */
export function parseRequirement(text: string): ParsedRequirement {
  const semicolon = text.indexOf(";");
  const body = (semicolon < 0 ? text : text.slice(0, semicolon)).trim();
  if (body.includes("://") || body.includes("/") || body.includes("\\") || ARCHIVE.test(body)) return { skip: true };
  const name = NAME.exec(body)?.[0];
  if (!name || !/[A-Za-z0-9]$/.test(name)) return { invalid: true };
  let rest = body.slice(name.length).trimStart();
  const extras = EXTRAS.exec(rest);
  if (extras) rest = rest.slice(extras[0].length).trimStart();
  if (rest.startsWith("@")) return { skip: true };
  if (rest.startsWith("(") && rest.endsWith(")")) rest = rest.slice(1, -1).trim();
  const spec = parseSpecifiers(rest);
  return spec ? { name: normalizePypiName(name), spec } : { invalid: true };
}

/** A PEP 440 specifier set (`>=1, <2`): exact when it is a single `==`/`===` clause without a wildcard. */
export function parseSpecifiers(text: string): VersionSpec | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return { requirement: ANY_VERSION };
  const clauses: string[] = [];
  for (const part of trimmed.split(",")) {
    const clause = CLAUSE.exec(part.trim());
    if (!clause) return undefined;
    clauses.push(clause[1] + clause[2]);
  }
  const only = clauses.length === 1 ? CLAUSE.exec(clauses[0]) : null;
  if (only && (only[1] === "==" || only[1] === "===") && !only[2].includes("*")) return { version: only[2] };
  return { requirement: clauses.join(",") };
}

/** A PyPI package component. */
export function pypiPackage(name: string, spec: VersionSpec, declaredIn: PackageComponent["declaredIn"], pos: SourcePos, extra: Pick<PackageComponent, "dev" | "transitive"> = {}): PackageComponent {
  const component: PackageComponent = { type: "package", ecosystem: "PyPI", name: normalizePypiName(name), declaredIn, pos };
  if ("version" in spec) component.version = spec.version;
  else component.requirement = spec.requirement;
  if (extra.dev !== undefined) component.dev = extra.dev;
  if (extra.transitive !== undefined) component.transitive = extra.transitive;
  return component;
}
