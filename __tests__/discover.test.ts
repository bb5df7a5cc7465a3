import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { claimByName, formatOf } from "../src/readers/registry.js";
import { discover } from "../src/discover/index.js";
import { findingsOf, makeTree, scanTree } from "./helpers/tree.js";

const COMPOSE = 'services:\n  ollama:\n    image: ollama/ollama:0.12.3\n    ports:\n      - "11434:11434"\n';

describe("file names", () => {
  it.each([
    ["Dockerfile", "dockerfile"],
    ["Dockerfile.gpu", "dockerfile"],
    ["Dockerfile_llamacpp", "dockerfile"],
    ["docker/dev.Dockerfile", "dockerfile"],
    [".devcontainer/Dockerfile", "dockerfile"],
    ["Containerfile", "dockerfile"],
    ["compose.yaml", "compose"],
    ["compose.override.yaml", "compose"],
    ["docker-compose.prod.yml", "compose"],
    ["docker-compose-vllm.yaml", "compose"],
    ["k8s/deploy.yaml", "yaml"],
    ["Dockerfile.md", undefined],
    [".dockerignore", undefined],
    ["README.md", undefined],
  ])("%s is %s", (path, format) => {
    const claim = claimByName(path);
    expect(claim === undefined ? undefined : "format" in claim ? claim.format : "yaml").toBe(format);
  });

  it("sniffs Kubernetes and compose content, and leaves other YAML alone", async () => {
    const yaml = claimByName("deploy.yaml");
    if (!yaml) throw new Error("a .yaml file is claimed for sniffing");
    expect(formatOf(yaml, "apiVersion: v1\nkind: Service\n")).toBe("kubernetes");
    expect(formatOf(yaml, "services:\n  a:\n    image: x\n")).toBe("compose");
    expect(formatOf(yaml, "on: push\njobs:\n  services:\n")).toBeUndefined();
    expect(formatOf(yaml, "name: ci\non: push\nservices:\n")).toBeUndefined();
  });

  it("sniffs manifests with quoted keys, in flow style, JSON, indented or as a list, and not other JSON", () => {
    const json = claimByName("k8s/pod.json");
    if (!json || "format" in json) throw new Error("a .json file is claimed for sniffing");
    const sniff = (text: string) => formatOf(json, text);
    expect(sniff('"apiVersion": v1\n\'kind\': Pod\n')).toBe("kubernetes");
    expect(sniff("# c\n---\n{apiVersion: v1, kind: Pod}\n")).toBe("kubernetes");
    expect(sniff('{\n  "kind": "Pod",\n  "apiVersion": "v1"\n}')).toBe("kubernetes");
    expect(sniff("- apiVersion: v1\n  kind: Pod\n")).toBe("kubernetes");
    expect(sniff("  apiVersion: v1\n  kind: Pod\n")).toBe("kubernetes");
    expect(sniff('{"name": "x", "version": "1.0.0"}')).toBeUndefined();
    expect(sniff("values:\n  apiVersion: v1\n  kind: Pod\n")).toBeUndefined();
  });
});

describe("discovery", () => {
  it("finds files in hidden folders and skips node_modules and vendored trees", async () => {
    const root = makeTree({
      ".devcontainer/Dockerfile": "FROM node:20\n",
      "deploy/.hidden/compose.override.yaml": COMPOSE,
      "node_modules/pkg/Dockerfile": "FROM node:20\n",
      "vendor/x/docker-compose.yml": COMPOSE,
    });
    const { candidates } = discover(root, { claim: claimByName, isIgnored: () => false });
    expect(candidates.map((c) => c.path)).toEqual([".devcontainer/Dockerfile", "deploy/.hidden/compose.override.yaml"]);
  });

  it("honours .gitignore inside a git work tree and still sees untracked files", async () => {
    const root = makeTree({ ".gitignore": "ignored/\n", "ignored/compose.yaml": COMPOSE, "new/compose.yaml": COMPOSE, "tracked/Dockerfile": "FROM node:20\n" });
    const git = (...args: string[]) => spawnSync("git", args, { cwd: root, encoding: "utf8" });
    git("init", "-q");
    git("add", "tracked/Dockerfile", ".gitignore");
    const { candidates } = discover(root, { claim: claimByName, isIgnored: () => false });
    expect(candidates.map((c) => c.path)).toEqual(["new/compose.yaml", "tracked/Dockerfile"]);
  });
});

describe("bad input", () => {
  it("reports broken YAML, a binary, a symlink loop, a link out of the tree and an oversized file, and scans the rest", async () => {
    const root = makeTree({
      "good/docker-compose.yml": COMPOSE,
      "broken/docker-compose.yml": "services:\n  web:\n    image: [unclosed\n    ports: - 80\n",
      "bin/Dockerfile": Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x00, 0x01, 0x02, 0xff]),
      "big/compose.yaml": "services:\n" + "# padding\n".repeat(700_000),
    });
    mkdirSync(join(root, "loop"), { recursive: true });
    symlinkSync("..", join(root, "loop", "up"), "dir");
    symlinkSync("/etc/hostname", join(root, "outside.yaml"));
    const result = await scanTree(root);

    expect(findingsOf(result, "AIA101")).toEqual([{ file: "good/docker-compose.yml", line: 5, category: "missing-auth", severity: "critical" }]);
    const parseErrors = result.findings.filter((f) => f.category === "parse-error");
    // A syntax error deploys nothing (info); a compose file over the size cap deploys unchecked (AIA002, high).
    expect(parseErrors.map((f) => [f.ruleId, f.file, f.severity])).toEqual([
      ["AIA002", "big/compose.yaml", "high"],
      ["AIA001", "broken/docker-compose.yml", "info"],
    ]);
    expect(parseErrors[1].line).toBeGreaterThanOrEqual(3);
    const notices = result.notices.map((n) => `${n.file}: ${n.message}`);
    expect(notices).toContainEqual(expect.stringMatching(/^bin\/Dockerfile: binary file/));
    expect(parseErrors[0].message).toMatch(/^file is 6\.7 MiB, over the 5\.0 MiB limit/);
    expect(notices).toContainEqual(expect.stringMatching(/^outside\.yaml: symbolic link points outside/));
    expect(notices.some((n) => /loop/.test(n) && /already visited|looping/.test(n))).toBe(true);
  });

  it("caps alias expansion instead of running out of memory", async () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill("*" + String.fromCharCode(96 + i)).join(", ")}]`);
    const root = makeTree({ "docker-compose.yml": lines.join("\n") + "\nservices:\n  x:\n    image: redis:7.4.6\n" });
    const result = await scanTree(root);
    expect(result.findings.some((f) => f.ruleId === "AIA002" && /expands to more than/.test(f.message))).toBe(true);
  });

  it("reads files with pathological runs of spaces and long words", async () => {
    const root = makeTree({
      Dockerfile: "# escape=" + " ".repeat(150_000) + "x\nFROM alpine:3.20\nRUN echo x >> /etc/sudoers " + "a".repeat(160_000) + "\nUSER 1000\n",
      "compose.yaml": 'services:\n  a:\n    image: redis:7.4.6\n    env_file: .env\n',
      ".env": "A=" + " ".repeat(150_000) + "x\n",
    });
    expect((await scanTree(root)).summary.files).toBe(2);
  });

  it("survives hostile nesting and a Dockerfile with a megabyte-long line", async () => {
    const root = makeTree({
      "docker-compose.yml": "services:\n  a:\n    image: " + "[".repeat(20000) + "]".repeat(20000) + "\n",
      "k8s/deep.yaml": "apiVersion: v1\nkind: List\nitems:\n" + Array.from({ length: 300 }, (_, i) => "  ".repeat(i + 1) + "- \n").join(""),
      Dockerfile: "FROM alpine:3.20\nRUN " + "a".repeat(1_000_000) + "\nUSER 1000\n",
    });
    const result = await scanTree(root);
    expect(result.findings.filter((f) => f.category === "parse-error").map((f) => f.file).sort()).toEqual(["docker-compose.yml", "k8s/deep.yaml"]);
    expect(result.summary.files).toBe(3);
  });

  it("skips Helm templates with a notice on their chart instead of a parse error", async () => {
    const root = makeTree({ "chart/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n" });
    writeFileSync(join(root, "chart", "Chart.yaml"), "name: x\n");
    const result = await scanTree(root);
    expect(result.findings).toEqual([]);
    // Without helm (scanTree searches an empty PATH) the chart is named in one notice; its templates are not checked one by one.
    expect(result.notices.map((n) => n.file)).toEqual(["chart/Chart.yaml"]);
  });
});

describe("hostile repositories", () => {
  it("never runs a program the scanned repository's git config names", async () => {
    const root = makeTree({ "compose.yaml": COMPOSE });
    const marker = join(root, "pwned");
    spawnSync("git", ["init", "-q"], { cwd: root });
    spawnSync("git", ["config", "core.fsmonitor", `touch ${marker}; false`], { cwd: root });
    const result = await scanTree(root);
    expect(existsSync(marker)).toBe(false);
    expect(result.summary.files).toBe(1);
  });
});
