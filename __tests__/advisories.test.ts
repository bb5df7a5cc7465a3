// The embedded advisory data: every advisory has a source, an id, ranges its scheme can read and a
// severity that computes; every target names something the scanner can match.
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { advisoryData } from "../src/catalog/advisories/index.js";
import type { AffectedTarget, VersionScheme } from "../src/catalog/types.js";
import { cvssSeverity } from "../src/match/cvss.js";
import { normalizeVersion } from "../src/versions/index.js";

const data = advisoryData;
const advisories = data?.advisories ?? [];
const products = new Map(catalog.products.map((p) => [p.id, p]));
const ECOSYSTEM_SCHEME: Record<string, VersionScheme> = { PyPI: "pep440", npm: "semver", Go: "go", "crates.io": "semver", apt: "semver", GitHub: "semver", conda: "pep440", Bitnami: "semver" };

function schemeOf(target: AffectedTarget): VersionScheme {
  if (target.scheme) return target.scheme;
  if (target.product) return products.get(target.product)?.versionScheme ?? "semver";
  if (target.package) return ECOSYSTEM_SCHEME[target.package.ecosystem];
  return "semver";
}

describe("embedded advisory data", () => {
  it("is dated, and holds advisories for the products the issue names", () => {
    expect(data?.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data?.sourcesThrough).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const covered = new Set(advisories.flatMap((a) => a.affects.flatMap((t) => [t.product, t.package?.name, ...(t.image?.names ?? [])])));
    for (const name of ["redis", "valkey", "chromadb", "triton", "ollama", "vllm", "ray", "mlflow", "langflow", "open-webui", "litellm", "torchserve", "minio", "milvus", "qdrant", "torch", "transformers", "gradio", "bentoml", "jupyter-server", "nvidia-container-toolkit"]) {
      expect(covered.has(name), name).toBe(true);
    }
  });

  it("has unique ids", () => {
    const ids = advisories.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(advisories.map((a) => [a.id, a] as const))("%s has a source, a summary, a severity and ranges its scheme reads", (_id, advisory) => {
    expect(advisory.source).toMatch(/^https:\/\/\S+$/);
    expect(advisory.summary.trim().length).toBeGreaterThan(10);
    expect(advisory.id).toMatch(/^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|[A-Z][A-Z0-9]*-\d{4}-[\w-]+)$/);
    if (advisory.published) expect(advisory.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (advisory.severity.cvss) expect(cvssSeverity(advisory.severity.cvss), advisory.severity.cvss).toBeDefined();
    else expect(advisory.severity.label === undefined || ["critical", "high", "medium", "low"].includes(advisory.severity.label)).toBe(true);
    expect(advisory.affects.length).toBeGreaterThan(0);
    for (const target of advisory.affects) {
      expect([target.product, target.package, target.image].filter((t) => t !== undefined)).toHaveLength(1);
      if (target.product) expect(products.has(target.product), target.product).toBe(true);
      const scheme = schemeOf(target);
      for (const range of target.ranges) {
        for (const bound of [range.introduced, range.fixed, range.lastAffected]) {
          if (bound === undefined) continue;
          expect(normalizeVersion(scheme, bound), `${bound} in ${scheme}`).toBeDefined();
        }
        expect(range.fixed !== undefined && range.lastAffected !== undefined).toBe(false);
      }
    }
  });
});
