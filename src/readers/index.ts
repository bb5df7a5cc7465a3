// The read stage: each candidate file within the size cap is read once, handed to the reader that
// claims it (loaded on first use), and its inline suppressions are collected. Files that cannot be
// read are notices; the scan goes on.
import { readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { Candidate } from "../discover/index.js";
import { isHelmTemplate } from "../discover/classify.js";
import { inlineIgnores } from "../findings/index.js";
import type { ModelPart, Notice, SourceFile } from "../model/types.js";
import { formatOf, loadReader } from "./registry.js";

export async function readCandidates(candidates: Candidate[], maxBytes: number, notices: Notice[]): Promise<{ files: SourceFile[]; parts: ModelPart[] }> {
  const files: SourceFile[] = [];
  const parts: ModelPart[] = [];
  for (const candidate of candidates) {
    const notice = (kind: Notice["kind"], message: string) => notices.push({ file: candidate.path, kind, message });
    try {
      const text = readCandidate(candidate, maxBytes, notice);
      if (text === undefined) continue;
      const format = formatOf(candidate.claim, text);
      if (!format) continue;
      if (format !== "dockerfile" && isHelmTemplate(candidate.path, text)) {
        notice("skipped", "Helm template (Go template syntax); charts are scanned once rendered, not as raw templates");
        continue;
      }
      const result = (await loadReader(format)).read({ path: candidate.path, text });
      if (result.notThisFormat) {
        notice("skipped", result.notThisFormat);
        continue;
      }
      files.push({ path: candidate.path, format, ignores: inlineIgnores(text, candidate.path, notices, format) });
      notices.push(...result.notices);
      parts.push(result.part);
    } catch (error) {
      // One file the readers cannot cope with (pathological nesting) must not stop the scan.
      notices.push({ file: candidate.path, kind: "parse-error", message: `could not be read: ${(error as Error).message}` });
    }
  }
  return { files, parts };
}

/** The text of a candidate within the size cap, or undefined (with a notice) for a binary or unreadable file. */
function readCandidate(candidate: Candidate, maxBytes: number, notice: (kind: Notice["kind"], message: string) => void): string | undefined {
  if (candidate.size > maxBytes) {
    notice("skipped", `file is ${formatBytes(candidate.size)}, over the ${formatBytes(maxBytes)} limit (max-file-size); not scanned`);
    return undefined;
  }
  try {
    const bytes = readFileSync(candidate.absPath);
    if (isBinary(bytes)) {
      notice("skipped", "binary file; not scanned");
      return undefined;
    }
    return bytes.toString("utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    notice("skipped", `cannot read file: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
    return undefined;
  }
}

/** A small text file inside the root (env files, mounted configuration), or undefined when absent, too large, or outside the root. */
export function treeFileReader(root: string, listed: Set<string>, maxBytes: number): (path: string) => string | undefined {
  const realRoot = realpathSync(root);
  return (path) => {
    // Only files the file list holds: a git-ignored .env is not in the repository, as in CI.
    if (!listed.has(path)) return undefined;
    try {
      const abs = realpathSync(join(realRoot, ...path.split("/")));
      const stats = statSync(abs);
      if (!abs.startsWith(realRoot + sep) || !stats.isFile() || stats.size > maxBytes) return undefined;
      const bytes = readFileSync(abs);
      return isBinary(bytes) ? undefined : bytes.toString("utf8");
    } catch {
      return undefined;
    }
  };
}

/** A NUL byte in the first 8 KiB, as git decides. */
function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
