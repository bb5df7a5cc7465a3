// Runs every rule over the model and turns their reports into raw findings.
import type { Analysis } from "../analyze/index.js";
import type { Catalog } from "../catalog/types.js";
import type { RawFinding } from "../findings/types.js";
import type { Model } from "../model/types.js";
import type { Report, Rule } from "./types.js";

export function runRules(rules: Rule[], model: Model, catalog: Catalog, analysis: Analysis): RawFinding[] {
  const findings: RawFinding[] = [];
  // One line merged into several workloads (a YAML anchor, a pod-level setting, an env file two
  // services read) is one finding per rule and subject, not one per workload.
  const seen = new Set<string>();
  for (const rule of rules) {
    const report = ({ at, severity, subject, ...rest }: Report): void => {
      const key = `${rule.meta.id}\0${at.file}\0${at.line}\0${at.column ?? 0}\0${subject.slice(subject.lastIndexOf("/") + 1)}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        ruleId: rule.meta.id,
        category: rule.meta.category,
        severity: severity ?? rule.meta.defaultSeverity,
        ...rest,
        file: at.file,
        line: at.line,
        endLine: at.endLine,
        column: at.column,
        logicalPath: subject,
      });
    };
    rule.check({ model, catalog, analysis, report });
  }
  return findings;
}
