// A check run's output and annotations (https://docs.github.com/en/rest/checks/runs): the title, a
// summary and a text of at most 65,535 characters each, and one annotation per finding on the repository's
// path and line. The caller sends the annotations 50 per request, the API's limit.
import type { Finding, Severity } from "../findings/types.js";
import { ruleDocUrl, stripControl } from "./common.js";

export type CheckAnnotationLevel = "failure" | "warning" | "notice";

/** As the Checks API takes it (`output.annotations[]`). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only on a one-line annotation (the API refuses columns across lines). */
  start_column?: number;
  end_column?: number;
  annotation_level: CheckAnnotationLevel;
  title: string;
  message: string;
}

/** The API's limits: `output.summary` and `output.text` (maxLength), `title` of an annotation. */
export const CHECK_TEXT_MAX = 65_535;
const ANNOTATION_TITLE_MAX = 255;
/** A finding's message and fix are a few sentences; a hostile file could make them huge (the API takes 64 KB). */
const ANNOTATION_MESSAGE_MAX = 4_000;

const LEVEL: Record<Severity, CheckAnnotationLevel> = { critical: "failure", high: "failure", medium: "warning", low: "notice", info: "notice" };

/** Cut to `max` UTF-16 units (never more characters than the API counts), marked with `…`. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never split a surrogate pair.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}

/** The annotation of a finding; `prefix` is the scanned directory's path in the repository (`""` at its root). */
export function checkAnnotation(finding: Finding, prefix: string): CheckAnnotation {
  const endLine = Math.max(finding.endLine ?? finding.line, finding.line);
  const oneLine = endLine === finding.line && finding.column !== undefined;
  return {
    path: prefix ? `${prefix}/${finding.file}` : finding.file,
    start_line: finding.line,
    end_line: endLine,
    ...(oneLine ? { start_column: finding.column, end_column: finding.column } : {}),
    annotation_level: LEVEL[finding.severity],
    title: cut(stripControl(`${finding.ruleId} ${finding.title}`).replace(/\n/g, " "), ANNOTATION_TITLE_MAX),
    message: cut(stripControl(`${finding.severity}: ${finding.message}\nFix: ${finding.fix}\n${ruleDocUrl(finding.ruleId)}`), ANNOTATION_MESSAGE_MAX),
  };
}
