// One comment per pull request, found again by the hidden marker its body starts with and edited in
// place; duplicates (two runs racing) are deleted. Comments come 100 a page in ascending id order
// (https://docs.github.com/en/rest/issues/comments#list-issue-comments), so every page is read.
import type { GitHubClient } from "./client.js";
import { ownItems, type Authored } from "./own.js";

export type CommentPolicy = "auto" | "always" | "never" | "on-failure";

export interface StickyCommentInput {
  owner: string;
  repo: string;
  issue: number;
  marker: string;
  policy: CommentPolicy;
  /** Something new to report (new findings, config changes); nothing: an existing comment turns into `clearBody`, and none is created under `auto`. */
  hasFindings: boolean;
  failed: boolean;
  body: () => string;
  clearBody: () => string;
}

export interface StickyCommentResult {
  action: "created" | "updated" | "cleared" | "none";
  url?: string;
  /** Older copies removed. */
  deleted: number;
}

export async function publishStickyComment(client: GitHubClient, input: StickyCommentInput): Promise<StickyCommentResult> {
  if (input.policy === "never") return { action: "none", deleted: 0 };
  const repoPath = `/repos/${encodeURIComponent(input.owner)}/${encodeURIComponent(input.repo)}`;
  const ours = await ownItems(client, `${repoPath}/issues/${input.issue}/comments`, input.marker);
  const wanted = input.policy === "always" || (input.policy === "auto" && input.hasFindings) || (input.policy === "on-failure" && input.failed);
  const [first, ...copies] = ours;
  let deleted = 0;
  for (const copy of copies) {
    await client.request("DELETE", `${repoPath}/issues/comments/${copy.id}`);
    deleted++;
  }
  if (first) {
    const clear = !wanted;
    const body = clear ? input.clearBody() : input.body();
    if (body === first.body) return { action: clear ? "cleared" : "updated", url: first.html_url, deleted };
    const updated = await client.request<Authored>("PATCH", `${repoPath}/issues/comments/${first.id}`, { body });
    return { action: clear ? "cleared" : "updated", url: updated.data?.html_url ?? first.html_url, deleted };
  }
  if (!wanted) return { action: "none", deleted };
  const created = await client.request<Authored>("POST", `${repoPath}/issues/${input.issue}/comments`, { body: input.body() });
  return { action: "created", url: created.data?.html_url, deleted };
}
