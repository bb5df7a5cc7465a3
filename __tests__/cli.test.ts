import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { makeTree } from "./helpers/tree.js";

const EXPOSED = 'services:\n  ollama:\n    image: ollama/ollama:0.32.15\n    ports:\n      - "11434:11434"\n';
const TERRAFORM_SG = 'resource "aws_security_group" "ollama" {\n  name = "ollama"\n  ingress {\n    from_port   = 11434\n    to_port     = 11434\n    protocol    = "tcp"\n    cidr_blocks = [var.cidr]\n  }\n}\n';
const LOOPBACK = 'services:\n  ollama:\n    image: ollama/ollama:0.32.15\n    ports:\n      - "127.0.0.1:11434:11434"\n';

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, (t) => (stdout += t), (t) => (stderr += t));
  return { code, stdout, stderr };
}

describe("CLI", () => {
  it("exits 1 when a finding reaches --fail-on, 0 below it or with none", async () => {
    const root = makeTree({ "compose.yaml": EXPOSED });
    expect((await cli(["scan", root])).code).toBe(1);
    expect((await cli(["scan", root, "--fail-on", "none"])).code).toBe(0);
    expect((await cli(["scan", makeTree({ "compose.yaml": LOOPBACK })])).code).toBe(0);
  });

  it("prints the DESIGN.md JSON shape", async () => {
    const { stdout, code } = await cli(["scan", makeTree({ "deploy/compose.yaml": EXPOSED }), "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["tool", "findings", "inventory", "summary"]));
    expect(report.tool.name).toBe("ai-infra-audit");
    expect(report.findings[0]).toMatchObject({ ruleId: "AIA101", category: "missing-auth", severity: "critical", file: "deploy/compose.yaml", line: 5, component: { name: "ollama", version: "0.32.15" }, suppressed: false });
    expect(report.findings[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(report.summary).toEqual({ files: 1, bySeverity: { critical: 1, high: 0, medium: 0, low: 0, info: 0 } });
    expect(report.inventory.workloads[0]).toMatchObject({ name: "ollama", product: "ollama", reach: "network" });
  });

  it("lists GPU workloads in the inventory", async () => {
    const compose = "services:\n  llm:\n    image: vllm/vllm-openai:v0.11.1\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: 1\n              capabilities: [gpu]\n  web:\n    image: nginx:1.27.3\n";
    const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: train\nspec:\n  containers:\n    - name: train\n      image: pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime\n      resources:\n        limits:\n          nvidia.com/gpu: 1\n";
    const report = JSON.parse((await cli(["scan", makeTree({ "compose.yaml": compose, "pod.yaml": pod }), "--format", "json", "--fail-on", "none"])).stdout);
    const gpu = Object.fromEntries(report.inventory.workloads.map((w: { name: string; gpu?: boolean }) => [w.name, w.gpu ?? false]));
    expect(gpu).toEqual({ llm: true, web: false, "pod/train/train": true });
  });

  it("writes --output instead of stdout", async () => {
    const root = makeTree({ "compose.yaml": EXPOSED });
    const out = join(root, "report.sarif");
    const { stdout } = await cli(["scan", root, "--format", "sarif", "--output", out]);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe("2.1.0");
  });

  it.each([
    [["scan", "--format", "xml", "."], /--format must be one of/],
    [["scan", "--fail-on", "urgent", "."], /--fail-on must be one of/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["scan", "/nonexistent/dir"], /cannot scan \/nonexistent\/dir: not a directory/],
    [["scan", "--bogus"], /Unknown option '--bogus'/],
  ])("exits 2 with a one-line reason for %j", async (args, reason) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 naming the key of an invalid config", async () => {
    const root = makeTree({ "compose.yaml": EXPOSED, ".ai-infra-audit.yml": "rules:\n  AIA101: sometimes\n" });
    const { code, stderr } = await cli(["scan", root]);
    expect(code).toBe(2);
    expect(stderr).toBe("ai-infra-audit: .ai-infra-audit.yml:2: rules.AIA101: must be off, on, a severity (critical, high, medium, low, info) or a mapping\n");
  });

  it("writes a config error about a hostile key on one line that starts no workflow command", async () => {
    const root = makeTree({ "compose.yaml": EXPOSED, ".ai-infra-audit.yml": '"\\n::error::pwned ##[add-mask]x\\e[2J": 1\n' });
    const { code, stderr } = await cli(["scan", root]);
    expect(code).toBe(2);
    expect(stderr).toBe("ai-infra-audit: .ai-infra-audit.yml:1: \\n::error::pwned ##\\[add-mask]x: unknown key (expected one of rules, exclude, ignore, fail-on, max-file-size, unknown-severity, helm)\n");
  });

  it("prints the terminal report of a hostile tree with no line a runner would read as a command", async () => {
    const root = makeTree({ "svc\n::error::pwned/compose.yaml": EXPOSED, "::warning::x/compose.yaml": EXPOSED });
    const { stdout } = await cli(["scan", root, "--no-color"]);
    expect(stdout).toContain("svc\\n::error::pwned/compose.yaml\n");
    expect(stdout).toContain("\\::warning::x/compose.yaml\n");
    for (const line of stdout.split("\n")) expect(line.trimStart().startsWith("::")).toBe(false);
  });

  it("refuses a config file in the scanned directory that links outside it", async () => {
    const outside = makeTree({ "c.yml": "fail-on: none\n" });
    const root = makeTree({ "compose.yaml": EXPOSED });
    symlinkSync(join(outside, "c.yml"), join(root, ".ai-infra-audit.yml"));
    const { code, stderr } = await cli(["scan", root]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ai-infra-audit: \.ai-infra-audit\.yml: is a symbolic link to a file outside the scanned directory; not read/);
    expect((await cli(["scan", root, "--config", join(outside, "c.yml")])).code).toBe(0);
  });

  it("reads fail-on from the config file, and --fail-on wins over it", async () => {
    const root = makeTree({ "compose.yaml": EXPOSED.replace("ollama/ollama:0.32.15", "ollama/ollama:latest"), ".ai-infra-audit.yml": "fail-on: none\n" });
    expect((await cli(["scan", root])).code).toBe(0);
    expect((await cli(["scan", root, "--fail-on", "low"])).code).toBe(1);
  });

  it("lists the rules", async () => {
    const { stdout } = await cli(["rules"]);
    expect(stdout).toMatch(/^AIA001 +parse-error/m);
    expect(stdout).toMatch(/^AIA101 +ai-service-without-auth +critical/m);
  });
});

/** How old the embedded advisory data is today, as the CLI (which reads the clock) reports it. */
const ageDays = () => Math.floor((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse("2026-12-06")) / 86_400_000);

describe("the bundled entry points", () => {
  const dist = (file: string) => join(__dirname, "..", "dist", file);

  it("dist/cli.js scans the example stack with no install and no network", async () => {
    const run = spawnSync(process.execPath, [dist("cli.js"), "scan", join(__dirname, "..", "examples", "vulnerable-ai-stack"), "--no-color"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/AIA101/);
    const clean = spawnSync(process.execPath, [dist("cli.js"), "scan", join(__dirname, "..", "examples", "hardened-ai-stack")], { encoding: "utf8" });
    // The hardened stack's config accepts Chroma's advisories, which no release fixes yet.
    expect(clean.stdout).toBe("advisories: embedded data of 2026-12-06 (" + ageDays() + " days old) only (--online also asks OSV)\nNo findings in 3 files, 1 suppressed\n");
    expect(clean.status).toBe(0);
  });

  it("dist/cli.js reads Terraform from the bundle: a security group that opens Ollama's port to the internet", async () => {
    const root = makeTree({ "infra/main.tf": TERRAFORM_SG, "infra/variables.tf": 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n' });
    const run = spawnSync(process.execPath, [dist("cli.js"), "scan", root, "--format", "json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout).findings.map((f: { ruleId: string; file: string; line: number; severity: string }) => `${f.ruleId} ${f.file}:${f.line} ${f.severity}`);
    expect(findings).toEqual(["AIA104 infra/main.tf:7 critical"]);
  });

  it("dist/cli.js loads the Terraform reader (and its HCL parser) only when the tree has Terraform files", async () => {
    // The chunk files that hold the HCL parser: found by a message only the parser writes.
    const chunks = readdirSync(join(__dirname, "..", "dist")).filter((f) => /^\d+\.cli\.js$/.test(f) && readFileSync(dist(f), "utf8").includes("nesting deeper than"));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(dist("cli.js"), "utf8")).not.toContain("nesting deeper than");
    const loaded = (root: string): string[] => {
      const log = join(makeTree({}), "imports.log");
      writeFileSync(log, "");
      const run = spawnSync(process.execPath, ["--import", join(__dirname, "helpers", "record-imports.mjs"), dist("cli.js"), "scan", root, "--fail-on", "none"], { encoding: "utf8", env: { ...process.env, AIA_IMPORT_LOG: log } });
      expect(run.status).toBe(0);
      return readFileSync(log, "utf8").split("\n").filter(Boolean).map((url) => url.slice(url.lastIndexOf("/") + 1));
    };
    const without = loaded(join(__dirname, "..", "examples", "vulnerable-ai-stack"));
    // The recorder works: it saw the entry point and the chunks of the readers this tree needs.
    expect(without).toContain("cli.js");
    expect(without.filter((f) => /^\d+\.cli\.js$/.test(f)).length).toBeGreaterThan(0);
    expect(without).not.toContain(chunks[0]);
    expect(loaded(makeTree({ "main.tf": TERRAFORM_SG }))).toContain(chunks[0]);
  });

  it("dist/cli.js loads no YAML parser for a tree without YAML: only the entry point and the analysis", async () => {
    // The chunk that holds the yaml package, found by a name only it defines.
    const yamlChunks = readdirSync(join(__dirname, "..", "dist")).filter((f) => /^\d+\.cli\.js$/.test(f) && readFileSync(dist(f), "utf8").includes("resolveBlockMap"));
    expect(yamlChunks.length).toBeGreaterThan(0);
    const log = join(makeTree({}), "imports.log");
    writeFileSync(log, "");
    const run = spawnSync(process.execPath, ["--import", join(__dirname, "helpers", "record-imports.mjs"), dist("cli.js"), "scan", makeTree({ "README.md": "nothing here\n" })], { encoding: "utf8", env: { ...process.env, AIA_IMPORT_LOG: log } });
    expect(run.status).toBe(0);
    const loaded = readFileSync(log, "utf8").split("\n").filter(Boolean).map((url) => url.slice(url.lastIndexOf("/") + 1));
    expect(loaded).toContain("cli.js");
    for (const chunk of yamlChunks) expect(loaded).not.toContain(chunk);
  });

  it("dist/cli.js reports vulnerable images, install lines and pins offline, each with the fixing upgrade", async () => {
    const run = spawnSync(process.execPath, [dist("cli.js"), "scan", join(__dirname, "fixtures", "components", "done-when"), "--format", "json"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number; severity: string; fix: string; component: { name: string; version: string; upgrade?: string; advisories: { id: string }[] } }[]; advisories: { osv: string } };
    const vulnerable = report.findings.filter((f) => f.ruleId === "AIA501").map((f) => ({ at: `${f.file}:${f.line}`, severity: f.severity, name: f.component.name, version: f.component.version, upgrade: f.component.upgrade, fix: f.fix }));
    expect(vulnerable).toEqual([
      { at: "docker-compose.yml:3", severity: "critical", name: "redis", version: "7.2.4", upgrade: "7.2.16", fix: "Upgrade to redis:7.2.16 (the smallest upgrade on the same release line)." },
      { at: "docker-compose.yml:5", severity: "critical", name: "ollama/ollama", version: "0.1.33", upgrade: "0.17.1", fix: "Upgrade to ollama/ollama:0.17.1 (the smallest version that fixes them all; no release of this line does)." },
      { at: "gpu-host/Dockerfile:4", severity: "critical", name: "nvidia-container-toolkit", version: "1.16.1", upgrade: "1.19.1", fix: "Upgrade to nvidia-container-toolkit 1.19.1 or later (the smallest version that fixes them all; no release of this line does)." },
      { at: "requirements.txt:1", severity: "critical", name: "torch", version: "2.5.1", upgrade: "2.10.0", fix: "Upgrade to torch==2.10.0 (the smallest version that fixes them all; no release of this line does)." },
    ]);
    const ids = (name: string) => report.findings.find((f) => f.component?.name === name)?.component.advisories.map((a) => a.id);
    expect(ids("redis")).toContain("CVE-2025-49844");
    expect(ids("nvidia-container-toolkit")).toEqual(expect.arrayContaining(["CVE-2024-0132", "CVE-2025-23266"]));
    expect(ids("torch")).toContain("CVE-2025-32434");
    expect(ids("ollama/ollama")).toContain("CVE-2024-37032");
    expect(report.advisories.osv).toBe("off");
  });

  it("dist/index.js annotates a hostile value without starting a command or breaking a line", async () => {
    const root = makeTree({ "compose.yaml": 'services:\n  "x\\n::error::pwned%0A::warning::y":\n    image: busybox:1.36\n    privileged: true\n' });
    const run = spawnSync(process.execPath, [dist("index.js")], { encoding: "utf8", env: { PATH: process.env.PATH, GITHUB_WORKSPACE: root, INPUT_OFFLINE: "true", "INPUT_FAIL-ON": "none" } });
    expect(run.status).toBe(0);
    const annotationLines = run.stdout.split("\n").filter((line) => line.startsWith("::error") || line.startsWith("::warning") || line.startsWith("::notice"));
    expect(annotationLines.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/^::error::pwned/m);
    expect(run.stdout).not.toMatch(/^::warning::y/m);
  });

  it("dist/index.js (the Action) sets outputs, writes SARIF and the job summary, and fails at fail-on", async () => {
    // The runner creates these files before the step starts.
    const root = makeTree({ "compose.yaml": EXPOSED, "out/outputs.txt": "", "out/outputs2.txt": "", "out/summary.md": "" });
    const outputs = join(root, "out", "outputs.txt");
    const summary = join(root, "out", "summary.md");
    const env = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: root,
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      "INPUT_PATH": ".",
      "INPUT_FAIL-ON": "critical",
      "INPUT_SARIF-FILE": "out/results.sarif",
      "INPUT_JOB-SUMMARY": "true",
      // The bundle would ask OSV online by default; tests send nothing off this machine.
      INPUT_OFFLINE: "true",
    };
    const run = spawnSync(process.execPath, [dist("index.js")], { encoding: "utf8", env });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::ai-infra-audit: findings at or above "critical"/);
    // The finding itself, annotated where it is, its message encoded as the toolkit encodes workflow commands.
    expect(run.stdout).toMatch(/^::error title=AIA101 Ollama reachable from the network without authentication,file=compose\.yaml,line=5,endLine=5,col=9::critical: Ollama .*%0AFix: Publish the port on loopback only/m);
    const written = readFileSync(outputs, "utf8");
    expect(written).toMatch(/critical<<ghadelimiter_[^\n]+\n1\n/);
    expect(written).toMatch(/conclusion<<ghadelimiter_[^\n]+\nfailure\n/);
    expect(JSON.parse(readFileSync(join(root, "out", "results.sarif"), "utf8")).runs[0].results.length).toBeGreaterThan(0);
    expect(readFileSync(summary, "utf8")).toMatch(/AIA101/);

    const pass = spawnSync(process.execPath, [dist("index.js")], { encoding: "utf8", env: { ...env, "INPUT_FAIL-ON": "none", GITHUB_OUTPUT: join(root, "out", "outputs2.txt") } });
    expect(pass.status).toBe(0);
    expect(readFileSync(join(root, "out", "outputs2.txt"), "utf8")).toMatch(/conclusion<<ghadelimiter_[^\n]+\nsuccess\n/);
  });

  it("dist/index.js rejects a bad fail-on input with a clear failure", async () => {
    const root = makeTree({ "compose.yaml": EXPOSED });
    const run = spawnSync(process.execPath, [dist("index.js")], { encoding: "utf8", env: { PATH: process.env.PATH, GITHUB_WORKSPACE: root, "INPUT_FAIL-ON": "urgent" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::ai-infra-audit: input fail-on must be one of/);
  });
});

it("exits 2 when asked to scan a file instead of a directory", async () => {
  const root = makeTree({ "compose.yaml": EXPOSED });
  const { code, stderr } = await cli(["scan", join(root, "compose.yaml")]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/not a directory/);
});
