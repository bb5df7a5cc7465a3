// Package URLs (purl) of components, for the JSON inventory, findings and the CycloneDX BOM.
import { PackageURL } from "packageurl-js";
import type { Component } from "../model/types.js";

const PURL_TYPE = { PyPI: "pypi", npm: "npm", Go: "golang", "crates.io": "cargo", apt: "deb", GitHub: "github", conda: "conda" } as const;

/** The purl of a component; undefined for a package without an exact version (a range names no one package). */
export function purlOf(component: Component): string | undefined {
  try {
    if (component.type === "image") {
      const { registry, repository, tag, digest } = component.image;
      const slash = repository.lastIndexOf("/");
      const namespace = slash > 0 ? repository.slice(0, slash) : undefined;
      const qualifiers: Record<string, string> = {};
      if (registry) qualifiers.repository_url = registry.toLowerCase();
      if (digest && tag) qualifiers.tag = tag;
      return new PackageURL("docker", namespace, repository.slice(slash + 1), digest ?? tag, Object.keys(qualifiers).length ? qualifiers : undefined).toString();
    }
    if (component.version === undefined) return undefined;
    const type = PURL_TYPE[component.ecosystem];
    const slash = component.name.lastIndexOf("/");
    const namespace = slash > 0 ? component.name.slice(0, slash) : undefined;
    return new PackageURL(type, namespace, component.name.slice(slash + 1), component.version).toString();
  } catch {
    // A name the purl grammar refuses (the scanned tree may write anything): no purl rather than a wrong one.
    return undefined;
  }
}
