// Workflow-command annotations: the findings GitHub shows on the pull request's diff and the run's page.
// GitHub displays at most 10 errors, 10 warnings and 10 notices per step (actions/toolkit docs,
// problem-matchers.md, "Limitations") and drops the rest silently: the worst come first, and when a level
// overflows its last annotation says how many more there are and where they are.
import type { Severity } from "../findings/types.js";
import { activeFindings, sortFindings } from "./common.js";
import type { ScanResult } from "./types.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Relative to the repository root, with `/`. */
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

/** What GitHub shows of each level in one step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL: Record<Severity, AnnotationLevel> = { critical: "error", high: "error", medium: "warning", low: "notice", info: "notice" };
const LEVEL_WORDS: Record<AnnotationLevel, string> = { error: "critical or high", warning: "medium", notice: "low or info" };

/**
 * The annotations for the unsuppressed findings, worst first, at most ANNOTATIONS_PER_LEVEL per level.
 * `prefix` is the scanned directory relative to the repository root (`""` for the root itself).
 */
export function annotations(result: ScanResult, prefix: string): Annotation[] {
  const byLevel = new Map<AnnotationLevel, Annotation[]>([["error", []], ["warning", []], ["notice", []]]);
  const counts = new Map<AnnotationLevel, number>([["error", 0], ["warning", 0], ["notice", 0]]);
  for (const finding of sortFindings(activeFindings(result.findings))) {
    const level = LEVEL[finding.severity];
    counts.set(level, (counts.get(level) ?? 0) + 1);
    const list = byLevel.get(level) as Annotation[];
    if (list.length === ANNOTATIONS_PER_LEVEL) continue;
    list.push({
      level,
      title: `${finding.ruleId} ${finding.title}`,
      message: `${finding.severity}: ${finding.message}\nFix: ${finding.fix}`,
      file: prefix ? `${prefix}/${finding.file}` : finding.file,
      startLine: finding.line,
      endLine: finding.endLine,
      startColumn: finding.endLine === undefined || finding.endLine === finding.line ? finding.column : undefined,
    });
  }
  const out: Annotation[] = [];
  for (const [level, list] of byLevel) {
    const more = (counts.get(level) ?? 0) - list.length;
    // The last place goes to the count of what GitHub would not show.
    if (more > 0) {
      const hidden = more + 1;
      list[list.length - 1] = {
        level,
        title: `${hidden} more ${LEVEL_WORDS[level]} findings`,
        message: `GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step: ${hidden} more ${LEVEL_WORDS[level]} findings are in the job summary and the SARIF or JSON report.`,
      };
    }
    out.push(...list);
  }
  return out;
}
