// Asks OSV and endoflife.date what they say today about what the embedded catalog covers, writes that
// as a JSON snapshot, and prints how it differs from the embedded data (new advisory ids, changed fixed
// versions, changed end-of-life dates) for a maintainer to review. It never edits the TypeScript data.
//
//   npm run update-data -- [--catalog src/catalog/index.ts] [--osv-url URL] [--eol-url URL] [--out FILE]
//
// The catalog and the OSV client are TypeScript: they are transpiled (TypeScript's transpileModule, no
// type check) into a temporary folder and imported from there, which works on every Node version the
// project supports. Exit status: 0 when every source answered, 1 when some did not, 2 on bad arguments.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULTS = {
  catalog: "src/catalog/index.ts",
  "osv-url": "https://api.osv.dev",
  "eol-url": "https://endoflife.date/api/v1",
  out: "data/upstream-snapshot.json",
};
/** The package ecosystems of the catalog that OSV has advisories for (apt, GitHub and conda it has not). */
const OSV_ECOSYSTEMS = new Set(["PyPI", "npm", "Go", "crates.io", "Bitnami"]);
const EOL_TIMEOUT_MS = 30_000;
const MAX_EOL_BYTES = 8 * 1024 * 1024;

function parseArgs(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith("--") ? argv[i].slice(2) : "";
    if (!(name in DEFAULTS) || i + 1 >= argv.length) {
      console.error(`usage: update-data [--catalog FILE.ts] [--osv-url URL] [--eol-url URL] [--out FILE] (unexpected ${JSON.stringify(argv[i])})`);
      process.exit(2);
    }
    options[name] = argv[++i];
  }
  return options;
}

/** Transpiles `entries` and every module they import by a relative path into `out`, keeping the layout. */
async function transpile(entries, out) {
  // Loaded only here: a usage error answers at once.
  const { default: ts } = await import("typescript");
  const queue = entries.map((file) => resolve(REPO, file));
  const done = new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    if (done.has(file)) continue;
    done.add(file);
    const path = relative(REPO, file);
    if (path.startsWith("..") || isAbsolute(path)) throw new Error(`${file} is outside the repository`);
    const text = readFileSync(file, "utf8");
    const js = ts.transpileModule(text, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, esModuleInterop: true },
      fileName: file,
    }).outputText;
    const target = join(out, path.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (fileName.startsWith(".")) queue.push(resolve(dirname(file), fileName.replace(/\.js$/, ".ts")));
    }
  }
  writeFileSync(join(out, "package.json"), '{"type":"module"}\n');
  symlinkSync(join(REPO, "node_modules"), join(out, "node_modules"), "dir");
}

const plain = (version) => version.replace(/^v/, "");
const list = (values) => (values.length ? values.join(", ") : "none");
const plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The differences between OSV's advisories for one product's package and the embedded ones. */
function compareAdvisories(product, key, embedded, upstream, comparableName) {
  const name = comparableName(key.ecosystem, key.name);
  const isThis = (target) => target.product === product.id || (target.package?.ecosystem === key.ecosystem && comparableName(key.ecosystem, target.package.name) === name);
  /** The fixed and last-affected versions an advisory gives for this product or package. */
  const versions = (advisory) => {
    const ranges = advisory.affects.filter(isThis).flatMap((t) => t.ranges);
    const fixed = [...new Set(ranges.flatMap((r) => (r.fixed ? [plain(r.fixed)] : [])))].sort();
    const last = [...new Set(ranges.flatMap((r) => (r.lastAffected ? [plain(r.lastAffected)] : [])))].sort();
    return { fixed, last };
  };
  const lines = [];
  const mine = embedded.filter((a) => a.affects.some(isThis));
  const matched = new Set();
  for (const advisory of upstream) {
    const ids = new Set([advisory.id, ...advisory.aliases]);
    const known = mine.find((a) => [a.id, ...a.aliases].some((id) => ids.has(id)));
    const theirs = versions(advisory);
    if (!known) {
      const aliases = advisory.aliases.length ? ` (${advisory.aliases.join(", ")})` : "";
      const last = theirs.last.length ? `, last affected ${list(theirs.last)}` : "";
      lines.push(`  new: ${advisory.id}${aliases}, fixed ${list(theirs.fixed)}${last}: ${advisory.summary}`);
      continue;
    }
    matched.add(known);
    const ours = versions(known);
    if (ours.fixed.join() !== theirs.fixed.join()) lines.push(`  fixed versions changed: ${known.id}: embedded ${list(ours.fixed)}; OSV ${list(theirs.fixed)}`);
    if (ours.last.join() !== theirs.last.join()) lines.push(`  last affected versions changed: ${known.id}: embedded ${list(ours.last)}; OSV ${list(theirs.last)}`);
  }
  const missing = mine.filter((a) => !matched.has(a)).map((a) => a.id);
  if (missing.length) lines.push(`  embedded, not in OSV: ${missing.join(", ")}`);
  return lines;
}

function compareEol(product, releases) {
  const lines = [];
  const byName = new Map(releases.map((r) => [r.name, r]));
  for (const line of product.lines) {
    const release = byName.get(line.line);
    if (!release) continue;
    const dates = [release.eolFrom, release.eoesFrom].filter(Boolean);
    if (line.eol === undefined ? dates.length > 0 : !dates.includes(line.eol)) {
      lines.push(`  ${line.line}: end of life embedded ${line.eol ?? "none"}; endoflife.date ${release.eolFrom ?? "none"}${release.eoesFrom ? ` (extended support ${release.eoesFrom})` : ""}`);
    }
  }
  const embedded = new Set(product.lines.map((l) => l.line));
  const added = releases.filter((r) => !embedded.has(r.name) && !r.isEol);
  if (added.length) lines.push(`  supported lines not embedded: ${added.map((r) => `${r.name} (end of life ${r.eolFrom ?? "none"})`).join(", ")}`);
  const gone = product.lines.filter((l) => !byName.has(l.line)).map((l) => l.line);
  if (gone.length) lines.push(`  embedded lines endoflife.date does not list: ${gone.join(", ")}`);
  return lines;
}

/** One product of the endoflife.date API v1: its release lines, or an error message. */
async function fetchEol(baseUrl, id) {
  const path = `/products/${encodeURIComponent(id)}`;
  try {
    const response = await globalThis.fetch(`${baseUrl.endsWith("/") ? baseUrl.slice(0, -1) : baseUrl}${path}`, { headers: { accept: "application/json" }, signal: globalThis.AbortSignal.timeout(EOL_TIMEOUT_MS) });
    if (!response.ok) return { error: `endoflife.date ${path}: HTTP ${response.status}` };
    if (Number(response.headers.get("content-length")) > MAX_EOL_BYTES) return { error: `endoflife.date ${path}: response too large` };
    const text = await response.text();
    if (text.length > MAX_EOL_BYTES) return { error: `endoflife.date ${path}: response too large` };
    const releases = JSON.parse(text)?.result?.releases;
    if (!Array.isArray(releases)) return { error: `endoflife.date ${path}: no releases in the response` };
    const date = (value) => (typeof value === "string" ? value : undefined);
    return {
      releases: releases
        .filter((r) => r && typeof r.name === "string")
        .map((r) => ({ name: r.name, isEol: r.isEol === true, eolFrom: date(r.eolFrom), eoesFrom: date(r.eoesFrom), latest: date(r.latest?.name) })),
    };
  } catch (error) {
    return { error: `endoflife.date ${path}: ${error instanceof SyntaxError ? "the response is not JSON" : error.name === "TimeoutError" ? `timed out after ${EOL_TIMEOUT_MS} ms` : "network error"}` };
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), "aia-update-data-"));
  try {
    await transpile([options.catalog, "src/catalog/advisories/index.ts", "src/match/osv-client.ts", "src/match/osv.ts"], work);
    const load = (file) => import(pathToFileURL(join(work, relative(REPO, resolve(REPO, file)).replace(/\.ts$/, ".js"))).href);
    const { catalog } = await load(options.catalog);
    const { queryOsv } = await load("src/match/osv-client.ts");
    const { comparableName, osvToAdvisory } = await load("src/match/osv.ts");
    // The embedded catalog leaves its advisory data to a module of its own (loaded by scans only when needed).
    const data = catalog.advisories ?? (await load("src/catalog/advisories/index.ts")).advisoryData;
    const embedded = data.advisories;
    const errors = [];
    const report = [];

    const asked = catalog.products.flatMap((product) => {
      const key = (product.packages ?? []).find((p) => OSV_ECOSYSTEMS.has(p.ecosystem));
      return key ? [{ product, key }] : [];
    });
    const lookup = await queryOsv(
      asked.map(({ key }) => ({ ecosystem: key.ecosystem, name: key.name, version: "" })),
      { baseUrl: options["osv-url"] },
    );
    errors.push(...lookup.errors);
    const osv = {};
    report.push(`OSV: ${plural(asked.length, "package")} asked`);
    asked.forEach(({ product, key }, i) => {
      const advisories = lookup.records[i].flatMap((record) => osvToAdvisory(record, key) ?? []).sort((a, b) => a.id.localeCompare(b.id));
      osv[product.id] = { package: key, advisories };
      const lines = compareAdvisories(product, key, embedded, advisories, comparableName);
      if (lines.length) report.push(`${product.id} (${key.ecosystem} ${key.name}):`, ...lines);
    });

    const eolProducts = data.eol;
    const eol = {};
    report.push(`endoflife.date: ${plural(eolProducts.length, "product")} asked`);
    for (const product of eolProducts) {
      const answer = await fetchEol(options["eol-url"], product.id);
      if (answer.error) {
        errors.push(answer.error);
        continue;
      }
      eol[product.id] = { releases: answer.releases };
      const lines = compareEol(product, answer.releases);
      if (lines.length) report.push(`${product.id}:`, ...lines);
    }

    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ generated: new Date().toISOString(), osv, eol, errors }, null, 2)}\n`);
    console.log(report.join("\n"));
    console.log(`Snapshot written to ${options.out}`);
    for (const error of errors) console.error(`error: ${error}`);
    process.exitCode = errors.length ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
