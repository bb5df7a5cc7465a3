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

export interface Located<T> {
  value: T;
  pos: SourcePos;
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
}

/** How far a port or a workload can be reached. Ordered from least to most reachable. */
export type Reach = "loopback" | "cluster" | "network";

/**
 * One way a workload is reachable beyond its own container or pod.
 * Rules decide with `reach` and `ports`; `pos` is where the finding is anchored.
 */
export interface Exposure {
  via:
    | "compose-ports"
    | "compose-host-network"
    | "compose-reverse-proxy"
    | "k8s-host-network"
    | "k8s-host-port"
    | "k8s-service-nodeport"
    | "k8s-service-loadbalancer"
    | "k8s-service-externalips"
    | "k8s-ingress";
  reach: Reach;
  /** Container ports reachable this way; empty means every port the process listens on. */
  containerPorts: number[];
  /** A short phrase for messages: `ports "11434:11434" on all interfaces`. */
  description: string;
  /** An authenticating proxy sits in front (ingress auth annotations). */
  authenticatedProxy: boolean;
  /** The network rule behind this exposure, if any (Service, Ingress). */
  ruleId?: string;
  pos: SourcePos;
}

/** A Service, Ingress or published port set that makes workloads reachable. */
export interface NetworkRule {
  id: string;
  kind: "k8s-service" | "k8s-ingress";
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

export type WorkloadKind = "compose-service" | "k8s-container" | "dockerfile-stage";

/** Something that runs: a compose service, a container of a Kubernetes pod template, a Dockerfile's final stage. */
export interface Workload {
  /** Stable logical id inside its file: `services.ollama`, `Deployment/default/ollama/containers/ollama`. */
  id: string;
  kind: WorkloadKind;
  name: string;
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
  /** Compose only: the Dockerfile that builds its image (relative to the root), when `build:` names one. */
  buildDockerfile?: string;
  /** The product this workload runs, filled by the model stage from the catalog. */
  product?: ProductMatch;
}

export interface ProductMatch {
  productId: string;
  /** Version taken from the image tag when it is one. */
  version?: string;
  /** How the product was recognised: `image`, `command`. */
  by: "image" | "command";
}

/** A product or package at a version, declared somewhere in the tree (inventory). */
export interface Component {
  /** `image` (container image); lockfile packages come later as `pypi`, `npm`, `deb` … */
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

export type FileFormat = "dockerfile" | "compose" | "kubernetes";

/** A value written into a Kubernetes Secret manifest (`stringData`, or `data` decoded from base64). */
export interface SecretValue {
  /** `Secret/<namespace>/<name>`. */
  secret: string;
  key: string;
  value: string;
  pos: SourcePos;
}

/** Everything the rules see for one scan. */
export interface Model {
  root: string;
  files: SourceFile[];
  workloads: Workload[];
  networkRules: NetworkRule[];
  components: Component[];
  secretValues: SecretValue[];
  notices: Notice[];
}
