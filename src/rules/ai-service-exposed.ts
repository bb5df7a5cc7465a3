import type { Rule } from "./types.js";
import { weakLogin } from "../analyze/credentials.js";
import { authDisabledElsewhere, imageLabel, lineRef, logicalPathOf, workloadNames, type ExposedProduct } from "../analyze/exposure.js";

/** What stands between the network and the service, in words. */
function guardText({ exposure, auth }: ExposedProduct): string {
  if (exposure.authenticatedProxy) return "an authenticating proxy is configured in front";
  if (auth.state === "unknown") {
    return `no authentication is configured in the repository; it can only come from ${auth.from} (not in the repository) through ${auth.through.join(" or ")}: make sure it does`;
  }
  if (auth.state === "off" && auth.disabledBy) return `its authentication is switched off by ${auth.disabledBy.text} (${lineRef(auth.disabledBy.pos, exposure.pos.file)}, reported as AIA101)`;
  if (auth.state === "on" && auth.enabledBy) {
    const hit = auth.enabledBy;
    // A secret written into the file is known to everyone who can read the repository.
    const committed = !hit.indirect && hit.knob.value === undefined && hit.value !== "" ? `, with its secret written in the repository (${lineRef(hit.pos, exposure.pos.file)})` : "";
    return `authentication is configured (${hit.text})${committed}`;
  }
  return "its authentication is on by default";
}

const rule: Rule = {
  meta: {
    id: "AIA102",
    name: "ai-service-exposed",
    title: "AI service or data store reachable from the network",
    category: "exposed-service",
    defaultSeverity: "medium",
    rationale: "Authentication is the only barrier left when an AI service is published beyond localhost; one weak password or one auth-bypass CVE away from takeover.",
  },
  check({ catalog, analysis, report }) {
    for (const g of analysis.exposed) {
      if (!(g.auth.state === "on" || g.auth.state === "unknown" || g.exposure.authenticatedProxy || authDisabledElsewhere(g))) continue;
      const { product, exposure, auth } = g;
      // A login that ships with a well-known password is no barrier.
      const defaultLogin = g.workloads.map((w) => weakLogin(w, product, catalog, analysis.facts(w))).find(Boolean);
      // A reverse-proxy route is how such a file means to publish the service: worth a finding only
      // when the login behind it is weak, unknown or switched off.
      if (exposure.via === "proxy-route" && auth.state === "on" && !defaultLogin) continue;
      const guard = guardText(g);
      report({
        at: { file: exposure.pos.file, line: exposure.pos.line, endLine: exposure.pos.endLine, column: exposure.pos.column },
        severity: defaultLogin ? "high" : "medium",
        title: `${product.name} published beyond localhost`,
        message: `${product.name}${imageLabel(g.workloads[0])} in ${workloadNames(g.workloads)} is reachable through ${exposure.description}; ${guard}${defaultLogin ? `, but ${defaultLogin.name} is ${defaultLogin.reason} (${lineRef(defaultLogin.pos, exposure.pos.file)}${defaultLogin.usedAt ? `, through the \${…} at ${lineRef(defaultLogin.usedAt, exposure.pos.file)}` : ""})` : ""}.${auth.state === "on" ? " Anything that bypasses or guesses that login reaches it." : ""}`,
        fix: exposure.fix,
        component: { name: product.id, version: g.workloads[0].product?.version },
        subject: logicalPathOf(g),
      });
    }
  },
};

export default rule;
