// The Action's run() with a fake @actions/core: inputs in, outputs, log lines, failure and job
// summary out. dist/index.js (the bundle) is exercised by cli.test.ts.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeTree } from "./helpers/tree.js";

const core = vi.hoisted(() => ({
  inputs: {} as Record<string, string>,
  read: [] as string[],
  outputs: {} as Record<string, string>,
  info: [] as string[],
  failed: [] as string[],
  summary: [] as string[],
  annotations: [] as { level: string; message: string; properties: Record<string, unknown> }[],
}));

vi.mock("@actions/core", () => ({
  // As the toolkit reads INPUT_<NAME>: an input that was not given is "".
  getInput: (name: string) => {
    core.read.push(name);
    return (core.inputs[name] ?? "").trim();
  },
  getBooleanInput: () => {
    throw new Error("getBooleanInput throws on an empty input outside the runner; read booleans through the defaults table");
  },
  setOutput: (name: string, value: unknown) => {
    core.outputs[name] = String(value);
  },
  setFailed: (message: string) => {
    core.failed.push(message);
  },
  info: (message: string) => {
    core.info.push(message);
  },
  error: (message: string, properties: Record<string, unknown>) => core.annotations.push({ level: "error", message, properties }),
  warning: (message: string, properties: Record<string, unknown>) => core.annotations.push({ level: "warning", message, properties }),
  notice: (message: string, properties: Record<string, unknown>) => core.annotations.push({ level: "notice", message, properties }),
  summary: {
    addRaw(text: string) {
      core.summary.push(text);
      return this;
    },
    async write() {
      return this;
    },
  },
}));

const { INPUT_DEFAULTS, run } = await import("../src/main.js");
const runMain = run;
const readOnImport = [...core.read];

const EXPOSED = 'services:\n  ollama:\n    image: ollama/ollama:0.32.15\n    ports:\n      - "11434:11434"\n';
const ACTION_YML = parse(readFileSync(join(__dirname, "..", "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { main: string };
};

/**
 * The Action asks OSV online by default. Tests send nothing off this machine: `fetch` is replaced by a
 * stand-in that records the URLs and answers as OSV does when it knows nothing.
 */
const osvRequests: string[] = [];
const fakeFetch = async (url: string | URL | Request) => {
  osvRequests.push(String(url));
  const ids = String(url).endsWith("/v1/querybatch") ? { results: [] as unknown[] } : {};
  return new Response(JSON.stringify(ids), { status: 200, headers: { "content-type": "application/json" } });
};

let savedEnv: NodeJS.ProcessEnv;
beforeEach(() => {
  vi.stubGlobal("fetch", fakeFetch);
  osvRequests.length = 0;
  savedEnv = { ...process.env };
  core.inputs = {};
  core.read = [];
  core.outputs = {};
  core.info = [];
  core.failed = [];
  core.summary = [];
  core.annotations = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  process.env = savedEnv;
});

/** Runs the action on `files` with `inputs`, as a step whose workspace is the tree. */
async function runAction(files: Record<string, string | Buffer>, inputs: Record<string, string> = {}) {
  const root = makeTree(files);
  process.env.GITHUB_WORKSPACE = root;
  process.env.GITHUB_STEP_SUMMARY = join(root, "summary.md");
  core.inputs = inputs;
  core.info = [];
  core.annotations = [];
  await run();
  return root;
}

/** What the runner would read as a workflow command in a log line (see report.test.ts). */
function carriesCommand(line: string): boolean {
  const visible = line.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
  return /[\n\r\u0085\u2028\u2029]/.test(visible) || visible.trimStart().startsWith("::") || visible.includes("##[");
}

describe("action inputs", () => {
  it("has one default per action.yml input, the same as action.yml's", () => {
    const fromYml = Object.fromEntries(Object.entries(ACTION_YML.inputs).map(([name, spec]) => [name, spec.default ?? ""]));
    expect(INPUT_DEFAULTS).toEqual(fromYml);
    expect(Object.values(ACTION_YML.inputs).every((spec) => spec.required !== true)).toBe(true);
    expect(ACTION_YML.runs.main).toBe("dist/index.js");
  });

  it("runs with no input given at all, each one taking its action.yml default", async () => {
    await runAction({ "compose.yaml": EXPOSED });
    expect(core.failed).toEqual(['ai-infra-audit: findings at or above "high" (1 critical, 0 high, 0 medium, 0 low, 0 info)']);
    expect(core.outputs.conclusion).toBe("failure");
    // job-summary defaults to true.
    expect(core.summary.join("")).toMatch(/AIA101/);
    expect(core.read).toEqual(expect.arrayContaining(Object.keys(INPUT_DEFAULTS)));
    // offline defaults to false: the pinned Ollama image is asked about at OSV's API, and the log says so.
    expect(osvRequests).toEqual(["https://api.osv.dev/v1/querybatch"]);
    expect(core.info[0]).toBe("ai-infra-audit: asking OSV (api.osv.dev) about pinned components, beside the embedded advisories (set offline: true to stay offline)");
  });

  it("stays offline with offline: true, and reads a local OSV export with osv-db", async () => {
    await runAction({ "compose.yaml": EXPOSED }, { offline: "true" });
    expect(osvRequests).toEqual([]);
    expect(core.info[0]).toBe("ai-infra-audit: offline: matching components against the embedded advisories only");
    await runAction({ "compose.yaml": EXPOSED, "osv/README": "empty export\n" }, { "osv-db": "osv" });
    expect(osvRequests).toEqual([]);
    expect(core.info[0]).toBe("ai-infra-audit: matching components against the OSV export osv and the embedded advisories");
  });

  it("writes a CycloneDX AI-BOM with sbom-file", async () => {
    const root = await runAction({ "compose.yaml": EXPOSED }, { "sbom-file": "bom.json", offline: "true" });
    const bom = JSON.parse(readFileSync(join(root, "bom.json"), "utf8")) as { specVersion: string; components: { name: string }[] };
    expect(bom.specVersion).toBe("1.6");
    expect(bom.components.map((c) => c.name)).toContain("ollama/ollama");
    expect(core.outputs["sbom-file"]).toBe("bom.json");
  });

  it.each([
    ["false", 0],
    ["FALSE", 0],
    ["True", 1],
  ])("reads job-summary %s as the runner does", async (value, summaries) => {
    await runAction({ "compose.yaml": EXPOSED }, { "job-summary": value, "fail-on": "none" });
    expect(core.summary).toHaveLength(summaries);
    expect(core.failed).toEqual([]);
  });

  it.each([
    [{ "fail-on": "urgent" }, 'ai-infra-audit: input fail-on must be one of critical, high, medium, low, info, none (got "urgent")'],
    [{ "job-summary": "yes" }, 'ai-infra-audit: input job-summary must be true or false (got "yes")'],
    [{ "max-file-size": "huge" }, "ai-infra-audit: input max-file-size must be a size of at least one byte, such as 5MiB"],
    [{ config: "missing.yml" }, "ai-infra-audit: config file not found: missing.yml"],
    [{ path: "nowhere" }, 'ai-infra-audit: input path must be a directory of the workspace (got "nowhere")'],
    [{ severity: "severe" }, 'ai-infra-audit: input severity must be one of critical, high, medium, low, info (got "severe")'],
    [{ comment: "sometimes" }, 'ai-infra-audit: input comment must be one of auto, always, never, on-failure (got "sometimes")'],
    [{ mode: "review" }, 'ai-infra-audit: input mode must be one of auto, pr, audit (got "review")'],
    [{ "check-name": "x".repeat(101) }, "ai-infra-audit: input check-name must be one line of at most 100 characters"],
  ])("fails with a clear message for %j, before scanning", async (inputs, message) => {
    await runAction({ "compose.yaml": EXPOSED }, inputs);
    expect(core.failed).toEqual([message]);
    expect(core.outputs).toEqual({ conclusion: "failure" });
  });
});

describe("action results", () => {
  it("sets one output per severity, the conclusion, and fails at fail-on", async () => {
    const root = await runAction({ "compose.yaml": EXPOSED, "out/.keep": "" }, { "fail-on": "critical", "sarif-file": "out/results.sarif", "json-file": "out/results.json" });
    expect(core.outputs).toEqual({ critical: "1", high: "0", medium: "0", low: "0", info: "0", findings: "1",
      "new-findings": "1", conclusion: "failure", "sarif-file": "out/results.sarif" });
    for (const name of Object.keys(core.outputs)) expect(Object.keys(ACTION_YML.outputs)).toContain(name);
    expect(core.failed).toEqual(['ai-infra-audit: findings at or above "critical" (1 critical, 0 high, 0 medium, 0 low, 0 info)']);
    expect(core.info.at(-1)).toBe("ai-infra-audit: 1 critical, 0 high, 0 medium, 0 low, 0 info in 1 files");
    expect(JSON.parse(readFileSync(join(root, "out", "results.sarif"), "utf8")).runs[0].results[0].ruleId).toBe("AIA101");
    expect(JSON.parse(readFileSync(join(root, "out", "results.json"), "utf8")).findings[0]).toMatchObject({ ruleId: "AIA101", file: "compose.yaml" });
    expect(core.summary).toHaveLength(1);
    expect(core.summary[0]).toMatch(/^## ai-infra-audit\n/);
    expect(core.summary[0]).toContain("| Critical | [AIA101]");
  });

  it("succeeds below fail-on and writes only the files asked for", async () => {
    const root = await runAction({ "compose.yaml": EXPOSED }, { "fail-on": "none" });
    expect(core.outputs.conclusion).toBe("success");
    expect(core.outputs["sarif-file"]).toBeUndefined();
    expect(core.failed).toEqual([]);
    expect(existsSync(join(root, "results.sarif"))).toBe(false);
  });

  it("writes no job summary where the runner offers none", async () => {
    const root = makeTree({ "compose.yaml": EXPOSED });
    process.env.GITHUB_WORKSPACE = root;
    delete process.env.GITHUB_STEP_SUMMARY;
    core.inputs = { "fail-on": "none" };
    await run();
    expect(core.summary).toEqual([]);
    expect(core.failed).toEqual([]);
  });

  it("takes fail-on from the config file, the input winning over it", async () => {
    const files = { "compose.yaml": EXPOSED, ".ai-infra-audit.yml": "fail-on: none\n" };
    await runAction(files);
    expect(core.outputs.conclusion).toBe("success");
    await runAction(files, { "fail-on": "low" });
    expect(core.outputs.conclusion).toBe("failure");
  });

  it("names the config file and line of a config error", async () => {
    await runAction({ "compose.yaml": EXPOSED, ".ai-infra-audit.yml": "fail-on: high\nrules:\n  AIA999: off\n" });
    expect(core.failed).toEqual(['ai-infra-audit: .ai-infra-audit.yml:3: rules.AIA999: unknown rule "AIA999" (see `ai-infra-audit rules`)']);
  });
});

describe("the action's log", () => {
  const HOSTILE = "x\n::error::pwned\r::stop-commands::tok ##[add-mask]critical";

  it("writes notices about hostile file names on one line each, with no workflow command", async () => {
    const dir = "svc\n::error file=a::pwned ##[set-output name=conclusion]success";
    // A binary file: a notice (a file over the size cap is a finding now, AIA002).
    await runAction({ [`${dir}/compose.yaml`]: Buffer.from("services:\0\n") }, { "fail-on": "none" });
    const notices = core.info.filter((line) => line.startsWith("svc"));
    expect(notices.length).toBeGreaterThan(0);
    expect(notices[0]).toBe("svc\\n::error file=a::pwned ##\\[set-output name=conclusion]success/compose.yaml: binary file; not scanned");
    for (const line of core.info) expect(carriesCommand(line), line).toBe(false);
  });

  it("writes a failure naming a hostile config key on one line, with no workflow command", async () => {
    await runAction({ "compose.yaml": EXPOSED, ".ai-infra-audit.yml": `${JSON.stringify(HOSTILE)}: 1\n` });
    expect(core.failed).toHaveLength(1);
    expect(core.failed[0]).toBe(
      "ai-infra-audit: .ai-infra-audit.yml:1: x\\n::error::pwned\\r::stop-commands::tok ##\\[add-mask]critical: unknown key (expected one of rules, exclude, ignore, fail-on, max-file-size, unknown-severity, helm)",
    );
    expect(carriesCommand(core.failed[0])).toBe(false);
  });

  it("writes a failure starting with a hostile value safely", async () => {
    await runAction({ "compose.yaml": EXPOSED, ".ai-infra-audit.yml": "rules:\n  '::error::x': off\n" });
    expect(core.failed[0]).toBe('ai-infra-audit: .ai-infra-audit.yml:2: rules.::error::x: unknown rule "::error::x" (see `ai-infra-audit rules`)');
  });
});

describe("annotations", () => {
  it("annotates each finding at its place in the repository, worst first", async () => {
    await runAction({ "deploy/compose.yaml": EXPOSED }, { path: "deploy", offline: "true" });
    expect(core.annotations).toEqual([
      {
        level: "error",
        message: expect.stringMatching(/^critical: Ollama \(ollama\/ollama:0\.32\.15\) in service ollama is reachable through ports "11434:11434" on all interfaces\..*\nFix: Publish the port on loopback only/s),
        properties: { title: "AIA101 Ollama reachable from the network without authentication", file: "deploy/compose.yaml", startLine: 5, endLine: 5, startColumn: 9 },
      },
    ]);
  });

  it("shows 10 per level, the last saying how many more there are, and none when switched off", async () => {
    const services = Array.from({ length: 12 }, (_, i) => `  s${i}:\n    image: busybox:1.36\n    privileged: true\n`).join("");
    await runAction({ "compose.yaml": `services:\n${services}` }, { offline: "true", "fail-on": "none" });
    const errors = core.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).every((a) => String(a.properties.title).startsWith("AIA201 "))).toBe(true);
    expect(errors[9]).toEqual({
      level: "error",
      message: "GitHub shows 10 annotations of each level per step: 3 more critical or high findings are in the job summary and the SARIF or JSON report.",
      properties: { title: "3 more critical or high findings", file: undefined, startLine: undefined, endLine: undefined, startColumn: undefined },
    });
    await runAction({ "compose.yaml": `services:\n${services}` }, { offline: "true", "fail-on": "none", annotations: "false" });
    expect(core.annotations).toEqual([]);
  });
});

describe("the config a pull request is gated with", () => {
  const git = (cwd: string, ...args: string[]) => {
    const done = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
    if (done.status !== 0) throw new Error(done.stderr);
    return done.stdout.trim();
  };

  /** A repository whose base commit has `base` files and whose head commit adds `head` files; the event names the base. */
  function pullRequest(base: Record<string, string>, head: Record<string, string>, baseSha?: string) {
    const root = makeTree(base);
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base");
    const sha = git(root, "rev-parse", "HEAD");
    for (const [path, text] of Object.entries(head)) writeFileSync(join(root, path), text);
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "head");
    const event = join(makeTree({}), "event.json");
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha ?? sha }, head: { sha: git(root, "rev-parse", "HEAD") } } }));
    process.env.GITHUB_WORKSPACE = root;
    process.env.GITHUB_EVENT_NAME = "pull_request";
    process.env.GITHUB_EVENT_PATH = event;
    process.env.GITHUB_STEP_SUMMARY = join(root, "summary.md");
    return root;
  }

  const run = async (inputs: Record<string, string> = {}) => {
    core.inputs = { offline: "true", ...inputs };
    await runMain();
  };
  const warnings = () => core.annotations.filter((a) => a.level === "warning").map((a) => a.message);

  it("gates with the base revision's config and reports what the pull request's config would change", async () => {
    pullRequest({ "README.md": "base\n" }, { "compose.yaml": EXPOSED, ".ai-infra-audit.yml": "fail-on: none\nrules:\n  AIA101: off\nignore:\n  - paths: [compose.yaml]\n    reason: trust me\n" });
    await run();
    expect(core.failed).toEqual(['ai-infra-audit: new findings at or above "high" in this pull request (1 new; 1 critical, 0 high, 0 medium, 0 low, 0 info in all)']);
    expect(core.info).toContain("ai-infra-audit: the gate uses the config of the base revision " + String(JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH as string, "utf8")).pull_request.base.sha).slice(0, 12) + " (none there: the built-in defaults), not this pull request's");
    expect(warnings()).toEqual([
      "ai-infra-audit: this pull request changes the gate's config, not applied: fail-on: high → none (fewer findings fail the gate)",
      "ai-infra-audit: this pull request changes the gate's config, not applied: rules.AIA101: turned off",
      'ai-infra-audit: this pull request changes the gate\'s config, not applied: ignore: adds a suppression of every rule in compose.yaml ("trust me")',
    ]);
    expect(core.summary.join("")).toContain("### Changes to the gate's config in this pull request (not applied)");
  });

  it("lists at most 50 of a pull request's config changes, and says how many more", async () => {
    const ignores = Array.from({ length: 60 }, (_, i) => `  - paths: [p${i}/**]\n    reason: r${i}\n`).join("");
    pullRequest({ "README.md": "base\n" }, { "compose.yaml": EXPOSED, ".ai-infra-audit.yml": `ignore:\n${ignores}` });
    await run();
    expect(warnings().filter((w) => w.includes("changes the gate's config"))).toHaveLength(51);
    expect(warnings()).toContain("ai-infra-audit: this pull request changes the gate's config in 10 more ways, not applied");
    expect(core.summary.join("")).toContain("- and 10 more changes");
  });

  it("keeps the base's own config, and applies the pull request's only when told to trust it", async () => {
    pullRequest({ ".ai-infra-audit.yml": "fail-on: critical\n" }, { "compose.yaml": EXPOSED, ".ai-infra-audit.yml": "fail-on: critical\nrules:\n  ai-service-without-auth: off\n" });
    await run();
    expect(core.failed).toEqual(['ai-infra-audit: new findings at or above "critical" in this pull request (1 new; 1 critical, 0 high, 0 medium, 0 low, 0 info in all)']);
    expect(warnings()).toEqual(["ai-infra-audit: this pull request changes the gate's config, not applied: rules.ai-service-without-auth: turned off"]);
    core.failed = [];
    core.annotations = [];
    await run({ "trust-head-config": "true" });
    expect(core.failed).toEqual([]);
    expect(warnings()).toEqual([]);
  });

  it("gates with the built-in defaults, and says so, when the base revision cannot be read", async () => {
    pullRequest({ "compose.yaml": EXPOSED }, { ".ai-infra-audit.yml": "rules:\n  AIA101: off\n" }, "0123456789abcdef0123456789abcdef01234567");
    await run();
    expect(core.failed).toEqual(['ai-infra-audit: findings at or above "high" (1 critical, 0 high, 0 medium, 0 low, 0 info)']);
    expect(warnings()[0]).toBe("ai-infra-audit: the config of the base revision 0123456789ab could not be read (the base commit 0123456789ab is not in the checkout and could not be fetched); the gate uses the built-in defaults, not this pull request's config");
    expect(warnings()).toContain("ai-infra-audit: the base revision 0123456789ab could not be scanned (the base commit 0123456789ab is not in the checkout and could not be fetched); every finding counts for the gate, not only new ones");
  });

  it("falls back to a baseline file of accepted fingerprints when the base cannot be scanned", async () => {
    const root = pullRequest({ "compose.yaml": EXPOSED }, { "README.md": "head\n" }, "0123456789abcdef0123456789abcdef01234567");
    await run({ "only-new": "false", "json-file": "accepted.json", "fail-on": "none" });
    core.failed = [];
    core.annotations = [];
    await run({ baseline: "accepted.json" });
    expect(core.failed).toEqual([]);
    expect(core.outputs["new-findings"]).toBe("0");
    expect(warnings()).toContain("ai-infra-audit: the base revision 0123456789ab could not be scanned (the base commit 0123456789ab is not in the checkout and could not be fetched); findings are compared with the baseline accepted.json instead: 0 new, 1 in the baseline");
    writeFileSync(join(root, "accepted.txt"), "# nothing accepted\n");
    core.annotations = [];
    await run({ baseline: "accepted.txt" });
    expect(core.failed).toEqual(['ai-infra-audit: new findings at or above "high" in this pull request (1 new; 1 critical, 0 high, 0 medium, 0 low, 0 info in all)']);
    // A baseline the pull request itself carries could accept its own findings: refused.
    git(root, "add", "accepted.json");
    git(root, "commit", "-q", "-m", "accept everything");
    core.failed = [];
    core.annotations = [];
    await run({ baseline: "accepted.json" });
    expect(core.failed).toEqual(['ai-infra-audit: findings at or above "high" (1 critical, 0 high, 0 medium, 0 low, 0 info)']);
    expect(warnings()).toContain("ai-infra-audit: the base revision 0123456789ab could not be scanned (the base commit 0123456789ab is not in the checkout and could not be fetched), and the baseline is a file of the pull request's own tree (it could accept its own findings); pass one from outside the checkout, such as an artifact of the default branch's run; every finding counts for the gate, not only new ones");
  });

  it("gates only on what the pull request adds, reports what it fixes, and gates on everything with only-new: false", async () => {
    const privileged = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: root\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext:\n        privileged: true\n";
    pullRequest({ "compose.yaml": EXPOSED, "old/pod.yaml": privileged }, { "old/pod.yaml": privileged.replace("privileged: true", "privileged: false") });
    await run();
    // The exposed Ollama and the Pod's root user were in the base: reported, not gating. The privileged
    // container is fixed; without privileged mode, allowing privilege escalation is a new (low) finding.
    expect(core.failed).toEqual([]);
    expect(core.outputs["new-findings"]).toBe("1");
    expect(core.outputs.critical).toBe("1");
    expect(core.info).toContainEqual(expect.stringMatching(/against the base revision [0-9a-f]{12}: 1 new, 2 already there, 1 fixed$/));
    expect(core.summary.join("")).toMatch(/### Against the base revision\n\n1 new \(these gate\), 2 already in the base \(reported, not gating\), 1 fixed by this pull request\. Compared with the base revision [0-9a-f]{12}, scanned with the same config\.\n\nFixed:/);
    expect(core.summary.join("")).toContain("Fixed:\n\n- AIA201 pod/root/c runs privileged \\(old/pod.yaml:10\\)");
    // The diff is annotated with what the pull request adds.
    expect(core.annotations.map((a) => a.properties?.title)).toEqual(["AIA207 pod/root/c allows privilege escalation"]);
    core.summary = [];
    await run({ "only-new": "false" });
    expect(core.failed).toEqual(['ai-infra-audit: findings at or above "high" (1 critical, 0 high, 0 medium, 2 low, 0 info)']);
    expect(core.outputs["new-findings"]).toBe("3");
  });
});

describe("the entry point", () => {
  it("main.ts only defines run(); src/index.ts runs it", async () => {
    expect(readOnImport).toEqual([]);
    const root = makeTree({ "compose.yaml": EXPOSED });
    process.env.GITHUB_WORKSPACE = root;
    delete process.env.GITHUB_STEP_SUMMARY;
    await import("../src/index.js");
    await vi.waitFor(() => expect(core.outputs.conclusion).toBe("failure"));
  });
});
