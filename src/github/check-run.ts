// The check run on the reported commit, with every annotation: the API takes 50 per request and appends
// those of each update to the run (https://docs.github.com/en/rest/checks/runs#update-a-check-run).
import type { CheckAnnotation } from "../report/check-run.js";
import type { GitHubClient } from "./client.js";

export interface CheckRunInput {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  text: string;
  annotations: CheckAnnotation[];
  /** The workflow run, shown as the check's details link. */
  detailsUrl?: string;
}

/** The API's limit per request (`output.annotations`, maxItems 50). */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Creates the run already completed (a run left "in progress" by a failed update would show as stuck),
 * with the first 50 annotations, then appends the rest 50 at a time, one request after another.
 */
export async function publishCheckRun(client: GitHubClient, input: CheckRunInput): Promise<{ url?: string }> {
  const output = { title: input.title, summary: input.summary, text: input.text };
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const path = `/repos/${encodeURIComponent(input.owner)}/${encodeURIComponent(input.repo)}/check-runs`;
  const created = await client.request<{ id?: unknown; html_url?: unknown }>("POST", path, {
    name: input.name,
    head_sha: input.headSha,
    status: "completed",
    conclusion: input.conclusion,
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: { ...output, annotations: batches[0] ?? [] },
  });
  const id = created.data?.id;
  if (typeof id !== "number") throw new Error("GitHub POST check-runs: the answer has no check run id");
  for (const batch of batches.slice(1)) {
    // `summary` is required whenever `output` is sent; title and text are sent again unchanged.
    await client.request("PATCH", `${path}/${id}`, { output: { ...output, annotations: batch } });
  }
  return { url: typeof created.data.html_url === "string" ? created.data.html_url : undefined };
}
