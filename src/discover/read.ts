// Opens files of the scanned tree, and only those: every path is resolved (symbolic links included) and
// must stay inside the root, and what is opened must be a regular file. A FIFO, a device (`/dev/zero`
// linked in) or a socket is never read: opening a FIFO for reading would wait for a writer forever, so the
// file is opened non-blocking and checked on the open descriptor before anything is read.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import { join } from "node:path";
import { isInside } from "./inside.js";

/** What a reader gets: the text, or why not. `head` is the start of a file over the size cap, for sniffing. */
export type TreeRead =
  | { text: string }
  | { skipped: "outside" | "binary" | "error"; code?: string }
  | { skipped: "not-a-file"; kind: string }
  | { skipped: "too-large"; size: number; head: string };

/** How much of a file over the cap is read to tell what it is. */
const HEAD_BYTES = 64 * 1024;

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The real path of each root read from, resolved once rather than once per file. */
const realRoots = new Map<string, string>();

/** Reads `path` (relative, `/`-separated) of the tree at `root`, within `maxBytes`. Never throws. */
export function readInsideRoot(root: string, path: string, maxBytes: number): TreeRead {
  let fd: number | undefined;
  try {
    let realRoot = realRoots.get(root);
    if (realRoot === undefined) realRoots.set(root, (realRoot = realpathSync(root)));
    const real = realpathSync.native(join(realRoot, ...path.split("/")));
    if (!isInside(real, realRoot)) return { skipped: "outside" };
    fd = openSync(real, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: "not-a-file", kind: fileKind(stats) };
    if (stats.size > maxBytes) return { skipped: "too-large", size: stats.size, head: readUpTo(fd, HEAD_BYTES).toString("utf8") };
    // Read one byte past the size fstat gave (never past the cap): a file that grew since is still bounded,
    // and a buffer is never larger than the file needs.
    const bytes = readUpTo(fd, Math.min(stats.size, maxBytes) + 1);
    if (bytes.length > maxBytes) return { skipped: "too-large", size: bytes.length, head: bytes.subarray(0, HEAD_BYTES).toString("utf8") };
    // Grown past its fstat size (below the cap): read the rest the same way.
    if (bytes.length > stats.size) return readGrown(fd, bytes, maxBytes);
    // A NUL byte in the first 8 KiB, as git decides.
    if (bytes.subarray(0, 8192).includes(0)) return { skipped: "binary" };
    return { text: bytes.toString("utf8") };
  } catch (error) {
    return { skipped: "error", code: (error as NodeJS.ErrnoException).code ?? "error" };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What a path that is not a regular file is, in words. */
function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "an unusual file";
}

function readGrown(fd: number, start: Buffer, maxBytes: number): TreeRead {
  const rest = readUpTo(fd, maxBytes + 1 - start.length, start.length);
  const bytes = Buffer.concat([start, rest]);
  if (bytes.length > maxBytes) return { skipped: "too-large", size: bytes.length, head: bytes.subarray(0, HEAD_BYTES).toString("utf8") };
  if (bytes.subarray(0, 8192).includes(0)) return { skipped: "binary" };
  return { text: bytes.toString("utf8") };
}

function readUpTo(fd: number, limit: number, position = 0): Buffer {
  // Only the bytes read are returned: the rest of the buffer need not be zeroed first.
  const buffer = Buffer.allocUnsafe(limit);
  let length = 0;
  while (length < limit) {
    const n = readSync(fd, buffer, length, limit - length, position + length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}
