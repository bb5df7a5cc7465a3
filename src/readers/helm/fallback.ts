// A chart that was not rendered: when it is, or depends on, a well-known chart of an AI service
// (src/catalog/charts.ts), its values decide what that chart deploys. This writes those objects as
// Kubernetes manifests (a Deployment per component, its Service, its Ingresses) whose every line carries
// the values line it comes from, for the Kubernetes reader to read like any other manifest.
import { chartById, wellKnownChart, type ChartComponent, type ChartSetting, type WellKnownChart } from "../../catalog/charts.js";
import type { SourcePos } from "../../model/types.js";
import { catalogPattern } from "../../model/pattern.js";
import type { ChartMeta } from "./chart.js";
import { dotted, fromDotted, isSet, lookup, text, truth, type VNode } from "./values.js";

/** A well-known chart found in a chart: itself, one of its dependencies, or a dependency of those. */
export interface Recognised {
  chart: WellKnownChart;
  /** Where its values start in the scanned chart's values (`[]`, `["ollama"]`). */
  prefix: string[];
  /** Where a finding about a default of this chart points: the `name:` of Chart.yaml, or the dependency's entry. */
  anchor: SourcePos;
  /** Values paths (from the scanned chart's root) that switch it off when false, outermost first. */
  conditions: string[][];
  /** Its appVersion, when the tree holds its Chart.yaml. */
  appVersion?: string;
  /** The chart version (or version constraint) it is used at, when known. */
  version?: string;
}

/** The well-known charts in `chart`: by its own name, its dependencies, and the charts vendored under `charts/`. */
export function recognise(chart: ChartMeta, valuesKeys: Set<string>, vendored: Map<string, { meta: ChartMeta; valuesKeys: Set<string> }>): Recognised[] {
  const found: Recognised[] = [];
  const seen = new Set<string>();
  const add = (entry: Recognised): void => {
    const key = entry.prefix.join("\0");
    if (seen.has(key)) return;
    seen.add(key);
    found.push(entry);
    // The table's own dependencies (Open WebUI installs Ollama).
    for (const dep of entry.chart.dependencies ?? []) {
      const inner = chartById(dep.chart);
      if (!inner) continue;
      const prefix = [...entry.prefix, ...dotted(dep.key)];
      const condition = dep.condition ? [[...entry.prefix, ...dotted(dep.condition)]] : [];
      add({ chart: inner, prefix, anchor: entry.anchor, conditions: [...entry.conditions, ...condition], version: entry.version === entry.chart.upstream.version ? inner.upstream.version : undefined });
    }
  };
  const self = wellKnownChart(chart.name, { valuesKeys });
  if (self) add({ chart: self, prefix: [], anchor: chart.pos, conditions: [], appVersion: chart.appVersion, version: chart.version });
  const named = new Set<string>();
  for (const dep of chart.dependencies) {
    const local = vendored.get(dep.name);
    named.add(dep.name);
    const known = wellKnownChart(dep.name, { repository: dep.repository, valuesKeys: local?.valuesKeys });
    if (!known) continue;
    const condition = dep.condition?.split(",").map((c) => dotted(c.trim())).filter((c) => c.length > 0 && c[0] !== "") ?? [];
    // Helm takes the first condition path the values set; they are checked the same way below.
    add({ chart: known, prefix: [dep.alias ?? dep.name], anchor: dep.pos, conditions: condition.length ? [condition[0]] : [], appVersion: local?.meta.appVersion, version: local?.meta.version ?? dep.version });
  }
  // A chart under charts/ that Chart.yaml does not list is installed too.
  for (const [name, local] of vendored) {
    if (named.has(name)) continue;
    const known = wellKnownChart(name, { valuesKeys: local.valuesKeys });
    if (known) add({ chart: known, prefix: [name], anchor: local.meta.pos, conditions: [], appVersion: local.meta.appVersion, version: local.meta.version });
  }
  return found;
}

/** The table's defaults of every recognised chart, under its prefix, lowest precedence first (inner charts first). */
export function defaultLayers(found: Recognised[]): VNode[] {
  return [...found].sort((a, b) => b.prefix.length - a.prefix.length).map((r) => prefixed(r.prefix, fromDotted(r.chart.defaults, r.anchor)));
}

function prefixed(prefix: string[], node: VNode): VNode {
  return prefix.reduceRight<VNode>((inner, key) => ({ kind: "map", entries: new Map([[key, inner]]), pos: node.pos, fromDefault: true }), node);
}

/** A config line a setting gives, for a catalog `config` knob; attached to the workload after it is read. */
export interface ConfigLine {
  workloadId: string;
  text: string;
  pos: SourcePos;
  /** The values key that gives it, for messages: `jupyterhub.hub.config.JupyterHub.authenticator_class in values.yaml`. */
  label: string;
}

export interface Manifests {
  text: string;
  /** The position of every line of `text` (index 0 is line 1). */
  origins: SourcePos[];
  /** Workload ids → the catalog product the chart runs there. */
  products: Map<string, string>;
  config: ConfigLine[];
  /** For the notice: what was read, in words. */
  summary: string[];
}

/** The manifests the recognised charts deploy, given the merged values. */
export function manifests(found: Recognised[], values: VNode | undefined, release: string, chartDir: string): Manifests {
  const out = new Writer();
  const products = new Map<string, string>();
  const config: ConfigLine[] = [];
  const summary: string[] = [];
  for (const entry of found) {
    const at = (key: string): VNode | undefined => lookup(values, [...entry.prefix, ...dotted(key)]);
    const off = entry.conditions.find((path) => truth(lookup(values, path)) === false);
    const label = `${entry.chart.id} ${entry.chart.upstream.version}${entry.prefix.length ? ` (values under ${entry.prefix.join(".")})` : ""}`;
    if (off) {
      summary.push(`${label}: switched off by ${off.join(".")}`);
      continue;
    }
    summary.push(label);
    for (const component of entry.chart.components) {
      if (component.enabled && !enabled(at(component.enabled.key), component.enabled.when)) continue;
      const name = dnsName([release, ...entry.prefix, component.name].join("-"));
      const labels = { "ai-infra-audit.chart": `${chartDir}#${[...entry.prefix, component.name].join(".")}` };
      const workloadId = `Deployment/default/${name}/containers/${component.name}`;
      products.set(workloadId, component.productId);
      config.push(...configLines(component, at, entry, workloadId));
      deployment(out, component, name, labels, at, entry);
      const serviceOn = component.service?.enabled === undefined || truth(at(component.service.enabled)) !== false;
      if (component.service && serviceOn) service(out, component, name, labels, at, entry.anchor);
      (component.routes ?? []).forEach((route, i) => {
        const enabledNode = at(route.enabled);
        if (truth(enabledNode) !== true || !enabledNode || !serviceOn) return;
        ingress(out, `${name}-route-${i}`, name, component.ports[0], at(route.annotations ?? ""), enabledNode.pos, entry.anchor);
      });
    }
  }
  return { text: out.lines.join("\n") + "\n", origins: out.origins, products, config, summary };
}

function enabled(node: VNode | undefined, when: string | undefined): boolean {
  if (when === undefined) return truth(node) !== false;
  const value = text(node);
  return value !== undefined && catalogPattern(`^(?:${when})$`).test(value);
}

/** Whether a setting applies: its key matches (or is set), and its `unless` key is not set. */
function applies(setting: ChartSetting, node: VNode | undefined, at: (key: string) => VNode | undefined): boolean {
  if (setting.unless !== undefined && isSet(at(setting.unless))) return false;
  if (setting.line !== undefined) {
    const rx = catalogPattern(`^(?:${setting.line})$`);
    return blocks(node).some((block) => block.split("\n").some((line) => rx.test(line)));
  }
  if (setting.when !== undefined) {
    const value = text(node);
    return value !== undefined && catalogPattern(`^(?:${setting.when})$`).test(value);
  }
  return isSet(node);
}

/** The text values anywhere under a node (a config file held in a values key). */
function blocks(node: VNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === "scalar") return typeof node.value === "string" ? [node.value] : [];
  return (node.kind === "seq" ? node.items : [...node.entries.values()]).flatMap(blocks);
}

function configLines(component: ChartComponent, at: (key: string) => VNode | undefined, entry: Recognised, workloadId: string): ConfigLine[] {
  return (component.settings ?? []).flatMap((setting) => {
    const node = at(setting.key);
    if (setting.config === undefined || !applies(setting, node, at)) return [];
    const key = [...entry.prefix, setting.key].join(".");
    const label = !node || node.fromDefault ? `${key}, the chart's default` : `${key} in ${node.pos.file}`;
    return [{ workloadId, text: setting.config, pos: node?.pos ?? entry.anchor, label }];
  });
}

/** Kubernetes object names: lower case letters, digits and `-`. */
export function dnsName(name: string): string {
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
  return words.join("-").slice(0, 63).replace(/-$/, "") || "chart";
}

class Writer {
  lines: string[] = [];
  origins: SourcePos[] = [];

  line(indent: number, text: string, pos: SourcePos): void {
    this.lines.push(`${" ".repeat(indent)}${text}`);
    this.origins.push(pos);
  }

  /** `key:` and the node below it, every line at its node's position. */
  node(indent: number, key: string, node: VNode): void {
    const head = `${JSON.stringify(key)}:`;
    if (node.kind === "scalar") return this.line(indent, `${head} ${scalar(node.value)}`, node.pos);
    if (node.kind === "map") {
      if (node.entries.size === 0) return this.line(indent, `${head} {}`, node.pos);
      this.line(indent, head, node.pos);
      for (const [k, v] of node.entries) this.node(indent + 2, k, v);
      return;
    }
    if (node.items.length === 0) return this.line(indent, `${head} []`, node.pos);
    this.line(indent, head, node.pos);
    for (const item of node.items) this.item(indent + 2, item);
  }

  /** A list item: `- value`, or `-` and a map below it. */
  item(indent: number, node: VNode): void {
    if (node.kind === "scalar") return this.line(indent, `- ${scalar(node.value)}`, node.pos);
    if (node.kind === "map") {
      this.line(indent, node.entries.size === 0 ? "- {}" : "-", node.pos);
      for (const [k, v] of node.entries) this.node(indent + 2, k, v);
      return;
    }
    this.line(indent, node.items.length === 0 ? "- []" : "-", node.pos);
    for (const item of node.items) this.item(indent + 2, item);
  }
}

function scalar(value: string | number | boolean | null): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

function deployment(out: Writer, component: ChartComponent, name: string, labels: Record<string, string>, at: (key: string) => VNode | undefined, entry: Recognised): void {
  const a = entry.anchor;
  out.line(0, "---", a);
  out.line(0, "apiVersion: apps/v1", a);
  out.line(0, "kind: Deployment", a);
  out.line(0, "metadata:", a);
  out.line(2, `name: ${JSON.stringify(name)}`, a);
  out.line(2, "namespace: default", a);
  out.line(0, "spec:", a);
  out.line(2, "template:", a);
  out.line(4, "metadata:", a);
  out.line(6, "labels:", a);
  for (const [k, v] of Object.entries(labels)) out.line(8, `${JSON.stringify(k)}: ${JSON.stringify(v)}`, a);
  out.line(4, "spec:", a);
  const hostNetwork = component.hostNetwork ? at(component.hostNetwork) : undefined;
  if (hostNetwork && !hostNetwork.fromDefault) out.node(6, "hostNetwork", hostNetwork);
  const podSecurity = component.podSecurityContext ? at(component.podSecurityContext) : undefined;
  if (podSecurity?.kind === "map") out.node(6, "securityContext", podSecurity);
  out.line(6, "containers:", a);
  // The image first: the container (the workload) is placed at the image's line.
  const image = imageOf(component, at, entry);
  out.line(8, `- image: ${JSON.stringify(image.ref)}`, image.pos);
  out.line(10, `name: ${JSON.stringify(component.name)}`, a);
  const argv = [...(component.argv ?? []).map((token) => fill(token, at, a)), ...flags(component, at, a)];
  if (argv.length > 0) {
    out.line(10, "command:", a);
    for (const token of argv) out.line(12, `- ${JSON.stringify(token.value)}`, token.pos);
  }
  const env = envOf(component, at, a);
  if (env.length > 0) {
    out.line(10, "env:", a);
    for (const e of env) {
      out.line(12, `- name: ${JSON.stringify(e.name)}`, e.pos);
      if (e.value !== undefined) out.line(14, `value: ${JSON.stringify(e.value)}`, e.pos);
      else if (e.from) out.node(14, "valueFrom", e.from);
      else {
        out.line(14, "valueFrom:", e.pos);
        out.line(16, "secretKeyRef:", e.pos);
        out.line(18, `name: ${JSON.stringify(name)}`, e.pos);
        out.line(18, `key: ${JSON.stringify(e.name)}`, e.pos);
      }
    }
  }
  const security = component.securityContext ? at(component.securityContext) : undefined;
  if (security?.kind === "map") out.node(10, "securityContext", security);
  out.line(10, "ports:", a);
  for (const port of component.ports) out.line(12, `- containerPort: ${port}`, a);
}

function service(out: Writer, component: ChartComponent, name: string, labels: Record<string, string>, at: (key: string) => VNode | undefined, anchor: SourcePos): void {
  const spec = component.service as NonNullable<ChartComponent["service"]>;
  out.line(0, "---", anchor);
  out.line(0, "apiVersion: v1", anchor);
  out.line(0, "kind: Service", anchor);
  out.line(0, "metadata:", anchor);
  out.line(2, `name: ${JSON.stringify(name)}`, anchor);
  out.line(2, "namespace: default", anchor);
  const annotations = spec.annotations ? at(spec.annotations) : undefined;
  if (annotations?.kind === "map") out.node(2, "annotations", annotations);
  out.line(0, "spec:", anchor);
  const type = at(spec.type);
  if (type?.kind === "scalar" && type.value !== null) out.node(2, "type", type);
  out.line(2, "selector:", anchor);
  for (const [k, v] of Object.entries(labels)) out.line(4, `${JSON.stringify(k)}: ${JSON.stringify(v)}`, anchor);
  out.line(2, "ports:", anchor);
  for (const port of component.ports) {
    out.line(4, `- port: ${port}`, anchor);
    out.line(6, `targetPort: ${port}`, anchor);
  }
}

function ingress(out: Writer, name: string, serviceName: string, port: number, annotations: VNode | undefined, enabledAt: SourcePos, anchor: SourcePos): void {
  out.line(0, "---", anchor);
  out.line(0, "apiVersion: networking.k8s.io/v1", anchor);
  out.line(0, "kind: Ingress", anchor);
  out.line(0, "metadata:", enabledAt);
  out.line(2, `name: ${JSON.stringify(name)}`, enabledAt);
  out.line(2, "namespace: default", anchor);
  if (annotations?.kind === "map") out.node(2, "annotations", annotations);
  out.line(0, "spec:", anchor);
  out.line(2, "rules:", anchor);
  out.line(4, "- http:", anchor);
  out.line(8, "paths:", anchor);
  out.line(10, "- backend:", anchor);
  out.line(14, "service:", anchor);
  out.line(16, `name: ${JSON.stringify(serviceName)}`, enabledAt);
  out.line(16, "port:", anchor);
  out.line(18, `number: ${port}`, anchor);
}

const UNKNOWN_TAG = "CHART_APP_VERSION";

/** The image reference the chart runs, at the line of its tag when the values set one, else of its repository. */
function imageOf(component: ChartComponent, at: (key: string) => VNode | undefined, entry: Recognised): { ref: string; pos: SourcePos } {
  const repository = at(component.image.repository);
  const tag = component.image.tag ? at(component.image.tag) : undefined;
  const registry = component.image.registry ? text(at(component.image.registry)) : undefined;
  const repo = text(repository) ?? "unknown";
  // The table's default tag is the upstream chart's at the version it was read from; at another version the
  // tag is unknown: a template token, which no rule takes for a version or a moving tag.
  let tagText = tag?.fromDefault && entry.version !== entry.chart.upstream.version ? UNKNOWN_TAG : (text(tag) ?? "");
  if (tagText === "" && component.image.defaultTag) {
    // Without the chart's Chart.yaml its appVersion is unknown too.
    const appVersion = entry.appVersion ?? (entry.version === entry.chart.upstream.version ? entry.chart.upstream.appVersion : undefined);
    tagText = appVersion !== undefined ? component.image.defaultTag.replace("{appVersion}", appVersion) : UNKNOWN_TAG;
  }
  const base = registry && !repo.startsWith(`${registry}/`) ? `${registry}/${repo}` : repo;
  const pos = tag && text(tag) && !tag.fromDefault ? tag.pos : (repository?.pos ?? entry.anchor);
  return { ref: tagText ? `${base}:${tagText}` : base, pos };
}

/** A `{key}` placeholder of the table's command line, filled from the values. */
function fill(token: string, at: (key: string) => VNode | undefined, anchor: SourcePos): { value: string; pos: SourcePos } {
  const open = token.indexOf("{");
  const close = token.indexOf("}", open);
  if (open < 0 || close < 0) return { value: token, pos: anchor };
  const node = at(token.slice(open + 1, close));
  return { value: `${token.slice(0, open)}${text(node) ?? ""}${token.slice(close + 1)}`, pos: node?.pos ?? anchor };
}

/** The flags the settings add, each at its values line (a value from a Secret is a reference the kubelet expands). */
function flags(component: ChartComponent, at: (key: string) => VNode | undefined, anchor: SourcePos): { value: string; pos: SourcePos }[] {
  return (component.settings ?? []).flatMap((setting) => {
    const node = at(setting.key);
    if (setting.flag === undefined || !applies(setting, node, at)) return [];
    const pos = node?.pos ?? anchor;
    return [
      { value: setting.flag, pos },
      { value: setting.value ?? "$(CHART_SECRET)", pos },
    ];
  });
}

interface EnvEntry {
  name: string;
  value?: string;
  /** A `valueFrom` as the values write it. */
  from?: VNode;
  pos: SourcePos;
}

function envOf(component: ChartComponent, at: (key: string) => VNode | undefined, anchor: SourcePos): EnvEntry[] {
  const env: EnvEntry[] = [];
  for (const source of component.env ?? []) {
    const node = at(source.key);
    if (node?.kind === "seq") {
      for (const item of node.items) {
        if (item.kind !== "map") continue;
        const name = text(item.entries.get("name"));
        if (!name) continue;
        const value = item.entries.get("value");
        const from = item.entries.get("valueFrom");
        env.push(from ? { name, from, pos: item.entries.get("name")?.pos ?? item.pos } : { name, value: text(value) ?? "", pos: value?.pos ?? item.pos });
      }
    } else if (node?.kind === "map") {
      for (const [name, value] of node.entries) {
        if (value.kind === "scalar") env.push({ name, value: text(value) ?? "", pos: value.pos });
        else if (value.kind === "map" && value.entries.has("valueFrom")) env.push({ name, from: value.entries.get("valueFrom"), pos: value.pos });
      }
    }
  }
  for (const setting of component.settings ?? []) {
    if (setting.env === undefined) continue;
    const node = at(setting.key);
    if (!applies(setting, node, at)) continue;
    env.push({ name: setting.env, value: setting.value, pos: node?.pos ?? anchor });
  }
  return env;
}
