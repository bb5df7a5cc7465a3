// Splits an image reference into registry, repository, tag and digest (distribution reference grammar).
import type { ImageRef, SourcePos } from "./types.js";

/** Registries whose images are the same as Docker Hub's unqualified names. */
const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

export function parseImageRef(raw: string, pos: SourcePos, localBuild = false): ImageRef {
  const text = raw.trim();
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const firstSlash = rest.indexOf("/");
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash);
    // A first component with a dot or a port, or `localhost`, is a registry host.
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (registry && DOCKER_HUB.has(registry)) registry = undefined;
  let repository = rest.toLowerCase();
  if (!registry && repository.startsWith("library/")) repository = repository.slice("library/".length);
  return {
    raw: text,
    registry,
    repository,
    tag: tag || undefined,
    digest: digest || undefined,
    unresolved: /\$\{?[A-Za-z_]/.test(text),
    localBuild,
    pos,
  };
}

/** `registry/repository` with Docker Hub left implicit: what catalog image patterns are written against. */
export function imageName(ref: ImageRef): string {
  return ref.registry ? `${ref.registry.toLowerCase()}/${ref.repository}` : ref.repository;
}
