// What the run shows on GitHub besides its log: a check run with every annotation, the pull request's one
// comment, the scheduled audit's tracking issue. These are for display: the gate is the job's own result.
// A token that may not write (a fork's, a missing permission) never fails the run or changes its result:
// the findings then go to workflow-command annotations and the job summary, and one line says what to add.
import * as core from "@actions/core";
import type { Finding, Severity } from "../findings/types.js";
import { publishCheckRun } from "../github/check-run.js";
import { GitHubError, type GitHubClient } from "../github/client.js";
import { publishStickyComment, type CommentPolicy } from "../github/sticky-comment.js";
import { publishTrackingIssue } from "../github/tracking-issue.js";
import { checkAnnotation } from "../report/check-run.js";
import { activeFindings, logText, plural, sortFindings } from "../report/common.js";
import { isReported, verdict, type GateOutcome } from "../report/gate.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderAllClear, renderAuditClear, renderAuditIssue, renderPrComment, type ReviewInput } from "../report/pr-comment.js";
import type { ScanResult } from "../report/types.js";
import type { RunEvent } from "./event.js";

/** `pr`: a check run and the comment; `audit`: the tracking issue; `report` (a push): a check run. */
export type RunMode = "pr" | "audit" | "report";

/** Annotations sent at most (20 requests of 50): beyond them the check run says how many more there are and where. */
export const MAX_CHECK_ANNOTATIONS = 1000;

export interface GitHubReportInput {
  client: GitHubClient;
  event: RunEvent & { repository: { owner: string; repo: string } };
  mode: RunMode;
  checkName: string;
  annotate: boolean;
  comment: CommentPolicy;
  result: ScanResult;
  outcome: GateOutcome;
  minSeverity: Severity;
  configChanges: string[];
  prefix: string;
  today: string;
}

export interface GitHubReport {
  /** The check run's page, else the comment's or the issue's. */
  reportUrl?: string;
  /** The check run carries the annotations: workflow-command annotations would repeat them. */
  annotated: boolean;
  /** What could not be written, and what to do about it: for the job summary. */
  problems: string[];
}

/** The hidden marker that finds this tool's comment or issue again; one per check name, so two scans of one repository keep apart. */
export function markerFor(checkName: string): string {
  return `<!-- ai-infra-audit: ${checkName.replace(/[^A-Za-z0-9 ._-]/g, "_")} -->`;
}

const PERMISSION: Record<string, string> = {
  "check run": '"checks: write"',
  comment: '"pull-requests: write" (or "issues: write")',
  "tracking issue": '"issues: write"',
};

/** One line for the log and the summary: a missing permission named, anything else said as it is. */
function problem(what: string, error: unknown, fallback: string): string {
  if (error instanceof GitHubError && error.failure === "forbidden") {
    return `the token may not write the ${what} (${error.message}): add ${PERMISSION[what]} to the job's permissions; ${fallback}`;
  }
  return `the ${what} could not be written (${error instanceof Error ? error.message : String(error)}); ${fallback}`;
}

export async function reportOnGitHub(input: GitHubReportInput): Promise<GitHubReport> {
  const { client, event, outcome, result } = input;
  const { owner, repo } = event.repository;
  const marker = markerFor(input.checkName);
  const shown = (finding: Finding) => isReported(finding, input.minSeverity, outcome.failOn);
  const review: ReviewInput = {
    marker,
    result,
    outcome,
    minSeverity: input.minSeverity,
    configChanges: input.configChanges,
    prefix: input.prefix,
    links: { blobBase: event.headSha ? `${event.serverUrl}/${owner}/${repo}/blob/${event.headSha}` : undefined, runUrl: event.runUrl },
  };
  const problems: string[] = [];
  const report: GitHubReport = { annotated: false, problems };

  // An audit reports in its tracking issue: it needs no check run (nor `checks: write`).
  if (event.headSha && input.mode !== "audit") {
    const annotated = input.annotate ? sortFindings(activeFindings(outcome.gated).filter((f) => shown(f))) : [];
    const sent = annotated.slice(0, MAX_CHECK_ANNOTATIONS);
    const left = annotated.length - sent.length;
    const summary = renderPrComment({ ...review, marker: "" }).trimEnd() + (left > 0 ? `\n\n${plural(left, "more finding")} not annotated: GitHub's API takes annotations 50 a request, and this run sends ${MAX_CHECK_ANNOTATIONS} at most. All of them are in the job summary and the SARIF or JSON report.` : "");
    const reported = { ...result, findings: result.findings.filter((f) => shown(f)) };
    try {
      const run = await publishCheckRun(client, {
        owner,
        repo,
        name: input.checkName,
        headSha: event.headSha,
        conclusion: outcome.failed ? "failure" : "success",
        title: verdict(outcome),
        summary,
        text: renderMarkdown(reported, { title: "Every finding", maxBytes: 60_000 }),
        annotations: sent.map((f) => checkAnnotation(f, input.prefix)),
        detailsUrl: event.runUrl,
      });
      report.reportUrl = run.url;
      review.links.checkRunUrl = run.url;
      report.annotated = input.annotate;
      core.info(`ai-infra-audit: check run "${logText(input.checkName)}" on ${event.headSha.slice(0, 12)}: ${plural(sent.length, "annotation")}${left > 0 ? `, ${left} more in the job summary` : ""}`);
    } catch (error) {
      problems.push(problem("check run", error, "the findings are annotated with workflow commands instead"));
    }
  }

  if (input.mode === "pr" && event.pullRequest) {
    // Existing findings alone are no news for this pull request: the job summary has them.
    const news = activeFindings(outcome.gated).some((f) => shown(f)) || input.configChanges.length > 0;
    try {
      const comment = await publishStickyComment(client, {
        owner,
        repo,
        issue: event.pullRequest.number,
        marker,
        policy: input.comment,
        hasFindings: news,
        failed: outcome.failed,
        body: () => renderPrComment(review),
        clearBody: () => renderAllClear(review),
      });
      report.reportUrl ??= comment.url;
      if (comment.action !== "none") core.info(`ai-infra-audit: pull request comment ${comment.action}${comment.deleted ? ` (${plural(comment.deleted, "older copy")} deleted)` : ""}`);
    } catch (error) {
      problems.push(problem("comment", error, "the report is in the job summary"));
    }
  }

  if (input.mode === "audit") {
    const clean = !activeFindings(outcome.gated).some((f) => shown(f));
    const audit = { ...review, date: input.today };
    const rendered = clean ? undefined : renderAuditIssue(audit);
    try {
      const issue = await publishTrackingIssue(client, {
        owner,
        repo,
        marker,
        clean,
        title: rendered?.title ?? "",
        body: () => rendered?.body ?? "",
        clearBody: () => renderAuditClear(audit),
      });
      report.reportUrl ??= issue.url;
      if (issue.action !== "none") core.info(`ai-infra-audit: tracking issue ${issue.action}${issue.url ? `: ${issue.url}` : ""}`);
    } catch (error) {
      problems.push(problem("tracking issue", error, "the report is in the job summary"));
    }
  }
  for (const line of problems) core.warning(logText(`ai-infra-audit: ${line}`));
  core.info(`ai-infra-audit: ${plural(client.requests, "GitHub API request")}`);
  return report;
}
