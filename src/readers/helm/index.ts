// The Helm reader: a chart (a folder with Chart.yaml) is rendered with `helm template` when a helm program is
// found on the PATH outside the tree, with its own values and the values files the config names, on a copy
// of its files (render.ts, copy.ts); the rendered manifests are read by the Kubernetes reader and every
// position is moved back to the template or values line it comes from (map.ts). Without helm, or when
// rendering fails, a chart that is (or depends on) a well-known chart of an AI service is read from its
// values (fallback.ts, src/catalog/charts.ts), and a notice says why it was not rendered.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveProgram } from "../../discover/program.js";
import { emptyPart } from "../../model/part.js";
import type { ModelPart, Notice, SourcePos } from "../../model/types.js";
import { parseYaml } from "../../parsers/yaml.js";
import { read as readKubernetes } from "../kubernetes.js";
import type { ReadResult, SourceText, TreeContext, TreeReadResult } from "../types.js";
import { readChartYaml, readValuesFile, type ChartMeta } from "./chart.js";
import { copyChart, readPlain } from "./copy.js";
import { defaultLayers, dnsName, manifests, recognise, type ConfigLine } from "./fallback.js";
import { chunksOf, RenderedMap, type TemplateSource } from "./map.js";
import { remapNotices, remapPart, virtualPath } from "./remap.js";
import { renderChart } from "./render.js";
import { merge, under, type VNode } from "./values.js";

export { yamlComments as comments } from "../comments.js";

/** A chart is read as a folder (readTree); on its own, its Chart.yaml holds nothing to check. */
export function read(): ReadResult {
  return { part: emptyPart(), notices: [] };
}

/** A subchart in the tree: its folder, Chart.yaml, the names helm gives it, and where its values start. */
interface Subchart {
  meta: ChartMeta;
  /** `top/charts/redis`, as helm's `# Source:` comments write the chart part of a template's path. */
  helmPath: string[];
  /** Values prefix from the top chart: `["redis"]`, `["open-webui", "ollama"]`. */
  prefix: string[];
  values?: VNode;
  valuesKeys: Set<string>;
}

export async function readTree(file: SourceText, tree: TreeContext): Promise<TreeReadResult> {
  const dir = file.path.slice(0, file.path.lastIndexOf("/") + 1);
  const notices: Notice[] = [];
  const meta = readChartYaml(dir, file.path, file.text);
  const subcharts = "error" in meta ? [] : findSubcharts(meta, tree, notices);
  const charts = [dir, ...subcharts.map((s) => s.meta.dir)];
  if ("error" in meta) {
    notices.push({ file: file.path, kind: "warning", message: `${meta.error}; the chart was not rendered and its templates were not checked` });
    return { part: emptyPart(), notices, files: [], covers: [], charts };
  }
  const own = readValues(tree, `${dir}values.yaml`, notices, false);
  const key = dir === "" ? "." : dir.slice(0, -1);
  const named = (tree.helm.values[key] ?? []).map((path) => ({ path, ...readValues(tree, path, notices, true) }));
  const given = named.filter((v) => v.text !== undefined);
  const layers = { subcharts, own: own.root, given: given.flatMap((v) => v.root ?? []) };
  let why: string;
  if (!tree.helm.render) why = "rendering is switched off (helm.render: false)";
  else {
    const helm = helmProgram(tree);
    if (!helm) why = "no helm program found on the PATH";
    else if (tree.helm.budget.msLeft <= 0) why = "the time for rendering charts in this scan ran out";
    else {
      const rendered = await renderCopy(helm, meta, tree, given, notices);
      if ("output" in rendered) {
        const result = readRendered(meta, rendered.output, tree, layers, notices);
        // What helm rendered is read; other manifests in the chart's folder (examples, CRDs) on their own.
        return { ...result, charts, covers: charts.map((chart) => `${chart}templates/`) };
      }
      why = rendered.failed;
    }
  }
  return { ...readValuesOnly(meta, why, tree, layers, own, given, notices), charts, covers: [] };
}

/** The charts under `charts/` (at any depth) that the tree holds as folders. */
function findSubcharts(top: ChartMeta, tree: TreeContext, notices: Notice[]): Subchart[] {
  const found: Subchart[] = [];
  const chartFiles = chartYamls(tree).filter((path) => path.startsWith(`${top.dir}charts/`));
  const visit = (parent: ChartMeta, helmPath: string[], prefix: string[], depth: number): void => {
    if (depth > 8 || found.length > 200) return;
    const base = `${parent.dir}charts/`;
    for (const path of chartFiles) {
      if (!path.startsWith(base)) continue;
      const rest = path.slice(base.length);
      const slash = rest.indexOf("/");
      if (slash < 0 || rest.slice(slash + 1) !== "Chart.yaml") continue;
      const text = readText(tree, path);
      if (text === undefined) continue;
      const meta = readChartYaml(`${base}${rest.slice(0, slash + 1)}`, path, text);
      if ("error" in meta) continue;
      // Helm names a subchart by its alias in the parent's dependencies, else by its own name.
      const aliases = parent.dependencies.filter((d) => d.name === meta.name && d.alias).map((d) => d.alias as string);
      for (const name of aliases.length ? aliases : [meta.name]) {
        const values = readValues(tree, `${meta.dir}values.yaml`, notices, false);
        const sub: Subchart = { meta, helmPath: [...helmPath, "charts", name], prefix: [...prefix, name], values: values.root, valuesKeys: keysOf(values.root) };
        found.push(sub);
        visit(meta, sub.helmPath, sub.prefix, depth + 1);
      }
    }
  };
  visit(top, [top.name], [], 0);
  return found;
}

/** Every Chart.yaml the tree lists, found once per scan (a scan's file list can hold 100,000 paths). */
const chartYamlLists = new WeakMap<ReadonlySet<string>, string[]>();

function chartYamls(tree: TreeContext): string[] {
  let list = chartYamlLists.get(tree.listed);
  if (!list) chartYamlLists.set(tree.listed, (list = [...tree.listed].filter((path) => path.endsWith("/Chart.yaml"))));
  return list;
}

/** helm on the PATH outside the tree, looked for once per scan. */
const helms = new WeakMap<TreeContext["helm"], string | undefined>();

function helmProgram(tree: TreeContext): string | undefined {
  if (!helms.has(tree.helm)) helms.set(tree.helm, resolveProgram("helm", tree.root, { env: { PATH: tree.helm.path } }));
  return helms.get(tree.helm);
}

function keysOf(node: VNode | undefined): Set<string> {
  return new Set(node?.kind === "map" ? node.entries.keys() : []);
}

/** Text of a file of the tree, never through a symbolic link; undefined when absent, binary or too large. */
function readText(tree: TreeContext, path: string): string | undefined {
  if (!tree.listed.has(path)) return undefined;
  const read = readPlain(tree.root, path, tree.maxBytes);
  if (!Buffer.isBuffer(read) || read.subarray(0, 8192).includes(0)) return undefined;
  return read.toString("utf8").replace(/^\uFEFF/, "");
}

function readValues(tree: TreeContext, path: string, notices: Notice[], named: boolean): { text?: string; root?: VNode } {
  const text = readText(tree, path);
  if (text === undefined) {
    if (named) notices.push({ file: path, kind: "warning", message: "values file named by the config (helm.values) is not in the tree, or cannot be read as text; not used" });
    return {};
  }
  const parsed = readValuesFile(path, text);
  if (parsed.error) notices.push({ file: path, kind: "warning", message: `${parsed.error}; not used` });
  return { text, root: parsed.root };
}

/** Copies the chart and the named values files to a temporary folder, renders them, and removes the folder. */
async function renderCopy(helm: string, meta: ChartMeta, tree: TreeContext, given: { path: string; text?: string }[], notices: Notice[]): Promise<{ output: string } | { failed: string }> {
  const home = mkdtempSync(join(tmpdir(), "aia-helm-"));
  const started = Date.now();
  try {
    for (const folder of ["cache", "config", "data", "values"]) mkdirSync(join(home, folder));
    const chart = join(home, "chart");
    const { limits } = tree.helm;
    let copy;
    try {
      copy = copyChart(tree.root, meta.dir, tree.listed, chart, { maxFiles: limits.maxFiles, maxBytes: limits.maxChartBytes, maxFileBytes: tree.maxBytes });
    } catch (error) {
      return { failed: `the chart could not be copied for helm (${(error as NodeJS.ErrnoException).code ?? "error"})` };
    }
    if ("refused" in copy) return { failed: copy.refused };
    if (copy.left.length > 0) {
      const first = copy.left[0];
      notices.push({ file: meta.file, kind: "warning", message: `${copy.left.length} file${copy.left.length > 1 ? "s" : ""} of the chart left out of the copy helm renders (${first.path}: ${first.why}${copy.left.length > 1 ? ", …" : ""})` });
    }
    const values = given.map((v, i) => {
      const target = join(home, "values", `${i}.yaml`);
      writeFileSync(target, v.text ?? "");
      return target;
    });
    const timeoutMs = Math.max(1, Math.min(limits.timeoutMs, tree.helm.budget.msLeft));
    const result = await renderChart({ helm, chart, values, release: dnsName(meta.name), home, path: tree.helm.path, limits: { ...limits, timeoutMs } });
    return "failed" in result ? { failed: result.failed.split(chart).join(meta.dir.replace(/\/$/, "") || ".").split(home).join("(temporary folder)") } : result;
  } finally {
    tree.helm.budget.msLeft -= Date.now() - started;
    rmSync(home, { recursive: true, force: true });
  }
}

interface Layers {
  subcharts: Subchart[];
  own?: VNode;
  given: VNode[];
}

/** Helm's merge of a chart's values: subcharts' own values under their names, the chart's, then the named files. */
function mergedValues(layers: Layers, lowest: VNode[] = []): VNode | undefined {
  let values: VNode | undefined;
  for (const layer of lowest) values = merge(values, layer);
  const deepestFirst = [...layers.subcharts].sort((a, b) => b.prefix.length - a.prefix.length);
  for (const sub of deepestFirst) if (sub.values) values = merge(values, under(sub.prefix, sub.values));
  values = merge(values, layers.own);
  for (const layer of layers.given) values = merge(values, layer);
  return values;
}

function readRendered(meta: ChartMeta, output: string, tree: TreeContext, layers: Layers, notices: Notice[]): Omit<TreeReadResult, "covers" | "charts"> {
  const virtual = virtualPath(meta.dir);
  const texts = new Map<string, string | undefined>();
  const textOf = (path: string): string | undefined => {
    if (!texts.has(path)) texts.set(path, readText(tree, path));
    return texts.get(path);
  };
  const charts = new Map<string, { dir: string; prefix: string[] }>([[meta.name, { dir: meta.dir, prefix: [] }]]);
  for (const sub of layers.subcharts) charts.set(sub.helmPath.join("/"), { dir: sub.meta.dir, prefix: sub.prefix });
  const templates = (source: string): TemplateSource => {
    const at = source.lastIndexOf("/templates/");
    const chart = at < 0 ? undefined : charts.get(source.slice(0, at));
    if (!chart || at < 0) {
      // A subchart packaged as .tgz has no lines in the tree: its entry in Chart.yaml's dependencies stands for it.
      const name = source.split("/")[2];
      const dependency = source.split("/")[1] === "charts" ? meta.dependencies.find((d) => (d.alias ?? d.name) === name) : undefined;
      return { prefix: chart?.prefix ?? [], anchor: dependency?.pos };
    }
    const path = `${chart.dir}${source.slice(at + 1)}`;
    const text = textOf(path);
    return text === undefined ? { prefix: chart.prefix } : { path, text, prefix: chart.prefix };
  };
  const documents = parseYaml(output).documents;
  const map = new RenderedMap(chunksOf(output), documents, templates, mergedValues(layers), meta.pos);
  const used = new Set<string>([meta.file]);
  const to = (line: number): SourcePos => {
    const pos = map.map(line);
    used.add(pos.file);
    return pos;
  };
  const result = readKubernetes({ path: virtual, text: output });
  remapPart(result.part, virtual, to);
  notices.push(...remapNotices(result.notices, virtual, to));
  return { part: result.part, notices, files: sourceTexts(used, meta, textOf, tree) };
}

function sourceTexts(used: Set<string>, meta: ChartMeta, textOf: (path: string) => string | undefined, tree: TreeContext): SourceText[] {
  return [...used].flatMap((path) => {
    const text = path === meta.file ? undefined : (textOf(path) ?? readText(tree, path));
    return path === meta.file || text === undefined ? [] : [{ path, text }];
  });
}

function readValuesOnly(meta: ChartMeta, why: string, tree: TreeContext, layers: Layers, own: { text?: string }, given: { path: string; text?: string }[], notices: Notice[]): Omit<TreeReadResult, "covers" | "charts"> {
  const direct = new Map(layers.subcharts.filter((s) => s.prefix.length === 1).map((s) => [s.meta.name, { meta: s.meta, valuesKeys: s.valuesKeys }]));
  const found = recognise(meta, keysOf(layers.own), direct);
  if (found.length === 0) {
    notices.push({ file: meta.file, kind: "warning", message: `chart ${meta.name} was not rendered (${why}), and is not a well-known chart of an AI service whose values can be read instead: its templates were not checked` });
    return { part: emptyPart(), notices, files: [] };
  }
  const values = mergedValues(layers, defaultLayers(found));
  const written = manifests(found, values, dnsName(meta.name), meta.dir);
  const virtual = virtualPath(meta.dir);
  const used = new Set<string>([meta.file]);
  const to = (line: number): SourcePos => {
    const pos = written.origins[line - 1] ?? meta.pos;
    used.add(pos.file);
    return pos;
  };
  const result = readKubernetes({ path: virtual, text: written.text });
  remapPart(result.part, virtual, to);
  markComponents(result.part, written.products, written.config);
  notices.push(...remapNotices(result.notices, virtual, to));
  notices.push({ file: meta.file, kind: "warning", message: `chart ${meta.name} was not rendered (${why}); read from its values as ${written.summary.join("; ")}, taking the chart's defaults for keys the values leave out` });
  const texts = new Map<string, string | undefined>([[`${meta.dir}values.yaml`, own.text], ...given.map((g): [string, string | undefined] => [g.path, g.text])]);
  return { part: result.part, notices, files: sourceTexts(used, meta, (path) => texts.get(path), tree) };
}

/** Components of well-known charts: the product the chart runs, and settings only part of the pod spec shows. */
function markComponents(part: ModelPart, products: Map<string, string>, config: ConfigLine[]): void {
  for (const w of part.workloads) {
    const product = products.get(w.id);
    if (!product) continue;
    w.chartProduct = product;
    // Made from some of the chart's values: what the templates add besides is not known.
    w.partial = true;
    // Each configuration line the values give, named by its key (messages say "<setting> in <path>").
    for (const c of config) if (c.workloadId === w.id) (w.configFiles ??= []).push({ path: c.label, target: "(chart values)", lines: [{ value: c.text, pos: c.pos, origin: "own" }] });
  }
}
