// Severity from a CVSS vector: the score is computed from the vector, never copied from a source (a
// CNA's stated score can disagree with its own vector), and rated as the CVSS specification rates it.
import * as calculatorModule from "ae-cvss-calculator";

// A CommonJS bundle: plain Node hands it over as the default export, the bundler as the namespace itself.
const { Cvss3P0, Cvss3P1, Cvss4P0 } = (calculatorModule as { default?: typeof calculatorModule }).default ?? calculatorModule;

export type CvssLevel = "critical" | "high" | "medium" | "low" | "none";

export interface CvssSeverity {
  score: number;
  level: CvssLevel;
  version: "3.0" | "3.1" | "4.0";
}

/** Real vectors stay under 200 characters, every optional v4 metric written out included. */
const MAX_VECTOR_LENGTH = 512;
const PREFIX = /^CVSS:(3\.0|3\.1|4\.0)\//;
/** One `METRIC:VALUE` part. The calculator's own parser skips what it cannot read, so parts are checked first. */
const PART = /^[A-Z]{1,3}:[A-Za-z]{1,5}$/;

/** The qualitative rating of CVSS v3.1 §5 and v4.0 §6 (the same bands). */
export function cvssLevel(score: number): CvssLevel {
  if (score === 0) return "none";
  if (score < 4) return "low";
  if (score < 7) return "medium";
  if (score < 9) return "high";
  return "critical";
}

/**
 * The base score (v3) or the score of the whole vector (v4, whose threat and environmental metrics are
 * part of its one score) of a `CVSS:3.0/`, `CVSS:3.1/` or `CVSS:4.0/` vector; undefined for a malformed
 * vector, one missing a base metric, and CVSS v2.
 */
export function cvssSeverity(vector: string): CvssSeverity | undefined {
  if (vector.length > MAX_VECTOR_LENGTH) return undefined;
  const prefix = PREFIX.exec(vector);
  if (!prefix) return undefined;
  const version = prefix[1] as CvssSeverity["version"];
  const seen = new Set<string>();
  for (const part of vector.slice(prefix[0].length).split("/")) {
    if (!PART.test(part)) return undefined;
    const metric = part.slice(0, part.indexOf(":"));
    if (seen.has(metric)) return undefined;
    seen.add(metric);
  }
  let score: number | undefined;
  try {
    const cvss = version === "4.0" ? new Cvss4P0(vector) : version === "3.1" ? new Cvss3P1(vector) : new Cvss3P0(vector);
    if (!cvss.isBaseFullyDefined()) return undefined;
    // For v4 the calculator's `base` is the score of the whole vector.
    score = cvss.calculateScores().base;
  } catch {
    // An unknown metric or value.
    return undefined;
  }
  if (score === undefined || !Number.isFinite(score) || score < 0 || score > 10) return undefined;
  return { score, level: cvssLevel(score), version };
}
