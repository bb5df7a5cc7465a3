// The application-server advisories are hand-read data: each must be well-formed, name a product the
// catalog knows, and keep the ranges that were read at their sources.
import { describe, expect, it } from "vitest";
import { appsAdvisories } from "../src/catalog/advisories/apps.js";
import { catalog } from "../src/catalog/index.js";
import type { Advisory } from "../src/catalog/types.js";

const ID = /^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|[A-Z]+-\d{4}-[0-9A-Za-z-]+)$/;
const productIds = new Set(catalog.products.map((p) => p.id));

function byId(id: string): Advisory {
  const found = appsAdvisories.filter((a) => a.id === id);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("application-server advisories", () => {
  it("has one entry per id", () => {
    const ids = appsAdvisories.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(appsAdvisories.map((a) => [a.id, a] as const))("%s is well-formed", (_id, a) => {
    expect(a.id).toMatch(ID);
    expect(a.source).toMatch(/^https:\/\/\S+$/);
    expect(a.summary.trim()).not.toBe("");
    expect(a.summary).not.toContain("\n");
    if (a.published !== undefined) expect(a.published).toMatch(/^20(2[4-6])-\d{2}-\d{2}$/);
    for (const alias of a.aliases) expect(alias).not.toBe(a.id);
    expect(a.affects.length).toBeGreaterThan(0);
    for (const t of a.affects) {
      const named = [t.product, t.package, t.image].filter((x) => x !== undefined);
      expect(named).toHaveLength(1);
      if (t.product !== undefined) expect(productIds.has(t.product), `unknown product ${t.product}`).toBe(true);
      expect(t.ranges.length).toBeGreaterThan(0);
      for (const r of t.ranges) expect(r.fixed !== undefined && r.lastAffected !== undefined).toBe(false);
    }
  });

  it("keeps the Ollama digest path traversal fixed in 0.1.34 (Go vulndb GO-2024-2901)", () => {
    const a = byId("CVE-2024-37032");
    expect(a.affects).toEqual([{ product: "ollama", ranges: [{ fixed: "0.1.34" }] }]);
    expect(a.source).toBe("https://pkg.go.dev/vuln/GO-2024-2901");
  });

  it("bounds the unfixed Ollama GGUF crashes at the version their records name (no fixed version in Go vulndb)", () => {
    expect(byId("CVE-2025-0312").affects).toEqual([{ product: "ollama", ranges: [{ lastAffected: "0.3.14" }] }]);
    expect(byId("CVE-2025-63389").affects).toEqual([{ product: "ollama", ranges: [{ lastAffected: "0.12.3" }] }]);
  });

  it("keeps vLLM's PyNcclPipe RCE to 0.6.5 up to 0.8.5", () => {
    const a = byId("CVE-2025-47277");
    expect(a.affects).toEqual([{ product: "vllm", ranges: [{ introduced: "0.6.5", fixed: "0.8.5" }] }]);
    expect(a.severity).toEqual({ cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" });
  });

  it("keeps Langflow's exploited validate/code RCE with its langflow-base range", () => {
    const a = byId("CVE-2025-3248");
    expect(a.knownExploited).toBe(true);
    expect(a.affects).toEqual([
      { product: "langflow", ranges: [{ fixed: "1.3.0" }] },
      { package: { ecosystem: "PyPI", name: "langflow-base" }, ranges: [{ fixed: "0.3.0" }] },
    ]);
  });

  it("keeps MLflow's two release lines of CVE-2025-11201 and LiteLLM's exploited SQL injection", () => {
    expect(byId("CVE-2025-11201").affects).toEqual([
      { product: "mlflow", ranges: [{ fixed: "2.22.4" }, { introduced: "3.0.0rc0", fixed: "3.0.0" }] },
    ]);
    const sqli = byId("CVE-2026-42208");
    expect(sqli.knownExploited).toBe(true);
    expect(sqli.affects).toEqual([{ product: "litellm", ranges: [{ introduced: "1.81.16", fixed: "1.83.7" }] }]);
  });

  it("names the two malicious LiteLLM releases by their PyPA record", () => {
    const a = byId("PYSEC-2026-2");
    expect(a.affects).toEqual([{ product: "litellm", ranges: [{ introduced: "1.82.7", lastAffected: "1.82.8" }] }]);
  });
});
