// Kustomize overlays that open a Service the base keeps inside the cluster: a patch in a file, inline in
// the kustomization, as strategic merge or JSON 6902, reported at the patch line that sets the type.
import { describe, expect, it } from "vitest";
import { ollamaDeployment, ollamaService } from "./helpers/k8s.js";
import { findingsOf, makeTree, scanTree } from "./helpers/tree.js";

const base = {
  "base/deployment.yaml": ollamaDeployment(),
  "base/service.yaml": ollamaService(""),
  "base/kustomization.yaml": "resources:\n  - deployment.yaml\n  - service.yaml\n",
};

const overlay = (kustomization: string, files: Record<string, string> = {}) =>
  makeTree({ ...base, "overlays/prod/kustomization.yaml": `resources:\n  - ../../base\n${kustomization}`, ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`overlays/prod/${k}`, v])) });

const SMP = (type: string, annotations = "") => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ollama\n  namespace: ai\n${annotations}spec:\n  type: ${type}\n`;
const critical = (file: string, line: number) => [{ file, line, category: "missing-auth", severity: "critical" }];

describe("Kustomize patches of a Service", () => {
  it("reports a strategic-merge patch file that makes the Service a LoadBalancer, at its type line", async () => {
    const result = await scanTree(overlay("patches:\n  - path: service-lb.yaml\n", { "service-lb.yaml": SMP("LoadBalancer") }));
    expect(findingsOf(result, "AIA101")).toEqual(critical("overlays/prod/service-lb.yaml", 7));
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toContain("reachable through Service ollama of type LoadBalancer (as the kustomization in overlays/prod patches it)");
  });

  it("reads the older patchesStrategicMerge list the same way", async () => {
    const result = await scanTree(overlay("patchesStrategicMerge:\n  - service-lb.yaml\n", { "service-lb.yaml": SMP("NodePort") }));
    expect(findingsOf(result, "AIA101")).toEqual(critical("overlays/prod/service-lb.yaml", 7));
  });

  it("reports an inline strategic-merge patch at its line and column in the kustomization", async () => {
    const inline = `patches:\n  - patch: |-\n${SMP("LoadBalancer").split("\n").filter(Boolean).map((l) => `      ${l}`).join("\n")}\n`;
    const result = await scanTree(overlay(inline));
    expect(findingsOf(result, "AIA101")).toEqual(critical("overlays/prod/kustomization.yaml", 11));
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.column).toBe(15);
  });

  it("reports JSON 6902 operations, inline and in a file, at the value line", async () => {
    const inline = "patches:\n  - target:\n      kind: Service\n      name: ollama\n    patch: |-\n      - op: replace\n        path: /spec/type\n        value: NodePort\n";
    expect(findingsOf(await scanTree(overlay(inline)), "AIA101")).toEqual(critical("overlays/prod/kustomization.yaml", 10));
    const file = "patchesJson6902:\n  - target:\n      version: v1\n      kind: Service\n      name: ollama\n      namespace: ai\n    path: lb.yaml\n";
    const ops = "- op: add\n  path: /metadata/annotations/owner\n  value: team\n- op: replace\n  path: /spec/type\n  value: LoadBalancer\n";
    expect(findingsOf(await scanTree(overlay(file, { "lb.yaml": ops })), "AIA101")).toEqual(critical("overlays/prod/lb.yaml", 6));
  });

  it("follows an overlay of an overlay down to the base's Service", async () => {
    const tree = overlay("patches:\n  - path: service-lb.yaml\n", { "service-lb.yaml": SMP("LoadBalancer") });
    const result = await scanTree(tree);
    expect(findingsOf(result, "AIA101")).toHaveLength(1);
    const nested = makeTree({ ...base, "overlays/a/kustomization.yaml": "resources:\n  - ../../base\n", "overlays/b/kustomization.yaml": "resources:\n  - ../a\npatches:\n  - path: lb.yaml\n", "overlays/b/lb.yaml": SMP("LoadBalancer") });
    expect(findingsOf(await scanTree(nested), "AIA101")).toEqual(critical("overlays/b/lb.yaml", 7));
  });

  it("keeps an internal load balancer private, and reports nothing for ClusterIP, another Service or no patch", async () => {
    const internal = await scanTree(overlay("patches:\n  - path: lb.yaml\n", { "lb.yaml": SMP("LoadBalancer", "  annotations:\n    networking.gke.io/load-balancer-type: Internal\n") }));
    expect(findingsOf(internal, "AIA101")).toEqual([]);
    expect(internal.inventory.networkRules.map((r) => [r.file, r.type, r.reach])).toEqual([
      ["base/service.yaml", "ClusterIP", "cluster"],
      ["overlays/prod/lb.yaml", "LoadBalancer", "private"],
    ]);
    expect(findingsOf(await scanTree(overlay("patches:\n  - path: lb.yaml\n", { "lb.yaml": SMP("ClusterIP") })), "AIA101")).toEqual([]);
    expect(findingsOf(await scanTree(overlay("patches:\n  - path: lb.yaml\n", { "lb.yaml": SMP("LoadBalancer").replace("name: ollama", "name: other") })), "AIA101")).toEqual([]);
    expect(findingsOf(await scanTree(makeTree(base)), "AIA101")).toEqual([]);
  });

  it("makes an operation that is not about a Service, or a patch it cannot read, change nothing", async () => {
    const deploymentOps = "patches:\n  - target:\n      kind: Deployment\n      name: ollama\n    patch: |-\n      - op: replace\n        path: /spec/type\n        value: LoadBalancer\n";
    expect(findingsOf(await scanTree(overlay(deploymentOps)), "AIA101")).toEqual([]);
    const broken = "patches:\n  - target:\n      kind: Service\n      name: ollama\n    patch: \"- op: [\"\n";
    const result = await scanTree(overlay(broken, { "missing.yaml": "" }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
  });

  it("bounds what overlays add: 120 overlays of 100 Services of one name", async () => {
    // The same Service a hundred times over: a hostile base.
    const services = Array.from({ length: 100 }, () => ollamaService("")).join("---\n");
    const files: Record<string, string> = { "base/services.yaml": services, "base/kustomization.yaml": "resources:\n  - services.yaml\n" };
    for (let i = 0; i < 120; i++) {
      files[`overlays/o${i}/kustomization.yaml`] = "resources:\n  - ../../base\npatches:\n  - path: lb.yaml\n";
      files[`overlays/o${i}/lb.yaml`] = SMP("LoadBalancer");
    }
    const result = await scanTree(makeTree(files));
    expect(result.inventory.networkRules.length).toBe(100 + 10_000);
    expect(result.notices).toContainEqual(expect.objectContaining({ kind: "skipped", message: "kustomize overlays patch more than 10000 Services; the rest were not linked to their workloads" }));
  });

  it("reads 20,000 inline patches, hostile names among them, in linear time and without a wrong finding", async () => {
    const one = (i: number) => `  - target:\n      kind: Service\n      name: "x${i}\\n::error::pwned"\n    patch: |-\n      - op: replace\n        path: /spec/type\n        value: LoadBalancer\n`;
    const patches = Array.from({ length: 20_000 }, (_, i) => one(i)).join("");
    const result = await scanTree(overlay(`patches:\n${patches}  - patch: |-\n${SMP("LoadBalancer").split("\n").filter(Boolean).map((l) => `      ${l}`).join("\n")}\n`));
    expect(findingsOf(result, "AIA101")).toEqual(critical("overlays/prod/kustomization.yaml", 3 + 20_000 * 7 + 8));
  });
});
