// An advisory's severity: computed from its CVSS vector, else the rating its source states in words.
import type { Advisory } from "../catalog/types.js";
import { cvssSeverity } from "./cvss.js";
import type { AdvisoryHit } from "./types.js";

export function severityOf(advisory: Advisory): Pick<AdvisoryHit, "severity" | "score"> {
  const computed = advisory.severity.cvss ? cvssSeverity(advisory.severity.cvss) : undefined;
  if (computed) return { severity: computed.level === "none" ? "info" : computed.level, score: computed.score };
  return { severity: advisory.severity.label ?? "unknown" };
}

