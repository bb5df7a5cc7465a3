// Runs every rule over the model and turns their reports into raw findings.
import { SEVERITY_RANK, type RawFinding } from "../findings/types.js";
import type { Report, Rule, RuleContext } from "./types.js";

export function runRules(rules: Rule[], facts: Omit<RuleContext, "report">): RawFinding[] {
  const findings: RawFinding[] = [];
  // One line merged into several workloads (a YAML anchor, a pod-level setting, an env file two
  // services read) is one finding per rule and subject, not one per workload.
  // The most severe grading wins: a committed .env line that one service reads as a client password
  // and another uses as its own published login is reported as the login.
  const seen = new Map<string, number>();
  for (const rule of rules) {
    const report = ({ at, severity, subject, ...rest }: Report): void => {
      const key = `${rule.meta.id}\0${at.file}\0${at.line}\0${at.column ?? 0}\0${subject.slice(subject.lastIndexOf("/") + 1)}`;
      const earlier = seen.get(key);
      const rank = SEVERITY_RANK[severity ?? rule.meta.defaultSeverity];
      if (earlier !== undefined && SEVERITY_RANK[findings[earlier].severity] >= rank) return;
      seen.set(key, earlier ?? findings.length);
      findings[earlier ?? findings.length] = {
        ruleId: rule.meta.id,
        category: rule.meta.category,
        severity: severity ?? rule.meta.defaultSeverity,
        ...rest,
        file: at.file,
        line: at.line,
        endLine: at.endLine,
        column: at.column,
        logicalPath: subject,
      };
    };
    rule.check({ ...facts, report });
  }
  return findings;
}
