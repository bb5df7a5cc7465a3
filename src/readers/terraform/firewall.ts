// Firewall rules of the three large clouds, as the model's FirewallRule: AWS security groups (inline rules,
// `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule` / `_egress_rule`), Google Cloud
// `google_compute_firewall`, Azure network security groups (inline `security_rule`) and
// `azurerm_network_security_rule`. Only what the configuration states: an unknown source or port is left out.
import { WORLD_SOURCES } from "../../catalog/network.js";
import { emptyPart } from "../../model/part.js";
import type { FirewallRule, Located, PortRange, SourcePos } from "../../model/types.js";
import type { Extractor, ModuleIndex, Resource } from "./module.js";
import { at, blocks, get, items, num, str, strings, type TfMap, type TfValue } from "./values.js";

const FIX = {
  aws: "Restrict the rule's CIDR ranges to your own network, or admit only a load balancer's security group (source_security_group_id / referenced_security_group_id); put an authenticating proxy in front of the service.",
  gcp: "Restrict source_ranges to your own network (or use source_tags / source_service_accounts, or Identity-Aware Proxy's range for administration); put an authenticating proxy in front of the service.",
  azure: "Restrict source_address_prefix(es) to your own network or a service tag such as VirtualNetwork instead of * or Internet; put an authenticating proxy in front of the service.",
};

const ALL_PORTS = { from: 0, to: 65535 };

/** IANA protocol numbers the providers accept for the names. */
const PROTOCOL_NUMBERS: Record<string, string> = { "-1": "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };

function protocolOf(value: TfValue | undefined): string | undefined {
  const text = str(value)?.trim().toLowerCase();
  if (text === undefined) return undefined;
  if (text === "*" || text === "all") return "all";
  return PROTOCOL_NUMBERS[text] ?? text;
}

function located(values: TfValue[]): Located<string>[] {
  return values.flatMap((v) => {
    const text = str(v);
    return text === undefined ? [] : [{ value: text.trim(), pos: at(v), ...(v.via && { variable: v.via.text }) }];
  });
}

/** Characters of one name or description kept: enough to name a product. */
const NAME_CHARS = 200;
/** Names and tags kept per map. */
const NAMES_PER_MAP = 16;

/** The names, descriptions and tag values of one resource or rule. */
function namesIn(map: TfMap): string[] {
  const words: string[] = [];
  for (const key of ["name", "name_prefix", "description"]) {
    const text = str(get(map, key));
    if (text !== undefined) words.push(text);
  }
  const tags = get(map, "tags");
  if (tags?.kind === "map") for (const value of [...tags.entries.values()].slice(0, NAMES_PER_MAP)) if (str(value) !== undefined) words.push(str(value) as string);
  return words.map((w) => w.slice(0, NAME_CHARS).toLowerCase());
}

const resourceNames = new WeakMap<Resource, string[]>();

/** Words that say what the rule is for: its resource's name and the rule's and resource's names, descriptions and tags. */
function namesOf(resource: Resource, ...maps: TfMap[]): string[] {
  let own = resourceNames.get(resource);
  if (!own) resourceNames.set(resource, (own = [resource.name.slice(0, NAME_CHARS).toLowerCase(), ...namesIn(resource.body)]));
  const rule = maps.filter((m) => m !== resource.body).flatMap(namesIn);
  return rule.length ? [...own, ...rule] : own;
}

/** `from_port`/`to_port` with a protocol: every port for `all`, the range for TCP and UDP. */
function awsPorts(rule: TfMap, protocol: string, protocolPos: SourcePos): PortRange[] {
  if (protocol === "all") return [{ ...ALL_PORTS, pos: protocolPos }];
  const fromValue = get(rule, "from_port");
  const from = num(fromValue);
  const to = num(get(rule, "to_port")) ?? from;
  if (from === undefined || to === undefined || !fromValue) return [];
  // A range of 0-0 or -1 with TCP means no port; 0-65535 every port.
  return from <= to ? [{ from: Math.max(0, from), to: Math.min(65535, to), pos: at(fromValue) }] : [];
}

function awsRule(resource: Resource, rule: TfMap, direction: FirewallRule["direction"], id: string, sources: Located<string>[]): FirewallRule | undefined {
  const protocolValue = get(rule, "protocol") ?? get(rule, "ip_protocol");
  const protocol = protocolOf(protocolValue);
  if (!protocol || !protocolValue) return undefined;
  const group = resource.type === "aws_security_group" || resource.type === "aws_default_security_group" ? resource.address : addressOf(get(resource.body, "security_group_id"), "aws_security_group");
  return {
    ...(group && { group }),
    id,
    resource: resource.address,
    kind: "AWS security group rule",
    direction,
    action: "allow",
    protocol,
    sources,
    ports: awsPorts(rule, protocol, at(protocolValue)),
    names: namesOf(resource, rule),
    fix: FIX.aws,
    pos: rule.pos,
  };
}

const awsSecurityGroup: Extractor = (resource, part) => {
  for (const direction of ["ingress", "egress"] as const) {
    blocks(resource.body, direction).forEach((rule, i) => {
      const sources = located([...strings(get(rule, "cidr_blocks")), ...strings(get(rule, "ipv6_cidr_blocks"))]);
      const made = awsRule(resource, rule, direction, `${resource.address}/${direction}/${i}`, sources);
      if (made) part.firewallRules.push(made);
    });
  }
};

const awsSecurityGroupRule: Extractor = (resource, part) => {
  const type = str(get(resource.body, "type"))?.toLowerCase();
  if (type !== "ingress" && type !== "egress") return;
  const sources = located([...strings(get(resource.body, "cidr_blocks")), ...strings(get(resource.body, "ipv6_cidr_blocks"))]);
  const made = awsRule(resource, resource.body, type, resource.address, sources);
  if (made) part.firewallRules.push(made);
};

function vpcRule(direction: FirewallRule["direction"]): Extractor {
  return (resource, part) => {
    const sources = located([get(resource.body, "cidr_ipv4"), get(resource.body, "cidr_ipv6")].flatMap((v) => (v ? [v] : [])));
    const made = awsRule(resource, resource.body, direction, resource.address, sources);
    if (made) part.firewallRules.push(made);
  };
}

/** `"11434"`, `"8000-8100"`, `"*"` as a port range. */
function portRange(value: TfValue): PortRange | undefined {
  const text = str(value)?.trim();
  if (text === undefined) return undefined;
  if (text === "*") return { ...ALL_PORTS, pos: at(value) };
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to && to <= 65535 ? { from, to, pos: at(value) } : undefined;
}

const googleFirewall: Extractor = (resource, part) => {
  const body = resource.body;
  if (str(get(body, "disabled")) === "true") return;
  const direction = (str(get(body, "direction")) ?? "INGRESS").toUpperCase() === "EGRESS" ? "egress" : "ingress";
  const sources = located(strings(get(body, direction === "ingress" ? "source_ranges" : "destination_ranges")));
  for (const action of ["allow", "deny"] as const) {
    blocks(body, action).forEach((rule, i) => {
      const protocolValue = get(rule, "protocol");
      const protocol = protocolOf(protocolValue);
      if (!protocol || !protocolValue) return;
      const portsValue = get(rule, "ports");
      // No `ports`: every port of the protocol.
      const ports = protocol === "all" || !portsValue ? [{ ...ALL_PORTS, pos: at(protocolValue) }] : items(portsValue).flatMap((p) => portRange(p) ?? []);
      part.firewallRules.push({
        id: `${resource.address}/${action}/${i}`,
        resource: resource.address,
        kind: "Google Cloud firewall rule",
        direction,
        action,
        protocol,
        sources,
        ports,
        names: namesOf(resource),
        fix: FIX.gcp,
        pos: rule.pos,
      });
    });
  }
};

function azureRule(resource: Resource, rule: TfMap, id: string): FirewallRule | undefined {
  const direction = str(get(rule, "direction"))?.toLowerCase();
  const access = str(get(rule, "access"))?.toLowerCase();
  const protocolValue = get(rule, "protocol");
  const protocol = protocolOf(protocolValue);
  if ((direction !== "inbound" && direction !== "outbound") || (access !== "allow" && access !== "deny") || !protocol) return undefined;
  const sources = located([get(rule, "source_address_prefix"), ...items(get(rule, "source_address_prefixes"))].flatMap((v) => (v ? [v] : [])));
  const ports = [get(rule, "destination_port_range"), ...items(get(rule, "destination_port_ranges"))].flatMap((v) => (v ? (portRange(v) ?? []) : []));
  return {
    id,
    resource: resource.address,
    kind: "Azure network security rule",
    direction: direction === "inbound" ? "ingress" : "egress",
    action: access,
    protocol,
    sources,
    ports,
    names: namesOf(resource, rule),
    fix: FIX.azure,
    pos: rule.pos,
  };
}

const azureSecurityGroup: Extractor = (resource, part) => {
  blocks(resource.body, "security_rule").forEach((rule, i) => {
    const made = azureRule(resource, rule, `${resource.address}/security_rule/${str(get(rule, "name")) ?? i}`);
    if (made) part.firewallRules.push(made);
  });
};

const azureSecurityRule: Extractor = (resource, part) => {
  const made = azureRule(resource, resource.body, resource.address);
  if (made) part.firewallRules.push(made);
};

export const FIREWALL_EXTRACTORS: Record<string, Extractor> = {
  aws_security_group: awsSecurityGroup,
  aws_default_security_group: awsSecurityGroup,
  aws_security_group_rule: awsSecurityGroupRule,
  aws_vpc_security_group_ingress_rule: vpcRule("ingress"),
  aws_vpc_security_group_egress_rule: vpcRule("egress"),
  google_compute_firewall: googleFirewall,
  azurerm_network_security_group: azureSecurityGroup,
  azurerm_network_security_rule: azureSecurityRule,
};

const WORLD = new Set(WORLD_SOURCES.map((s) => s.value));

/**
 * The resource of one of `types` a value names: `aws_security_group.web` of `aws_security_group.web.id` (a computed
 * attribute, unknown) or of `google_cloud_run_v2_service.x.name` (resolved to what the resource was given).
 */
export function addressOf(value: TfValue | undefined, ...types: string[]): string | undefined {
  const ref = value?.kind === "unknown" ? value.ref : value?.via?.text;
  for (const type of types) {
    if (!ref?.startsWith(`${type}.`)) continue;
    const name = ref.slice(type.length + 1).split(/[.[ ]/, 1)[0];
    if (name) return `${type}.${name}`;
  }
  return undefined;
}

/** What one AWS security group opens to everyone (TCP): its port ranges, and the first source that opens one. */
export interface OpenGroup {
  group: string;
  ranges: PortRange[];
  source: Located<string>;
}

/** Port ranges kept per group: a hostile group of thousands of rules is read once, and only this much of it is used. */
const MAX_OPEN_RANGES = 256;

const caches = new WeakMap<ModuleIndex, { groups: Map<string, OpenGroup | undefined>; attached: Map<string, Resource[]> }>();

/**
 * What the AWS security groups named by reference open to everyone, each with its own inline rules and the
 * standalone rules attached to it; read once per group and module.
 */
export function worldOpenPorts(module: ModuleIndex, groups: TfValue[]): OpenGroup[] {
  let cache = caches.get(module);
  if (!cache) {
    // Standalone rules by the group they attach to, found in one pass.
    const attached = new Map<string, Resource[]>();
    for (const type of ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule"]) {
      for (const rule of module.ofType(type)) {
        const target = addressOf(get(rule.body, "security_group_id"), "aws_security_group");
        if (!target) continue;
        const list = attached.get(target);
        if (!list) attached.set(target, [rule]);
        else if (list.length < MAX_OPEN_RANGES) list.push(rule);
      }
    }
    cache = { groups: new Map(), attached };
    caches.set(module, cache);
  }
  const out: OpenGroup[] = [];
  for (const address of new Set(groups.flatMap((g) => addressOf(g, "aws_security_group") ?? []))) {
    if (!cache.groups.has(address)) cache.groups.set(address, openGroup(module, address, cache.attached.get(address) ?? []));
    const open = cache.groups.get(address);
    if (open) out.push(open);
  }
  return out;
}

function openGroup(module: ModuleIndex, address: string, attached: Resource[]): OpenGroup | undefined {
  const scratch = emptyPart();
  const group = module.resource(address);
  if (group) awsSecurityGroup(group, scratch, module, []);
  for (const rule of attached) FIREWALL_EXTRACTORS[rule.type](rule, scratch, module, []);
  const ranges: PortRange[] = [];
  let source: Located<string> | undefined;
  for (const rule of scratch.firewallRules) {
    const world = rule.sources.find((s) => WORLD.has(s.value.toLowerCase()));
    if (rule.direction !== "ingress" || rule.action !== "allow" || (rule.protocol !== "tcp" && rule.protocol !== "all") || !world) continue;
    source ??= world;
    for (const range of rule.ports) if (ranges.length < MAX_OPEN_RANGES && !ranges.some((r) => r.from === range.from && r.to === range.to)) ranges.push(range);
  }
  return source && { group: address, ranges, source };
}
