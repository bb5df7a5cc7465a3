// The AI component catalog is data: what each product is, how it is recognised, where it listens,
// how its authentication is switched on or off. Rules read it; no product knowledge lives in rule code.

/**
 * What a product hands to whoever reaches it without authentication. Decides the severity of an
 * unauthenticated exposure: `code-execution` and `model-control` are critical, the rest high.
 */
export type ProductImpact = "code-execution" | "model-control" | "data-store" | "inference" | "web-app";

/**
 * A setting that changes behaviour. Exactly one of `env`, `flag`, `arg`, `config` is set.
 * - `env`: an environment variable (compose `environment`, Kubernetes `env`, Dockerfile `ENV`).
 * - `flag`: a command-line option as written (`--api-key`); matches `--api-key x`, `--api-key=x`.
 * - `arg`: a regular expression (case-insensitive) tested against the whole command line joined by spaces.
 * - `config`: a regular expression (case-insensitive) tested against each line of a configuration file
 *   the workload mounts from the repository (see `ProductDef.configFiles`), comment lines left out.
 * `value` is a case-insensitive regular expression the value must match in full; without it any
 * non-empty value (or a `${VAR}` reference) matches. For flags without a value use `value: ""`.
 * `versions` is a semver range on the product version; without it the knob applies to every version.
 */
export interface Knob {
  env?: string;
  flag?: string;
  arg?: string;
  config?: string;
  value?: string;
  versions?: string;
  /**
   * With `config`: the line must stand in this `[section]` of an ini file (case-insensitive), where the
   * same key means different things in different sections (`enabled` in `[auth.anonymous]`).
   */
  section?: string;
  /** The setting takes effect only when one of these is set too (Qdrant checks client certificates only with TLS on). */
  requires?: Knob[];
  /**
   * In `enabledBy`: the setting protects only these container ports of the product (Qdrant's client
   * certificates guard the REST API, not gRPC); an exposure that reaches any other port is not protected by it.
   */
  ports?: number[];
}

export interface AuthBehaviour {
  /** Semver range of product versions this behaviour describes; omitted = all versions. */
  versions?: string;
  /** `none`: no built-in authentication; `off`: exists, off unless enabled; `on`: on unless disabled. */
  builtIn: "none" | "off" | "on";
  /** Any of these present turns authentication on (for `off`). */
  enabledBy?: Knob[];
  /** Any of these present turns authentication off (checked before `enabledBy`). */
  disabledBy?: Knob[];
  /** Settings users still write that this version silently ignores (Chroma 1.x and its 0.x auth env vars). */
  ignored?: Knob[];
  /** One sentence for messages: how authentication works in these versions. */
  summary: string;
}

export interface ListenBehaviour {
  /** Where the process listens when nothing says otherwise, as the product's own image starts it. */
  default: "all" | "loopback";
  /** Where it listens when recognised by its command line instead (the bare CLI's default), if different. */
  commandDefault?: "all" | "loopback";
  /** Settings that make it listen on every interface. */
  allInterfaces?: Knob[];
  /** Settings that make it listen on loopback only. */
  loopbackOnly?: Knob[];
}

export interface ProductPort {
  port: number;
  purpose: string;
  /** False for ports that expose nothing worth protecting on their own (metrics). Default true. */
  sensitive?: boolean;
}

export interface DefaultCredential {
  /** The setting that carries the credential. */
  knob: Knob;
  /** Well-known values, matched whole and ignoring case. */
  values: string[];
  /** Where the value is documented as the default. */
  source: string;
  /** The default also applies when the setting is absent (MinIO, Grafana), not only when it is written. */
  whenUnset?: boolean;
}

/**
 * Environment variables that only the product's own server reads, to recognise it when its image is not
 * one the catalog knows (built in the repository, renamed): a workload that sets any of `env` is taken to
 * run the product. A client often sets the same names to log in (`POSTGRES_PASSWORD`); `onProductPort`
 * then also asks that the workload declare or expose one of the product's ports, where a client does not listen.
 */
export interface ServerEnvSignature {
  env: string[];
  onProductPort?: boolean;
}

export interface ProductDef {
  /** Stable id: `ollama`, `chromadb`. */
  id: string;
  name: string;
  impact: ProductImpact;
  /** Image repositories that identify the product. `*` matches any run of characters except `/`. */
  images: string[];
  /** Regular expressions (case-insensitive) on the command line that identify the product. */
  commands?: string[];
  /** Server settings that identify the product when neither the image nor the command does. */
  serverEnv?: ServerEnvSignature[];
  /**
   * How to read a version from an image tag: a regular expression whose first group is the version.
   * Defaults to a leading `v?MAJOR.MINOR[.PATCH]`.
   */
  tagVersion?: string;
  /**
   * Custom resources that state the product's version in a setting of their spec or cluster spec (KubeRay's
   * `rayVersion`): read for the pods they declare when the image tag gives no version (a custom image).
   */
  declaredVersion?: { apiGroup: string; kinds: string[]; field: string }[];
  ports: ProductPort[];
  listen: ListenBehaviour;
  /** Ordered oldest to newest; the first whose `versions` matches applies. An unknown version uses the last. */
  auth: AuthBehaviour[];
  defaultCredentials?: DefaultCredential[];
  /**
   * Where the product reads its configuration file inside the container (`*` matches within one path
   * segment). A file of the repository mounted there, or mounted anywhere and named on the command
   * line, is read for `config` knobs.
   */
  configFiles?: string[];
  /** Settings that carry the product's own login secret (password, token, API key): a weak value there is a weak login. */
  loginSecrets?: Knob[];
  /** Every fact above comes from these. */
  sources: string[];
}

export interface Catalog {
  products: ProductDef[];
}
