// A rule is one file: `meta` describes it (stable id, category, default severity, docs),
// `check` is a pure function of the normalised model that returns findings.
import type { Category, RawFinding, Severity } from "../findings/types.js";
import type { Catalog } from "../catalog/types.js";
import type { Model } from "../model/types.js";

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

export interface RuleContext {
  model: Model;
  catalog: Catalog;
}

/** A finding as a rule builds it: the rule id is filled in from meta. */
export type RuleFinding = Omit<RawFinding, "ruleId">;

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleFinding[];
}
