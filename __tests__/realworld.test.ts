// Shapes found while reading the scanner's output on public AI repositories: each was a false alarm
// or a miss, and each is pinned here so it stays fixed.
import { describe, expect, it } from "vitest";
import { findingsOf, makeTree, scanTree } from "./helpers/tree.js";

describe("cases from public repositories", () => {
  it("does not call an artifact-only FROM scratch image (no ENTRYPOINT/CMD) root, but does a runnable one", async () => {
    const artifact = "FROM golang:1.23.4 AS build\nRUN go build -o /out/backend ./cmd\nFROM scratch\nCOPY --from=build /out/backend /backend\n";
    const runnable = artifact + 'ENTRYPOINT ["/backend"]\n';
    expect(findingsOf(await scanTree(makeTree({ "backend/Dockerfile": artifact })), "AIA206")).toEqual([]);
    expect(findingsOf(await scanTree(makeTree({ "backend/Dockerfile": runnable })), "AIA206")).toEqual([{ file: "backend/Dockerfile", line: 3, category: "root-user", severity: "low" }]);
  });

  it("trusts an official database image to drop root only while its own entrypoint runs", async () => {
    const kept = "FROM postgres:16.4\nCOPY init.sql /docker-entrypoint-initdb.d/\n";
    const replaced = 'FROM postgres:16.4\nCOPY tool /tool\nCMD ["/tool"]\n';
    expect(findingsOf(await scanTree(makeTree({ "db/Dockerfile": kept })), "AIA206")).toEqual([]);
    expect(findingsOf(await scanTree(makeTree({ "db/Dockerfile": replaced })), "AIA206").map((f) => f.line)).toEqual([1]);
  });

  it("does not judge settings a Kustomize patch leaves out", async () => {
    const patch = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: manager\nspec:\n  template:\n    spec:\n      containers:\n        - name: manager\n          image: controller:1.4.0\n          args: [--leader-elect]\n";
    const result = await scanTree(
      makeTree({
        "config/default/kustomization.yaml": "resources:\n  - ../manager\npatches:\n  - path: manager_args_patch.yaml\n",
        "config/default/manager_args_patch.yaml": patch,
        "config/other/deployment.yaml": patch,
      }),
    );
    expect(result.findings.filter((f) => f.ruleId === "AIA206" || f.ruleId === "AIA207").map((f) => f.file)).toEqual(["config/other/deployment.yaml", "config/other/deployment.yaml"]);
  });

  it("skips ko:// build references and flags tags that name no version", async () => {
    const k8s = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers:\n    - name: a\n      image: ko://github.com/acme/controller/cmd/manager\n      securityContext: {allowPrivilegeEscalation: false}\n    - name: b\n      image: redis:alpine\n      securityContext: {allowPrivilegeEscalation: false}\n";
    expect(findingsOf(await scanTree(makeTree({ "pod.yaml": k8s })), "AIA301")).toEqual([{ file: "pod.yaml", line: 12, category: "unpinned-image", severity: "low" }]);
  });

  it("treats a container port chosen at deploy time as published", async () => {
    const text = 'services:\n  flowise:\n    image: flowiseai/flowise:2.2.7\n    ports:\n      - "${PORT}:${PORT}"\n';
    expect((await scanTree(makeTree({ "docker-compose.yml": text }))).findings.filter((f) => f.ruleId.startsWith("AIA10")).map((f) => [f.ruleId, f.line])).toEqual([["AIA101", 5]]);
  });

  it("reports a template that is not YAML until rendered as a notice, not a parse error", async () => {
    const result = await scanTree(makeTree({ "charts/files/patch.yaml": "apiVersion: v1\nkind: ConfigMap\ndata:\n  {{- toYaml .Values.data | nindent 2 }}\n" }));
    expect(result.findings).toEqual([]);
    expect(result.notices.map((n) => n.file)).toEqual(["charts/files/patch.yaml"]);
  });

  it("reports a setting merged into several services once", async () => {
    const text = "x-base: &base\n  image: busybox:1.37\n  privileged: true\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n";
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": text })), "AIA201")).toEqual([{ file: "compose.yaml", line: 3, category: "privileged-container", severity: "high" }]);
  });

  it("reads a password in a connection URL, and does not treat identity lists as secrets", async () => {
    const text =
      "services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    environment:\n      DATABASE_URL: postgresql://llm:Tr0ub4dorAndThree@db:5432/llm\n      REDIS_URL: redis://:postgres@cache:6379\n      AUTHENTICATION_APIKEY_USERS: alice,bob\n      MINIO_ACCESS_KEY: minioadmin\n";
    const result = await scanTree(makeTree({ "compose.yaml": text }));
    expect(result.findings.filter((f) => f.ruleId === "AIA401" || f.ruleId === "AIA402").map((f) => [f.ruleId, f.line])).toEqual([
      ["AIA402", 5],
      ["AIA401", 6],
    ]);
  });
});

describe("images used by COPY --from and RUN --mount", () => {
  it("checks an external image copied from, not a stage", async () => {
    const text = [
      "FROM python:3.12.7-slim AS build",
      "COPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv",
      "RUN --mount=type=bind,from=infiniflow/ragflow_deps:latest,source=/,target=/deps cp -r /deps /opt",
      "FROM python:3.12.7-slim",
      "COPY --from=build /opt /opt",
      "COPY --from=0 /bin/uv /bin/uv",
      "COPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/uv2",
      "USER 1000",
    ].join("\n");
    expect(findingsOf(await scanTree(makeTree({ Dockerfile: text + "\n" })), "AIA301").map((f) => f.line)).toEqual([2, 3]);
  });
});

it("knows the example passwords documentation prints everywhere", async () => {
  const text = "services:\n  search:\n    image: opensearchproject/opensearch:3.6.0\n    environment:\n      - OPENSEARCH_INITIAL_ADMIN_PASSWORD=${OPENSEARCH_INITIAL_ADMIN_PASSWORD:-StrongPassword123!}\n";
  const finding = (await scanTree(makeTree({ "compose.yaml": text }))).findings.find((f) => f.ruleId === "AIA401");
  expect(finding).toMatchObject({ line: 5, severity: "low" });
  expect(finding?.message).toMatch(/falls back to a well-known value/);
});

describe("Kubernetes shapes from operator repositories", () => {
  const pod = (container: string, extra = "") =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext: {runAsNonRoot: true}\n${extra}  containers:\n    - name: c\n      securityContext: {allowPrivilegeEscalation: false}\n${container}`;

  it("treats $(VAR) references as set at deploy time, and namespace flags as no secret", async () => {
    const text = pod('      image: ghcr.io/acme/cache:1.0.0\n      args: ["--db_password=$(DBCONFIG_PASSWORD)", "--webhook-secret-namespace=kubeflow"]\n      env:\n        - name: DB_PASSWORD\n          value: $(DBCONFIG_PASSWORD)\n');
    expect((await scanTree(makeTree({ "pod.yaml": text }))).findings.filter((f) => f.category === "hardcoded-secret" || f.category === "default-credentials")).toEqual([]);
  });

  it("skips image fields that are not references", async () => {
    expect(findingsOf(await scanTree(makeTree({ "pod.yaml": pod('      image: "FILLED BY THE OPERATOR"\n') })), "AIA301")).toEqual([]);
    expect(findingsOf(await scanTree(makeTree({ "pod.yaml": pod("      image: YOUR_REGISTRY/mt-bench-eval:tag\n") })), "AIA301")).toEqual([]);
  });

  it("leaves an application's own /var/run directory alone, not /run/containers", async () => {
    const volumes = "  volumes:\n    - name: app\n      hostPath: {path: /var/run/vineyard-kubernetes/default}\n    - name: hooks\n      hostPath: {path: /run/containers/oci/hooks.d}\n";
    const text = pod("      image: ghcr.io/acme/agent:1.0.0\n      volumeMounts:\n        - {name: app, mountPath: /var/run/vineyard}\n        - {name: hooks, mountPath: /hooks}\n") + volumes;
    expect(findingsOf(await scanTree(makeTree({ "pod.yaml": text })), "AIA205").map((f) => f.line)).toEqual([17]);
  });

  it("links a NodePort that selects a pod by a label its controller adds", async () => {
    const sts = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: sglang\nspec:\n  template:\n    metadata:\n      labels: {app: sglang}\n    spec:\n      containers:\n        - name: sglang\n          image: lmsysorg/sglang:v0.4.9\n          command: [python3, -m, sglang.launch_server, --host, 0.0.0.0]\n          ports: [{containerPort: 30000}]\n";
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: sglang\nspec:\n  type: NodePort\n  selector:\n    app: sglang\n    apps.kubernetes.io/pod-index: "0"\n  ports: [{port: 30000}]\n';
    expect(findingsOf(await scanTree(makeTree({ "sts.yaml": sts + "---\n" + svc })), "AIA101").map((f) => f.line)).toEqual([21]);
  });

  it("does not read per-Dockerfile ignore files or other BuildKit frontends as Dockerfiles", async () => {
    const result = await scanTree(makeTree({ "build/Dockerfile.python.dockerignore": "**/__pycache__\n!src\n", "docker/skopeo/Dockerfile": "# syntax=ghcr.io/azure/dalec/frontend:latest\nname: skopeo\nversion: 1.0\n" }));
    expect(result.findings).toEqual([]);
    expect(result.notices.map((n) => n.file)).toEqual(["docker/skopeo/Dockerfile"]);
  });
});

it("reads pod templates inside operators' own kinds (LeaderWorkerSet), not inside CRD schemas", async () => {
  const lws = `apiVersion: leaderworkerset.x-k8s.io/v1
kind: LeaderWorkerSet
metadata:
  name: sglang
spec:
  leaderWorkerTemplate:
    leaderTemplate:
      metadata:
        labels: {role: leader}
      spec:
        hostNetwork: true
        containers:
          - name: sglang-leader
            image: lmsysorg/sglang:latest
            command: [python3, -m, sglang.launch_server, --host, 0.0.0.0]
            securityContext:
              privileged: true
    workerTemplate:
      spec:
        containers:
          - name: sglang-worker
            image: lmsysorg/sglang:v0.4.9
`;
  const result = await scanTree(makeTree({ "lws.yaml": lws }));
  const rows = result.findings.filter((f) => ["AIA101", "AIA201", "AIA203", "AIA301"].includes(f.ruleId)).map((f) => `${f.ruleId}:${f.line}`).sort();
  expect(rows).toEqual(["AIA101:11", "AIA201:17", "AIA203:11", "AIA301:14"]);
  const crd = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: x\nspec:\n  versions:\n    - name: v1\n      schema:\n        containers:\n          - image: example\n";
  expect((await scanTree(makeTree({ "crd.yaml": crd }))).findings).toEqual([]);
});

it("judges the image a kustomization's images: entry deploys, not the placeholder it replaces", async () => {
  const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: manager\nspec:\n  template:\n    spec:\n      securityContext: {runAsNonRoot: true}\n      containers:\n        - name: manager\n          image: controller:latest\n          securityContext: {allowPrivilegeEscalation: false}\n";
  const files = {
    "config/manager/manager.yaml": deployment,
    "config/manager/kustomization.yaml": "resources:\n  - manager.yaml\n",
    "config/default/kustomization.yaml": "resources:\n  - ../manager\nimages:\n  - name: controller\n    newName: ghcr.io/acme/manager\n    newTag: v1.2.3\n",
  };
  expect(findingsOf(await scanTree(makeTree(files)), "AIA301")).toEqual([]);
  const floating = { ...files, "config/default/kustomization.yaml": "resources:\n  - ../manager\nimages:\n  - name: controller\n    newName: ghcr.io/acme/manager\n    newTag: main\n" };
  expect(findingsOf(await scanTree(makeTree(floating)), "AIA301")).toEqual([{ file: "config/default/kustomization.yaml", line: 4, category: "unpinned-image", severity: "low" }]);
});

describe("values that come from elsewhere in Kubernetes", () => {
  const minio = (env: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: minio\nspec:\n  template:\n    metadata:\n      labels: {app: minio}\n    spec:\n      containers:\n        - name: minio\n          image: minio/minio:RELEASE.2025-04-22T22-12-26Z\n          args: [server, /data]\n${env}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: minio\nspec:\n  type: LoadBalancer\n  selector: {app: minio}\n  ports: [{port: 9000}]\n`;

  it("treats envFrom a Secret as a source of any variable", async () => {
    expect((await scanTree(makeTree({ "minio.yaml": minio("") }))).findings.find((f) => f.ruleId === "AIA102")?.severity).toBe("high");
    expect((await scanTree(makeTree({ "minio.yaml": minio("          envFrom:\n            - secretRef: {name: minio-root}\n") }))).findings.find((f) => f.ruleId === "AIA102")?.severity).toBe("medium");
  });

  it("expands $(VAR) from the container's own env as the kubelet does", async () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: mlflow\n  labels: {app: mlflow}\nspec:\n  hostNetwork: true\n  containers:\n    - name: mlflow\n      image: ghcr.io/mlflow/mlflow:v2.22.0\n      command: [mlflow, server, --host, "$(BIND)"]\n      env:\n        - {name: BIND, value: 127.0.0.1}\n';
    expect(findingsOf(await scanTree(makeTree({ "pod.yaml": pod })), "AIA101")).toEqual([]);
  });
});

it("reads credentials written into Secret manifests, from stringData and base64 data", async () => {
  const secret = [
    "apiVersion: v1",
    "kind: Secret",
    "metadata:",
    "  name: db",
    "stringData:",
    "  POSTGRES_USER: n8n",
    "  POSTGRES_PASSWORD: changePassword",
    "  API_TOKEN: ${API_TOKEN}",
    "data:",
    `  ADMIN_PASSWORD: ${Buffer.from("Vq7-Lm2-Zr9-Xt4").toString("base64")}`,
    `  ROOT_PASSWORD: ${Buffer.from("minio123").toString("base64")}`,
    `  tls.crt: ${Buffer.from([0, 1, 2, 250]).toString("base64")}`,
  ].join("\n");
  const result = await scanTree(makeTree({ "secret.yaml": secret + "\n" }));
  const rows = result.findings.filter((f) => f.category === "default-credentials" || f.category === "hardcoded-secret").map((f) => `${f.ruleId}:${f.line}:${f.severity}`).sort();
  expect(rows).toEqual(["AIA401:11:low", "AIA401:7:low", "AIA402:10:medium"]);
  expect(JSON.stringify(result)).not.toContain("Vq7-Lm2-Zr9-Xt4");
});

describe("review findings", () => {
  it("never quotes tokens from a download command or URL", async () => {
    const text = 'FROM alpine:3.20\nRUN curl -H "Authorization: token ghp_Zq8Rt2Lm9Xv4Kp7Wd1Hs6Nb3Yc5Fg0Ju2Qe8T" https://user:S3cretPassw0rd@get.example.org/install.sh?key=abc | sh\nADD https://bob:Hunter2Pass@files.example.org/model.bin?sig=xyz /m.bin\nUSER 1000\n';
    const result = await scanTree(makeTree({ Dockerfile: text }));
    const messages = result.findings.filter((f) => f.ruleId === "AIA302").map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining("from https://get.example.org/install.sh into an interpreter"),
      expect.stringContaining("ADD fetches https://files.example.org/model.bin without"),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/ghp_Zq8|S3cretPassw0rd|Hunter2Pass|key=abc|sig=xyz/);
  });

  it("keeps two findings of one rule on one line when they are about different settings", async () => {
    const text = 'services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    command: serve --api-key Zq8Rt2Lm9Xv4Kp --db-password Hy7Tk3Wq8Ze1Lx\n    ports: ["8080:8080"]\n';
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": text })), "AIA402")).toHaveLength(2);
  });

  it("lets the last env file win, as compose does", async () => {
    const text = 'services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:v0.6.5\n    env_file: [a.env, b.env]\n    ports: ["3000:8080"]\n';
    const result = await scanTree(makeTree({ "compose.yaml": text, "a.env": "WEBUI_AUTH=False\n", "b.env": "WEBUI_AUTH=True\n" }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
  });

  it("reads the rest of the tree when one file nests beyond what the readers handle", async () => {
    const hostile = 'services:\n  x:\n    image: "' + "${A:-".repeat(20000) + '"\n';
    const result = await scanTree(makeTree({ "a/compose.yaml": hostile, "b/compose.yaml": 'services:\n  ollama:\n    image: ollama/ollama:0.12.6\n    ports: ["11434:11434"]\n' }));
    expect(findingsOf(result, "AIA101").map((f) => f.file)).toEqual(["b/compose.yaml"]);
  });
});

it("judges auth on the version a kustomization deploys", async () => {
  const base = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: chroma\nspec:\n  template:\n    metadata:\n      labels: {app: chroma}\n    spec:\n      containers:\n        - name: chroma\n          image: chromadb/chroma:0.5.5\n          env:\n            - name: CHROMA_SERVER_AUTHN_PROVIDER\n              value: chromadb.auth.token_authn.TokenAuthenticationServerProvider\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: chroma\nspec:\n  type: LoadBalancer\n  selector: {app: chroma}\n  ports: [{port: 8000}]\n";
  const files = { "base/chroma.yaml": base, "base/kustomization.yaml": "resources: [chroma.yaml]\n", "prod/kustomization.yaml": "resources: [../base]\nimages:\n  - name: chromadb/chroma\n    newTag: 1.0.12\n" };
  const result = await scanTree(makeTree(files));
  expect(result.findings.filter((f) => f.ruleId.startsWith("AIA10")).map((f) => `${f.ruleId}:${f.file}:${f.line}`).sort()).toEqual(["AIA101:base/chroma.yaml:22", "AIA103:base/chroma.yaml:15"]);
});

describe("products recognised where real repositories pull them from", () => {
  const exposed = async (image: string, extra = "") =>
    (await scanTree(makeTree({ "compose.yaml": `services:\n  s:\n    image: ${image}\n${extra}    ports:\n      - "8000:8000"\n      - "11434:11434"\n      - "6379:6379"\n` }))).findings
      .filter((f) => f.ruleId === "AIA101")
      .map((f) => f.component?.name);

  it.each([
    ["a pull-through mirror of a Docker Hub image", "harbor.example.com/dockerhub/ollama/ollama:0.12.3", "ollama"],
    ["a mirror that keeps the upstream registry in the path", "mirror.example.com/ghcr.io/huggingface/text-generation-inference:3.3.4", "tgi"],
    ["a mirror of an nvcr.io image without its host", "registry.example.com/nvidia/tritonserver:25.01-py3", "triton"],
    ["an official image under library/", "mirror.example.com/library/redis:7.4.6", "redis"],
    ["a CPU build variant", "vllm/vllm-openai-cpu:v0.9.0", "vllm"],
  ])("%s", async (_name, image, product) => {
    expect(await exposed(image)).toContain(product);
  });

  it("recognises a re-hosted image by the server its command starts", async () => {
    expect(new Set(await exposed("registry.example.com/team/llm-server:1.4.0", '    command: ["vllm", "serve", "meta-llama/Llama-3.1-8B-Instruct"]\n'))).toEqual(new Set(["vllm"]));
  });

  it("does not take an unrelated image that ends in a product's one-word name for it", async () => {
    expect(await exposed("acme/redis:1.0.0")).toEqual([]);
  });
});
