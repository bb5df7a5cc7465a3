// The scheduled audit's one tracking issue, labelled `ai-infra-audit`: created when the audit finds
// something, updated by every later audit, closed when the tree is clean
// (https://docs.github.com/en/rest/issues/issues).
import type { GitHubClient } from "./client.js";
import { ownItems } from "./own.js";

export const TRACKING_LABEL = "ai-infra-audit";

export interface TrackingIssueInput {
  owner: string;
  repo: string;
  marker: string;
  clean: boolean;
  title: string;
  body: () => string;
  clearBody: () => string;
}

export interface TrackingIssueResult {
  action: "created" | "updated" | "closed" | "none";
  url?: string;
}

export async function publishTrackingIssue(client: GitHubClient, input: TrackingIssueInput): Promise<TrackingIssueResult> {
  const repoPath = `/repos/${encodeURIComponent(input.owner)}/${encodeURIComponent(input.repo)}`;
  const open = await ownItems(client, `${repoPath}/issues?state=open&labels=${TRACKING_LABEL}`, input.marker);
  if (input.clean) {
    for (const issue of open) await client.request("PATCH", `${repoPath}/issues/${issue.number}`, { body: input.clearBody(), state: "closed", state_reason: "completed" });
    return open.length ? { action: "closed", url: open[0].html_url } : { action: "none" };
  }
  const [first, ...copies] = open;
  // Two audits that raced left two issues: the later ones are closed, the first carries on.
  for (const copy of copies) await client.request("PATCH", `${repoPath}/issues/${copy.number}`, { state: "closed", state_reason: "not_planned" });
  if (first) {
    const updated = await client.request<{ html_url?: string }>("PATCH", `${repoPath}/issues/${first.number}`, { title: input.title, body: input.body() });
    return { action: "updated", url: updated.data?.html_url ?? first.html_url };
  }
  // A label that does not exist yet is created with the issue.
  const created = await client.request<{ html_url?: string }>("POST", `${repoPath}/issues`, { title: input.title, body: input.body(), labels: [TRACKING_LABEL] });
  return { action: "created", url: created.data?.html_url };
}
