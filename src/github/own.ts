// What this tool wrote before (a comment, a tracking issue): found by the hidden marker its body starts with.
import { GitHubError, type GitHubClient } from "./client.js";

/** A comment or an issue, as far as telling ours apart needs. */
export interface Authored {
  id: number;
  number?: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
  /** Set on the pull requests the issues list also returns. */
  pull_request?: unknown;
}

/** 100 pages of 100: a list longer than that is not looked through to its end. */
const MAX_PAGES = 100;

/**
 * The items of a list endpoint this tool wrote, oldest first: the marker first in the body, written by a
 * bot (the workflow token writes as `github-actions[bot]`), or by the token's own user when it is a
 * person's token. A person's comment that quotes the marker is never taken for ours.
 */
export async function ownItems(client: GitHubClient, path: string, marker: string): Promise<Authored[]> {
  const { items } = await client.paginate<Authored>(path, MAX_PAGES);
  const marked = items.filter((c) => typeof c.id === "number" && typeof c.body === "string" && c.body.startsWith(marker) && c.pull_request === undefined);
  const byBot = marked.filter((c) => c.user?.type === "Bot");
  if (byBot.length > 0 || marked.length === 0) return byBot;
  // Marked items by people: ours only if the token is that person's (an installation token may not ask).
  const me = await client.request<{ login?: unknown }>("GET", "/user").catch((error: unknown) => {
    if (error instanceof GitHubError && (error.failure === "forbidden" || error.failure === "not-found")) return undefined;
    throw error;
  });
  const login = me?.data?.login;
  return typeof login === "string" ? marked.filter((c) => c.user?.login === login) : [];
}
