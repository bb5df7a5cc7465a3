// The fake GitHub API of helpers/github-server.ts is as strict as GitHub's REST description and answers
// as GitHub does: these tests hold it to that, so the tests of the real client can trust it.
import { afterEach, describe, expect, it } from "vitest";
import { loadRestFixture, secondaryRateLimit, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "./helpers/github-server.js";

const TOKEN = "ghs_fake-token-for-tests";
const OWNER = "Codertocat";
const REPO = "Hello-World";
const SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const REPO_PATH = `/repos/${OWNER}/${REPO}`;

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ token: TOKEN, owner: OWNER, repo: REPO, ...options });
  return fake;
}

interface Reply {
  status: number;
  headers: Headers;
  json: unknown;
}

async function call(server: FakeGitHub, method: string, path: string, body?: unknown, auth = `Bearer ${TOKEN}`): Promise<Reply> {
  const url = path.startsWith("http") ? path : server.url + path;
  const response = await fetch(url, {
    method,
    headers: { authorization: auth, accept: "application/vnd.github+json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === "" ? undefined : JSON.parse(text) };
}

function annotations(count: number, from = 1): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    path: "deploy/compose.yaml",
    start_line: from + i,
    end_line: from + i,
    annotation_level: "warning",
    message: `finding ${from + i}`,
  }));
}

/** The `<url>; rel="x"` entries of a Link header, by rel. */
function links(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(",")) {
    const open = part.indexOf("<");
    const close = part.indexOf(">");
    const rel = part.indexOf('rel="');
    if (open < 0 || close < open || rel < 0) continue;
    out[part.slice(rel + 5, part.indexOf('"', rel + 5))] = part.slice(open + 1, close);
  }
  return out;
}

describe("the committed REST description", () => {
  const fixture = loadRestFixture();

  it("is @octokit/openapi 23.0.2 and has every operation the fake serves", () => {
    expect(fixture.source).toBe("@octokit/openapi");
    expect(fixture.packageVersion).toBe("23.0.2");
    expect(Object.keys(fixture.operations).sort()).toEqual([
      "checks/create",
      "checks/list-annotations",
      "checks/update",
      "issues/create",
      "issues/create-comment",
      "issues/delete-comment",
      "issues/list-comments",
      "issues/list-for-repo",
      "issues/update",
      "issues/update-comment",
      "pulls/list-files",
      "users/get-authenticated",
    ]);
  });

  it("limits a check run's annotations to 50 per request and its summary and text to 65535 characters", () => {
    for (const id of ["checks/create", "checks/update"]) {
      const output = (fixture.operations[id].requestBody as { properties: { output: { properties: Record<string, { maxItems?: number; maxLength?: number }> } } }).properties.output;
      expect(output.properties.annotations.maxItems, id).toBe(50);
      expect(output.properties.summary.maxLength, id).toBe(65535);
      expect(output.properties.text.maxLength, id).toBe(65535);
    }
    expect((fixture.operations["checks/create"].requestBody as { required: string[] }).required).toEqual(["name", "head_sha"]);
  });
});

describe("check runs", () => {
  it("refuses 51 annotations in one request with 422, as a violation", async () => {
    const gh = await start();
    const reply = await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "ai-infra-audit", head_sha: SHA, output: { title: "t", summary: "s", annotations: annotations(51) } });
    expect(reply.status).toBe(422);
    expect((reply.json as { message: string }).message).toBe("Validation Failed");
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]).toContain("checks/create");
    expect(gh.violations[0]).toContain("/output/annotations must NOT have more than 50 items");
    expect(gh.checkRuns).toEqual([]);
  });

  it("refuses a summary of 65,536 characters and takes one of 65,535", async () => {
    const gh = await start();
    const long = await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "n", head_sha: SHA, output: { title: "t", summary: "x".repeat(65_536) } });
    expect(long.status).toBe(422);
    expect(gh.violations.join("\n")).toContain("/output/summary must NOT have more than 65535 characters");
    const fits = await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "n", head_sha: SHA, output: { title: "t", summary: "x".repeat(65_535) } });
    expect(fits.status).toBe(201);
    expect(gh.violations).toHaveLength(1);
  });

  it("refuses a check run without head_sha", async () => {
    const gh = await start();
    const reply = await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "ai-infra-audit" });
    expect(reply.status).toBe(422);
    expect(gh.violations).toEqual([`checks/create: POST ${REPO_PATH}/check-runs: request body must have required property 'head_sha'`]);
  });

  it("refuses limits written only in the description's text: an annotation title over 255 characters", async () => {
    const gh = await start();
    const [one] = annotations(1);
    const reply = await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "n", head_sha: SHA, output: { title: "t", summary: "s", annotations: [{ ...one, title: "t".repeat(256) }] } });
    expect(reply.status).toBe(422);
    expect(gh.violations.join("\n")).toContain("title is longer than 255 characters");
  });

  it("refuses status completed without a conclusion on update (the anyOf of checks/update)", async () => {
    const gh = await start();
    const created = await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "n", head_sha: SHA, status: "in_progress" });
    const id = (created.json as { id: number }).id;
    const reply = await call(gh, "PATCH", `${REPO_PATH}/check-runs/${id}`, { status: "completed" });
    expect(reply.status).toBe(422);
    expect(gh.violations.join("\n")).toContain("must have required property 'conclusion'");
  });

  it("appends the annotations of each update: create, then two updates of 50, gives 100 in order", async () => {
    const gh = await start();
    const created = await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "ai-infra-audit", head_sha: SHA, status: "in_progress", output: { title: "Scanning", summary: "…" } });
    expect(created.status).toBe(201);
    const run = created.json as { id: number; html_url: string; status: string };
    expect(run.status).toBe("in_progress");
    expect(run.html_url).toBe(`${gh.url}/${OWNER}/${REPO}/runs/${run.id}`);

    const first = await call(gh, "PATCH", `${REPO_PATH}/check-runs/${run.id}`, { output: { title: "3 findings", summary: "first", annotations: annotations(50, 1) } });
    expect(first.status).toBe(200);
    const second = await call(gh, "PATCH", `${REPO_PATH}/check-runs/${run.id}`, { conclusion: "failure", output: { summary: "done", annotations: annotations(50, 51) } });
    expect(second.status).toBe(200);
    expect((second.json as { output: { annotations_count: number } }).output.annotations_count).toBe(100);

    const stored = gh.checkRuns[0];
    expect(stored.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(stored.output).toEqual({ title: "3 findings", summary: "done", text: null });
    expect(stored.status).toBe("completed");
    expect(stored.conclusion).toBe("failure");

    const listed = await call(gh, "GET", `${REPO_PATH}/check-runs/${run.id}/annotations?per_page=100`);
    expect((listed.json as { start_line: number }[]).map((a) => a.start_line)).toEqual(stored.annotations.map((a) => a.start_line));
    expect(gh.violations).toEqual([]);
  });

  it("answers 404 for a check run that does not exist", async () => {
    const gh = await start();
    const reply = await call(gh, "PATCH", `${REPO_PATH}/check-runs/42`, { name: "n" });
    expect(reply.status).toBe(404);
    expect(gh.violations).toEqual([]);
  });
});

describe("issue comments", () => {
  it("paginates 250 comments at per_page=100 into 3 pages with GitHub's Link header", async () => {
    const gh = await start();
    for (let i = 0; i < 250; i++) gh.addComment(2, `comment ${i}`, { login: "Codertocat", type: "User" });

    const pages: { id: number }[][] = [];
    let next: string | undefined = `${REPO_PATH}/issues/2/comments?per_page=100`;
    const headers: (string | null)[] = [];
    while (next) {
      const reply = await call(gh, "GET", next);
      expect(reply.status).toBe(200);
      pages.push(reply.json as { id: number }[]);
      headers.push(reply.headers.get("link"));
      next = links(reply.headers.get("link")).next;
    }
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    const ids = pages.flat().map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(250);

    const page = (n: number) => `${gh.url}${REPO_PATH}/issues/2/comments?per_page=100&page=${n}`;
    expect(links(headers[0])).toEqual({ next: page(2), last: page(3) });
    expect(links(headers[1])).toEqual({ prev: page(1), next: page(3), last: page(3), first: page(1) });
    expect(links(headers[2])).toEqual({ prev: page(2), first: page(1) });
    expect(headers[0]).toBe(`<${page(2)}>; rel="next", <${page(3)}>; rel="last"`);
    expect(gh.violations).toEqual([]);
  });

  it("serves 30 per page by default and at most 100", async () => {
    const gh = await start();
    for (let i = 0; i < 150; i++) gh.addComment(7, `c${i}`);
    expect(((await call(gh, "GET", `${REPO_PATH}/issues/7/comments`)).json as unknown[]).length).toBe(30);
    expect(((await call(gh, "GET", `${REPO_PATH}/issues/7/comments?per_page=500`)).json as unknown[]).length).toBe(100);
  });

  it("creates, updates and deletes a comment with the token's identity", async () => {
    const gh = await start();
    const created = await call(gh, "POST", `${REPO_PATH}/issues/2/comments`, { body: "<!-- ai-infra-audit -->\nfirst" });
    expect(created.status).toBe(201);
    const comment = created.json as { id: number; user: { login: string; type: string }; body: string };
    expect(comment.user).toMatchObject({ login: "github-actions[bot]", type: "Bot" });

    const updated = await call(gh, "PATCH", `${REPO_PATH}/issues/comments/${comment.id}`, { body: "<!-- ai-infra-audit -->\nsecond" });
    expect(updated.status).toBe(200);
    expect(gh.comments.get(2)?.[0].body).toBe("<!-- ai-infra-audit -->\nsecond");

    const deleted = await call(gh, "DELETE", `${REPO_PATH}/issues/comments/${comment.id}`);
    expect(deleted.status).toBe(204);
    expect(gh.comments.get(2)).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it("refuses a body over 65,536 characters with GitHub's message and takes one of 65,536", async () => {
    const gh = await start();
    const long = await call(gh, "POST", `${REPO_PATH}/issues/2/comments`, { body: "x".repeat(65_537) });
    expect(long.status).toBe(422);
    expect((long.json as { errors: { message: string }[] }).errors[0].message).toBe("Body is too long (maximum is 65536 characters)");
    expect(gh.violations).toHaveLength(1);
    const fits = await call(gh, "POST", `${REPO_PATH}/issues/2/comments`, { body: "x".repeat(65_536) });
    expect(fits.status).toBe(201);
  });

  it("refuses a comment without body, and a body that is not JSON", async () => {
    const gh = await start();
    expect((await call(gh, "POST", `${REPO_PATH}/issues/2/comments`, {})).status).toBe(422);
    expect((await call(gh, "POST", `${REPO_PATH}/issues/2/comments`, "body=hello")).status).toBe(400);
    expect(gh.violations).toHaveLength(2);
    expect(gh.violations[1]).toContain("request body is not JSON");
  });
});

describe("issues", () => {
  it("creates, finds by labels and creator, and closes an issue", async () => {
    const gh = await start();
    const made = await call(gh, "POST", `${REPO_PATH}/issues`, { title: "ai-infra-audit: 3 findings", body: "…", labels: ["security", { name: "ai-infra-audit" }] });
    expect(made.status).toBe(201);
    const number = (made.json as { number: number }).number;
    await call(gh, "POST", `${REPO_PATH}/issues`, { title: "other", labels: ["security"] });

    const both = await call(gh, "GET", `${REPO_PATH}/issues?labels=security,ai-infra-audit&creator=${encodeURIComponent("github-actions[bot]")}`);
    expect((both.json as { number: number }[]).map((i) => i.number)).toEqual([number]);
    const security = await call(gh, "GET", `${REPO_PATH}/issues?labels=security`);
    expect((security.json as unknown[]).length).toBe(2);

    const closed = await call(gh, "PATCH", `${REPO_PATH}/issues/${number}`, { state: "closed", state_reason: "completed", body: null });
    expect(closed.status).toBe(200);
    expect(gh.issues.find((i) => i.number === number)).toMatchObject({ state: "closed", state_reason: "completed", body: null });
    expect(((await call(gh, "GET", `${REPO_PATH}/issues?labels=ai-infra-audit`)).json as unknown[]).length).toBe(0);
    expect(((await call(gh, "GET", `${REPO_PATH}/issues?labels=ai-infra-audit&state=closed`)).json as unknown[]).length).toBe(1);
    expect(gh.violations).toEqual([]);
  });

  it("refuses an unknown state in the query", async () => {
    const gh = await start();
    const reply = await call(gh, "GET", `${REPO_PATH}/issues?state=resolved`);
    expect(reply.status).toBe(422);
    expect(gh.violations[0]).toContain("query parameter /state must be equal to one of the allowed values");
  });
});

describe("pull request files and the authenticated user", () => {
  it("lists a pull request's seeded files, and 404 for one without", async () => {
    const gh = await start();
    gh.pullFiles.set(2, ["Dockerfile", "deploy/compose.yaml"]);
    const reply = await call(gh, "GET", `${REPO_PATH}/pulls/2/files?per_page=100`);
    expect(reply.json).toMatchObject([{ filename: "Dockerfile", status: "modified" }, { filename: "deploy/compose.yaml", status: "modified" }]);
    expect((await call(gh, "GET", `${REPO_PATH}/pulls/3/files`)).status).toBe(404);
  });

  it("answers GET /user 403 to an installation token and the user to a user's token", async () => {
    const bot = await start();
    const denied = await call(bot, "GET", "/user");
    expect(denied.status).toBe(403);
    expect((denied.json as { message: string }).message).toBe("Resource not accessible by integration");
    await bot.close();
    fake = undefined;
    const user = await start({ login: "octocat" });
    expect((await call(user, "GET", "/user")).json).toMatchObject({ login: "octocat", type: "User" });
  });
});

describe("tokens, permissions and failures", () => {
  it("answers 401 to another token, counted apart from violations; accepts the `token` scheme", async () => {
    const gh = await start();
    const reply = await call(gh, "GET", `${REPO_PATH}/issues/2/comments`, undefined, "Bearer ghs_someone-else");
    expect(reply.status).toBe(401);
    expect((reply.json as { message: string }).message).toBe("Bad credentials");
    expect((await call(gh, "GET", `${REPO_PATH}/issues/2/comments`, undefined, "")).status).toBe(401);
    expect(gh.unauthorized).toBe(2);
    expect(gh.violations).toEqual([]);
    expect(gh.requests[0]).toMatchObject({ method: "GET", operationId: "issues/list-comments", status: 401 });
    expect((await call(gh, "GET", `${REPO_PATH}/issues/2/comments`, undefined, `token ${TOKEN}`)).status).toBe(200);
  });

  it("answers every write 403 with the permission it needs while readOnly, and reads normally", async () => {
    const gh = await start({ readOnly: true });
    const check = await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "n", head_sha: SHA });
    expect(check.status).toBe(403);
    expect((check.json as { message: string }).message).toBe("Resource not accessible by integration");
    expect(check.headers.get("x-accepted-github-permissions")).toBe("checks=write");
    const comment = await call(gh, "POST", `${REPO_PATH}/issues/2/comments`, { body: "b" });
    expect(comment.status).toBe(403);
    expect(comment.headers.get("x-accepted-github-permissions")).toBe("issues=write; pull_requests=write");
    expect((await call(gh, "GET", `${REPO_PATH}/issues/2/comments`)).status).toBe(200);
    expect(gh.checkRuns).toEqual([]);

    gh.readOnly = false;
    expect((await call(gh, "POST", `${REPO_PATH}/issues/2/comments`, { body: "b" })).status).toBe(201);
    expect(gh.violations).toEqual([]);
  });

  it("fail() answers the next `times` matching requests, then behaves again", async () => {
    const gh = await start();
    gh.fail({ operationId: "issues/create-comment", times: 2 }, { status: 502 });
    gh.fail({ method: "PATCH" }, secondaryRateLimit(1));
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(gh, "POST", `${REPO_PATH}/issues/2/comments`, { body: `try ${i}` })).status);
    expect(statuses).toEqual([502, 502, 201]);
    expect(gh.comments.get(2)?.map((c) => c.body)).toEqual(["try 2"]);

    const id = gh.comments.get(2)?.[0].id ?? 0;
    const limited = await call(gh, "PATCH", `${REPO_PATH}/issues/comments/${id}`, { body: "edit" });
    expect(limited.status).toBe(403);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect((limited.json as { message: string }).message).toContain("secondary rate limit");
    expect((await call(gh, "PATCH", `${REPO_PATH}/issues/comments/${id}`, { body: "edit" })).status).toBe(200);
  });

  it("still records a request fail() answered as a violation when it breaks the description", async () => {
    const gh = await start();
    gh.fail({ operationId: "checks/create" }, { status: 500 });
    expect((await call(gh, "POST", `${REPO_PATH}/check-runs`, { name: "n" })).status).toBe(500);
    expect(gh.violations).toHaveLength(1);
  });

  it("answers 404 with a violation for paths outside the description or the repository", async () => {
    const gh = await start();
    expect((await call(gh, "GET", `${REPO_PATH}/code-scanning/alerts`)).status).toBe(404);
    expect((await call(gh, "GET", `/repos/someone/else/issues/2/comments`)).status).toBe(404);
    expect((await call(gh, "PUT", `${REPO_PATH}/issues/2/comments`, { body: "b" })).status).toBe(404);
    expect(gh.violations).toHaveLength(3);
    expect(gh.requests.map((r) => r.operationId)).toEqual([undefined, "issues/list-comments", undefined]);
  });

  it("sends rate-limit headers on every answer, remaining counting down from 1000", async () => {
    const gh = await start();
    const first = await call(gh, "GET", `${REPO_PATH}/issues`);
    const second = await call(gh, "GET", `${REPO_PATH}/issues/2/comments`, undefined, "Bearer wrong");
    expect(first.headers.get("x-ratelimit-limit")).toBe("1000");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("999");
    expect(second.headers.get("x-ratelimit-remaining")).toBe("998");
    expect(second.headers.get("x-ratelimit-used")).toBe("2");
    expect(second.headers.get("x-ratelimit-resource")).toBe("core");
    expect(Number(second.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
  });

  it("records method, path, query, headers and parsed body", async () => {
    const gh = await start();
    await call(gh, "POST", `${REPO_PATH}/issues/2/comments?x=1`, { body: "b" });
    expect(gh.requests[0]).toMatchObject({ method: "POST", path: `${REPO_PATH}/issues/2/comments`, query: { x: "1" }, body: { body: "b" }, operationId: "issues/create-comment", status: 201 });
    expect(gh.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(gh.url.startsWith("http://127.0.0.1:")).toBe(true);
  });
});
