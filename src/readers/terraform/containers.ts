// Containers that cloud services run from a Terraform definition: ECS task definitions, Cloud Run services and
// Azure container groups. Each container is a workload (image, command, environment, ports, privileges), so
// the image, component and hardening rules apply; it is reachable from the network only where the
// configuration shows how: an ECS service with a public IP behind a security group open to everyone, or behind
// an internet-facing load balancer; a Cloud Run service that `allUsers` may invoke; a container group with a
// public IP address.
import { parseImageRef } from "../../model/image.js";
import { addLinkedExposure } from "../../model/linked-exposures.js";
import type { EnvVar, Exposure, Located, ModelPart, Platform, Reach, SourcePos, VolumeMount, Workload } from "../../model/types.js";
import { parseYaml } from "../../parsers/yaml.js";
import { addressOf, worldOpenPorts } from "./firewall.js";
import type { Extractor, Linker, ModuleIndex, Resource } from "./module.js";
import { at, blocks, bool, fromYaml, get, items, num, str, type TfMap, type TfValue } from "./values.js";

function platform(noun: string, fix: Platform["fix"]): Platform {
  // Like compose: an unset user is the image's choice, not a setting the platform expects to be written.
  return { noun, definesImage: false, hardeningSettings: false, deploysAsWritten: true, fix };
}

const ECS = platform("container", {
  nonRoot: 'Set "user" to a non-zero uid ("1000:1000") in the container definition.',
  secret: 'Move it into "secrets" with a valueFrom in AWS Secrets Manager or SSM Parameter Store; rotate the value.',
  noPrivilegeEscalation: 'Leave "privileged" unset and add no Linux capabilities in linuxParameters.',
});
const CLOUD_RUN = platform("container", {
  nonRoot: "Build the image with a non-root USER.",
  secret: "Move it into Secret Manager and reference it with env { value_source { secret_key_ref { … } } }; rotate the value.",
  noPrivilegeEscalation: "Build the image with a non-root USER.",
});
const ACI = platform("container", {
  nonRoot: "Build the image with a non-root USER.",
  secret: "Move it into secure_environment_variables fed from Key Vault (not written in the file); rotate the value.",
  noPrivilegeEscalation: "Build the image with a non-root USER.",
});

/** Cloud Run sends requests to port 8080 unless the container says otherwise: https://cloud.google.com/run/docs/container-contract#port */
const CLOUD_RUN_DEFAULT_PORT = 8080;

function located(values: TfValue[]): Located<string>[] {
  return values.flatMap((v) => (str(v) === undefined ? [] : [{ value: str(v) as string, pos: at(v) }]));
}

function unknownPart(value: TfValue | undefined): TfValue | undefined {
  if (!value || value.kind === "null") return undefined;
  if (value.kind === "unknown" || value.kind === "map") return value;
  if (value.kind === "list") return items(value).find((v) => str(v) === undefined);
  return undefined;
}

function describe(value: TfValue): string {
  return value.kind === "unknown" && value.ref ? value.ref : value.via ? value.via.text : "an expression";
}

function workload(resource: Resource, list: string, name: string, unitName: string, platformOf: Platform, container: TfMap): Workload {
  return {
    id: `${resource.address}/${list}/${name}`,
    kind: "cloud-container",
    platform: platformOf,
    name: `${unitName}/${name}`,
    unit: { id: resource.address, name: unitName },
    file: container.pos.file,
    pos: container.pos,
    argv: [],
    env: [],
    containerPorts: [],
    exposures: [],
    volumes: [],
    security: { capAdd: [], capDrop: [], unconfined: [] },
    labels: {},
    buildSteps: [],
  };
}

function withImage(w: Workload, value: TfValue | undefined, part: ModelPart): void {
  const image = str(value);
  if (!value || image === undefined) {
    w.partial = true;
    return;
  }
  w.image = parseImageRef(image, at(value));
  part.components.push({ type: "image", name: image, version: w.image.tag, image: w.image, workloadId: w.id, pos: at(value) });
}

function literalEnv(name: string, value: TfValue): EnvVar {
  const text = str(value);
  if (text === undefined) return { name, value: `\${${describe(value)}}`, source: "variable", pos: at(value) };
  const fromDefault = value.via?.text.startsWith("var.") && value.via.text.includes("its default");
  return { name, value: text, source: fromDefault ? "variable-default" : "literal", pos: at(value) };
}

function argvOf(w: Workload, ...values: (TfValue | undefined)[]): void {
  for (const value of values) {
    w.argv.push(...located(items(value).filter((v) => v.kind !== "null")));
    const unknown = unknownPart(value);
    if (unknown && !w.argvFromOutside) w.argvFromOutside = { path: `the arguments from ${describe(unknown)}`, pos: at(unknown) };
  }
}

// ECS.

/** `container_definitions`: `jsonencode([...])`, or JSON text in a heredoc or a string. */
function containerDefinitions(value: TfValue | undefined, file: string): TfMap[] {
  if (!value) return [];
  if (value.kind === "list") return items(value).flatMap((c) => (c.kind === "map" ? [c] : []));
  if (value.kind !== "string") return [];
  const parsed = parseYaml(value.value);
  const root = parsed.errors.length === 0 ? parsed.documents[0]?.root : undefined;
  if (!root) return [];
  // Lines of the JSON stand where the heredoc's text does; a quoted string is one line.
  const converted = fromYaml(root, value.via?.pos.file ?? value.pos.file ?? file, value.bodyLine ?? value.pos.line);
  const anchored = value.via ? { ...converted, via: value.via } : converted;
  return items(anchored).flatMap((c) => (c.kind === "map" ? [c] : []));
}

const ecsTaskDefinition: Extractor = (resource, part) => {
  const body = resource.body;
  const family = str(get(body, "family")) ?? resource.name;
  const hostVolumes = new Map<string, { path: string; pos: SourcePos }>();
  for (const volume of blocks(body, "volume")) {
    const name = str(get(volume, "name"));
    const hostPath = str(get(volume, "host_path"));
    if (name && hostPath) hostVolumes.set(name, { path: hostPath, pos: volume.pos });
  }
  const mode = (key: string) => {
    const value = get(body, key);
    return str(value) === "host" && value ? { value: true, pos: at(value) } : undefined;
  };
  for (const c of containerDefinitions(get(body, "container_definitions"), resource.file)) {
    const name = str(get(c, "name")) ?? "(unnamed)";
    const w = workload(resource, "containers", name, `task definition ${family}`, ECS, c);
    withImage(w, get(c, "image"), part);
    argvOf(w, get(c, "entryPoint"), get(c, "command"));
    if (get(c, "entryPoint")) w.entrypointCount = items(get(c, "entryPoint")).length;
    for (const e of items(get(c, "environment"))) {
      const envName = str(get(e, "name"));
      const value = get(e, "value");
      if (envName && value) w.env.push(literalEnv(envName, value));
    }
    for (const e of items(get(c, "secrets"))) {
      const envName = str(get(e, "name"));
      if (envName) w.env.push({ name: envName, source: "reference", origin: "secret", pos: e.pos });
    }
    const envFiles = items(get(c, "environmentFiles"))[0];
    if (envFiles) w.envFromOutside = { path: `environmentFiles ${str(get(envFiles, "value")) ?? ""}`.trim(), pos: at(envFiles) };
    for (const p of items(get(c, "portMappings"))) {
      const portValue = get(p, "containerPort");
      const port = num(portValue);
      if (portValue && port !== undefined) w.containerPorts.push({ value: port, pos: at(portValue) });
    }
    const privileged = get(c, "privileged");
    if (privileged && bool(privileged) !== undefined) w.security.privileged = { value: bool(privileged) as boolean, pos: at(privileged) };
    const user = get(c, "user");
    if (user && str(user) !== undefined) w.security.user = { value: (str(user) as string).split(":")[0], pos: at(user) };
    const caps = get(get(c, "linuxParameters"), "capabilities");
    w.security.capAdd = located(items(get(caps, "add")));
    w.security.capDrop = located(items(get(caps, "drop"))).map((l) => l.value);
    w.security.hostNetwork = mode("network_mode");
    w.security.hostPid = mode("pid_mode");
    w.security.hostIpc = mode("ipc_mode");
    w.volumes = items(get(c, "mountPoints")).flatMap((m): VolumeMount[] => {
      const volume = hostVolumes.get(str(get(m, "sourceVolume")) ?? "");
      if (!volume) return [];
      return [{ kind: "host-path", source: volume.path, target: str(get(m, "containerPath")), readOnly: bool(get(m, "readOnly")) === true, pos: volume.pos }];
    });
    part.workloads.push(w);
  }
};

const ECS_FIX = {
  publicIp: "Set assign_public_ip = false (run the tasks in private subnets) and reach the service through an authenticating load balancer; restrict the security group to your own network.",
  loadBalancer: "Make the load balancer internal (internal = true), or authenticate on its listener (an authenticate-oidc or authenticate-cognito action before forward) or in front of the service; restrict the load balancer's security group.",
};

/** The serving workloads of each unit (a task definition, a service), indexed once per linker. */
function byUnit(part: ModelPart): (unit: string) => Workload[] {
  const index = new Map<string, Workload[]>();
  for (const w of part.workloads) {
    if (w.initOnly) continue;
    const list = index.get(w.unit.id);
    if (list) list.push(w);
    else index.set(w.unit.id, [w]);
  }
  return (unit) => index.get(unit) ?? [];
}

interface Route {
  balancer: Resource;
  /** The first listener that forwards to the target group on this load balancer, for messages. */
  listener: Resource;
  /** Every listener of this load balancer that forwards to the group authenticates first. */
  authenticated: boolean;
}

const routeCache = new WeakMap<ModuleIndex, Map<string, Route[]>>();

/**
 * The load balancers whose listeners (or listener rules) forward to each target group, with whether they
 * authenticate first; found in one pass over the listeners of the module.
 */
function routesTo(module: ModuleIndex, targetGroup: string): Route[] {
  let byGroup = routeCache.get(module);
  if (!byGroup) {
    byGroup = new Map();
    routeCache.set(module, byGroup);
    for (const type of ["aws_lb_listener", "aws_alb_listener", "aws_lb_listener_rule", "aws_alb_listener_rule"]) {
      for (const listener of module.ofType(type)) {
        const actions = [...blocks(listener.body, "default_action"), ...blocks(listener.body, "action")];
        const authenticated = actions.some((a) => /^authenticate-(oidc|cognito)$/.test(str(get(a, "type")) ?? ""));
        const groups = new Set(actions.flatMap((a) => [get(a, "target_group_arn"), ...blocks(first(a, "forward"), "target_group").map((t) => get(t, "arn"))].flatMap((v) => addressOf(v, "aws_lb_target_group", "aws_alb_target_group") ?? [])));
        if (groups.size === 0) continue;
        const balancer = loadBalancerOf(module, listener);
        if (!balancer) continue;
        for (const group of groups) {
          const routes = byGroup.get(group) ?? [];
          const known = routes.find((r) => r.balancer === balancer);
          if (known) known.authenticated &&= authenticated;
          else routes.push({ balancer, listener, authenticated });
          byGroup.set(group, routes);
        }
      }
    }
  }
  return byGroup.get(targetGroup) ?? [];
}

function first(value: TfValue | undefined, key: string): TfMap | undefined {
  return blocks(value, key)[0];
}

/** The load balancer a listener (or a listener rule, through its listener) belongs to. */
function loadBalancerOf(module: ModuleIndex, listener: Resource): Resource | undefined {
  const direct = get(listener.body, "load_balancer_arn");
  const viaListener = get(listener.body, "listener_arn");
  const parentAddress = addressOf(viaListener, "aws_lb_listener", "aws_alb_listener");
  // A rule's listener is a listener, never another rule: one step, no loop.
  if (parentAddress && !listener.type.endsWith("_rule")) return undefined;
  if (parentAddress) {
    const parent = module.resource(parentAddress);
    return parent && !parent.type.endsWith("_rule") ? loadBalancerOf(module, parent) : undefined;
  }
  return module.resource(addressOf(direct, "aws_lb", "aws_alb") ?? "");
}

const ecsServices: Linker = (part, module) => {
  const services = module.ofType("aws_ecs_service");
  if (services.length === 0) return;
  const unitWorkloads = byUnit(part);
  for (const service of services) {
    const taskRef = get(service.body, "task_definition");
    const task = addressOf(taskRef, "aws_ecs_task_definition");
    if (!task) continue;
    const containers = unitWorkloads(task);
    if (containers.length === 0) continue;
    const network = first(service.body, "network_configuration");
    const publicIp = get(network, "assign_public_ip");
    if (network && publicIp && bool(publicIp) === true) {
      for (const open of worldOpenPorts(module, items(get(network, "security_groups")))) {
        for (const w of containers) {
          const every = open.ranges.some((r) => r.from <= 1 && r.to >= 65535);
          const ports = w.containerPorts.map((p) => p.value).filter((p) => open.ranges.some((r) => r.from <= p && p <= r.to));
          if (!every && ports.length === 0) continue;
          const description = `a public IP (${service.address}: assign_public_ip = true) with security group ${open.group} open to ${open.source.value}`;
          addLinkedExposure(w, exposure("published-port", "network", every ? [] : ports, description, at(publicIp), ECS_FIX.publicIp));
        }
      }
    }
    for (const lb of blocks(service.body, "load_balancer")) {
      const group = get(lb, "target_group_arn");
      const targetGroup = addressOf(group, "aws_lb_target_group", "aws_alb_target_group");
      const containerName = str(get(lb, "container_name"));
      const portValue = get(lb, "container_port");
      const port = num(portValue);
      if (!targetGroup || port === undefined || !portValue) continue;
      for (const { balancer, listener, authenticated } of routesTo(module, targetGroup)) {
        // `internal` defaults to false: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#internal
        const internal = bool(get(balancer.body, "internal")) === true;
        const reach: Reach = internal ? "private" : "network";
        const description = `${internal ? "internal" : "internet-facing"} load balancer ${balancer.address} (listener ${listener.address}, target group ${targetGroup})${authenticated ? " behind an authenticate action" : ""}`;
        for (const w of containers.filter((c) => !containerName || c.name.endsWith(`/${containerName}`))) {
          addLinkedExposure(w, { ...exposure("load-balancer", reach, [port], description, at(portValue), ECS_FIX.loadBalancer), authenticatedProxy: authenticated });
        }
      }
    }
  }
};

function exposure(via: Exposure["via"], reach: Reach, containerPorts: number[], description: string, pos: SourcePos, fix: string): Exposure {
  return { via, reach, containerPorts, description, authenticatedProxy: false, fix, pos };
}

// Cloud Run.

const CLOUD_RUN_FIX = "Remove allUsers from the run.invoker role (callers then need an identity token), or put Identity-Aware Proxy or another authenticating proxy in front; set ingress to INGRESS_TRAFFIC_INTERNAL_ONLY if only your network calls it.";

const cloudRunService: Extractor = (resource, part) => {
  const v2 = resource.type === "google_cloud_run_v2_service";
  const template = first(resource.body, "template");
  const containers = v2 ? blocks(template, "containers") : blocks(first(template, "spec"), "containers");
  const service = str(get(resource.body, "name")) ?? resource.name;
  containers.forEach((c, i) => {
    const w = workload(resource, "containers", str(get(c, "name")) ?? (containers.length === 1 ? service : String(i)), `Cloud Run service ${service}`, CLOUD_RUN, c);
    withImage(w, get(c, "image"), part);
    argvOf(w, get(c, "command"), get(c, "args"));
    if (get(c, "command")) w.entrypointCount = items(get(c, "command")).length;
    for (const e of blocks(c, "env")) {
      const name = str(get(e, "name"));
      if (!name) continue;
      const value = get(e, "value");
      if (first(e, "value_source") || first(e, "value_from")) w.env.push({ name, source: "reference", origin: "secret", pos: e.pos });
      else if (value) w.env.push(literalEnv(name, value));
    }
    for (const p of blocks(c, "ports")) {
      const portValue = get(p, "container_port");
      const port = num(portValue);
      if (portValue && port !== undefined) w.containerPorts.push({ value: port, pos: at(portValue) });
    }
    const limits = get(first(c, "resources"), "limits");
    w.gpu = limits?.kind === "map" && limits.entries.has("nvidia.com/gpu");
    part.workloads.push(w);
  });
};

/** `allUsers` (anyone, no identity) may invoke a Cloud Run service: an IAM member or binding, or IAM switched off. */
const cloudRunPublic: Linker = (part, module) => {
  const grants: { service: string; pos: SourcePos; what: string }[] = [];
  for (const type of ["google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding", "google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding"]) {
    for (const grant of module.ofType(type)) {
      if (str(get(grant.body, "role")) !== "roles/run.invoker") continue;
      const members = [get(grant.body, "member"), ...items(get(grant.body, "members"))].filter((m): m is TfValue => m !== undefined);
      const everyone = members.find((m) => str(m) === "allUsers");
      const name = get(grant.body, "name") ?? get(grant.body, "service");
      const service = addressOf(name, "google_cloud_run_v2_service", "google_cloud_run_service");
      if (everyone && service) grants.push({ service, pos: at(everyone), what: `${grant.address} grants roles/run.invoker to allUsers` });
    }
  }
  for (const resource of [...module.ofType("google_cloud_run_v2_service"), ...module.ofType("google_cloud_run_service")]) {
    const disabled = get(resource.body, "invoker_iam_disabled");
    if (disabled && bool(disabled) === true) grants.push({ service: resource.address, pos: at(disabled), what: "invoker_iam_disabled = true (no IAM check)" });
  }
  const unitWorkloads = byUnit(part);
  for (const grant of grants) {
    const service = module.resource(grant.service);
    if (!service) continue;
    // Network ingress defaults to all traffic: https://cloud.google.com/run/docs/securing/ingress
    const ingress = str(get(service.body, "ingress")) ?? str(get(get(first(service.body, "metadata"), "annotations"), "run.googleapis.com/ingress")) ?? "INGRESS_TRAFFIC_ALL";
    const reach: Reach = /^(INGRESS_TRAFFIC_ALL|all)$/i.test(ingress) ? "network" : "private";
    for (const w of unitWorkloads(grant.service)) {
      const ports = w.containerPorts.length ? [w.containerPorts[0].value] : [CLOUD_RUN_DEFAULT_PORT];
      addLinkedExposure(w, exposure("ingress", reach, ports, `Cloud Run service ${service.address}: ${grant.what}`, grant.pos, CLOUD_RUN_FIX));
    }
  }
};

// Azure Container Instances.

const ACI_FIX = 'Set ip_address_type = "Private" with subnet_ids and reach it through an authenticating gateway, or put an authenticating proxy container in front and publish only its port.';

const containerGroup: Extractor = (resource, part) => {
  const body = resource.body;
  const group = str(get(body, "name")) ?? resource.name;
  const ipType = get(body, "ip_address_type");
  const exposedPorts = blocks(body, "exposed_port").flatMap((p) => num(get(p, "port")) ?? []);
  for (const c of blocks(body, "container")) {
    const w = workload(resource, "containers", str(get(c, "name")) ?? "(unnamed)", `container group ${group}`, ACI, c);
    withImage(w, get(c, "image"), part);
    argvOf(w, get(c, "commands"));
    for (const key of ["environment_variables", "secure_environment_variables"]) {
      const vars = get(c, key);
      if (vars?.kind === "map") for (const [name, value] of vars.entries) w.env.push(literalEnv(name, { ...value, via: value.via ?? vars.via }));
      else if (vars && vars.kind !== "null" && !w.envFromOutside) w.envFromOutside = { path: `${key} from ${describe(vars)}`, pos: at(vars) };
    }
    for (const p of blocks(c, "ports")) {
      const portValue = get(p, "port");
      const port = num(portValue);
      if (portValue && port !== undefined && (str(get(p, "protocol")) ?? "TCP").toUpperCase() === "TCP") w.containerPorts.push({ value: port, pos: at(portValue) });
    }
    w.gpu = first(c, "gpu") !== undefined;
    // Only an explicit public address counts: the provider's default is not relied on.
    if (ipType && str(ipType)?.toLowerCase() === "public") {
      const ports = w.containerPorts.map((p) => p.value).filter((p) => exposedPorts.length === 0 || exposedPorts.includes(p));
      if (ports.length) w.exposures.push(exposure("published-port", "network", ports, `the public IP address of container group ${group} (ip_address_type = "Public")`, at(ipType), ACI_FIX));
    }
    part.workloads.push(w);
  }
};

export const CONTAINER_EXTRACTORS: Record<string, Extractor> = {
  aws_ecs_task_definition: ecsTaskDefinition,
  google_cloud_run_v2_service: cloudRunService,
  google_cloud_run_service: cloudRunService,
  azurerm_container_group: containerGroup,
};

export const CONTAINER_LINKERS: Linker[] = [ecsServices, cloudRunPublic];
