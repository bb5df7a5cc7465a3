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
  /**
   * For a format that is a folder of files (a Helm chart, claimed by its Chart.yaml): reads the folder with
   * the tree at hand, instead of `read`.
   */
  readTree?(file: SourceText, tree: TreeContext): Promise<TreeReadResult>;
  /** How the format writes comments (inline suppressions count only there). */
  comments: CommentSyntax;
}

/** What a reader of a folder may use of the scanned tree. */
export interface TreeContext {
  /** The real path of the scanned root. */
  root: string;
  /** Every file of the tree by relative path. */
  listed: ReadonlySet<string>;
  /** The size cap of one file (max-file-size). */
  maxBytes: number;
  helm: HelmContext;
}

/** How charts are read: the config's `helm` key, where helm is looked for, the limits of a run, the time left. */
export interface HelmContext {
  /** Render charts with helm when one is found (the config's `helm.render`, default true). */
  render: boolean;
  /** Chart folder (relative, without a trailing `/`) → values files (relative to the root) given with `-f`, in order. */
  values: Record<string, string[]>;
  /** The PATH searched for helm (outside the tree) and given to it. */
  path: string;
  limits: HelmLimits;
  /** Milliseconds of rendering left for this scan, shared by its charts. */
  budget: { msLeft: number };
}

export interface HelmLimits {
  timeoutMs: number;
  maxOutputBytes: number;
  maxRssBytes: number;
  /** Files and bytes of one chart copied for helm. */
  maxFiles: number;
  maxChartBytes: number;
}

export interface TreeReadResult extends ReadResult {
  /** Files of the tree the part's positions point into (templates, values files), for their inline suppressions. */
  files: SourceText[];
  /** Folders (ending in `/`) whose candidates this read took in (a rendered chart's `templates/`): they are not read one by one. */
  covers: string[];
  /** Chart folders read as part of this one (its subcharts): their Chart.yaml is not read again. */
  charts: string[];
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
