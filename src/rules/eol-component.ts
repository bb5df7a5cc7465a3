import { componentLabel, componentName } from "../match/describe.js";
import type { EolHit } from "../match/types.js";
import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA502",
    name: "eol-component",
    title: "Component past its end of life",
    category: "eol-component",
    defaultSeverity: "medium",
    rationale: "A release line past its end of life gets no security fixes: every advisory published from then on stays open.",
  },
  check({ components, report }) {
    for (const match of components) {
      if (match.eol.length === 0) continue;
      const label = componentLabel(match.component);
      const lines = match.eol.map(lineText);
      report({
        at: match.component.pos,
        title: `${label} is built on ${match.eol.map((e) => `${e.product.name} ${e.line.line}`).join(" and ")}, past end of life`,
        message: `${label}: ${lines.join("; ")}. No security fixes are published for ${match.eol.length > 1 ? "these lines" : "this line"} any more.`,
        fix: `Move to a supported line: ${match.eol.map(successor).join("; ")}.`,
        subject: `${match.runBy[0]?.id ?? "component"}/eol/${componentName(match.component)}`,
        component: { name: componentName(match.component), version: match.component.version },
      });
    }
  },
};
export default rule;

function lineText(hit: EolHit): string {
  const codename = hit.line.codename ? ` (${hit.line.codename})` : "";
  const how = hit.via === "base-os" ? "its base OS, " : "";
  return `${how}${hit.product.name} ${hit.line.line}${codename}, reached end of life on ${hit.line.eol}`;
}

function successor(hit: EolHit): string {
  const next = hit.successor;
  if (!next) return `a supported release of ${hit.product.name}`;
  return `${hit.product.name} ${next.line}${next.codename ? ` (${next.codename})` : ""}${next.eol ? `, supported until ${next.eol}` : ""}`;
}
