// The normalised model every rule reads. Parsers turn compose files, Kubernetes manifests and
// Dockerfiles into these shapes, so a rule is written once and never looks at the source format.

/** Where a value stands in the scanned tree. `file` is relative to the scan root, with `/`. */
export interface SourcePos {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column?: number;
  endLine?: number;
}

/**
 * Where a value a workload runs with was written, relative to the workload: its own declaration, the
 * Dockerfile it is built from, an env file it reads, a configuration file of the tree it mounts, a
 * Kubernetes Secret or ConfigMap, or set by whoever
 * deploys (a field reference). Set by the readers and the model stage; rules filter on it.
 */
export type Origin = "own" | "build" | "env-file" | "mounted-file" | "secret" | "config-map" | "deploy";

export interface Located<T> {
  value: T;
  pos: SourcePos;
  /** Absent means `own`: written in the workload's own declaration. */
  origin?: Origin;
  /** Compose: the text as written when it holds a `${VAR}`, for interpolation from the project's `.env`. */
  template?: string;
  /** Where the workload names a value that comes from another file (`${VAR}` resolved from the project's `.env`, at `pos`). */
  interpolatedAt?: SourcePos;
  /**
   * The `.env` variable the value at `pos` is, when it comes from the project's `.env`; for Terraform, the
   * variable or local it comes from and where that is set (`var.cidr (its default in variables.tf line 2)`).
   */
  variable?: string;
}

/** A container image reference as written, split into parts. */
export interface ImageRef {
  /** The reference as written, with `${VAR}` already interpolated where a default was given. */
  raw: string;
  /** e.g. `docker.io`, `ghcr.io`, `nvcr.io`; undefined means Docker Hub. */
  registry?: string;
  /** Path without registry: `ollama/ollama`, `library/redis` is written `redis`. */
  repository: string;
  tag?: string;
  digest?: string;
  /** True when a part still holds an unresolved `${VAR}` with no default. */
  unresolved: boolean;
  /** True when the image is produced by this repository (compose `build:`, an earlier Dockerfile stage). */
  localBuild: boolean;
  pos: SourcePos;
  /** `build` when the workload runs the base image of the Dockerfile that builds it. */
  origin?: Origin;
}

/**
 * How far a port or a workload can be reached. Ordered from least to most reachable: the machine itself,
 * the cluster or compose network, the private network a provider's internal load balancer serves (a VPC),
 * any network the host is on (the internet for a public load balancer). Compare with `reachRank`.
 */
export type Reach = "loopback" | "cluster" | "private" | "network";

/**
 * One way a workload is reachable beyond its own container or pod.
 * Rules decide with `reach` and `ports`; `pos` is where the finding is anchored.
 */
export interface Exposure {
  /** The mechanism, in the model's own words; readers of every format map onto these. */
  via: "published-port" | "host-network" | "host-port" | "node-port" | "load-balancer" | "external-ip" | "ingress" | "proxy-route";
  reach: Reach;
  /** Container ports reachable this way; empty means every port the process listens on. */
  containerPorts: number[];
  /** A short phrase for messages: `ports "11434:11434" on all interfaces`. */
  description: string;
  /** An authenticating proxy sits in front (ingress auth annotations). */
  authenticatedProxy: boolean;
  /** The network rule behind this exposure, if any (Service, Ingress). */
  ruleId?: string;
  /** How to close this door, in the source format's terms: supplied by the reader that saw it. */
  fix: string;
  pos: SourcePos;
}

/** A Service, Ingress or published port set that makes workloads reachable. */
export interface NetworkRule {
  id: string;
  kind: "service" | "route";
  name: string;
  namespace?: string;
  /** For Services: `ClusterIP`, `NodePort`, `LoadBalancer`, `ExternalName`; for Ingress: `Ingress`. */
  type: string;
  reach: Reach;
  pos: SourcePos;
}

export interface EnvVar {
  name: string;
  /** Literal value after interpolation; undefined when it comes from elsewhere. */
  value?: string;
  /**
   * Where the value comes from: a literal, a `${VAR}` with no default (set by whoever deploys),
   * a `${VAR:-default}` whose default is `value`, a Kubernetes secret/configMap/field reference,
   * or a compose env_file/`environment: [NAME]` pass-through.
   */
  source: "literal" | "variable" | "variable-default" | "reference" | "passthrough";
  pos: SourcePos;
  /** Absent means `own`. */
  origin?: Origin;
  /** Compose: the text as written when it holds a `${VAR}`, for interpolation from the project's `.env`. */
  template?: string;
  /** Where the workload names a value that comes from another file (`${VAR}` resolved from the project's `.env`, at `pos`). */
  interpolatedAt?: SourcePos;
  /** The `.env` variable the value at `pos` is, when it comes from the project's `.env`. */
  variable?: string;
}

export interface VolumeMount {
  kind: "bind" | "volume" | "tmpfs" | "host-path" | "other";
  /** Host path for binds/hostPath (after interpolation), volume name otherwise. */
  source?: string;
  target?: string;
  /** Kubernetes `subPath`: one key or file of the volume mounted at `target`. */
  subPath?: string;
  readOnly: boolean;
  pos: SourcePos;
}

export interface SecuritySettings {
  privileged?: Located<boolean>;
  allowPrivilegeEscalation?: Located<boolean>;
  runAsNonRoot?: Located<boolean>;
  /** Numeric uid or a user name as written (compose `user:`, Dockerfile `USER`, k8s runAsUser). */
  user?: Located<string>;
  capAdd: Located<string>[];
  capDrop: string[];
  hostNetwork?: Located<boolean>;
  hostPid?: Located<boolean>;
  hostIpc?: Located<boolean>;
  /** Security profiles switched off: `seccomp` or `apparmor` run unconfined. */
  unconfined: Located<"seccomp" | "apparmor">[];
  /** A line that makes a user root without a password (sudoers NOPASSWD ALL). */
  passwordlessSudo?: Located<string>;
}

/** A command run inside the image at build time (Dockerfile RUN/ADD), for supply-chain rules. */
export interface BuildStep {
  instruction: "RUN" | "ADD" | "COPY";
  /** The text as the shell sees it, continuation lines joined. */
  text: string;
  /** ADD/COPY flags such as `--checksum=sha256:…`. */
  flags: string[];
  /** Arguments (ADD sources and destination). */
  args: Located<string>[];
  pos: SourcePos;
}

/** `cloud-container`: a container a cloud service runs from a definition (an ECS task definition, a Cloud Run service, an Azure container group). */
export type WorkloadKind = "compose-service" | "k8s-container" | "dockerfile-stage" | "cloud-container";

/**
 * What rules need to know about the platform a workload comes from, in neutral terms, with the
 * platform's own words for fixes. Each reader supplies one; rules never switch on the source format.
 */
export interface Platform {
  /** What one workload is called in messages: `service`, `container`, `final stage`. */
  noun: string;
  /** An image definition (a Dockerfile's final stage): its USER and base image decide who runs. */
  definesImage: boolean;
  /**
   * The platform has per-workload settings to enforce non-root and no privilege escalation, expected to
   * be written explicitly (Kubernetes' securityContext); elsewhere an unset user is the image's choice.
   */
  hardeningSettings: boolean;
  /** Literal settings here ship with the deployment (a manifest, an image) rather than a local dev file. */
  deploysAsWritten: boolean;
  fix: {
    /** How to make it run as a non-root user. */
    nonRoot: string;
    /** How to keep a secret out of the file. */
    secret: string;
    /** How to forbid privilege escalation (only where `hardeningSettings`). */
    noPrivilegeEscalation: string;
  };
}

/** Something that runs: a compose service, a container of a Kubernetes pod template, a Dockerfile's final stage. */
export interface Workload {
  /** Stable logical id inside its file: `services.ollama`, `Deployment/default/ollama/containers/ollama`. */
  id: string;
  /** The source kind: for cross-file assembly and the inventory; rules read `platform` instead. */
  kind: WorkloadKind;
  platform: Platform;
  name: string;
  /** The unit that carries shared settings (host namespaces, pod security profiles): the pod of a Kubernetes container, else the workload itself. */
  unit: { id: string; name: string };
  file: string;
  pos: SourcePos;
  image?: ImageRef;
  /** Entrypoint then command, each token with its position. */
  argv: Located<string>[];
  /** How many leading `argv` items are the entrypoint (the rest is the command); undefined when the workload sets neither. */
  entrypointCount?: number;
  env: EnvVar[];
  /** Ports the container listens on as declared (compose target ports, containerPort, EXPOSE). */
  containerPorts: Located<number>[];
  exposures: Exposure[];
  volumes: VolumeMount[];
  security: SecuritySettings;
  /** Pod labels (Kubernetes) for Service selection. */
  labels: Record<string, string>;
  namespace?: string;
  /** True for init containers and build-only stages: they do not serve. */
  initOnly?: boolean;
  /**
   * A fragment that sets only some fields (a Kustomize patch, a container without an image): a
   * setting it leaves out says nothing about the deployed object.
   */
  partial?: boolean;
  /** Asks for an NVIDIA GPU (compose device reservation or `runtime: nvidia`, Kubernetes `nvidia.com/gpu` or runtime class). */
  gpu?: boolean;
  /** Dockerfile only: build-time steps of the final stage and its ancestors. */
  buildSteps: BuildStep[];
  /** Compose `env_file:` entries (relative to the root); those in the tree are read into `env`. */
  envFiles?: { path: string; pos: SourcePos }[];
  /** Configuration files mounted from the repository, filled by the model stage for `config` knobs. */
  configFiles?: { path: string; target: string; lines: Located<string>[] }[];
  /** A configuration file mounted from outside the repository: any `config` knob may be set there. */
  configFromOutside?: { path: string; pos: SourcePos };
  /** An env file that is not in the tree (a deploy-time `.env`): any variable may be set there. */
  envFromOutside?: { path: string; pos: SourcePos };
  /** Command-line arguments given by whoever deploys (a Terraform variable without a default): any flag may be there. */
  argvFromOutside?: { path: string; pos: SourcePos };
  /** Compose only: the Dockerfile that builds its image (relative to the root), when `build:` names one. */
  buildDockerfile?: string;
  /** Compose only: the stage of that Dockerfile it builds (`build.target`), lower case; else the final stage. */
  buildTarget?: string;
  /** The product this workload runs, filled by the model stage from the catalog. */
  product?: ProductMatch;
  /**
   * A component of a well-known Helm chart read from its values (src/catalog/charts.ts): the catalog product
   * the chart runs there, taken when neither its image nor its command line names one.
   */
  chartProduct?: string;
  /**
   * The custom resource an operator builds this pod from (a KubeRay RayCluster), with the scalar settings of
   * its spec and cluster spec (`rayVersion`), for catalog entries that read a version from them.
   */
  declaredBy?: { apiGroup: string; kind: string; name: string; fields: Record<string, Located<string>>; runs?: string };
}

export interface ProductMatch {
  productId: string;
  /** Version taken from the image tag when it is one. */
  version?: string;
  /**
   * How the product was recognised: its image, its command line, settings only its server reads (`env`), or
   * the operator that builds the container and runs only that product in it (`operator`), or the well-known
   * Helm chart that deploys it (`chart`, for an image the catalog does not know).
   */
  by: "image" | "command" | "env" | "operator" | "chart";
}

/**
 * Where a package comes from, named as OSV names the ecosystem where it has one: `PyPI`, `npm`, `Go`,
 * `crates.io`; `apt` for a package an `apt-get install` pins (a distribution's or a vendor repository's:
 * the pin alone does not say which); `GitHub` for a release asset downloaded from `owner/repo`; `conda`
 * for a conda package (no advisory database tracks conda's own builds).
 */
export type PackageEcosystem = "PyPI" | "npm" | "Go" | "crates.io" | "apt" | "GitHub" | "conda";

/** A container image an image reference names (compose, Kubernetes, a Dockerfile `FROM`, a kustomization). */
export interface ImageComponent {
  type: "image";
  /** Image repository with registry, as written (`ghcr.io/chroma-core/chroma`). */
  name: string;
  version?: string;
  image: ImageRef;
  /** Catalog product id when known. */
  productId?: string;
  /** The workload that runs it, if any (a Dockerfile build stage has none). */
  workloadId?: string;
  /** A kustomization's `images:` entry replaces this reference; that entry is judged instead. */
  overridden?: boolean;
  pos: SourcePos;
}

/** A package a lockfile, a manifest or a Dockerfile `RUN` line installs. */
export interface PackageComponent {
  type: "package";
  ecosystem: PackageEcosystem;
  /** The name as its ecosystem compares names: PyPI names normalised (PEP 503: lower case, runs of `-_.` as `-`). */
  name: string;
  /** The one version installed, when the file pins exactly one (`==1.2.3`, a lockfile entry); else undefined. */
  version?: string;
  /** What was written when it is not one exact version (`>=1.2`, `^3.0`, `*`, a git URL): listed, never matched. */
  requirement?: string;
  /** What declares it: a lockfile (resolved versions), a manifest (requirements, pyproject), a Dockerfile install line. */
  declaredIn: "lockfile" | "manifest" | "dockerfile";
  /** A lockfile lists it only as a dependency of another package (not asked for by the project itself). */
  transitive?: boolean;
  /** Installed only for development (lockfile dev flags, dev dependency groups). */
  dev?: boolean;
  /** Catalog product id when the package is a product's server (PyPI `vllm`), set by the analysis stage. */
  productId?: string;
  pos: SourcePos;
}

/** A product or package at a version, declared somewhere in the tree (inventory and advisory matching). */
export type Component = ImageComponent | PackageComponent;

/** A message about the scan itself (skipped files, parse errors), shown to the user. */
export interface Notice {
  file: string;
  line?: number;
  column?: number;
  kind: "parse-error" | "skipped" | "warning";
  message: string;
  /** The file deploys but was not read completely (over a size or YAML limit): rule AIA002 reports it. */
  incomplete?: boolean;
}

/** A scanned file, with the inline suppression comments found in it. */
export interface SourceFile {
  path: string;
  format: FileFormat;
  ignores: InlineIgnore[];
}

/** `# ai-infra-audit:ignore <rule-id> <reason>`: applies to its own line and the line below. */
export interface InlineIgnore {
  line: number;
  ruleId: string;
  reason: string;
}

/** `packages`: lockfiles and package manifests (requirements.txt, package-lock.json, go.mod …); `helm`: a chart's files (Chart.yaml, templates, values files). */
export type FileFormat = "dockerfile" | "compose" | "kubernetes" | "packages" | "terraform" | "helm";

/** A value written into a Kubernetes Secret manifest (`stringData`, or `data` decoded from base64). */
export interface SecretValue {
  /** `Secret/<namespace>/<name>`. */
  secret: string;
  key: string;
  value: string;
  pos: SourcePos;
}

/** A port of a Service: `targetPort` is a number, or a container port name resolved against the selected containers. */
export interface ServicePort {
  port?: number;
  targetPort?: number | string;
  nodePort?: number;
  pos: SourcePos;
}

/** Something that selects workloads by label and forwards ports to them (a Kubernetes Service). */
export interface ServiceDecl {
  id: string;
  name: string;
  namespace: string;
  type: string;
  selector: Record<string, string>;
  ports: ServicePort[];
  externalIps: boolean;
  headless: boolean;
  /** The manifest writes `spec.type` (a patch that leaves it out keeps the patched Service's). */
  typeWritten?: boolean;
  /** A provider setting that gives its load balancer a private address only, as written. */
  internal?: { text: string; pos: SourcePos };
  /** A Service an operator creates at run time: the pods it selects (their `unit.id`, in `file`), instead of `selector`. */
  pods?: string[];
  /** Who creates it, for messages: `KubeRay for RayService llama2`. */
  createdBy?: string;
  /** The kustomization folder whose patch made this copy of a Service (`overlays/prod`). */
  patchedIn?: string;
  /** How to close an exposure through it, in the source format's terms. */
  exposureFix: string;
  /** Where an exposure through this Service is anchored: its `type` (or externalIPs), else its name. */
  pos: SourcePos;
  file: string;
}

export interface RouteBackend {
  service: string;
  port?: number | string;
  pos: SourcePos;
}

/** Something that routes outside traffic to Services by name (an Ingress, a Gateway API route). */
export interface RouteDecl {
  id: string;
  /** `Ingress`, `HTTPRoute`, `GRPCRoute`. */
  kind: string;
  name: string;
  namespace: string;
  backends: RouteBackend[];
  authenticated: boolean;
  /** A controller setting that gives the route's load balancer a private address only, as written. */
  internal?: { text: string; pos: SourcePos };
  /** Who creates it, when an operator does: `KubeRay for RayCluster raycluster-kuberay`. */
  createdBy?: string;
  /** How to close an exposure through it, in the source format's terms. */
  exposureFix: string;
  pos: SourcePos;
  file: string;
}

/** A ConfigMap's files: each `data` key with its lines, as a volume would mount them. */
export interface ConfigMapDecl {
  namespace: string;
  name: string;
  files: Map<string, Located<string>[]>;
}

/** A kustomization's `resources:` (relative to the root) and its `images:` overrides. */
export interface Kustomization {
  dir: string;
  resources: string[];
  images: { name: string; newName?: string; newTag?: string; digest?: string; pos: SourcePos }[];
  /** Its strategic-merge patch files (relative to the root): a Service in one patches the Service of that name. */
  patchFiles: string[];
  /** JSON 6902 patch files (relative to the root) and the object each targets. */
  opsFiles: { path: string; target: PatchTarget }[];
  /** What its inline patches change in Services. */
  servicePatches: ServicePatch[];
}

/** The object a kustomization patch applies to; a field left out matches any. */
export interface PatchTarget {
  kind?: string;
  name?: string;
  namespace?: string;
}

/** One JSON 6902 operation (`replace /spec/type LoadBalancer`), its value when a scalar. */
export interface PatchOp {
  op: string;
  path: string;
  value?: string;
  pos: SourcePos;
}

/** What a kustomization's patch changes in a Service, each change where it is written. */
export interface ServicePatch {
  target: { name: string; namespace?: string };
  type?: Located<string>;
  /** The patch adds external IPs. */
  externalIps?: SourcePos;
  /** The patch sets a provider's internal load balancer setting. */
  internal?: { text: string; pos: SourcePos };
}

/**
 * The image one named stage of a Dockerfile builds, for a compose `build.target` that selects it: what
 * a service built from it starts with (its chain of stages replayed, as for the final stage).
 */
export interface BuildStage {
  file: string;
  /** The stage name, lower case, as `FROM … AS <name>` gives it. */
  name: string;
  /** The external image at the root of the stage's chain, if any. */
  image?: ImageRef;
  argv: Located<string>[];
  entrypointCount: number;
  env: EnvVar[];
  containerPorts: Located<number>[];
}

/**
 * A port range a firewall rule admits, inclusive; `0`–`65535` is every port. `pos` is where the ports are
 * written (a value from a variable stands where the variable is used).
 */
export interface PortRange {
  from: number;
  to: number;
  pos: SourcePos;
}

/**
 * A cloud provider's firewall rule as written (an AWS security group rule, a Google Cloud firewall rule, an
 * Azure network security rule): which traffic it lets in or out, from where, to which ports. Only what the
 * repository states: a source or a port set by whoever deploys (a variable without a default) is left out.
 */
export interface FirewallRule {
  /** The resource address and the rule inside it: `aws_security_group.ollama/ingress/0`. */
  id: string;
  /** The resource address, for messages: `aws_security_group.ollama`. */
  resource: string;
  /** What the provider calls such a rule, for messages: `AWS security group`. */
  kind: string;
  direction: "ingress" | "egress";
  action: "allow" | "deny";
  /** `tcp`, `udp`, `icmp`, `all`, or the protocol as written (lower case). */
  protocol: string;
  /** Address sources as written (CIDR ranges, `*`, service tags such as `Internet`), each where it stands. */
  sources: Located<string>[];
  /** Ports it admits; empty when they are not known from the repository. */
  ports: PortRange[];
  /** Words the configuration names the rule and its resource with (name, description, tags), to tell what a shared port serves. */
  names: string[];
  /** The security group the rule belongs to (AWS): its own resource, or the group a standalone rule attaches to. */
  group?: string;
  /** How to close it, in the source format's terms. */
  fix: string;
  pos: SourcePos;
}

/**
 * An endpoint a cloud provider runs for a managed service (a search domain, a Kubernetes API server), as the
 * configuration sets it up: how far it can be reached and whether it asks callers who they are.
 */
export interface ManagedEndpoint {
  /** The resource address: `aws_opensearch_domain.logs`. */
  id: string;
  /** What it is, for messages: `Amazon OpenSearch Service domain`, `EKS cluster API server`. */
  service: string;
  /** `data`: it serves stored data; `control-plane`: it runs a cluster. */
  role: "data" | "control-plane";
  /** The catalog product it serves (data services): `opensearch`. */
  productId?: string;
  reach: Reach;
  /** `none`: whoever reaches it is let in; `required`: callers authenticate (IAM, certificates, tokens). */
  authentication: "none" | "required";
  /** What makes it reachable and from where, in the configuration's words (with the defaults relied on). */
  reason: string;
  fix: string;
  /** The line a reviewer changes: the setting that opens it, or the resource when a default does. */
  pos: SourcePos;
}

/** A compute instance with GPUs, and the firewall rules that admit traffic to it (by their ids). */
export interface GpuInstance {
  id: string;
  /** `g5.2xlarge`, `a2-highgpu-1g`, `nvidia-tesla-t4 × 1`. */
  accelerator: string;
  /** The configuration gives it a public address (`associate_public_ip_address = true`, an access config). */
  publicIp: boolean;
  /** The firewall rules that admit traffic to it: ids are unique within a file, so each with its file. */
  firewallRules: { file: string; id: string }[];
  pos: SourcePos;
}

/**
 * A chart that Terraform's Helm provider installs (`helm_release`), as written. The chart is not rendered from
 * here: this is what a chart reader may judge it with (its values, where each is set).
 */
export interface HelmReleaseDecl {
  /** `helm_release.ollama`. */
  id: string;
  /** The release name. */
  name: string;
  namespace: string;
  /** The chart as written: a name in `repository`, an OCI or HTTP URL, or a local path. */
  chart: string;
  repository?: string;
  version?: string;
  /** Values it sets, by dotted path (`service.type`): the scalar leaves of its `values` documents, then `set` entries (which win). */
  values: Record<string, Located<string>>;
  /** A values document the repository does not give (`file(…)`, a variable): any value may be set there. */
  valuesFromOutside?: string;
  pos: SourcePos;
}

/**
 * A file whose meaning depends on the other files of its group (a Terraform module: the variables and locals
 * every file of its folder declares, resources that name each other). The model stage gathers the files of
 * each scope and asks the reader to complete them together; what the part holds is the reader's own.
 */
export interface ScopedPart {
  /** Files with the same scope are completed together: `terraform:deploy/aws`. */
  scope: string;
  /** The file it was read from (relative to the root). */
  file: string;
  /** What this file holds, for `complete` (opaque to the model stage). */
  data: unknown;
  /** The part the whole scope contributes, from the `data` of each of its files in path order, and notes on it. */
  complete(data: unknown[]): { part: ModelPart; notices: Notice[] };
}

/** What one reader contributes from one file; the model stage assembles the parts across files. */
export interface ModelPart {
  workloads: Workload[];
  components: Component[];
  services: ServiceDecl[];
  routes: RouteDecl[];
  kustomizations: Kustomization[];
  /** Files a kustomization lists as patches (relative to the root). */
  patchFiles: string[];
  secretValues: SecretValue[];
  configMaps: ConfigMapDecl[];
  /** Container port names per workload (`file\0id`), for named Service targetPorts. */
  portNames: Map<string, Map<string, number>>;
  /** Dockerfiles: every named stage's image config, for services that build a `target:` stage. */
  buildStages: BuildStage[];
  firewallRules: FirewallRule[];
  helmReleases: HelmReleaseDecl[];
  managedEndpoints: ManagedEndpoint[];
  gpuInstances: GpuInstance[];
  /** The file is completed with the other files of its scope (see ScopedPart). */
  scoped?: ScopedPart;
}

/** Files of the tree that other files name (env files, mounted configuration files), read on demand. */
export interface ReferencedFiles {
  /** The variables of an env file of the tree; undefined when it is not in the tree. */
  envFile(path: string): EnvVar[] | undefined;
  /** The setting lines of a configuration file of the tree (comments and blank lines left out). */
  configFile(path: string): Located<string>[] | undefined;
  /** The operations of a JSON 6902 patch file of the tree (YAML or JSON); undefined when it is not in the tree or not a list of operations. */
  patchOps(path: string): PatchOp[] | undefined;
}

/** Everything the rules see for one scan. */
export interface Model {
  root: string;
  files: SourceFile[];
  workloads: Workload[];
  networkRules: NetworkRule[];
  components: Component[];
  secretValues: SecretValue[];
  configMaps: ConfigMapDecl[];
  firewallRules: FirewallRule[];
  helmReleases: HelmReleaseDecl[];
  managedEndpoints: ManagedEndpoint[];
  gpuInstances: GpuInstance[];
  notices: Notice[];
}
