// Every rule has a help page at docs/rules/<id>.md (SARIF helpUri and the Markdown reports link there),
// every page belongs to a rule, and each page starts with `# <id> <name>`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../src/rules/index.js";

const DOCS = fileURLToPath(new URL("../docs/rules/", import.meta.url));
const PAGE = /^(AIA\d+)\.md$/;

function firstLine(path: string): string {
  return readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
}

describe("rule documentation", () => {
  it("has a page for every rule", () => {
    const missing = rules.map((r) => r.meta.id).filter((id) => !existsSync(join(DOCS, `${id}.md`)));
    expect(missing).toEqual([]);
  });

  it("has no page for an id that is not a rule", () => {
    const ids = new Set(rules.map((r) => r.meta.id));
    const pages = readdirSync(DOCS).filter((f) => f !== "README.md" && f.endsWith(".md"));
    const orphans = pages.filter((f) => !ids.has(PAGE.exec(f)?.[1] ?? ""));
    expect(orphans).toEqual([]);
  });

  it.each(rules.map((r) => [r.meta.id, r.meta.name] as const))("%s page starts with its id and name", (id, name) => {
    expect(firstLine(join(DOCS, `${id}.md`))).toBe(`# ${id} ${name}`);
  });

  it("lists every rule in the index", () => {
    const index = readFileSync(join(DOCS, "README.md"), "utf8");
    const unlisted = rules.map((r) => r.meta.id).filter((id) => !index.includes(`[${id}](${id}.md)`));
    expect(unlisted).toEqual([]);
  });
});
