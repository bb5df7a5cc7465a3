// Every rule has a help page at docs/rules/<id>.md (SARIF helpUri and the Markdown reports link there),
// every page belongs to a rule, and each page starts with `# <id> <name>`; and the links of the README and
// docs/ hold.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
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

// Links in the README and docs/: a relative link names a file of this repository that exists (never one
// outside it, nor a machine's path), an in-page or cross-page anchor names a heading, and links out are https.
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const MARKDOWN = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => join("docs", f)),
];

/** The text outside fenced code blocks and inline code, where a link is a link. */
const prose = (markdown: string) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/`/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

function anchors(path: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const m of readFileSync(path, "utf8").replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    result.add(n === 0 ? base : `${base}-${n}`);
  }
  return result;
}

describe("documentation links", () => {
  it.each(MARKDOWN)("%s links only to files of this repository, and to headings that exist", (file) => {
    const broken: string[] = [];
    for (const m of prose(readFileSync(join(ROOT, file), "utf8")).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        if (!target.startsWith("https://")) broken.push(`${target}: not https`);
        continue;
      }
      const [path, anchor] = target.split("#", 2);
      const resolved = path === "" ? join(ROOT, file) : resolve(dirname(join(ROOT, file)), decodeURIComponent(path));
      if (isAbsolute(path) || relative(ROOT, resolved).startsWith("..")) broken.push(`${target}: outside the repository`);
      else if (!existsSync(resolved)) broken.push(`${target}: no such file`);
      else if (anchor !== undefined && resolved.endsWith(".md") && !anchors(resolved).has(anchor)) broken.push(`${target}: no such heading`);
    }
    expect(broken).toEqual([]);
  });
});
