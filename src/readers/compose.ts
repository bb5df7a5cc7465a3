// The compose reader (the compose spec, and v2/v3 files): one workload per service.
import { LOOPBACK_HOST } from "../catalog/addresses.js";
import { AUTH_MIDDLEWARE_NAME, TRAEFIK_AUTH_MIDDLEWARE_LABEL } from "../catalog/proxies.js";
import { interpolate } from "../parsers/interpolate.js";
import { bool, entries, get, getPath, items, str, type YNode } from "../parsers/yaml.js";
import { posix } from "node:path";
import { shellSplit } from "../model/argv.js";
import { parseImageRef } from "../model/image.js";
import { emptyPart } from "../model/part.js";
import type { Component, EnvVar, Located, Platform, Reach, SourcePos, VolumeMount, Workload } from "../model/types.js";
import type { ReadResult, SourceText } from "./types.js";
import { yamlRoots } from "./yaml-file.js";

export { yamlComments as comments } from "./comments.js";

const PLATFORM: Platform = {
  noun: "service",
  definesImage: false,
  hardeningSettings: false,
  deploysAsWritten: false,
  fix: {
    nonRoot: "Remove `user: root` or set a non-root uid:gid.",
    secret: "Pass it at deploy time (${VAR} from an uncommitted .env, or a secret) and rotate the value.",
    noPrivilegeEscalation: "Add `security_opt: [no-new-privileges:true]`.",
  },
};

const FIX: Record<"published-port" | "host-network" | "proxy-route", string> = {
  "published-port": 'Publish the port on loopback only ("127.0.0.1:HOST:CONTAINER"), or drop `ports:` and reach it over the compose network; if it must be reachable, put an authenticating reverse proxy in front.',
  "proxy-route": "Add an authenticating middleware to the Traefik router (basicAuth, or forwardAuth to your SSO), or remove the router labels.",
  "host-network": "Remove `network_mode: host` and publish only the ports you need, on 127.0.0.1.",
};

export function read(file: SourceText): ReadResult {
  const { roots, notices, notThisFormat } = yamlRoots(file);
  const part = emptyPart();
  // A compose file is one document; a stray second document is ignored by compose too.
  if (roots[0]) {
    const model = composeToModel(roots[0], file.path);
    part.workloads.push(...model.workloads);
    part.components.push(...model.components);
  }
  return { part, notices, notThisFormat };
}

function composeToModel(root: YNode, file: string): { workloads: Workload[]; components: Component[] } {
  const at = (node: { line: number; column?: number; endLine?: number }): SourcePos => ({
    file,
    line: node.line,
    column: node.column,
    endLine: node.endLine,
  });
  const internalNetworks = new Set(
    entries(get(root, "networks"))
      .filter(([, net]) => bool(get(net, "internal")) === true)
      .map(([name]) => name),
  );
  const workloads: Workload[] = [];
  const components: Component[] = [];
  const services = get(root, "services");
  if (services?.kind !== "map") return { workloads, components };
  for (const [name, entry] of services.entries) {
    const svc = entry.value;
    if (svc.kind !== "map") continue;
    const id = `services.${name}`;
    const entrypoint = commandArgv(get(svc, "entrypoint"), at);
    const workload: Workload = {
      id,
      kind: "compose-service",
      platform: PLATFORM,
      name,
      unit: { id, name },
      file,
      pos: { file, line: entry.keyLine, column: entry.keyColumn, endLine: svc.endLine },
      argv: [...entrypoint, ...commandArgv(get(svc, "command"), at)],
      // Compose: an `entrypoint:` replaces the image's and drops its CMD; a `command:` alone keeps its ENTRYPOINT.
      entrypointCount: get(svc, "entrypoint") !== undefined ? entrypoint.length : get(svc, "command") !== undefined ? 0 : undefined,
      env: environment(get(svc, "environment"), at),
      containerPorts: [],
      exposures: [],
      volumes: volumes(get(svc, "volumes"), at),
      security: {
        capAdd: items(get(svc, "cap_add")).flatMap((n) => located(n, at)),
        capDrop: items(get(svc, "cap_drop")).flatMap((n) => str(n) ?? []),
        unconfined: [],
      },
      labels: {},
      buildSteps: [],
    };
    const imageNode = get(svc, "image");
    const imageText = str(imageNode);
    // An image built here is local unless its name says it lives in a registry (`org/name`) and
    // compose may pull it instead (no `pull_policy: build|never`).
    const pullPolicy = str(get(svc, "pull_policy"));
    const localBuild = get(svc, "build") !== undefined && (pullPolicy === "build" || pullPolicy === "never" || !interpolate(imageText ?? "").value.includes("/"));
    if (imageNode && imageText) {
      workload.image = parseImageRef(interpolate(imageText).value, at(imageNode), localBuild);
      components.push({
        type: "image",
        name: imageText,
        version: workload.image.tag,
        image: workload.image,
        workloadId: id,
        pos: at(imageNode),
      });
    }
    workload.buildDockerfile = buildDockerfile(get(svc, "build"), file);
    const target = str(get(get(svc, "build"), "target"));
    if (workload.buildDockerfile && target) workload.buildTarget = interpolate(target).value.toLowerCase();
    workload.gpu = requestsGpu(svc);
    workload.envFiles = envFiles(get(svc, "env_file"), file, at);
    readSecurity(svc, workload, at);
    readPorts(svc, workload, at, serviceOnlyOnInternalNetworks(svc, internalNetworks));
    workloads.push(workload);
  }
  linkTraefikRouters(services, workloads, at);
  return { workloads, components };
}

/** Labels as key → value with position: compose accepts a map or a list of `key=value`. */
function labelEntries(node: YNode | undefined, at: At): Map<string, Located<string>> {
  const labels = new Map<string, Located<string>>();
  if (node?.kind === "map") {
    for (const [key, entry] of node.entries) labels.set(key, { value: interpolate(str(entry.value) ?? "").value, pos: at(entry.value) });
  }
  for (const item of items(node)) {
    const text = str(item);
    const eq = text?.indexOf("=") ?? -1;
    if (text && eq > 0) labels.set(text.slice(0, eq).trim(), { value: interpolate(text.slice(eq + 1)).value, pos: at(item) });
  }
  return labels;
}

/**
 * Traefik's Docker provider routes requests from its published entrypoints to every service with a
 * router rule label: that service is reachable from the network through the proxy, whatever its own
 * `ports:` say. A router whose middlewares authenticate puts a login in front of it.
 */
function linkTraefikRouters(services: YNode, workloads: Workload[], at: At): void {
  const published = workloads.some((w) => w.image && /(^|\/)traefik$/.test(w.image.repository) && w.exposures.some((e) => e.reach === "network"));
  if (!published) return;
  const labels = new Map(workloads.map((w) => [w, labelEntries(get(get(services, w.name), "labels"), at)]));
  const authMiddlewares = new Set([...labels.values()].flatMap((l) => [...l.keys()].flatMap((k) => TRAEFIK_AUTH_MIDDLEWARE_LABEL.exec(k)?.[1] ?? [])));
  for (const [workload, own] of labels) {
    if (own.get("traefik.enable")?.value === "false") continue;
    for (const [key, rule] of own) {
      const router = /^traefik\.http\.routers\.([^.]+)\.rule$/i.exec(key)?.[1];
      if (!router) continue;
      const middlewares = (own.get(`traefik.http.routers.${router}.middlewares`)?.value ?? "").split(",").map((m) => m.trim().replace(/@.*$/, ""));
      const authenticated = middlewares.some((m) => authMiddlewares.has(m) || AUTH_MIDDLEWARE_NAME.test(m));
      const port = [...own].find(([k]) => /^traefik\.http\.services\.[^.]+\.loadbalancer\.server\.port$/i.test(k))?.[1].value;
      workload.exposures.push({
        via: "proxy-route",
        reach: "network",
        fix: FIX["proxy-route"],
        containerPorts: port && /^\d+$/.test(port) ? [Number(port)] : [],
        description: `Traefik router ${router} (${rule.value})${authenticated ? " behind an authenticating middleware" : ""}`,
        authenticatedProxy: authenticated,
        pos: rule.pos,
      });
    }
  }
}

/** `env_file: .env`, `env_file: [a, b]`, `env_file: [{path: .env, required: false}]`, relative to the compose file. */
function envFiles(node: YNode | undefined, file: string, at: At): { path: string; pos: SourcePos }[] {
  const entries = node?.kind === "seq" ? node.items : node ? [node] : [];
  return entries.flatMap((entry) => {
    const path = str(entry) ?? str(get(entry, "path"));
    if (!path) return [];
    const value = interpolate(path).value;
    // An absolute or home path is on the deploying machine, never in the repository.
    return [{ path: /^[/~]/.test(value) ? value : posix.normalize(posix.join(posix.dirname(file), value)), pos: at(entry) }];
  });
}

/** `runtime: nvidia`, `gpus: all`, or a device reservation with the nvidia driver or the gpu capability. */
function requestsGpu(svc: YNode): boolean {
  if (str(get(svc, "runtime")) === "nvidia" || get(svc, "gpus") !== undefined) return true;
  return items(getPath(svc, "deploy", "resources", "reservations", "devices")).some(
    (d) => str(get(d, "driver")) === "nvidia" || items(get(d, "capabilities")).some((c) => str(c) === "gpu"),
  );
}

/** `build: ./dir` or `build: {context, dockerfile}` → the Dockerfile's path relative to the scan root. */
function buildDockerfile(build: YNode | undefined, file: string): string | undefined {
  if (!build) return undefined;
  const context = str(build) ?? str(get(build, "context")) ?? ".";
  const dockerfile = str(get(build, "dockerfile")) ?? "Dockerfile";
  // Remote contexts (git URLs) and inline Dockerfiles are not in the tree.
  if (/^[a-z]+:\/\//i.test(context) || /^git@/.test(context) || get(build, "dockerfile_inline")) return undefined;
  const path = posix.normalize(posix.join(posix.dirname(file), interpolate(context).value, interpolate(dockerfile).value));
  return path.startsWith("../") ? undefined : path;
}

type At = (node: { line: number; column?: number; endLine?: number }) => SourcePos;

function located(node: YNode, at: At): Located<string>[] {
  const value = str(node);
  if (value === undefined) return [];
  const { value: text, source } = interpolate(value);
  return [{ value: text, pos: at(node), ...(source === "literal" ? {} : { template: value }) }];
}

function commandArgv(node: YNode | undefined, at: At): Located<string>[] {
  if (!node) return [];
  if (node.kind === "seq") return node.items.flatMap((n) => located(n, at));
  const text = str(node);
  return text === undefined ? [] : shellSplit(interpolate(text).value).map((value) => ({ value, pos: at(node) }));
}

function environment(node: YNode | undefined, at: At): EnvVar[] {
  if (node?.kind === "map") {
    return [...node.entries].map(([name, e]) => envVar(name, str(e.value), at(e.value.kind === "scalar" && e.value.value === null ? { line: e.keyLine, column: e.keyColumn } : e.value)));
  }
  return items(node).flatMap((item) => {
    const text = str(item);
    if (text === undefined) return [];
    const eq = text.indexOf("=");
    return [eq < 0 ? envVar(text, undefined, at(item)) : envVar(text.slice(0, eq), text.slice(eq + 1), at(item))];
  });
}

function envVar(name: string, raw: string | undefined, pos: SourcePos): EnvVar {
  // `environment: [NAME]` or `NAME:` with no value passes the variable through from the host.
  if (raw === undefined) return { name, source: "passthrough", pos };
  const { value, source } = interpolate(raw);
  return { name, value, source, pos, ...(source === "literal" ? {} : { template: raw }) };
}

function volumes(node: YNode | undefined, at: At): VolumeMount[] {
  return items(node).flatMap((item): VolumeMount[] => {
    if (item.kind === "map") {
      const type = str(get(item, "type")) ?? "volume";
      const source = str(get(item, "source"));
      return [
        {
          kind: type === "bind" ? "bind" : type === "volume" ? "volume" : type === "tmpfs" ? "tmpfs" : "other",
          source: source === undefined ? undefined : interpolate(source).value,
          target: str(get(item, "target")),
          readOnly: bool(get(item, "read_only")) === true,
          pos: at(item),
        },
      ];
    }
    const text = str(item);
    if (text === undefined) return [];
    const parts = splitVolumeSpec(interpolate(text).value);
    if (parts.length === 1) return [{ kind: "volume", target: parts[0], readOnly: false, pos: at(item) }];
    const [source, target, mode = ""] = parts;
    const isPath = /^[./~]/.test(source) || /^[A-Za-z]:[\\/]/.test(source) || source.startsWith("$");
    return [
      {
        kind: isPath ? "bind" : "volume",
        source,
        target,
        readOnly: mode.split(",").some((m) => m === "ro" || m === "readonly"),
        pos: at(item),
      },
    ];
  });
}

/** `src:dst[:mode]`, where a Windows drive letter in `src` is not a separator. */
function splitVolumeSpec(spec: string): string[] {
  const drive = /^[A-Za-z]:[\\/]/.test(spec) ? spec.slice(0, 2) : "";
  const parts = spec.slice(drive.length).split(":");
  parts[0] = drive + parts[0];
  return parts;
}

function readSecurity(svc: YNode, workload: Workload, at: At): void {
  const sec = workload.security;
  const flag = (key: string): Located<boolean> | undefined => {
    const node = get(svc, key);
    const value = bool(node);
    return node && value !== undefined ? { value, pos: at(node) } : undefined;
  };
  sec.privileged = flag("privileged");
  const userNode = get(svc, "user");
  const user = str(userNode);
  if (userNode && user !== undefined) sec.user = { value: interpolate(user).value, pos: at(userNode) };
  const hostMode = (key: string): Located<boolean> | undefined => {
    const node = get(svc, key);
    return node && str(node) === "host" ? { value: true, pos: at(node) } : undefined;
  };
  sec.hostNetwork = hostMode("network_mode");
  sec.hostPid = hostMode("pid");
  sec.hostIpc = hostMode("ipc");
  for (const opt of items(get(svc, "security_opt"))) {
    const text = str(opt)?.replace(/\s/g, "");
    // `no-new-privileges` (or `:true`) is compose's allowPrivilegeEscalation: false.
    if (text && /^no-new-privileges(:true|=true)?$/.test(text)) sec.allowPrivilegeEscalation = { value: false, pos: at(opt) };
    const profile = text && /^(seccomp|apparmor)[:=]unconfined$/i.exec(text);
    if (profile) sec.unconfined.push({ value: profile[1].toLowerCase() as "seccomp" | "apparmor", pos: at(opt) });
  }
}

function serviceOnlyOnInternalNetworks(svc: YNode, internal: Set<string>): boolean {
  const nets = get(svc, "networks");
  const names = nets?.kind === "seq" ? nets.items.flatMap((n) => str(n) ?? []) : entries(nets).map(([k]) => k);
  return names.length > 0 && names.every((n) => internal.has(n));
}

function readPorts(svc: YNode, workload: Workload, at: At, internalOnly: boolean): void {
  // Port numbers expanded from ranges, per service: past the budget a published range counts as "any port".
  let budget = MAX_SERVICE_PORTS;
  for (const node of items(get(svc, "expose"))) {
    for (const port of portList(str(node))) if (budget-- > 0) workload.containerPorts.push({ value: port, pos: at(node) });
  }
  const hostNet = workload.security.hostNetwork;
  if (hostNet) {
    workload.exposures.push({
      via: "host-network",
      reach: "network",
      fix: FIX["host-network"],
      containerPorts: [],
      description: "network_mode: host (every port it listens on is on the host's interfaces)",
      authenticatedProxy: false,
      pos: hostNet.pos,
    });
  }
  for (const node of items(get(svc, "ports"))) {
    const published = node.kind === "map" ? longPort(node) : shortPort(str(node));
    if (!published) continue;
    if ((budget -= published.containerPorts.length) < 0) published.containerPorts = [];
    for (const port of published.containerPorts) workload.containerPorts.push({ value: port, pos: at(node) });
    // Docker does not publish ports of a container attached only to internal networks.
    if (internalOnly || hostNet) continue;
    workload.exposures.push({
      via: "published-port",
      reach: published.reach,
      fix: FIX["published-port"],
      containerPorts: published.containerPorts,
      description: `ports "${published.text}" ${published.reach === "loopback" ? "on loopback" : published.hostIp ? `on ${published.hostIp}` : "on all interfaces"}`,
      authenticatedProxy: false,
      pos: at(node),
    });
  }
}

interface PublishedPort {
  text: string;
  hostIp?: string;
  containerPorts: number[];
  reach: Reach;
}

function reachOfHostIp(hostIp: string | undefined): Reach {
  if (!hostIp) return "network";
  return LOOPBACK_HOST.test(hostIp) ? "loopback" : "network";
}

/** `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]`, ranges allowed, IPv6 host IPs in brackets. */
function shortPort(raw: string | undefined): PublishedPort | undefined {
  if (raw === undefined) return undefined;
  const text = interpolate(raw).value.trim();
  let rest = text.replace(/\/(tcp|udp|sctp)$/i, "");
  let hostIp: string | undefined;
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (v6) {
    hostIp = v6[1];
    rest = v6[2];
  }
  const parts = rest.split(":");
  if (!v6 && parts.length === 3) hostIp = parts.shift();
  const containerPart = parts[parts.length - 1];
  const containerPorts = portList(containerPart);
  // `${PORT}:${PORT}`: the port is chosen at deploy time; it is still published (any port counts).
  if (containerPorts.length === 0 && !containerPart.includes("$")) return undefined;
  // A port with no host part is published on an ephemeral host port on every interface.
  return { text, hostIp: hostIp || undefined, containerPorts, reach: reachOfHostIp(hostIp || undefined) };
}

function longPort(node: YNode): PublishedPort | undefined {
  const target = str(get(node, "target"));
  if (target === undefined) return undefined;
  const containerPorts = portList(interpolate(target).value);
  if (containerPorts.length === 0 && !interpolate(target).value.includes("$")) return undefined;
  const published = str(get(node, "published"));
  const hostIpRaw = str(get(node, "host_ip"));
  const hostIp = hostIpRaw === undefined ? undefined : interpolate(hostIpRaw).value || undefined;
  const text = `${hostIp ? hostIp + ":" : ""}${published ? interpolate(published).value + ":" : ""}${target}`;
  return { text, hostIp, containerPorts, reach: reachOfHostIp(hostIp) };
}

/** Port numbers one service may expand its `ports:` and `expose:` ranges to (a hostile file repeats `1-65535`). */
const MAX_SERVICE_PORTS = 65_536;

/** `8080`, `8080-8082`; anything else (an unresolved variable) gives no port. */
function portList(text: string | undefined): number[] {
  const m = /^\s*(\d+)(?:-(\d+))?\s*(?:\/\w+)?$/.exec(text ?? "");
  if (!m) return [];
  const start = Number(m[1]);
  const end = m[2] ? Math.min(Number(m[2]), start + 1000) : start;
  const ports: number[] = [];
  for (let p = start; p <= end; p++) ports.push(p);
  return ports;
}
