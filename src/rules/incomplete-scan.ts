import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA002",
    name: "incomplete-scan",
    title: "Infrastructure file not checked completely",
    category: "parse-error",
    defaultSeverity: "high",
    rationale: "A file that deploys but was too large to check completely may deploy anything; padding must not hide a problem.",
  },
  check({ model, report }) {
    for (const n of model.notices) {
      if (!n.incomplete) continue;
      report({
        at: { file: n.file, line: n.line ?? 1, column: n.column },
        title: `${n.file} was not checked completely`,
        message: `${n.message}. The part that was not read deploys like the rest but was not checked.`,
        fix: "Split the file into smaller files (one manifest per file, or fewer documents), remove the padding, or raise max-file-size in .ai-infra-audit.yml if the file is legitimately this large.",
        subject: `incomplete-scan/${n.message.replace(/\d+/g, "#").slice(0, 80)}`,
      });
    }
  },
};
export default rule;
