// Hostile repositories: every file, name and value of a scanned tree is written by whoever opens the pull
// request. Each case puts a hostile file next to canaries (real problems in other files) and checks that
// the scan ends, within its memory, and still reports the canaries.
//
// Hangs and memory: each scan runs in a worker thread (helpers/isolated.ts) with a 1 GB heap limit and a
// wall-clock budget. The worker is terminated when the budget runs out, even in the middle of a regular
// expression, and ends with ERR_WORKER_OUT_OF_MEMORY when the heap is full, so either failure fails the
// test instead of hanging or crashing the run. vitest's 10 s per-test timeout is the outer guard. The
// budgets are hang detectors, not speed measurements: no test asserts how fast anything is.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discover } from "../src/discover/index.js";
import { resolveProgram } from "../src/discover/program.js";
import { claimByName } from "../src/readers/registry.js";
import { describe, expect, it } from "vitest";
import { CANARIES, CANARY_COMPOSE, hostileCases, PRIVILEGED_POD } from "./helpers/hostile-inputs.js";
import { compiledModule, runIsolated, scanIsolated, type ScanSummary } from "./helpers/isolated.js";
import { makeTree } from "./helpers/tree.js";

const TIMEOUT = 10_000;
const LIMITS = { timeoutMs: 9_000, heapMb: 1024 };

const has = (result: ScanSummary, ruleId: string, file: string) => result.findings.some((f) => f.ruleId === ruleId && f.file === file);

function expectCanaries(result: ScanSummary): void {
  expect(has(result, "AIA101", "canary/compose.yaml"), "the exposed Ollama canary").toBe(true);
  expect(has(result, "AIA201", "canary/pod.yaml"), "the privileged Pod canary").toBe(true);
}

describe("the guards", () => {
  it("fail a case that hangs, even inside a regular expression", async () => {
    await expect(runIsolated("module", { module: compiledModule("__tests__/helpers/misbehave.js"), export: "spin", params: [] }, { timeoutMs: 1000 })).rejects.toThrow(/still running after 1000 ms/);
  }, TIMEOUT);

  it("fail a case that exhausts its heap", async () => {
    await expect(runIsolated("module", { module: compiledModule("__tests__/helpers/misbehave.js"), export: "hog", params: [] }, { timeoutMs: 9000, heapMb: 64 })).rejects.toThrow(/memory/i);
  }, TIMEOUT);
});

describe("hostile files next to real problems", () => {
  it.each(hostileCases.map((c) => [c.name, c] as const))(
    "%s",
    async (_name, hostile) => {
      const root = makeTree({ ...CANARIES, ...hostile.files() });
      const result = await scanIsolated(root, {}, LIMITS);
      expectCanaries(result);
      for (const want of hostile.expect ?? []) expect(result.findings.map((f) => `${f.ruleId} ${f.file}`)).toContain(want);
      for (const unwanted of hostile.absent ?? []) expect(result.findings.map((f) => `${f.ruleId} ${f.file}`)).not.toContain(unwanted);
    },
    TIMEOUT,
  );
});

describe("files outside the tree or not regular files", () => {
  it("does not follow a symbolic link to a file outside the root, as a candidate, an env file or a mounted config", async () => {
    const outside = makeTree({ "secret.env": "OLLAMA_ORIGINS=*\n", "docker-compose.yml": CANARY_COMPOSE, "redis.conf": "requirepass x\n" });
    const root = makeTree({
      ...CANARIES,
      "app/compose.yaml": 'services:\n  r:\n    image: redis:7.4.6\n    env_file: ./secret.env\n    command: ["redis-server", "/etc/redis.conf"]\n    volumes: ["./redis.conf:/etc/redis.conf"]\n',
    });
    symlinkSync(join(outside, "secret.env"), join(root, "app", "secret.env"));
    symlinkSync(join(outside, "redis.conf"), join(root, "app", "redis.conf"));
    symlinkSync(join(outside, "docker-compose.yml"), join(root, "docker-compose.yml"));
    symlinkSync(outside, join(root, "linked-dir"), "dir");
    const result = await scanIsolated(root, {}, LIMITS);
    expectCanaries(result);
    expect(result.findings.map((f) => f.file).filter((f) => f.startsWith("linked-dir") || f === "docker-compose.yml")).toEqual([]);
    expect(result.notices.map((n) => n.file)).toContain("docker-compose.yml");
  }, TIMEOUT);

  it("never opens a FIFO (opening one would block), as a candidate, an env file or a mounted config", async () => {
    const root = makeTree({
      ...CANARIES,
      "app/compose.yaml": 'services:\n  r:\n    image: redis:7.4.6\n    env_file: ./.env\n    command: ["redis-server", "/etc/redis.conf"]\n    volumes: ["./redis.conf:/etc/redis.conf"]\n',
    });
    for (const fifo of ["app/pipe", "docker-compose.yml", "k8s/pod.yaml"]) {
      mkdirSync(join(root, fifo, ".."), { recursive: true });
      execFileSync("mkfifo", [join(root, fifo)]);
    }
    // Listing skips a FIFO itself, but not a symbolic link to one: that is what readers must not open.
    symlinkSync("pipe", join(root, "app", ".env"));
    symlinkSync("pipe", join(root, "app", "redis.conf"));
    symlinkSync("app/pipe", join(root, "compose.yaml"));
    const result = await scanIsolated(root, {}, LIMITS);
    expectCanaries(result);
  }, TIMEOUT);

  it("does not read /dev/zero linked into the tree", async () => {
    const root = makeTree({ ...CANARIES, "app/compose.yaml": "services:\n  r:\n    image: redis:7.4.6\n    env_file: ./.env\n" });
    symlinkSync("/dev/zero", join(root, "app", ".env"));
    symlinkSync("/dev/zero", join(root, "compose.yaml"));
    symlinkSync("/dev/zero", join(root, "Dockerfile"));
    const result = await scanIsolated(root, {}, LIMITS);
    expectCanaries(result);
  }, TIMEOUT);
});

describe("recognition", () => {
  it("skips Helm templates by their chart, and scans other YAML with {{ in a value", async () => {
    const root = makeTree({
      ...CANARIES,
      "chart/Chart.yaml": "apiVersion: v2\nname: x\nversion: 0.1.0\n",
      "chart/templates/pod.yaml": PRIVILEGED_POD.replace("name: root", "name: {{ .Release.Name }}"),
      "docs/templates/pod.yaml": PRIVILEGED_POD.replace("name: root", 'name: "{{ not-helm }}"'),
      "k8s/pod.yaml": PRIVILEGED_POD.replace("busybox:1.36", '"busybox:{{ tag }}"'),
    });
    const result = await scanIsolated(root, {}, LIMITS);
    expectCanaries(result);
    expect(has(result, "AIA201", "chart/templates/pod.yaml")).toBe(false);
    expect(has(result, "AIA201", "docs/templates/pod.yaml")).toBe(true);
    expect(has(result, "AIA201", "k8s/pod.yaml")).toBe(true);
  }, TIMEOUT);

  it("recognises manifests written with quoted keys, in flow style, indented, or as JSON", async () => {
    const json = JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "j" }, spec: { containers: [{ name: "c", image: "busybox:1.36", securityContext: { privileged: true } }] } }, null, 2);
    const root = makeTree({
      ...CANARIES,
      "k8s/quoted.yaml": PRIVILEGED_POD.replace("apiVersion:", '"apiVersion":').replace("kind:", "'kind':"),
      "k8s/flow.yaml": `{apiVersion: v1, kind: Pod, metadata: {name: f}, spec: {containers: [{name: c, image: "busybox:1.36", securityContext: {privileged: true}}]}}\n`,
      "k8s/list.yaml": `- ${PRIVILEGED_POD.trimEnd().split("\n").join("\n  ")}\n`,
      "k8s/pod.json": json,
      "k8s/minified.json": JSON.stringify(JSON.parse(json)),
      "package.json": '{"name": "x", "kind": "library", "apiVersion": "none"}',
    });
    const result = await scanIsolated(root, {}, LIMITS);
    expectCanaries(result);
    for (const file of ["k8s/quoted.yaml", "k8s/flow.yaml", "k8s/list.yaml", "k8s/pod.json", "k8s/minified.json"]) expect(has(result, "AIA201", file), file).toBe(true);
  }, TIMEOUT);
});

describe("the git program is never taken from the scanned tree", () => {
  /** An executable file at `path` that leaves `marker` behind when run. */
  const fakeGit = (path: string, marker: string) => {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    chmodSync(path, 0o755);
  };

  it("skips relative, empty and in-tree PATH entries, on Linux and with Windows rules", () => {
    const root = makeTree({ "compose.yaml": CANARY_COMPOSE });
    const outside = makeTree({});
    fakeGit(join(root, "bin", "git"), join(root, "ran"));
    fakeGit(join(root, "git"), join(root, "ran"));
    fakeGit(join(outside, "git"), join(outside, "ran"));
    writeFileSync(join(root, "bin", "git.exe"), "");
    writeFileSync(join(outside, "git.exe"), "");
    symlinkSync(join(root, "bin"), join(outside, "link-into-tree"));
    const entries = ["", ".", "bin", join(root, "bin"), root, join(outside, "link-into-tree"), join(outside, "missing"), outside];
    expect(resolveProgram("git", root, { platform: "linux", env: { PATH: entries.join(":") } })).toBe(join(outside, "git"));
    expect(resolveProgram("git", root, { platform: "win32", env: { Path: entries.map((e) => (e ? `"${e}"` : e)).join(";") } })).toBe(join(outside, "git.exe"));
    expect(resolveProgram("git", root, { platform: "linux", env: { PATH: [".", join(root, "bin")].join(":") } })).toBeUndefined();
  });

  it("does not run a git committed in the tree even when PATH names the tree first", () => {
    const root = makeTree({ "compose.yaml": CANARY_COMPOSE, "sub/Dockerfile": "FROM alpine:3.20\n" });
    execFileSync("git", ["init", "-q"], { cwd: root });
    const marker = join(root, "ran");
    fakeGit(join(root, "git"), marker);
    fakeGit(join(root, "sub", "git"), marker);
    const saved = process.env.PATH;
    process.env.PATH = [".", root, join(root, "sub"), saved].join(":");
    try {
      const { candidates } = discover(root, { claim: claimByName, isIgnored: () => false });
      expect(candidates.map((c) => c.path)).toEqual(["compose.yaml", "sub/Dockerfile"]);
    } finally {
      process.env.PATH = saved;
    }
    expect(existsSync(marker)).toBe(false);
  });
});
