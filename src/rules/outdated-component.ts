import { componentLabel, componentName, componentWhat } from "../match/describe.js";
import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA503",
    name: "outdated-component",
    title: "AI product more than one release line behind",
    category: "outdated-component",
    defaultSeverity: "low",
    rationale: "AI servers move fast and fix security bugs only on their newest lines; a version two lines behind is where the next advisory lands unfixed.",
  },
  check({ components, report }) {
    for (const match of components) {
      const outdated = match.outdated;
      // A vulnerable or end-of-life component is already reported with its upgrade.
      if (!outdated || match.advisories.length > 0 || match.eol.length > 0) continue;
      const label = componentLabel(match.component);
      const [newest, previous] = outdated.newestLines;
      report({
        at: match.component.pos,
        title: `${label} is more than one release line behind`,
        message: `${label} is ${componentWhat(match)}; the newest lines are ${newest} and ${previous} (${outdated.latest} as of ${outdated.asOf}). No advisory is known against it today, but fixes land on the newest lines first.`,
        fix: `Upgrade to a ${newest} release (${outdated.latest}, see ${outdated.source}) and read its release notes for breaking changes.`,
        subject: `${match.runBy[0]?.id ?? "component"}/outdated/${componentName(match.component)}`,
        component: { name: componentName(match.component), version: match.identity?.version ?? match.identity?.written },
      });
    }
  },
};
export default rule;
