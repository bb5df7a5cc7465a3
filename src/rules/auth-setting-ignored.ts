import { reportedHere } from "../analyze/credentials.js";
import { authBehaviour, findAllKnobs, knobLabel } from "../analyze/match.js";
import type { AuthBehaviour, Knob, ProductDef } from "../catalog/types.js";
import type { Rule } from "./types.js";

/**
 * Some other version of the product with authentication does not ignore this setting (Chroma 0.5 and
 * its AUTHN variables), unlike a convention borrowed from another image (REDIS_PASSWORD on redis).
 */
function supportedElsewhere(product: ProductDef, current: AuthBehaviour, knob: Knob): boolean {
  const same = (k: Knob) => (k.env !== undefined && k.env === knob.env) || (k.flag !== undefined && k.flag === knob.flag);
  return product.auth.some((b) => b !== current && b.builtIn !== "none" && !(b.ignored ?? []).some(same));
}

const rule: Rule = {
  meta: {
    id: "AIA103",
    name: "auth-setting-ignored",
    title: "Authentication setting that this version silently ignores",
    category: "missing-auth",
    defaultSeverity: "high",
    rationale: "A setting that looks like authentication but is ignored (Chroma 1.x and its 0.x auth variables) leaves the service open while the file reads as protected.",
  },
  check({ model, analysis, report }) {
    for (const workload of model.workloads) {
      const { product } = analysis.facts(workload);
      if (!product || workload.initOnly) continue;
      const version = workload.product?.version;
      const behaviour = authBehaviour(product, version);
      const reachable = workload.exposures.some((e) => e.reach === "network");
      const tag = workload.image?.tag;
      const versionText = version ?? (tag ? `as of the current release (tag ${tag} names no version)` : "as of the current release (no version tag)");
      // As written: a `${VAR}` the project's .env resolved still names the variable.
      const command = workload.argv.map((a) => a.template ?? a.value).join(" ");
      for (const hit of findAllKnobs(behaviour.ignored, workload, version)) {
        if (!reportedHere(hit)) continue;
        // `command: redis-server --requirepass $REDIS_PASSWORD` uses the variable after all.
        if (hit.knob.env && new RegExp(`\\$\\{?${hit.knob.env}\\b`).test(command)) continue;
        report({
          at: { file: hit.pos.file, line: hit.pos.line, column: hit.pos.column },
          severity: reachable ? "high" : "medium",
          title: `${product.name} ignores ${knobLabel(hit.knob)}`,
          message: `${hit.text} has no effect on ${product.name} ${versionText}: ${behaviour.summary}`,
          fix: `Remove the ignored setting and protect ${product.name} another way (an authenticating reverse proxy, or keep it off the network)${supportedElsewhere(product, behaviour, hit.knob) ? ", or pin a version that still supports it" : ""}.`,
          component: { name: product.id, version },
          subject: `${workload.id}/ignored/${knobLabel(hit.knob)}`,
        });
      }
    }
  },
};
export default rule;
