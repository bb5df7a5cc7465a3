// The packages reader: lockfiles and package manifests become package components with the line that
// pins each. Each kind of file has its own parser; this module hands a file to the one its name asks for.
import { emptyPart } from "../../model/part.js";
import type { ReadResult, SourceText } from "../types.js";
import type { PackageParser } from "./types.js";
import { parseCargoLock } from "./cargo-lock.js";
import { parseConda } from "./conda.js";
import { parseGoMod } from "./go-mod.js";
import { packageFileKind, type PackageFileKind } from "./names.js";
import { parseNpmLock } from "./npm-lock.js";
import { parsePipfileLock } from "./pipfile-lock.js";
import { parsePnpmLock } from "./pnpm-lock.js";
import { parsePoetryLock } from "./poetry-lock.js";
import { parsePyproject } from "./pyproject.js";
import { parseRequirements } from "./requirements.js";
import { parseUvLock } from "./uv-lock.js";
import { parseYarnLock } from "./yarn-lock.js";

export { packageFileComments as comments } from "../comments.js";


const PARSERS: Partial<Record<PackageFileKind, PackageParser>> = {
  requirements: parseRequirements,
  "pipfile-lock": parsePipfileLock,
  "poetry-lock": parsePoetryLock,
  "uv-lock": parseUvLock,
  pyproject: parsePyproject,
  conda: parseConda,
  "npm-lock": parseNpmLock,
  "yarn-lock": parseYarnLock,
  "pnpm-lock": parsePnpmLock,
  "go-mod": parseGoMod,
  "cargo-lock": parseCargoLock,
};

export function read(file: SourceText): ReadResult {
  const kind = packageFileKind(file.path);
  const parse = kind && PARSERS[kind];
  if (!parse) return { part: emptyPart(), notices: [], notThisFormat: "not a package file this version reads" };
  const { packages, notices } = parse(file);
  const part = emptyPart();
  // Not push(...packages): a lockfile of 100,000 packages would overflow the call stack with arguments.
  part.components = packages;
  return { part, notices };
}
