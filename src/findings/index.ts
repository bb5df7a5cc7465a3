// Turns what the rules reported into findings: config severities, fingerprints that survive
// unrelated edits (rule + file + logical path, never the line), inline and config suppressions.
// Inline suppressions are read from comments only, per file syntax: the scanned tree is the pull
// request's, and a marker inside a value must not silence a finding.
import { createHash } from "node:crypto";
import { minimatch } from "minimatch";
import { CONFIG_FILE, type Config } from "../config/index.js";
import { LineCounter, Parser } from "yaml";
import type { FileFormat, InlineIgnore, Notice, SourceFile } from "../model/types.js";
import { parseDockerfile } from "../parsers/dockerfile.js";
import type { RuleMeta } from "../rules/types.js";
import { SEVERITY_RANK, type Finding, type RawFinding, type Severity } from "./types.js";

export const INLINE_MARKER = "ai-infra-audit:ignore";
const MARKER_COMMENT = /#\s*ai-infra-audit:ignore(?:\s+([\w,-]+))?(?:\s+(.*))?$/;

/** How comments are written: YAML (compose, Kubernetes), Dockerfile, env file. */
export type CommentSyntax = FileFormat | "yaml" | "env";

interface Comment {
  /** 1-based. */
  line: number;
  /** From the `#` to the end of the line. */
  text: string;
}

/**
 * The comments of a YAML stream, as the YAML parser reads them: `#` at the start of a line or after
 * white space, never inside a quoted or block scalar (`command: "echo # x"`, `run: |` bodies).
 */
function yamlComments(text: string): Comment[] {
  const lineCounter = new LineCounter();
  const comments: Comment[] = [];
  for (const document of new Parser(lineCounter.addNewLine).parse(text)) {
    // The CST nests comments in several places (document start, map items, flow collections, scalar
    // ends); each is a token of type "comment". Walked with a stack: hostile nesting cannot overflow it.
    const stack: unknown[] = [document];
    while (stack.length > 0) {
      const node = stack.pop();
      // One push per child: spreading a flow sequence of a million items would overflow the call stack.
      if (Array.isArray(node)) for (const child of node) stack.push(child);
      else if (typeof node === "object" && node !== null) {
        const token = node as { type?: unknown; offset?: unknown; source?: unknown };
        if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
          comments.push({ line: lineCounter.linePos(token.offset).line, text: token.source });
        } else for (const child of Object.values(node)) stack.push(child);
      }
    }
  }
  return comments;
}

/**
 * The comments of a Dockerfile: lines whose first non-blank character is `#` (also between continued
 * lines, which BuildKit drops), except in heredoc bodies, which are the script's text. A `#` after an
 * instruction is not a Dockerfile comment (`RUN x # y` hands `# y` to the shell).
 */
function dockerfileComments(text: string, lines: string[]): Comment[] {
  const inHeredoc = new Set<number>();
  for (const stage of parseDockerfile(text, "").stages) {
    for (const instruction of stage.instructions) {
      for (const heredoc of instruction.heredocs) {
        // The body's lines and the terminator after them.
        const count = heredoc.body.split("\n").length;
        for (let line = heredoc.line; line < heredoc.line + count; line++) inHeredoc.add(line);
      }
    }
  }
  return wholeLineComments(lines).filter((comment) => !inHeredoc.has(comment.line));
}

/** Lines whose first non-blank character is `#`: the only comments of env files. */
function wholeLineComments(lines: string[]): Comment[] {
  return lines.flatMap((line, i) => (/^\s*#/.test(line) ? [{ line: i + 1, text: line.trimStart() }] : []));
}

function commentsOf(text: string, syntax: CommentSyntax, lines: string[]): Comment[] {
  if (syntax === "dockerfile") return dockerfileComments(text, lines);
  if (syntax === "env") return wholeLineComments(lines);
  return yamlComments(text);
}

const WHERE_COMMENTS_ARE: Record<CommentSyntax, string> = {
  dockerfile: "in a Dockerfile a comment is a line that starts with #",
  env: "in an env file a comment is a line that starts with #",
  yaml: "a YAML comment starts with # at the start of a line or after a space, outside quotes",
  compose: "a YAML comment starts with # at the start of a line or after a space, outside quotes",
  kubernetes: "a YAML comment starts with # at the start of a line or after a space, outside quotes",
};

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
  for (const comment of commentsOf(text, syntax, lines)) {
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
      notices.push({ file, line: i + 1, kind: "warning", message: `${INLINE_MARKER} is not in a comment here (${WHERE_COMMENTS_ARE[syntax]}); not applied` });
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
        (entry.rules.length === 0 || entry.rules.some(matchesRule)) &&
        (entry.paths.length === 0 || entry.paths.some((glob) => minimatch(finding.file, glob, { dot: true }))),
    );
    const suppression = inline ? { kind: "inline" as const, reason: inline.reason } : configured ? { kind: "config" as const, reason: configured.reason } : undefined;
    findings.push({ ...finding, severity, fingerprint, suppressed: suppression !== undefined, ...(suppression ? { suppression } : {}) });
  }
  return findings;
}

/** The gate: true when an unsuppressed finding is at or above the threshold. */
export function failsGate(findings: Finding[], failOn: Severity | "none"): boolean {
  if (failOn === "none") return false;
  return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
