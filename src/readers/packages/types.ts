// What every package-file parser returns, apart from the reader that dispatches to them.
import type { Notice, PackageComponent } from "../../model/types.js";
import type { SourceText } from "../types.js";

/** What a parser finds in one package file. */
export interface PackageFileResult {
  packages: PackageComponent[];
  /** Syntax errors and parts that could not be read, each with a line where known. */
  notices: Notice[];
}

export type PackageParser = (file: SourceText) => PackageFileResult;
