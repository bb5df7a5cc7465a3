// Services and Ingresses that an operator creates at run time (KubeRay): an Ingress or a Service type
// written in the resource reaches the pods the operator builds, and the product is judged by what the
// operator starts in them.
import { describe, expect, it } from "vitest";
import { findingsOf, makeTree, scanTree } from "./helpers/tree.js";

/** A RayService on a custom image, the head Service named by the user, and an Ingress to its dashboard and Serve ports. */
const rayService = (opts: { version?: string; headService?: boolean; auth?: string; dashboardHost?: string } = {}) => `apiVersion: ray.io/v1
kind: RayService
metadata:
  name: llama2
  namespace: llama2
spec:
  serveConfigV2: |
    applications:
    - name: llama2
  rayClusterConfig:
    rayVersion: ${opts.version ?? "2.22.0"}
${opts.auth ?? ""}    headGroupSpec:
${opts.headService === false ? "" : "      headService:\n        metadata:\n          name: llama2\n"}      rayStartParams:
${opts.dashboardHost === undefined ? "        num-cpus: '0'\n" : `        dashboard-host: '${opts.dashboardHost}'\n`}      template:
        spec:
          containers:
          - name: head
            image: public.ecr.aws/example/ray2.22.0-py310-llama2:latest
            ports:
            - containerPort: 6379
              name: gcs
            - containerPort: 8265
              name: dashboard
            - containerPort: 10001
              name: client
            - containerPort: 8000
              name: serve
    workerGroupSpecs:
    - groupName: inf2
      rayStartParams: {}
      template:
        spec:
          containers:
          - name: worker
            image: public.ecr.aws/example/ray2.22.0-py310-llama2:latest
`;

const ingress = (service: string, port: number) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: llama2
  namespace: llama2
spec:
  ingressClassName: nginx
  rules:
  - http:
      paths:
      - path: /dashboard/(.*)
        pathType: ImplementationSpecific
        backend:
          service:
            name: ${service}
            port:
              number: ${port}
`;

describe("Services that KubeRay creates", () => {
  it("reports an Ingress to the head Service a RayService names (custom image, rayVersion) as critical at the backend", async () => {
    const result = await scanTree(makeTree({ "ray/ray-service.yaml": rayService() + "---\n" + ingress("llama2", 8265) }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ray/ray-service.yaml", line: 55, category: "missing-auth", severity: "critical" }]);
    const message = result.findings.find((f) => f.ruleId === "AIA101")?.message ?? "";
    expect(message).toMatch(/Ingress llama2 routes to Service llama2 \(created by KubeRay for RayService llama2\)/);
    expect(message).toMatch(/Ray before 2\.52\.0 has no authentication/);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.component).toEqual({ name: "ray", version: "2.22.0" });
  });

  it("links an Ingress to the RayService's <name>-head-svc in another file", async () => {
    const result = await scanTree(makeTree({ "ray/ray-service.yaml": rayService({ headService: false }), "ray/ingress.yaml": ingress("llama2-head-svc", 8265) }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ray/ingress.yaml", line: 15, category: "missing-auth", severity: "critical" }]);
  });

  it("links an Ingress to the RayService's <name>-serve-svc, which carries only the Serve port: the deployed application, none of Ray's control APIs", async () => {
    const result = await scanTree(makeTree({ "ray/ray-service.yaml": rayService({ headService: false }), "ray/ingress.yaml": ingress("llama2-serve-svc", 8000) }));
    expect(result.inventory.workloads.find((w) => w.name === "rayservice/llama2/head")?.reach).toBe("network");
    expect(result.findings.filter((f) => f.category === "missing-auth" || f.category === "exposed-service")).toEqual([]);
  });

  it("links a user's LoadBalancer Service that selects the labels KubeRay puts on the head pod", async () => {
    const svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: dashboard\n  namespace: llama2\nspec:\n  type: LoadBalancer\n  selector:\n    ray.io/node-type: head\n  ports:\n  - port: 8265\n";
    const result = await scanTree(makeTree({ "ray/ray-service.yaml": rayService(), "ray/dashboard.yaml": svc }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ray/dashboard.yaml", line: 7, category: "missing-auth", severity: "critical" }]);
  });

  it("does not link an Ingress to a name KubeRay does not create", async () => {
    const result = await scanTree(makeTree({ "ray/ray-service.yaml": rayService({ headService: false }) + "---\n" + ingress("llama2", 8265) }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
  });

  it("reads authOptions.mode: token as RAY_AUTH_MODE=token on Ray 2.52+", async () => {
    const auth = "    authOptions:\n      mode: token\n";
    const result = await scanTree(makeTree({ "ray.yaml": rayService({ version: "2.52.0", auth }) + "---\n" + ingress("llama2", 8265) }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "ray.yaml", line: 57, category: "exposed-service", severity: "medium" }]);
  });

  it("takes the dashboard to loopback when rayStartParams say so", async () => {
    const result = await scanTree(makeTree({ "ray.yaml": rayService({ dashboardHost: "127.0.0.1" }) + "---\n" + ingress("llama2", 8265) }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
  });

  const rayCluster = (headGroup: string, annotations = "") => `apiVersion: ray.io/v1
kind: RayCluster
metadata:
  name: raycluster-kuberay
${annotations}spec:
  rayVersion: '2.46.0'
  headGroupSpec:
${headGroup}    rayStartParams: {}
    template:
      spec:
        containers:
        - name: ray-head
          image: rayproject/ray:2.46.0
`;

  it("reports a RayCluster whose head Service is a LoadBalancer at serviceType", async () => {
    const result = await scanTree(makeTree({ "cluster.yaml": rayCluster("    serviceType: LoadBalancer\n") }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "cluster.yaml", line: 8, category: "missing-auth", severity: "critical" }]);
    expect(result.inventory.networkRules).toContainEqual({ kind: "service", name: "raycluster-kuberay-head-svc", namespace: "default", type: "LoadBalancer", reach: "network", file: "cluster.yaml", line: 8 });
  });

  it("keeps a RayCluster head LoadBalancer with an internal annotation in its headService private", async () => {
    const head = '    serviceType: LoadBalancer\n    headService:\n      metadata:\n        annotations:\n          networking.gke.io/load-balancer-type: "Internal"\n';
    const result = await scanTree(makeTree({ "cluster.yaml": rayCluster(head) }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(result.inventory.networkRules.map((r) => r.reach)).toEqual(["private"]);
  });

  it("reports the Ingress KubeRay creates for enableIngress: true at that line", async () => {
    const result = await scanTree(makeTree({ "cluster.yaml": rayCluster("    enableIngress: true\n") }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "cluster.yaml", line: 8, category: "missing-auth", severity: "critical" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toMatch(/Ingress raycluster-kuberay-head-ingress \(created by KubeRay for RayCluster raycluster-kuberay\) routes to Service raycluster-kuberay-head-svc/);
  });

  it("reports nothing for a RayCluster with the default ClusterIP head Service", async () => {
    const result = await scanTree(makeTree({ "cluster.yaml": rayCluster("") }));
    expect(result.findings.filter((f) => f.category === "missing-auth" || f.category === "exposed-service")).toEqual([]);
    expect(result.inventory.workloads.map((w) => w.product)).toEqual(["ray"]);
  });

  it("puts a RayService whose serveService is a LoadBalancer on the network at its type, with no Ray finding for the Serve port alone", async () => {
    const serve = "  serveService:\n    spec:\n      type: LoadBalancer\n";
    const result = await scanTree(makeTree({ "ray.yaml": rayService({ headService: false }).replace("  rayClusterConfig:\n", `${serve}  rayClusterConfig:\n`) }));
    expect(result.inventory.networkRules).toContainEqual({ kind: "service", name: "llama2-serve-svc", namespace: "llama2", type: "LoadBalancer", reach: "network", file: "ray.yaml", line: 12 });
    expect(findingsOf(result, "AIA101")).toEqual([]);
  });

  it("reads the submitter pod of a RayJob like any other pod", async () => {
    const job = "apiVersion: ray.io/v1\nkind: RayJob\nmetadata:\n  name: job\nspec:\n  rayClusterSpec:\n    headGroupSpec:\n      rayStartParams: {}\n      template:\n        spec:\n          containers:\n          - name: head\n            image: rayproject/ray:2.46.0\n  submitterPodTemplate:\n    spec:\n      containers:\n      - name: submitter\n        image: rayproject/ray:2.46.0\n";
    const result = await scanTree(makeTree({ "job.yaml": job }));
    expect(result.inventory.workloads.map((w) => w.name).sort()).toEqual(["rayjob/job/head", "rayjob/job/submitter"]);
  });
});
