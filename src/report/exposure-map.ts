// The exposure map of the pull request comment: a Mermaid flowchart of how the internet and private
// networks reach the AI services of the scanned tree, through which door, with a login or without, and
// which of them run components with known advisories.
//
// Every name, file and version in it comes from the scanned repository, which an attacker may write.
// Node ids are generated, never taken from that text, and the text is reduced to a few characters that
// mean nothing to Mermaid, HTML or Markdown before it goes into a quoted label (see `mermaidText`).
import { compareText } from "./common.js";
import type { InventoryComponent, InventoryExposure, InventoryWorkload, ScanResult } from "./types.js";

export interface ExposureMapOptions {
  /** Services drawn at most; the rest are counted in one node. */
  maxServices?: number;
}

const DEFAULT_MAX_SERVICES = 25;
/** The map's size at most (characters): services are dropped into the "more" node until it fits. */
export const MAX_MAP_CHARS = 12_000;
/** Characters at most of one piece of repository text in a label, the `…` included. */
const MAX_TEXT = 60;
/** Doors drawn at most per service; the rest are one door node. */
const MAX_DOORS = 6;
/** Port numbers or ranges named at most on one door. */
const MAX_PORT_ITEMS = 4;

/** Where a door opens to: the internet for `network` reach, a VPC for `private` (an internal load balancer). */
type Source = "network" | "private";
const SOURCES: readonly Source[] = ["network", "private"];
const SOURCE_LABEL: Record<Source, string> = { network: "Internet", private: "Private network" };

/** Each exposure mechanism in a few words, in the order a door that has several names them. */
const VIA_LABEL = new Map<string, string>([
  ["published-port", "published port"],
  ["host-network", "host network"],
  ["host-port", "hostPort"],
  ["node-port", "NodePort"],
  ["load-balancer", "LoadBalancer"],
  ["external-ip", "externalIPs"],
  ["ingress", "ingress"],
  ["proxy-route", "proxy route"],
]);
const VIA_ORDER = [...VIA_LABEL.keys()];

/**
 * Colours with their own text colour, legible on GitHub's light and dark themes. One class per service:
 * reachable from the internet without a login (red, with an amber border when also vulnerable),
 * vulnerable (amber), behind a login (green). Others keep the theme's colours.
 */
const CLASSES = {
  open: "fill:#b71c1c,stroke:#7f0000,color:#ffffff",
  openVulnerable: "fill:#b71c1c,stroke:#ffb300,stroke-width:4px,color:#ffffff",
  vulnerable: "fill:#ffb300,stroke:#8d5a00,color:#000000",
  guarded: "fill:#2e7d32,stroke:#1b5e20,color:#ffffff",
} as const;
type ServiceClass = keyof typeof CLASSES;

/** Everything but the characters a label may keep from the repository: one code point at a time, linear. */
const NOT_PLAIN = /[^A-Za-z0-9 .,:/_+=@*-]/gu;

/**
 * Repository text as Mermaid label text: every code point other than an ASCII letter or digit, a space or
 * one of `. , : / _ - + = @ *` becomes `?` (quotes, brackets, `#` entities, `%%` directives, `<` HTML,
 * backticks, line breaks, control, invisible and bidi characters, non-ASCII letters); then cut to `max`
 * characters, the last one `…`. Nothing left can end the quoted label or mean anything inside it.
 */
export function mermaidText(text: string, max = MAX_TEXT): string {
  // Each code point gives one character and takes at most two code units: 2·max + 2 units are enough to
  // know whether the text is longer than `max`. A pair cut in half at the end becomes `?` like the pair.
  const plain = text.slice(0, 2 * max + 2).replace(NOT_PLAIN, "?");
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/** A way in shared by every service it leads to: same place, mechanisms, ports, reach and proxy. */
interface Door {
  key: string;
  source: Source;
  label: string;
  file: string;
  line: number;
}

interface Service {
  workload: InventoryWorkload;
  /** Drawn doors, in order. */
  doors: Door[];
  /** Doors past MAX_DOORS: how many, and from where. */
  moreDoors: { count: number; sources: Set<Source> };
  label: string;
  className?: ServiceClass;
}

function isSource(reach: string): reach is Source {
  return reach === "network" || reach === "private";
}

/** `8080`, `8080-8081, 9000`, `every port`: sorted, runs as ranges, at most MAX_PORT_ITEMS items. */
function portList(ports: readonly number[]): string {
  const sorted = [...new Set(ports.filter((p) => Number.isSafeInteger(p)))].sort((a, b) => a - b);
  const items: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    items.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  const shown = items.slice(0, MAX_PORT_ITEMS).join(", ");
  return items.length > MAX_PORT_ITEMS ? `${shown} +${items.length - MAX_PORT_ITEMS} more` : shown || "?";
}

/** The exposures of one workload at one line, as one door. */
function door(exposures: readonly InventoryExposure[]): Door & { proxy: boolean } {
  const [first] = exposures;
  const source: Source = exposures.some((e) => e.reach === "network") ? "network" : "private";
  const vias = [...new Set(exposures.map((e) => e.via))].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
  const kinds = vias.map((via) => VIA_LABEL.get(via) ?? mermaidText(via, 20)).join(" + ");
  // No ports means every port the process listens on.
  const every = exposures.some((e) => e.ports.length === 0);
  const ports = every ? "every port" : portList(exposures.flatMap((e) => e.ports));
  const proxy = exposures.every((e) => e.authenticatedProxy === true);
  const label = `${kinds} → ${ports}${proxy ? " · auth proxy" : ""}<br/>${mermaidText(first.file)}:${mermaidText(String(first.line), 12)}`;
  return { key: `${source}\0${first.file}\0${first.line}\0${label}`, source, label, file: first.file, line: first.line, proxy };
}

function rank(via: string): number {
  const index = VIA_ORDER.indexOf(via);
  return index < 0 ? VIA_ORDER.length : index;
}

function byPlace<T extends { file: string; line: number }>(a: T, b: T): number {
  return compareText(a.file, b.file) || a.line - b.line;
}

/** What the service's own authentication and the doors' proxies amount to. */
function verdict(auth: InventoryWorkload["auth"], everyDoorProxied: boolean): string {
  if (auth === "on") return "auth on";
  if (auth === "none" || auth === "off") return everyDoorProxied ? "auth at proxy" : "no auth";
  return "auth unknown";
}

/** `⚠ 15 advisories, upgrade to 7.2.16` for the components the workload runs, or undefined. */
function vulnerability(components: readonly InventoryComponent[]): string | undefined {
  const vulnerable = components.filter((c) => (c.advisories?.length ?? 0) > 0);
  if (vulnerable.length === 0) return undefined;
  const count = new Set(vulnerable.flatMap((c) => c.advisories ?? [])).size;
  const upgrade = vulnerable.length === 1 && vulnerable[0].upgrade ? `, upgrade to ${mermaidText(vulnerable[0].upgrade, 30)}` : "";
  return `⚠ ${count} ${count === 1 ? "advisory" : "advisories"}${upgrade}`;
}

/** The AI services reachable beyond their own network, in order, with their doors and labels. */
function services(result: ScanResult): Service[] {
  const components = new Map<string, InventoryComponent[]>();
  for (const c of result.inventory.components) {
    if (c.workload === undefined) continue;
    const key = `${c.file}\0${c.workload}`;
    const list = components.get(key);
    if (list) list.push(c);
    else components.set(key, [c]);
  }
  const drawn: Service[] = [];
  const workloads = result.inventory.workloads
    .filter((w) => w.product)
    .sort((a, b) => byPlace(a, b) || compareText(a.name, b.name) || compareText(a.id, b.id));
  for (const workload of workloads) {
    const atLine = new Map<string, InventoryExposure[]>();
    for (const e of workload.exposures ?? []) {
      if (!isSource(e.reach)) continue;
      const key = `${e.file}\0${e.line}`;
      const list = atLine.get(key);
      if (list) list.push(e);
      else atLine.set(key, [e]);
    }
    if (atLine.size === 0) continue;
    const doors = [...atLine.values()].map(door).sort((a, b) => byPlace(a, b) || compareText(a.label, b.label) || compareText(a.source, b.source));
    const shown = doors.length > MAX_DOORS ? doors.slice(0, MAX_DOORS - 1) : doors;
    const hidden = doors.slice(shown.length);
    const vulnerable = vulnerability(components.get(`${workload.file}\0${workload.id}`) ?? []);
    const said = verdict(workload.auth, doors.every((d) => d.proxy));
    const open = said === "no auth" && doors.some((d) => d.source === "network" && !d.proxy);
    const className: ServiceClass | undefined = open
      ? vulnerable
        ? "openVulnerable"
        : "open"
      : vulnerable
        ? "vulnerable"
        : said === "auth on" || said === "auth at proxy"
          ? "guarded"
          : undefined;
    const lines = [mermaidText(workload.name) || "?", `${mermaidText(workload.product ?? "")} · ${said}`, ...(vulnerable ? [vulnerable] : [])];
    drawn.push({
      workload,
      doors: shown,
      moreDoors: { count: hidden.length, sources: new Set(hidden.map((d) => d.source)) },
      label: lines.join("<br/>"),
      className,
    });
  }
  return drawn;
}

/** The sources a service is reached from. */
function sourcesOf(service: Service): Set<Source> {
  return new Set([...service.doors.map((d) => d.source), ...service.moreDoors.sources]);
}

/** The flowchart with the first `count` services drawn and the rest in one node. */
function render(all: readonly Service[], count: number): string {
  const drawn = all.slice(0, count);
  const rest = all.slice(count);
  const restSources = new Set(rest.flatMap((s) => [...sourcesOf(s)]));
  const used = new Set([...drawn.flatMap((s) => [...sourcesOf(s)]), ...restSources]);
  const lines = ["flowchart LR"];
  const sourceId = new Map<Source, string>();
  for (const source of SOURCES) {
    if (!used.has(source)) continue;
    const id = `i${sourceId.size}`;
    sourceId.set(source, id);
    lines.push(`  ${id}(["${SOURCE_LABEL[source]}"])`);
  }
  const doorId = new Map<string, string>();
  let doors = 0;
  const classes = new Map<ServiceClass, string[]>();
  drawn.forEach((service, index) => {
    const id = `s${index}`;
    const edges: string[] = [];
    for (const d of service.doors) {
      let did = doorId.get(d.key);
      if (did === undefined) {
        did = `d${doors++}`;
        doorId.set(d.key, did);
        lines.push(`  ${did}["${d.label}"]`);
        edges.push(`  ${sourceId.get(d.source)} --> ${did}`);
      }
      edges.push(`  ${did} --> ${id}`);
    }
    if (service.moreDoors.count > 0) {
      const did = `d${doors++}`;
      lines.push(`  ${did}["… and ${service.moreDoors.count} more ${service.moreDoors.count === 1 ? "way" : "ways"} in"]`);
      for (const source of SOURCES) if (service.moreDoors.sources.has(source)) edges.push(`  ${sourceId.get(source)} --> ${did}`);
      edges.push(`  ${did} --> ${id}`);
    }
    lines.push(`  ${id}["${service.label}"]`, ...edges);
    if (service.className) classes.set(service.className, [...(classes.get(service.className) ?? []), id]);
  });
  if (rest.length > 0) {
    lines.push(`  m0["… and ${rest.length} more AI ${rest.length === 1 ? "service" : "services"} reachable"]`);
    for (const source of SOURCES) if (restSources.has(source)) lines.push(`  ${sourceId.get(source)} -.-> m0`);
  }
  for (const name of Object.keys(CLASSES) as ServiceClass[]) {
    const ids = classes.get(name);
    if (ids) lines.push(`  classDef ${name} ${CLASSES[name]}`, `  class ${ids.join(",")} ${name}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The Mermaid source (starting `flowchart LR`, no code fence) of how the internet and private networks
 * reach the AI services, or "" when no AI service is reachable beyond its cluster/compose network.
 * Services are ordered by file, line and name, so the same tree always gives the same map; at most
 * `maxServices` are drawn, fewer when the map would pass MAX_MAP_CHARS, the rest counted in one node.
 */
export function exposureMap(result: ScanResult, options: ExposureMapOptions = {}): string {
  const all = services(result);
  if (all.length === 0) return "";
  const limit = options.maxServices;
  const max = limit !== undefined && Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_MAX_SERVICES;
  const first = Math.min(max, all.length);
  const full = render(all, first);
  if (full.length <= MAX_MAP_CHARS) return full;
  // With the "more" node drawn, the size grows with the count: the largest count that fits.
  let low = 0;
  let high = Math.min(first, all.length - 1);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (render(all, middle).length <= MAX_MAP_CHARS) low = middle;
    else high = middle - 1;
  }
  return render(all, low);
}
