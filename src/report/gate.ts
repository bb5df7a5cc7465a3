// The gate's outcome as every GitHub surface states it (check run, PR comment, tracking issue, job summary).
import { failsAt } from "../findings/index.js";
import { SEVERITY_RANK, type Finding, type Severity } from "../findings/types.js";
import { plural } from "./common.js";

/** What the findings that count for the gate were told apart from. */
export type ComparisonBasis =
  /** The base revision, scanned in a worktree: new, existing and fixed findings. */
  | "base"
  /** A baseline file of accepted fingerprints: new and existing. */
  | "baseline"
  /** The pull request's changed files: findings in them are new, the rest existing. */
  | "changed-files"
  /** Not told apart: every finding counts. */
  | "none";

export interface GateOutcome {
  failOn: Severity | "none";
  failed: boolean;
  /** The unsuppressed findings that count for the gate: on a pull request the new ones, else all. */
  gated: Finding[];
  /** Existing findings (reported, not gating) and findings the pull request fixes, when compared. */
  existing: Finding[];
  fixed: Finding[];
  basis: ComparisonBasis;
  /** One sentence on how new findings were told apart, or why they were not. */
  basisNote: string;
}

/** `2 new findings at or above high fail the gate`, `No new findings at or above high`, `The gate is off (fail-on: none)`. */
export function verdict(outcome: GateOutcome): string {
  const what = outcome.basis === "none" ? "finding" : "new finding";
  if (outcome.failOn === "none") return `The gate is off (fail-on: none): ${plural(outcome.gated.length, what)}`;
  const failing = outcome.gated.filter((f) => failsAt(f, outcome.failOn)).length;
  if (outcome.failed) return `${plural(failing, what)} at or above ${outcome.failOn} ${failing === 1 ? "fails" : "fail"} the gate`;
  return `No ${what}s at or above ${outcome.failOn}`;
}

/** Whether an unsuppressed finding is reported at `minSeverity` (the `severity` input); one that fails the gate always is. */
export function isReported(finding: Finding, minSeverity: Severity, failOn: Severity | "none"): boolean {
  return !finding.suppressed && (SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[minSeverity] || failsAt(finding, failOn));
}
