import { imageName } from "../model/image.js";
import type { Rule } from "./types.js";

/**
 * Tags that move by design: `latest` and branch names, `latest-<variant>` (`latest-cuda`), and any tag
 * without a digit (`alpine`, `lts`, `rocm`, `cuda`), which cannot name a version. A version tag
 * (`16-alpine`, `v1.0`, `latest-2.19.1` naming its release) is left alone.
 */
const MOVING = /^(latest|main|master|nightly|edge|dev|develop|unstable|head|canary|stable)$|[-_.](latest|nightly)$|^[^0-9]*$/i;

function moving(tag: string): boolean {
  return MOVING.test(tag) || (/^latest[-_.]/i.test(tag) && !/\d\.\d/.test(tag));
}
/** A template token standing where the tag goes (`:CHROMA_VERSION`, replaced by sed or a CI step), not a tag. */
const TEMPLATE_TOKEN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

const rule: Rule = {
  meta: {
    id: "AIA301",
    name: "unpinned-image",
    title: "Image without a version tag or with a moving tag",
    category: "unpinned-image",
    defaultSeverity: "low",
    rationale: "`latest` and branch tags change under you: no review sees the new version, no advisory can be matched, no rollback is exact.",
  },
  check({ model, report }) {
    for (const c of model.components) {
      if (c.type !== "image") continue;
      const ref = c.image;
      // `ko://…` and similar build-tool references are resolved to digests at build time.
      if (c.overridden || ref.localBuild || ref.digest || ref.repository === "scratch" || ref.raw.includes("://")) continue;
      // Not an image reference at all: "FILLED BY THE OPERATOR", YOUR_REGISTRY/app (references are lower case).
      const path = ref.raw.replace(/@.*$/, "").replace(/:[^/:]*$/, "");
      if (/[\s<>]/.test(ref.raw) || /[A-Z]/.test(ref.registry ? path.slice(path.indexOf("/") + 1) : path) || (ref.tag && TEMPLATE_TOKEN.test(ref.tag))) continue;
      // An unresolved `${VAR}` is decided at deploy time; a tag written as a variable with a default was interpolated.
      if (ref.unresolved) continue;
      if (ref.tag && !moving(ref.tag)) continue;
      const what = ref.tag ? `the moving tag "${ref.tag}"` : "no tag (Docker pulls latest)";
      report({
        at: { file: c.pos.file, line: c.pos.line, column: c.pos.column },
        title: `Image ${ref.raw} is not pinned`,
        message: `${ref.raw} has ${what}: the version that runs is whatever the registry serves that day, and its advisories cannot be checked.`,
        fix: "Pin a version tag (and ideally its digest: image:1.2.3@sha256:…), and update it on purpose, e.g. with Renovate or Dependabot.",
        component: { name: imageName(ref), version: ref.tag },
        subject: `${c.workloadId ?? "image"}/image/${ref.repository}`,
      });
    }
  },
};
export default rule;
