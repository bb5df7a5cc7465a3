// Reads V8 profiles of the CLI (`node --cpu-prof`, `node --heap-prof`) and says where the time and the
// memory go, by function and by source file, mapping the bundle back to src/ through its source map.
import { SourceMap } from "node:module";
import { pathToFileURL } from "node:url";

/** `webpack://name/./src/model/link.ts` → `src/model/link.ts`; a dependency's files grouped under its package. */
function cleanSource(source) {
  const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^(\.\.?\/)+/, "");
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  return dep ? { file: `${dep[1]} (dependency)`, path: `${dep[1]}/${dep[2]}` } : { file: path, path };
}

function locator(map, bundlePath) {
  const sourceMap = new SourceMap(map);
  const bundleUrl = pathToFileURL(bundlePath).href;
  const cache = new Map();
  return (callFrame) => {
    const { functionName, url, lineNumber, columnNumber } = callFrame;
    const name = functionName || "(anonymous)";
    if (url !== bundleUrl && url !== bundlePath) {
      if (!url) return { key: name, name, file: "(native)", where: "" };
      const file = url.startsWith("node:") ? url : url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
      return { key: `${name} ${file}`, name, file, where: file };
    }
    const id = `${lineNumber}:${columnNumber}:${name}`;
    let hit = cache.get(id);
    if (!hit) {
      const entry = sourceMap.findEntry(lineNumber, columnNumber);
      const source = entry?.originalSource ? cleanSource(entry.originalSource) : undefined;
      const file = source?.file ?? "(bundle)";
      const where = source ? `${source.path}:${entry.originalLine + 1}` : `bundle:${lineNumber + 1}`;
      hit = { key: `${name} ${where}`, name, file, where };
      cache.set(id, hit);
    }
    return hit;
  };
}

/** Functions whose direct callees are broken down: where the scan's time goes, phase by phase. */
const FOCUS = ["scan  src/scan.ts", "readCandidate  src/scan.ts"];

/** For a stack (leaf first), the frame directly below the outermost frame of each focus function. */
function childrenOfFocus(frames) {
  const out = [];
  for (const focus of FOCUS) {
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i];
      if (`${f.name}  ${f.where}`.replace(/:\d+$/, "") !== focus) continue;
      const child = i === 0 ? "(self)" : `${frames[i - 1].name}  ${frames[i - 1].where}`;
      out.push([focus, child]);
      break;
    }
  }
  return out;
}

const pct = (part, whole) => `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms`;

function table(title, rows, total, unit, limit) {
  const lines = [`\n${title}`];
  for (const [key, value] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, limit)) lines.push(`  ${pct(value, total)} ${unit(value)}  ${key}`);
  return lines.join("\n");
}

/** Per-function and per-file self and inclusive time of a `--cpu-prof` profile (microseconds). */
export function readCpuProfile(profile, map, bundlePath) {
  const locate = locator(map, bundlePath);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const selfFile = new Map();
  const inclusive = new Map();
  const inclusiveFile = new Map();
  let total = 0;
  const stackKeys = new Map();
  const under = new Map(FOCUS.map((f) => [f, new Map()]));
  const underTotal = new Map(FOCUS.map((f) => [f, 0]));
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const at = locate(byId.get(id).callFrame);
    self.set(`${at.name}  ${at.where}`, (self.get(`${at.name}  ${at.where}`) ?? 0) + dt);
    selfFile.set(at.file, (selfFile.get(at.file) ?? 0) + dt);
    let keys = stackKeys.get(id);
    if (!keys) {
      // Each function and file counted once per sample, however deep the recursion.
      const frames = [];
      for (let n = id; n !== undefined; n = parent.get(n)) frames.push(locate(byId.get(n).callFrame));
      const fns = new Set(frames.map((f) => `${f.name}  ${f.where}`));
      const files = new Set(frames.map((f) => f.file));
      keys = { fns, files, children: childrenOfFocus(frames) };
      stackKeys.set(id, keys);
    }
    for (const [focus, child] of keys.children) {
      under.get(focus).set(child, (under.get(focus).get(child) ?? 0) + dt);
      underTotal.set(focus, underTotal.get(focus) + dt);
    }
    for (const k of keys.fns) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    for (const f of keys.files) inclusiveFile.set(f, (inclusiveFile.get(f) ?? 0) + dt);
  });
  for (const k of ["(root)  ", "(program)  ", "(idle)  "]) inclusive.delete(k);
  inclusiveFile.delete("(native)");
  return { total, self, selfFile, inclusive, inclusiveFile, under, underTotal };
}

export function formatCpuProfile({ total, self, selfFile, inclusive, inclusiveFile, under, underTotal }, { short = false } = {}) {
  if (short) {
    return [
      `CPU profile: ${(total / 1000).toFixed(0)} ms sampled`,
      table("self time by function (top 15):", self, total, ms, 15),
      table("inclusive time by function (top 40):", inclusive, total, ms, 40),
    ].join("\n");
  }
  return [
    `CPU profile: ${(total / 1000).toFixed(0)} ms sampled`,
    table("self time by function (top 25):", self, total, ms, 25),
    table("self time by source file (top 15):", selfFile, total, ms, 15),
    table("inclusive time by function (top 40; a function's callees included, recursion counted once):", inclusive, total, ms, 40),
    table("inclusive time by source file (top 20):", inclusiveFile, total, ms, 20),
    ...FOCUS.map((f) => table(`time under ${f} by direct callee (share of all sampled time; ${ms(underTotal.get(f)).trim()} in all):`, under.get(f), total, ms, 30)),
  ].join("\n");
}

/** Per-function and per-file bytes of a sampling heap profile. */
export function readHeapProfile(profile, map, bundlePath) {
  const locate = locator(map, bundlePath);
  const self = new Map();
  const selfFile = new Map();
  const inclusive = new Map();
  let total = 0;
  const under = new Map(FOCUS.map((f) => [f, new Map()]));
  const path = [];
  const visit = (node, above) => {
    const at = locate(node.callFrame);
    path.push(at);
    const key = `${at.name}  ${at.where}`;
    const here = new Set(above).add(key);
    let sub = node.selfSize;
    for (const child of node.children ?? []) sub += visit(child, here);
    if (node.selfSize) {
      for (const [focus, child] of childrenOfFocus([...path].reverse())) under.get(focus).set(child, (under.get(focus).get(child) ?? 0) + node.selfSize);
      total += node.selfSize;
      self.set(key, (self.get(key) ?? 0) + node.selfSize);
      selfFile.set(at.file, (selfFile.get(at.file) ?? 0) + node.selfSize);
    }
    if (!above.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + sub);
    path.pop();
    return sub;
  };
  visit(profile.head, new Set());
  for (const k of ["(root)  "]) inclusive.delete(k);
  return { total, self, selfFile, inclusive, under };
}

const mbs = (b) => `${(b / 1e6).toFixed(1).padStart(6)} MB`;

export function formatHeapProfile({ total, self, selfFile, inclusive, under }, { title = "allocation profile (sampled; every allocation, also those collected since: what drives GC time)" } = {}) {
  return [
    `\n${title}: ${(total / 1e6).toFixed(0)} MB`,
    table("allocated by function (top 20):", self, total, mbs, 20),
    table("allocated by source file (top 12):", selfFile, total, mbs, 12),
    table("allocated under function (top 25, callees included):", inclusive, total, mbs, 25),
    ...FOCUS.map((f) => table(`allocated under ${f} by direct callee:`, under.get(f), total, mbs, 20)),
  ].join("\n");
}

/**
 * What the scan spends above the parse floor: per function (self) and per source file, the scan's
 * figure minus the floor's, largest first. Both profiles name functions by their source, so they match.
 */
export function formatDiff(title, scan, floor, kind) {
  const unit = kind === "cpu" ? ms : mbs;
  const diff = (a, b) => new Map([...new Set([...a.keys(), ...b.keys()])].map((k) => [k, (a.get(k) ?? 0) - (b.get(k) ?? 0)]));
  const above = scan.total - floor.total;
  const lines = [`\n${title}: scan ${unit(scan.total).trim()}, parse floor ${unit(floor.total).trim()}, difference ${unit(above).trim()}; shares below are of the difference`];
  const part = (heading, rows, limit) => {
    lines.push(heading);
    for (const [key, value] of [...rows].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).slice(0, limit)) lines.push(`  ${pct(value, above)} ${unit(value)}  ${key}`);
  };
  part("by function (self):", diff(scan.self, floor.self), 30);
  part("by source file (self):", diff(scan.selfFile, floor.selfFile), 15);
  return lines.join("\n");
}
