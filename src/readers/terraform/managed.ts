// Managed services and control planes, and GPU instances, as the model's ManagedEndpoint and GpuInstance:
// - Amazon OpenSearch Service / Elasticsearch domains with a public endpoint (no `vpc_options`) whose access
//   policy lets `Principal: *` in without a condition, and no fine-grained access control to ask for a login;
// - Kubernetes API servers of EKS, GKE and AKS reachable from any address (the providers' defaults, each cited);
// - AWS and Google Cloud instances with GPUs, and the firewall rules that admit traffic to them.
// ElastiCache and Memorystore are not here: they have no public endpoint at all (only their VPC reaches them),
// and a private reach is not reported anywhere in this scanner.
import { WORLD_SOURCES } from "../../catalog/network.js";
import type { ModelPart, SourcePos } from "../../model/types.js";
import { parseYaml } from "../../parsers/yaml.js";
import { addressOf } from "./firewall.js";
import type { Extractor, Linker } from "./module.js";
import { at, blocks, bool, fromYaml, get, items, str, type TfMap, type TfValue } from "./values.js";

const WORLD = new Set(WORLD_SOURCES.map((s) => s.value));

function first(value: TfValue | undefined, key: string): TfMap | undefined {
  return blocks(value, key)[0];
}

function isWorld(value: TfValue): boolean {
  return WORLD.has((str(value) ?? "").trim().toLowerCase());
}

// OpenSearch and Elasticsearch domains.

/** A policy document: a map (`jsonencode({...})`) or JSON text (a heredoc, a string). */
function policyDocument(value: TfValue | undefined): TfValue | undefined {
  if (!value) return undefined;
  if (value.kind === "map") return value;
  if (value.kind !== "string") return undefined;
  const parsed = parseYaml(value.value);
  const root = parsed.errors.length === 0 ? parsed.documents[0]?.root : undefined;
  if (!root) return undefined;
  const doc = fromYaml(root, value.pos.file, value.bodyLine ?? value.pos.line);
  return value.via ? { ...doc, via: value.via } : doc;
}

/** The `Principal` of the first statement that allows everyone without a condition, if any. */
function openStatement(policy: TfValue | undefined): TfValue | undefined {
  for (const statement of items(get(policy, "Statement"))) {
    if (str(get(statement, "Effect")) !== "Allow" || get(statement, "Condition") || get(statement, "NotPrincipal")) continue;
    const principal = get(statement, "Principal");
    const everyone = principal?.kind === "map" ? items(get(principal, "AWS")).find((p) => str(p) === "*") : str(principal) === "*" ? principal : undefined;
    if (everyone) return everyone;
  }
  return undefined;
}

const DOMAIN_FIX =
  "Put the domain in a VPC (vpc_options), or turn on fine-grained access control (advanced_security_options) with a master user, or restrict the access policy to IAM principals or an aws:SourceIp condition.";

function searchDomain(resource: { address: string; body: TfMap; pos: SourcePos; type: string }, policy: TfValue | undefined, part: ModelPart): void {
  const body = resource.body;
  // No vpc_options: the domain gets a public endpoint (https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html).
  if (first(body, "vpc_options")) return;
  const fgac = get(first(body, "advanced_security_options"), "enabled");
  if (fgac && bool(fgac) !== false) return;
  const everyone = openStatement(policyDocument(policy));
  if (!everyone) return;
  const engine = str(get(body, "engine_version")) ?? "";
  const elasticsearch = resource.type === "aws_elasticsearch_domain" || /^Elasticsearch_/i.test(engine);
  part.managedEndpoints.push({
    id: resource.address,
    service: elasticsearch ? "Amazon Elasticsearch Service domain" : "Amazon OpenSearch Service domain",
    role: "data",
    productId: elasticsearch ? "elasticsearch" : "opensearch",
    reach: "network",
    authentication: "none",
    reason: "it has a public endpoint (no vpc_options), its access policy allows Principal * without a condition, and fine-grained access control is off",
    fix: DOMAIN_FIX,
    pos: at(everyone),
  });
}

const searchDomainExtractor: Extractor = (resource, part) => searchDomain(resource, get(resource.body, "access_policies"), part);

/** `aws_opensearch_domain_policy`: the access policy of a domain declared elsewhere in the module. */
const domainPolicy: Extractor = (resource, part, module) => {
  const domain = module.resource(addressOf(get(resource.body, "domain_name"), "aws_opensearch_domain", "aws_elasticsearch_domain") ?? "");
  // The domain's own inline policy, if any, is replaced by this one.
  if (domain) searchDomain(domain, get(resource.body, "access_policies"), part);
};

// Kubernetes control planes.

function controlPlane(resource: { address: string }, service: string, reason: string, fix: string, pos: SourcePos, part: ModelPart): void {
  part.managedEndpoints.push({ id: resource.address, service, role: "control-plane", reach: "network", authentication: "required", reason, fix, pos });
}

const EKS_FIX = "Set endpoint_public_access = false (with endpoint_private_access = true and a VPN or bastion), or restrict public_access_cidrs to your own addresses.";

/** EKS: public access defaults to true, from 0.0.0.0/0 (https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html). */
const eksCluster: Extractor = (resource, part) => {
  const vpc = first(resource.body, "vpc_config");
  if (!vpc) return;
  const publicAccess = get(vpc, "endpoint_public_access");
  if (publicAccess && bool(publicAccess) !== true) return;
  const cidrs = get(vpc, "public_access_cidrs");
  if (cidrs && cidrs.kind !== "list") return;
  const world = cidrs ? items(cidrs).find(isWorld) : undefined;
  if (cidrs && !world) return;
  const reason = world
    ? `public_access_cidrs admits ${str(world)}`
    : `${publicAccess ? "endpoint_public_access = true" : "endpoint_public_access is not set (EKS enables it by default)"} and public_access_cidrs is not set (EKS then admits 0.0.0.0/0)`;
  controlPlane(resource, "EKS cluster API server", reason, EKS_FIX, world ? at(world) : publicAccess ? at(publicAccess) : vpc.pos, part);
};

const GKE_FIX =
  "Add master_authorized_networks_config with only your own ranges, or make the endpoint private (private_cluster_config { enable_private_endpoint = true }, or control_plane_endpoints_config with the IP endpoint disabled, reached through the DNS endpoint with IAM).";

/** GKE: without authorized networks the IP endpoint takes connections from any address (https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks). */
const gkeCluster: Extractor = (resource, part) => {
  const body = resource.body;
  const privateEndpoint = get(first(body, "private_cluster_config"), "enable_private_endpoint");
  if (privateEndpoint && bool(privateEndpoint) !== false) return;
  const ipEndpoint = get(first(first(body, "control_plane_endpoints_config"), "ip_endpoints_config"), "enabled");
  if (ipEndpoint && bool(ipEndpoint) !== true) return;
  const authorized = first(body, "master_authorized_networks_config");
  const world = authorized ? blocks(authorized, "cidr_blocks").map((b) => get(b, "cidr_block")).find((c): c is TfValue => c !== undefined && isWorld(c)) : undefined;
  if (authorized && !world) return;
  if (get(body, "master_authorized_networks_config") && !authorized) return;
  const reason = world ? `master_authorized_networks_config admits ${str(world)}` : "it has no master_authorized_networks_config and no private endpoint, so its IP endpoint takes connections from any address";
  controlPlane(resource, "GKE cluster control plane", reason, GKE_FIX, world ? at(world) : resource.pos, part);
};

const AKS_FIX = "Set api_server_access_profile { authorized_ip_ranges = [your ranges] }, or private_cluster_enabled = true.";

/** AKS: the API server has a public address unless the cluster is private; authorized IP ranges restrict it (https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges). */
const aksCluster: Extractor = (resource, part) => {
  const body = resource.body;
  const privateCluster = get(body, "private_cluster_enabled");
  if (privateCluster && bool(privateCluster) !== false) return;
  const ranges = get(first(body, "api_server_access_profile"), "authorized_ip_ranges") ?? get(body, "api_server_authorized_ip_ranges");
  if (ranges && ranges.kind !== "list") return;
  const listed = items(ranges);
  const world = listed.find(isWorld);
  if (listed.length > 0 && !world) return;
  const reason = world ? `authorized_ip_ranges admits ${str(world)}` : "it is not private (private_cluster_enabled) and sets no authorized_ip_ranges, so its public API server takes connections from any address";
  controlPlane(resource, "AKS cluster API server", reason, AKS_FIX, world ? at(world) : resource.pos, part);
};

// GPU instances.

/** AWS GPU instance families: G (graphics and inference) and P (training): https://aws.amazon.com/ec2/instance-types/#Accelerated_Computing */
const AWS_GPU_TYPE = /^(g\d|p\d)[a-z0-9-]*\.[a-z0-9]+$/i;
/** Google Cloud machine series that come with GPUs attached: A2, A3, A4, G2 (https://cloud.google.com/compute/docs/gpus). */
const GCE_GPU_TYPE = /^(a2|a3|a4|g2|g4)-/i;

/** Firewall rules listed per GPU instance: enough to judge it, never millions for a hostile file. */
const MAX_RULES_PER_INSTANCE = 256;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const gpuInstances: Linker = (part, module) => {
  const awsInstances = module.ofType("aws_instance").filter((i) => AWS_GPU_TYPE.test(str(get(i.body, "instance_type")) ?? ""));
  const gceInstances = module.ofType("google_compute_instance").filter((i) => blocks(i.body, "guest_accelerator").length > 0 || GCE_GPU_TYPE.test(str(get(i.body, "machine_type")) ?? ""));
  if (awsInstances.length === 0 && gceInstances.length === 0) return;
  // Rules by the security group they belong to (AWS), and Google firewall rules by target tag or, with no target, by network.
  type RuleRef = { file: string; id: string };
  const byGroup = new Map<string, RuleRef[]>();
  const byTag = new Map<string, RuleRef[]>();
  const byNetwork = new Map<string, RuleRef[]>();
  for (const rule of part.firewallRules) {
    const ref = { file: rule.pos.file, id: rule.id };
    if (rule.group) push(byGroup, rule.group, ref);
    if (!rule.resource.startsWith("google_compute_firewall.")) continue;
    const firewall = module.resource(rule.resource);
    if (!firewall) continue;
    const targets = items(get(firewall.body, "target_tags")).flatMap((t) => str(t) ?? []);
    for (const tag of targets) push(byTag, tag, ref);
    if (targets.length === 0 && !get(firewall.body, "target_service_accounts")) push(byNetwork, networkKey(get(firewall.body, "network")), ref);
  }
  const withEip = new Set(module.ofType("aws_eip").flatMap((e) => addressOf(get(e.body, "instance"), "aws_instance") ?? []));
  const collect = (lists: (RuleRef[] | undefined)[]): RuleRef[] => [...new Set(lists.flatMap((l) => (l ?? []).slice(0, MAX_RULES_PER_INSTANCE)))].slice(0, MAX_RULES_PER_INSTANCE);
  for (const instance of awsInstances) {
    const typeValue = get(instance.body, "instance_type") as TfValue;
    const groups = new Set([...items(get(instance.body, "vpc_security_group_ids")), ...items(get(instance.body, "security_groups"))].flatMap((g) => addressOf(g, "aws_security_group") ?? []));
    part.gpuInstances.push({
      id: instance.address,
      accelerator: str(typeValue) as string,
      publicIp: bool(get(instance.body, "associate_public_ip_address")) === true || withEip.has(instance.address),
      firewallRules: collect([...groups].map((g) => byGroup.get(g))),
      pos: at(typeValue),
    });
  }
  for (const instance of gceInstances) {
    const accelerators = blocks(instance.body, "guest_accelerator");
    const tags = items(get(instance.body, "tags")).flatMap((t) => str(t) ?? []);
    const interfaces = blocks(instance.body, "network_interface");
    part.gpuInstances.push({
      id: instance.address,
      accelerator: accelerators.length ? accelerators.map((a) => `${str(get(a, "type")) ?? "GPU"} × ${str(get(a, "count")) ?? "1"}`).join(", ") : (str(get(instance.body, "machine_type")) as string),
      publicIp: interfaces.some((n) => blocks(n, "access_config").length > 0),
      firewallRules: collect([...tags.map((t) => byTag.get(t)), ...interfaces.map((n) => byNetwork.get(networkKey(get(n, "network"))))]),
      pos: instance.pos,
    });
  }
};

/** A network as written, to compare an instance's with a firewall's: `default`, or the reference. */
function networkKey(value: TfValue | undefined): string {
  if (!value) return "default";
  return value.kind === "unknown" ? (value.ref ?? "?") : (value.via?.text.split(" ", 1)[0] ?? str(value) ?? "?");
}

export const MANAGED_EXTRACTORS: Record<string, Extractor> = {
  aws_opensearch_domain: searchDomainExtractor,
  aws_elasticsearch_domain: searchDomainExtractor,
  aws_opensearch_domain_policy: domainPolicy,
  aws_elasticsearch_domain_policy: domainPolicy,
  aws_eks_cluster: eksCluster,
  google_container_cluster: gkeCluster,
  azurerm_kubernetes_cluster: aksCluster,
};

export const MANAGED_LINKERS: Linker[] = [gpuInstances];
