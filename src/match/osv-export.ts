// Offline advisory lookup from a local OSV export (https://google.github.io/osv.dev/data/): a folder of
// OSV JSON files at any depth, or a zip such as `<ECOSYSTEM>/all.zip` or the all-ecosystems `all.zip`.
// Zips are read with node:zlib alone: the central directory is parsed, each entry read at its offset.
// Nothing is indexed until the first lookup; bad files become `errors`, never a crash.
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { comparableName, ecosystemBase, readOsvRecord, type OsvRecord } from "./osv.js";

export interface OsvExport {
  /** The records that name this package (the ecosystem's suffix, `Debian:12`, compared by its base). */
  lookup(ecosystem: string, name: string): OsvRecord[];
  /** What could not be read so far, one line each; grows as lookups index more of the export. */
  readonly errors: string[];
  /** Releases the zip file; lookups afterwards find nothing. */
  close(): void;
}

/** OSV records are kilobytes; a larger entry is a mistake or a zip bomb. */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
const MAX_ERRORS = 100;

interface Entry {
  /** Path inside the export, with `/`. */
  name: string;
  /**
   * The top folder of the path, or "" at the top. OSV's exports keep each ecosystem's records in a
   * folder of that name (suffixed ecosystems under their base), which lets a lookup read only that folder.
   */
  partition: string;
}

/** Where the entries come from: a folder or a zip. `read` throws an Error whose message names the problem. */
interface Source {
  entries: Entry[];
  read(index: number): Buffer;
  close(): void;
}

const isJson = (name: string) => name.toLowerCase().endsWith(".json");
const partitionOf = (name: string) => (name.includes("/") ? name.slice(0, name.indexOf("/")) : "");

function directorySource(root: string, errors: (message: string) => void): Source {
  const files: string[] = [];
  // An explicit stack: a deep tree cannot overflow the call stack. Linked folders are not entered, so a
  // link cycle cannot loop.
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let list;
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch (cause) {
      errors(`${dir}: ${(cause as Error).message}`);
      continue;
    }
    for (const entry of list) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (isJson(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile()))) files.push(path);
    }
  }
  files.sort();
  const entries = files.map((path) => {
    const name = relative(root, path).split(sep).join("/");
    return { name, partition: partitionOf(name) };
  });
  return {
    entries,
    read(index) {
      const fd = openSync(files[index], "r");
      try {
        const size = fstatSync(fd).size;
        if (size > MAX_ENTRY_BYTES) throw new Error(`${size} bytes, more than the ${MAX_ENTRY_BYTES / 1024 / 1024} MiB a record may have`);
        const data = Buffer.alloc(size);
        readSync(fd, data, 0, size, 0);
        return data;
      } finally {
        closeSync(fd);
      }
    },
    close() {},
  };
}

interface ZipEntry {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  if (read !== length) throw new Error(`the file ends early (wanted ${length} bytes at offset ${position})`);
  return buffer;
}

function uint64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error("a zip64 size or offset beyond 2^53");
  return Number(value);
}

/** The central directory's offset, size and entry count, from the end record (zip64 when it says so). */
function endOfCentralDirectory(fd: number, fileSize: number): { offset: number; size: number; count: number; end: number } {
  // The end record is 22 bytes plus a comment of up to 65535 bytes, at the very end of the file.
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tailLength) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Error("not a zip file, or a truncated one (no end of central directory)");
  const end = fileSize - tailLength + at;
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) throw new Error("a zip split over several disks cannot be read");
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    if (end < 20) throw new Error("zip64 end of central directory locator missing");
    const locator = readAt(fd, end - 20, 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new Error("zip64 end of central directory locator missing");
    if (locator.readUInt32LE(16) > 1) throw new Error("a zip64 file split over several disks cannot be read");
    const recordAt = uint64(locator, 8);
    if (recordAt + 56 > end) throw new Error("zip64 end of central directory record out of the file");
    const record = readAt(fd, recordAt, 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new Error("zip64 end of central directory record missing");
    count = uint64(record, 32);
    size = uint64(record, 40);
    offset = uint64(record, 48);
  }
  if (offset + size > end) throw new Error("the central directory lies outside the file (truncated?)");
  return { offset, size, count, end };
}

function zipSource(path: string, errors: (message: string) => void): Source {
  const fd = openSync(path, "r");
  try {
    const { offset, size, count } = endOfCentralDirectory(fd, fstatSync(fd).size);
    const directory = readAt(fd, offset, size);
    const entries: Entry[] = [];
    const zipEntries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > size || directory.readUInt32LE(at) !== CENTRAL) {
        errors(`${path}: central directory ends after ${i} of ${count} entries`);
        break;
      }
      const flags = directory.readUInt16LE(at + 8);
      const method = directory.readUInt16LE(at + 10);
      const crc = directory.readUInt32LE(at + 16);
      let compressedSize = directory.readUInt32LE(at + 20);
      let entrySize = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      let headerOffset = directory.readUInt32LE(at + 42);
      const next = at + 46 + nameLength + extraLength + commentLength;
      if (next > size) {
        errors(`${path}: central directory ends inside entry ${i + 1}`);
        break;
      }
      const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
      // Zip64: the 32-bit fields that overflowed hold 0xffffffff, and the extra field 0x0001 holds their
      // 64-bit values, in this order.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = directory.readUInt16LE(extra);
        const length = directory.readUInt16LE(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          const take = () => {
            if (field + 8 > extra + 4 + length) throw new Error(`entry ${name}: zip64 extra field too short`);
            const value = uint64(directory, field);
            field += 8;
            return value;
          };
          try {
            if (entrySize === 0xffffffff) entrySize = take();
            if (compressedSize === 0xffffffff) compressedSize = take();
            if (headerOffset === 0xffffffff) headerOffset = take();
          } catch (error) {
            errors(`${path}: ${(error as Error).message}`);
            entrySize = -1;
          }
        }
        extra += 4 + length;
      }
      at = next;
      if (name.endsWith("/") || !isJson(name) || entrySize < 0) continue;
      if (flags & 1) errors(`${path}: ${name}: encrypted, skipped`);
      else if (method !== 0 && method !== 8) errors(`${path}: ${name}: compression method ${method} is not supported, skipped`);
      else if (entrySize > MAX_ENTRY_BYTES) errors(`${path}: ${name}: claims ${entrySize} bytes, more than the ${MAX_ENTRY_BYTES / 1024 / 1024} MiB a record may have; skipped`);
      else if (headerOffset + 30 + compressedSize > offset) errors(`${path}: ${name}: its data lies outside the file, skipped`);
      else {
        entries.push({ name, partition: partitionOf(name) });
        zipEntries.push({ method, crc, compressedSize, size: entrySize, headerOffset });
      }
    }
    let open = true;
    return {
      entries,
      read(index) {
        if (!open) throw new Error("the export was closed");
        const entry = zipEntries[index];
        const header = readAt(fd, entry.headerOffset, 30);
        if (header.readUInt32LE(0) !== LOCAL) throw new Error("no local file header at its offset");
        const dataAt = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
        const stored = readAt(fd, dataAt, entry.compressedSize);
        // The inflated size is capped whatever the directory claims, against a bomb that lies about it.
        const data = entry.method === 8 ? inflateRawSync(stored, { maxOutputLength: MAX_ENTRY_BYTES }) : stored;
        if (data.length !== entry.size) throw new Error(`${data.length} bytes where the directory says ${entry.size}`);
        if (crc32(data) !== entry.crc) throw new Error("CRC mismatch");
        return data;
      },
      close() {
        if (open) closeSync(fd);
        open = false;
      },
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

const keyOf = (ecosystem: string, name: string) => `${ecosystemBase(ecosystem)}\u0000${comparableName(ecosystem, name)}`;

/**
 * Opens an OSV export for lookups by package. The first lookup of an ecosystem reads every record of
 * that ecosystem's folder when the export has one (`PyPI/…` in the all-ecosystems zip), else every record
 * not read yet, and indexes each by the packages it names; a lookup then reads only its own records.
 */
export function openOsvExport(path: string): OsvExport {
  const errors: string[] = [];
  let unshown = 0;
  const error = (message: string) => {
    if (errors.length < MAX_ERRORS) errors.push(message);
    else if (++unshown === 1) errors.push("more errors not shown");
  };
  let source: Source = { entries: [], read: () => Buffer.alloc(0), close() {} };
  try {
    const stat = statSync(path);
    source = stat.isDirectory() ? directorySource(path, error) : zipSource(path, error);
  } catch (cause) {
    error(`${path}: ${(cause as Error).message}`);
  }

  const partitions = new Map<string, number[]>();
  source.entries.forEach((entry, index) => {
    const list = partitions.get(entry.partition);
    if (list) list.push(index);
    else partitions.set(entry.partition, [index]);
  });
  const indexed = new Set<string>();
  const byPackage = new Map<string, number[]>();

  const parse = (index: number): unknown => {
    const name = source.entries[index].name;
    try {
      return JSON.parse(source.read(index).toString("utf8")) as unknown;
    } catch (cause) {
      error(`${name}: ${cause instanceof SyntaxError ? "not JSON" : (cause as Error).message}`);
      return undefined;
    }
  };

  const indexEcosystem = (ecosystem: string) => {
    const own = partitions.has(ecosystem) ? [ecosystem] : [...partitions.keys()];
    for (const partition of own) {
      if (indexed.has(partition)) continue;
      indexed.add(partition);
      for (const entry of partitions.get(partition) ?? []) {
        const json = parse(entry);
        if (json === undefined) continue;
        const affected = typeof json === "object" && json !== null ? (json as { affected?: unknown }).affected : undefined;
        for (const item of Array.isArray(affected) ? affected : []) {
          const pkg = typeof item === "object" && item !== null ? (item as { package?: unknown }).package : undefined;
          if (typeof pkg !== "object" || pkg === null) continue;
          const { ecosystem: eco, name } = pkg as { ecosystem?: unknown; name?: unknown };
          if (typeof eco !== "string" || typeof name !== "string") continue;
          const key = keyOf(eco, name);
          const list = byPackage.get(key);
          // Entries are indexed one after the other: a record naming its package twice repeats the last one.
          if (!list) byPackage.set(key, [entry]);
          else if (list[list.length - 1] !== entry) list.push(entry);
        }
      }
    }
  };

  return {
    errors,
    lookup(ecosystem, name) {
      indexEcosystem(ecosystemBase(ecosystem));
      const seen = new Set<string>();
      const records: OsvRecord[] = [];
      for (const entry of byPackage.get(keyOf(ecosystem, name)) ?? []) {
        const json = parse(entry);
        if (json === undefined) continue;
        const record = readOsvRecord(json);
        if (!record) {
          error(`${source.entries[entry].name}: not an OSV record`);
          continue;
        }
        if (seen.has(record.id)) continue;
        seen.add(record.id);
        records.push(record);
      }
      return records;
    },
    close() {
      source.close();
    },
  };
}
