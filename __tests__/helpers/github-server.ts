// A fake GitHub REST API on 127.0.0.1 for tests of the GitHub client: it holds check runs, issue comments,
// issues and pull request files in memory, answers as GitHub does, and checks every request against
// GitHub's own description of the operation (__tests__/fixtures/github/rest-operations.json, extracted
// from @octokit/openapi by scripts/extract-github-openapi.mjs). A request the description forbids gets
// GitHub's 422 and is written to `violations`, so a test can assert that a whole run stayed inside the
// API: `expect(fake.violations).toEqual([])`.
//
// What it does not do: anything but the operations of the fixture on the configured repository (plus
// GET /user); conditional requests (ETag/304); media types other than JSON; the `/repositories/<id>/...`
// form of URL that GitHub's own Link headers often use (here they use `/repos/<owner>/<repo>/...`, so a
// client must follow the Link URL as given, which it should do anyway); primary rate-limit exhaustion
// (use `fail()`).
//
// Regular expressions: the code here runs none on request text. Ajv runs the `format` checks of the
// description on it: only `date-time` and `int64`/`int32` are registered (ajv-formats' date-time regexes
// are anchored and without nested quantifiers, so linear), and a schema with a `pattern` is refused at
// start-up until someone has checked that pattern.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

// ---------------------------------------------------------------------------------------------------
// The fixture

export interface RestParameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: JsonSchema;
  description?: string;
}
export interface RestOperation {
  method: string;
  path: string;
  summary: string;
  description: string;
  documentation: string | null;
  parameters: RestParameter[];
  requestBody: JsonSchema | null;
  requestBodyRequired: boolean;
  responses: string[];
  breakingChanges?: unknown[];
}
export interface RestFixture {
  source: string;
  packageVersion: string;
  apiVersion: string;
  breakingChangeVersions: string[];
  openapi: string;
  file: string;
  extracted: string;
  operations: Record<string, RestOperation>;
}
type JsonSchema = { [keyword: string]: unknown };

const FIXTURE_PATH = fileURLToPath(new URL("../fixtures/github/rest-operations.json", import.meta.url));
let fixtureCache: RestFixture | undefined;

/** GitHub's description of the operations the project calls, as committed. */
export function loadRestFixture(): RestFixture {
  fixtureCache ??= JSON.parse(readFileSync(FIXTURE_PATH, "utf8")) as RestFixture;
  return fixtureCache;
}

// ---------------------------------------------------------------------------------------------------
// The public interface

export interface RecordedRequest {
  method: string;
  /** The path without the query string, as sent (not decoded). */
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The parsed JSON body; the raw text when it is not JSON; undefined when there is none. */
  body: unknown;
  operationId?: string;
  status: number;
}
export interface FakeGitHubOptions {
  token: string;
  owner: string;
  repo: string;
  /** The login comments and issues made with the token get; default "github-actions[bot]". A login ending in "[bot]" is a Bot, any other a User. */
  login?: string;
  readOnly?: boolean;
}
export interface FakeUser {
  login: string;
  type: "User" | "Bot";
}
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url?: string;
  external_id?: string;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation sent, in order: those of create, then those of each update (GitHub appends them). */
  annotations: Record<string, unknown>[];
  html_url: string;
}
export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  html_url: string;
  created_at: string;
  updated_at: string;
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: string | null;
  labels: string[];
  user: FakeUser;
  html_url: string;
  created_at: string;
  updated_at: string;
}
export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
export interface FailMatch {
  operationId?: string;
  method?: string;
  /** How many matching requests get the answer; default 1. */
  times?: number;
}
export interface FakeGitHub {
  /** "http://127.0.0.1:<port>", for GITHUB_API_URL. */
  url: string;
  requests: RecordedRequest[];
  /** Every way a request broke GitHub's description (or a limit GitHub documents elsewhere). Empty in a good run. */
  violations: string[];
  /** Requests answered 401 (no token or another token). Not violations of the description: counted apart. */
  unauthorized: number;
  checkRuns: FakeCheckRun[];
  /** Per issue or pull request number, in ascending id order. Any number is taken to exist. */
  comments: Map<number, FakeComment[]>;
  issues: FakeIssue[];
  /** Seed: the files of a pull request, for pulls/list-files. A number without an entry is a 404. */
  pullFiles: Map<number, string[]>;
  /** While true every write (any method but GET) answers 403 like the read-only token of a fork's pull request. */
  readOnly: boolean;
  /** The next `times` (default 1) requests matching `match` get `response` instead (still validated and recorded). */
  fail(match: FailMatch, response: FakeResponse): void;
  /** Seeds a comment; `user` defaults to the token's own identity. */
  addComment(issue: number, body: string, user?: FakeUser): FakeComment;
  close(): Promise<void>;
}

/** A 403 secondary rate limit as GitHub answers it, for `fail()`. */
export function secondaryRateLimit(retryAfterSeconds = 1): FakeResponse {
  // Body text as observed from GitHub (not in its REST description); the documented contract is the
  // status 403 or 429 and the `retry-after` header: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
  return {
    status: 403,
    headers: { "retry-after": String(retryAfterSeconds) },
    body: {
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      status: "403",
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Limits GitHub enforces that the description's schemas do not carry

/** Issue and comment bodies: not in the description; GitHub answers 422 with this text past it (facts: renovatebot/renovate #2032). */
const MAX_BODY_CHARS = 65_536;
const BODY_TOO_LONG = `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`;
/** Written only in the description text of checks/create and checks/update ("The maximum size is ..."). */
const ANNOTATION_TITLE_CHARS = 255;
const ANNOTATION_TEXT_BYTES = 64 * 1024;
const ACTION_DESCRIPTION_CHARS = 40;
/** pulls/list-files: "Responses include a maximum of 3000 files." (its description). */
const MAX_PULL_FILES = 3000;
/** per_page: "The number of results per page (max 100)" (parameter description); GitHub serves 100 when asked for more. */
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;
/** Primary limit of a GITHUB_TOKEN: 1,000 requests per hour per repository (facts §1). */
const RATE_LIMIT = 1000;
const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/**
 * The permissions a 403 of a read-only token names in `x-accepted-github-permissions`. Sets separated
 * by ";" are alternatives ("All valid sets are included in the header, each set separated by a
 * semicolon": https://github.blog/changelog/2023-08-10-x-accepted-github-permissions-header-for-fine-grained-permission-actors).
 * The comment operations' value is observed (facts §3); those of issues/create and issues/update are assumed.
 */
const WRITE_PERMISSIONS: Record<string, string> = {
  "checks/create": "checks=write",
  "checks/update": "checks=write",
  "issues/create-comment": "issues=write; pull_requests=write",
  "issues/update-comment": "issues=write; pull_requests=write",
  "issues/delete-comment": "issues=write; pull_requests=write",
  "issues/create": "issues=write",
  "issues/update": "issues=write; pull_requests=write",
};
/** The `resource` GitHub names in a 422's `errors`. */
const RESOURCES: Record<string, string> = {
  "checks/create": "CheckRun",
  "checks/update": "CheckRun",
  "issues/create-comment": "IssueComment",
  "issues/update-comment": "IssueComment",
  "issues/create": "Issue",
  "issues/update": "Issue",
};

// ---------------------------------------------------------------------------------------------------
// Schemas: OpenAPI 3.0 to what Ajv (JSON Schema draft-07) understands

/** Calls `visit` on `schema` and on every subschema of it (not on property names or values of `enum`/`default`). */
function eachSchema(schema: unknown, visit: (s: JsonSchema) => void): void {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return;
  const s = schema as JsonSchema;
  visit(s);
  for (const key of ["properties", "patternProperties", "definitions", "$defs"]) {
    const map = s[key];
    if (map && typeof map === "object") for (const sub of Object.values(map)) eachSchema(sub, visit);
  }
  for (const key of ["items", "additionalProperties", "not", "additionalItems", "contains", "propertyNames"]) {
    const sub = s[key];
    if (Array.isArray(sub)) sub.forEach((x) => eachSchema(x, visit));
    else eachSchema(sub, visit);
  }
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    const list = s[key];
    if (Array.isArray(list)) list.forEach((x) => eachSchema(x, visit));
  }
}

/**
 * OpenAPI 3.0's `nullable: true` ("null is allowed too", with or without `type`) as JSON Schema:
 * `{anyOf: [{type: "null"}, <the schema without nullable>]}`. Applied bottom-up to a copy.
 */
function withNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNullable);
  if (schema === null || typeof schema !== "object") return schema;
  const s = schema as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(s)) {
    if (key === "nullable") continue;
    if (key === "enum" || key === "default" || key === "const") out[key] = value;
    else if (key === "properties" || key === "patternProperties" || key === "definitions" || key === "$defs") {
      out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([name, sub]) => [name, withNullable(sub)]));
    } else out[key] = withNullable(value);
  }
  return s.nullable === true ? { anyOf: [{ type: "null" }, out] } : out;
}

function refusePatterns(id: string, schema: unknown): void {
  eachSchema(schema, (s) => {
    if ("pattern" in s || "patternProperties" in s) {
      throw new Error(`${id}: the description now has a regular expression (pattern); check it runs in linear time on any input before the fake validates request text with it`);
    }
  });
}

function newAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false });
  addFormats(ajv, ["date-time", "int32", "int64"]);
  return ajv;
}

interface Route {
  id: string;
  op: RestOperation;
  segments: string[];
  literals: number;
  validatePath: ValidateFunction;
  validateQuery: ValidateFunction;
  validateBody: ValidateFunction | null;
}

function compileRoutes(fixture: RestFixture): Route[] {
  const coercing = newAjv(true);
  const plain = newAjv(false);
  const routes: Route[] = [];
  for (const [id, op] of Object.entries(fixture.operations)) {
    const group = (where: "path" | "query") => {
      const params = op.parameters.filter((p) => p.in === where);
      for (const p of params) refusePatterns(id, p.schema);
      return coercing.compile({
        type: "object",
        properties: Object.fromEntries(params.map((p) => [p.name, withNullable(p.schema)])),
        required: params.filter((p) => p.required).map((p) => p.name),
      });
    };
    if (op.requestBody) refusePatterns(id, op.requestBody);
    const segments = op.path.split("/");
    routes.push({
      id,
      op,
      segments,
      literals: segments.filter((s) => !s.startsWith("{")).length,
      validatePath: group("path"),
      validateQuery: group("query"),
      validateBody: op.requestBody ? plain.compile(withNullable(op.requestBody) as JsonSchema) : null,
    });
  }
  // A path matching two templates goes to the one with more literal segments.
  return routes.sort((a, b) => b.literals - a.literals);
}

/** The route and raw path parameters of `method path`, matched segment by segment (no regular expression). */
function matchRoute(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | { pathOnly: boolean } {
  const parts = path.split("/");
  let pathOnly = false;
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const template = route.segments[i];
      if (template.startsWith("{") && template.endsWith("}")) {
        if (parts[i] === "") ok = false;
        else params[template.slice(1, -1)] = parts[i];
      } else ok = template === parts[i];
    }
    if (!ok) continue;
    if (route.op.method !== method) {
      pathOnly = true;
      continue;
    }
    return { route, params };
  }
  return { pathOnly };
}

function describeErrors(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((e) => {
    const extra = e.keyword === "additionalProperties" ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : "";
    return `${where}${e.instancePath || ""} ${e.message ?? e.keyword}${extra}`;
  });
}

// ---------------------------------------------------------------------------------------------------
// Checks of limits the schemas do not carry

/** Length in code points (how Ajv's maxLength counts, and the nearest reading of GitHub's "characters"). */
function chars(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const high = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

function extraChecks(id: string, body: unknown): { problems: string[]; bodyTooLong: boolean } {
  const problems: string[] = [];
  let bodyTooLong = false;
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { problems, bodyTooLong };
  const b = body as Record<string, unknown>;
  if (id === "checks/create" || id === "checks/update") {
    // "Required if you provide `completed_at` or a `status` of `completed`" (description of `conclusion`);
    // checks/update's schema says so for `status` in an anyOf, checks/create's schema does not.
    if (b.conclusion === undefined && (b.completed_at !== undefined || (id === "checks/create" && b.status === "completed"))) {
      problems.push("request body: conclusion is required with completed_at or status completed (description of conclusion)");
    }
    const output = b.output as Record<string, unknown> | undefined;
    const annotations = output && Array.isArray(output.annotations) ? (output.annotations as unknown[]) : [];
    annotations.forEach((a, i) => {
      if (a === null || typeof a !== "object") return;
      const an = a as Record<string, unknown>;
      const at = `request body/output/annotations/${i}`;
      if (typeof an.title === "string" && an.title.length > ANNOTATION_TITLE_CHARS && chars(an.title) > ANNOTATION_TITLE_CHARS) {
        problems.push(`${at}/title is longer than ${ANNOTATION_TITLE_CHARS} characters (description: "The maximum size is 255 characters")`);
      }
      for (const field of ["message", "raw_details"]) {
        const value = an[field];
        if (typeof value === "string" && Buffer.byteLength(value, "utf8") > ANNOTATION_TEXT_BYTES) {
          problems.push(`${at}/${field} is larger than 64 KB (description: "The maximum size is 64 KB")`);
        }
      }
      if ((an.start_column !== undefined || an.end_column !== undefined) && an.start_line !== an.end_line) {
        problems.push(`${at} has start_column/end_column while start_line != end_line (description: "Omit this parameter if start_line and end_line have different values")`);
      }
    });
    const actions = Array.isArray(b.actions) ? (b.actions as unknown[]) : [];
    actions.forEach((a, i) => {
      const description = (a as Record<string, unknown> | null)?.description;
      if (typeof description === "string" && chars(description) > ACTION_DESCRIPTION_CHARS) {
        problems.push(`request body/actions/${i}/description is longer than ${ACTION_DESCRIPTION_CHARS} characters (description: "The maximum size is 40 characters")`);
      }
    });
  }
  if (id === "issues/create-comment" || id === "issues/update-comment" || id === "issues/create" || id === "issues/update") {
    if (typeof b.body === "string" && b.body.length > MAX_BODY_CHARS && chars(b.body) > MAX_BODY_CHARS) {
      bodyTooLong = true;
      problems.push(`request body/body: ${BODY_TOO_LONG} (GitHub's limit, not in the description)`);
    }
  }
  return { problems, bodyTooLong };
}

// ---------------------------------------------------------------------------------------------------
// The server

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function now(): string {
  return new Date().toISOString().slice(0, 19) + "Z";
}

function userType(login: string): "User" | "Bot" {
  return login.endsWith("[bot]") ? "Bot" : "User";
}

function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve({ text: tooLarge ? "" : Buffer.concat(chunks).toString("utf8"), tooLarge }));
    req.on("error", reject);
  });
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const fixture = loadRestFixture();
  const routes = compileRoutes(fixture);
  const login = options.login ?? "github-actions[bot]";
  const self: FakeUser = { login, type: userType(login) };
  const rules: { match: FailMatch; response: FakeResponse; left: number }[] = [];
  const resetAt = Math.floor(Date.now() / 1000) + 3600;
  let used = 0;
  let nextCheckRunId = 10_000_001;
  let nextCommentId = 2_000_000_001;
  let nextIssueNumber = 1001;
  let base = "";

  const repoPath = () => `/repos/${options.owner}/${options.repo}`;
  const htmlBase = () => `${base}/${options.owner}/${options.repo}`;
  const userJson = (u: FakeUser) => ({ login: u.login, id: idOf(u.login), type: u.type });

  const fake: FakeGitHub = {
    url: "",
    requests: [],
    violations: [],
    unauthorized: 0,
    checkRuns: [],
    comments: new Map(),
    issues: [],
    pullFiles: new Map(),
    readOnly: options.readOnly ?? false,
    fail(match, response) {
      rules.push({ match, response, left: match.times ?? 1 });
    },
    addComment(issue, body, user = self) {
      const at = now();
      const comment: FakeComment = { id: nextCommentId++, body, user: { ...user }, html_url: "", created_at: at, updated_at: at };
      comment.html_url = `${htmlBase()}/issues/${issue}#issuecomment-${comment.id}`;
      const list = fake.comments.get(issue) ?? [];
      list.push(comment);
      fake.comments.set(issue, list);
      return comment;
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };

  // --- JSON shapes of answers (the fields a client reads; GitHub sends many more)
  const checkRunJson = (run: FakeCheckRun) => ({
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    details_url: run.details_url ?? null,
    external_id: run.external_id ?? null,
    started_at: run.started_at,
    completed_at: run.completed_at,
    url: `${base}${repoPath()}/check-runs/${run.id}`,
    html_url: run.html_url,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${base}${repoPath()}/check-runs/${run.id}/annotations`,
    },
    pull_requests: [],
  });
  const commentJson = (issue: number, c: FakeComment) => ({
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString("base64"),
    url: `${base}${repoPath()}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `${base}${repoPath()}/issues/${issue}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
  });
  const issueJson = (i: FakeIssue) => ({
    id: 5_000_000_000 + i.number,
    number: i.number,
    url: `${base}${repoPath()}/issues/${i.number}`,
    html_url: i.html_url,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => ({ name, id: idOf(`label:${name}`) })),
    user: userJson(i.user),
    created_at: i.created_at,
    updated_at: i.updated_at,
    comments: fake.comments.get(i.number)?.length ?? 0,
  });

  function findComment(id: number): { issue: number; index: number; list: FakeComment[] } | undefined {
    for (const [issue, list] of fake.comments) {
      const index = list.findIndex((c) => c.id === id);
      if (index >= 0) return { issue, index, list };
    }
    return undefined;
  }

  /** One page of `items` and its Link header, as GitHub paginates (https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
  function paginate<T>(items: T[], query: Record<string, unknown>, url: URL): Answer {
    const asked = typeof query.per_page === "number" ? query.per_page : DEFAULT_PER_PAGE;
    const perPage = asked < 1 ? DEFAULT_PER_PAGE : Math.min(asked, MAX_PER_PAGE);
    const page = typeof query.page === "number" && query.page >= 1 ? query.page : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const target = new URL(url.href);
      target.searchParams.set("page", String(p));
      return `<${target.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, last), "prev"));
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"));
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(", ") } : {} };
  }

  function notFound(op: RestOperation): Answer {
    return { status: 404, body: { message: "Not Found", documentation_url: op.documentation, status: "404" } };
  }

  /** The answer of a valid request: GitHub's behaviour for each operation. */
  function handle(id: string, op: RestOperation, params: Record<string, unknown>, query: Record<string, unknown>, body: Record<string, unknown>, url: URL): Answer {
    switch (id) {
      case "checks/create": {
        const output = (body.output ?? {}) as Record<string, unknown>;
        // "Providing `conclusion` will automatically set the `status` parameter to `completed`" (description).
        const status = body.conclusion !== undefined ? "completed" : ((body.status as string | undefined) ?? "queued");
        const run: FakeCheckRun = {
          id: nextCheckRunId++,
          name: body.name as string,
          head_sha: body.head_sha as string,
          status,
          conclusion: (body.conclusion as string | undefined) ?? null,
          ...(body.details_url !== undefined ? { details_url: body.details_url as string } : {}),
          ...(body.external_id !== undefined ? { external_id: body.external_id as string } : {}),
          started_at: (body.started_at as string | undefined) ?? now(),
          completed_at: (body.completed_at as string | undefined) ?? (status === "completed" ? now() : null),
          output: {
            title: (output.title as string | undefined) ?? null,
            summary: (output.summary as string | undefined) ?? null,
            text: (output.text as string | undefined) ?? null,
          },
          annotations: [...((output.annotations as Record<string, unknown>[] | undefined) ?? [])],
          html_url: "",
        };
        run.html_url = `${htmlBase()}/runs/${run.id}`;
        fake.checkRuns.push(run);
        return { status: 201, body: checkRunJson(run), headers: { location: `${base}${repoPath()}/check-runs/${run.id}` } };
      }
      case "checks/update": {
        const run = fake.checkRuns.find((r) => r.id === params.check_run_id);
        if (!run) return notFound(op);
        for (const key of ["name", "details_url", "external_id", "started_at", "completed_at"] as const) {
          if (body[key] !== undefined) (run as unknown as Record<string, unknown>)[key] = body[key];
        }
        if (body.status !== undefined) run.status = body.status as string;
        if (body.conclusion !== undefined) {
          run.conclusion = body.conclusion as string;
          run.status = "completed";
          run.completed_at ??= now();
        }
        const output = body.output as Record<string, unknown> | undefined;
        if (output) {
          for (const key of ["title", "summary", "text"] as const) if (output[key] !== undefined) run.output[key] = output[key] as string;
          // "Each time you update the check run, annotations are appended to the list of annotations
          // that already exist for the check run." (description of output.annotations)
          run.annotations.push(...((output.annotations as Record<string, unknown>[] | undefined) ?? []));
        }
        return { status: 200, body: checkRunJson(run) };
      }
      case "checks/list-annotations": {
        const run = fake.checkRuns.find((r) => r.id === params.check_run_id);
        if (!run) return notFound(op);
        const shown = run.annotations.map((a) => ({
          path: a.path,
          start_line: a.start_line,
          end_line: a.end_line,
          start_column: a.start_column ?? null,
          end_column: a.end_column ?? null,
          annotation_level: a.annotation_level,
          title: a.title ?? null,
          message: a.message,
          raw_details: a.raw_details ?? null,
          blob_href: `${htmlBase()}/blob/${run.head_sha}/${String(a.path)}`,
        }));
        return paginate(shown, query, url);
      }
      case "issues/list-comments": {
        const issue = params.issue_number as number;
        // "Issue comments are ordered by ascending ID." (description)
        let list = [...(fake.comments.get(issue) ?? [])].sort((a, b) => a.id - b.id);
        if (typeof query.since === "string") {
          const since = Date.parse(query.since);
          list = list.filter((c) => Date.parse(c.updated_at) >= since);
        }
        return paginate(list.map((c) => commentJson(issue, c)), query, url);
      }
      case "issues/create-comment": {
        const issue = params.issue_number as number;
        const comment = fake.addComment(issue, body.body as string);
        return { status: 201, body: commentJson(issue, comment), headers: { location: `${base}${repoPath()}/issues/comments/${comment.id}` } };
      }
      case "issues/update-comment": {
        const found = findComment(params.comment_id as number);
        if (!found) return notFound(op);
        const comment = found.list[found.index];
        comment.body = body.body as string;
        comment.updated_at = now();
        return { status: 200, body: commentJson(found.issue, comment) };
      }
      case "issues/delete-comment": {
        const found = findComment(params.comment_id as number);
        if (!found) return notFound(op);
        found.list.splice(found.index, 1);
        return { status: 204 };
      }
      case "issues/list-for-repo": {
        const state = (query.state as string | undefined) ?? "open";
        const wanted = typeof query.labels === "string" ? query.labels.split(",").map((l) => l.trim().toLowerCase()).filter((l) => l !== "") : [];
        const creator = typeof query.creator === "string" ? query.creator.toLowerCase() : undefined;
        const sort = (query.sort as string | undefined) ?? "created";
        const direction = (query.direction as string | undefined) ?? "desc";
        const list = fake.issues
          .filter((i) => state === "all" || i.state === state)
          // "A list of comma separated label names": an issue must carry every one (label names are not case sensitive).
          .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
          .filter((i) => creator === undefined || i.user.login.toLowerCase() === creator)
          .sort((a, b) => {
            const count = (i: FakeIssue) => fake.comments.get(i.number)?.length ?? 0;
            const order = (x: FakeIssue, y: FakeIssue) =>
              (sort === "updated" ? Date.parse(x.updated_at) - Date.parse(y.updated_at) : sort === "comments" ? count(x) - count(y) : 0) || x.number - y.number;
            return direction === "asc" ? order(a, b) : order(b, a);
          });
        return paginate(list.map(issueJson), query, url);
      }
      case "issues/create": {
        const at = now();
        const issue: FakeIssue = {
          number: nextIssueNumber++,
          title: String(body.title),
          body: (body.body as string | undefined) ?? null,
          state: "open",
          state_reason: null,
          // Labels that do not exist yet are created (GitHub does the same for a token that may push).
          labels: labelNames(body.labels),
          user: { ...self },
          html_url: "",
          created_at: at,
          updated_at: at,
        };
        issue.html_url = `${htmlBase()}/issues/${issue.number}`;
        fake.issues.push(issue);
        return { status: 201, body: issueJson(issue), headers: { location: `${base}${repoPath()}/issues/${issue.number}` } };
      }
      case "issues/update": {
        const issue = fake.issues.find((i) => i.number === params.issue_number);
        if (!issue) return notFound(op);
        if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
        if (body.body !== undefined) issue.body = body.body as string | null;
        if (body.labels !== undefined) issue.labels = labelNames(body.labels);
        if (body.state !== undefined && body.state !== issue.state) {
          issue.state = body.state as "open" | "closed";
          // "The reason for the state change. Ignored unless `state` is changed." (description)
          issue.state_reason = (body.state_reason as string | null | undefined) ?? (issue.state === "closed" ? "completed" : "reopened");
        }
        issue.updated_at = now();
        return { status: 200, body: issueJson(issue) };
      }
      case "pulls/list-files": {
        const files = fake.pullFiles.get(params.pull_number as number);
        if (!files) return notFound(op);
        const shown = files.slice(0, MAX_PULL_FILES).map((filename) => ({
          sha: createHash("sha1").update(filename).digest("hex"),
          filename,
          status: "modified",
          additions: 1,
          deletions: 0,
          changes: 1,
          blob_url: `${htmlBase()}/blob/HEAD/${filename}`,
          raw_url: `${htmlBase()}/raw/HEAD/${filename}`,
          contents_url: `${base}${repoPath()}/contents/${filename}?ref=HEAD`,
        }));
        return paginate(shown, query, url);
      }
      case "users/get-authenticated": {
        // An installation token (GITHUB_TOKEN) is not a user: GitHub answers 403 "Resource not accessible by integration".
        if (self.type === "Bot") return { status: 403, body: { message: "Resource not accessible by integration", documentation_url: op.documentation, status: "403" } };
        return { status: 200, body: { login: self.login, id: idOf(self.login), type: "User" } };
      }
      default:
        return notFound(op);
    }
  }

  /** Everything about one request, in GitHub's order: authentication, route, then the checks. */
  function decide(method: string, url: URL, headers: Record<string, string>, raw: { text: string; tooLarge: boolean }, record: RecordedRequest): Answer {
    const matched = matchRoute(routes, method, url.pathname);
    const route = "route" in matched ? matched.route : undefined;
    if (route) record.operationId = route.id;
    const where = `${route ? route.id + ": " : ""}${method} ${url.pathname}`;

    const auth = headers.authorization;
    if (auth === undefined) {
      fake.unauthorized++;
      return { status: 401, body: { message: "Requires authentication", documentation_url: "https://docs.github.com/rest", status: "401" } };
    }
    const space = auth.indexOf(" ");
    const scheme = space < 0 ? "" : auth.slice(0, space).toLowerCase();
    if ((scheme !== "bearer" && scheme !== "token") || auth.slice(space + 1) !== options.token) {
      fake.unauthorized++;
      return { status: 401, body: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" } };
    }

    if (!route) {
      fake.violations.push(`${method} ${url.pathname}: ${"pathOnly" in matched && matched.pathOnly ? "method not described for this path" : "no operation of the description has this path"}`);
      return { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" } };
    }
    const { op } = route;
    const rawParams = (matched as { params: Record<string, string> }).params;

    // Path parameters: decoded, typed; the repository must be the configured one.
    const params: Record<string, unknown> = {};
    try {
      for (const [name, value] of Object.entries(rawParams)) params[name] = decodeURIComponent(value);
    } catch {
      fake.violations.push(`${where}: a path parameter is not valid percent-encoding`);
      return notFound(op);
    }
    if (!route.validatePath(params)) {
      fake.violations.push(...describeErrors(route.validatePath.errors, `${where}: path parameter `));
      return notFound(op);
    }
    // Owner and repository names are not case sensitive (their parameter descriptions).
    if ("owner" in params && (String(params.owner).toLowerCase() !== options.owner.toLowerCase() || String(params.repo).toLowerCase() !== options.repo.toLowerCase())) {
      fake.violations.push(`${where}: not the repository of this run (${options.owner}/${options.repo})`);
      return notFound(op);
    }

    const problems: string[] = [];
    const query: Record<string, unknown> = Object.fromEntries(url.searchParams);
    if (!route.validateQuery(query)) problems.push(...describeErrors(route.validateQuery.errors, "query parameter "));

    let body: unknown = undefined;
    let unparsable = false;
    if (raw.tooLarge) problems.push(`request body larger than ${MAX_REQUEST_BYTES} bytes`);
    else if (raw.text !== "") {
      try {
        body = JSON.parse(raw.text);
      } catch {
        unparsable = true;
        problems.push("request body is not JSON");
      }
    }
    let bodyTooLong = false;
    if (route.validateBody && !unparsable && !raw.tooLarge) {
      if (body === undefined && op.requestBodyRequired) problems.push("request body is required");
      const candidate = body === undefined ? {} : body;
      if (!route.validateBody(candidate)) problems.push(...describeErrors(route.validateBody.errors, "request body"));
      const extra = extraChecks(route.id, candidate);
      problems.push(...extra.problems);
      bodyTooLong = extra.bodyTooLong;
    } else if (!route.validateBody && body !== undefined) {
      problems.push("request body sent to an operation that takes none");
    }
    fake.violations.push(...problems.map((p) => `${where}: ${p}`));

    // The answer: an injected failure first, then a read-only token, then the validation, then the state.
    const rule = rules.find((r) => r.left > 0 && (r.match.operationId === undefined || r.match.operationId === route.id) && (r.match.method === undefined || r.match.method.toUpperCase() === method));
    if (rule) {
      rule.left--;
      const { status, headers: extra, body: answer } = rule.response;
      return { status, headers: extra, body: answer === undefined ? { message: STATUS_CODES[status] ?? "Error", status: String(status) } : answer };
    }
    if (fake.readOnly && method !== "GET") {
      // A fork's pull_request token: "Resource not accessible by integration" whatever `permissions:` asks (facts §2, §3).
      return {
        status: 403,
        headers: { "x-accepted-github-permissions": WRITE_PERMISSIONS[route.id] ?? "contents=write" },
        body: { message: "Resource not accessible by integration", documentation_url: op.documentation, status: "403" },
      };
    }
    if (raw.tooLarge) return { status: 413, body: { message: "Payload Too Large", status: "413" } };
    if (unparsable) return { status: 400, body: { message: "Problems parsing JSON", documentation_url: op.documentation, status: "400" } };
    if (problems.length > 0) {
      const resource = RESOURCES[route.id] ?? "Request";
      const errors = bodyTooLong
        ? [{ resource, code: "custom", field: "body", message: BODY_TOO_LONG }]
        : problems.map((message) => ({ resource, code: message.includes("required") ? "missing_field" : "invalid", message }));
      return { status: 422, body: { message: "Validation Failed", errors, documentation_url: op.documentation, status: "422" } };
    }
    return handle(route.id, op, params, query, (body ?? {}) as Record<string, unknown>, url);
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", base);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
    const raw = await readBody(req);
    let recordedBody: unknown = undefined;
    if (raw.text !== "") {
      try {
        recordedBody = JSON.parse(raw.text);
      } catch {
        recordedBody = raw.text;
      }
    }
    const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: recordedBody, status: 0 };
    fake.requests.push(record);

    let answer: Answer;
    try {
      answer = decide(method, url, headers, raw, record);
    } catch (error) {
      fake.violations.push(`${method} ${url.pathname}: the fake failed: ${String(error)}`);
      answer = { status: 500, body: { message: "Server Error" } };
    }
    record.status = answer.status;

    // Rate-limit headers on every answer (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit).
    used++;
    const out: Record<string, string> = {
      "x-ratelimit-limit": String(RATE_LIMIT),
      "x-ratelimit-remaining": String(Math.max(0, RATE_LIMIT - used)),
      "x-ratelimit-used": String(used),
      "x-ratelimit-reset": String(resetAt),
      "x-ratelimit-resource": "core",
      "x-github-request-id": `FAKE:${String(fake.requests.length).padStart(6, "0")}`,
    };
    for (const [name, value] of Object.entries(answer.headers ?? {})) out[name.toLowerCase()] = value;
    if (answer.status === 204 || answer.body === undefined) {
      res.writeHead(answer.status, out);
      res.end();
      return;
    }
    const text = JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...out, "content-type": "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(text)) });
    res.end(text);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      fake.violations.push(`the fake failed: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.url = base;
  return fake;
}

/** Label names from issues/create or issues/update `labels` (strings or `{name}` objects). */
function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  const names = labels.map((l) => (typeof l === "string" ? l : typeof l === "object" && l !== null ? String((l as { name?: unknown }).name ?? "") : "")).filter((n) => n !== "");
  return [...new Set(names)];
}

/** A stable positive id for a login or label name. */
function idOf(text: string): number {
  return createHash("sha1").update(text).digest().readUInt32BE(0);
}
