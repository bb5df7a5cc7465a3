// docs/catalog.md is generated from the catalog; this test fails when they drift apart.
// Regenerate with: UPDATE_DOCS=1 npx vitest run __tests__/catalog-docs.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { advisoryData } from "../src/catalog/advisories/index.js";
import type { AffectedTarget, Knob, ProductDef } from "../src/catalog/types.js";
import { severityOf } from "../src/match/severity.js";

const DOC = fileURLToPath(new URL("../docs/catalog.md", import.meta.url));
const SEVERITY = { "code-execution": "critical", "model-control": "critical", "data-store": "high", inference: "high", "web-app": "high" } as const;

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (items: string[]) => (items.length ? items.map((i) => `\`${i}\``).join(", ") : "—");
const knob = (k: Knob): string =>
  (k.env ?? k.flag ?? k.arg ?? (k.config ? `config file: ${k.config}` : "")) +
  (k.value !== undefined ? `=${k.value === "" ? "(empty)" : k.value}` : "") +
  (k.versions ? ` (${k.versions})` : "") +
  (k.section ? ` in [${k.section}]` : "") +
  (k.requires ? ` with ${k.requires.map(knob).join(" or ")}` : "") +
  (k.ports ? ` (port ${k.ports.join(", ")} only)` : "");

/** `; settings: `A`, `B` (on its port)` for products also recognised by settings only their server reads. */
function serverEnv(p: ProductDef): string {
  const signatures = (p.serverEnv ?? []).map((s) => `${code(s.env)}${s.onProductPort ? " (on its port)" : ""}`);
  return signatures.length ? `; by settings: ${signatures.join("; ")}` : "";
}

function row(p: ProductDef): string {
  const ports = p.ports.map((port) => `${port.port}${port.sensitive === false ? " (not counted)" : ""}`).join(", ");
  const auth = p.auth
    .map((a) => {
      const parts = [a.versions ? `\`${a.versions}\`: ` : "", a.summary];
      if (a.enabledBy?.length) parts.push(` On with: ${a.enabledBy.map(knob).map((k) => `\`${k}\``).join(", ")}.`);
      if (a.disabledBy?.length) parts.push(` Off with: ${a.disabledBy.map(knob).map((k) => `\`${k}\``).join(", ")}.`);
      if (a.ignored?.length) parts.push(` Ignored: ${a.ignored.map(knob).map((k) => `\`${k}\``).join(", ")}.`);
      return parts.join("");
    })
    .join("<br>");
  const defaults = (p.defaultCredentials ?? []).map((d) => `\`${knob(d.knob)}\` = ${d.values.map((v) => `\`${v}\``).join(" / ")}${d.whenUnset ? " (also when not set)" : ""}`);
  const defaultsText = defaults.length ? `<br>Documented defaults: ${defaults.join("; ")}.` : "";
  return `| ${cell(p.name)} (\`${p.id}\`) | ${cell(code(p.images))} | ${p.commands?.length ? "yes" : "no"}${serverEnv(p)} | ${ports} | ${p.impact} (${SEVERITY[p.impact]}) | ${p.listen.default === "all" ? "all interfaces" : "loopback"}${p.listen.commandDefault && p.listen.commandDefault !== p.listen.default ? ` (CLI: ${p.listen.commandDefault})` : ""} | ${cell(auth + defaultsText)} |`;
}

function render(): string {
  const products = [...catalog.products].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  return [
    "# The AI component catalog",
    "",
    "Generated from `src/catalog/products/` (one file per product, every fact with its source there) by",
    "`__tests__/catalog-docs.test.ts`; do not edit by hand. The impact decides the severity of",
    "[AIA101](rules/AIA101.md). Ports marked \"not counted\" expose nothing worth protecting on their own",
    "(metrics): an exposure of only those ports is not reported. Where authentication lists version ranges,",
    "the range that contains the version in the image tag applies; an image without a readable version is",
    "judged by the last range (the current release).",
    "",
    "| product | images | also by command line (or server settings) | ports | impact (AIA101 severity) | listens on | authentication |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...products.map(row),
    "",
    ...advisorySection(),
    ...eolSection(),
  ].join("\n");
}

/** What an advisory target names, as a user would look it up: the product, the package, or the image. */
function targetName(t: AffectedTarget): string {
  if (t.product) return `${catalog.products.find((p) => p.id === t.product)?.name ?? t.product} (\`${t.product}\`)`;
  if (t.package) return `${t.package.ecosystem} \`${t.package.name}\``;
  return (t.image?.names ?? []).map((n) => `\`${n}\``).join(", ");
}

function advisorySection(): string[] {
  const data = advisoryData;
  const counts = new Map<string, Record<string, number>>();
  for (const advisory of data.advisories) {
    const level = severityOf(advisory).severity;
    for (const name of new Set(advisory.affects.map(targetName))) {
      const row = counts.get(name) ?? { total: 0, critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
      row.total++;
      row[level === "info" ? "low" : level]++;
      counts.set(name, row);
    }
  }
  const rows = [...counts].sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1));
  return [
    "## Advisories",
    "",
    `${data.advisories.length} advisories, compiled ${data.generated} from sources read up to ${data.sourcesThrough} (vendor bulletins, CVE`,
    "records, Go's vulnerability database, OSV's PyPI and Bitnami records), each with its source in",
    "`src/catalog/advisories/`. Severity is computed from each advisory's CVSS vector, else its source's rating;",
    "\"unknown\" counts as high ([AIA501](rules/AIA501.md)). An advisory that names several products or packages",
    "is counted under each.",
    "",
    "| affects | advisories | critical | high | medium | low | unknown |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(([name, c]) => `| ${cell(name)} | ${c.total} | ${c.critical} | ${c.high} | ${c.medium} | ${c.low} | ${c.unknown} |`),
    "",
  ];
}

function eolSection(): string[] {
  const products = advisoryData.eol;
  return [
    "## End of life",
    "",
    "Release lines and the day they stop getting security fixes, from endoflife.date, for",
    "[AIA502](rules/AIA502.md): images whose tag names a line, or whose tag names a base OS line.",
    "",
    "| product | images | lines past end of life (date) | supported lines (until) |",
    "| --- | --- | --- | --- |",
    ...products.map((p) => {
      const today = advisoryData.generated;
      const line = (l: (typeof p.lines)[number]) => `${l.line}${l.codename ? ` ${l.codename}` : ""}${l.eol ? ` (${l.eol})` : ""}`;
      const past = p.lines.filter((l) => l.eol && l.eol < today).map(line);
      const current = p.lines.filter((l) => !l.eol || l.eol >= today).map(line);
      return `| ${cell(p.name)} | ${cell(code(p.images))} | ${cell(past.join(", ") || "—")} | ${cell(current.join(", ") || "—")} |`;
    }),
    "",
  ];
}

it("docs/catalog.md lists every product as the catalog describes it", () => {
  const text = render();
  if (process.env.UPDATE_DOCS) writeFileSync(DOC, text);
  expect(readFileSync(DOC, "utf8")).toBe(text);
});
