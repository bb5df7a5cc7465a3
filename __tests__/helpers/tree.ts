// Builds throw-away directory trees for tests and scans them with the engine.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { emptyConfig, type Config } from "../../src/config/index.js";
import { scan, type ScanOptions } from "../../src/scan.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (relative path → content) under a new temporary directory and returns its path. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "aia-test-"));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

/** Scans with no helm on the PATH (charts are read from their values) unless `helm` names one. */
export function scanTree(root: string, config: Config = emptyConfig(), helm: ScanOptions["helm"] = { path: "" }) {
  return scan({ root, config, today: "2026-11-23", helm });
}

/** The findings of one rule as `{file, line, category, severity}`, sorted, for exact comparisons. */
export function findingsOf(result: Awaited<ReturnType<typeof scan>>, ruleId: string) {
  return result.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ file: f.file, line: f.line, category: f.category, severity: f.severity }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
