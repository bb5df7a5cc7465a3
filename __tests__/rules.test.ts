// Per-rule fixtures: every rule's positive folder must give exactly the findings its spec lists (rule,
// file, line, category, severity), and its negative folder must give none of that rule.
// Fixtures live in __tests__/fixtures/rules/<ID>/{positive,negative}/, the spec in <ID>/spec.yaml.
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { emptyConfig } from "../src/config/index.js";
import { rules } from "../src/rules/index.js";
import { scan } from "../src/scan.js";
import { parse } from "yaml";
import type { Finding } from "../src/findings/types.js";
import type { ScanResult } from "../src/report/types.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/rules/", import.meta.url));

const scans = new Map<string, ScanResult>();

/** A fixture folder's scan, run once. */
async function scanResult(folder: string): Promise<ScanResult> {
  let result = scans.get(folder);
  if (!result) {
    result = await scan({ root: FIXTURES + folder, config: emptyConfig(), today: "2026-11-23" });
    scans.set(folder, result);
  }
  return result;
}

/** Every finding of a fixture folder. */
async function scanFolder(folder: string): Promise<Finding[]> {
  return (await scanResult(folder)).findings;
}

interface Row {
  ruleId: string;
  file: string;
  line: number;
  category: string;
  severity?: string;
}

function sortRows(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.severity ?? "").localeCompare(b.severity ?? "")));
}

/** The findings of one rule in a folder, as rows; `files` limits them, `severity: false` leaves severity out. */
async function actualRows(ruleId: string, folder: string, options: { files?: (file: string) => boolean; severity?: boolean } = {}): Promise<Row[]> {
  const { files = () => true, severity = true } = options;
  return sortRows(
    (await scanFolder(folder))
      .filter((f) => f.ruleId === ruleId && files(f.file))
      .map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line, category: f.category, ...(severity ? { severity: f.severity } : {}) })),
  );
}

/** `[line, severity]` per file → rows (each rule's `spec.yaml` beside its fixtures). */
type Expected = Record<string, [number, string][]>;

function expectedRows(ruleId: string, category: string, expected: Expected, severity = true): Row[] {
  return sortRows(
    Object.entries(expected).flatMap(([file, hits]) => hits.map(([line, sev]) => ({ ruleId, file, line, category, ...(severity ? { severity: sev } : {}) }))),
  );
}

interface RuleSpec {
  category: string;
  positive: Expected;
}

function ruleSuite(id: string): void {
  const spec = parse(readFileSync(`${FIXTURES}${id}/spec.yaml`, "utf8")) as RuleSpec;
  const { category } = spec;
  describe(`${id} ${category}`, () => {
    // A renamed fixture must not quietly turn an expectation into "nothing expected here".
    it("names only fixture files that exist", async () => {
      const named = Object.keys(spec.positive).map((f) => `positive/${f}`);
      expect(named.filter((f) => !existsSync(`${FIXTURES}${id}/${f}`))).toEqual([]);
      expect((await scanResult(`${id}/negative`)).summary.files).toBeGreaterThan(0);
    });

    it("reports exactly the expected findings in its positive fixtures", async () => {
      expect(await actualRows(id, `${id}/positive`)).toEqual(expectedRows(id, category, spec.positive));
    });

    it("reports nothing in its negative fixtures", async () => {
      expect(await actualRows(id, `${id}/negative`)).toEqual([]);
    });
  });
}

// Every rule has its fixtures and its spec; a rule added without them fails here.
for (const rule of rules) ruleSuite(rule.meta.id);

describe("AIA206 root-user messages", () => {
  it("describes a FROM scratch final stage by name", async () => {
    const finding = (await scanFolder("AIA206/positive")).find((f) => f.ruleId === "AIA206" && f.file === "services/tokenizer/Dockerfile");
    expect(finding?.message).not.toContain("(FROM )");
  });
});


describe("host paths", () => {
  const mounts = async (paths: string[]) =>
    (await scan({ root: makeMountTree(paths), config: emptyConfig(), today: "2026-11-23" }))
      .findings.filter((f) => f.ruleId === "AIA202" || f.ruleId === "AIA205")
      .map((f) => `${f.ruleId}:${f.line}`);

  it("reports /var and /dev/mem, not model caches under /root or /usr/share, and /run only once (AIA202)", async () => {
    expect(await mounts(["/var:/hostvar", "/dev/mem:/dev/mem", "/root/.cache/huggingface:/root/.cache/huggingface", "/usr/share/ollama/.ollama:/root/.ollama", "/run:/run"])).toEqual([
      "AIA205:6",
      "AIA205:7",
      "AIA202:10",
    ]);
  });
});

/** A compose file whose one service mounts each `host:container` path, one per line from line 6. */
function makeMountTree(paths: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "aia-mounts-"));
  writeFileSync(join(root, "compose.yaml"), `services:\n  agent:\n    image: busybox:1.37\n    user: "1000"\n    volumes:\n${paths.map((p) => `      - ${p}\n`).join("")}`);
  return root;
}
