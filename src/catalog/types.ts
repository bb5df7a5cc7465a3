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
  /**
   * Packages that are this product's server (PyPI `vllm`, Go `github.com/ollama/ollama`, a GitHub
   * release of `ollama/ollama`): a lockfile or install line pinning one is the product at that version,
   * and OSV is asked about the product through the first one OSV tracks.
   */
  packages?: PackageKey[];
  /**
   * Advisories that restate how the product is designed to work (Ollama's API has no authentication,
   * CVE-2025-63389): the exposure and authentication rules judge that in context, where it is reachable;
   * a version upgrade does not change it, so it is not reported as a vulnerable version.
   */
  designAdvisories?: { id: string; why: string }[];
  /**
   * Where its workload names the model it serves. Read in order: the first of these that names a model is the
   * one the server loads (the launcher's flag before its env var); an `arg` setting adds every model it matches.
   */
  models?: ModelSetting[];
  /** How its versions are ordered; default `semver`. */
  versionScheme?: VersionScheme;
  /** Its newest release lines, to tell a version more than one line behind. */
  releases?: ProductReleases;
  /** Every fact above comes from these. */
  sources: string[];
}

/** Where a model comes from: a Hugging Face repository, Ollama's library, an NVIDIA NIM image, anything else. */
export type ModelSource = "huggingface" | "ollama" | "nim" | "other";

/**
 * A setting that names the model a product serves. Exactly one of `flag`, `env`, `after`, `arg`, `image` is set.
 * - `flag`: the value of a command-line option (`--model x`, `--model=x`).
 * - `env`: the value of an environment variable.
 * - `after`: the words of a subcommand (`["vllm", "serve"]`, the first word also as a path): the argument
 *   right after them, unless it is an option.
 * - `arg`: a regular expression (case-insensitive) over the command line whose first group is a model; every
 *   match is one (`ollama pull a && ollama pull b`).
 * - `image`: a regular expression (case-insensitive) over the image name (registry and repository) whose
 *   first group is the model.
 * `value` is a case-insensitive regular expression the value must match in full; its first group, when it
 * has one, is the model (`hf://(.+)`). A value that is a path, a URL or a deploy-time reference names no model.
 */
export interface ModelSetting {
  flag?: string;
  env?: string;
  after?: string[];
  arg?: string;
  image?: string;
  value?: string;
  /** What the value names: a Hugging Face repository id, an Ollama model, an NVIDIA NIM, or another name. */
  source: ModelSource;
  /**
   * With `arg`: a command that names a model wherever it runs, not only in the product's own workload: in
   * any workload's command line and in the Dockerfile `RUN` lines it is built from (`ollama pull` in a build step).
   */
  anywhere?: boolean;
}

export interface Catalog {
  products: ProductDef[];
  /** Advisories and end-of-life lines, embedded; absent in catalogs built for tests of other stages. */
  advisories?: AdvisoryData;
}

/**
 * How a product's or package's versions are ordered:
 * - `semver`: `MAJOR.MINOR.PATCH` with optional `v` and pre-release (`1.2.3`, `v0.4.0-ci1`), short forms
 *   compared as if padded with zeros (`7.2` = `7.2.0`); npm, crates.io and most products.
 * - `go`: semver as Go modules write it, pseudo-versions (`v0.0.0-20240101120000-abcdef123456`) included.
 * - `pep440`: Python's versions (`2.5.1`, `1.0.0rc1`, `0.8.5.post1`, `1!2.0`).
 * - `calendar`: `YY.MM` releases (NVIDIA Triton's `24.01`), compared as two numbers.
 * - `timestamp`: a release named by its date and time (MinIO's `RELEASE.2025-04-22T22-12-26Z`), compared
 *   by its digits.
 * - `debian`: a Debian package version (`1:1.16.1-1+deb12u1`); advisories on the upstream project are
 *   matched against its upstream part (`1.16.1`), epoch and revision stripped.
 */
export type VersionScheme = "semver" | "go" | "pep440" | "calendar" | "timestamp" | "debian";

/**
 * A package as lockfiles and OSV name it: an ecosystem of the model's `PackageEcosystem`, or `Bitnami`,
 * OSV's ecosystem for server products by upstream version (`redis`, `valkey`), which no lockfile installs.
 */
export type PackageKey = { ecosystem: "PyPI" | "npm" | "Go" | "crates.io" | "apt" | "GitHub" | "conda" | "Bitnami"; name: string };

/**
 * One affected span of versions, OSV's way: from `introduced` (inclusive; absent = from the first
 * version) to `fixed` (exclusive) or to `lastAffected` (inclusive); neither = no fixed version yet.
 * Release lines each have their own range: Redis 7.2 `{introduced: "7.2.0", fixed: "7.2.11"}`.
 */
export interface VersionRange {
  introduced?: string;
  fixed?: string;
  lastAffected?: string;
}

/** What an advisory affects: a product of the catalog (its images and recognised servers) or a package. */
export interface AffectedTarget {
  /** A catalog product id: matched against image tags and other ways the product's version is known. */
  product?: string;
  package?: PackageKey;
  /**
   * Images that are not a catalog product but whose tag is the affected software's version
   * (`nvcr.io/nvidia/gpu-operator`, `pytorch/pytorch`): names as in `ProductDef.images`, and how to read
   * the version from the tag (default: a leading `v?MAJOR.MINOR.PATCH`).
   */
  image?: { names: string[]; tagVersion?: string };
  /** The scheme of the versions below; defaults to the product's or the ecosystem's. */
  scheme?: VersionScheme;
  /** The version is affected when it falls in any range. */
  ranges: VersionRange[];
}

/**
 * How bad an advisory is. `cvss` is the vector as its source publishes it (`CVSS:3.1/AV:N/…` or
 * `CVSS:4.0/…`): the severity is computed from it, never copied. Without a vector, `label` is the
 * severity the source states in words (GHSA's, a vendor's), else the severity is unknown.
 */
export interface AdvisorySeverity {
  cvss?: string;
  label?: "critical" | "high" | "medium" | "low";
}

/** One security advisory, as data with its source. */
export interface Advisory {
  /** The CVE id when there is one, else the GHSA id, else the source's own id (`REDIS-2026-07`). */
  id: string;
  /** Other ids of the same advisory (GHSA, PYSEC, GO, BIT). */
  aliases: string[];
  /** One line: what an attacker gets. */
  summary: string;
  /** YYYY-MM-DD, when known. */
  published?: string;
  severity: AdvisorySeverity;
  affects: AffectedTarget[];
  /** On CISA's Known Exploited Vulnerabilities list. */
  knownExploited?: boolean;
  /** When only some setups are affected: the condition, in a few words (`only with --model-control-mode explicit`). */
  condition?: string;
  /** The page the ranges were read from (vendor bulletin, CVE record, GHSA). */
  source: string;
}

/** A release line of a product and when it stops getting fixes. */
export interface ReleaseLine {
  /** The line as versions start: `7.2`, `3.10`, `20`, `22.04`, `12`. */
  line: string;
  /** YYYY-MM-DD after which the line gets no security fixes; absent = no date announced. */
  eol?: string;
  /** A codename its images use for it (`bookworm`, `jammy`). */
  codename?: string;
}

/**
 * End-of-life lines of what AI stacks are built on (Redis, Python, Node.js, Debian …): how an image names
 * its version, and which lines are out of support.
 */
export interface EolProduct {
  id: string;
  name: string;
  /** Images whose tag carries this product's version (`redis`, `python`, `library/node`): `*` as in `ProductDef.images`. */
  images: string[];
  /** Reads the version from an image tag: first group is the version. Default: a leading `v?MAJOR(.MINOR)*`. */
  tagVersion?: string;
  /**
   * A base OS named inside other images' tags (`python:3.9-slim-bookworm`, `nvidia/cuda:12.2.0-base-ubuntu20.04`):
   * a regular expression on the tag whose first group is the version or codename.
   */
  tagSuffix?: string;
  /** How many version parts name a line: 2 for `7.2`, 1 for Node.js `20`. */
  lineParts: number;
  lines: ReleaseLine[];
  source: string;
}

/**
 * What is known of a product's releases, to tell an outdated one. Only for products that fix security bugs
 * on their newest lines alone (Ollama, Qdrant); a product that maintains older lines (Redis, Milvus) or
 * releases monthly (Triton) has none: its end-of-life data or its advisories say what matters.
 */
export interface ProductReleases {
  /** The newest release line and the one before it, newest first (`["0.13", "0.12"]`): older lines are more than one line behind. */
  lines: [string, string];
  /** The newest release as of `asOf`. */
  latest: string;
  asOf: string;
  source: string;
}

/** The embedded advisory data and when it was made. */
export interface AdvisoryData {
  /** YYYY-MM-DD the data was compiled. */
  generated: string;
  /** YYYY-MM-DD: the newest source the data was read from; advisories published later are not in it. */
  sourcesThrough: string;
  advisories: Advisory[];
  eol: EolProduct[];
}
