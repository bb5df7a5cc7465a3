// A rule is one file: `meta` describes it (stable id, category, default severity, docs), `check`
// reads the model and its analysis and calls `report` for each problem. The engine fills in the rule
// id, the category and the position, and drops repeats (one line merged into several workloads).
import type { Analysis } from "../analyze/index.js";
import type { Catalog } from "../catalog/types.js";
import type { Category, FindingComponent, Severity } from "../findings/types.js";
import type { ComponentMatch } from "../match/types.js";
import type { Model, SourcePos } from "../model/types.js";

export interface RuleMeta {
  /** Stable id, never reused: `AIA101`. */
  id: string;
  /** Short kebab-case name shown next to the id: `ai-service-without-auth`. */
  name: string;
  title: string;
  category: Category;
  /** The severity when the rule itself does not compute one; config may override. */
  defaultSeverity: Severity;
  /** One-line rationale, shown in SARIF `fullDescription` and the rule list. */
  rationale: string;
}

/** What a rule reports; the engine turns it into a finding. */
export interface Report {
  /** Where the finding points: the line that has to change. */
  at: SourcePos;
  /** Defaults to the rule's `defaultSeverity`. */
  severity?: Severity;
  title: string;
  message: string;
  /** How to fix it, one or two sentences. */
  fix: string;
  /**
   * What the finding is about, independent of line numbers (`services.ollama/exposure/published-port`);
   * with the rule id and file it forms the fingerprint. Its last segment names the subject: two reports of
   * one rule at one position with the same subject are one finding.
   */
  subject: string;
  component?: FindingComponent;
}

export interface RuleContext {
  model: Model;
  catalog: Catalog;
  analysis: Analysis;
  /** The components the matching stage found something about (advisories, end-of-life lines, an outdated release), with the upgrade. */
  components: ComponentMatch[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
