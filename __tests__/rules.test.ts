import { it } from "vitest";
import { fileURLToPath } from "node:url";
import { scan } from "../src/scan.js";
import { emptyConfig } from "../src/config/index.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/rules/", import.meta.url));
it("dump", () => {
  const target = process.env.DUMP ?? "";
  const result = scan({ root: FIXTURES + target, config: emptyConfig(), today: "2026-11-23" });
  const rule = process.env.RULE;
  for (const f of result.findings.filter((f) => !rule || f.ruleId === rule).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))) {
    console.log(`${f.ruleId} ${f.severity.padEnd(6)} ${f.file}:${f.line}  ${f.title} | ${f.message.slice(0, 140)}`);
  }
  console.log("notices", JSON.stringify(result.notices));
});
