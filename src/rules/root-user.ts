import { DROPS_ROOT_BASE, NON_ROOT_BASE } from "../catalog/images.js";
import type { SourcePos, Workload } from "../model/types.js";
import type { Report, Rule } from "./types.js";

const ROOT = /^(root|0)(:.*)?$/;

function rootReport(w: Workload, severity: Report["severity"], at: SourcePos, message: string, fix: string): Report {
  const who = w.platform.definesImage ? `${w.platform.noun}${w.name === w.platform.noun ? "" : ` "${w.name}"`}` : w.name;
  return { at, severity, title: `${who} runs as root`, message, fix, subject: `${w.id}/user` };
}

const rule: Rule = {
  meta: {
    id: "AIA206",
    name: "root-user",
    title: "Container runs as root",
    category: "root-user",
    defaultSeverity: "low",
    rationale: "Code that runs as root in a container is one kernel bug or one mount away from root on the host.",
  },
  check({ model, report }) {
    for (const w of model.workloads) {
      const user = w.security.user;
      if (user && !ROOT.test(user.value)) continue;
      if (w.platform.definesImage) {
        // No image means the chain starts FROM scratch: without USER the process still runs as uid 0,
        // unless nothing runs at all (no ENTRYPOINT/CMD: an image that only carries files).
        const base = w.image ? w.image.raw : "scratch";
        if (!user && (NON_ROOT_BASE.test(base) || (DROPS_ROOT_BASE.test(base) && w.argv.length === 0) || (!w.image && w.argv.length === 0))) continue;
        report(
          user
            ? rootReport(w, "low", { file: user.pos.file, line: user.pos.line }, `The final stage switches to USER ${user.value}, so the container's process runs as root.`, "End the final stage with `USER <non-root uid>` after the steps that need root.")
            : rootReport(w, "low", { file: w.pos.file, line: w.pos.line, endLine: w.pos.endLine }, `The final stage (FROM ${base}) never sets USER, so the container's process runs as root.`, w.platform.fix.nonRoot),
        );
        continue;
      }
      if (!w.platform.hardeningSettings) {
        // Without a setting to enforce it, an unset user is the image's choice: only an explicit root is known.
        if (user) report(rootReport(w, "low", { file: user.pos.file, line: user.pos.line }, `${w.name} sets user: ${user.value}.`, w.platform.fix.nonRoot));
        continue;
      }
      if (w.security.runAsNonRoot?.value) continue;
      // An image the catalog knows to run as non-root is not root because nothing else says so.
      if (!user && w.image && NON_ROOT_BASE.test(w.image.raw)) continue;
      if (user) {
        report(rootReport(w, "medium", { file: user.pos.file, line: user.pos.line }, `${w.name} sets runAsUser: ${user.value}: it runs as root explicitly.`, "Set runAsUser to a non-zero uid and runAsNonRoot: true."));
        continue;
      }
      if (w.partial) continue;
      report(rootReport(w, "low", { file: w.pos.file, line: w.pos.line, endLine: w.pos.endLine }, `${w.name} sets neither runAsNonRoot: true nor a non-zero runAsUser, so it runs as whatever user the image chooses, often root.`, w.platform.fix.nonRoot));
    }
  },
};
export default rule;
