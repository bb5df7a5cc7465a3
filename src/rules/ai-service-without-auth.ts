import type { Rule } from "./types.js";
import { closeExposureFix, exposedProducts, imageLabel, logicalPathOf, workloadNames } from "./exposure.js";

const rule: Rule = {
  meta: {
    id: "AIA101",
    name: "ai-service-without-auth",
    title: "AI service reachable from the network without authentication",
    category: "missing-auth",
    defaultSeverity: "critical",
    rationale: "Unauthenticated Ollama, Ray, Jupyter, ComfyUI and vector stores found on the internet are taken over within hours: model theft, code execution, data theft.",
  },
  check({ model, catalog }) {
    return exposedProducts(model, catalog)
      .filter((g) => g.auth.state !== "on" && !g.exposure.authenticatedProxy)
      .map((g) => {
        const { product, exposure, auth } = g;
        const why =
          auth.state === "off" && auth.disabledBy
            ? `authentication is switched off by ${auth.disabledBy.text} (line ${auth.disabledBy.pos.line})`
            : auth.state === "off"
              ? "its authentication is off by default and nothing here turns it on"
              : "it has no built-in authentication";
        const enable = auth.behaviour.enabledBy?.length
          ? ` Or turn on its authentication (${auth.behaviour.enabledBy.map((k) => k.env ?? k.flag ?? k.arg).join(", ")}).`
          : "";
        const critical = product.impact === "code-execution" || product.impact === "model-control";
        return {
          category: "missing-auth" as const,
          severity: critical ? ("critical" as const) : ("high" as const),
          title: `${product.name} reachable from the network without authentication`,
          message: `${product.name}${imageLabel(g.workloads[0])} in ${workloadNames(g.workloads)} is reachable through ${exposure.description}, and ${why}. ${auth.behaviour.summary}`,
          fix: closeExposureFix(exposure) + enable,
          file: exposure.pos.file,
          line: exposure.pos.line,
          endLine: exposure.pos.endLine,
          column: exposure.pos.column,
          component: { name: product.id, version: g.workloads[0].product?.version },
          logicalPath: logicalPathOf(g),
        };
      });
  },
};
export default rule;
