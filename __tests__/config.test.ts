// Reading `.ai-infra-audit.yml`: errors name the file, the line and the key; the default file comes
// from the scanned tree and is read only when it is a small regular file inside it.
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, MAX_TREE_CONFIG_BYTES } from "../src/config/index.js";
import { parseConfig } from "../src/config/parse.js";
import { makeTree, scanTree } from "./helpers/tree.js";

const STACK = 'services:\n  ollama:\n    image: ollama/ollama:0.12.3\n    ports:\n      - "11434:11434"\n';

async function loadError(root: string, path?: string, label?: string): Promise<string> {
  try {
    await loadConfig(root, path, label);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("config errors name the file and the line", () => {
  it.each([
    ["fail-on: high\nrules:\n  AIA101: sometimes\n", '.ai-infra-audit.yml:3: rules.AIA101: must be off, on, a severity (critical, high, medium, low, info) or a mapping'],
    ["rules:\n  AIA101:\n    severity: high\n    severty: low\n", ".ai-infra-audit.yml:4: rules.AIA101.severty: unknown key (expected severity or enabled)"],
    ["exclude: [a]\nignore:\n  - paths: [x]\n    reason: ok\n  - paths: [y]\n", ".ai-infra-audit.yml:5: ignore[1].reason: is required: say why this is accepted"],
    ["ignore:\n  - reason: r\n    until: next year\n", ".ai-infra-audit.yml:3: ignore[0].until: must be a date YYYY-MM-DD"],
    ["\n\nfail-on: severe\n", ".ai-infra-audit.yml:3: fail-on: must be one of critical, high, medium, low, info, none"],
    ["rulez: {}\n", ".ai-infra-audit.yml:1: rulez: unknown key (expected one of rules, exclude, ignore, fail-on, max-file-size, unknown-severity, helm)"],
    ["fail-on: high\nfail-on: low\n", ".ai-infra-audit.yml:2: fail-on: duplicate key"],
    ["rules: [\n  a\n", ".ai-infra-audit.yml:3: not valid YAML:"],
    ["- a\n", ".ai-infra-audit.yml: must be a mapping"],
    ["ignore:\n  - advisories: [CVE-2025-49844, 'see below']\n    reason: r\n", '.ai-infra-audit.yml:2: ignore[0].advisories[1]: "see below" is not an advisory id'],
    ["ignore:\n  - advisory: CVE-2025-49844\n    rules: [AIA501]\n    reason: r\n", ".ai-infra-audit.yml:2: ignore[0]: names both rules and advisories"],
    ["unknown-severity: severe\n", ".ai-infra-audit.yml:1: unknown-severity: must be one of critical, high, medium, low, info"],
  ])("%j", async (text, message) => {
    expect(await loadError(makeTree({ ".ai-infra-audit.yml": text }))).toContain(message);
  });

  it("places a key reached through an alias at its parent", async () => {
    expect(() => parseConfig("exclude: &c\n  severty: low\nrules:\n  AIA101: *c\n", "c.yml")).toThrow("c.yml:4: rules.AIA101.severty: unknown key");
  });

  it("names an unknown rule where the file names it", async () => {
    const text = "# our exceptions\nfail-on: high\n\nexclude:\n  - test/**\nrules:\n  AIA999: off\n";
    const root = makeTree({ "compose.yaml": STACK, ".ai-infra-audit.yml": text });
    await expect(scanTree(root, await loadConfig(root))).rejects.toThrow('.ai-infra-audit.yml:7: rules.AIA999: unknown rule "AIA999" (see `ai-infra-audit rules`)');
    const ignore = makeTree({ "compose.yaml": STACK, ".ai-infra-audit.yaml": "ignore:\n  - rules: [AIA101, nope]\n    reason: x\n" });
    await expect(scanTree(ignore, await loadConfig(ignore))).rejects.toThrow('.ai-infra-audit.yaml:2: ignore[0].rules[1]: unknown rule "nope"');
  });

  it("names a file given by the user as the user wrote it", async () => {
    const dir = makeTree({ "ci/audit.yml": "\nfail-on: urgent\n" });
    expect(await loadError(dir, join(dir, "ci", "audit.yml"), "ci/audit.yml")).toBe("ci/audit.yml:2: fail-on: must be one of critical, high, medium, low, info, none");
    expect(await loadError(dir, join(dir, "nothing.yml"), "nothing.yml")).toBe("config file not found: nothing.yml");
  });

  it("places an expired ignore entry's notice on its line", async () => {
    const root = makeTree({ "compose.yaml": STACK, ".ai-infra-audit.yml": "ignore:\n  - paths: [x]\n    reason: ok\n  - rules: [AIA101]\n    reason: old\n    until: 2026-01-01\n" });
    const result = await scanTree(root, await loadConfig(root));
    expect(result.notices).toContainEqual({ file: ".ai-infra-audit.yml", line: 4, kind: "warning", message: 'ignore entry "old" expired on 2026-01-01; its findings are reported again' });
  });
});

describe("the config file in the scanned tree", () => {
  it("is read when it is a regular file, or a link to one inside the tree", async () => {
    expect((await loadConfig(makeTree({ ".ai-infra-audit.yml": "fail-on: low\n" }))).failOn).toBe("low");
    const linked = makeTree({ "ci/audit.yml": "fail-on: medium\n" });
    symlinkSync(join("ci", "audit.yml"), join(linked, ".ai-infra-audit.yml"));
    expect(await loadConfig(linked)).toMatchObject({ failOn: "medium", source: ".ai-infra-audit.yml" });
    expect((await loadConfig(makeTree({ "compose.yaml": STACK }))).failOn).toBeUndefined();
  });

  it("is refused when it links out of the tree", async () => {
    const outside = makeTree({ "secret.yml": "fail-on: none\n" });
    const root = makeTree({ "compose.yaml": STACK });
    symlinkSync(join(outside, "secret.yml"), join(root, ".ai-infra-audit.yml"));
    expect(await loadError(root)).toBe(
      ".ai-infra-audit.yml: is a symbolic link to a file outside the scanned directory; not read (name a config file with --config or the Action's config input instead)",
    );
    const device = makeTree({});
    symlinkSync("/dev/zero", join(device, ".ai-infra-audit.yml"));
    expect(await loadError(device)).toMatch(/^\.ai-infra-audit\.yml: is a symbolic link to a file outside the scanned directory/);
    const dangling = makeTree({});
    symlinkSync("missing.yml", join(dangling, ".ai-infra-audit.yml"));
    expect(await loadError(dangling)).toMatch(/^\.ai-infra-audit\.yml: is a symbolic link to a file that does not exist; not read/);
    const loop = makeTree({});
    symlinkSync(".ai-infra-audit.yml", join(loop, ".ai-infra-audit.yml"));
    expect(await loadError(loop)).toMatch(/^\.ai-infra-audit\.yml: cannot be resolved \(ELOOP\); not read/);
  });

  it("is refused when it is not a regular file, without opening it", async () => {
    const dir = makeTree({});
    mkdirSync(join(dir, ".ai-infra-audit.yml"));
    expect(await loadError(dir)).toMatch(/^\.ai-infra-audit\.yml: is a directory, not a regular file; not read/);
    const pipe = makeTree({});
    // A named pipe nobody writes to would block a plain read forever.
    if (spawnSync("mkfifo", [join(pipe, ".ai-infra-audit.yml")]).status === 0) {
      expect(await loadError(pipe)).toMatch(/^\.ai-infra-audit\.yml: is a named pipe, not a regular file; not read/);
    }
    // A device node (the null device's numbers) needs privileges to create; skipped without them.
    const device = makeTree({});
    if (spawnSync("mknod", [join(device, ".ai-infra-audit.yml"), "c", "1", "3"]).status === 0) {
      expect(await loadError(device)).toMatch(/^\.ai-infra-audit\.yml: is a device, not a regular file; not read/);
    }
  });

  it("is refused when it is larger than a config file needs to be", async () => {
    const big = makeTree({ ".ai-infra-audit.yml": `fail-on: low\n${"#".repeat(MAX_TREE_CONFIG_BYTES)}\n` });
    expect(await loadError(big)).toMatch(/^\.ai-infra-audit\.yml: is larger than 256 KiB; not read/);
  });

  it("given by the user, is read wherever it is", async () => {
    const outside = makeTree({ "audit.yml": "fail-on: info\n" });
    const root = makeTree({ "compose.yaml": STACK });
    symlinkSync(join(outside, "audit.yml"), join(root, "link.yml"));
    expect((await loadConfig(root, join(outside, "audit.yml"))).failOn).toBe("info");
    expect((await loadConfig(root, join(root, "link.yml"))).failOn).toBe("info");
  });

  it("keeps a rule named __proto__ a rule like any other, and unknown", async () => {
    const config = parseConfig("rules:\n  __proto__: off\n", "c.yml");
    expect(Object.keys(config.rules)).toEqual(["__proto__"]);
    await expect(scanTree(makeTree({ "compose.yaml": STACK }), config)).rejects.toThrow('c.yml:2: rules.__proto__: unknown rule "__proto__"');
  });
});

describe("config files from the tree are parsed in linear time", () => {
  it("names a duplicate key with its line", () => {
    expect(() => parseConfig("fail-on: high\nrules:\n  AIA301: off\n  AIA301: low\n", "c.yml")).toThrow("c.yml:4: rules.AIA301: duplicate key");
  });

  it("checks 50,000 keys for duplicates without comparing every pair", () => {
    const text = "rules:\n" + Array.from({ length: 50_000 }, (_, i) => `  k${i}: off`).join("\n") + "\n";
    expect(Object.keys(parseConfig(text, "c.yml").rules)).toHaveLength(50_000);
  });

  it("reads accepted advisories, upper case, with paths and a date", () => {
    const config = parseConfig("ignore:\n  - advisories: [cve-2025-30165, GHSA-9pcc-gvx5-r5wm]\n    paths: deploy/**\n    reason: V0 engine unused\n    until: 2027-03-31\n", "c.yml");
    expect(config.ignore).toEqual([{ paths: ["deploy/**"], rules: [], advisories: ["CVE-2025-30165", "GHSA-9PCC-GVX5-R5WM"], reason: "V0 engine unused", until: "2027-03-31", line: 2 }]);
  });
});
