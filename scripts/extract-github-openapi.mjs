// Extracts, from GitHub's REST API description as the npm package @octokit/openapi ships it, the
// operations ai-infra-audit calls, with every `$ref` resolved, and writes them as a small JSON fixture
// that the fake GitHub server of the tests (__tests__/helpers/github-server.ts) validates requests against.
//
//   node scripts/extract-github-openapi.mjs <unpacked @octokit/openapi package dir> [out.json]
//
// To re-run it (the package is about 29 MB packed, 400 MB unpacked: keep it out of the repository and
// out of package.json):
//
//   cd "$(mktemp -d)" && npm pack @octokit/openapi@23.0.2 && tar xzf octokit-openapi-23.0.2.tgz
//   node <repository>/scripts/extract-github-openapi.mjs "$PWD/package"
//
// It reads `generated/api.github.com.json` (the plain description, not the `.deref.json` one) and keeps,
// for each operation: method, path, summary, description, documentation URL, path and query parameters,
// the `application/json` request body schema and the documented response status codes. It drops what
// validation does not need: `example`/`examples`, the `x-github` and `x-octokit` extensions and the
// response schemas. Descriptions are kept: some limits GitHub enforces are written only there (an
// annotation's title: "The maximum size is 255 characters"). The operation's `x-github-breaking-changes`
// are kept as `breakingChanges`: they say how a later API version changes the operation.
// Output: __tests__/fixtures/github/rest-operations.json (or `out.json`), keys sorted, so that a re-run
// diffs cleanly. No dependencies beyond node:*.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_OUT = join(REPO, "__tests__", "fixtures", "github", "rest-operations.json");

/** The operationIds ai-infra-audit calls (as spelled in GitHub's description). */
const OPERATIONS = [
  "checks/create",
  "checks/update",
  "checks/list-annotations",
  "issues/list-comments",
  "issues/create-comment",
  "issues/update-comment",
  "issues/delete-comment",
  "issues/list-for-repo",
  "issues/create",
  "issues/update",
  "pulls/list-files",
  "users/get-authenticated",
];
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
/** Keywords dropped wherever they appear as a keyword (never when they name a property). */
const DROPPED = new Set(["example", "examples"]);

function fail(message) {
  console.error(`extract-github-openapi: ${message}`);
  process.exit(2);
}

/** The value a local JSON pointer (`#/components/schemas/x`) designates. */
function pointer(doc, ref) {
  if (!ref.startsWith("#/")) fail(`only local $ref are supported, got ${ref}`);
  let node = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) fail(`unresolvable $ref ${ref}`);
    node = node[key];
  }
  return node;
}

/**
 * A copy of `node` with every `$ref` replaced by what it designates, recursively. `chain` holds the
 * references being expanded on the way here: a reference to one of them is a cycle, which is cut
 * (replaced by an empty schema with a `$comment`) and reported in `cycles`. `names` is true when the
 * keys of `node` are property names (the value of `properties`, `patternProperties`, ...), which are
 * never dropped even when they spell a dropped keyword.
 */
function expand(doc, node, chain, cycles, names = false) {
  if (Array.isArray(node)) return node.map((item) => expand(doc, item, chain, cycles));
  if (node === null || typeof node !== "object") return node;
  if (typeof node.$ref === "string") {
    const ref = node.$ref;
    if (chain.includes(ref)) {
      cycles.add(ref);
      return { $comment: `cycle: ${ref} (cut by extract-github-openapi)` };
    }
    const target = expand(doc, pointer(doc, ref), [...chain, ref], cycles);
    // OpenAPI 3.0 ignores siblings of $ref; GitHub's description uses none on the operations we keep.
    return target;
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!names && (DROPPED.has(key) || key.startsWith("x-"))) continue;
    const childNames = !names && (key === "properties" || key === "patternProperties" || key === "definitions" || key === "$defs");
    out[key] = expand(doc, value, chain, cycles, childNames);
  }
  return out;
}

/** JSON text with object keys sorted (array order kept), two-space indented. */
function stableStringify(value) {
  const sort = (v) => {
    if (Array.isArray(v)) return v.map(sort);
    if (v === null || typeof v !== "object") return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]));
  };
  return JSON.stringify(sort(value), null, 2) + "\n";
}

function main(argv) {
  if (argv.length < 1 || argv.length > 2) fail("usage: node scripts/extract-github-openapi.mjs <unpacked @octokit/openapi dir> [out.json]");
  const dir = resolve(argv[0]);
  const out = argv[1] ? resolve(argv[1]) : DEFAULT_OUT;
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (pkg.name !== "@octokit/openapi") fail(`${dir} holds ${pkg.name}, not @octokit/openapi`);
  const doc = JSON.parse(readFileSync(join(dir, "generated", "api.github.com.json"), "utf8"));

  const found = new Map();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op && OPERATIONS.includes(op.operationId)) found.set(op.operationId, { path, method, op, shared: item.parameters ?? [] });
    }
  }
  const missing = OPERATIONS.filter((id) => !found.has(id));
  if (missing.length > 0) fail(`operations not in the description: ${missing.join(", ")}`);

  const cycles = new Set();
  const operations = {};
  for (const id of OPERATIONS) {
    const { path, method, op, shared } = found.get(id);
    // Path-level parameters apply unless the operation redefines one with the same name and location.
    const own = expand(doc, op.parameters ?? [], [], cycles);
    const inherited = expand(doc, shared, [], cycles).filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
    const parameters = [...inherited, ...own]
      .filter((p) => p.in === "path" || p.in === "query")
      .map((p) => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {}, ...(p.description ? { description: p.description } : {}) }));
    const body = op.requestBody ? expand(doc, op.requestBody, [], cycles) : null;
    const json = body?.content?.["application/json"];
    if (body && !json) fail(`${id}: request body without an application/json schema`);
    operations[id] = {
      method: method.toUpperCase(),
      path,
      summary: op.summary ?? "",
      description: op.description ?? "",
      documentation: op.externalDocs?.url ?? null,
      parameters,
      requestBody: json ? (json.schema ?? {}) : null,
      requestBodyRequired: body?.required === true,
      responses: Object.keys(op.responses ?? {}).sort(),
      ...(op["x-github-breaking-changes"] ? { breakingChanges: op["x-github-breaking-changes"] } : {}),
    };
  }

  // info.version of this package's description is the package version; the API versions appear only as
  // the `version` of `x-github-breaking-changes` entries, collected here from the whole description.
  const versions = new Set();
  JSON.stringify(doc, (key, value) => {
    if (key === "x-github-breaking-changes" && Array.isArray(value)) for (const change of value) if (change?.version) versions.add(change.version);
    return value;
  });

  const fixture = {
    source: "@octokit/openapi",
    packageVersion: pkg.version,
    apiVersion: doc.info?.version ?? null,
    breakingChangeVersions: [...versions].sort(),
    openapi: doc.openapi,
    file: "generated/api.github.com.json",
    extracted: new Date().toISOString().slice(0, 10),
    operations,
  };
  mkdirSync(dirname(out), { recursive: true });
  const text = stableStringify(fixture);
  writeFileSync(out, text);
  if (cycles.size > 0) console.error(`extract-github-openapi: cut ${cycles.size} reference cycle(s): ${[...cycles].join(", ")}`);
  console.log(`wrote ${Object.keys(operations).length} operations (${text.length} bytes) from ${pkg.name}@${pkg.version} to ${out}`);
}

main(process.argv.slice(2));
