import { it } from "vitest";
import { scan } from "../src/scan.js";
import { emptyConfig } from "../src/config/index.js";
it("run", async () => {
  const r = await scan({ root: process.env.SCAN_DIR as string, config: emptyConfig(), today: "2026-12-06" });
  const out = r.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId} ${f.title}\n   ${f.message}\n   fix: ${f.fix}`).join("\n");
  const notes = r.notices.map((n) => `NOTICE ${n.file}:${n.line ?? ""} ${n.kind} ${n.message}`).join("\n");
  console.log(out + "\n" + notes + `\n${r.findings.length} findings, ${r.summary.files} files`);
});
