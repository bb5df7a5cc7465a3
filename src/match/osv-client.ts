// Online advisory lookup through the OSV API (https://google.github.io/osv.dev/api/). The batch endpoint
// answers with ids only, so each distinct id is then fetched once in full. Network trouble never throws:
// it ends up in `errors`, one line each, and the caller falls back to the embedded catalog.
import { BodyTooLarge, backoffMs, describeFailure, readBody, retryAfterMs, sleep, snippet, withoutTrailingSlashes } from "../net/http.js";
import { VERSION } from "../version.js";
import { readOsvRecord, type OsvRecord } from "./osv.js";

export interface OsvQuery {
  ecosystem: string;
  name: string;
  /** The installed version; empty asks for every advisory of the package. */
  version: string;
}

export interface OsvClientOptions {
  /** Default `https://api.osv.dev`. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per request, the body included. Default 30 s. */
  timeoutMs?: number;
  /** Further attempts after a network error, a timeout, 429 or 5xx. Default 3. */
  retries?: number;
  /** Requests in flight at once, for the batches and for the records. Default 8. */
  concurrency?: number;
  userAgent?: string;
}

export interface OsvLookup {
  /** Per query, in the order of the queries. */
  records: OsvRecord[][];
  /** HTTP requests sent, retries included. */
  requests: number;
  errors: string[];
}

const DEFAULT_BASE_URL = "https://api.osv.dev";
/** OSV's limit per batch (`MaxQueriesPerQueryBatchRequest` in osv.dev's Go binding, bindings/go/osvdev). */
const BATCH_LIMIT = 1000;
/** OSV caps responses at 32 MiB over HTTP/1.1; anything much larger is not OSV talking. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** A server that hands out page tokens forever must not keep the scan waiting. */
const MAX_PAGES = 100;
const MAX_ERRORS = 20;

export { retryAfterMs };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

async function forEachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The requests of one lookup: counts them, retries them, and stops sending once OSV proved unreachable. */
class Session {
  requests = 0;
  private readonly errors: string[] = [];
  private suppressed = 0;
  private unreachable = false;
  private skipped = 0;
  readonly concurrency: number;
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly userAgent: string;

  constructor(options: OsvClientOptions) {
    this.baseUrl = withoutTrailingSlashes(options.baseUrl ?? DEFAULT_BASE_URL);
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = Math.max(1, options.timeoutMs ?? 30_000);
    this.retries = Math.max(0, Math.floor(options.retries ?? 3));
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 8));
    this.userAgent = options.userAgent ?? `ai-infra-audit/${VERSION}`;
  }

  error(message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push(message);
    else this.suppressed++;
  }

  finish(): string[] {
    const out = [...this.errors];
    if (this.skipped > 0) out.push(`${this.skipped} OSV requests not sent`);
    if (this.suppressed > 0) out.push(`${this.suppressed} more OSV errors not shown`);
    return out;
  }

  /** The parsed JSON of a successful response; undefined after an error, which is recorded. */
  async send(method: "GET" | "POST", path: string, body?: unknown): Promise<unknown> {
    const what = `OSV ${method} ${path}`;
    let failure = "";
    let wait = 0;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await sleep(wait);
      if (this.unreachable) {
        // Another request already found OSV unreachable and said so.
        if (attempt === 0) this.skipped++;
        return undefined;
      }
      this.requests++;
      let response: Response;
      let text: string;
      try {
        const headers: Record<string, string> = { accept: "application/json", "user-agent": this.userAgent };
        if (body !== undefined) headers["content-type"] = "application/json";
        response = await this.fetch(`${this.baseUrl}${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        if (response.status === 429 || response.status >= 500) {
          await response.body?.cancel();
          failure = `HTTP ${response.status}`;
          wait = retryAfterMs(response.headers.get("retry-after")) ?? backoffMs(attempt);
          continue;
        }
        text = await readBody(response, MAX_BODY_BYTES);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          this.error(`${what}: response larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB, refused`);
          return undefined;
        }
        failure = describeFailure(error, this.timeoutMs);
        wait = backoffMs(attempt);
        continue;
      }
      if (!response.ok) {
        const said = snippet(text);
        this.error(`${what}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${said ? `: ${said}` : ""}`);
        return undefined;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        this.error(`${what}: the response is not JSON (${snippet(text) || "empty"})`);
        return undefined;
      }
    }
    this.unreachable = true;
    this.error(`${what}: ${failure} (${this.retries + 1} attempt${this.retries === 0 ? "" : "s"}); OSV is taken as unreachable, no further requests sent`);
    return undefined;
  }
}

interface Pending {
  index: number;
  token?: string;
}

/** The vulnerability ids of each query, following each query's page tokens until none is left. */
async function batchIds(session: Session, queries: OsvQuery[]): Promise<string[][]> {
  const ids = queries.map(() => new Set<string>());
  let pending: Pending[] = queries.map((_, index) => ({ index }));
  for (let page = 0; pending.length > 0; page++) {
    if (page === MAX_PAGES) {
      session.error(`OSV POST /v1/querybatch: still paging after ${MAX_PAGES} pages for ${pending.length} queries; the rest was not read`);
      break;
    }
    const chunks: Pending[][] = [];
    for (let i = 0; i < pending.length; i += BATCH_LIMIT) chunks.push(pending.slice(i, i + BATCH_LIMIT));
    const next: Pending[] = [];
    await forEachLimited(chunks, session.concurrency, async (chunk) => {
      const body = {
        queries: chunk.map(({ index, token }) => {
          const { ecosystem, name, version } = queries[index];
          return { package: { ecosystem, name }, ...(version ? { version } : {}), ...(token ? { page_token: token } : {}) };
        }),
      };
      const json = await session.send("POST", "/v1/querybatch", body);
      if (json === undefined) return;
      const results = isObject(json) && Array.isArray(json.results) ? json.results : undefined;
      if (!results || results.length !== chunk.length) {
        session.error(`OSV POST /v1/querybatch: expected ${chunk.length} results, got ${results ? results.length : "none"}`);
        return;
      }
      chunk.forEach(({ index }, i) => {
        const result: unknown = results[i];
        if (!isObject(result)) return;
        for (const vuln of Array.isArray(result.vulns) ? result.vulns : []) {
          if (isObject(vuln) && typeof vuln.id === "string" && vuln.id !== "") ids[index].add(vuln.id);
        }
        if (typeof result.next_page_token === "string" && result.next_page_token !== "") next.push({ index, token: result.next_page_token });
      });
    });
    pending = next.sort((a, b) => a.index - b.index);
  }
  return ids.map((set) => [...set]);
}

/**
 * What OSV knows about each query's package at its version: `POST /v1/querybatch` in chunks of 1,000,
 * then `GET /v1/vulns/{id}` once per distinct id. Never throws; see `errors` for what could not be read.
 */
export async function queryOsv(queries: OsvQuery[], options: OsvClientOptions = {}): Promise<OsvLookup> {
  const session = new Session(options);
  let records: OsvRecord[][] = queries.map(() => []);
  try {
    const ids = await batchIds(session, queries);
    const full = new Map<string, OsvRecord>();
    await forEachLimited([...new Set(ids.flat())], session.concurrency, async (id) => {
      const path = `/v1/vulns/${encodeURIComponent(id)}`;
      const json = await session.send("GET", path);
      if (json === undefined) return;
      const record = readOsvRecord(json);
      if (record) full.set(id, record);
      else session.error(`OSV GET ${path}: not an OSV record`);
    });
    records = ids.map((list) => list.flatMap((id) => full.get(id) ?? []));
  } catch (error) {
    session.error(`OSV lookup failed: ${snippet(error instanceof Error ? error.message : String(error))}`);
  }
  return { records, requests: session.requests, errors: session.finish() };
}
