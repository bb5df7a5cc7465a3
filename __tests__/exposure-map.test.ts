// The exposure map of the pull request comment: what a reader sees, as the full Mermaid source, for
// scanned trees and for hand-built results a scanner would never produce (hostile names, many services).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { emptyConfig } from "../src/config/index.js";
import { exposureMap, MAX_MAP_CHARS, mermaidText } from "../src/report/exposure-map.js";
import type { InventoryComponent, InventoryExposure, InventoryWorkload, ScanResult } from "../src/report/types.js";
import { scan } from "../src/scan.js";
import { ollamaDeployment, ollamaIngress as ingress, ollamaService as k8sService } from "./helpers/k8s.js";
import { makeTree, scanTree } from "./helpers/tree.js";

const deployment = ollamaDeployment("0.17.1");

const VULNERABLE_EXAMPLE = fileURLToPath(new URL("../examples/vulnerable-ai-stack", import.meta.url));

/** Every line the map may have; a label, `<br/>` aside, holds nothing Mermaid, HTML or Markdown would act on. */
const LINE_SHAPES = [
  /^flowchart LR$/,
  /^ {2}i\d+\(\["(Internet|Private network)"\]\)$/,
  /^ {2}[dsm]\d+\["(?:[^"[\]{}()|;#%`<>&\\\n]|<br\/>)+"\]$/,
  /^ {2}(i|d)\d+ --> (d|s)\d+$/,
  /^ {2}i\d+ -\.-> m0$/,
  /^ {2}classDef (open|openVulnerable|vulnerable|guarded) [a-z0-9:#,-]+$/,
  /^ {2}class s\d+(,s\d+)* (open|openVulnerable|vulnerable|guarded)$/,
];

/** The map, after checking that every line has one of the shapes above and that nothing could end its code fence. */
function checked(map: string): string {
  expect(map).not.toContain("`");
  if (map === "") return map;
  expect(map.endsWith("\n")).toBe(true);
  for (const line of map.slice(0, -1).split("\n")) expect(LINE_SHAPES.some((shape) => shape.test(line)), line).toBe(true);
  return map;
}

function resultOf(workloads: InventoryWorkload[], components: InventoryComponent[] = []): ScanResult {
  return {
    tool: { name: "ai-infra-audit", version: "0.0.0" },
    findings: [],
    rules: [],
    inventory: { components, workloads, networkRules: [], models: [] },
    advisories: { generated: "2026-12-06", sourcesThrough: "2026-09-21", ageDays: 0, osv: "off", osvErrors: [], osvRequests: 0 },
    notices: [],
    summary: { files: 1, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } },
  };
}

function published(line: number, ports: number[], more: Partial<InventoryExposure> = {}): InventoryExposure {
  return { via: "published-port", reach: "network", ports, description: `ports "${ports[0]}:${ports[0]}" on all interfaces`, file: "compose.yaml", line, ...more };
}

/** A compose service running Ollama, without authentication, published on all interfaces two lines below its name. */
function service(name: string, line: number, more: Partial<InventoryWorkload> = {}): InventoryWorkload {
  const file = more.file ?? "compose.yaml";
  return { id: `services.${name}`, kind: "compose-service", name, file, line, product: "ollama", reach: "network", auth: "none", exposures: [published(line + 2, [11434], { file })], ...more };
}

function image(workload: InventoryWorkload, advisories: string[], more: Partial<InventoryComponent> = {}): InventoryComponent {
  return { type: "image", name: "ollama/ollama", version: "0.1.0", product: "ollama", advisories, workload: workload.id, file: workload.file, line: workload.line + 1, ...more };
}




const INTERNAL_LB = "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-scheme: internal\n";
const AUTH_INGRESS = "  annotations:\n    nginx.ingress.kubernetes.io/auth-url: https://auth.example.com/oauth2/auth\n";

describe("exposureMap on scanned trees", () => {
  it("draws the vulnerable example: each AI service published to the internet without auth, the vulnerable ones marked", async () => {
    const result = await scan({ root: VULNERABLE_EXAMPLE, config: emptyConfig(), today: "2026-11-23" });
    // minio and rag-api are published on loopback only; rag-api runs no known AI product anyway.
    expect(checked(exposureMap(result))).toBe(`flowchart LR
  i0(["Internet"])
  d0["published port → 11434<br/>docker-compose.yml:8"]
  s0["ollama<br/>ollama · no auth"]
  i0 --> d0
  d0 --> s0
  d1["published port → 8000<br/>docker-compose.yml:15"]
  s1["chroma<br/>chromadb · no auth<br/>⚠ 5 advisories"]
  i0 --> d1
  d1 --> s1
  d2["published port → 6379<br/>docker-compose.yml:24"]
  s2["redis<br/>redis · no auth<br/>⚠ 15 advisories, upgrade to 7.2.16"]
  i0 --> d2
  d2 --> s2
  d3["published port → 8080<br/>docker-compose.yml:38"]
  s3["webui<br/>open-webui · no auth<br/>⚠ 49 advisories, upgrade to 0.11.0"]
  i0 --> d3
  d3 --> s3
  d4["host network → every port<br/>k8s/jupyter.yaml:15"]
  s4["deployment/notebook/notebook<br/>jupyter · no auth"]
  i0 --> d4
  d4 --> s4
  d5["LoadBalancer → 8000<br/>k8s/vllm.yaml:34"]
  s5["deployment/vllm/vllm<br/>vllm · no auth<br/>⚠ 24 advisories, upgrade to 0.24.0"]
  i0 --> d5
  d5 --> s5
  classDef open fill:#b71c1c,stroke:#7f0000,color:#ffffff
  class s0,s4 open
  classDef openVulnerable fill:#b71c1c,stroke:#ffb300,stroke-width:4px,color:#ffffff
  class s1,s2,s3,s5 openVulnerable
`);
  });

  it("draws nothing for a port published on loopback", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": 'services:\n  ollama:\n    image: ollama/ollama:0.17.1\n    ports:\n      - "127.0.0.1:11434:11434"\n' }));
    expect(result.inventory.workloads[0].exposures?.map((e) => e.reach)).toEqual(["loopback"]);
    expect(exposureMap(result)).toBe("");
  });

  it("draws nothing for a ClusterIP Service", async () => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": k8sService("ClusterIP") }));
    expect(result.inventory.workloads.map((w) => w.product)).toEqual(["ollama"]);
    expect(exposureMap(result)).toBe("");
  });

  it("draws an internal LoadBalancer as a door from the private network", async () => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": k8sService("LoadBalancer", { annotations: INTERNAL_LB }) }));
    expect(checked(exposureMap(result))).toBe(`flowchart LR
  i0(["Private network"])
  d0["LoadBalancer → 11434<br/>k8s/service.yaml:9"]
  s0["deployment/ollama/ollama<br/>ollama · no auth"]
  i0 --> d0
  d0 --> s0
`);
  });

  it("draws an Ingress with auth annotations as an auth proxy, and the service behind it as guarded", async () => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": k8sService(""), "k8s/ingress.yaml": ingress(AUTH_INGRESS) }));
    expect(checked(exposureMap(result))).toBe(`flowchart LR
  i0(["Internet"])
  d0["ingress → 11434 · auth proxy<br/>k8s/ingress.yaml:17"]
  s0["deployment/ollama/ollama<br/>ollama · auth at proxy"]
  i0 --> d0
  d0 --> s0
  classDef guarded fill:#2e7d32,stroke:#1b5e20,color:#ffffff
  class s0 guarded
`);
  });

  it("keeps a service that has no auth of its own unguarded while one door has no proxy", async () => {
    const result = await scanTree(
      makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": k8sService("LoadBalancer", { annotations: INTERNAL_LB }), "k8s/ingress.yaml": ingress(AUTH_INGRESS) }),
    );
    // Not red: the internet's only door has a login; the private network's has none.
    expect(checked(exposureMap(result))).toBe(`flowchart LR
  i0(["Internet"])
  i1(["Private network"])
  d0["ingress → 11434 · auth proxy<br/>k8s/ingress.yaml:17"]
  d1["LoadBalancer → 11434<br/>k8s/service.yaml:9"]
  s0["deployment/ollama/ollama<br/>ollama · no auth"]
  i0 --> d0
  d0 --> s0
  i1 --> d1
  d1 --> s0
`);
  });

  it("draws the exposures of one line as one door, without the loopback ones", async () => {
    const compose = 'services:\n  ollama:\n    image: ollama/ollama:0.17.1\n    ports: ["11434:11434", "127.0.0.1:8080:8080", "9000-9001:9000-9001"]\n  vllm:\n    image: vllm/vllm-openai:v0.24.0\n    network_mode: host\n';
    expect(checked(exposureMap(await scanTree(makeTree({ "compose.yaml": compose }))))).toBe(`flowchart LR
  i0(["Internet"])
  d0["published port → 9000-9001, 11434<br/>compose.yaml:4"]
  s0["ollama<br/>ollama · no auth"]
  i0 --> d0
  d0 --> s0
  d1["host network → every port<br/>compose.yaml:7"]
  s1["vllm<br/>vllm · no auth"]
  i0 --> d1
  d1 --> s1
  classDef open fill:#b71c1c,stroke:#7f0000,color:#ffffff
  class s0,s1 open
`);
  });
});

describe("exposureMap on hand-built results", () => {
  it("marks the advisories of the components the workload runs from its own file, and nothing else", () => {
    const guarded = service("guarded", 2, { auth: "on" });
    const open = service("open", 10);
    const unknown = service("unknown", 20, { auth: "unknown" });
    const components = [
      image(guarded, ["CVE-1", "CVE-2"], { upgrade: "0.2.0" }),
      image(guarded, ["CVE-2", "CVE-3"], { line: 5 }),
      // The same workload id in another file is another workload; a component of no workload is nobody's.
      image(unknown, ["CVE-9"], { file: "other/compose.yaml" }),
      image(unknown, ["CVE-8"], { workload: undefined }),
      image(open, ["CVE-4"], { upgrade: "0.1.1" }),
      image(unknown, []),
    ];
    expect(checked(exposureMap(resultOf([guarded, open, unknown], components)))).toBe(`flowchart LR
  i0(["Internet"])
  d0["published port → 11434<br/>compose.yaml:4"]
  s0["guarded<br/>ollama · auth on<br/>⚠ 3 advisories"]
  i0 --> d0
  d0 --> s0
  d1["published port → 11434<br/>compose.yaml:12"]
  s1["open<br/>ollama · no auth<br/>⚠ 1 advisory, upgrade to 0.1.1"]
  i0 --> d1
  d1 --> s1
  d2["published port → 11434<br/>compose.yaml:22"]
  s2["unknown<br/>ollama · auth unknown"]
  i0 --> d2
  d2 --> s2
  classDef openVulnerable fill:#b71c1c,stroke:#ffb300,stroke-width:4px,color:#ffffff
  class s1 openVulnerable
  classDef vulnerable fill:#ffb300,stroke:#8d5a00,color:#000000
  class s0 vulnerable
`);
  });

  it("draws only workloads that run a known AI product", () => {
    const unknownProduct = service("app", 2, { product: undefined, auth: undefined });
    const internal = service("internal", 10, { exposures: undefined, reach: undefined });
    const cluster = service("cluster", 20, { exposures: [published(22, [11434], { via: "node-port", reach: "cluster" })] });
    expect(exposureMap(resultOf([unknownProduct, internal, cluster]))).toBe("");
  });

  it("counts the services past maxServices in one node, reached from where they are", () => {
    const workloads = [
      service("a", 2),
      service("b", 10, { auth: "off" }),
      service("c", 20, { exposures: [published(22, [11434], { via: "load-balancer", reach: "private" })] }),
      service("d", 30),
    ];
    expect(checked(exposureMap(resultOf(workloads), { maxServices: 2 }))).toBe(`flowchart LR
  i0(["Internet"])
  i1(["Private network"])
  d0["published port → 11434<br/>compose.yaml:4"]
  s0["a<br/>ollama · no auth"]
  i0 --> d0
  d0 --> s0
  d1["published port → 11434<br/>compose.yaml:12"]
  s1["b<br/>ollama · no auth"]
  i0 --> d1
  d1 --> s1
  m0["… and 2 more AI services reachable"]
  i0 -.-> m0
  i1 -.-> m0
  classDef open fill:#b71c1c,stroke:#7f0000,color:#ffffff
  class s0,s1 open
`);
    expect(checked(exposureMap(resultOf(workloads), { maxServices: 0 }))).toBe(`flowchart LR
  i0(["Internet"])
  i1(["Private network"])
  m0["… and 4 more AI services reachable"]
  i0 -.-> m0
  i1 -.-> m0
`);
    expect(exposureMap(resultOf(workloads), { maxServices: 4 })).toBe(exposureMap(resultOf(workloads), { maxServices: Number.NaN }));
  });

  it("draws 25 services unless told otherwise", () => {
    const workloads = Array.from({ length: 30 }, (_, i) => service(`svc${String(i).padStart(2, "0")}`, 10 * i + 1));
    const map = checked(exposureMap(resultOf(workloads)));
    expect(map.match(/^ {2}s\d+\[/gm)).toHaveLength(25);
    expect(map).toContain('  m0["… and 5 more AI services reachable"]\n');
  });

  it("draws fewer services when the map would pass its size cap", () => {
    const long = "n".repeat(500);
    const doors = (line: number) => Array.from({ length: 10 }, (_, i) => published(line + i, [8000 + i], { file: `${long}.yaml` }));
    const workloads = Array.from({ length: 300 }, (_, i) => service(`${long}${i}`, 100 * i + 1, { file: `${long}.yaml`, exposures: doors(100 * i + 2) }));
    const map = checked(exposureMap(resultOf(workloads), { maxServices: 1000 }));
    expect(map.length).toBeLessThanOrEqual(MAX_MAP_CHARS);
    const drawn = map.match(/^ {2}s\d+\[/gm)?.length ?? 0;
    expect(drawn).toBeGreaterThan(5);
    expect(map).toContain(`  m0["… and ${300 - drawn} more AI services reachable"]\n`);
  });

  it("draws six doors of a service at most, the rest as one", () => {
    const exposures = Array.from({ length: 8 }, (_, i) => published(10 + i, [8000 + i], { reach: i === 7 ? "private" : "network" }));
    expect(checked(exposureMap(resultOf([service("many", 2, { exposures })])))).toBe(`flowchart LR
  i0(["Internet"])
  i1(["Private network"])
  d0["published port → 8000<br/>compose.yaml:10"]
  d1["published port → 8001<br/>compose.yaml:11"]
  d2["published port → 8002<br/>compose.yaml:12"]
  d3["published port → 8003<br/>compose.yaml:13"]
  d4["published port → 8004<br/>compose.yaml:14"]
  d5["… and 3 more ways in"]
  s0["many<br/>ollama · no auth"]
  i0 --> d0
  d0 --> s0
  i0 --> d1
  d1 --> s0
  i0 --> d2
  d2 --> s0
  i0 --> d3
  d3 --> s0
  i0 --> d4
  d4 --> s0
  i0 --> d5
  i1 --> d5
  d5 --> s0
  classDef open fill:#b71c1c,stroke:#7f0000,color:#ffffff
  class s0 open
`);
  });

  it("draws a door shared by two services once (a YAML anchor, a Service selecting two Deployments)", () => {
    const cpu = service("ollama-cpu", 6, { exposures: [published(4, [11434])] });
    const gpu = service("ollama-gpu", 8, { exposures: [published(4, [11434])] });
    expect(checked(exposureMap(resultOf([gpu, cpu])))).toBe(`flowchart LR
  i0(["Internet"])
  d0["published port → 11434<br/>compose.yaml:4"]
  s0["ollama-cpu<br/>ollama · no auth"]
  i0 --> d0
  d0 --> s0
  s1["ollama-gpu<br/>ollama · no auth"]
  d0 --> s1
  classDef open fill:#b71c1c,stroke:#7f0000,color:#ffffff
  class s0,s1 open
`);
  });

  it("keeps hostile names, files and versions inside their labels", () => {
    const name = 'x"]; click s0 href "javascript:alert(1)"; %%{init: {}}%%';
    const file = 'ai/```\nclick d0 href "https://evil.example"\n```\u202e\u{1F600}/compose.yaml';
    const workload: InventoryWorkload = {
      id: name,
      kind: "compose-service",
      name,
      file,
      line: 2,
      product: "ollama</br><img src=x onerror=alert(1)>",
      auth: "none",
      exposures: [{ via: 'ingress"]\nstyle s0 fill:#f00', reach: "network", ports: [], description: "any", file, line: 4 }],
    };
    const components = [image(workload, ["GHSA-x"], { upgrade: '9"]\n%%{init: {"theme": "dark"}}%%' })];
    expect(checked(exposureMap(resultOf([workload], components)))).toBe(`flowchart LR
  i0(["Internet"])
  d0["ingress???style s0 … → every port<br/>ai/????click d0 href ?https://evil.example???????/compose.y…:4"]
  s0["x??? click s0 href ?javascript:alert?1??? ???init: ?????<br/>ollama?/br??img src=x onerror=alert?1?? · no auth<br/>⚠ 1 advisory, upgrade to 9??????init: ??theme?: ?dark?…"]
  i0 --> d0
  d0 --> s0
  classDef openVulnerable fill:#b71c1c,stroke:#ffb300,stroke-width:4px,color:#ffffff
  class s0 openVulnerable
`);
  });

  it("names a mechanism it does not know by its sanitised id, and many ports by the first few", () => {
    const exposures = [published(4, [1, 2, 3, 5, 7, 9, 11], { via: "constructor" }), published(5, [], { via: "__proto__", reach: "private" })];
    expect(checked(exposureMap(resultOf([service("odd", 2, { exposures })])))).toBe(`flowchart LR
  i0(["Internet"])
  i1(["Private network"])
  d0["constructor → 1-3, 5, 7, 9 +1 more<br/>compose.yaml:4"]
  d1["__proto__ → every port<br/>compose.yaml:5"]
  s0["odd<br/>ollama · no auth"]
  i0 --> d0
  d0 --> s0
  i1 --> d1
  d1 --> s0
  classDef open fill:#b71c1c,stroke:#7f0000,color:#ffffff
  class s0 open
`);
  });

  it("orders services by file, line and name and doors by place, whatever the order of the result", () => {
    const workloads = [
      service("b", 2, { file: "b.yaml", exposures: [published(9, [2], { file: "b.yaml" }), published(3, [1], { file: "b.yaml" })] }),
      service("z", 2, { file: "a.yaml" }),
      service("y", 2, { file: "a.yaml" }),
      service("x", 1, { file: "a.yaml", auth: "on" }),
    ];
    const components = workloads.map((w) => image(w, [`CVE-${w.name}`]));
    const map = checked(exposureMap(resultOf(workloads, components)));
    expect(exposureMap(resultOf([...workloads].reverse(), [...components].reverse()))).toBe(map);
    expect([...map.matchAll(/^ {2}s\d+\["(\w)/gm)].map((m) => m[1])).toEqual(["x", "y", "z", "b"]);
    expect([...map.matchAll(/b\.yaml:(\d+)/g)].map((m) => m[1])).toEqual(["3", "9"]);
  });
});

describe("mermaidText", () => {
  it("keeps letters, digits, spaces and . , : / _ - + = @ *", () => {
    expect(mermaidText("ghcr.io/open-webui/open-webui:v0.6.5 a_b+c=d@e*f,g")).toBe("ghcr.io/open-webui/open-webui:v0.6.5 a_b+c=d@e*f,g");
  });

  it("writes every other code point as one ?", () => {
    expect(mermaidText('a"b[c]d{e}f(g)h|i;j#k%l`m<n>o&p\\q\nr\ts')).toBe("a?b?c?d?e?f?g?h?i?j?k?l?m?n?o?p?q?r?s");
    expect(mermaidText("\u202emodel\u200b\u00e9\u{1F600}\u0000\ud800")).toBe("?model?????");
  });

  it("cuts at 60 characters, the last one …", () => {
    expect(mermaidText("a".repeat(60))).toBe("a".repeat(60));
    expect(mermaidText("a".repeat(61))).toBe(`${"a".repeat(59)}…`);
    expect(mermaidText("\u{1F600}".repeat(61))).toBe(`${"?".repeat(59)}…`);
    expect(mermaidText("\u{1F600}".repeat(60))).toBe("?".repeat(60));
  });
});

describe("the inventory's exposures and auth", () => {
  it("lists a compose service's published ports and its product's authentication", async () => {
    const result = await scan({ root: VULNERABLE_EXAMPLE, config: emptyConfig(), today: "2026-11-23" });
    const of = (id: string) => result.inventory.workloads.find((w) => w.id === id && w.file === "docker-compose.yml");
    expect(of("services.ollama")).toMatchObject({
      reach: "network",
      auth: "none",
      exposures: [{ via: "published-port", reach: "network", ports: [11434], description: 'ports "11434:11434" on all interfaces', file: "docker-compose.yml", line: 8 }],
    });
    expect(of("services.minio")).toMatchObject({
      reach: "loopback",
      auth: "on",
      exposures: [{ via: "published-port", reach: "loopback", ports: [9001], description: 'ports "127.0.0.1:9001:9001" on loopback', file: "docker-compose.yml", line: 30 }],
    });
    expect(of("services.redis")?.auth).toBe("off");
    expect(of("services.rag-api")?.auth).toBeUndefined();
    expect(of("services.ollama")?.exposures?.[0].authenticatedProxy).toBeUndefined();
  });

  it("lists a Kubernetes container's Service and Ingress, the proxy marked", async () => {
    const result = await scanTree(
      makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": k8sService("LoadBalancer", { annotations: INTERNAL_LB }), "k8s/ingress.yaml": ingress(AUTH_INGRESS) }),
    );
    expect(result.inventory.workloads).toEqual([
      {
        id: "Deployment/ai/ollama/containers/ollama",
        kind: "k8s-container",
        name: "deployment/ollama/ollama",
        file: "k8s/deployment.yaml",
        line: 15,
        image: "ollama/ollama:0.17.1",
        product: "ollama",
        reach: "network",
        auth: "none",
        exposures: [
          {
            via: "load-balancer",
            reach: "private",
            ports: [11434],
            description: "Service ollama of type LoadBalancer (internal: service.beta.kubernetes.io/aws-load-balancer-scheme: internal)",
            file: "k8s/service.yaml",
            line: 9,
          },
          {
            via: "ingress",
            reach: "network",
            ports: [11434],
            description: "Ingress ollama routes to Service ollama behind an authenticating proxy annotation",
            authenticatedProxy: true,
            file: "k8s/ingress.yaml",
            line: 17,
          },
        ],
      },
    ]);
  });
});
