// The read stage: each candidate file within the size cap is read once, handed to the reader that
// claims it (loaded on first use), and its inline suppressions are collected. Files that cannot be
// read are notices; the scan goes on.
import { isHelmTemplate } from "../discover/classify.js";
import type { Candidate, Claim } from "../discover/index.js";
import { readInsideRoot, type TreeRead } from "../discover/read.js";
import { inlineIgnores } from "../findings/index.js";
import type { ModelPart, Notice, SourceFile } from "../model/types.js";
import { byteLimit, formatOf, loadReader } from "./registry.js";
import type { TreeContext } from "./types.js";

export async function readCandidates(candidates: Candidate[], maxBytes: number, notices: Notice[], tree?: TreeContext): Promise<{ files: SourceFile[]; parts: ModelPart[] }> {
  const files: SourceFile[] = [];
  const parts: ModelPart[] = [];
  // Charts first (a chart's Chart.yaml stands for its folder): what they take in is not read file by file.
  const isChart = (c: Candidate) => "format" in c.claim && c.claim.format === "helm";
  const covered: string[] = [];
  const charts: string[] = [];
  const under = (path: string, folders: string[]) => folders.some((folder) => path.startsWith(folder));
  for (const candidate of [...candidates.filter(isChart), ...candidates.filter((c) => !isChart(c))]) {
    if (under(candidate.path, covered)) continue;
    if (isChart(candidate) && (!tree || charts.includes(candidate.path.slice(0, candidate.path.lastIndexOf("/") + 1)))) continue;
    const notice = (kind: Notice["kind"], message: string) => notices.push({ file: candidate.path, kind, message });
    try {
      const limit = byteLimit(candidate.claim, maxBytes);
      const read = readInsideRoot(candidate.root, candidate.path, limit);
      if ("skipped" in read) {
        notices.push(...unreadNotices(candidate.path, candidate.claim, read, limit));
        continue;
      }
      const text = read.text.replace(/^\uFEFF/, "");
      const format = formatOf(candidate.claim, text);
      if (!format) continue;
      if (format !== "dockerfile" && isHelmTemplate(candidate, text)) {
        // A chart the Helm reader read has its own notice when it was not rendered.
        if (!charts.includes(candidate.helmChart as string)) notice("skipped", "Helm template (Go template syntax); checked when its chart is rendered, not on its own");
        continue;
      }
      const reader = await loadReader(format);
      if (reader.readTree && tree) {
        const result = await reader.readTree({ path: candidate.path, text }, tree);
        covered.push(...result.covers);
        charts.push(...result.charts);
        for (const source of [{ path: candidate.path, text }, ...result.files]) {
          if (files.some((f) => f.path === source.path)) continue;
          files.push({ path: source.path, format, ignores: inlineIgnores(source.text, source.path, notices, reader.comments) });
        }
        notices.push(...result.notices);
        parts.push(result.part);
        continue;
      }
      const result = reader.read({ path: candidate.path, text });
      if (result.notThisFormat) {
        notice("skipped", result.notThisFormat);
        continue;
      }
      files.push({ path: candidate.path, format, ignores: inlineIgnores(text, candidate.path, notices, reader.comments) });
      notices.push(...result.notices);
      parts.push(result.part);
    } catch (error) {
      // One file the readers cannot cope with (pathological nesting) must not stop the scan.
      notices.push({ file: candidate.path, kind: "parse-error", message: `could not be read: ${(error as Error).message}` });
    }
  }
  return { files, parts };
}

/** A small text file inside the root (env files, mounted configuration), or undefined when absent, too large, outside the root or not a regular file. */
export function treeFileReader(root: string, listed: Set<string>, maxBytes: number): (path: string) => string | undefined {
  return (path) => {
    // Only files the file list holds: a git-ignored .env is not in the repository, as in CI.
    if (!listed.has(path)) return undefined;
    const read = readInsideRoot(root, path, maxBytes);
    return "text" in read ? read.text : undefined;
  };
}

/**
 * The notice for a candidate that was not read (none for a large JSON file that is not a manifest: lock
 * files are). A file that is infrastructure by its name or by its first bytes but is over the size cap was
 * not checked although it deploys: that notice is `incomplete`, which rule AIA002 reports as a finding a
 * gate sees.
 */
function unreadNotices(path: string, claim: Claim, read: Exclude<TreeRead, { text: string }>, maxBytes: number): Notice[] {
  return [unreadNotice(path, claim, read, maxBytes)].flatMap((n) => n ?? []);
}

function unreadNotice(path: string, claim: Claim, read: Exclude<TreeRead, { text: string }>, maxBytes: number): Notice | undefined {
  switch (read.skipped) {
    case "too-large": {
      const infrastructure = formatOf(claim, read.head) !== undefined;
      const message = `file is ${formatBytes(read.size)}, over the ${formatBytes(maxBytes)} limit (max-file-size); not scanned`;
      if (!infrastructure && /\.json$/i.test(path)) return undefined;
      return infrastructure ? { file: path, kind: "skipped", message, incomplete: true } : { file: path, kind: "skipped", message };
    }
    case "binary":
      return { file: path, kind: "skipped", message: "binary file; not scanned" };
    case "outside":
      return { file: path, kind: "skipped", message: "symbolic link points outside the scanned directory; not followed" };
    case "not-a-file":
      return { file: path, kind: "skipped", message: "not a regular file (a FIFO, device or socket); not read" };
    default:
      return { file: path, kind: "skipped", message: `cannot read file: ${read.code ?? "error"}` };
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
