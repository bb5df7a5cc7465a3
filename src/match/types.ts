// What the matching stage knows of each component, as rules and the inventory read it.
import type { Advisory, EolProduct, PackageKey, ProductDef, ReleaseLine, VersionScheme } from "../catalog/types.js";
import type { Severity } from "../findings/types.js";
import type { Component, Workload } from "../model/types.js";

/** What a component is, for matching. */
export interface ComponentIdentity {
  /** The catalog product it is (its image, or a package that is the product's server). */
  product?: ProductDef;
  /** A package as lockfiles and OSV name it. */
  package?: PackageKey;
  /** How its versions are ordered. */
  scheme: VersionScheme;
  /** The version as written in the tag or pin (`0.6.3` in `v0.6.3-cuda`), to write the upgrade the same way. */
  written?: string;
  /** The exact version, when the tag or pin names one release; a tag that names a line (`redis:7.2`) has none. */
  version?: string;
}

/** One advisory that affects a component at its version. */
export interface AdvisoryHit {
  advisory: Advisory;
  severity: Severity | "unknown";
  /** What it counts as: its severity, or for an unknown one the config's `unknown-severity` (default high). */
  counted: Severity;
  score?: number;
  /** The first fixed version on the component's line, when released. */
  fixed?: string;
  /** With no fix: the last version known to be affected (later ones are not claimed vulnerable). */
  lastAffected?: string;
  /** Why the config accepts it (`ignore: [{advisories: …}]`). */
  accepted?: string;
  /** The embedded catalog, or OSV (online or a local export). */
  from: "catalog" | "osv";
}

/** A release line of something the component is or is built on that is past its end of life. */
export interface EolHit {
  product: EolProduct;
  line: ReleaseLine;
  /** The image names this product's version itself (`python:3.8`), or its base OS in a tag suffix (`-ubuntu20.04`). */
  via: "version" | "base-os";
  /** The line to move to: the oldest newer line with a year of support left, else the newest. */
  successor?: ReleaseLine;
}

export interface ComponentMatch {
  component: Component;
  /** The workloads that run it: the one whose image it is, or the services built from the Dockerfile that installs it. */
  runBy: Workload[];
  identity?: ComponentIdentity;
  advisories: AdvisoryHit[];
  /** The smallest version that fixes every advisory not accepted, and whether it stays on the same release line. */
  upgrade?: { version: string; sameLine: boolean };
  /** No released fix is known, but every advisory names its last affected version: a release after this one is not known to be affected. */
  beyond?: string;
  eol: EolHit[];
  /** An AI product more than one release line behind its newest. */
  outdated?: { latest: string; newestLines: [string, string]; asOf: string; source: string };
}

/** Where the advisory data came from, for the report. */
export interface AdvisorySources {
  /** YYYY-MM-DD the embedded data was compiled, and how old it is today. */
  generated: string;
  sourcesThrough: string;
  ageDays: number;
  /** OSV as asked: `online` (its API), `export` (a local export at a path), `off`. */
  osv: "online" | "export" | "off";
  /** What OSV could not answer, one line each; the embedded data was used instead. */
  osvErrors: string[];
  /** Requests made to OSV's API. */
  osvRequests: number;
}
