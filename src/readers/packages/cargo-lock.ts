// Cargo.lock: one `[[package]]` table per crate with `name`, `version` and `source` (where it comes from:
// `registry+…`, `sparse+…`, `git+…`); a crate without `source` is one of the workspace's own. Cargo writes
// the file one key per line, so a line scan of the tables is exact and gives each crate its line.
// Format: https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html and Cargo's
// `resolve` encoding (`EncodableDependency`: name, version, source, checksum, dependencies, replace).
import type { PackageComponent } from "../../model/types.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";
import { forEachLine, unquote } from "./lines.js";

interface Crate {
  line: number;
  name?: string;
  nameLine?: number;
  version?: string;
  source?: string;
}

export function parseCargoLock(file: SourceText): PackageFileResult {
  const errors: { line: number; message: string }[] = [];
  const packages: PackageComponent[] = [];
  let crate: Crate | undefined;
  /** Inside a multi-line array (`dependencies = [` … `]`), started on this line. */
  let arrayFrom: number | undefined;

  const finish = () => {
    if (!crate) return;
    if (crate.name === undefined || crate.version === undefined) errors.push({ line: crate.line, message: "[[package]] without a name or version" });
    else if (crate.source !== undefined) packages.push({ type: "package", ecosystem: "crates.io", name: crate.name, version: crate.version, declaredIn: "lockfile", pos: { file: file.path, line: crate.nameLine ?? crate.line } });
    crate = undefined;
  };

  forEachLine(file.text, (text, line) => {
    const trimmed = text.trim();
    if (arrayFrom !== undefined) {
      if (trimmed === "]") {
        arrayFrom = undefined;
        return;
      }
      // Items are indented strings; a table header at the start of a line means the array was never closed.
      if (!text.startsWith("[")) return;
      errors.push({ line: arrayFrom, message: "array not closed" });
      arrayFrom = undefined;
    }
    if (trimmed === "" || trimmed.startsWith("#")) return;
    if (trimmed.startsWith("[")) {
      finish();
      if (trimmed === "[[package]]") crate = { line };
      return;
    }
    const eq = trimmed.indexOf("=");
    if (eq <= 0) {
      errors.push({ line, message: "expected key = value" });
      return;
    }
    const key = trimmed.slice(0, eq).trim();
    const value = trimmed.slice(eq + 1).trim();
    if (value === "[") arrayFrom = line;
    if (!crate || (key !== "name" && key !== "version" && key !== "source")) return;
    const string = unquote(value);
    if (string === undefined || string === value) {
      errors.push({ line, message: `${key} is not a string` });
      return;
    }
    crate[key] = string;
    if (key === "name") crate.nameLine = line;
  });
  if (arrayFrom !== undefined) errors.push({ line: arrayFrom, message: "array not closed" });
  finish();
  return { packages, notices: syntaxErrorNotice(file.path, errors, "") };
}
