import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA001",
    name: "parse-error",
    title: "File could not be parsed",
    category: "parse-error",
    defaultSeverity: "info",
    rationale: "A file the scanner cannot read is a file nobody checked; the rest of the repository is still scanned.",
  },
  check({ model, report }) {
    for (const n of model.notices) {
      if (n.kind !== "parse-error") continue;
      report({
        at: { file: n.file, line: n.line ?? 1, column: n.column },
        title: `${n.file} could not be parsed`,
        message: n.message,
        fix: "Fix the syntax error (the file would also fail when deployed), or exclude the file in .ai-infra-audit.yml if it is a template.",
        subject: `parse-error/${n.message.replace(/\d+/g, "#").slice(0, 80)}`,
      });
    }
  },
};
export default rule;
