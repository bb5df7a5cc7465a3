// The one place that talks to GitHub's REST API (https://docs.github.com/en/rest). Every request is counted
// (the workflow token has 1,000 an hour per repository), retried with backoff on 5xx and rate limits
// (honouring `retry-after`), and sent one at a time: writes are "content-generating" and GitHub's secondary
// limits punish bursts. Errors say what failed and which permission GitHub asked for, never the token.
import { BodyTooLarge, backoffMs, describeFailure, readBody, retryAfterMs, sleep, snippet, withoutTrailingSlashes } from "../net/http.js";
import { VERSION } from "../version.js";

export interface GitHubClientOptions {
  /** `GITHUB_API_URL`: https://api.github.com, or a GitHub Enterprise Server's `/api/v3`. */
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** Further attempts after a network error, a 5xx or a rate limit. Default 3. */
  retries?: number;
}

/** Why a request failed, for the caller to choose a fallback: `forbidden` is a token without the permission. */
export type GitHubFailure = "forbidden" | "not-found" | "invalid" | "rate-limited" | "unavailable" | "other";

export class GitHubError extends Error {
  constructor(
    message: string,
    readonly failure: GitHubFailure,
    readonly status?: number,
    /** The permissions GitHub said the request needs (`x-accepted-github-permissions`), e.g. `checks=write`. */
    readonly accepted?: string,
  ) {
    super(message);
  }
}

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

/** GitHub's answers are small; a page of 100 comments of 64 KB each is the largest we read. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** GitHub: "wait for at least one minute before retrying" after a secondary rate limit without `retry-after`. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
/** A primary limit that resets later than this is not waited for: the run reports without the API. */
const MAX_RESET_WAIT_MS = 60_000;
/** The REST API version the requests are written against (https://docs.github.com/en/rest/about-the-rest-api/api-versions). */
const API_VERSION = "2022-11-28";

export class GitHubClient {
  /** Requests sent, retries included. */
  requests = 0;
  private readonly apiUrl: string;
  private readonly origin: string;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;

  constructor(private readonly options: GitHubClientOptions) {
    this.apiUrl = withoutTrailingSlashes(options.apiUrl);
    this.origin = new URL(this.apiUrl).origin;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = Math.max(1, options.timeoutMs ?? 30_000);
    this.retries = Math.max(0, Math.floor(options.retries ?? 3));
  }

  /** One request to `path` (`/repos/o/r/check-runs`) or to a full URL GitHub handed out (a `Link`), on the API's own origin only. */
  async request<T>(method: string, path: string, body?: unknown): Promise<GitHubResponse<T>> {
    const url = path.startsWith("/") ? `${this.apiUrl}${path}` : path;
    // The token goes to the API and nowhere else, whatever a `Link` header says.
    if (new URL(url).origin !== this.origin) throw new GitHubError(`GitHub ${method}: refused to send the token to another origin`, "other");
    const what = `GitHub ${method} ${new URL(url).pathname}`;
    let failure = "";
    let wait = 0;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await sleep(wait);
      this.requests++;
      let response: Response;
      let text: string;
      try {
        response = await this.fetch(url, {
          method,
          headers: {
            accept: "application/vnd.github+json",
            authorization: `Bearer ${this.options.token}`,
            "user-agent": `ai-infra-audit/${VERSION}`,
            "x-github-api-version": API_VERSION,
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        text = await readBody(response, MAX_BODY_BYTES);
      } catch (error) {
        if (error instanceof BodyTooLarge) throw new GitHubError(`${what}: answer larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB, refused`, "other");
        failure = describeFailure(error, this.timeoutMs);
        wait = backoffMs(attempt);
        continue;
      }
      const message = githubMessage(text);
      const limited = rateLimitWait(response, message);
      if (limited !== undefined || response.status >= 500) {
        failure = `HTTP ${response.status}${message ? `: ${message}` : ""}`;
        if (limited === "too-long") throw new GitHubError(`${what}: ${failure}; the rate limit resets in more than a minute`, "rate-limited", response.status);
        wait = limited ?? backoffMs(attempt);
        continue;
      }
      if (!response.ok) {
        const accepted = response.headers.get("x-accepted-github-permissions") ?? undefined;
        throw new GitHubError(`${what}: HTTP ${response.status}${message ? `: ${message}` : ""}`, failureOf(response.status), response.status, accepted ? snippet(accepted) : undefined);
      }
      let data: unknown = undefined;
      if (text) {
        try {
          data = JSON.parse(text);
        } catch {
          throw new GitHubError(`${what}: the answer is not JSON (${snippet(text)})`, "other", response.status);
        }
      }
      return { status: response.status, data: data as T, headers: response.headers };
    }
    throw new GitHubError(`${what}: ${failure} (${this.retries + 1} attempts)`, failure.startsWith("HTTP 403") || failure.startsWith("HTTP 429") ? "rate-limited" : "unavailable");
  }

  /**
   * Every item of a list endpoint, 100 a page, following `Link: rel="next"` (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api);
   * at most `maxPages` pages, and `complete: false` when there were more.
   */
  async paginate<T>(path: string, maxPages: number): Promise<{ items: T[]; complete: boolean }> {
    const items: T[] = [];
    let next: string | undefined = `${path}${path.includes("?") ? "&" : "?"}per_page=100`;
    for (let page = 0; next !== undefined; page++) {
      if (page === maxPages) return { items, complete: false };
      const { data, headers }: GitHubResponse<T[]> = await this.request<T[]>("GET", next);
      if (!Array.isArray(data)) throw new GitHubError(`GitHub GET ${path}: expected a list`, "other");
      items.push(...data);
      next = nextLink(headers.get("link"));
    }
    return { items, complete: true };
  }
}

/** GitHub's `message`, one line; else the start of the body. */
function githubMessage(text: string): string {
  try {
    const json = JSON.parse(text) as { message?: unknown };
    if (typeof json.message === "string") return snippet(json.message);
  } catch {
    // not JSON: the body itself
  }
  return snippet(text);
}

/**
 * How long to wait before retrying a rate-limited answer; undefined when it is not one, `too-long` when
 * the primary limit resets later than we wait (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
 */
function rateLimitWait(response: Response, message: string): number | "too-long" | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const retryAfter = retryAfterMs(response.headers.get("retry-after"));
  if (retryAfter !== undefined) return retryAfter;
  if (response.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(response.headers.get("x-ratelimit-reset") ?? "") * 1000 - Date.now();
    if (!Number.isFinite(reset) || reset > MAX_RESET_WAIT_MS) return "too-long";
    return Math.max(reset, 1000);
  }
  if (/secondary rate limit/i.test(message) || response.status === 429) return SECONDARY_LIMIT_WAIT_MS;
  return undefined;
}

function failureOf(status: number): GitHubFailure {
  if (status === 401 || status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 422 || status === 400) return "invalid";
  return "other";
}

/** The `rel="next"` URL of a `Link` header. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(",")) {
    const [target, ...params] = part.split(";");
    if (!params.some((p) => p.trim() === 'rel="next"')) continue;
    const url = target.trim();
    if (url.startsWith("<") && url.endsWith(">")) return url.slice(1, -1);
  }
  return undefined;
}
