// The engine both entry points share, one stage per folder:
// discover → read → model → analyze → match → rules → findings → result.
import { realpathSync } from "node:fs";
import { analyze } from "./analyze/index.js";
import { catalog as embeddedCatalog } from "./catalog/index.js";
import type { Catalog } from "./catalog/types.js";
import { checkRuleReferences, type Config } from "./config/index.js";
import { discover } from "./discover/index.js";
import { excludeMatcher } from "./discover/exclude.js";
import { finalizeFindings } from "./findings/index.js";
import { matchComponents } from "./match/index.js";
import type { OsvOptions } from "./match/osv-source.js";
import { assemble } from "./model/assemble.js";
import { readCandidates, treeFileReader } from "./readers/index.js";
import { referencedFiles } from "./readers/referenced.js";
import { claimByName } from "./readers/registry.js";
import type { HelmLimits, TreeContext } from "./readers/types.js";
import { scanResult } from "./report/result.js";
import type { ScanResult } from "./report/types.js";
import { rules } from "./rules/index.js";
import { runRules } from "./rules/run.js";

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ScanOptions {
  root: string;
  config: Config;
  /** Overrides the config's size cap. */
  maxFileBytes?: number;
  catalog?: Catalog;
  /** Today as YYYY-MM-DD (for suppression expiry, end-of-life dates, the advisory data's age); defaults to the clock. */
  today?: string;
  /** OSV beside the embedded advisories: its API, a local export, or not at all (the default). */
  osv?: OsvOptions;
  /** How charts are rendered: the PATH searched for helm (default: the process's) and the limits of a run. */
  helm?: { path?: string; limits?: Partial<HelmLimits>; budgetMs?: number };
}

/** One helm run; a chart that passes a limit is read from its values instead. */
export const HELM_LIMITS: HelmLimits = {
  timeoutMs: 30_000,
  maxOutputBytes: 32 * 1024 * 1024,
  maxRssBytes: 1024 * 1024 * 1024,
  maxFiles: 5_000,
  maxChartBytes: 64 * 1024 * 1024,
};

/** Rendering time of all charts of one scan together. */
export const HELM_BUDGET_MS = 120_000;

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const { root, config } = options;
  checkRuleReferences(config, rules.map((r) => r.meta));
  const given = options.catalog ?? embeddedCatalog;
  const maxBytes = options.maxFileBytes ?? config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { candidates, listed, notices } = discover(root, { claim: claimByName, isIgnored: excludeMatcher(config.exclude) });
  const tree: TreeContext = {
    root: realpathSync(root),
    listed,
    maxBytes,
    helm: {
      render: config.helm?.render ?? true,
      values: config.helm?.values ?? {},
      path: options.helm?.path ?? process.env.PATH ?? "",
      limits: { ...HELM_LIMITS, ...options.helm?.limits },
      budget: { msLeft: options.helm?.budgetMs ?? HELM_BUDGET_MS },
    },
  };
  const { files, parts } = await readCandidates(candidates, maxBytes, notices, tree);
  const referenced = await referencedFiles(treeFileReader(root, listed, maxBytes), parts);
  const model = assemble(root, files, parts, notices, referenced);
  // The embedded advisories (a few hundred kilobytes) are loaded only when there are components to match.
  const catalog = given.advisories || model.components.length === 0 ? given : { ...given, advisories: (await import("./catalog/advisories/index.js")).advisoryData };
  const analysis = analyze(model, catalog, referenced);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { matches, sources } = await matchComponents(model, catalog, { today, ignores: config.ignore, unknownSeverity: config.unknownSeverity, osv: options.osv ?? { mode: "off" } }, notices);
  const raw = runRules(rules, { model, catalog, analysis, components: matches });
  const findings = finalizeFindings(raw, { config, rules: rules.map((r) => r.meta), files: model.files, today, notices });
  // The purl library is loaded only when there are components to name.
  const purls = model.components.length > 0 ? (await import("./report/purl.js")).purlOf : undefined;
  return scanResult(model, findings, rules.map((r) => r.meta), { matches, sources }, analysis.models, (w) => analysis.facts(w).auth, purls);
}
