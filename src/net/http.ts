// What every HTTP client here shares (OSV, the GitHub API): bounded bodies, retry timing, and failures
// described in a few words without the URL (it may carry credentials) or raw server text (one line, capped).

const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8000;
const RETRY_AFTER_CAP_MS = 60_000;
const SNIPPET_LENGTH = 200;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** One line of at most 200 characters, for text a server sent. */
export function snippet(text: string): string {
  const head = text.slice(0, SNIPPET_LENGTH * 4);
  // Control characters (a terminal escape, a newline) would forge or break the log line.
  const line = Array.from(head, (c) => (c < " " || c === "\u007f" ? " " : c))
    .join("")
    .replace(/ +/g, " ")
    .trim();
  return line.length > SNIPPET_LENGTH || head.length < text.length ? `${line.slice(0, SNIPPET_LENGTH - 1)}…` : line;
}

/** How long a `Retry-After` header (seconds or an HTTP date) asks to wait, capped at a minute; undefined when unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  const ms = /^\d{1,10}$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}

/** Exponential, with jitter so that parallel requests do not retry in step. */
export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt) * (0.5 + Math.random() / 2);
}

export function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end--;
  return url.slice(0, end);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class BodyTooLarge extends Error {}

/** The body, refusing more than `limit` bytes whether or not the server declares its length. */
export async function readBody(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (declared > limit) {
    await response.body?.cancel();
    throw new BodyTooLarge();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}

/** A request's failure in a few words: the cause, never the URL (it may carry credentials). */
export function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `timed out after ${timeoutMs} ms`;
  const cause = error instanceof Error && isObject(error.cause) ? error.cause : undefined;
  const detail = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : error instanceof Error ? error.message : String(error);
  return `network error (${snippet(detail)})`;
}
