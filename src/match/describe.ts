// How a component and its upgrade are written in findings: as the file writes them, so the fix can be
// typed back in (`redis:7.2.4-alpine` → `redis:7.2.11-alpine`, `torch==2.5.1` → `torch==2.6.0`).
import { imageName } from "../model/image.js";
import type { Component } from "../model/types.js";
import type { ComponentMatch } from "./types.js";

/** The component's name in findings: the image's repository with its registry, or the package's name. */
export function componentName(component: Component): string {
  return component.type === "image" ? imageName(component.image) : component.name;
}

export function componentLabel(component: Component): string {
  if (component.type === "image") return component.image.raw;
  return written(component, component.version ?? component.requirement ?? "");
}

/** A package pinned at `version`, in its ecosystem's own notation. */
function written(component: Extract<Component, { type: "package" }>, version: string): string {
  if (!version) return component.name;
  switch (component.ecosystem) {
    case "PyPI":
      return /^[<>=!~]/.test(version) ? `${component.name}${version}` : `${component.name}==${version}`;
    case "npm":
      return `${component.name}@${version}`;
    case "Go":
      return `${component.name} ${version}`;
    case "apt":
    case "conda":
      return `${component.name}=${version}`;
    default:
      return `${component.name} ${version}`;
  }
}

/** The component as it would be written at the upgrade version: the image tag with its version replaced, or the package pin. */
export function upgradedLabel(match: ComponentMatch): string | undefined {
  const { component, upgrade, identity } = match;
  if (!upgrade) return undefined;
  if (component.type === "image") {
    const tag = component.image.tag ?? "";
    const at = identity?.written ? tag.indexOf(identity.written) : -1;
    const newTag = at >= 0 ? tag.slice(0, at) + upgrade.version + tag.slice(at + (identity?.written?.length ?? 0)) : upgrade.version;
    return `${imageName(component.image)}:${newTag}`;
  }
  // A vendor apt package: the upstream version is what fixes it; the repository's revision is whatever it publishes.
  if (component.ecosystem === "apt") return `${component.name} ${upgrade.version} or later`;
  const version = component.ecosystem === "Go" && !upgrade.version.startsWith("v") ? `v${upgrade.version}` : upgrade.version;
  return written(component, version);
}

/** What the component is, in words: `Redis 7.2.4`, `the PyPI package torch 2.5.1`. */
export function componentWhat(match: ComponentMatch): string {
  const { component, identity } = match;
  const version = identity?.version ?? (component.type === "package" ? component.version : undefined);
  if (identity?.product) return `${identity.product.name}${version ? ` ${version}` : ""}`;
  if (component.type === "package") return `the ${component.ecosystem} package ${component.name}${version ? ` ${version}` : ""}`;
  return `${imageName(component.image)}${version ? ` ${version}` : ""}`;
}
