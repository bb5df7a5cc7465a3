// A format reader: how it claims a file (by name, else by a cheap look at the text), and what it
// contributes to the model. Readers are listed in registry.ts and loaded only when a file of theirs exists.
import type { CommentSyntax } from "../findings/index.js";
import type { FileFormat, ModelPart, Notice } from "../model/types.js";

/** A file handed to a reader: its path relative to the root (with `/`) and its text. */
export interface SourceText {
  path: string;
  text: string;
}

export interface ReadResult {
  part: ModelPart;
  /** Syntax errors (at most one per file: the first, and how many follow) and other notes on this file. */
  notices: Notice[];
  /** The file turned out not to be of this format (a template, another BuildKit frontend): why, for a notice. */
  notThisFormat?: string;
}

export interface ReaderModule {
  read(file: SourceText): ReadResult;
  /** How the format writes comments (inline suppressions count only there). */
  comments: CommentSyntax;
}

export interface ReaderEntry {
  format: FileFormat;
  /** Claims a file by its name (`base`), or its path relative to the root where the folder says what it is. */
  claimsName(base: string, path: string): boolean;
  /** Files of this format may be this large, over the scan's size cap (lockfiles); default: the cap. */
  maxBytes?: number;
  /** Names this reader may hold when the content says so (`*.yaml`), and the cheap content test. */
  sniff?: { names: RegExp; test(text: string): boolean };
  load(): Promise<ReaderModule>;
}

export type { Claim } from "../discover/index.js";
