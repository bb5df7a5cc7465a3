// Components end to end: what a scan reports for images, install lines and lockfiles at vulnerable,
// fixed, floating and look-alike versions; accepted advisories; the exposure step; OSV online (a server on
// 127.0.0.1), from a local export, and when it fails.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { advisoryData } from "../src/catalog/advisories/index.js";
import type { Catalog } from "../src/catalog/types.js";
import { emptyConfig } from "../src/config/index.js";
import { parseConfig } from "../src/config/parse.js";
import type { Finding } from "../src/findings/types.js";
import { scan, type ScanOptions } from "../src/scan.js";
import { makeTree } from "./helpers/tree.js";

const TODAY = "2026-12-06";
const OSV_FIXTURES = join(__dirname, "fixtures", "osv");

function scanWith(root: string, options: Partial<ScanOptions> = {}) {
  return scan({ root, config: emptyConfig(), today: TODAY, ...options });
}

const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const brief = (f: Finding) => ({ file: f.file, line: f.line, severity: f.severity, advisories: f.component?.advisories?.map((a) => a.id).sort(), upgrade: f.component?.upgrade, suppressed: f.suppressed });

describe("versions that are not one release are never vulnerable", () => {
  it("leaves floating tags, line tags, ranges, look-alikes and distribution packages alone, and lists them", async () => {
    const root = makeTree({
      "docker-compose.yml": "services:\n  a:\n    image: ollama/ollama:latest\n  b:\n    image: ollama/ollama:0.1\n  c:\n    image: vllm/vllm-openai:v0.8\n  d:\n    image: ollama/ollama@sha256:" + "a".repeat(64) + "\n",
      "requirements.txt": "torch>=2.0\ntriton==3.1.0\nredis==4.5.0\n",
      // The Triton SDK image holds the client tools (perf_analyzer), not the server.
      "k8s/perf.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: perf\nspec:\n  containers:\n    - name: sdk\n      image: nvcr.io/nvidia/tritonserver:24.06-py3-sdk\n",
      "Dockerfile": "FROM debian:12\nRUN apt-get install -y redis-server=5:7.0.15-1\n",
    });
    const result = await scanWith(root);
    expect(of(result.findings, "AIA501")).toEqual([]);
    const listed = result.inventory.components.map((c) => `${c.name} ${c.version ?? c.requirement}`);
    expect(listed).toEqual(expect.arrayContaining(["ollama/ollama latest", "ollama/ollama 0.1", "torch >=2.0", "triton 3.1.0", "redis 4.5.0", "redis-server 5:7.0.15-1"]));
  });

  it("takes a version exactly at the fix as fixed", async () => {
    const root = makeTree({ "requirements.txt": "torch==2.10.0\n", "docker-compose.yml": "services:\n  o:\n    image: ollama/ollama:0.17.1\n" });
    expect(of((await scanWith(root)).findings, "AIA501")).toEqual([]);
  });
});

describe("where components come from", () => {
  it("reads versions from Kubernetes images, Kustomize images: entries, ARG-templated FROM lines, release downloads and apt pins", async () => {
    const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: llm\nspec:\n  selector:\n    matchLabels: { app: llm }\n  template:\n    metadata:\n      labels: { app: llm }\n    spec:\n      containers:\n        - name: ollama\n          image: ollama/ollama:0.32.15\n";
    const root = makeTree({
      "base/deployment.yaml": deployment,
      "base/kustomization.yaml": "resources:\n  - deployment.yaml\n",
      "overlays/prod/kustomization.yaml": "resources:\n  - ../../base\nimages:\n  - name: ollama/ollama\n    newTag: 0.1.33\n",
      "k8s/triton.yaml": deployment.replace("ollama/ollama:0.32.15", "nvcr.io/nvidia/tritonserver:24.01-py3").replace(/llm/g, "triton"),
      "build/Dockerfile": "ARG REDIS_VERSION=7.2.4\nFROM redis:${REDIS_VERSION}-alpine\nARG OLLAMA=0.1.32\nRUN curl -fsSL -o /usr/bin/ollama https://github.com/ollama/ollama/releases/download/v${OLLAMA}/ollama-linux-amd64\n",
      "gpu/Dockerfile": "FROM ubuntu:24.04\nRUN apt-get install -y nvidia-container-toolkit=1.19.1-1 libnvidia-container1=1.16.1-1\n",
    });
    const found = of((await scanWith(root)).findings, "AIA501").map((f) => ({ at: `${f.file}:${f.line}`, name: f.component?.name, version: f.component?.version, upgrade: f.component?.upgrade })).sort((a, b) => (a.at < b.at ? -1 : 1));
    expect(found).toEqual([
      // The overlay's entry is what deploys: judged on its line, the base's pinned reference is not.
      { at: "overlays/prod/kustomization.yaml:4", name: "ollama/ollama", version: "0.1.33", upgrade: "0.17.1" },
      { at: "k8s/triton.yaml:14", name: "nvcr.io/nvidia/tritonserver", version: "24.01", upgrade: "26.06" },
      { at: "build/Dockerfile:2", name: "redis", version: "7.2.4", upgrade: "7.2.16" },
      { at: "build/Dockerfile:4", name: "ollama/ollama", version: "0.1.32", upgrade: "0.17.1" },
      // The Debian revision is not part of the upstream version: 1.19.1-1 is the fixed 1.19.1, 1.16.1-1 is not.
      { at: "gpu/Dockerfile:2", name: "libnvidia-container1", version: "1.16.1", upgrade: "1.19.1" },
    ].sort((a, b) => (a.at < b.at ? -1 : 1)));
  });
});

describe("vulnerable components", () => {
  it("reports one finding per component at the pinning line, with every advisory and the smallest upgrade", async () => {
    const root = makeTree({ "requirements.txt": "fastapi==0.115.0\n\ntorch==2.5.1  # the model server\n" });
    const [finding] = of((await scanWith(root)).findings, "AIA501");
    expect(brief(finding)).toEqual({ file: "requirements.txt", line: 3, severity: "critical", advisories: ["CVE-2025-32434", "CVE-2026-24747"], upgrade: "2.10.0", suppressed: false });
    expect(finding.title).toBe("torch==2.5.1 has 2 known vulnerabilities");
    expect(finding.fix).toBe("Upgrade to torch==2.10.0 (the smallest version that fixes them all; no release of this line does).");
    expect(finding.component?.advisories?.[0]).toMatchObject({ id: "CVE-2025-32434", severity: "critical", score: 9.3, fixed: "2.6.0" });
  });

  it("raises the severity one step when a workload running it is reachable from the network", async () => {
    const image = "ghcr.io/open-webui/open-webui:v0.9.5";
    const inside = await scanWith(makeTree({ "docker-compose.yml": `services:\n  ui:\n    image: ${image}\n` }));
    const published = await scanWith(makeTree({ "docker-compose.yml": `services:\n  ui:\n    image: ${image}\n    ports: ["3000:8080"]\n` }));
    const [a] = of(inside.findings, "AIA501");
    const [b] = of(published.findings, "AIA501");
    expect(a.severity).toBe("high");
    expect(b.severity).toBe("critical");
    expect(b.message).toContain('It is reachable from the network (ports "3000:8080" on all interfaces, line 4), which raises the severity by one step.');
  });

  it("accepts advisories named in the config: left out of the severity, and the finding suppressed when all are accepted", async () => {
    const root = makeTree({ "requirements.txt": "torch==2.5.1\n" });
    const one = parseConfig("ignore:\n  - advisories: [cve-2025-32434]\n    reason: weights come from our own registry\n", "c.yml");
    const [partly] = of((await scan({ root, config: one, today: TODAY })).findings, "AIA501");
    expect(partly).toMatchObject({ severity: "high", suppressed: false });
    expect(partly.message).toContain("1 advisory is accepted in the config.");
    expect(partly.component?.advisories?.find((a) => a.id === "CVE-2025-32434")?.accepted).toBe("weights come from our own registry");
    const both = parseConfig("ignore:\n  - advisories: [CVE-2025-32434, GHSA-fake-0000-0000]\n    reason: r1\n  - advisories: [CVE-2026-24747]\n    reason: r2\n    until: 2027-01-31\n", "c.yml");
    const [all] = of((await scan({ root, config: both, today: TODAY })).findings, "AIA501");
    expect(all).toMatchObject({ suppressed: true, suppression: { kind: "config", reason: "r1" } });
    const expired = await scan({ root, config: both, today: "2027-02-01" });
    expect(of(expired.findings, "AIA501")[0].suppressed).toBe(false);
  });
});

describe("OSV", () => {
  const servers: { close(): void }[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  /** A stand-in for api.osv.dev on 127.0.0.1 serving real records by package name. */
  async function osvServer(records: Record<string, string[]>, status = 200): Promise<{ url: string; requests: string[] }> {
    const requests: string[] = [];
    const byId = new Map<string, string>();
    for (const files of Object.values(records)) for (const file of files) byId.set(JSON.parse(readFileSync(join(OSV_FIXTURES, file), "utf8")).id, readFileSync(join(OSV_FIXTURES, file), "utf8"));
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        requests.push(`${request.method} ${request.url}`);
        if (status !== 200) {
          response.writeHead(status).end();
          return;
        }
        if (request.url === "/v1/querybatch") {
          const { queries } = JSON.parse(body) as { queries: { package: { name: string } }[] };
          const results = queries.map((q) => ({ vulns: (records[q.package.name] ?? []).map((file) => ({ id: JSON.parse(readFileSync(join(OSV_FIXTURES, file), "utf8")).id, modified: "2026-01-01T00:00:00Z" })) }));
          response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ results }));
          return;
        }
        const record = byId.get(decodeURIComponent((request.url ?? "").replace("/v1/vulns/", "")));
        response.writeHead(record ? 200 : 404, { "content-type": "application/json" }).end(record ?? "{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push({ close: () => (server.closeAllConnections(), server.close()) });
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
  }

  /** The catalog without embedded advisories, so that what is found comes from OSV. */
  const bare: Catalog = { ...catalog, advisories: { ...advisoryData, advisories: [] } };
  const tree = () => makeTree({ "docker-compose.yml": "services:\n  llm:\n    image: ollama/ollama:0.1.30\n" });

  it("asks the API about a product image through the package OSV tracks it by", async () => {
    const osv = await osvServer({ "github.com/ollama/ollama": ["GO-2024-2901.json"] });
    const result = await scanWith(tree(), { catalog: bare, osv: { mode: "online", baseUrl: osv.url } });
    expect(of(result.findings, "AIA501").map(brief)).toEqual([{ file: "docker-compose.yml", line: 3, severity: "high", advisories: ["CVE-2024-37032"], upgrade: "0.1.34", suppressed: false }]);
    // Go's database publishes no severity: unknown counts as high, and the message says so.
    expect(of(result.findings, "AIA501")[0].message).toContain("An advisory without a CVSS vector or rating counts as high.");
    expect(osv.requests).toEqual(["POST /v1/querybatch", "GET /v1/vulns/GO-2024-2901"]);
    expect(result.advisories).toMatchObject({ osv: "online", osvErrors: [], osvRequests: 2 });
  });

  it("says when the API fails and keeps the embedded results", async () => {
    const osv = await osvServer({}, 400);
    const result = await scanWith(tree(), { osv: { mode: "online", baseUrl: osv.url } });
    expect(of(result.findings, "AIA501")).toHaveLength(1);
    expect(result.advisories.osvErrors.length).toBeGreaterThan(0);
    expect(result.notices.some((n) => n.message.startsWith("OSV: ") && n.message.includes("the embedded advisory data was used"))).toBe(true);
  });

  it("reads a local export", async () => {
    const dir = makeTree({});
    mkdirSync(join(dir, "Go"));
    writeFileSync(join(dir, "Go", "GO-2024-2901.json"), readFileSync(join(OSV_FIXTURES, "GO-2024-2901.json")));
    const result = await scanWith(tree(), { catalog: bare, osv: { mode: "export", path: dir } });
    expect(of(result.findings, "AIA501").map((f) => f.component?.advisories?.map((a) => a.id))).toEqual([["CVE-2024-37032"]]);
    const fixed = await scanWith(makeTree({ "docker-compose.yml": "services:\n  llm:\n    image: ollama/ollama:0.1.34\n" }), { catalog: bare, osv: { mode: "export", path: dir } });
    expect(of(fixed.findings, "AIA501")).toEqual([]);
    // Go's record publishes no severity: it counts as high unless the config says otherwise.
    const lowered = await scan({ root: tree(), config: parseConfig("unknown-severity: medium\n", "c.yml"), today: TODAY, catalog: bare, osv: { mode: "export", path: dir } });
    const [finding] = of(lowered.findings, "AIA501");
    expect(finding.severity).toBe("medium");
    expect(finding.message).toContain("An advisory without a CVSS vector or rating counts as medium.");
    expect(finding.component?.advisories?.[0].severity).toBe("unknown");
  });
});

describe("the advisory data's age", () => {
  it("is in the result, with a warning once it is older than 90 days", async () => {
    const root = makeTree({ "requirements.txt": "torch==2.10.0\n" });
    const now = await scanWith(root);
    expect(now.advisories).toMatchObject({ generated: "2026-12-06", ageDays: 0, osv: "off" });
    expect(now.notices.filter((n) => n.message.includes("advisory data is"))).toEqual([]);
    const later = await scanWith(root, { today: "2027-04-01" });
    expect(later.notices.map((n) => n.message)).toContain("the embedded advisory data is 116 days old (compiled 2026-12-06): advisories published since are not in it; update ai-infra-audit or query OSV (--online)");
  });
});
