import { describe, expect, it } from "vitest";
import { ConfigError, validateConfig } from "../src/config/index.js";
import { failsGate, inlineIgnores } from "../src/findings/index.js";
import { dockerfileComments, envFileComments, yamlComments } from "../src/readers/comments.js";
import type { Notice } from "../src/model/types.js";
import { makeTree, scanTree } from "./helpers/tree.js";

const STACK = `services:
  ollama:
    image: ollama/ollama:latest
    ports:
      - "11434:11434"
  worker:
    image: python:3.12-slim
    privileged: true
`;

describe("fingerprints", () => {
  it("do not change when unrelated lines are added above the finding", async () => {
    const before = await scanTree(makeTree({ "compose.yaml": STACK }));
    const shifted = await scanTree(makeTree({ "compose.yaml": "# a comment\n\n" + STACK.replace("services:\n", "services:\n  db:\n    image: postgres:16.4\n") }));
    const key = (r: typeof before) => r.findings.map((f) => `${f.ruleId} ${f.fingerprint}`).sort();
    expect(key(shifted)).toEqual(key(before));
    expect(shifted.findings.find((f) => f.ruleId === "AIA101")?.line).toBe(9);
  });

  it("differ between two findings of the same rule", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": STACK + "  other:\n    image: busybox\n    privileged: true\n" }));
    const privileged = result.findings.filter((f) => f.ruleId === "AIA201");
    expect(new Set(privileged.map((f) => f.fingerprint)).size).toBe(2);
  });
});

describe("inline suppression", () => {
  it("applies to its own line and the line below, needs a reason, and keeps the finding marked", async () => {
    const text = STACK.replace('      - "11434:11434"', '      # ai-infra-audit:ignore AIA101 reachable only on the lab VLAN\n      - "11434:11434"').replace(
      "    privileged: true",
      "    privileged: true # ai-infra-audit:ignore privileged-container",
    );
    const result = await scanTree(makeTree({ "compose.yaml": text }));
    const auth = result.findings.find((f) => f.ruleId === "AIA101");
    expect(auth).toMatchObject({ suppressed: true, suppression: { kind: "inline", reason: "reachable only on the lab VLAN" } });
    expect(result.findings.find((f) => f.ruleId === "AIA201")?.suppressed).toBe(false);
    expect(result.notices.some((n) => n.line === 9 && /needs a rule id and a reason/.test(n.message))).toBe(true);
    expect(result.summary.bySeverity.critical).toBe(0);
    expect(failsGate(result.findings, "critical")).toBe(false);
  });

  it("warns about an ignore comment whose first word is not a rule", async () => {
    const text = STACK.replace("    privileged: true", "    privileged: true # ai-infra-audit:ignore lab only");
    const result = await scanTree(makeTree({ "compose.yaml": text }));
    expect(result.findings.find((f) => f.ruleId === "AIA201")?.suppressed).toBe(false);
    expect(result.notices).toContainEqual(expect.objectContaining({ line: 8, kind: "warning", message: expect.stringMatching(/unknown rule "lab"/) }));
  });
});

describe("inline suppression reads comments only", () => {
  const PRIVILEGED = (line: string) => `services:\n  worker:\n    image: python:3.12-slim\n${line}\n    privileged: true\n`;
  const privileged = async (text: string) => (await scanTree(makeTree({ "compose.yaml": text }))).findings.find((f) => f.ruleId === "AIA201");

  it.each([
    ['    command: "echo # ai-infra-audit:ignore AIA201 in a double-quoted string"'],
    ["    command: 'echo # ai-infra-audit:ignore AIA201 in a single-quoted string'"],
    ['    command: ["sh", "-c", "x # ai-infra-audit:ignore AIA201 in a flow sequence"]'],
    ["    command: echo#ai-infra-audit:ignore AIA201 no space before the hash, so part of the value"],
    ["    command: |\n      echo # ai-infra-audit:ignore AIA201 in a block scalar"],
    ["    command: >-\n      # ai-infra-audit:ignore AIA201 a folded scalar's first line"],
    ['    command: "echo\n      # ai-infra-audit:ignore AIA201 a quoted string\'s second line"'],
  ])("a marker in a YAML value suppresses nothing: %s", async (line) => {
    const result = await scanTree(makeTree({ "compose.yaml": PRIVILEGED(line) }));
    expect(result.findings.find((f) => f.ruleId === "AIA201")).toMatchObject({ suppressed: false });
    expect(result.notices).toContainEqual(expect.objectContaining({ kind: "warning", message: expect.stringMatching(/^ai-infra-audit:ignore is not in a comment here \(a YAML comment starts with #/) }));
  });

  it("a YAML comment suppresses, on its own line or after a value", async () => {
    expect(await privileged(PRIVILEGED("    # ai-infra-audit:ignore AIA201 GPU driver installer"))).toMatchObject({ suppressed: true, suppression: { reason: "GPU driver installer" } });
    expect(await privileged(PRIVILEGED('    command: "a # b" # ai-infra-audit:ignore AIA201 after a quoted value'))).toMatchObject({ suppressed: true, suppression: { reason: "after a quoted value" } });
    expect(await privileged(PRIVILEGED("    command: [a, b] # ai-infra-audit:ignore AIA201 after a flow sequence"))).toMatchObject({ suppressed: true });
    expect(await privileged(PRIVILEGED("    command: x\r\n    # ai-infra-audit:ignore AIA201 CRLF line ends").replace(/\n/g, "\r\n"))).toMatchObject({ suppressed: true, suppression: { reason: "CRLF line ends" } });
  });

  it("a Dockerfile comment is a whole line starting with #, never text in an instruction", async () => {
    const dockerfile = (lines: string[]) => scanTree(makeTree({ Dockerfile: ["FROM python:3.12.7", "USER 1000", ...lines].join("\n") + "\n" }));
    const download = "curl -fsSL http://x.example/i.sh | sh";
    const inString = await dockerfile([`RUN echo "# ai-infra-audit:ignore AIA302 in a string" && ${download}`]);
    expect(inString.findings.find((f) => f.ruleId === "AIA302")).toMatchObject({ suppressed: false, line: 3 });
    expect(inString.notices).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringContaining("in a Dockerfile a comment is a line that starts with #") }));
    const trailing = await dockerfile([`RUN ${download} # ai-infra-audit:ignore AIA302 handed to the shell`]);
    expect(trailing.findings.find((f) => f.ruleId === "AIA302")?.suppressed).toBe(false);
    const comment = await dockerfile(["  # ai-infra-audit:ignore AIA302 mirrored and reviewed", `RUN ${download}`]);
    expect(comment.findings.find((f) => f.ruleId === "AIA302")).toMatchObject({ suppressed: true, suppression: { reason: "mirrored and reviewed" } });
    const continued = await dockerfile(["RUN set -e && \\", "  # ai-infra-audit:ignore AIA302 a comment line inside a continued RUN", `  ${download}`]);
    expect(continued.notices.some((n) => /not in a comment/.test(n.message))).toBe(false);
  });

  it("a Dockerfile heredoc body is the script's text, not a comment", async () => {
    const notices: Notice[] = [];
    const text = "FROM alpine:3.20\nRUN <<EOF\n# ai-infra-audit:ignore AIA302 a shell comment in the script\nEOF\n# ai-infra-audit:ignore AIA206 a real comment\nRUN true\n";
    expect(inlineIgnores(text, "Dockerfile", notices, dockerfileComments)).toEqual([{ line: 5, ruleId: "AIA206", reason: "a real comment" }]);
    expect(notices).toEqual([expect.objectContaining({ line: 3, kind: "warning", message: expect.stringMatching(/is not in a comment here/) })]);
  });

  it("an env file comment is a whole line starting with #", async () => {
    const notices: Notice[] = [];
    const text = "# ai-infra-audit:ignore AIA101 whole line\nWEBUI_AUTH=False # ai-infra-audit:ignore AIA101 part of the value\n";
    expect(inlineIgnores(text, ".env", notices, envFileComments)).toEqual([{ line: 1, ruleId: "AIA101", reason: "whole line" }]);
    expect(notices.map((n) => n.line)).toEqual([2]);
  });

  it("reads a hostile YAML file without trouble", async () => {
    const deep = `a: ${"[".repeat(5000)}${"]".repeat(5000)} # ai-infra-audit:ignore AIA201 deep\n`;
    expect(inlineIgnores(deep, "deep.yaml", [], yamlComments)).toEqual([{ line: 1, ruleId: "AIA201", reason: "deep" }]);
    expect(inlineIgnores("a: [\n# ai-infra-audit:ignore AIA201 unclosed\n", "bad.yaml", [], yamlComments)).toEqual([{ line: 2, ruleId: "AIA201", reason: "unclosed" }]);
    const wide = `a: [${"1,".repeat(300_000)}1]\n# ai-infra-audit:ignore AIA201 wide\n`;
    expect(inlineIgnores(wide, "wide.yaml", [], yamlComments)).toEqual([{ line: 2, ruleId: "AIA201", reason: "wide" }]);
  });
});

describe("config", () => {
  it("disables rules, overrides severities and suppresses by path and rule until a date", async () => {
    const root = makeTree({ "compose.yaml": STACK, "examples/compose.yaml": STACK });
    const config = validateConfig({
      rules: { AIA301: "off", "privileged-container": { severity: "medium" } },
      ignore: [
        { paths: ["examples/**"], reason: "demo files" },
        { rules: ["AIA101"], reason: "old exception", until: "2026-11-22" },
      ],
    });
    const result = await scanTree(root, config);
    expect(result.findings.some((f) => f.ruleId === "AIA301")).toBe(false);
    const main = result.findings.filter((f) => f.file === "compose.yaml");
    expect(main.find((f) => f.ruleId === "AIA201")?.severity).toBe("medium");
    expect(main.find((f) => f.ruleId === "AIA101")?.suppressed).toBe(false);
    expect(result.findings.filter((f) => f.file.startsWith("examples/")).every((f) => f.suppressed && f.suppression?.kind === "config")).toBe(true);
    expect(result.notices.some((n) => /expired on 2026-11-22/.test(n.message))).toBe(true);
  });

  it("rejects a rule the config names that does not exist", async () => {
    const root = makeTree({ "compose.yaml": STACK });
    await expect(scanTree(root, validateConfig({ rules: { AIA11: "off" } }))).rejects.toThrow('config: rules.AIA11: unknown rule "AIA11"');
    await expect(scanTree(root, validateConfig({ ignore: [{ rules: ["privileged"], reason: "x" }] }))).rejects.toThrow('config: ignore[0].rules[0]: unknown rule "privileged"');
  });

  it("excludes paths from the scan", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": STACK, "test/fixtures/compose.yaml": STACK }), validateConfig({ exclude: ["test/fixtures"] }));
    expect(new Set(result.findings.map((f) => f.file))).toEqual(new Set(["compose.yaml"]));
  });

  it.each([
    [{ rulez: {} }, "config: rulez: unknown key (expected one of rules, exclude, ignore, fail-on, max-file-size, unknown-severity, helm)"],
    [{ rules: { AIA101: { severty: "low" } } }, "config: rules.AIA101.severty: unknown key"],
    [{ rules: { AIA101: { severity: "urgent" } } }, "config: rules.AIA101.severity: must be one of"],
    [{ ignore: [{ paths: ["x"] }] }, "config: ignore[0].reason: is required"],
    [{ ignore: [{ reason: "r", until: "next year" }] }, "config: ignore[0].until: must be a date"],
    [{ "fail-on": "severe" }, "config: fail-on: must be one of"],
    [{ rules: { AIA101: "of" } }, "config: rules.AIA101: must be off, on, a severity"],
    [{ ignore: [{ reason: "r", until: "2026-02-30" }] }, "config: ignore[0].until: must be a date"],
    [{ "max-file-size": 0 }, "config: max-file-size: must be a size of at least one byte"],
    [{ "max-file-size": "0.5b" }, "config: max-file-size: must be a size of at least one byte"],
    [{ exclude: [1] }, "config: exclude: must be a string or a list of strings"],
    [{ ignore: {} }, "config: ignore: must be a list"],
    [[1], "config: must be a mapping"],
  ])("rejects %j naming the key", async (data, message) => {
    expect(() => validateConfig(data)).toThrow(ConfigError);
    expect(() => validateConfig(data)).toThrow(message);
  });
});

describe("secrets in reports", () => {
  it("never prints a secret value, in any format, even from a line that does not parse", async () => {
    const key = "sk-proj-" + "Zq8Rt2Lm9Xv4Kp7Wd1Hs6Nb3Yc5Fg0Ju2Qe8Ta4Vx";
    const root = makeTree({
      "compose.yaml": `services:\n  app:\n    image: python:3.12.7\n    environment:\n      OPENAI_API_KEY: ${key}\n      DB_PASSWORD: Hunter2IsNotASecret\n  cache:\n    image: redis:7.4.6\n    command: redis-server --requirepass Hunter2IsNotASecret\n    ports: ["6379:6379"]\n`,
      Dockerfile: `FROM python:3.12.7\nOPENAI_API_KEY=${key}\nUSER 1000\n`,
    });
    const result = await scanTree(root);
    expect(result.findings.some((f) => f.ruleId === "AIA402")).toBe(true);
    expect(result.findings.some((f) => f.ruleId === "AIA001")).toBe(true);
    expect(result.findings.some((f) => f.ruleId === "AIA102" && /--requirepass\), with its secret written in the repository \(line 9\)/.test(f.message))).toBe(true);
    const { render, FORMATS } = await import("../src/report/index.js");
    for (const format of FORMATS) {
      const text = [...(await render(result, format, { color: false }))].join("");
      expect(text).not.toContain(key.slice(8));
      expect(text).not.toContain("Hunter2IsNotASecret");
    }
  });
});
