import type { Rule } from "./types.js";
import { knobLabel } from "../analyze/match.js";
import { authDisabledElsewhere, imageLabel, lineRef, logicalPathOf, workloadNames } from "../analyze/exposure.js";

const rule: Rule = {
  meta: {
    id: "AIA101",
    name: "ai-service-without-auth",
    title: "AI service reachable from the network without authentication",
    category: "missing-auth",
    defaultSeverity: "critical",
    rationale: "Unauthenticated Ollama, Ray, Jupyter, ComfyUI and vector stores found on the internet are taken over within hours: model theft, code execution, data theft.",
  },
  check({ analysis, report }) {
    for (const g of analysis.exposed) {
      if ((g.auth.state !== "off" && g.auth.state !== "none") || g.exposure.authenticatedProxy) continue;
      const { product, exposure, auth } = g;
      const why =
        auth.state === "off" && auth.disabledBy
          ? `Authentication is switched off by ${auth.disabledBy.text} (${lineRef(auth.disabledBy.pos, exposure.pos.file)}). ${auth.behaviour.summary}`
          : auth.state === "off"
            ? `${auth.behaviour.summary} Nothing here turns it on.`
            : auth.behaviour.summary;
      // Settings that protect only other ports (client certificates on the REST port) do not help here.
      const enabling = (auth.behaviour.enabledBy ?? []).filter((k) => !k.ports || (exposure.containerPorts.length > 0 && exposure.containerPorts.every((p) => k.ports?.includes(p))));
      const enable = enabling.length ? ` Or turn on its authentication (${[...new Set(enabling.map(knobLabel))].join(", ")}).` : "";
      const critical = product.impact === "code-execution" || product.impact === "model-control";
      // Anchored at the setting that switched authentication off when there is one; AIA102 then reports the port.
      const at = authDisabledElsewhere(g) && auth.state === "off" && auth.disabledBy ? auth.disabledBy.pos : exposure.pos;
      report({
        at: { file: at.file, line: at.line, endLine: at.endLine, column: at.column },
        severity: critical ? "critical" : "high",
        title: `${product.name} reachable from the network without authentication`,
        message: `${product.name}${imageLabel(g.workloads[0])} in ${workloadNames(g.workloads)} is reachable through ${exposure.description}. ${why}`,
        fix: auth.state === "off" && auth.disabledBy ? `Remove ${auth.disabledBy.text}; or: ${exposure.fix}` : exposure.fix + enable,
        component: { name: product.id, version: g.workloads[0].product?.version },
        subject: logicalPathOf(g),
      });
    }
  },
};
export default rule;
