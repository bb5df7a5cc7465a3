// Services and Ingresses that an operator creates at run time (KubeRay): an Ingress or a Service type
// written in the resource reaches the pods the operator builds, and the product is judged by what the
// operator starts in them.
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { OPERATOR_RESOURCES } from "../src/catalog/operators.js";
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

/** The 1-based line of the only line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const lines = text.split("\n").flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
  if (lines.length !== 1) throw new Error(`"${needle}" is on ${lines.length} lines`);
  return lines[0];
}

const exposureFindings = (result: Awaited<ReturnType<typeof scanTree>>) => result.findings.filter((f) => f.category === "missing-auth" || f.category === "exposed-service");

describe("KubeRay: the head Service's type and the Ray version", () => {
  const cluster = (opts: { version: string; serviceType?: string; env?: string }) => `apiVersion: ray.io/v1
kind: RayCluster
metadata:
  name: llm
spec:
  rayVersion: '${opts.version}'
  headGroupSpec:
${opts.serviceType ? `    serviceType: ${opts.serviceType}\n` : ""}    rayStartParams: {}
    template:
      spec:
        containers:
        - name: ray-head
          image: registry.example.com/team/ray-llm:prod
${opts.env ?? ""}`;

  it("reports a NodePort head Service of a Ray without authentication as critical at serviceType; ClusterIP and no Ingress yield nothing", async () => {
    const nodePort = cluster({ version: "2.46.0", serviceType: "NodePort" });
    const result = await scanTree(makeTree({ "ray.yaml": nodePort }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ray.yaml", line: lineOf(nodePort, "serviceType: NodePort"), category: "missing-auth", severity: "critical" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toMatch(/Service llm-head-svc \(created by KubeRay for RayCluster llm\) of type NodePort/);
    const clusterIp = await scanTree(makeTree({ "ray.yaml": cluster({ version: "2.46.0", serviceType: "ClusterIP" }) }));
    expect(exposureFindings(clusterIp)).toEqual([]);
    expect(clusterIp.inventory.workloads.map((w) => [w.product, w.reach])).toEqual([["ray", undefined]]);
  });

  it("judges token authentication by rayVersion: RAY_AUTH_TOKEN turns it on for ray start only from Ray 2.59", async () => {
    const token = "          env:\n          - name: RAY_AUTH_TOKEN\n            valueFrom:\n              secretKeyRef: {name: ray-token, key: auth_token}\n";
    const before = cluster({ version: "2.55.0", serviceType: "LoadBalancer", env: token });
    expect(findingsOf(await scanTree(makeTree({ "ray.yaml": before })), "AIA101")).toEqual([{ file: "ray.yaml", line: lineOf(before, "serviceType"), category: "missing-auth", severity: "critical" }]);
    const after = cluster({ version: "2.59.0", serviceType: "LoadBalancer", env: token });
    const result = await scanTree(makeTree({ "ray.yaml": after }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "ray.yaml", line: lineOf(after, "serviceType"), category: "exposed-service", severity: "medium" }]);
  });

  it("reports Ray 2.59+ without a token or RAY_AUTH_MODE as unauthenticated: its default-on is for ray.init() local clusters only", async () => {
    const text = cluster({ version: "2.61.0", serviceType: "LoadBalancer" });
    const result = await scanTree(makeTree({ "ray.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ray.yaml", line: lineOf(text, "serviceType"), category: "missing-auth", severity: "critical" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toMatch(/only for a local cluster that ray\.init\(\) starts/);
  });

  it("reports RAY_AUTH_MODE=disabled where it is written, even with a token", async () => {
    const env = "          env:\n          - name: RAY_AUTH_MODE\n            value: disabled\n          - name: RAY_AUTH_TOKEN\n            valueFrom:\n              secretKeyRef: {name: ray-token, key: auth_token}\n";
    const text = cluster({ version: "2.59.0", serviceType: "LoadBalancer", env });
    const result = await scanTree(makeTree({ "ray.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ray.yaml", line: lineOf(text, "value: disabled"), category: "missing-auth", severity: "critical" }]);
  });

  it("reads a RayCronJob like a RayJob: its cluster spec, rayVersion and head Service type", async () => {
    const cron = `apiVersion: ray.io/v1
kind: RayCronJob
metadata:
  name: nightly
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    entrypoint: python train.py
    rayClusterSpec:
      rayVersion: '2.9.0'
      headGroupSpec:
        serviceType: LoadBalancer
        rayStartParams: {}
        template:
          spec:
            containers:
            - name: ray-head
              image: registry.example.com/team/trainer:nightly
    submitterPodTemplate:
      spec:
        containers:
        - name: submitter
          image: rayproject/ray:2.9.0
`;
    const result = await scanTree(makeTree({ "cron.yaml": cron }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "cron.yaml", line: lineOf(cron, "serviceType: LoadBalancer"), category: "missing-auth", severity: "critical" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.component).toEqual({ name: "ray", version: "2.9.0" });
    expect(result.inventory.workloads.map((w) => w.name).sort()).toEqual(["raycronjob/nightly/ray-head", "raycronjob/nightly/submitter"]);
  });
});

describe("KServe InferenceService", () => {
  const isvc = (opts: { mode?: string; labels?: string; predictor?: string; transformer?: string } = {}) => `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: llama
  namespace: llm
${opts.labels ? `  labels:\n${opts.labels}` : ""}${opts.mode ? `  annotations:\n    serving.kserve.io/deploymentMode: ${opts.mode}\n` : ""}spec:
  predictor:
${
  opts.predictor ??
  `    model:
      modelFormat:
        name: vLLM
      storageUri: hf://meta-llama/Llama-3.1-8B-Instruct
      resources:
        limits:
          nvidia.com/gpu: "1"
`
}${opts.transformer ?? ""}`;

  it("reports a Knative-mode InferenceService without the cluster-local label at its deploymentMode: KServe binds it to the ingress gateway", async () => {
    const text = isvc({ mode: "Serverless" });
    const result = await scanTree(makeTree({ "isvc.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "isvc.yaml", line: lineOf(text, "deploymentMode"), category: "missing-auth", severity: "high" }]);
    const finding = result.findings.find((f) => f.ruleId === "AIA101");
    expect(finding?.message).toMatch(/^vLLM in container inferenceservice\/llama\/kserve-container is reachable through VirtualService llama \(created by KServe for InferenceService llama\) routes to Service llama-predictor/);
    expect(finding?.fix).toMatch(/networking\.knative\.dev\/visibility: cluster-local/);
    expect(result.inventory.workloads.map((w) => [w.name, w.product, w.gpu])).toEqual([["inferenceservice/llama/kserve-container", "vllm", true]]);
  });

  it("reports nothing for a Knative-mode InferenceService labelled cluster-local (the current and the older Knative label)", async () => {
    for (const label of ["networking.knative.dev/visibility", "serving.knative.dev/visibility"]) {
      const result = await scanTree(makeTree({ "isvc.yaml": isvc({ mode: "Knative", labels: `    ${label}: cluster-local\n` }) }));
      expect(exposureFindings(result)).toEqual([]);
    }
  });

  it("reports nothing when the file does not say the deployment mode: the cluster's default decides, which the repository does not show", async () => {
    const result = await scanTree(makeTree({ "isvc.yaml": isvc() }));
    expect(exposureFindings(result)).toEqual([]);
    expect(result.inventory.networkRules).toEqual([{ kind: "service", name: "llama-predictor", namespace: "llm", type: "ClusterIP", reach: "cluster", file: "isvc.yaml", line: 4 }]);
  });

  it("reports a Standard (RawDeployment) InferenceService only when labelled networking.kserve.io/visibility: exposed, the one label every KServe distribution publishes", async () => {
    const triton = "    model:\n      runtime: kserve-tritonserver\n      modelFormat:\n        name: onnx\n      storageUri: gs://models/resnet\n";
    const text = isvc({ mode: "RawDeployment", predictor: triton, labels: "    networking.kserve.io/visibility: exposed\n" });
    const result = await scanTree(makeTree({ "isvc.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "isvc.yaml", line: lineOf(text, "visibility: exposed"), category: "missing-auth", severity: "high" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toMatch(/NVIDIA Triton Inference Server in container inferenceservice\/llama\/kserve-container is reachable through Ingress llama \(created by KServe/);
    // Upstream KServe publishes it by default, Open Data Hub keeps it private: the file alone does not tell.
    for (const labels of ["", "    networking.kserve.io/visibility: cluster-local\n"]) {
      expect(exposureFindings(await scanTree(makeTree({ "isvc.yaml": isvc({ mode: "Standard", predictor: triton, labels }) })))).toEqual([]);
    }
    // The Standard-mode label does not make a Knative-mode InferenceService cluster-local.
    const knative = isvc({ mode: "Serverless", predictor: triton, labels: "    networking.kserve.io/visibility: cluster-local\n" });
    expect(findingsOf(await scanTree(makeTree({ "isvc.yaml": knative })), "AIA101")).toEqual([{ file: "isvc.yaml", line: lineOf(knative, "deploymentMode"), category: "missing-auth", severity: "high" }]);
  });

  it("counts Open Data Hub's security.opendatahub.io/enable-auth as a token check in front", async () => {
    const text = isvc({ mode: "Serverless" }).replace("    serving.kserve.io/deploymentMode: Serverless\n", '    serving.kserve.io/deploymentMode: Serverless\n    security.opendatahub.io/enable-auth: "true"\n');
    const result = await scanTree(makeTree({ "isvc.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "isvc.yaml", line: lineOf(text, "deploymentMode"), category: "exposed-service", severity: "medium" }]);
  });

  it("reads the runtime's command line and the model's args: --api-key on the vLLM runtime turns its authentication on", async () => {
    const predictor = "    model:\n      modelFormat:\n        name: vLLM\n      args:\n        - --api-key=$(VLLM_KEY)\n      env:\n        - name: VLLM_KEY\n          valueFrom:\n            secretKeyRef: {name: vllm, key: key}\n";
    const text = isvc({ mode: "Serverless", predictor });
    const result = await scanTree(makeTree({ "isvc.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "isvc.yaml", line: lineOf(text, "deploymentMode"), category: "exposed-service", severity: "medium" }]);
  });

  it("routes to the transformer when there is one: a model server behind it is not reached directly", async () => {
    const transformer = "  transformer:\n    containers:\n      - name: kserve-container\n        image: registry.example.com/team/tokenizer:1.0\n";
    const result = await scanTree(makeTree({ "isvc.yaml": isvc({ mode: "Serverless", transformer }) }));
    expect(exposureFindings(result)).toEqual([]);
    expect(result.inventory.workloads.map((w) => [w.name, w.product, w.reach])).toEqual([
      ["inferenceservice/llama/kserve-container", "vllm", undefined],
      ["inferenceservice/llama/kserve-container", undefined, "network"],
    ]);
  });

  it("reads the custom containers form and links a user's LoadBalancer Service that selects KServe's pod label", async () => {
    const predictor = "    containers:\n      - name: kserve-container\n        image: vllm/vllm-openai:v0.10.1.1\n        args: [--model, meta-llama/Llama-3.1-8B-Instruct, --port, '8080']\n        ports:\n          - containerPort: 8080\n";
    const svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: llama-public\n  namespace: llm\nspec:\n  type: LoadBalancer\n  selector:\n    serving.kserve.io/inferenceservice: llama\n  ports:\n    - port: 80\n      targetPort: 8080\n";
    const result = await scanTree(makeTree({ "isvc.yaml": isvc({ predictor }), "svc.yaml": svc }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "svc.yaml", line: 7, category: "missing-auth", severity: "high" }]);
    expect(result.inventory.workloads.map((w) => [w.name, w.product])).toEqual([["inferenceservice/llama/kserve-container", "vllm"]]);
  });

  it("merges a listed kserve-container into the model server KServe builds", async () => {
    const predictor = "    model:\n      modelFormat:\n        name: vLLM\n    containers:\n      - name: kserve-container\n        env:\n          - name: VLLM_API_KEY\n            valueFrom:\n              secretKeyRef: {name: vllm, key: key}\n      - name: proxy\n        image: envoyproxy/envoy:v1.31.0\n";
    const text = isvc({ mode: "Serverless", predictor });
    const result = await scanTree(makeTree({ "isvc.yaml": text }));
    expect(result.inventory.workloads.map((w) => [w.name, w.product])).toEqual([
      ["inferenceservice/llama/kserve-container", "vllm"],
      ["inferenceservice/llama/proxy", undefined],
    ]);
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "isvc.yaml", line: lineOf(text, "deploymentMode"), category: "exposed-service", severity: "medium" }]);
  });

  it("does not report the hardening of a container KServe merges with its ServingRuntime", async () => {
    const predictor = "    tensorflow:\n      storageUri: gs://models/flowers\n      image: tensorflow/serving:2.6.2\n";
    const result = await scanTree(makeTree({ "isvc.yaml": isvc({ predictor }) }));
    expect(result.findings.filter((f) => f.ruleId === "AIA206" || f.ruleId === "AIA207")).toEqual([]);
    expect(result.inventory.workloads.map((w) => w.product)).toEqual(["tensorflow-serving"]);
  });
});

describe("NVIDIA NIM Operator NIMService", () => {
  const nim = (expose: string, extra = "") => `apiVersion: apps.nvidia.com/v1alpha1
kind: NIMService
metadata:
  name: llama3
  namespace: nim
spec:
  image:
    repository: nvcr.io/nim/meta/llama-3.1-8b-instruct
    tag: "1.3.3"
  authSecret: ngc-api-secret
${extra}  resources:
    limits:
      nvidia.com/gpu: 1
  expose:
${expose}`;

  it("reports spec.expose.service.type LoadBalancer at that line; the default ClusterIP yields nothing", async () => {
    const text = nim("    service:\n      type: LoadBalancer\n      port: 8000\n");
    const result = await scanTree(makeTree({ "nim.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "nim.yaml", line: lineOf(text, "type: LoadBalancer"), category: "missing-auth", severity: "high" }]);
    expect(result.inventory.workloads.map((w) => [w.name, w.product, w.gpu])).toEqual([["nimservice/llama3/llama3-ctr", "nvidia-nim", true]]);
    expect(result.inventory.components.map((c) => [c.name, c.version, c.line])).toEqual([["nvcr.io/nim/meta/llama-3.1-8b-instruct", "1.3.3", 8]]);
    const clusterIp = await scanTree(makeTree({ "nim.yaml": nim("    service:\n      port: 8000\n") }));
    expect(exposureFindings(clusterIp)).toEqual([]);
    // The operator runs the container as user 1000: no hardening finding about what the resource cannot set.
    expect(clusterIp.findings.filter((f) => f.ruleId === "AIA206" || f.ruleId === "AIA207")).toEqual([]);
  });

  it("keeps a LoadBalancer with a provider's internal annotation in spec.expose.service.annotations private", async () => {
    const result = await scanTree(makeTree({ "nim.yaml": nim('    service:\n      type: LoadBalancer\n      annotations:\n        service.beta.kubernetes.io/azure-load-balancer-internal: "true"\n') }));
    expect(exposureFindings(result)).toEqual([]);
    expect(result.inventory.networkRules.map((r) => r.reach)).toEqual(["private"]);
  });

  it("reports the Ingress of spec.expose.router.ingress at ingressClass, and an authenticating annotation in router.annotations lowers it to exposed-service", async () => {
    const text = nim("    service:\n      port: 8000\n    router:\n      hostDomainName: example.com\n      ingress:\n        ingressClass: nginx\n");
    expect(findingsOf(await scanTree(makeTree({ "nim.yaml": text })), "AIA101")).toEqual([{ file: "nim.yaml", line: lineOf(text, "ingressClass"), category: "missing-auth", severity: "high" }]);
    const authed = nim("    service:\n      port: 8000\n    router:\n      hostDomainName: example.com\n      annotations:\n        nginx.ingress.kubernetes.io/auth-url: https://oauth2.example.com/oauth2/auth\n      ingress:\n        ingressClass: nginx\n");
    const result = await scanTree(makeTree({ "nim.yaml": authed }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "nim.yaml", line: lineOf(authed, "ingressClass"), category: "exposed-service", severity: "medium" }]);
  });

  it("reports the HTTPRoute of spec.expose.router.gateway, and the deprecated spec.expose.ingress when enabled", async () => {
    const gateway = nim("    router:\n      gateway:\n        namespace: gateways\n        name: public\n");
    expect(findingsOf(await scanTree(makeTree({ "nim.yaml": gateway })), "AIA101")).toEqual([{ file: "nim.yaml", line: lineOf(gateway, "name: public"), category: "missing-auth", severity: "high" }]);
    const off = nim("    router:\n      gateway:\n        namespace: gateways\n        name: public\n        httpRoutesEnabled: false\n");
    expect(exposureFindings(await scanTree(makeTree({ "nim.yaml": off })))).toEqual([]);
    const ingress = nim("    ingress:\n      enabled: true\n      spec:\n        ingressClassName: nginx\n");
    expect(findingsOf(await scanTree(makeTree({ "nim.yaml": ingress })), "AIA101")).toEqual([{ file: "nim.yaml", line: lineOf(ingress, "enabled: true"), category: "missing-auth", severity: "high" }]);
  });

  it("recognises the NIM whatever registry its image comes from, and leaves the Service to KServe with inferencePlatform: kserve", async () => {
    const mirrored = nim("    service:\n      type: LoadBalancer\n").replace("nvcr.io/nim/meta/llama-3.1-8b-instruct", "registry.example.com/llama3");
    expect(findingsOf(await scanTree(makeTree({ "nim.yaml": mirrored })), "AIA101")).toEqual([{ file: "nim.yaml", line: lineOf(mirrored, "type: LoadBalancer"), category: "missing-auth", severity: "high" }]);
    const kserve = await scanTree(makeTree({ "nim.yaml": nim("    service:\n      type: LoadBalancer\n", "  inferencePlatform: kserve\n") }));
    expect(exposureFindings(kserve)).toEqual([]);
  });
});

describe("KAITO Workspace", () => {
  const workspace = (annotations: string, inference = "  preset:\n    name: llama-3.1-8b-instruct\n") => `apiVersion: kaito.sh/v1beta1
kind: Workspace
metadata:
  name: llama
${annotations ? `  annotations:\n${annotations}` : ""}resource:
  instanceType: Standard_NC24ads_A100_v4
  labelSelector:
    matchLabels:
      apps: llama
inference:
${inference}`;

  it('reports kaito.sh/enablelb: "True" (exactly that value) as the vLLM preset reachable without authentication, at the annotation', async () => {
    const text = workspace('    kaito.sh/enablelb: "True"\n');
    const result = await scanTree(makeTree({ "ws.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ws.yaml", line: lineOf(text, "enablelb"), category: "missing-auth", severity: "high" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toMatch(/^vLLM in container workspace\/llama\/llama is reachable through Service llama \(created by KAITO for Workspace llama\) of type LoadBalancer/);
    for (const value of ['"true"', '"TRUE"', '"False"']) expect(exposureFindings(await scanTree(makeTree({ "ws.yaml": workspace(`    kaito.sh/enablelb: ${value}\n`) })))).toEqual([]);
    const plain = await scanTree(makeTree({ "ws.yaml": workspace("") }));
    expect(exposureFindings(plain)).toEqual([]);
    expect(plain.inventory.workloads.map((w) => [w.name, w.product])).toEqual([["workspace/llama/llama", "vllm"]]);
  });

  it("names no product for the transformers runtime", async () => {
    const result = await scanTree(makeTree({ "ws.yaml": workspace('    kaito.sh/enablelb: "True"\n    kaito.sh/runtime: transformers\n') }));
    expect(exposureFindings(result)).toEqual([]);
    expect(result.inventory.workloads.map((w) => w.product)).toEqual([undefined]);
  });

  it("reads the ConfigMap that inference.config names: api-key there turns vLLM's authentication on; one outside the repository leaves it unknown", async () => {
    const inference = "  preset:\n    name: llama-3.1-8b-instruct\n  config: llama-params\n";
    const text = workspace('    kaito.sh/enablelb: "True"\n', inference);
    const configMap = (vllm: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: llama-params\ndata:\n  inference_config.yaml: |\n    vllm:\n      gpu-memory-utilization: 0.95\n${vllm}`;
    const withKey = await scanTree(makeTree({ "ws.yaml": text, "params.yaml": configMap("      api-key: from-a-secret-store\n") }));
    expect(findingsOf(withKey, "AIA101")).toEqual([]);
    expect(findingsOf(withKey, "AIA102")).toEqual([{ file: "ws.yaml", line: lineOf(text, "enablelb"), category: "exposed-service", severity: "medium" }]);
    const without = await scanTree(makeTree({ "ws.yaml": text, "params.yaml": configMap("") }));
    expect(findingsOf(without, "AIA101")).toEqual([{ file: "ws.yaml", line: lineOf(text, "enablelb"), category: "missing-auth", severity: "high" }]);
    const outside = await scanTree(makeTree({ "ws.yaml": text }));
    expect(findingsOf(outside, "AIA101")).toEqual([]);
    expect(findingsOf(outside, "AIA102")).toEqual([{ file: "ws.yaml", line: lineOf(text, "enablelb"), category: "exposed-service", severity: "medium" }]);
  });

  it("reads the pod template of a custom-model Workspace (at the root, not under spec)", async () => {
    const template = "  template:\n    spec:\n      containers:\n        - name: server\n          image: vllm/vllm-openai:v0.10.1.1\n          args: [--port, '5000']\n";
    const text = workspace('    kaito.sh/enablelb: "True"\n', template);
    const result = await scanTree(makeTree({ "ws.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ws.yaml", line: lineOf(text, "enablelb"), category: "missing-auth", severity: "high" }]);
    expect(result.inventory.workloads.map((w) => w.name)).toEqual(["workspace/llama/server"]);
  });
});

describe("Kubeflow Notebook", () => {
  const notebook = `apiVersion: kubeflow.org/v1
kind: Notebook
metadata:
  name: research
  namespace: team-a
spec:
  template:
    spec:
      containers:
        - name: research
          image: ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-pytorch-cuda-full:v1.10.0
          resources:
            limits:
              nvidia.com/gpu: 1
`;

  it("reads the notebook as Kubeflow's JupyterLab, behind the ClusterIP Service the controller creates: nothing to report", async () => {
    const result = await scanTree(makeTree({ "nb.yaml": notebook }));
    expect(exposureFindings(result)).toEqual([]);
    expect(result.inventory.workloads.map((w) => [w.name, w.product, w.gpu])).toEqual([["notebook/research/research", "kubeflow-jupyter", true]]);
    expect(result.inventory.networkRules).toEqual([{ kind: "service", name: "research", namespace: "team-a", type: "ClusterIP", reach: "cluster", file: "nb.yaml", line: 4 }]);
  });

  it("reports an Ingress to the controller's Service (port 80), which bypasses the Kubeflow gateway, as critical at its backend", async () => {
    const ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: research\n  namespace: team-a\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: research\n                port:\n                  number: 80\n";
    const result = await scanTree(makeTree({ "nb.yaml": notebook, "ingress.yaml": ingress }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "ingress.yaml", line: 14, category: "missing-auth", severity: "critical" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toMatch(/Service research \(created by Kubeflow notebook controller for Notebook research\)/);
  });
});

describe("LeaderWorkerSet", () => {
  const lws = (leader: boolean) => `apiVersion: leaderworkerset.x-k8s.io/v1
kind: LeaderWorkerSet
metadata:
  name: vllm
spec:
  replicas: 1
  leaderWorkerTemplate:
    size: 2
${
  leader
    ? `    leaderTemplate:
      metadata:
        labels:
          role: leader
      spec:
        containers:
          - name: vllm-leader
            image: vllm/vllm-openai:v0.10.1.1
            command: [sh, -c, "ray start --head --port=6379; vllm serve meta-llama/Llama-3.1-405B-Instruct --port 8080 --tensor-parallel-size 8 --pipeline-parallel-size 2"]
            ports:
              - containerPort: 8080
`
    : ""
}    workerTemplate:
      spec:
        containers:
          - name: vllm-worker
            image: vllm/vllm-openai:v0.10.1.1
            command: [sh, -c, "vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8080"]
            ports:
              - containerPort: 8080
`;
  const service = (selector: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: vllm-leader\nspec:\n  type: LoadBalancer\n  selector:\n${selector}  ports:\n    - port: 8080\n`;

  it("links a Service that selects the leader by the labels LeaderWorkerSet puts on it (vLLM's multi-node example)", async () => {
    const result = await scanTree(makeTree({ "lws.yaml": lws(true), "svc.yaml": service("    leaderworkerset.sigs.k8s.io/name: vllm\n    role: leader\n") }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "svc.yaml", line: 6, category: "missing-auth", severity: "high" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toMatch(/container leaderworkerset\/vllm\/vllm-leader /);
    // worker-index 0 is the leader; the workers do not carry it.
    const byIndex = await scanTree(makeTree({ "lws.yaml": lws(true), "svc.yaml": service('    leaderworkerset.sigs.k8s.io/name: vllm\n    leaderworkerset.sigs.k8s.io/worker-index: "0"\n') }));
    expect(byIndex.inventory.workloads.filter((w) => w.reach === "network").map((w) => w.name)).toEqual(["leaderworkerset/vllm/vllm-leader"]);
  });

  it("takes the worker template as the leader's when there is no leaderTemplate", async () => {
    const result = await scanTree(makeTree({ "lws.yaml": lws(false), "svc.yaml": service('    leaderworkerset.sigs.k8s.io/name: vllm\n    leaderworkerset.sigs.k8s.io/worker-index: "0"\n') }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "svc.yaml", line: 6, category: "missing-auth", severity: "high" }]);
  });

  it("does not link on labels whose values the file cannot tell (group-index)", async () => {
    const result = await scanTree(makeTree({ "lws.yaml": lws(true), "svc.yaml": service('    leaderworkerset.sigs.k8s.io/group-index: "0"\n') }));
    expect(exposureFindings(result)).toEqual([]);
  });
});

describe("Seldon Core SeldonDeployment", () => {
  const sdep = `apiVersion: machinelearning.seldon.io/v1
kind: SeldonDeployment
metadata:
  name: llm
spec:
  predictors:
    - name: default
      graph:
        name: llm
        type: MODEL
      componentSpecs:
        - spec:
            containers:
              - name: llm
                image: vllm/vllm-openai:v0.10.1.1
              - name: sidecar
`;

  it("reads the component pods (also beside a container the operator fills in), run as the operator's default user, behind ClusterIP Services", async () => {
    const result = await scanTree(makeTree({ "sdep.yaml": sdep }));
    expect(exposureFindings(result)).toEqual([]);
    expect(result.inventory.workloads.map((w) => [w.name, w.product])).toEqual([
      ["seldondeployment/llm/llm", "vllm"],
      ["seldondeployment/llm/sidecar", undefined],
    ]);
    expect(findingsOf(result, "AIA206")).toEqual([]);
  });

  it("links a user's LoadBalancer Service that selects seldon-deployment-id", async () => {
    const svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: llm-public\nspec:\n  type: LoadBalancer\n  selector:\n    seldon-deployment-id: llm\n  ports:\n    - port: 8000\n";
    const result = await scanTree(makeTree({ "sdep.yaml": sdep, "svc.yaml": svc }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "svc.yaml", line: 6, category: "missing-auth", severity: "high" }]);
  });
});

describe("operator resources as data", () => {
  it("names only products of the catalog, and cites sources for every resource", () => {
    const ids = new Set(catalog.products.map((p) => p.id));
    for (const resource of OPERATOR_RESOURCES) {
      expect(resource.sources.length, `${resource.kind}`).toBeGreaterThan(0);
      for (const group of resource.groups) if (group.container?.product) expect(ids.has(group.container.product), group.container.product).toBe(true);
    }
  });

  it("survives fields of the wrong type in every operator resource, and claims no exposure from them", async () => {
    const docs = OPERATOR_RESOURCES.map(
      (r) => `apiVersion: ${r.apiGroup}/v1
kind: ${r.kind}
metadata:
  name: odd
  annotations: [1, 2]
  labels: "not a map"
spec:
  image: nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3
  expose: {service: [LoadBalancer], router: {gateway: "public", ingress: 7}, ingress: {enabled: [true]}}
  predictor: {model: "vllm", containers: null, triton: [1]}
  transformer: []
  headGroupSpec: {serviceType: {type: LoadBalancer}, enableIngress: {}, template: "x", rayStartParams: [a]}
  workerGroupSpecs: {a: b}
  leaderWorkerTemplate: {leaderTemplate: [], workerTemplate: {spec: {containers: "x"}}}
  predictors: [{componentSpecs: [null, "x", {spec: []}]}]
  template: {spec: {containers: [{name: 1}]}}
  jobTemplate: {rayClusterSpec: 3}
  rayClusterConfig: ~
inference: {preset: {name: [x]}, config: {a: b}, template: []}
`,
    );
    const result = await scanTree(makeTree({ "odd.yaml": docs.join("---\n") }));
    expect(exposureFindings(result)).toEqual([]);
    expect(result.notices).toEqual([]);
  });
});
