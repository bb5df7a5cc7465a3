// The copy of a chart that helm renders: made from the files the tree lists under the chart's folder,
// regular files only, never through a symbolic link (a link to /proc/self/environ or to a runner's secrets
// must not reach helm, whose `.Files.Get` would print it), within a count and a size budget. Nothing of the
// tree itself is handed to helm.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface CopyLimits {
  /** Files in one chart; a chart of more is not rendered. */
  maxFiles: number;
  /** Bytes of one chart altogether. */
  maxBytes: number;
  /** Bytes of one file: a larger file is left out of the copy (and said so). */
  maxFileBytes: number;
}

export type CopyResult = { copied: number; bytes: number; left: { path: string; why: string }[] } | { refused: string };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Whether no part of `path` (relative, `/`-separated) below `realRoot` is a symbolic link, and the path is a regular file. */
function plainFile(realRoot: string, path: string): boolean {
  let abs = realRoot;
  for (const part of path.split("/")) {
    if (part === "" || part === "." || part === "..") return false;
    abs = join(abs, part);
    try {
      if (lstatSync(abs).isSymbolicLink()) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Reads a file of the tree as bytes, refusing links, devices, FIFOs and files over `maxBytes`. */
export function readPlain(realRoot: string, path: string, maxBytes: number): Buffer | { skipped: string } {
  if (!plainFile(realRoot, path)) return { skipped: "a symbolic link (or under one); not followed" };
  let fd: number | undefined;
  try {
    fd = openSync(join(realRoot, ...path.split("/")), OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: "not a regular file" };
    if (stats.size > maxBytes) return { skipped: `${stats.size} bytes, over the limit` };
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { skipped: "grew over the limit while read" };
    return buffer.subarray(0, length);
  } catch (error) {
    return { skipped: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Copies the listed files under `chartDir` (`deploy/chart/`, or `` for the root) into `dest`. */
export function copyChart(realRoot: string, chartDir: string, listed: Iterable<string>, dest: string, limits: CopyLimits): CopyResult {
  const files: string[] = [];
  for (const path of listed) {
    if (!path.startsWith(chartDir) || path.split("/").includes(".git")) continue;
    files.push(path);
    if (files.length > limits.maxFiles) return { refused: `the chart holds more than ${limits.maxFiles} files` };
  }
  let bytes = 0;
  const left: { path: string; why: string }[] = [];
  for (const path of files) {
    const read = readPlain(realRoot, path, limits.maxFileBytes);
    if (!Buffer.isBuffer(read)) {
      left.push({ path, why: read.skipped });
      continue;
    }
    bytes += read.length;
    if (bytes > limits.maxBytes) return { refused: `the chart's files add up to more than ${Math.round(limits.maxBytes / 1024 / 1024)} MiB` };
    const target = join(dest, ...path.slice(chartDir.length).split("/"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, read, { flag: "wx" });
  }
  return { copied: files.length - left.length, bytes, left };
}
