// The CycloneDX 1.6 AI-BOM: valid against the schema the CycloneDX library ships, and holding the scan's
// images, packages, AI services, models and advisories by value.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import type { Advisory, Catalog, EolProduct } from "../src/catalog/types.js";
import { emptyConfig } from "../src/config/index.js";
import type { Finding } from "../src/findings/types.js";
import { renderCycloneDx } from "../src/report/cyclonedx.js";
import type { ScanResult } from "../src/report/types.js";
import { scan } from "../src/scan.js";
import { VERSION } from "../src/version.js";
import { makeTree } from "./helpers/tree.js";

const SCHEMAS = join(dirname(createRequire(import.meta.url).resolve("@cyclonedx/cyclonedx-library/package.json")), "res", "schema");

/**
 * The bom-1.6 schema refers to `spdx.SNAPSHOT.schema.json` and `jsf-0.82.SNAPSHOT.schema.json` next to it,
 * while those files name themselves without `.SNAPSHOT`: they are registered under the names referred to.
 * ajv-formats has no IRI or IDN formats; those two are accepted as written.
 */
function bomValidator() {
  const load = (file: string) => JSON.parse(readFileSync(join(SCHEMAS, file), "utf8")) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("iri-reference", true);
  ajv.addFormat("idn-email", true);
  for (const file of ["spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json"]) ajv.addSchema({ ...load(file), $id: `http://cyclonedx.org/schema/${file}` });
  return ajv.compile(load("bom-1.6.SNAPSHOT.schema.json"));
}

const validate = bomValidator();

describe("the schema check", () => {
  it("rejects what CycloneDX 1.6 does not allow", () => {
    const base = { bomFormat: "CycloneDX", specVersion: "1.6" };
    expect(validate({ ...base, components: [{ type: "machine-learning-model", name: "m" }] })).toBe(true);
    expect(validate({ ...base, components: [{ type: "model", name: "m" }] })).toBe(false);
    expect(validate({ ...base, components: [{ type: "library", name: "l", licenses: [{ license: { id: "NOT-A-LICENSE" } }] }] })).toBe(false);
    expect(validate({ ...base, vulnerabilities: [{ id: "x", ratings: [{ severity: "severe" }] }] })).toBe(false);
  });
});

function valid(json: string): Record<string, unknown> {
  const bom = JSON.parse(json) as Record<string, unknown>;
  expect(validate(bom) ? [] : validate.errors).toEqual([]);
  return bom;
}

interface BomProperty {
  name: string;
  value: string;
}
interface BomComponent {
  type: string;
  name: string;
  version?: string;
  "bom-ref": string;
  purl?: string;
  properties?: BomProperty[];
}
interface Bom {
  specVersion: string;
  serialNumber?: string;
  metadata: { timestamp?: string; tools: { components: BomComponent[] }; properties: BomProperty[] };
  components: BomComponent[];
  services: { "bom-ref": string; name: string; properties: BomProperty[] }[];
  dependencies: { ref: string; dependsOn?: string[] }[];
  vulnerabilities?: Record<string, unknown>[];
}

const ADVISORY: Advisory = {
  id: "CVE-2025-0001",
  aliases: ["GHSA-aaaa-bbbb-cccc"],
  summary: "Remote code execution through a crafted request",
  severity: { cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" },
  affects: [{ product: "vllm", ranges: [{ introduced: "0.8.0", fixed: "0.8.5" }] }],
  knownExploited: true,
  source: "https://github.com/vllm-project/vllm/security/advisories/GHSA-aaaa-bbbb-cccc",
};

const PYTHON: EolProduct = {
  id: "python",
  name: "Python",
  images: ["python"],
  lineParts: 2,
  lines: [{ line: "3.8", eol: "2024-10-07" }, { line: "3.13", eol: "2029-10-31" }],
  source: "https://devguide.python.org/versions/",
};

/** The embedded products with advisory data made for this test, so the expected values do not move with the embedded data. */
const testCatalog: Catalog = {
  products: catalog.products,
  advisories: { generated: "2026-11-01", sourcesThrough: "2026-10-15", advisories: [ADVISORY], eol: [PYTHON] },
};

const TREE = {
  "compose.yaml": `services:
  vllm:
    image: vllm/vllm-openai:v0.8.4
    command: ["--model", "meta-llama/Llama-3.1-8B-Instruct"]
    ports: ["8000:8000"]
  ollama:
    image: ollama/ollama:0.12.3
    entrypoint: ["/bin/sh", "-c", "ollama serve & sleep 5; ollama pull llama3.2; wait"]
  app:
    build: .
    environment:
      EMBEDDING_MODEL: BAAI/bge-m3
`,
  Dockerfile: 'FROM python:3.8-slim\nCMD ["python", "app.py"]\n',
};

async function scanned(): Promise<ScanResult> {
  return scan({ root: makeTree(TREE), config: emptyConfig(), today: "2026-11-23", catalog: testCatalog });
}

const location = (value: string) => ({ name: "ai-infra-audit:location", value });
const prop = (name: string, value: string) => ({ name: `ai-infra-audit:${name}`, value });

describe("renderCycloneDx on a scanned tree", async () => {
  const result = await scanned();
  const json = renderCycloneDx(result);
  const bom = valid(json) as unknown as Bom;

  it("is a CycloneDX 1.6 BOM made by this tool, without a timestamp or serial number", () => {
    expect(bom.specVersion).toBe("1.6");
    expect(bom.metadata.timestamp).toBeUndefined();
    expect(bom.serialNumber).toBeUndefined();
    expect(bom.metadata.tools.components).toEqual([{ type: "application", name: "ai-infra-audit", version: VERSION, "bom-ref": "tool:ai-infra-audit" }]);
    expect(bom.metadata.properties).toEqual([prop("advisory-data-compiled", "2026-11-01"), prop("advisory-sources-through", "2026-10-15"), prop("osv", "off")]);
    expect(renderCycloneDx(result)).toBe(json);
  });

  it("lists every image as a container with its purl and place", () => {
    expect(bom.components.filter((c) => c.type === "container")).toEqual([
      {
        type: "container",
        name: "python",
        version: "3.8-slim",
        "bom-ref": "image:Dockerfile:1:pkg:docker/python@3.8-slim",
        purl: "pkg:docker/python@3.8-slim",
        properties: [location("Dockerfile:1"), prop("workload", "stages[0]"), prop("end-of-life", "Python 3.8 (end of life 2024-10-07)")],
      },
      {
        type: "container",
        name: "vllm/vllm-openai",
        version: "v0.8.4",
        "bom-ref": "image:compose.yaml:3:pkg:docker/vllm/vllm-openai@v0.8.4",
        purl: "pkg:docker/vllm/vllm-openai@v0.8.4",
        properties: [location("compose.yaml:3"), prop("product", "vllm"), prop("workload", "services.vllm")],
      },
      {
        type: "container",
        name: "ollama/ollama",
        version: "0.12.3",
        "bom-ref": "image:compose.yaml:7:pkg:docker/ollama/ollama@0.12.3",
        purl: "pkg:docker/ollama/ollama@0.12.3",
        properties: [location("compose.yaml:7"), prop("product", "ollama"), prop("workload", "services.ollama")],
      },
    ]);
  });

  it("lists the models as machine-learning-model components, Hugging Face ones with a purl", () => {
    expect(bom.components.filter((c) => c.type === "machine-learning-model")).toEqual([
      {
        type: "machine-learning-model",
        name: "BAAI/bge-m3",
        "bom-ref": "model:services.app:BAAI/bge-m3",
        purl: "pkg:huggingface/BAAI/bge-m3",
        properties: [location("compose.yaml:12"), prop("model-source", "huggingface"), prop("workload", "services.app")],
      },
      {
        type: "machine-learning-model",
        name: "llama3.2",
        "bom-ref": "model:services.ollama:llama3.2",
        properties: [location("compose.yaml:8"), prop("model-source", "ollama"), prop("product", "ollama"), prop("workload", "services.ollama")],
      },
      {
        type: "machine-learning-model",
        name: "meta-llama/Llama-3.1-8B-Instruct",
        "bom-ref": "model:services.vllm:meta-llama/Llama-3.1-8B-Instruct",
        purl: "pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct",
        properties: [location("compose.yaml:4"), prop("model-source", "huggingface"), prop("product", "vllm"), prop("workload", "services.vllm")],
      },
    ]);
  });

  it("lists each workload that runs a catalog product as a service, depending on its image and models", () => {
    expect(bom.services).toEqual([
      {
        "bom-ref": "service:compose.yaml:services.ollama",
        name: "ollama",
        properties: [location("compose.yaml:6"), prop("product", "ollama"), prop("workload", "services.ollama"), prop("image", "ollama/ollama:0.12.3")],
      },
      {
        "bom-ref": "service:compose.yaml:services.vllm",
        name: "vllm",
        properties: [location("compose.yaml:2"), prop("product", "vllm"), prop("reach", "network"), prop("workload", "services.vllm"), prop("image", "vllm/vllm-openai:v0.8.4")],
      },
    ]);
    expect(bom.dependencies.filter((d) => d.ref.startsWith("service:"))).toEqual([
      { ref: "service:compose.yaml:services.ollama", dependsOn: ["image:compose.yaml:7:pkg:docker/ollama/ollama@0.12.3", "model:services.ollama:llama3.2"] },
      { ref: "service:compose.yaml:services.vllm", dependsOn: ["image:compose.yaml:3:pkg:docker/vllm/vllm-openai@v0.8.4", "model:services.vllm:meta-llama/Llama-3.1-8B-Instruct"] },
    ]);
  });

  it("lists each advisory of a vulnerable component with its rating, source, component and upgrade", () => {
    expect(bom.vulnerabilities).toEqual([
      {
        "bom-ref": "vulnerability:CVE-2025-0001:image:compose.yaml:3:pkg:docker/vllm/vllm-openai@v0.8.4",
        id: "CVE-2025-0001",
        source: { url: "https://github.com/vllm-project/vllm/security/advisories/GHSA-aaaa-bbbb-cccc" },
        ratings: [{ score: 9.8, severity: "critical" }],
        description: "Remote code execution through a crafted request",
        recommendation: "Upgrade to 0.8.5",
        affects: [{ ref: "image:compose.yaml:3:pkg:docker/vllm/vllm-openai@v0.8.4" }],
        properties: [prop("aliases", "GHSA-aaaa-bbbb-cccc"), prop("known-exploited", "true")],
      },
    ]);
  });

  it("does not depend on the order of the inventory", () => {
    const { components, workloads, models } = result.inventory;
    const reversed = { ...result, inventory: { ...result.inventory, components: [...components].reverse(), workloads: [...workloads].reverse(), models: [...models].reverse() } };
    expect(renderCycloneDx(reversed)).toBe(json);
  });
});

describe("renderCycloneDx on packages and accepted advisories", () => {
  const finding: Finding = {
    ruleId: "AIA501",
    category: "vulnerable-component",
    severity: "high",
    title: "torch==2.5.1 has 1 known vulnerability",
    message: "…",
    fix: "Upgrade to torch==2.6.0.",
    file: "requirements.txt",
    line: 2,
    logicalPath: "component/component/torch",
    fingerprint: "fp",
    suppressed: true,
    suppression: { kind: "config", reason: "only loads our own checkpoints" },
    component: {
      name: "torch",
      version: "2.5.1",
      ecosystem: "PyPI",
      advisories: [{ id: "CVE-2025-32434", severity: "unknown", summary: "torch.load with weights_only=True can run code", fixed: "2.6.0", url: "https://github.com/advisories/GHSA-53q9-r3pm-6pq6", accepted: "we never load untrusted files" }],
      upgrade: "2.6.0",
    },
  };
  const result: ScanResult = {
    tool: { name: "ai-infra-audit", version: VERSION },
    findings: [finding],
    rules: [],
    inventory: {
      components: [
        { type: "package", ecosystem: "PyPI", name: "transformers", requirement: ">=4.40", file: "requirements.txt", line: 1 },
        { type: "package", ecosystem: "PyPI", name: "torch", version: "2.5.1", purl: "pkg:pypi/torch@2.5.1", advisories: ["CVE-2025-32434"], upgrade: "2.6.0", file: "requirements.txt", line: 2 },
        { type: "package", ecosystem: "npm", name: "@scope/pkg", version: "1.0.0", purl: "pkg:npm/%40scope/pkg@1.0.0", file: "web/package-lock.json", line: 9 },
      ],
      workloads: [],
      networkRules: [],
      models: [{ name: "gpt2", source: "huggingface", workload: "services.tgi", product: "tgi", file: "compose.yaml", line: 4 }],
    },
    advisories: { generated: "2026-11-01", sourcesThrough: "2026-10-15", ageDays: 22, osv: "export", osvErrors: [], osvRequests: 0 },
    notices: [],
    summary: { files: 2, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } },
  };
  const bom = valid(renderCycloneDx(result)) as unknown as Bom;

  it("writes packages as libraries, a range without a version or purl", () => {
    expect(bom.components.filter((c) => c.type === "library")).toEqual([
      {
        type: "library",
        name: "transformers",
        "bom-ref": "package:requirements.txt:1:transformers",
        properties: [location("requirements.txt:1"), prop("ecosystem", "PyPI"), prop("requirement", ">=4.40")],
      },
      {
        type: "library",
        name: "torch",
        version: "2.5.1",
        "bom-ref": "package:requirements.txt:2:pkg:pypi/torch@2.5.1",
        purl: "pkg:pypi/torch@2.5.1",
        properties: [location("requirements.txt:2"), prop("ecosystem", "PyPI")],
      },
      {
        type: "library",
        name: "@scope/pkg",
        version: "1.0.0",
        "bom-ref": "package:web/package-lock.json:9:pkg:npm/%40scope/pkg@1.0.0",
        purl: "pkg:npm/%40scope/pkg@1.0.0",
        properties: [location("web/package-lock.json:9"), prop("ecosystem", "npm")],
      },
    ]);
  });

  it("gives a bare Hub id no purl (the purl type wants a namespace)", () => {
    expect(bom.components.filter((c) => c.type === "machine-learning-model").map((c) => [c.name, c.purl])).toEqual([["gpt2", undefined]]);
  });

  it("keeps an accepted advisory with why, and an unknown severity as unknown", () => {
    expect(bom.vulnerabilities).toEqual([
      {
        "bom-ref": "vulnerability:CVE-2025-32434:package:requirements.txt:2:pkg:pypi/torch@2.5.1",
        id: "CVE-2025-32434",
        source: { url: "https://github.com/advisories/GHSA-53q9-r3pm-6pq6" },
        ratings: [{ severity: "unknown" }],
        description: "torch.load with weights_only=True can run code",
        recommendation: "Upgrade to 2.6.0",
        affects: [{ ref: "package:requirements.txt:2:pkg:pypi/torch@2.5.1" }],
        analysis: { detail: "accepted in the config: we never load untrusted files" },
      },
    ]);
    expect(bom.metadata.properties).toContainEqual(prop("osv", "export"));
  });

  it("writes hostile names so a CI log cannot act on them, and reads them back the same", () => {
    const name = "x ##[error]y \u2028 \u202e";
    const hostile: ScanResult = { ...result, inventory: { ...result.inventory, models: [{ ...result.inventory.models[0], name, workload: name }] } };
    const text = renderCycloneDx(hostile);
    expect(text).not.toMatch(/##\[|[\u2028\u202e]/);
    const back = valid(text) as unknown as Bom;
    expect(back.components.find((c) => c.type === "machine-learning-model")?.name).toBe(name);
  });
});
