// Every regular expression of the engine meets ~200 kB adversarial lines (see helpers/adversarial.ts).
// The patterns are read from the sources themselves (every regex literal, found with the TypeScript
// parser) and from the catalog (the patterns products declare), so a pattern added later is covered
// without touching this file. Each source file runs in a worker with a hang budget: a super-linear
// pattern fails its file's test, naming the pattern and the line it was reading.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { WELL_KNOWN_CHARTS } from "../src/catalog/charts.js";
import { advisoryData } from "../src/catalog/advisories/index.js";
import type { Knob } from "../src/catalog/types.js";
import { wildcard } from "../src/model/wildcard.js";
import { compiledModule, runIsolated } from "./helpers/isolated.js";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const LENGTH = 200_000;
/** A hang detector, not a speed measurement: linear patterns need well under a second for all lines. */
const BUDGET_MS = 9000;

interface Pattern {
  label: string;
  source: string;
  flags: string;
  use: "exec" | "replace" | "split";
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** The regex literals of one source file, with how they are applied. */
function literals(file: string): Pattern[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Pattern[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf("/");
      const call = node.parent;
      const method = ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : "";
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({
        label: `${relative(REPO, file)}:${line} ${literal.length > 80 ? literal.slice(0, 80) + "…" : literal}`,
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
        use: method === "split" ? "split" : method === "replace" || method === "replaceAll" ? "replace" : "exec",
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Patterns the engine builds at run time: catalog data, and the few made from templates. */
function dynamicPatterns(): Map<string, Pattern[]> {
  const groups = new Map<string, Pattern[]>();
  for (const product of catalog.products) {
    const out: Pattern[] = [];
    groups.set(`catalog: ${product.id}`, out);
    const add = (label: string, source: string) => out.push({ label, source, flags: "i", use: "exec" });
    for (const c of product.commands ?? []) add(`catalog ${product.id} command ${c}`, c);
    for (const glob of [...product.images, ...(product.configFiles ?? [])]) {
      const rx = wildcard(glob);
      out.push({ label: `catalog ${product.id} wildcard ${glob}`, source: rx.source, flags: rx.flags, use: "exec" });
    }
    if (product.tagVersion) add(`catalog ${product.id} tagVersion`, product.tagVersion);
    const knobs: Knob[] = [
      ...product.auth.flatMap((a) => [...(a.enabledBy ?? []), ...(a.disabledBy ?? []), ...(a.ignored ?? [])]),
      ...(product.listen.allInterfaces ?? []),
      ...(product.listen.loopbackOnly ?? []),
      ...(product.defaultCredentials ?? []).map((d) => d.knob),
      ...(product.loginSecrets ?? []),
    ];
    for (const knob of knobs) {
      if (knob.value !== undefined) add(`catalog ${product.id} value ${knob.value}`, `^(?:${knob.value})$`);
      if (knob.arg) add(`catalog ${product.id} arg ${knob.arg}`, knob.arg);
      if (knob.config) add(`catalog ${product.id} config ${knob.config}`, knob.config);
      if (knob.env) out.push({ label: `auth-setting-ignored \${${knob.env}}`, source: `\\$\\{?${knob.env}\\b`, flags: "", use: "exec" });
    }
    for (const setting of product.models ?? []) {
      if (setting.arg) out.push({ label: `catalog ${product.id} model arg ${setting.arg}`, source: setting.arg, flags: "gi", use: "exec" });
      if (setting.image) add(`catalog ${product.id} model image ${setting.image}`, setting.image);
      if (setting.value !== undefined) add(`catalog ${product.id} model value ${setting.value}`, `^(?:${setting.value})$`);
    }
  }
  // Advisory targets and end-of-life products read versions from image tags with their own patterns.
  const data: Pattern[] = [];
  const add = (label: string, source: string) => data.push({ label, source, flags: "i", use: "exec" });
  for (const advisory of advisoryData.advisories) {
    for (const target of advisory.affects) {
      if (target.image?.tagVersion) add(`advisory ${advisory.id} tagVersion`, target.image.tagVersion);
      for (const name of target.image?.names ?? []) data.push({ label: `advisory ${advisory.id} image ${name}`, source: wildcard(name).source, flags: "i", use: "exec" });
    }
  }
  for (const product of advisoryData.eol) {
    if (product.tagVersion) add(`eol ${product.id} tagVersion`, product.tagVersion);
    if (product.tagSuffix) add(`eol ${product.id} tagSuffix`, product.tagSuffix);
    for (const name of product.images) data.push({ label: `eol ${product.id} image ${name}`, source: wildcard(name).source, flags: "i", use: "exec" });
  }
  groups.set("advisory and end-of-life data", data);
  // The well-known Helm charts' patterns (a setting's value or config line, a component's switch), applied
  // to values written in the scanned chart.
  const charts: Pattern[] = [];
  groups.set("well-known Helm charts", charts);
  for (const chart of WELL_KNOWN_CHARTS) {
    for (const component of chart.components) {
      const patterns = [component.enabled?.when, ...(component.settings ?? []).flatMap((s) => [s.when, s.line])];
      for (const pattern of patterns) if (pattern !== undefined) charts.push({ label: `chart ${chart.id} ${component.name} ${pattern}`, source: `^(?:${pattern})$`, flags: "i", use: "exec" });
    }
  }
  // The Dockerfile line continuation, for both escape characters.
  groups.set("dockerfile continuation", [
    { label: "dockerfile continuation \\", source: "\\\\[ \\t]*$", flags: "", use: "exec" },
    { label: "dockerfile continuation `", source: "`[ \\t]*$", flags: "", use: "exec" },
  ]);
  return groups;
}

function run(patterns: Pattern[]): Promise<true> {
  return runIsolated<true>("regex", { patterns, length: LENGTH, generator: compiledModule("__tests__/helpers/adversarial.js") }, { timeoutMs: BUDGET_MS });
}

const files = sourceFiles(join(REPO, "src"))
  .map((file) => ({ file: relative(REPO, file), patterns: literals(file) }))
  .filter((f) => f.patterns.length > 0);

describe("regular expressions on adversarial 200 kB lines", () => {
  it("finds the patterns", () => {
    expect(files.reduce((n, f) => n + f.patterns.length, 0)).toBeGreaterThan(100);
    expect([...dynamicPatterns().values()].flat().length).toBeGreaterThan(50);
  });

  it.each(files.map((f) => [f.file, f.patterns] as const))("%s", async (_file, patterns) => {
    await expect(run(patterns)).resolves.toBe(true);
  }, 10_000);

  it.each([...dynamicPatterns()])("built at run time, %s", async (_group, patterns) => {
    await expect(run(patterns)).resolves.toBe(true);
  }, 10_000);
});
