// The GitHub client on its own: pagination, retries and rate limits, errors that name the permission, and a
// token that goes to the API's origin only. Answers come from a stand-in `fetch` or the fake GitHub on 127.0.0.1.
import { describe, expect, it } from "vitest";
import { GitHubClient, GitHubError, nextLink } from "../src/github/client.js";
import { startFakeGitHub } from "./helpers/github-server.js";

const TOKEN = "ghs_clientTESTtoken";
const API = "http://127.0.0.1:9";

/** A `fetch` that answers from a list, in order, and records what it was asked. */
function scripted(answers: (() => Response)[]) {
  const asked: { url: string; headers: Record<string, string> }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    asked.push({ url: String(url), headers: init?.headers as Record<string, string> });
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    return next();
  };
  return { asked, fetch: fetch as typeof globalThis.fetch };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("the GitHub client", () => {
  it("reads every page through the Link header, 100 a page", async () => {
    const server = await startFakeGitHub({ token: TOKEN, owner: "o", repo: "r" });
    try {
      for (let i = 0; i < 250; i++) server.addComment(5, `c${i}`);
      const client = new GitHubClient({ apiUrl: server.url, token: TOKEN });
      const { items, complete } = await client.paginate<{ body: string }>("/repos/o/r/issues/5/comments", 10);
      expect(complete).toBe(true);
      expect(items.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
      expect(client.requests).toBe(3);
      expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
      expect((await client.paginate("/repos/o/r/issues/5/comments", 2)).complete).toBe(false);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("never sends the token to another origin, whatever a Link header says", async () => {
    const { asked, fetch } = scripted([json(200, [1], { link: '<https://evil.example/next?page=2>; rel="next"' })]);
    const client = new GitHubClient({ apiUrl: API, token: TOKEN, fetch });
    await expect(client.paginate("/repos/o/r/issues", 5)).rejects.toThrow("refused to send the token to another origin");
    expect(asked.map((a) => a.url)).toEqual([`${API}/repos/o/r/issues?per_page=100`]);
  });

  it("retries 5xx and a secondary rate limit after its retry-after, then succeeds", async () => {
    const { asked, fetch } = scripted([json(502, { message: "Bad Gateway" }), json(403, { message: "You have exceeded a secondary rate limit." }, { "retry-after": "0" }), json(200, { id: 1 })]);
    const client = new GitHubClient({ apiUrl: API, token: TOKEN, fetch });
    const answer = await client.request<{ id: number }>("POST", "/repos/o/r/check-runs", {});
    expect(answer.data.id).toBe(1);
    expect(asked).toHaveLength(3);
    expect(client.requests).toBe(3);
  });

  it("does not wait for a primary rate limit that resets in more than a minute", async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const { asked, fetch } = scripted([json(403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset })]);
    const client = new GitHubClient({ apiUrl: API, token: TOKEN, fetch });
    const error = await client.request("GET", "/repos/o/r/issues").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).failure).toBe("rate-limited");
    expect((error as GitHubError).message).toBe("GitHub GET /repos/o/r/issues: HTTP 403: API rate limit exceeded; the rate limit resets in more than a minute");
    expect(asked).toHaveLength(1);
  });

  it("says which permission a 403 asked for, and never the token", async () => {
    const server = await startFakeGitHub({ token: TOKEN, owner: "o", repo: "r", readOnly: true });
    try {
      const client = new GitHubClient({ apiUrl: `${server.url}/`, token: TOKEN });
      const error = (await client.request("POST", "/repos/o/r/check-runs", { name: "x", head_sha: "a".repeat(40) }).catch((e: unknown) => e)) as GitHubError;
      expect(error.failure).toBe("forbidden");
      expect(error.accepted).toBe("checks=write");
      expect(error.message).toBe("GitHub POST /repos/o/r/check-runs: HTTP 403: Resource not accessible by integration");
      expect(JSON.stringify({ ...error, message: error.message })).not.toContain(TOKEN);
    } finally {
      await server.close();
    }
  });

  it("gives up on a server that keeps failing, with the count of attempts", async () => {
    const { fetch } = scripted(Array.from({ length: 4 }, () => json(500, { message: "boom" })));
    const client = new GitHubClient({ apiUrl: API, token: TOKEN, fetch, retries: 1 });
    await expect(client.request("GET", "/repos/o/r/issues")).rejects.toThrow("GitHub GET /repos/o/r/issues: HTTP 500: boom (2 attempts)");
  });

  it("reads the next page's address from a Link header", () => {
    expect(nextLink('<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last"')).toBe("https://api.github.com/repositories/1/issues?page=2");
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
