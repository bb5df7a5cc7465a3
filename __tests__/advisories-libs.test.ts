// The library advisories (Jupyter, PyTorch, transformers, TorchServe, BentoML, Gradio): well-formed entries
// whose targets the scanner can match, the inclusion rule, and a few ranges checked by value against the
// sources they were read from.
import { describe, expect, it } from "vitest";
import { fromVector } from "ae-cvss-calculator";
import { libsAdvisories } from "../src/catalog/advisories/libs.js";
import { catalog } from "../src/catalog/index.js";
import { normalizeVersion } from "../src/versions/index.js";

const productIds = new Set(catalog.products.map((p) => p.id));
const byId = new Map(libsAdvisories.map((a) => [a.id, a]));

/** Medium advisories the project's fact sheet lists, kept although they need a login, a victim or a local file. */
const LISTED_MEDIUM = ["CVE-2024-35198", "CVE-2024-35199", "CVE-2025-61669", "CVE-2026-1839"];

function baseScore(vector: string): number {
  const scores = fromVector(vector)?.calculateScores();
  if (scores?.base === undefined) throw new Error(`no score for ${vector}`);
  return scores.base;
}

describe("library advisories", () => {
  it.each(libsAdvisories.map((a) => [a.id, a] as const))("%s is well formed", (_id, advisory) => {
    expect(advisory.id).toMatch(/^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|[A-Z]+-\d{4}-[\w-]+)$/);
    expect(advisory.source).toMatch(/^https:\/\/\S+$/);
    expect(advisory.summary.trim()).not.toBe("");
    expect(advisory.published).toMatch(/^20(2[4-6])-\d{2}-\d{2}$/);
    expect(advisory.affects.length).toBeGreaterThan(0);
    for (const target of advisory.affects) {
      expect([target.product, target.package, target.image].filter((t) => t !== undefined)).toHaveLength(1);
      if (target.product) expect(productIds.has(target.product), target.product).toBe(true);
      for (const range of target.ranges) {
        expect(range.fixed !== undefined && range.lastAffected !== undefined).toBe(false);
        // Every bound here is a PyPI version or a TorchServe/PyTorch release; both read as PEP 440.
        for (const bound of [range.introduced, range.fixed, range.lastAffected]) {
          if (bound !== undefined) expect(normalizeVersion("pep440", bound), bound).toBeDefined();
        }
      }
    }
  });

  it("has unique ids, none named twice as an alias", () => {
    const ids = libsAdvisories.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = libsAdvisories.flatMap((a) => a.aliases);
    expect(aliases.filter((alias, i) => aliases.indexOf(alias) !== i)).toEqual([]);
    expect(aliases.filter((alias) => byId.has(alias))).toEqual([]);
  });

  it("holds critical and high advisories, and mediums only when unauthenticated over the network or listed", () => {
    const admitted = libsAdvisories.filter((a) => {
      const vector = a.severity.cvss;
      if (!vector) return false;
      if (baseScore(vector) >= 7) return true;
      const unauthenticatedNetwork = vector.includes("/AV:N/") && vector.includes("/PR:N/") && vector.includes("/UI:N");
      return baseScore(vector) >= 4 && (unauthenticatedNetwork || LISTED_MEDIUM.includes(a.id));
    });
    expect(admitted.map((a) => a.id)).toEqual(libsAdvisories.map((a) => a.id));
  });

  it("covers each library by the name a lockfile or an image gives it", () => {
    const covered = new Set(libsAdvisories.flatMap((a) => a.affects.flatMap((t) => [t.product, t.package?.name, ...(t.image?.names ?? [])])));
    for (const name of ["jupyter-server", "jupyterlab", "notebook", "torch", "pytorch/pytorch", "transformers", "torchserve", "bentoml", "gradio"]) {
      expect(covered.has(name), name).toBe(true);
    }
  });

  it("keeps the ranges read from the sources", () => {
    // CVE record: "< 2.6.0"; the pytorch/pytorch images carry the same version.
    expect(byId.get("CVE-2025-32434")?.affects).toEqual([
      { package: { ecosystem: "PyPI", name: "torch" }, ranges: [{ fixed: "2.6.0" }] },
      { image: { names: ["pytorch/pytorch"] }, ranges: [{ fixed: "2.6.0" }] },
    ]);
    // CVE record: jupyterlab < 3.6.8 and >= 4.0.0 < 4.2.5; Notebook 7 patched in 7.2.2.
    expect(byId.get("CVE-2024-43805")?.affects).toEqual([
      { package: { ecosystem: "PyPI", name: "jupyterlab" }, ranges: [{ fixed: "3.6.8" }, { introduced: "4.0.0", fixed: "4.2.5" }] },
      { package: { ecosystem: "PyPI", name: "notebook" }, ranges: [{ introduced: "7.0.0", fixed: "7.2.2" }] },
    ]);
    // CVE record: serve ">= 0.3.0, < 0.11.0", matched on the TorchServe product (images and the PyPI package).
    expect(byId.get("CVE-2024-35199")?.affects).toEqual([{ product: "torchserve", ranges: [{ introduced: "0.3.0", fixed: "0.11.0" }] }]);
    // CVE record: BentoML ">= 1.3.4, < 1.4.3".
    expect(byId.get("CVE-2025-27520")?.affects).toEqual([{ package: { ecosystem: "PyPI", name: "bentoml" }, ranges: [{ introduced: "1.3.4", fixed: "1.4.3" }] }]);
    // OSV PYSEC-2026-1412: introduced 4.0.0, last_affected 5.0.0b2, no fix.
    expect(byId.get("CVE-2024-10569")?.affects).toEqual([{ package: { ecosystem: "PyPI", name: "gradio" }, ranges: [{ introduced: "4.0.0", lastAffected: "5.0.0b2" }] }]);
  });

  it("names the servers' packages and newest release lines on their products", () => {
    const torchserve = catalog.products.find((p) => p.id === "torchserve");
    expect(torchserve?.packages).toEqual([{ ecosystem: "PyPI", name: "torchserve" }]);
    expect(torchserve?.releases?.lines).toEqual(["0.12", "0.11"]);
    expect(torchserve?.releases?.latest).toBe("0.12.0");
    const jupyter = catalog.products.find((p) => p.id === "jupyter");
    expect(jupyter?.packages).toEqual([{ ecosystem: "PyPI", name: "jupyter-server" }]);
    expect(jupyter?.releases?.lines).toEqual(["2.20", "2.19"]);
    expect(jupyter?.releases?.latest).toBe("2.20.0");
  });
});
