// Turns what the rules reported into findings: config severities, fingerprints that survive
// unrelated edits (rule + file + logical path, never the line), inline and config suppressions.
// Inline suppressions are read from comments only, per file syntax: the scanned tree is the pull
// request's, and a marker inside a value must not silence a finding.
import { createHash } from "node:crypto";
import { minimatch } from "minimatch";
import { CONFIG_FILE, type Config } from "../config/index.js";
import type { InlineIgnore, Notice, SourceFile } from "../model/types.js";
import type { RuleMeta } from "../rules/types.js";
import { SEVERITY_RANK, type Finding, type RawFinding, type Severity } from "./types.js";

export const INLINE_MARKER = "ai-infra-audit:ignore";
const MARKER_COMMENT = /#\s*ai-infra-audit:ignore(?:\s+([\w,-]+))?(?:\s+(.*))?$/;

/** A comment of a scanned file: its line (1-based) and its text from the `#` to the end of the line. */
export interface Comment {
  line: number;
  text: string;
}

/** How a format writes comments, supplied by its reader: the comments of a text, and the rule in words. */
export interface CommentSyntax {
  comments(text: string, lines: string[]): Comment[];
  /** For the warning when the marker stands elsewhere: "in a Dockerfile a comment is a line that starts with #". */
  where: string;
}

/**
 * `# ai-infra-audit:ignore AIA101,AIA102 reason…` in a comment of the file's syntax. The marker in a
 * value (a quoted string, a block scalar, a `RUN` line, a heredoc) is text of the file, not a comment
 * of it, and suppresses nothing: anyone who can put text in a value could otherwise silence a finding.
 */
export function inlineIgnores(text: string, file: string, notices: Notice[], syntax: CommentSyntax): InlineIgnore[] {
  if (!text.includes(INLINE_MARKER)) return [];
  const lines = text.split(/\r?\n/);
  const out: InlineIgnore[] = [];
  const applied = new Set<number>();
  for (const comment of syntax.comments(text, lines)) {
    const m = MARKER_COMMENT.exec(comment.text.trimEnd());
    if (!m) continue;
    applied.add(comment.line);
    const reason = (m[2] ?? "").trim();
    if (!m[1] || !reason) {
      notices.push({ file, line: comment.line, kind: "warning", message: `${INLINE_MARKER} needs a rule id and a reason ("# ${INLINE_MARKER} AIA101 served only on the VPN"); not applied` });
      continue;
    }
    for (const ruleId of m[1].split(",")) out.push({ line: comment.line, ruleId, reason });
  }
  lines.forEach((line, i) => {
    if (line.includes(INLINE_MARKER) && !applied.has(i + 1)) {
      notices.push({ file, line: i + 1, kind: "warning", message: `${INLINE_MARKER} is not in a comment here (${syntax.where}); not applied` });
    }
  });
  return out;
}

export function fingerprintOf(raw: Pick<RawFinding, "ruleId" | "file" | "logicalPath">): string {
  return createHash("sha256").update(`${raw.ruleId}\0${raw.file}\0${raw.logicalPath}`).digest("hex").slice(0, 32);
}

export interface FinalizeOptions {
  config: Config;
  rules: RuleMeta[];
  files: SourceFile[];
  /** Today as YYYY-MM-DD, for `until` dates. */
  today: string;
  notices: Notice[];
}

export function finalizeFindings(raw: RawFinding[], options: FinalizeOptions): Finding[] {
  const { config, rules, today } = options;
  const byRef = (ref: string): RuleMeta | undefined => rules.find((r) => r.id === ref || r.name === ref);
  const ruleConfig = (id: string) => {
    const meta = byRef(id);
    return config.rules[id] ?? (meta ? config.rules[meta.name] : undefined);
  };
  const ignoresByFile = new Map(options.files.map((f) => [f.path, f.ignores]));
  // An ignore comment that names no rule (`# ai-infra-audit:ignore lab only`) would silently do nothing.
  for (const file of options.files) {
    for (const ignore of file.ignores) {
      if (!byRef(ignore.ruleId)) options.notices.push({ file: file.path, line: ignore.line, kind: "warning", message: `${INLINE_MARKER}: unknown rule "${ignore.ruleId}"; not applied (write the rule id, then the reason)` });
    }
  }
  const activeIgnores = config.ignore.filter((entry) => {
    if (entry.until && entry.until < today) {
      options.notices.push({ file: config.source ?? CONFIG_FILE, line: entry.line, kind: "warning", message: `ignore entry "${entry.reason}" expired on ${entry.until}; its findings are reported again` });
      return false;
    }
    return true;
  });
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  for (const finding of raw) {
    const rc = ruleConfig(finding.ruleId);
    if (rc && !rc.enabled) continue;
    const severity: Severity = rc?.severity ?? finding.severity;
    let fingerprint = fingerprintOf(finding);
    // Two findings with the same logical path stay distinct, in a stable order.
    const n = (seen.get(fingerprint) ?? 0) + 1;
    seen.set(fingerprint, n);
    if (n > 1) fingerprint = `${fingerprint}:${n}`;
    const meta = byRef(finding.ruleId);
    const matchesRule = (ref: string) => ref === finding.ruleId || ref === meta?.name;
    const inline = (ignoresByFile.get(finding.file) ?? []).find((ig) => (ig.line === finding.line || ig.line === finding.line - 1) && matchesRule(ig.ruleId));
    const configured = activeIgnores.find(
      (entry) =>
        entry.advisories.length === 0 &&
        (entry.rules.length === 0 || entry.rules.some(matchesRule)) &&
        (entry.paths.length === 0 || entry.paths.some((glob) => minimatch(finding.file, glob, { dot: true }))),
    );
    // Advisories accepted in the config are marked by the matching stage; a finding whose every advisory is accepted is suppressed.
    const advisories = finding.component?.advisories ?? [];
    const accepted = advisories.length > 0 && advisories.every((a) => a.accepted !== undefined) ? advisories[0].accepted : undefined;
    const suppression = inline
      ? { kind: "inline" as const, reason: inline.reason }
      : configured
        ? { kind: "config" as const, reason: configured.reason }
        : accepted !== undefined
          ? { kind: "config" as const, reason: accepted }
          : undefined;
    findings.push({ ...finding, severity, fingerprint, suppressed: suppression !== undefined, ...(suppression ? { suppression } : {}) });
  }
  return findings;
}

/** The gate: true when an unsuppressed finding is at or above the threshold. */
export function failsGate(findings: Finding[], failOn: Severity | "none"): boolean {
  return findings.some((f) => failsAt(f, failOn));
}

/** Whether one finding fails a gate at `failOn`: unsuppressed, at or above it. */
export function failsAt(finding: Finding, failOn: Severity | "none"): boolean {
  return failOn !== "none" && !finding.suppressed && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}
