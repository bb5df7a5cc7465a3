// pip requirements files (`requirements.txt`, `constraints.txt`, `requirements/*.txt`), read as pip reads
// them: `\` joins lines, `#` after white space starts a comment, options follow the requirement on its line.
import type { Notice, PackageComponent } from "../../model/types.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import { packageFileKind } from "./names.js";
import { parseRequirement, pypiPackage } from "./pep508.js";
import type { PackageFileResult } from "./types.js";

/** Options that name another requirements file, whose requirements pip reads as if they stood here. */
const INCLUDE = /^(-r|--requirement|-c|--constraint)(.*)$/;

/** What one logical line of a requirements file holds. */
export type RequirementLine =
  | { package: PackageComponent }
  | { include: string }
  | { invalid: string }
  /** A comment, an option, or a requirement installed from a URL or path. */
  | { ignored: true };

/** Reads one requirement line (comments already removed): a requirement, maybe with options after it, or an option line. */
export function readRequirementLine(text: string, file: string, line: number): RequirementLine {
  const trimmed = text.trim();
  if (trimmed === "") return { ignored: true };
  if (trimmed.startsWith("-")) {
    const include = INCLUDE.exec(trimmed);
    // `-r file`, `-rfile`, `--requirement file`, `--requirement=file`.
    const path = include && (include[1].startsWith("--") ? include[2].trim().replace(/^=/, "") : include[2]).trim();
    return path ? { include: path } : { ignored: true };
  }
  // As pip splits them: the requirement is every word before the first that starts with `-`.
  const words = trimmed.split(/[ \t]+/);
  const optionAt = words.findIndex((w) => w.startsWith("-"));
  const requirement = (optionAt < 0 ? words : words.slice(0, optionAt)).join(" ");
  const parsed = parseRequirement(requirement);
  if ("skip" in parsed) return { ignored: true };
  if ("invalid" in parsed) return { invalid: requirement };
  return { package: pypiPackage(parsed.name, parsed.spec, "manifest", { file, line }) };
}

/**
 * The path of an included file relative to the scan root, resolved as pip does against the including
 * file's folder; undefined for a URL or a path that leaves the tree.
 */
function includedPath(from: string, written: string): string | undefined {
  if (written.includes("://") || written.startsWith("/") || written.includes("\\")) return undefined;
  const parts = from.split("/").slice(0, -1);
  for (const part of written.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

/**
 * A file that another requirements file includes is read when discovery claims it by its name; one that
 * it does not claim is a hole in the scan, said at the line that includes it.
 */
export function includeNotice(file: string, line: number, written: string): Notice | undefined {
  const path = includedPath(file, written);
  if (path === undefined) return { file, line, kind: "warning", message: `includes ${written}, which is outside the repository and not scanned` };
  if (packageFileKind(path) === "requirements") return undefined;
  return { file, line, kind: "warning", message: `includes ${written}, which is not scanned (name it requirements-*.txt or place it in requirements/)` };
}

/** Logical lines as pip joins them: a line ending in `\` continues on the next; a comment line ends the run. */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let pending: { line: number; parts: string[] } | undefined;
  const physical = text.split("\n");
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i].endsWith("\r") ? physical[i].slice(0, -1) : physical[i];
    const comment = raw.trimStart().startsWith("#");
    if (raw.endsWith("\\") && !comment) {
      pending ??= { line: i + 1, parts: [] };
      pending.parts.push(raw.slice(0, -1));
      continue;
    }
    if (pending) {
      out.push({ line: pending.line, text: pending.parts.join("") + (comment ? "" : raw) });
      pending = undefined;
    } else out.push({ line: i + 1, text: raw });
  }
  if (pending) out.push({ line: pending.line, text: pending.parts.join("") });
  return out;
}

/** The text before a comment: `#` at the start or after white space (`pkg @ https://…#egg=pkg` keeps its fragment). */
function withoutComment(text: string): string {
  for (let at = text.indexOf("#"); at >= 0; at = text.indexOf("#", at + 1)) {
    if (at === 0 || text[at - 1] === " " || text[at - 1] === "\t") return text.slice(0, at);
  }
  return text;
}

export function parseRequirements(file: SourceText): PackageFileResult {
  const packages: PackageComponent[] = [];
  const notices: Notice[] = [];
  const invalid: { line: number; message: string }[] = [];
  for (const { line, text } of logicalLines(file.text)) {
    const read = readRequirementLine(withoutComment(text), file.path, line);
    if ("package" in read) packages.push(read.package);
    else if ("include" in read) {
      const notice = includeNotice(file.path, line, read.include);
      if (notice) notices.push(notice);
    } else if ("invalid" in read) invalid.push({ line, message: `not a requirement: ${read.invalid.slice(0, 80)}` });
  }
  return { packages, notices: [...syntaxErrorNotice(file.path, invalid, "requirements: "), ...notices] };
}
