// go.mod: the modules a Go module requires, at the versions Go selects (every module the build needs is
// listed since Go 1.17), and the Go toolchain. Reference: https://go.dev/ref/mod#go-mod-file
//   `require path version` (also in `require ( … )` blocks), `// indirect` for a module no package of the
//   main module imports; `replace path [version] => path version` swaps a module for another at a version,
//   `=> ./dir` for a local folder (the project's own code); `exclude`, `retract` and directives Go added
//   later (`godebug`, `tool`, `ignore`) change nothing here.
//   OSV tracks the standard library as the package `stdlib` of ecosystem `Go` (https://go.dev/security/vuln/database#schema):
//   the toolchain's release (`toolchain go1.22.1`, else `go 1.22.1`) is its version; `go 1.22` is a
//   language version only.
import type { PackageComponent } from "../../model/types.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";
import { forEachLine, unquote } from "./lines.js";

/** A toolchain release: `1.22.1` (a release candidate `1.23rc1` names no release of the standard library). */
const RELEASE = /^\d+\.\d+\.\d+$/;

interface Requirement {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

interface Replacement {
  /** Only this version of the module is replaced; undefined: every version. */
  version?: string;
  /** Undefined for a local folder. */
  to?: { path: string; version: string };
  line: number;
}

export function parseGoMod(file: SourceText): PackageFileResult {
  const errors: { line: number; message: string }[] = [];
  const requires: Requirement[] = [];
  const replaces = new Map<string, Replacement[]>();
  let go: { version: string; line: number } | undefined;
  let toolchain: { version: string; line: number } | undefined;
  /** The directive of the `( … )` block being read. */
  let block: { verb: string; line: number } | undefined;

  forEachLine(file.text, (text, line) => {
    const parsed = tokens(text);
    if (!parsed) {
      errors.push({ line, message: "quoted string not closed or with an escape this reader does not know" });
      return;
    }
    const { words, comment } = parsed;
    if (words.length === 0) return;
    if (block) {
      if (words.length === 1 && words[0] === ")") block = undefined;
      else directive(block.verb, words, comment, line);
      return;
    }
    const [verb, ...args] = words;
    if (args.length === 1 && args[0] === "(") block = { verb, line };
    else if (verb === ")") errors.push({ line, message: "unexpected )" });
    else directive(verb, args, comment, line);
  });
  if (block) errors.push({ line: block.line, message: `${block.verb} ( … ) block is not closed` });

  function directive(verb: string, args: string[], comment: string, line: number): void {
    if (verb === "require") {
      if (args.length !== 2) errors.push({ line, message: "usage: require module/path v1.2.3" });
      // Go reads `// indirect` and `// indirect; …` as the mark (modfile's isIndirect).
      else requires.push({ path: args[0], version: args[1], indirect: comment === "indirect" || comment.startsWith("indirect;"), line });
    } else if (verb === "replace") {
      const arrow = args.indexOf("=>");
      const from = args.slice(0, arrow);
      const to = args.slice(arrow + 1);
      if (arrow < 0 || from.length < 1 || from.length > 2 || to.length < 1 || to.length > 2) {
        errors.push({ line, message: "usage: replace module/path [v1.2.3] => other/module v1.4.5 (or a local folder)" });
        return;
      }
      const list = replaces.get(from[0]) ?? [];
      list.push({ version: from[1], to: to.length === 2 ? { path: to[0], version: to[1] } : undefined, line });
      replaces.set(from[0], list);
    } else if (verb === "go" && args.length === 1) go = { version: args[0], line };
    else if (verb === "toolchain" && args.length === 1) toolchain = { version: args[0], line };
  }

  const packages: PackageComponent[] = [];
  const stdlib = toolchain?.version.startsWith("go") && RELEASE.test(toolchain.version.slice(2)) ? { version: toolchain.version.slice(2), line: toolchain.line } : go && RELEASE.test(go.version) ? go : undefined;
  if (stdlib) packages.push({ type: "package", ecosystem: "Go", name: "stdlib", version: `v${stdlib.version}`, declaredIn: "manifest", pos: { file: file.path, line: stdlib.line } });
  for (const r of requires) {
    // A replacement of this very version wins over one of every version, as in Go.
    const candidates = replaces.get(r.path);
    const replacement = candidates?.find((c) => c.version === r.version) ?? candidates?.find((c) => c.version === undefined);
    if (replacement && !replacement.to) continue;
    const module = replacement?.to ?? r;
    packages.push({ type: "package", ecosystem: "Go", name: module.path, version: module.version, declaredIn: "manifest", transitive: r.indirect, pos: { file: file.path, line: replacement?.line ?? r.line } });
  }
  return { packages, notices: syntaxErrorNotice(file.path, errors, "") };
}

/**
 * The words of one go.mod line and the text of its `//` comment: words are separated by white space or
 * quoted ("…" with escapes, `…` raw). Undefined when a quote is not closed or holds an escape JSON does
 * not share with Go (module paths and versions need none).
 */
function tokens(text: string): { words: string[]; comment: string } | undefined {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\r") {
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      return { words, comment: text.slice(i + 2).trim() };
    } else if (c === '"' || c === "`") {
      let end = i + 1;
      while (end < text.length && text[end] !== c) end += c === '"' && text[end] === "\\" ? 2 : 1;
      if (end >= text.length) return undefined;
      const quoted = text.slice(i, end + 1);
      const word = c === "`" ? quoted.slice(1, -1) : unquote(quoted);
      if (word === undefined) return undefined;
      words.push(word);
      i = end + 1;
    } else {
      let end = i + 1;
      while (end < text.length && !" \t\r\"`".includes(text[end]) && !(text[end] === "/" && text[end + 1] === "/")) end++;
      words.push(text.slice(i, end));
      i = end;
    }
  }
  return { words, comment: "" };
}
