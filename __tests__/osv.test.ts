// The OSV stage of advisory matching: CVSS severities, OSV records as advisories, the online client
// against a real HTTP server on 127.0.0.1, and the offline export reader on folders and zips.
// Fixtures in fixtures/osv/ are real records, copied verbatim (SOURCES.md says from where).
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { cvssLevel, cvssSeverity } from "../src/match/cvss.js";
import { osvToAdvisory, readOsvRecord, type OsvRecord } from "../src/match/osv.js";
import { queryOsv, retryAfterMs, type OsvQuery } from "../src/match/osv-client.js";
import { openOsvExport } from "../src/match/osv-export.js";
import { buildZip, crc32 } from "./helpers/zip.js";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURES = join(REPO, "__tests__", "fixtures", "osv");
const fixtureText = (file: string) => readFileSync(join(FIXTURES, file), "utf8");
/** The record as OSV serves it: JSON (the PyPI advisory database writes YAML, OSV.dev serves it as JSON). */
const fixtureJson = (file: string): string => (file.endsWith(".yaml") ? JSON.stringify(parseYaml(fixtureText(file))) : fixtureText(file));
const fixture = (file: string): OsvRecord => readOsvRecord(JSON.parse(fixtureJson(file))) as OsvRecord;

const GO_OLLAMA = "GO-2024-2901.json";
const GHSA_OLLAMA = "GHSA-8hqg-whrw-pv92.json";
const BIT_REDIS_LUA = "BIT-redis-2025-49844.json";
const BIT_REDIS_UNBLOCK = "BIT-redis-2026-23479.json";
const PYSEC_MLFLOW = "PYSEC-2024-51.yaml";

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "aia-osv-"));
  temporary.push(dir);
  return dir;
}

describe("cvssSeverity", () => {
  it("computes v3.1 from the vector, not from what the CNA states (Redis CVE-2025-49844: CNA 10.0, vector 9.9)", () => {
    expect(cvssSeverity("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H")).toEqual({ score: 9.9, level: "critical", version: "3.1" });
  });

  it("computes v4.0 vectors (Milvus CVE-2025-64513 9.3, ChromaDB CVE-2026-45829 10.0, Redis CVE-2026-23479 7.7)", () => {
    expect(cvssSeverity("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")).toEqual({ score: 9.3, level: "critical", version: "4.0" });
    expect(cvssSeverity("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H")).toEqual({ score: 10, level: "critical", version: "4.0" });
    // Bitnami writes every optional metric out as X: the same score as the CNA's base vector.
    const bitnami = fixture(BIT_REDIS_UNBLOCK).affected?.[0].severity?.[0].score as string;
    expect(cvssSeverity(bitnami)).toEqual({ score: 7.7, level: "high", version: "4.0" });
    expect(cvssSeverity("CVSS:4.0/AV:N/AC:H/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")).toEqual({ score: 7.7, level: "high", version: "4.0" });
  });

  it("computes v3.0 and rates every band", () => {
    expect(cvssSeverity("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).toEqual({ score: 9.8, level: "critical", version: "3.0" });
    expect(cvssSeverity("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N")).toEqual({ score: 7.5, level: "high", version: "3.1" });
    expect(cvssSeverity("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:N/A:N")).toEqual({ score: 4.3, level: "medium", version: "3.1" });
    expect(cvssSeverity("CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N")).toEqual({ score: 1.8, level: "low", version: "3.1" });
    expect(cvssSeverity("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N")).toEqual({ score: 0, level: "none", version: "3.1" });
  });

  it("uses the v3 base score when temporal metrics are written", () => {
    expect(cvssSeverity("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/E:U")?.score).toBe(9.9);
  });

  it("rates scores at the specification's band edges", () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(cvssLevel)).toEqual(["none", "low", "low", "medium", "medium", "high", "high", "critical", "critical"]);
  });

  it("returns undefined for malformed vectors and for CVSS v2", () => {
    const bad = [
      "",
      "CVSS:3.1/",
      "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H", // a base metric missing
      "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/", // trailing slash
      "CVSS:3.1/AV:Q/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", // unknown value
      "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/FOO:B", // unknown metric
      "CVSS:3.1/AV:N/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", // a metric twice
      "CVSS:3.1/AV:X/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", // a base metric not defined
      "cvss:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H",
      " CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H",
      "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/CVSS:3.0",
      "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H", // SA missing
      "CVSS:3.2/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H",
      "AV:N/AC:L/Au:N/C:P/I:P/A:P", // v2
      "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P",
      "9.8",
      `CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H${"/E:U".repeat(200)}`,
    ];
    expect(bad.map((vector) => cvssSeverity(vector))).toEqual(bad.map(() => undefined));
  });
});

describe("osvToAdvisory on real records", () => {
  it("Go vulndb GO-2024-2901 (Ollama CVE-2024-37032): CVE id, from the first version to the fix, no severity", () => {
    expect(osvToAdvisory(fixture(GO_OLLAMA), { ecosystem: "Go", name: "github.com/ollama/ollama" })).toEqual({
      id: "CVE-2024-37032",
      aliases: ["GO-2024-2901", "GHSA-8hqg-whrw-pv92"],
      summary: "Ollama does not validate the format of the digest (sha256 with 64 hex digits) in github.com/ollama/ollama",
      // Go's vulndb writes 0001-01-01 for "not recorded": no published date.
      severity: {},
      affects: [{ package: { ecosystem: "Go", name: "github.com/ollama/ollama" }, ranges: [{ fixed: "0.1.34" }] }],
      source: "https://osv.dev/vulnerability/GO-2024-2901",
    });
  });

  it("GHSA-8hqg-whrw-pv92: no vector, GHSA's MODERATE becomes medium", () => {
    const advisory = osvToAdvisory(fixture(GHSA_OLLAMA), { ecosystem: "Go", name: "github.com/ollama/ollama" });
    expect(advisory?.severity).toEqual({ label: "medium" });
    expect(advisory?.published).toBe("2024-05-31");
    expect(advisory?.id).toBe("CVE-2024-37032");
    expect(advisory?.aliases).toEqual(["GHSA-8hqg-whrw-pv92"]);
    expect(advisory?.affects[0].ranges).toEqual([{ fixed: "0.1.34" }]);
  });

  it("BIT-redis-2025-49844: one range per release line, the vector from the affected entry", () => {
    expect(osvToAdvisory(fixture(BIT_REDIS_LUA), { ecosystem: "Bitnami", name: "redis" })).toEqual({
      id: "CVE-2025-49844",
      aliases: ["BIT-redis-2025-49844"],
      summary: "Redis Lua Use-After-Free may lead to remote code execution",
      published: "2025-10-16",
      severity: { cvss: "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H" },
      affects: [
        {
          package: { ecosystem: "Bitnami", name: "redis" },
          ranges: [
            { fixed: "6.2.20" },
            { introduced: "7.0.0", fixed: "7.2.11" },
            { introduced: "7.3.0", fixed: "7.4.6" },
            { introduced: "8.0.0", fixed: "8.0.4" },
            { introduced: "8.1.0", fixed: "8.2.2" },
          ],
        },
      ],
      source: "https://osv.dev/vulnerability/BIT-redis-2025-49844",
    });
  });

  it("BIT-redis-2026-23479: a v4 vector, ranges from 7.2.0", () => {
    const advisory = osvToAdvisory(fixture(BIT_REDIS_UNBLOCK), { ecosystem: "Bitnami", name: "redis" });
    expect(advisory?.id).toBe("CVE-2026-23479");
    expect(advisory?.severity.cvss).toMatch(/^CVSS:4\.0\/AV:N\/AC:H\//);
    expect(advisory?.affects[0].ranges).toEqual([
      { introduced: "7.2.0", fixed: "7.2.14" },
      { introduced: "7.3.0", fixed: "7.4.9" },
      { introduced: "8.0.0", fixed: "8.2.6" },
      { introduced: "8.3.0", fixed: "8.4.3" },
      { introduced: "8.5.0", fixed: "8.6.3" },
    ]);
  });

  it("PYSEC-2024-51 (MLflow): the GIT range and the versions list are left out, the name compared normalised", () => {
    const advisory = osvToAdvisory(fixture(PYSEC_MLFLOW), { ecosystem: "PyPI", name: "MLflow" });
    expect(advisory).toEqual({
      id: "CVE-2024-4263",
      aliases: ["PYSEC-2024-51"],
      summary:
        "A broken access control vulnerability exists in mlflow/mlflow versions before 2.10.1, where low privilege users with only EDIT permissions on an experiment can delete any artifacts. This issue arises…",
      published: "2024-05-16",
      severity: {},
      affects: [{ package: { ecosystem: "PyPI", name: "MLflow" }, ranges: [{ fixed: "2.10.1" }] }],
      source: "https://osv.dev/vulnerability/PYSEC-2024-51",
    });
  });

  it("matches Bitnami, Go and npm names exactly and PyPI names normalised", () => {
    expect(osvToAdvisory(fixture(BIT_REDIS_LUA), { ecosystem: "Bitnami", name: "Redis" })).toBeUndefined();
    expect(osvToAdvisory(fixture(GO_OLLAMA), { ecosystem: "Go", name: "github.com/Ollama/ollama" })).toBeUndefined();
    expect(osvToAdvisory(fixture(GO_OLLAMA), { ecosystem: "PyPI", name: "github.com/ollama/ollama" })).toBeUndefined();
    expect(osvToAdvisory(fixture(PYSEC_MLFLOW), { ecosystem: "PyPI", name: "ML_Flow" })).toBeUndefined();
    expect(osvToAdvisory(fixture(PYSEC_MLFLOW), { ecosystem: "PyPI", name: "mlflow" })?.id).toBe("CVE-2024-4263");
    const npm: OsvRecord = { id: "GHSA-test", affected: [{ package: { ecosystem: "npm", name: "Flowise" }, ranges: [{ type: "SEMVER", events: [{ introduced: "0" }, { fixed: "1.0.0" }] }] }] };
    expect(osvToAdvisory(npm, { ecosystem: "npm", name: "flowise" })).toBeUndefined();
    expect(osvToAdvisory(npm, { ecosystem: "npm", name: "Flowise" })?.id).toBe("GHSA-test");
  });

  it("turns the versions list into ranges when no range gives versions", () => {
    const record = fixture(PYSEC_MLFLOW);
    const [affected] = record.affected ?? [];
    const gitOnly = { ...record, affected: [{ ...affected, ranges: affected.ranges?.filter((r) => r.type === "GIT") }] };
    const ranges = osvToAdvisory(gitOnly, { ecosystem: "PyPI", name: "mlflow" })?.affects[0].ranges;
    expect(ranges?.length).toBe(87);
    expect(ranges?.slice(0, 2)).toEqual([
      { introduced: "0.0.1", lastAffected: "0.0.1" },
      { introduced: "0.1.0", lastAffected: "0.1.0" },
    ]);
    expect(ranges?.at(-1)).toEqual({ introduced: "2.9.2", lastAffected: "2.9.2" });
    const nothing = { ...record, affected: [{ ...affected, ranges: affected.ranges?.filter((r) => r.type === "GIT"), versions: [] }] };
    expect(osvToAdvisory(nothing, { ecosystem: "PyPI", name: "mlflow" })).toBeUndefined();
  });

  it("reads last_affected, ignores limit, keeps the first of two introduced, and closes a fixed with no introduced", () => {
    const record: OsvRecord = {
      id: "GHSA-xxxx",
      affected: [
        {
          package: { ecosystem: "PyPI", name: "chromadb" },
          ranges: [
            { type: "ECOSYSTEM", events: [{ introduced: "1.0.0" }, { last_affected: "1.5.9" }] },
            { type: "ECOSYSTEM", events: [{ introduced: "0.4.17" }, { introduced: "0.4.20" }, { limit: "0.5.0" }, { fixed: "0.6.0" }] },
            { type: "SEMVER", events: [{ fixed: "0.1.0" }, { introduced: "0.2.0" }] },
          ],
        },
      ],
    };
    expect(osvToAdvisory(record, { ecosystem: "PyPI", name: "chromadb" })?.affects[0].ranges).toEqual([
      { introduced: "1.0.0", lastAffected: "1.5.9" },
      { introduced: "0.4.17", fixed: "0.6.0" },
      { fixed: "0.1.0" },
      { introduced: "0.2.0" },
    ]);
  });

  it("prefers the v4 vector to the v3 one, skips unreadable vectors, and falls back to the source's word", () => {
    const record = fixture(BIT_REDIS_LUA);
    const v4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    const both = { ...record, severity: [{ type: "CVSS_V4", score: v4 }] };
    expect(osvToAdvisory(both, { ecosystem: "Bitnami", name: "redis" })?.severity).toEqual({ cvss: v4 });
    const broken = {
      ...record,
      severity: [{ type: "CVSS_V4", score: "CVSS:4.0/AV:N" }],
      affected: record.affected?.map((a) => ({ ...a, severity: [{ type: "CVSS_V2", score: "AV:N/AC:L/Au:N/C:P/I:P/A:P" }] })),
    };
    // Bitnami writes `Critical` where GHSA writes `CRITICAL`.
    expect(osvToAdvisory(broken, { ecosystem: "Bitnami", name: "redis" })?.severity).toEqual({ label: "critical" });
  });

  it("gives nothing for a withdrawn record or a package it does not name", () => {
    expect(osvToAdvisory({ ...fixture(BIT_REDIS_LUA), withdrawn: "2026-01-01T00:00:00Z" }, { ecosystem: "Bitnami", name: "redis" })).toBeUndefined();
    expect(osvToAdvisory(fixture(BIT_REDIS_LUA), { ecosystem: "Bitnami", name: "valkey" })).toBeUndefined();
  });

  it("matches an ecosystem with a release suffix by its base", () => {
    const record: OsvRecord = { id: "DSA-1", aliases: ["CVE-2025-1"], affected: [{ package: { ecosystem: "Debian:12", name: "redis" }, ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "0" }, { fixed: "5:7.0.15-1~deb12u5" }] }] }] };
    expect(osvToAdvisory(record, { ecosystem: "apt", name: "redis" })).toBeUndefined();
    const debian = osvToAdvisory(record, { ecosystem: "Debian" as "apt", name: "redis" });
    expect(debian?.affects[0].ranges).toEqual([{ fixed: "5:7.0.15-1~deb12u5" }]);
  });

  it("reads only well-typed fields of a record", () => {
    expect(readOsvRecord({ id: 7 })).toBeUndefined();
    expect(readOsvRecord("GO-1")).toBeUndefined();
    expect(
      readOsvRecord({
        id: "X-1",
        aliases: ["CVE-2026-1", 5],
        summary: ["not text"],
        affected: [{ package: { ecosystem: "PyPI", name: 3 }, ranges: [{ type: "ECOSYSTEM", events: [{ introduced: 0 }, { fixed: "1.0" }, "junk"] }, { events: [] }], versions: "1.0" }, "junk"],
        database_specific: { severity: 3, other: true },
      }),
    ).toEqual({
      id: "X-1",
      aliases: ["CVE-2026-1"],
      affected: [{ ranges: [{ type: "ECOSYSTEM", events: [{}, { fixed: "1.0" }] }] }],
      database_specific: { other: true },
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// The online client, against a server on 127.0.0.1.

interface Seen {
  method: string;
  path: string;
  body: unknown;
}

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

const servers: { close(): void }[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

async function serve(handler: Handler): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      seen.push({ method: request.method ?? "", path: request.url ?? "", body: body ? JSON.parse(body) : undefined });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json = (response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(value));
};

/**
 * OSV as far as the client sees it: `ids` maps `ecosystem/name` to the ids of its advisories; a batch
 * answers at most `pageSize` ids per query and a page token for the rest.
 */
function fakeOsv(ids: Record<string, string[]>, records: Record<string, string>, pageSize = 1000): Handler {
  return (request, body, response) => {
    if (request.method === "POST" && request.url === "/v1/querybatch") {
      const { queries } = JSON.parse(body) as { queries: { package: { ecosystem: string; name: string }; page_token?: string }[] };
      const results = queries.map((q) => {
        const all = ids[`${q.package.ecosystem}/${q.package.name}`] ?? [];
        const start = q.page_token ? Number(q.page_token) : 0;
        const page = all.slice(start, start + pageSize).map((id) => ({ id, modified: "2026-01-01T00:00:00Z" }));
        return { ...(page.length ? { vulns: page } : {}), ...(start + pageSize < all.length ? { next_page_token: String(start + pageSize) } : {}) };
      });
      return json(response, 200, { results });
    }
    const id = decodeURIComponent((request.url ?? "").replace("/v1/vulns/", ""));
    if (request.method === "GET" && records[id]) {
      response.writeHead(200, { "content-type": "application/json" });
      return response.end(records[id]);
    }
    json(response, 404, { code: 5, message: "Bug not found." });
  };
}

const REAL_RECORDS = Object.fromEntries(
  [GO_OLLAMA, GHSA_OLLAMA, BIT_REDIS_LUA, BIT_REDIS_UNBLOCK, PYSEC_MLFLOW].map((file) => [file.replace(/\.(json|yaml)$/, ""), fixtureJson(file)]),
);
const REAL_IDS = {
  "Go/github.com/ollama/ollama": ["GO-2024-2901", "GHSA-8hqg-whrw-pv92"],
  "Bitnami/redis": ["BIT-redis-2025-49844", "BIT-redis-2026-23479"],
  "PyPI/mlflow": ["PYSEC-2024-51"],
};

describe("queryOsv", () => {
  it("asks in batches of 1,000, fetches each advisory once, and answers per query in order", async () => {
    const { url, seen } = await serve(fakeOsv(REAL_IDS, REAL_RECORDS));
    const queries: OsvQuery[] = Array.from({ length: 2500 }, (_, i) =>
      i === 7 ? { ecosystem: "Bitnami", name: "redis", version: "7.2.4" } : i === 2400 ? { ecosystem: "Go", name: "github.com/ollama/ollama", version: "v0.1.33" } : i % 500 === 0 ? { ecosystem: "PyPI", name: "mlflow", version: "2.9.0" } : { ecosystem: "npm", name: `pkg-${i}`, version: "1.0.0" },
    );
    const lookup = await queryOsv(queries, { baseUrl: url });
    expect(lookup.errors).toEqual([]);
    const batches = seen.filter((s) => s.path === "/v1/querybatch");
    expect(batches.map((b) => (b.body as { queries: unknown[] }).queries.length).sort()).toEqual([1000, 1000, 500]);
    const first = batches.find((b) => (b.body as { queries: { package: { name: string } }[] }).queries[0].package.name === "mlflow");
    expect((first?.body as { queries: unknown[] }).queries[7]).toEqual({ package: { ecosystem: "Bitnami", name: "redis" }, version: "7.2.4" });
    // Five distinct advisories, each fetched once, though mlflow's is asked for by five queries.
    expect(seen.filter((s) => s.method === "GET").map((s) => s.path).sort()).toEqual([
      "/v1/vulns/BIT-redis-2025-49844",
      "/v1/vulns/BIT-redis-2026-23479",
      "/v1/vulns/GHSA-8hqg-whrw-pv92",
      "/v1/vulns/GO-2024-2901",
      "/v1/vulns/PYSEC-2024-51",
    ]);
    expect(lookup.requests).toBe(8);
    expect(lookup.records.length).toBe(2500);
    expect(lookup.records[7].map((r) => r.id)).toEqual(["BIT-redis-2025-49844", "BIT-redis-2026-23479"]);
    expect(lookup.records[2400].map((r) => r.id)).toEqual(["GO-2024-2901", "GHSA-8hqg-whrw-pv92"]);
    expect([0, 500, 1000, 1500, 2000].map((i) => lookup.records[i].map((r) => r.id))).toEqual(Array(5).fill(["PYSEC-2024-51"]));
    expect(lookup.records[1].length).toBe(0);
    expect(lookup.records[2400][0]).toEqual(fixture(GO_OLLAMA));
  });

  it("follows page tokens, asking again only for the queries that have one", async () => {
    const ids = { "npm/big": ["GHSA-1", "GHSA-2", "GHSA-3", "GHSA-4", "GHSA-5"], "npm/small": ["GHSA-6"] };
    const records = Object.fromEntries(["GHSA-1", "GHSA-2", "GHSA-3", "GHSA-4", "GHSA-5", "GHSA-6"].map((id) => [id, JSON.stringify({ id })]));
    const { url, seen } = await serve(fakeOsv(ids, records, 2));
    const lookup = await queryOsv(
      [
        { ecosystem: "npm", name: "small", version: "1.0.0" },
        { ecosystem: "npm", name: "big", version: "1.0.0" },
      ],
      { baseUrl: url },
    );
    expect(lookup.errors).toEqual([]);
    expect(seen.filter((s) => s.path === "/v1/querybatch").map((s) => s.body)).toEqual([
      { queries: [{ package: { ecosystem: "npm", name: "small" }, version: "1.0.0" }, { package: { ecosystem: "npm", name: "big" }, version: "1.0.0" }] },
      { queries: [{ package: { ecosystem: "npm", name: "big" }, version: "1.0.0", page_token: "2" }] },
      { queries: [{ package: { ecosystem: "npm", name: "big" }, version: "1.0.0", page_token: "4" }] },
    ]);
    expect(lookup.records.map((list) => list.map((r) => r.id))).toEqual([["GHSA-6"], ["GHSA-1", "GHSA-2", "GHSA-3", "GHSA-4", "GHSA-5"]]);
  });

  it("retries a 503 and succeeds", async () => {
    let calls = 0;
    const osv = fakeOsv(REAL_IDS, REAL_RECORDS);
    const { url } = await serve((request, body, response) => {
      if (request.url === "/v1/querybatch" && calls++ === 0) return json(response, 503, { message: "unavailable" });
      osv(request, body, response);
    });
    const lookup = await queryOsv([{ ecosystem: "PyPI", name: "mlflow", version: "2.9.0" }], { baseUrl: url });
    expect(lookup.errors).toEqual([]);
    expect(lookup.requests).toBe(3);
    expect(lookup.records[0].map((r) => r.id)).toEqual(["PYSEC-2024-51"]);
  });

  it("waits as long as Retry-After says before retrying a 429", async () => {
    const times: number[] = [];
    const osv = fakeOsv(REAL_IDS, REAL_RECORDS);
    const { url } = await serve((request, body, response) => {
      if (request.url === "/v1/querybatch") times.push(Date.now());
      if (times.length === 1) return json(response, 429, { message: "slow down" }, { "retry-after": "1" });
      osv(request, body, response);
    });
    const lookup = await queryOsv([{ ecosystem: "PyPI", name: "mlflow", version: "2.9.0" }], { baseUrl: url });
    expect(lookup.errors).toEqual([]);
    expect(times.length).toBe(2);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
  });

  it("reads Retry-After as seconds or an HTTP date, capped at a minute", () => {
    const now = Date.parse("2026-12-06T10:00:00Z");
    expect(retryAfterMs("2", now)).toBe(2000);
    expect(retryAfterMs("3600", now)).toBe(60_000);
    expect(retryAfterMs("Sun, 06 Dec 2026 10:00:05 GMT", now)).toBe(5000);
    expect(retryAfterMs("Sun, 06 Dec 2026 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it("does not retry a 400 and says what the server said", async () => {
    const { url, seen } = await serve((_request, _body, response) => json(response, 400, { code: 3, message: "Invalid ecosystem." }));
    const lookup = await queryOsv([{ ecosystem: "Nope", name: "x", version: "1" }], { baseUrl: url });
    expect(lookup.errors).toEqual(['OSV POST /v1/querybatch: HTTP 400 Bad Request: {"code":3,"message":"Invalid ecosystem."}']);
    expect(seen.length).toBe(1);
    expect(lookup.requests).toBe(1);
    expect(lookup.records).toEqual([[]]);
  });

  it("cuts a long or multi-line error body to one line of 200 characters", async () => {
    const { url } = await serve((_request, _body, response) => {
      response.writeHead(403, { "content-type": "text/html" });
      response.end(`<html>\n\u001b[31mforbidden\n${"x".repeat(5000)}</html>`);
    });
    const [error] = (await queryOsv([{ ecosystem: "PyPI", name: "x", version: "1" }], { baseUrl: url })).errors;
    expect(error).toBe(`OSV POST /v1/querybatch: HTTP 403 Forbidden: <html> [31mforbidden ${"x".repeat(178)}…`);
  });

  it("gives up on a request that times out, and sends no more", async () => {
    const { url, seen } = await serve(() => {
      // Never answers.
    });
    const lookup = await queryOsv(
      Array.from({ length: 1500 }, (_, i) => ({ ecosystem: "npm", name: `p${i}`, version: "1.0.0" })),
      { baseUrl: url, timeoutMs: 200, retries: 0, concurrency: 1 },
    );
    expect(lookup.errors).toEqual(["OSV POST /v1/querybatch: timed out after 200 ms (1 attempt); OSV is taken as unreachable, no further requests sent", "1 OSV requests not sent"]);
    expect(seen.length).toBe(1);
    expect(lookup.records.every((list) => list.length === 0)).toBe(true);
  });

  it("reports a server that is not there", async () => {
    const closed = await new Promise<string>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(`http://127.0.0.1:${port}`));
      });
    });
    const lookup = await queryOsv([{ ecosystem: "PyPI", name: "x", version: "1" }], { baseUrl: closed, retries: 1 });
    expect(lookup.errors).toEqual(["OSV POST /v1/querybatch: network error (ECONNREFUSED) (2 attempts); OSV is taken as unreachable, no further requests sent"]);
    expect(lookup.requests).toBe(2);
  });

  it("reports a 5xx that lasts through every retry", async () => {
    const { url, seen } = await serve((_request, _body, response) => json(response, 502, {}));
    const lookup = await queryOsv([{ ecosystem: "PyPI", name: "x", version: "1" }], { baseUrl: url, retries: 2 });
    expect(lookup.errors).toEqual(["OSV POST /v1/querybatch: HTTP 502 (3 attempts); OSV is taken as unreachable, no further requests sent"]);
    expect(seen.length).toBe(3);
  });

  it("reports a response that is not JSON, or not the expected shape", async () => {
    const garbage = await serve((_request, _body, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end("<html>oops</html>");
    });
    expect((await queryOsv([{ ecosystem: "PyPI", name: "x", version: "1" }], { baseUrl: garbage.url })).errors).toEqual([
      "OSV POST /v1/querybatch: the response is not JSON (<html>oops</html>)",
    ]);
    const short = await serve((_request, _body, response) => json(response, 200, { results: [{}] }));
    expect((await queryOsv([{ ecosystem: "PyPI", name: "x", version: "1" }, { ecosystem: "PyPI", name: "y", version: "1" }], { baseUrl: short.url })).errors).toEqual([
      "OSV POST /v1/querybatch: expected 2 results, got 1",
    ]);
  });

  it("reports an advisory that cannot be fetched and keeps the others", async () => {
    const records = { "GHSA-1": JSON.stringify({ id: "GHSA-1" }), "GHSA-3": '{"summary": "no id"}' };
    const { url } = await serve(fakeOsv({ "npm/a": ["GHSA-1", "GHSA-2", "GHSA-3"] }, records));
    const lookup = await queryOsv([{ ecosystem: "npm", name: "a", version: "1.0.0" }], { baseUrl: url });
    expect(lookup.errors.sort()).toEqual(['OSV GET /v1/vulns/GHSA-2: HTTP 404 Not Found: {"code":5,"message":"Bug not found."}', "OSV GET /v1/vulns/GHSA-3: not an OSV record"]);
    expect(lookup.records[0].map((r) => r.id)).toEqual(["GHSA-1"]);
  });

  it("refuses a body declared larger than 64 MiB", async () => {
    const { url } = await serve((_request, _body, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": String(65 * 1024 * 1024) });
      response.write("{");
      setTimeout(() => response.destroy(), 100);
    });
    expect((await queryOsv([{ ecosystem: "PyPI", name: "x", version: "1" }], { baseUrl: url })).errors).toEqual(["OSV POST /v1/querybatch: response larger than 64 MiB, refused"]);
  });

  it("sends no version when asked for every advisory of a package", async () => {
    const { url, seen } = await serve(fakeOsv(REAL_IDS, REAL_RECORDS));
    await queryOsv([{ ecosystem: "Bitnami", name: "redis", version: "" }], { baseUrl: url });
    expect(seen[0].body).toEqual({ queries: [{ package: { ecosystem: "Bitnami", name: "redis" } }] });
  });
});

// ---------------------------------------------------------------------------------------------------
// The offline export.

const ids = (records: OsvRecord[]) => records.map((r) => r.id).sort();

describe("openOsvExport", () => {
  it("reads a folder of records at any depth, and reports a broken file", () => {
    const root = tempDir();
    mkdirSync(join(root, "Go", "deep", "er"), { recursive: true });
    mkdirSync(join(root, "Bitnami"));
    writeFileSync(join(root, "Go", GO_OLLAMA), fixtureJson(GO_OLLAMA));
    writeFileSync(join(root, "Go", "deep", "er", GHSA_OLLAMA), fixtureJson(GHSA_OLLAMA));
    writeFileSync(join(root, "Go", "broken.json"), "{");
    writeFileSync(join(root, "Go", "notes.txt"), "not a record");
    writeFileSync(join(root, "Bitnami", BIT_REDIS_LUA), fixtureJson(BIT_REDIS_LUA));
    const osv = openOsvExport(root);
    expect(osv.errors).toEqual([]);
    expect(ids(osv.lookup("Go", "github.com/ollama/ollama"))).toEqual(["GHSA-8hqg-whrw-pv92", "GO-2024-2901"]);
    expect(osv.errors).toEqual(["Go/broken.json: not JSON"]);
    expect(osv.lookup("Bitnami", "redis")[0]).toEqual(fixture(BIT_REDIS_LUA));
    expect(osv.lookup("Bitnami", "valkey")).toEqual([]);
  });

  it("reads an unpacked ecosystem export (records at the top) and compares PyPI names normalised", () => {
    const root = tempDir();
    writeFileSync(join(root, "PYSEC-2024-51.json"), fixtureJson(PYSEC_MLFLOW));
    writeFileSync(join(root, "BIT-redis-2025-49844.json"), fixtureJson(BIT_REDIS_LUA));
    const osv = openOsvExport(root);
    expect(ids(osv.lookup("PyPI", "MLFlow"))).toEqual(["PYSEC-2024-51"]);
    expect(ids(osv.lookup("Bitnami", "redis"))).toEqual(["BIT-redis-2025-49844"]);
    expect(osv.errors).toEqual([]);
  });

  it("reads a zip of one ecosystem, deflated and stored entries alike", () => {
    const path = join(tempDir(), "all.zip");
    writeFileSync(
      path,
      buildZip([
        { name: "BIT-redis-2025-49844.json", data: fixtureJson(BIT_REDIS_LUA) },
        { name: "BIT-redis-2026-23479.json", data: fixtureJson(BIT_REDIS_UNBLOCK), store: true },
      ]),
    );
    const osv = openOsvExport(path);
    const records = osv.lookup("Bitnami", "redis");
    expect(ids(records)).toEqual(["BIT-redis-2025-49844", "BIT-redis-2026-23479"]);
    expect(records.find((r) => r.id === "BIT-redis-2026-23479")).toEqual(fixture(BIT_REDIS_UNBLOCK));
    expect(osv.errors).toEqual([]);
    osv.close();
  });

  it("reads only the asked ecosystem's folder of an all-ecosystems zip, the rest when no folder is the ecosystem's", () => {
    const path = join(tempDir(), "all.zip");
    writeFileSync(
      path,
      buildZip([
        { name: "Go/GO-2024-2901.json", data: fixtureJson(GO_OLLAMA) },
        { name: "Go/GHSA-8hqg-whrw-pv92.json", data: fixtureJson(GHSA_OLLAMA) },
        { name: "PyPI/PYSEC-2024-51.json", data: fixtureJson(PYSEC_MLFLOW) },
        { name: "npm/MAL-broken.json", data: '{"id": "MAL-1", "affected": [' },
        { name: "Debian/DSA-1.json", data: JSON.stringify({ id: "DSA-1", affected: [{ package: { ecosystem: "Debian:12", name: "redis" } }] }) },
      ]),
    );
    const osv = openOsvExport(path);
    expect(ids(osv.lookup("Go", "github.com/ollama/ollama"))).toEqual(["GHSA-8hqg-whrw-pv92", "GO-2024-2901"]);
    expect(ids(osv.lookup("PyPI", "mlflow"))).toEqual(["PYSEC-2024-51"]);
    expect(ids(osv.lookup("Debian:12", "redis"))).toEqual(["DSA-1"]);
    expect(ids(osv.lookup("Debian", "redis"))).toEqual(["DSA-1"]);
    // npm's folder has not been read yet.
    expect(osv.errors).toEqual([]);
    expect(osv.lookup("crates.io", "tokio")).toEqual([]);
    expect(osv.errors).toEqual(["npm/MAL-broken.json: not JSON"]);
  });

  it("reads the zip64 end records", () => {
    const path = join(tempDir(), "all.zip");
    writeFileSync(path, buildZip([{ name: "PyPI/PYSEC-2024-51.json", data: fixtureJson(PYSEC_MLFLOW) }], { zip64: true }));
    const osv = openOsvExport(path);
    expect(ids(osv.lookup("PyPI", "mlflow"))).toEqual(["PYSEC-2024-51"]);
    expect(osv.errors).toEqual([]);
  });

  it("reports a truncated zip and finds nothing in it", () => {
    const whole = buildZip([{ name: "GO-2024-2901.json", data: fixtureJson(GO_OLLAMA) }]);
    const path = join(tempDir(), "cut.zip");
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const osv = openOsvExport(path);
    expect(osv.errors).toEqual([`${path}: not a zip file, or a truncated one (no end of central directory)`]);
    expect(osv.lookup("Go", "github.com/ollama/ollama")).toEqual([]);
  });

  it("skips an entry claiming 10 GB and one that inflates past its claim, and still reads the rest", () => {
    const path = join(tempDir(), "bomb.zip");
    const huge = Buffer.alloc(20 * 1024 * 1024, 32);
    writeFileSync(
      path,
      buildZip([
        { name: "big.json", data: "{}", claimSize: 10_000_000_000 },
        { name: "liar.json", data: huge, claimSize: 100, claimCrc: crc32(huge) },
        { name: "bad-crc.json", data: fixtureJson(GHSA_OLLAMA), claimCrc: 1 },
        { name: "GO-2024-2901.json", data: fixtureJson(GO_OLLAMA) },
      ]),
    );
    const osv = openOsvExport(path);
    expect(osv.errors).toEqual([`${path}: big.json: claims 10000000000 bytes, more than the 16 MiB a record may have; skipped`]);
    expect(ids(osv.lookup("Go", "github.com/ollama/ollama"))).toEqual(["GO-2024-2901"]);
    expect(osv.errors.length).toBe(3);
    expect(osv.errors[1]).toMatch(/^liar\.json: /);
    expect(osv.errors[2]).toBe("bad-crc.json: CRC mismatch");
  });

  it("reports a path that is not there", () => {
    const path = join(tempDir(), "missing.zip");
    const osv = openOsvExport(path);
    expect(osv.errors).toEqual([`${path}: ENOENT: no such file or directory, stat '${path}'`]);
    expect(osv.lookup("PyPI", "x")).toEqual([]);
  });

  it("indexes a zip of 50,000 records and finds each package's own", () => {
    const files = Array.from({ length: 50_000 }, (_, i) => ({
      name: `GHSA-${i}.json`,
      data: JSON.stringify({
        id: `GHSA-${i}`,
        modified: "2026-01-01T00:00:00Z",
        summary: `Advisory ${i}`,
        affected: [{ package: { ecosystem: "PyPI", name: `Package_${i % 5000}` }, ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "0" }, { fixed: `${i}.0` }] }] }],
      }),
    }));
    const path = join(tempDir(), "all.zip");
    writeFileSync(path, buildZip(files));
    const osv = openOsvExport(path);
    expect(ids(osv.lookup("PyPI", "package-42"))).toEqual(Array.from({ length: 10 }, (_, k) => `GHSA-${42 + 5000 * k}`).sort());
    expect(osv.lookup("PyPI", "package.4999").length).toBe(10);
    expect(osv.lookup("PyPI", "package-5000")).toEqual([]);
    expect(osv.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The maintainers' data update, against OSV and endoflife.date stand-ins on 127.0.0.1.

/** endoflife.date API v1 `/products/redis` as its OpenAPI description shapes it, with Redis's lines of the facts file. */
const EOL_REDIS = {
  schema_version: "1.2.1",
  last_modified: "2026-08-22T00:00:00+00:00",
  result: {
    name: "redis",
    releases: [
      { name: "8.2", isEol: false, eolFrom: "2030-09-01", latest: { name: "8.2.9", date: "2026-08-18", link: null } },
      { name: "8.0", isEol: false, eolFrom: "2026-12-01", latest: { name: "8.0.6", date: "2026-02-01", link: null } },
      { name: "7.4", isEol: false, eolFrom: "2029-12-01", latest: { name: "7.4.11", date: "2026-08-18", link: null } },
      { name: "7.2", isEol: false, eolFrom: "2029-12-01", latest: { name: "7.2.16", date: "2026-08-18", link: null } },
      { name: "7.0", isEol: true, eolFrom: "2024-07-29", latest: { name: "7.0.15", date: "2023-01-01", link: null } },
      { name: "6.2", isEol: false, eolFrom: "2027-04-01", latest: { name: "6.2.24", date: "2026-08-18", link: null } },
    ],
  },
};

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(REPO, "scripts", "update-data.mjs"), ...args], { cwd: REPO }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("scripts/update-data.mjs", () => {
  it("reports new advisories, changed fixed versions and changed end-of-life dates, and writes the snapshot", async () => {
    const osv = fakeOsv(REAL_IDS, REAL_RECORDS);
    const { url, seen } = await serve((request, body, response) => {
      if (request.url === "/eol/products/redis") return json(response, 200, EOL_REDIS);
      osv(request, body, response);
    });
    const out = join(tempDir(), "snapshot.json");
    const result = await run(["--catalog", "__tests__/fixtures/update-data/catalog.ts", "--osv-url", url, "--eol-url", `${url}/eol`, "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "OSV: 1 package asked",
        "redis (Bitnami redis):",
        "  fixed versions changed: CVE-2025-49844: embedded 7.4.6, 8.0.4, 8.2.2; OSV 6.2.20, 7.2.11, 7.4.6, 8.0.4, 8.2.2",
        "  new: CVE-2026-23479 (BIT-redis-2026-23479), fixed 7.2.14, 7.4.9, 8.2.6, 8.4.3, 8.6.3: redis-server use-after-free in unblock client flow may allow remote code execution",
        "  embedded, not in OSV: REDIS-2026-07",
        "endoflife.date: 1 product asked",
        "redis:",
        "  8.0: end of life embedded 2027-05-01; endoflife.date 2026-12-01",
        "  supported lines not embedded: 8.2 (end of life 2030-09-01), 7.4 (end of life 2029-12-01)",
        "  embedded lines endoflife.date does not list: 5.0",
        `Snapshot written to ${out}`,
        "",
      ].join("\n"),
    );
    // Only the package OSV tracks was asked about, for every version.
    expect(seen[0].body).toEqual({ queries: [{ package: { ecosystem: "Bitnami", name: "redis" } }] });
    const snapshot = JSON.parse(readFileSync(out, "utf8"));
    expect(Object.keys(snapshot)).toEqual(["generated", "osv", "eol", "errors"]);
    expect(snapshot.osv.redis.advisories.map((a: { id: string }) => a.id)).toEqual(["CVE-2025-49844", "CVE-2026-23479"]);
    expect(snapshot.osv.redis.advisories[0]).toEqual(osvToAdvisory(fixture(BIT_REDIS_LUA), { ecosystem: "Bitnami", name: "redis" }));
    expect(snapshot.eol.redis.releases[1]).toEqual({ name: "8.0", isEol: false, eolFrom: "2026-12-01", latest: "8.0.6" });
    expect(snapshot.errors).toEqual([]);
  });

  it("says which source did not answer and exits 1", async () => {
    const { url } = await serve((_request, _body, response) => json(response, 404, { message: "Product not found" }));
    const out = join(tempDir(), "snapshot.json");
    const result = await run(["--catalog", "__tests__/fixtures/update-data/catalog.ts", "--osv-url", url, "--eol-url", url, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: OSV POST /v1/querybatch: HTTP 404 Not Found: {"message":"Product not found"}\nerror: endoflife.date /products/redis: HTTP 404\n');
  });

  it("refuses an unknown option", async () => {
    const result = await run(["--osv", "http://127.0.0.1:9"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('usage: update-data [--catalog FILE.ts] [--osv-url URL] [--eol-url URL] [--out FILE] (unexpected "--osv")\n');
  });
});
