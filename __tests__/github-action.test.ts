// The bundled action (dist/index.js) run as the runner runs it: every input from action.yml's defaults as
// INPUT_* variables, GITHUB_EVENT_PATH at a real webhook payload, GITHUB_API_URL at a fake GitHub on
// 127.0.0.1 that checks every request against GitHub's REST description (helpers/github-server.ts).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { makeTree } from "./helpers/tree.js";
import { secondaryRateLimit, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "./helpers/github-server.js";

const ROOT = join(__dirname, "..");
const TOKEN = "ghs_TESTtoken0123456789abcdefghijklmnopqr";
const EVENTS = join(__dirname, "fixtures", "github", "events");
const ACTION_YML = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, { default?: string }> };

const EXPOSED = 'services:\n  ollama:\n    image: ollama/ollama:0.32.15\n    ports:\n      - "11434:11434"\n';
const PRIVILEGED = (name: string) => `  ${name}:\n    image: busybox:1.36\n    privileged: true\n`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

let servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function github(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  const server = await startFakeGitHub({ token: TOKEN, owner: "Codertocat", repo: "Hello-World", ...options });
  servers.push(server);
  return server;
}

const git = (cwd: string, ...args: string[]) => {
  const done = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
  if (done.status !== 0) throw new Error(done.stderr);
  return done.stdout.trim();
};

/** A repository whose base commit has `base` and whose head commit writes `head` over it. */
function repository(base: Record<string, string>, head: Record<string, string>): { root: string; baseSha: string; headSha: string } {
  const root = makeTree(base);
  git(root, "init", "-q");
  git(root, "add", "-A");
  git(root, "commit", "-q", "--allow-empty", "-m", "base");
  const baseSha = git(root, "rev-parse", "HEAD");
  for (const [path, text] of Object.entries(head)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  git(root, "add", "-A");
  git(root, "commit", "-q", "--allow-empty", "-m", "head");
  return { root, baseSha, headSha: git(root, "rev-parse", "HEAD") };
}

/** A real webhook payload with the test repository's commits in it. */
/** The parts of the payloads the tests edit. */
interface Payload {
  pull_request: { base: { sha: string }; head: { sha: string } };
  merge_group: { base_sha: string; head_sha: string };
}

function event(file: string, edit: (payload: Payload) => void): string {
  const payload = JSON.parse(readFileSync(join(EVENTS, file), "utf8")) as Payload;
  edit(payload);
  const path = join(makeTree({}), "event.json");
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

function pullRequestEvent(file: string, shas: { baseSha: string; headSha: string }): string {
  return event(file, (p) => {
    p.pull_request.base.sha = shas.baseSha;
    p.pull_request.head.sha = shas.headSha;
  });
}

/** `name<<delimiter\nvalue\ndelimiter` entries of a GITHUB_OUTPUT file. */
function readOutputs(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(path, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([\w-]+)<<(\S+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    out[match[1]] = value.join("\n");
  }
  return out;
}

/** Runs dist/index.js in `root` as a step would, with every input at its action.yml default unless given. */
async function runAction(root: string, env: Record<string, string>, inputs: Record<string, string> = {}): Promise<Run> {
  const files = makeTree({ "outputs.txt": "", "summary.md": "" });
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(ACTION_YML.inputs)) {
    // The runner evaluates the default's expression; the token's is the workflow token.
    // Tests send nothing off this machine: OSV is not asked.
    const given: Record<string, string> = { offline: "true", ...inputs };
    const value = name in given ? given[name] : (spec.default ?? "").replace("${{ github.token }}", TOKEN);
    inputEnv[`INPUT_${name.toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [join(ROOT, "dist", "index.js")], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: root,
      GITHUB_OUTPUT: join(files, "outputs.txt"),
      GITHUB_STEP_SUMMARY: join(files, "summary.md"),
      GITHUB_REPOSITORY: "Codertocat/Hello-World",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_RUN_ID: "4242",
      GITHUB_RUN_ATTEMPT: "1",
      ...inputEnv,
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const run = { status, stdout, stderr, outputs: readOutputs(join(files, "outputs.txt")), summary: readFileSync(join(files, "summary.md"), "utf8") };
  // Whatever happened, the token is nowhere in what the step wrote.
  expect(JSON.stringify(run)).not.toContain(TOKEN);
  expect(JSON.stringify(run)).not.toContain(TOKEN.slice(4, 20));
  return run;
}

const apiEnv = (server: FakeGitHub, eventName: string, eventPath: string, extra: Record<string, string> = {}) => ({ GITHUB_API_URL: server.url, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, ...extra });
const operations = (server: FakeGitHub) => server.requests.map((r) => r.operationId);

describe("the check run", () => {
  it("annotates 120 new findings on the pull request's head in batches of 50, none lost", async () => {
    const services = Array.from({ length: 120 }, (_, i) => PRIVILEGED(`svc${i}`)).join("");
    const repo = repository({ "README.md": "base\n" }, { "compose.yaml": `services:\n${services}` });
    const server = await github();
    const run = await runAction(repo.root, apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", repo)));
    expect(server.violations).toEqual([]);
    expect(run.status).toBe(1);
    const newFindings = Number(run.outputs["new-findings"]);
    expect(newFindings).toBeGreaterThanOrEqual(120);
    expect(server.checkRuns).toHaveLength(1);
    const [check] = server.checkRuns;
    // On the head commit the pull request shows, never the test merge commit.
    expect(check.head_sha).toBe(repo.headSha);
    expect(check).toMatchObject({ name: "ai-infra-audit", status: "completed", conclusion: "failure" });
    expect(check.output.title).toBe(`${newFindings} new findings at or above high fail the gate`);
    expect(check.annotations).toHaveLength(newFindings);
    const batches = server.requests.filter((r) => r.operationId === "checks/create" || r.operationId === "checks/update");
    expect(batches.map((r) => ((r.body as { output: { annotations: unknown[] } }).output.annotations).length)).toEqual(
      Array.from({ length: Math.ceil(newFindings / 50) }, (_, i) => Math.min(50, newFindings - i * 50)),
    );
    expect(check.annotations[0]).toMatchObject({ path: "compose.yaml", annotation_level: "failure", title: "AIA201 svc0 runs privileged" });
    expect(String(check.annotations[0].message)).toMatch(/^high: .*\nFix: .*\nhttps:\/\/github\.com\/.*\/AIA201\.md$/s);
    // The check run carries the annotations: no workflow-command annotation repeats them.
    expect(run.stdout).not.toMatch(/^::error title=AIA201/m);
    expect(run.outputs["report-url"]).toBe(check.html_url);
    expect(run.stdout).toContain(`ai-infra-audit: check run "ai-infra-audit" on ${repo.headSha.slice(0, 12)}: ${newFindings} annotations`);
  });

  it("fails or passes at each fail-on, and says so in the check run", async () => {
    // One high (privileged) and lower ones (the root user) on a push: every finding counts.
    const repo = repository({ "compose.yaml": `services:\n${PRIVILEGED("app")}` }, {});
    const expected: Record<string, [number, string]> = { critical: [0, "success"], high: [1, "failure"], medium: [1, "failure"], low: [1, "failure"], info: [1, "failure"], none: [0, "success"] };
    for (const [failOn, [status, conclusion]] of Object.entries(expected)) {
      const server = await github();
      const run = await runAction(repo.root, apiEnv(server, "push", join(EVENTS, "push.json"), { GITHUB_SHA: repo.headSha }), { "fail-on": failOn });
      expect([failOn, run.status, run.outputs.conclusion, server.checkRuns[0]?.conclusion]).toEqual([failOn, status, conclusion, conclusion]);
      expect(server.checkRuns[0].head_sha).toBe(repo.headSha);
      expect(server.violations).toEqual([]);
      // A push has no pull request to comment on and no issue to track.
      expect(operations(server)).toEqual(["checks/create"]);
    }
  });

  it("retries a 5xx and a secondary rate limit, and a refused request never changes the gate", async () => {
    const repo = repository({ "README.md": "base\n" }, { "compose.yaml": EXPOSED });
    const server = await github();
    server.fail({ operationId: "checks/create" }, { status: 502, body: { message: "Bad Gateway" } });
    server.fail({ operationId: "issues/create-comment" }, secondaryRateLimit(1));
    const run = await runAction(repo.root, apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", repo)));
    expect(run.status).toBe(1);
    expect(operations(server)).toEqual(["checks/create", "checks/create", "issues/list-comments", "issues/create-comment", "issues/create-comment"]);
    expect(server.checkRuns).toHaveLength(1);
    expect(server.comments.get(2)).toHaveLength(1);
    expect(run.stdout).toContain("ai-infra-audit: 5 GitHub API requests");

    const refused = await github();
    refused.fail({ operationId: "checks/create" }, { status: 422, body: { message: "Validation Failed" } });
    const again = await runAction(repo.root, apiEnv(refused, "pull_request", pullRequestEvent("pull_request.opened.json", repo)));
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/^::warning::ai-infra-audit: the check run could not be written \(GitHub POST \/repos\/Codertocat\/Hello-World\/check-runs: HTTP 422: Validation Failed\); the findings are annotated with workflow commands instead$/m);
    expect(again.stdout).toMatch(/^::error title=AIA101 Ollama reachable from the network without authentication,file=compose\.yaml,line=5/m);
  });
});

describe("the pull request comment", () => {
  it("is one comment, found again among 150 others, edited in place, and turned into all clear", async () => {
    const repo = repository({ "README.md": "base\n" }, { "compose.yaml": EXPOSED });
    const server = await github();
    for (let i = 0; i < 150; i++) server.addComment(2, `comment ${i}`, { login: "octocat", type: "User" });
    // A person quoting the marker is not the tool.
    server.addComment(2, "<!-- ai-infra-audit: ai-infra-audit -->\nquoting the bot", { login: "octocat", type: "User" });
    const env = apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", repo));
    const first = await runAction(repo.root, env);
    expect(first.status).toBe(1);
    const ours = () => (server.comments.get(2) ?? []).filter((c) => c.user.type === "Bot");
    expect(ours()).toHaveLength(1);
    const comment = ours()[0];
    expect(comment.body.startsWith("<!-- ai-infra-audit: ai-infra-audit -->\n### ❌ ai-infra-audit: 1 new finding at or above high fails the gate\n")).toBe(true);
    expect(comment.body).toContain(`| Critical | [AIA101](https://github.com/ai-infra-audit/ai-infra-audit/blob/main/docs/rules/AIA101.md) | [compose.yaml:5](https://github.com/Codertocat/Hello-World/blob/${repo.headSha}/compose.yaml#L5) | Ollama reachable from the network without authentication |`);
    expect(comment.body).toContain("```mermaid\nflowchart LR\n");
    expect(comment.body).toContain("[Full report in the job summary](https://github.com/Codertocat/Hello-World/actions/runs/4242/attempts/1)");
    expect(first.outputs["report-url"]).toBe(server.checkRuns[0].html_url);

    const second = await runAction(repo.root, env);
    expect(second.status).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).toBe(comment.id);
    // Every page was read to find it: 152 comments, 100 a page.
    expect(server.requests.filter((r) => r.operationId === "issues/list-comments").map((r) => r.query.page ?? "1")).toEqual(["1", "2", "1", "2"]);

    // The pull request drops the service: the comment stays, and says all clear.
    git(repo.root, "rm", "-q", "compose.yaml");
    git(repo.root, "-c", "user.name=t", "commit", "-q", "-m", "fix");
    const fixedSha = git(repo.root, "rev-parse", "HEAD");
    const third = await runAction(repo.root, apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", { baseSha: repo.baseSha, headSha: fixedSha })));
    expect(third.status).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toMatch(/^<!-- ai-infra-audit: ai-infra-audit -->\n### ✅ ai-infra-audit: all clear\n\nNo new findings at or above info any more\./);
    expect(server.comments.get(2)?.find((c) => c.body.includes("quoting the bot"))?.body).toBe("<!-- ai-infra-audit: ai-infra-audit -->\nquoting the bot");
    expect(server.violations).toEqual([]);
  });

  it("is not posted for findings the base already had, nor with comment: never; always posts one", async () => {
    const repo = repository({ "compose.yaml": EXPOSED }, { "README.md": "head\n" });
    const server = await github();
    const env = apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", repo));
    const run = await runAction(repo.root, env);
    expect(run.status).toBe(0);
    expect(operations(server)).toEqual(["checks/create", "issues/list-comments"]);
    expect(server.checkRuns[0].output.title).toBe("No new findings at or above high");
    await runAction(repo.root, env, { comment: "never" });
    expect(operations(server).slice(2)).toEqual(["checks/create"]);
    await runAction(repo.root, env, { comment: "always" });
    expect(server.comments.get(2)?.[0].body).toContain("<details><summary>1 existing finding (already in the base, not gating)</summary>");
    expect(server.violations).toEqual([]);
  });

  it("reports a pull request's config that turns rules off, and gates with the base's", async () => {
    const repo = repository({ ".ai-infra-audit.yml": "fail-on: high\n" }, { "compose.yaml": EXPOSED, ".ai-infra-audit.yml": "fail-on: none\nrules:\n  AIA101: off\n" });
    const server = await github();
    const run = await runAction(repo.root, apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", repo)));
    expect(run.status).toBe(1);
    const body = server.comments.get(2)?.[0].body ?? "";
    expect(body).toContain("#### Changes to the gate's config in this pull request (not applied)\n\nThe gate uses the base revision's config; this pull request's own config would:\n\n- fail-on: high → none \\(fewer findings fail the gate\\)\n- rules.AIA101: turned off");
    expect(server.checkRuns[0].conclusion).toBe("failure");
    expect(server.violations).toEqual([]);
  });

  it("tells new findings by the pull request's changed files when the base cannot be fetched, and says so", async () => {
    const repo = repository({ "old/compose.yaml": EXPOSED }, { "new/compose.yaml": `services:\n${PRIVILEGED("app")}` });
    const server = await github();
    server.pullFiles.set(2, ["new/compose.yaml"]);
    const run = await runAction(repo.root, apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", { baseSha: "0123456789abcdef0123456789abcdef01234567", headSha: repo.headSha })));
    expect(run.stdout).toMatch(/::warning::ai-infra-audit: the base revision 0123456789ab could not be scanned \(.*\); findings in the 1 files this pull request changes count as new: \d+ new, 1 elsewhere/);
    // The exposed Ollama in an unchanged file is existing; the new privileged container gates.
    expect(server.checkRuns[0].annotations.map((a) => a.path)).not.toContain("old/compose.yaml");
    expect(run.status).toBe(1);
    expect(server.comments.get(2)?.[0].body).toContain("Findings in the files this pull request changes count as new");
    expect(server.violations).toEqual([]);
  });
});

describe("the base revision", () => {
  const clone = (origin: string, ...args: string[]) => {
    const dir = join(makeTree({}), "clone");
    git(origin, "clone", "-q", ...args, `file://${origin}`, dir);
    return dir;
  };

  it("is fetched at depth 1 into a shallow checkout, and without --depth into a full one", async () => {
    const repo = repository({ "compose.yaml": EXPOSED }, { "README.md": "head\n" });
    const shallow = clone(repo.root, "--depth=1");
    expect(() => git(shallow, "cat-file", "-e", `${repo.baseSha}^{commit}`)).toThrow();
    const server = await github();
    const run = await runAction(shallow, apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", repo)));
    // The exposed Ollama is in the base: compared, not new.
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ai-infra-audit: against the base revision [0-9a-f]{12}: 0 new, 1 already there, 0 fixed/);
    expect(git(shallow, "rev-parse", "--is-shallow-repository")).toBe("true");

    // A full clone whose base commit is on a branch it did not clone: fetched, and the clone stays full.
    git(repo.root, "checkout", "-q", "-b", "other", repo.baseSha);
    writeFileSync(join(repo.root, "other.txt"), "other\n");
    git(repo.root, "add", "-A");
    git(repo.root, "commit", "-q", "-m", "other");
    const otherSha = git(repo.root, "rev-parse", "HEAD");
    git(repo.root, "checkout", "-q", "-");
    const full = clone(repo.root, "--single-branch", "--branch", git(repo.root, "rev-parse", "--abbrev-ref", "HEAD"));
    expect(() => git(full, "cat-file", "-e", `${otherSha}^{commit}`)).toThrow();
    const again = await runAction(full, apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", { baseSha: otherSha, headSha: repo.headSha })));
    expect(again.stdout).toMatch(/ai-infra-audit: against the base revision [0-9a-f]{12}: 0 new, 1 already there, 0 fixed/);
    expect(git(full, "rev-parse", "--is-shallow-repository")).toBe("false");
  });
});

describe("tokens that may not write", () => {
  it("on a fork's pull request: no request that would be refused, annotations and the summary instead, the gate kept", async () => {
    const repo = repository({ "README.md": "base\n" }, { "compose.yaml": EXPOSED });
    const server = await github({ readOnly: true });
    const run = await runAction(repo.root, apiEnv(server, "pull_request", pullRequestEvent("pull_request.fork.json", repo)));
    expect(run.status).toBe(1);
    expect(operations(server).filter((op) => !op?.startsWith("pulls/"))).toEqual([]);
    expect(run.stdout).toContain("ai-infra-audit: this pull request comes from a fork, and GitHub gives its workflow a read-only token whatever the permissions say");
    expect(run.stdout).toMatch(/^::error title=AIA101 /m);
    expect(run.summary).toContain("AIA101");
  });

  it("on a 403: one line naming the permission, annotations instead, the gate kept", async () => {
    const repo = repository({ "README.md": "base\n" }, { "compose.yaml": EXPOSED });
    const server = await github({ readOnly: true });
    const run = await runAction(repo.root, apiEnv(server, "pull_request", pullRequestEvent("pull_request.dependabot.json", repo)));
    expect(run.status).toBe(1);
    expect(run.outputs.conclusion).toBe("failure");
    expect(run.stdout).toContain('the token may not write the check run (GitHub POST /repos/Codertocat/Hello-World/check-runs: HTTP 403: Resource not accessible by integration): add \\"checks: write\\" to the job\'s permissions'.replace(/\\"/g, '"'));
    expect(run.stdout).toContain('the token may not write the comment (GitHub POST /repos/Codertocat/Hello-World/issues/2/comments: HTTP 403: Resource not accessible by integration): add "pull-requests: write" (or "issues: write") to the job\'s permissions');
    expect(run.stdout).toMatch(/^::error title=AIA101 /m);
    expect(run.summary).toContain("### Not shown on GitHub");
  });

  it("without a token: annotations and the summary, no request", async () => {
    const repo = repository({ "README.md": "base\n" }, { "compose.yaml": EXPOSED });
    const server = await github();
    const run = await runAction(repo.root, apiEnv(server, "pull_request", pullRequestEvent("pull_request.opened.json", repo)), { token: "" });
    expect(run.status).toBe(1);
    expect(server.requests).toEqual([]);
    expect(run.stdout).toMatch(/^::error title=AIA101 /m);
  });
});

describe("the merge queue", () => {
  it("puts the check run on the merge group's head and compares with its base", async () => {
    const repo = repository({ "compose.yaml": EXPOSED }, { "README.md": "head\n" });
    const server = await github({ owner: "octo-org", repo: "octo-repo" });
    const path = event("merge_group.checks_requested.json", (p) => {
      p.merge_group.base_sha = repo.baseSha;
      p.merge_group.head_sha = repo.headSha;
    });
    const run = await runAction(repo.root, apiEnv(server, "merge_group", path, { GITHUB_REPOSITORY: "octo-org/octo-repo" }));
    // The exposed Ollama is in the base: existing, not gating.
    expect(run.status).toBe(0);
    expect(run.outputs["new-findings"]).toBe("0");
    expect(server.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([[repo.headSha, "success"]]);
    expect(operations(server)).toEqual(["checks/create"]);
    expect(server.violations).toEqual([]);
  });
});

describe("the scheduled audit", () => {
  it("opens one tracking issue, updates it, and closes it when the tree is clean", async () => {
    const repo = repository({ "compose.yaml": EXPOSED }, {});
    const server = await github();
    const env = apiEnv(server, "schedule", join(EVENTS, "schedule.json"), { GITHUB_SHA: repo.headSha });
    const first = await runAction(repo.root, env);
    expect(first.status).toBe(1);
    expect(server.issues).toHaveLength(1);
    expect(server.issues[0]).toMatchObject({ state: "open", labels: ["ai-infra-audit"], title: "ai-infra-audit: 1 finding (1 critical)" });
    expect(server.issues[0].body).toMatch(/^<!-- ai-infra-audit: ai-infra-audit -->\n### ❌ ai-infra-audit: 1 finding at or above high fails the gate\n/);
    const second = await runAction(repo.root, env);
    expect(second.status).toBe(1);
    expect(server.issues).toHaveLength(1);

    git(repo.root, "rm", "-q", "compose.yaml");
    git(repo.root, "commit", "-q", "-m", "clean");
    const clean = await runAction(repo.root, { ...env, GITHUB_SHA: git(repo.root, "rev-parse", "HEAD") });
    expect(clean.status).toBe(0);
    expect(server.issues).toHaveLength(1);
    expect(server.issues[0]).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(server.issues[0].body).toMatch(/### ✅ ai-infra-audit: all clear/);
    // No check run: an audit needs issues: write only.
    expect(operations(server)).toEqual(["issues/list-for-repo", "issues/create", "issues/list-for-repo", "issues/update", "issues/list-for-repo", "issues/update"]);
    expect(first.stdout).toMatch(/^::error title=AIA101 /m);
    expect(server.violations).toEqual([]);
  });
});
