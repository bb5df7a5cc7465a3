import type { BuildStep } from "../model/types.js";
import type { Rule, RuleFinding } from "./types.js";

/** A download piped into an interpreter, or fed to one through command substitution. */
const PIPE_TO_SHELL = /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+(-\S+\s+)*)?(ba|z|da|k)?sh\b|\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?python[0-9.]*\b|\b(ba|z)?sh\s+(-c\s+)?["']?\$\((curl|wget)\b|\b(ba|z)?sh\s+<\(\s*(curl|wget)\b/i;

function downloadFinding(step: BuildStep, workloadId: string, title: string, message: string, fix: string, severity: RuleFinding["severity"]): RuleFinding {
  return {
    category: "insecure-download",
    severity,
    title,
    message,
    fix,
    file: step.pos.file,
    line: step.pos.line,
    endLine: step.pos.endLine,
    logicalPath: `${workloadId}/build/${step.instruction}/${step.text.replace(/\s+/g, " ").slice(0, 120)}`,
  };
}

const rule: Rule = {
  meta: {
    id: "AIA302",
    name: "insecure-download",
    title: "Remote code run or added at build time without verification",
    category: "insecure-download",
    defaultSeverity: "medium",
    rationale: "`curl … | sh` and `ADD https://…` without a checksum run or ship whatever the server returns that day, unreviewed.",
  },
  check({ model }) {
    return model.workloads.flatMap((w) =>
      w.buildSteps.flatMap((step): RuleFinding[] => {
        if (step.instruction === "RUN") {
          const m = PIPE_TO_SHELL.exec(step.text);
          if (!m) return [];
          return [
            downloadFinding(
              step,
              w.id,
              "Downloaded script piped into a shell",
              `RUN pipes a download into an interpreter (${m[0].trim().slice(0, 80)}): the build runs whatever that URL serves, with no checksum or signature check.`,
              "Download to a file, verify its checksum or signature (sha256sum -c), then run it; better, install a pinned package or copy a pinned release artifact.",
              "medium",
            ),
          ];
        }
        if (step.instruction === "ADD") {
          const url = step.args.slice(0, -1).find((a) => /^https?:\/\//i.test(a.value));
          if (!url || step.flags.some((f) => /^--checksum=/i.test(f))) return [];
          return [
            downloadFinding(
              step,
              w.id,
              "ADD of a remote URL without --checksum",
              `ADD fetches ${url.value} without --checksum: the image contains whatever the server returns at build time.`,
              "Add `--checksum=sha256:<digest>` to the ADD instruction, or download and verify it in a RUN step.",
              "low",
            ),
          ];
        }
        return [];
      }),
    );
  },
};
export default rule;
