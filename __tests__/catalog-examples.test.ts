// One open and one protected example per catalog product, run by one test.
// __tests__/fixtures/catalog/<product-id>/open/ publishes the product the way real repositories do;
// every line that must be reported carries a trailing `# expect: AIA101` / `# expect: AIA102`
// comment, and the scanner must report exactly those AIA101/AIA102 findings for the product.
// __tests__/fixtures/catalog/<product-id>/protected/ is the same service written carefully
// (authentication on through the product's documented setting with a deploy-time `${VAR}`, and/or
// published on 127.0.0.1 only): no AIA101, AIA102 or AIA103 at all.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { authBehaviour } from "../src/analyze/match.js";
import type { ProductDef } from "../src/catalog/types.js";
import { makeTree, scanTree } from "./helpers/tree.js";

const ROOT = fileURLToPath(new URL("./fixtures/catalog/", import.meta.url));
const EXPOSURE_RULES = ["AIA101", "AIA102", "AIA103"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** `ruleId:file:line` for every `# expect: AIA10x` marker in a folder. */
function expectedMarkers(dir: string): string[] {
  return filesUnder(dir).flatMap((path) =>
    readFileSync(path, "utf8")
      .split("\n")
      .flatMap((line, i) => {
        const m = /#\s*expect:\s*((?:AIA\d{3}\s*)+)$/.exec(line);
        return m ? m[1].trim().split(/\s+/).map((rule) => `${rule}:${relative(dir, path)}:${i + 1}`) : [];
      }),
  ).sort();
}

function scanFolder(dir: string) {
  return scanTree(dir);
}

/** The folder's files with every `127.0.0.1:` host binding removed: the same service published on all interfaces. */
function publishedEverywhere(dir: string): string | undefined {
  const files = Object.fromEntries(filesUnder(dir).map((path) => [relative(dir, path), readFileSync(path, "utf8")]));
  if (!Object.values(files).some((text) => text.includes("127.0.0.1:"))) return undefined;
  return makeTree(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.replaceAll("127.0.0.1:", "")])));
}

const products: ProductDef[] = catalog.products;

it("has an open and a protected example for every product, and no example for a product it does not know", () => {
  const missing = products.flatMap((p) => ["open", "protected"].filter((kind) => !existsSync(join(ROOT, p.id, kind))).map((kind) => `${p.id}/${kind}`));
  expect(missing).toEqual([]);
  const unknown = readdirSync(ROOT).filter((id) => !products.some((p) => p.id === id));
  expect(unknown).toEqual([]);
});

describe.each(products.map((p) => [p.id, p] as const))("%s", (id, product) => {
  const open = join(ROOT, id, "open");
  const guarded = join(ROOT, id, "protected");

  it("open example: reported at the marked lines", async () => {
    const result = await scanFolder(open);
    expect(result.inventory.workloads.some((w) => w.product === id)).toBe(true);
    const actual = result.findings
      .filter((f) => (f.ruleId === "AIA101" || f.ruleId === "AIA102") && f.component?.name === id)
      .map((f) => `${f.ruleId}:${f.file}:${f.line}`)
      .sort();
    const expected = expectedMarkers(open);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it("protected example: recognised, and no exposure finding", async () => {
    const result = await scanFolder(guarded);
    expect(result.inventory.workloads.some((w) => w.product === id)).toBe(true);
    expect(expectedMarkers(guarded)).toEqual([]);
    expect(result.findings.filter((f) => EXPOSURE_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}:${f.file}:${f.line}`)).toEqual([]);
  });

  it("protected example published on every interface: only a product without authentication is unauthenticated", async () => {
    const root = publishedEverywhere(guarded);
    if (!root) return; // Protected by how it is routed (a ClusterIP Service), not by a loopback binding.
    const findings = (await scanTree(root)).findings.filter((f) => f.component?.name === id && EXPOSURE_RULES.includes(f.ruleId));
    // The authentication setting of the protected example is recognised: published, it is an
    // exposure (AIA102), not a missing login (AIA101), unless the product has no login to switch on.
    for (const f of findings.filter((x) => x.ruleId === "AIA101")) {
      expect(authBehaviour(product, f.component?.version).builtIn, `${f.ruleId} ${f.file}:${f.line}`).toBe("none");
    }
    expect(findings.filter((f) => f.ruleId === "AIA103")).toEqual([]);
  });
});
