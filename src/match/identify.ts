// What a component is and at which version: a catalog product by its image or server package, an image
// an advisory names, or a package. Versions are read as their scheme writes them; a tag that names a
// release line (`redis:7.2`, `ollama:0.3`) or moves (`latest`) has no version: unknown, never vulnerable.
import type { Advisory, AffectedTarget, Catalog, PackageKey, ProductDef, VersionScheme } from "../catalog/types.js";
import { productOfImage } from "../analyze/match.js";
import type { Component, ImageRef } from "../model/types.js";
import { comparableName } from "../model/package-name.js";
import { catalogPattern } from "../model/pattern.js";
import { wildcard } from "../model/wildcard.js";
import { debianUpstream, exactPrecision, normalizeVersion, precision } from "../versions/index.js";
import type { ComponentIdentity } from "./types.js";

/** A leading `v?MAJOR.MINOR.PATCH…` (and its short forms), the version most image tags start with. */
const LEADING_VERSION = /^v?(\d+(?:\.\d+){0,3})/;

const ECOSYSTEM_SCHEME: Record<PackageKey["ecosystem"], VersionScheme> = {
  PyPI: "pep440",
  npm: "semver",
  Go: "go",
  "crates.io": "semver",
  // A vendor apt package is matched on its upstream version (revision stripped).
  apt: "semver",
  GitHub: "semver",
  conda: "pep440",
  Bitnami: "semver",
};

export function schemeOf(target: AffectedTarget | undefined, identity: ComponentIdentity): VersionScheme {
  return target?.scheme ?? identity.scheme;
}

const serverIndexes = new WeakMap<Catalog, Map<string, ProductDef>>();

/** The catalog's products by the packages that are their servers, indexed once: a lockfile has 100,000 names to look up. */
function serverPackages(catalog: Catalog): Map<string, ProductDef> {
  let index = serverIndexes.get(catalog);
  if (!index) {
    index = new Map();
    for (const product of catalog.products) for (const key of product.packages ?? []) if (!index.has(`${key.ecosystem}\0${packageName(key)}`)) index.set(`${key.ecosystem}\0${packageName(key)}`, product);
    serverIndexes.set(catalog, index);
  }
  return index;
}

/** PEP 503: names compare lower case with runs of `-`, `_`, `.` as one `-`. */
export function packageName(key: PackageKey): string {
  return comparableName(key.ecosystem, key.name);
}

export function samePackage(a: PackageKey, b: PackageKey): boolean {
  return a.ecosystem === b.ecosystem && packageName(a) === packageName(b);
}

/** The version an image tag names for a product or an advisory's image, read with its pattern. */
export function tagVersion(tag: string | undefined, pattern: string | undefined, scheme: VersionScheme): { written: string; version?: string } | undefined {
  if (!tag) return undefined;
  const m = (pattern ? catalogPattern(pattern) : LEADING_VERSION).exec(tag);
  if (!m?.[1]) return undefined;
  const written = m[1];
  const normal = normalizeVersion(scheme, written);
  // `7.2` names the newest 7.2.x of the day: a line, not a release. Tags of PyPI-versioned products too.
  const exact = exactPrecision(scheme) ?? 3;
  const complete = normal !== undefined && (precision(scheme, written) ?? 0) >= exact;
  return { written, version: complete ? normal : undefined };
}

export function identify(catalog: Catalog, advisories: Advisory[], component: Component): ComponentIdentity | undefined {
  if (component.type === "image") return identifyImage(catalog, component.image) ?? identifyAdvisoryImage(advisories, component.image);
  const key: PackageKey = { ecosystem: component.ecosystem, name: component.name };
  const product = serverPackages(catalog).get(`${key.ecosystem}\0${packageName(key)}`);
  const scheme = ECOSYSTEM_SCHEME[component.ecosystem];
  if (component.version === undefined) return { product, package: key, scheme };
  const written = component.ecosystem === "apt" ? debianUpstream(component.version) : component.version;
  return { product, package: key, scheme, written, version: normalizeVersion(scheme, written) };
}

function identifyImage(catalog: Catalog, image: ImageRef): ComponentIdentity | undefined {
  const product: ProductDef | undefined = productOfImage(catalog, image);
  if (!product) return undefined;
  const scheme = product.versionScheme ?? "semver";
  const read = tagVersion(image.tag, product.tagVersion, scheme);
  return { product, scheme, written: read?.written, version: read?.version };
}

/** An image that is no catalog product but that an advisory names (`nvcr.io/nvidia/gpu-operator`): its version read the advisory's way. */
function identifyAdvisoryImage(advisories: Advisory[], image: ImageRef): ComponentIdentity | undefined {
  for (const advisory of advisories) {
    const target = advisory.affects.find((t) => imageTargetMatches(t, image));
    if (!target?.image) continue;
    const scheme = target.scheme ?? "semver";
    const read = tagVersion(image.tag, target.image.tagVersion, scheme);
    return { scheme, written: read?.written, version: read?.version };
  }
  return undefined;
}

/** An advisory target that names this image among its `image.names`. */
export function imageTargetMatches(target: AffectedTarget, image: ImageRef): boolean {
  const name = image.registry ? `${image.registry.toLowerCase()}/${image.repository}` : image.repository;
  return target.image?.names.some((pattern) => wildcard(pattern).test(name)) ?? false;
}
