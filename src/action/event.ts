// The event the workflow run was started by, as the runner hands it over: `GITHUB_EVENT_NAME`, the webhook
// payload at `GITHUB_EVENT_PATH`, and the run's own variables
// (https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables).
import { existsSync, readFileSync, statSync } from "node:fs";
import { withoutTrailingSlashes } from "../net/http.js";

/** The revision a pull request (or a merge queue entry) is compared with. */
export interface BaseRevision {
  sha: string;
  /** `pull_request`, `pull_request_target` or `merge_group`. */
  event: string;
  /** The token to fetch it with when the checkout lacks it and kept no credentials (`persist-credentials: false`). */
  fetchWith?: { serverUrl: string; token: string };
}

export interface RunEvent {
  name: string;
  repository?: { owner: string; repo: string };
  /** The commit reported on: a pull request's head (not the test merge commit), a merge group's head, else `GITHUB_SHA`. */
  headSha?: string;
  base?: BaseRevision;
  pullRequest?: {
    number: number;
    /** Opened from another repository: on `pull_request` its token is read-only whatever `permissions:` says. */
    fork: boolean;
  };
  /** The repository is public (a fork's token is then read-only for certain). */
  public: boolean;
  /** The workflow run's page, whose job summary holds the full report. */
  runUrl?: string;
  /** `https://github.com` or a GitHub Enterprise Server's address. */
  serverUrl: string;
}

/** Event payloads are small; a larger file is not the runner's. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];

interface Payload {
  pull_request?: { number?: unknown; head?: { sha?: unknown; repo?: { full_name?: unknown } | null }; base?: { sha?: unknown; repo?: { full_name?: unknown } } };
  merge_group?: { head_sha?: unknown; base_sha?: unknown };
  repository?: { private?: unknown };
}

function readPayload(path: string | undefined): Payload {
  if (!path || !existsSync(path) || statSync(path).size > MAX_EVENT_BYTES) return {};
  try {
    const payload: unknown = JSON.parse(readFileSync(path, "utf8"));
    return typeof payload === "object" && payload !== null ? (payload as Payload) : {};
  } catch {
    return {};
  }
}

const sha = (value: unknown): string | undefined => (typeof value === "string" && SHA.test(value) ? value : undefined);

export function readEvent(env: NodeJS.ProcessEnv): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const repository = rest.length === 0 && NAME.test(owner ?? "") && NAME.test(repo ?? "") ? { owner, repo } : undefined;
  const serverUrl = withoutTrailingSlashes(env.GITHUB_SERVER_URL ?? "https://github.com");
  const runId = env.GITHUB_RUN_ID ?? "";
  const runUrl = repository && /^\d{1,20}$/.test(runId) ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${/^\d{1,5}$/.test(env.GITHUB_RUN_ATTEMPT ?? "") ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ""}` : undefined;
  const event: RunEvent = { name, repository, headSha: sha(env.GITHUB_SHA), serverUrl, runUrl, public: payload.repository?.private === false };
  const pr = payload.pull_request;
  if (PULL_REQUEST_EVENTS.includes(name) && pr) {
    event.headSha = sha(pr.head?.sha) ?? event.headSha;
    const baseSha = sha(pr.base?.sha);
    if (baseSha) event.base = { sha: baseSha, event: name };
    const number = pr.number;
    if (typeof number === "number" && Number.isSafeInteger(number) && number > 0) {
      const head = pr.head?.repo?.full_name;
      // A deleted fork has no head repository: it was a fork all the same.
      event.pullRequest = { number, fork: head !== pr.base?.repo?.full_name };
    }
  } else if (name === "merge_group" && payload.merge_group) {
    event.headSha = sha(payload.merge_group.head_sha) ?? event.headSha;
    const baseSha = sha(payload.merge_group.base_sha);
    if (baseSha) event.base = { sha: baseSha, event: name };
  }
  return event;
}
