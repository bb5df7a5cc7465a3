// The files a pull request changes (https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files):
// the last way to tell its new findings apart when neither its base nor a baseline can be read. The API
// lists at most 3,000 files; a longer list is incomplete and not used.
import type { GitHubClient } from "./client.js";

const MAX_FILES = 3000;

/** The changed paths (renamed files under both names), or undefined when the list is incomplete. */
export async function changedFiles(client: GitHubClient, owner: string, repo: string, pull: number): Promise<Set<string> | undefined> {
  const { items, complete } = await client.paginate<{ filename?: unknown; previous_filename?: unknown }>(`/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/pulls/${pull}/files`, MAX_FILES / 100);
  if (!complete || items.length >= MAX_FILES) return undefined;
  const files = new Set<string>();
  for (const item of items) {
    if (typeof item.filename === "string") files.add(item.filename);
    if (typeof item.previous_filename === "string") files.add(item.previous_filename);
  }
  return files;
}
