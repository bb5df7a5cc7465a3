import { FRAMEWORK_PORTS, WORLD_SOURCES } from "../catalog/network.js";
import type { ProductDef, ProductImpact } from "../catalog/types.js";
import { SEVERITY_RANK, type Severity } from "../findings/types.js";
import type { FirewallRule, GpuInstance, Located, PortRange } from "../model/types.js";
import type { Rule } from "./types.js";

/** What anyone on the internet gets from a port of a product with this impact, as a severity. */
const IMPACT_SEVERITY: Record<ProductImpact, Severity> = {
  "code-execution": "critical",
  "model-control": "critical",
  "data-store": "high",
  inference: "high",
  "web-app": "medium",
};

const WORLD = new Set(WORLD_SOURCES.map((s) => s.value));
const FRAMEWORK = new Set(FRAMEWORK_PORTS.map((p) => p.port));
const WEB = new Set(FRAMEWORK_PORTS.filter((p) => p.web).map((p) => p.port));
/** Products named per port in a message before "and N more". */
const NAMES_PER_PORT = 3;
/** Ports listed in a message before "and N more". */
const PORTS_LISTED = 4;

interface PortHit {
  port: number;
  products: ProductDef[];
}

function isWorld(source: string): boolean {
  return WORLD.has(source.trim().toLowerCase());
}

function everyPort(range: PortRange): boolean {
  return range.from <= 1 && range.to >= 65535;
}

/** ` chroma `, ` text generation webui `: names compared as whole words. */
function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;
}

/** The configuration names the product (resource name, description, tags): `aws_security_group.chroma`. */
function named(product: ProductDef, names: string): boolean {
  return [product.id, displayName(product)].some((n) => names.includes(words(n)));
}

/** The AI service ports of the catalog: each port with the products that listen there (sensitive ports only). */
function portIndex(products: ProductDef[]): Map<number, ProductDef[]> {
  const index = new Map<number, ProductDef[]>();
  for (const product of products) {
    for (const p of product.ports) {
      if (p.sensitive === false) continue;
      const list = index.get(p.port);
      if (!list) index.set(p.port, [product]);
      else if (!list.includes(product)) list.push(product);
    }
  }
  return index;
}

/**
 * The AI service ports a rule opens, with their products. A framework's default port (8000, 8080, 3000 …)
 * counts only for the products the configuration names, or for all of them when the rule admits traffic to a
 * GPU instance (what else would listen there); the web's own ports (80, 443) only when named.
 */
function hits(rule: FirewallRule, ports: [number, ProductDef[]][], names: string, gpu: boolean): PortHit[] {
  const out: PortHit[] = [];
  for (const [port, products] of ports) {
    if (!rule.ports.some((r) => r.from <= port && port <= r.to)) continue;
    const mentioned = products.filter((p) => named(p, names));
    const framework = FRAMEWORK.has(port) && !(gpu && !WEB.has(port));
    const chosen = framework ? mentioned : mentioned.length ? mentioned : products;
    if (chosen.length) out.push({ port, products: chosen });
  }
  return out;
}

/** A product's name without the note in parentheses: `Redis (Bitnami image)` is Redis here. */
function displayName(product: ProductDef): string {
  const open = product.name.lastIndexOf(" (");
  return open > 0 && product.name.endsWith(")") ? product.name.slice(0, open) : product.name;
}

function portText(hit: PortHit): string {
  const names = [...new Set(hit.products.map(displayName))];
  const shown = names.slice(0, NAMES_PER_PORT).join(", ");
  return `${hit.port} (${shown}${names.length > NAMES_PER_PORT ? ` and ${names.length - NAMES_PER_PORT} more` : ""})`;
}

function portsText(found: PortHit[]): string {
  const shown = found.slice(0, PORTS_LISTED).map(portText);
  const more = found.length - shown.length;
  return `port${found.length > 1 ? "s" : ""} ${shown.join(", ")}${more > 0 ? ` and ${more} more AI service port${more > 1 ? "s" : ""}` : ""}`;
}

/** `, to GPU instance aws_instance.gpu (g5.2xlarge, with a public IP)`. */
function gpuText(instances: GpuInstance[]): string {
  if (instances.length === 0) return "";
  const shown = instances.slice(0, 2).map((i) => `${i.id} (${i.accelerator}${i.publicIp ? ", with a public IP" : ""})`);
  return `, to GPU instance${instances.length > 1 ? "s" : ""} ${shown.join(" and ")}${instances.length > 2 ? ` and ${instances.length - 2} more` : ""}`;
}

function andList(names: string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function worst(severities: Severity[]): Severity {
  return severities.reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), "info" as Severity);
}

const rule: Rule = {
  meta: {
    id: "AIA104",
    name: "open-network-rule",
    title: "Firewall rule opens an AI service's port to the internet",
    category: "open-network-rule",
    defaultSeverity: "high",
    rationale: "A security group or firewall rule that admits 0.0.0.0/0 on an AI service's port (or on every port) puts whatever listens there on the internet, where scanners find unauthenticated Ollama, Ray and Jupyter servers within hours.",
  },
  check({ model, catalog, report }) {
    if (model.firewallRules.length === 0) return;
    const ports = [...portIndex(catalog.products)].sort((a, b) => a[0] - b[0]);
    const gpus = new Map<string, GpuInstance[]>();
    for (const instance of model.gpuInstances) {
      for (const rule of instance.firewallRules) {
        const key = `${rule.file}\0${rule.id}`;
        const list = gpus.get(key);
        if (list) list.push(instance);
        else gpus.set(key, [instance]);
      }
    }
    // Rules that open the internet at the same place (a `dynamic` block's rules, one per port) are one finding.
    const groups = new Map<string, { rule: FirewallRule; world: Located<string>[]; all: boolean; found: PortHit[]; gpu: GpuInstance[] }>();
    for (const fw of model.firewallRules) {
      if (fw.direction !== "ingress" || fw.action !== "allow" || (fw.protocol !== "tcp" && fw.protocol !== "all")) continue;
      const world = fw.sources.filter((s) => isWorld(s.value));
      if (world.length === 0) continue;
      const all = fw.ports.some(everyPort);
      const gpu = gpus.get(`${fw.pos.file}\0${fw.id}`) ?? [];
      const found = all ? [] : hits(fw, ports, words(fw.names.join(" ")), gpu.length > 0);
      if (!all && found.length === 0) continue;
      const key = `${fw.resource}\0${world[0].pos.file}\0${world[0].pos.line}\0${world[0].pos.column ?? 0}`;
      const group = groups.get(key);
      if (!group) groups.set(key, { rule: fw, world, all, found, gpu });
      else {
        group.all ||= all;
        for (const hit of found) if (!group.found.some((h) => h.port === hit.port)) group.found.push(hit);
      }
    }
    for (const { rule: fw, world, all, found, gpu } of groups.values()) {
      found.sort((a, b) => a.port - b.port);
      const sources = [...new Set(world.map((s) => s.value))].join(" and ");
      const opened = all ? "every port" : portsText(found);
      const from = world[0].variable ? ` (${world[0].value} comes from ${world[0].variable})` : "";
      // One product per name: Redis and its Bitnami image are Redis here.
      const products = [...new Map(found.flatMap((h) => h.products).map((p) => [displayName(p), p])).values()];
      const why = all
        ? "every service on the hosts it protects is reachable from anywhere, whatever its port, AI services without authentication included (Ollama on 11434, Ray's dashboard on 8265, Jupyter on 8888)"
        : products.length === 1
          ? `${displayName(products[0])} listens there by default. ${products[0].auth[products[0].auth.length - 1].summary}`
          : `${andList(products.map(displayName))} listen on ${found.length > 1 ? "these ports" : "it"} by default: whichever runs behind the rule is reachable from anywhere, with only the login it configures, if any, in the way`;
      report({
        at: world[0].pos,
        severity: all ? "critical" : worst(products.map((p) => IMPACT_SEVERITY[p.impact])),
        title: `${fw.kind} opens ${all ? "every port" : opened} to the internet`,
        message: `${fw.kind} ${fw.resource} admits ${sources} on ${opened}${from}${gpuText(gpu)}: ${why.replace(/\.$/, "")}.`,
        fix: fw.fix,
        subject: `${fw.resource}/open-to-internet/${all ? "all-ports" : found.map((h) => h.port).join(",")}`,
      });
    }
  },
};

export default rule;
