import { SEVERITY_RANK, SEVERITIES, type FindingAdvisory, type Severity } from "../findings/types.js";
import { componentLabel, componentName, componentWhat, upgradedLabel } from "../match/describe.js";
import type { AdvisoryHit, ComponentMatch } from "../match/types.js";
import type { Workload } from "../model/types.js";
import type { Rule, RuleContext } from "./types.js";

/** Advisories named in the message itself; the finding's component lists them all. */
const LISTED = 4;

const rule: Rule = {
  meta: {
    id: "AIA501",
    name: "vulnerable-component",
    title: "Component with known vulnerabilities",
    category: "vulnerable-component",
    defaultSeverity: "high",
    rationale: "An image, package or tool pinned at a version with published advisories: attackers scan for exactly these versions.",
  },
  check({ components, analysis, report }) {
    for (const match of components) {
      if (match.advisories.length === 0) continue;
      const counted = match.advisories.filter((a) => !a.accepted);
      const worst = worstOf(counted.length ? counted : match.advisories);
      const door = reachableThrough(match.runBy, analysis);
      const severity = door ? raise(worst) : worst;
      const label = componentLabel(match.component);
      const unknown = counted.some((a) => a.severity === "unknown");
      const accepted = match.advisories.length - counted.length;
      report({
        at: match.component.pos,
        severity,
        title: `${label} has ${plural(counted.length || match.advisories.length, "known vulnerability", "known vulnerabilities")}`,
        message:
          `${label} is ${componentWhat(match)}, affected by ${describeList(counted.length ? counted : match.advisories)}.` +
          (door ? ` It is reachable from the network (${door}), which raises the severity by one step.` : "") +
          (unknown ? ` An advisory without a CVSS vector or rating counts as ${counted.find((h) => h.severity === "unknown")?.counted ?? "high"}.` : "") +
          (accepted ? ` ${plural(accepted, "advisory is", "advisories are")} accepted in the config.` : ""),
        fix: fixText(match, counted),
        subject: `${match.runBy[0]?.id ?? "component"}/component/${componentName(match.component)}`,
        component: {
          name: componentName(match.component),
          version: match.identity?.version ?? match.component.version,
          ...(match.component.type === "package" ? { ecosystem: match.component.ecosystem } : {}),
          advisories: match.advisories.map(findingAdvisory),
          ...(match.upgrade ? { upgrade: match.upgrade.version } : {}),
        },
      });
    }
  },
};
export default rule;

function worstOf(hits: AdvisoryHit[]): Severity {
  // No published severity counts as the config says (high by default): unknown must not pass a gate set at high.
  return hits.map((h) => h.counted).reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), "info" as Severity);
}

/** One step more severe, up to critical. */
function raise(severity: Severity): Severity {
  const index = SEVERITIES.indexOf(severity);
  return SEVERITIES[Math.max(0, index - 1)];
}

/** How a workload running the component is reached from the network, in words; undefined when none is. */
function reachableThrough(workloads: Workload[], analysis: RuleContext["analysis"]): string | undefined {
  for (const workload of workloads) {
    const facts = analysis.facts(workload);
    if (facts.product && !facts.listensBeyondLoopback) continue;
    const exposure = workload.exposures.find((e) => e.reach === "network" && !e.authenticatedProxy);
    if (!exposure) continue;
    const auth = facts.auth && (facts.auth.state === "off" || facts.auth.state === "none") ? ", without authentication" : "";
    return `${exposure.description}, line ${exposure.pos.line}${exposure.pos.file === workload.file ? "" : ` of ${exposure.pos.file}`}${auth}`;
  }
  return undefined;
}

function describeList(hits: AdvisoryHit[]): string {
  const sorted = [...hits].sort((a, b) => rank(b) - rank(a));
  const named = sorted.slice(0, LISTED).map((h) => {
    const grade = h.severity === "unknown" ? "severity not published" : `${h.severity}${h.score !== undefined ? ` ${h.score.toFixed(1)}` : ""}`;
    const exploited = h.advisory.knownExploited ? ", exploited in the wild" : "";
    const fixed = h.fixed ? `fixed in ${h.fixed}` : h.lastAffected ? `no fix named, last known affected ${h.lastAffected}` : "no fixed release";
    const only = h.advisory.condition ? `; affects ${h.advisory.condition}` : "";
    return `${h.advisory.id} (${grade}${exploited}: ${h.advisory.summary.replace(/\.$/, "")}${only}; ${fixed})`;
  });
  const more = sorted.length - named.length;
  return named.join("; ") + (more > 0 ? `; and ${more} more` : "");
}

function rank(hit: AdvisoryHit): number {
  return SEVERITY_RANK[hit.counted] * 100 + (hit.score ?? 0);
}

function fixText(match: ComponentMatch, counted: AdvisoryHit[]): string {
  const upgraded = upgradedLabel(match);
  const unfixed = counted.filter((h) => !h.fixed && !h.lastAffected).map((h) => h.advisory.id);
  if (upgraded) {
    const where = match.upgrade?.sameLine ? "the smallest upgrade on the same release line" : "the smallest version that fixes them all; no release of this line does";
    return `Upgrade to ${upgraded} (${where}).`;
  }
  if (match.beyond) return `No release is named as the fix, but none after ${match.beyond} is known to be affected: upgrade to a release newer than ${match.beyond}.`;
  const mitigate = "keep it off untrusted networks and behind authentication until a fix is released, or accept the advisory in the config with a reason and a date";
  return unfixed.length ? `No released version fixes ${unfixed.join(", ")}: ${mitigate}.` : `Upgrade to a release outside every listed range; ${mitigate}.`;
}

function findingAdvisory(hit: AdvisoryHit): FindingAdvisory {
  const a = hit.advisory;
  return {
    id: a.id,
    ...(a.aliases.length ? { aliases: a.aliases } : {}),
    severity: hit.severity,
    ...(hit.score !== undefined ? { score: hit.score } : {}),
    summary: a.summary,
    ...(hit.fixed ? { fixed: hit.fixed } : {}),
    ...(a.knownExploited ? { knownExploited: true } : {}),
    ...(a.condition ? { condition: a.condition } : {}),
    url: a.source,
    ...(hit.accepted !== undefined ? { accepted: hit.accepted } : {}),
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
