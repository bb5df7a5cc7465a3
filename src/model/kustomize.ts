// Kustomize `images:` entries replace the image references of the manifests a kustomization includes:
// the entry is the image that gets deployed, so it becomes the component, the references it replaces
// are marked overridden, and the workloads that run them are judged on the deployed image.
import { imageName, parseImageRef } from "./image.js";
import type { Component, Kustomization, Workload } from "./types.js";
import { groupBy } from "./group.js";

export function applyKustomizeImages(kustomizations: Kustomization[], components: Component[], workloads: Workload[]): Component[] {
  const runners = new Map(workloads.map((w) => [`${w.file}\0${w.id}`, w]));
  const byDir = new Map(kustomizations.map((k) => [k.dir, k]));
  const included = (k: Kustomization, seen: Set<string>): Set<string> => {
    const files = new Set<string>();
    if (seen.has(k.dir)) return files;
    seen.add(k.dir);
    for (const resource of k.resources) {
      const nested = byDir.get(resource);
      if (nested) for (const f of included(nested, seen)) files.add(f);
      else files.add(resource);
    }
    return files;
  };
  // Components by file and image name: each entry looks up the files its kustomization includes.
  const byFile = groupBy(components.filter((c) => c.type === "image"), (c) => c.pos.file);
  const added: Component[] = [];
  for (const k of kustomizations) {
    if (k.images.length === 0) continue;
    const files = included(k, new Set());
    const candidates = [...files].flatMap((f) => byFile.get(f) ?? []);
    for (const entry of k.images) {
      const replaced = candidates.filter((c) => imageName(c.image) === entry.name || c.image.repository === entry.name);
      // Only a new tag or digest decides the version; `newName` alone keeps the tag of what it replaces.
      if (!entry.newTag && !entry.digest) continue;
      const ref = `${entry.newName ?? entry.name}${entry.digest ? `@${entry.digest}` : `:${entry.newTag}`}`;
      const image = parseImageRef(ref, entry.pos);
      for (const c of replaced) {
        c.overridden = true;
        const runner = runners.get(`${c.pos.file}\0${c.workloadId}`);
        // The version the rules judge is the deployed one; the finding still points at the manifest.
        if (runner?.image) runner.image = { ...image, pos: runner.image.pos };
      }
      added.push({ type: "image", name: ref, version: image.tag, image, pos: entry.pos });
    }
  }
  return added;
}
