// The end-of-life data: dated lines, one entry per line, and tag patterns that read the right line from
// the tags real images carry (their own version, or the base OS named in a suffix).
import { describe, expect, it } from "vitest";
import { eolProducts } from "../src/catalog/eol.js";
import { eolHits } from "../src/match/eol.js";
import { parseImageRef } from "../src/model/image.js";
import type { ImageComponent } from "../src/model/types.js";

/** Every dated line is past this day: each line a tag names comes back as a hit. */
const FAR_FUTURE = "9999-12-31";

function linesNamedBy(raw: string): string[] {
  const pos = { file: "compose.yaml", line: 1 };
  const image = parseImageRef(raw, pos);
  const component: ImageComponent = { type: "image", name: raw.split(":")[0], image, pos };
  return eolHits(eolProducts, component, FAR_FUTURE).map((hit) => `${hit.product.id} ${hit.line.line}`);
}

describe("end-of-life data", () => {
  it("has unique products, each with a source", () => {
    const ids = eolProducts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const product of eolProducts) expect(product.source).toBe(`https://endoflife.date/${product.id === "alpine" ? "alpine-linux" : product.id}`);
  });

  it.each(eolProducts.map((p) => [p.id, p] as const))("%s: lines are unique, of lineParts parts, with a real date or none", (_id, product) => {
    const lines = product.lines.map((l) => l.line);
    expect(new Set(lines).size).toBe(lines.length);
    const codenames = product.lines.flatMap((l) => (l.codename ? [l.codename] : []));
    expect(new Set(codenames).size).toBe(codenames.length);
    for (const line of product.lines) {
      expect(line.line.split(".")).toHaveLength(product.lineParts);
      if (line.eol === undefined) continue;
      expect(line.eol).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${line.eol}T00:00:00Z`).toISOString().slice(0, 10)).toBe(line.eol);
    }
  });

  it("compiles every tag pattern", () => {
    for (const product of eolProducts) {
      for (const pattern of [product.tagVersion, product.tagSuffix]) if (pattern !== undefined) expect(() => new RegExp(pattern, "i")).not.toThrow();
    }
  });

  it("keeps the dates of the source for lines scans meet most", () => {
    const eolOf = (id: string, line: string) => eolProducts.find((p) => p.id === id)?.lines.find((l) => l.line === line)?.eol;
    expect(eolOf("redis", "7.0")).toBe("2024-07-29");
    expect(eolOf("redis", "8.10")).toBeUndefined();
    expect(eolOf("python", "3.9")).toBe("2025-10-31");
    expect(eolOf("nodejs", "20")).toBe("2026-04-30");
    expect(eolOf("postgresql", "14")).toBe("2026-11-12");
    // Ubuntu: end of standard support, not of ESM (2030-04-02).
    expect(eolOf("ubuntu", "20.04")).toBe("2025-05-31");
    // Debian: end of LTS, not of the security team's support (2024-08-14).
    expect(eolOf("debian", "11")).toBe("2026-08-31");
    expect(eolOf("alpine", "3.18")).toBe("2025-05-09");
  });

  it.each([
    ["python:3.9-slim-bullseye", ["python 3.9", "debian 11"]],
    ["nvidia/cuda:12.2.0-runtime-ubuntu20.04", ["ubuntu 20.04"]],
    ["node:18-alpine3.17", ["nodejs 18", "alpine 3.17"]],
    ["redis:7.0.15-alpine", ["redis 7.0"]],
    ["bitnami/redis:7.2.4-debian-12-r9", ["redis 7.2", "debian 12"]],
    ["postgres:13.16-bookworm", ["postgresql 13", "debian 12"]],
    ["pgvector/pgvector:pg16", ["postgresql 16"]],
    ["pgvector/pgvector:0.8.0-pg17-bookworm", ["postgresql 17", "debian 12"]],
    ["postgis/postgis:16-3.4-alpine", ["postgresql 16"]],
    ["ubuntu:jammy-20240911.1", ["ubuntu 22.04"]],
    ["eclipse-temurin:21-jammy", ["ubuntu 22.04"]],
    ["debian:bookworm-slim", ["debian 12"]],
    ["golang:1.21-alpine3.18", ["alpine 3.18"]],
    ["python:3.12", ["python 3.12"]],
    // A bare `-alpine` names no Alpine release.
    ["python:3.11-alpine", ["python 3.11"]],
    ["mysql:8.0.36-debian", ["mysql 8.0"]],
  ])("%s names %j", (raw, expected) => {
    expect(linesNamedBy(raw)).toEqual(expected);
  });

  it.each([
    // A major alone is whichever minor is newest.
    ["redis:7", []],
    ["redis:8.10.1", []],
    ["postgres:latest", []],
    ["ubuntu:rolling", []],
  ])("%s names no dated line", (raw, expected) => {
    expect(linesNamedBy(raw)).toEqual(expected);
  });
});
