// Seeded monorepo generator for the benchmark: the same seed and size always give the same tree.
// The tree is shaped like a real platform monorepo: teams with services (source code, READMEs,
// package manifests, multi-stage Dockerfiles, compose files with build contexts and env files),
// Kubernetes manifests split across files (Deployments, StatefulSets, Services that select them by
// labels from another file, Ingresses naming those Services, ConfigMaps, kustomizations), shared
// AI stacks (Ollama, vLLM, Redis, Qdrant, …), Helm charts (values files and templates) and CI
// workflows, and Terraform (a team's network module with its variables, and per service a module with security
// groups, an ECS task definition and service, Kubernetes-provider objects). About a quarter of the files are
// candidates for the scanner (a .yaml is read even when it is a workflow or a values file); the rest is noise
// it never opens. Terraform draws from its own seeded generator, so the other files stay as they were.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** xorshift32: small, fast, and deterministic for a fixed non-zero seed. */
export function prng(seed) {
  let s = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const WORDS = ["search", "billing", "ingest", "embed", "rank", "chat", "auth", "notify", "catalog", "ledger", "vector", "gateway", "feature", "train", "infer", "label", "audit", "report", "sync", "router"];
const LANGS = [
  { ext: "ts", base: "node:22-bookworm-slim", build: "node:22-bookworm", install: "npm ci", run: ["node", "dist/server.js"], manifest: "package.json" },
  { ext: "py", base: "python:3.12-slim", build: "python:3.12", install: "pip install --no-cache-dir -r requirements.txt", run: ["python", "-m", "app"], manifest: "pyproject.toml" },
  { ext: "go", base: "gcr.io/distroless/static-debian12:nonroot", build: "golang:1.23", install: "go build -o /out/app ./cmd/app", run: ["/app"], manifest: "go.mod" },
];
/** AI and data images seen in real deployments, with the port each serves. */
const AI_IMAGES = [
  { image: "ollama/ollama:0.12.6", port: 11434, name: "ollama", volume: "/root/.ollama" },
  { image: "vllm/vllm-openai:v0.11.0", port: 8000, name: "vllm", args: ["--model", "Qwen/Qwen2.5-7B-Instruct", "--host", "0.0.0.0"], gpu: true },
  { image: "redis:7.4.6", port: 6379, name: "redis", conf: true },
  { image: "qdrant/qdrant:v1.15.4", port: 6333, name: "qdrant", volume: "/qdrant/storage" },
  { image: "ghcr.io/open-webui/open-webui:0.6.34", port: 8080, name: "open-webui" },
  { image: "chromadb/chroma:1.1.1", port: 8000, name: "chroma" },
  { image: "ghcr.io/huggingface/text-generation-inference:3.3.6", port: 80, name: "tgi", gpu: true },
  { image: "postgres:17.6", port: 5432, name: "postgres", env: { POSTGRES_PASSWORD: "changeme" } },
  { image: "minio/minio:RELEASE.2025-09-07T16-13-09Z", port: 9000, name: "minio", args: ["server", "/data"] },
  { image: "grafana/grafana:12.2.0", port: 3000, name: "grafana" },
];

/**
 * Writes a tree of exactly `total` files under `root` and returns counts by kind.
 * @param {string} root
 * @param {number} total
 * @param {number} seed
 */
export function generateTree(root, total, seed = 20261206) {
  const r = prng(seed);
  const tf = prng(seed ^ 0x7f4a7c15);
  const files = [];
  const kinds = {};
  const add = (path, text, kind) => {
    files.push([path, text]);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  };
  const teams = Math.max(2, Math.round(total / 450));
  let serviceCount = 0;
  for (let round = 0; files.length < total; round++) {
    for (let t = 0; t < teams && files.length < total; t++) {
      const team = `team-${WORDS[t % WORDS.length]}${t >= WORDS.length ? t : ""}`;
      if (round === 0) {
        teamFiles(r, team, add);
        teamTerraform(tf, team, add);
      }
      const name = `${r.pick(WORDS)}-${r.pick(WORDS)}-${serviceCount++}`;
      service(r, team, name, add);
      if (tf.chance(0.3)) serviceTerraform(tf, team, name, add);
    }
  }
  files.length = total;
  const dirs = new Set();
  for (const [path, text] of files) {
    const abs = join(root, path);
    const dir = dirname(abs);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(abs, text);
  }
  return { files: files.length, teams, services: serviceCount, kinds };
}

/** Per team: shared AI stack manifests, a shared ingress, a Helm chart, CI workflows, docs. */
function teamFiles(r, team, add) {
  const ns = team;
  const docs = [];
  const stack = [];
  for (let i = 0; i < r.int(3, 6); i++) {
    const ai = r.pick(AI_IMAGES);
    const name = `${ai.name}-${i}`;
    const kind = ai.volume || ai.name === "redis" || ai.name === "postgres" ? "StatefulSet" : "Deployment";
    stack.push(name);
    docs.push(workload(r, { kind, name, ns, image: ai.image, port: ai.port, args: ai.args, env: ai.env, gpu: ai.gpu, volume: ai.volume }));
    docs.push(serviceDoc(r, { name, ns, port: ai.port, type: r.pick(["ClusterIP", "ClusterIP", "ClusterIP", "NodePort", "LoadBalancer"]) }));
  }
  add(`deploy/prod/${team}/ai-stack.yaml`, docs.join("---\n"), "k8s-multidoc");
  add(`deploy/prod/${team}/ingress.yaml`, ingressDoc(r, { name: `${team}-public`, ns, backends: stack.slice(0, 2).map((s) => ({ service: s, port: 80 })) }), "k8s-ingress");
  add(`deploy/staging/${team}/kustomization.yaml`, `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns}\nresources:\n  - ../../prod/${team}/ai-stack.yaml\nimages:\n  - name: ollama/ollama\n    newTag: 0.12.7\n`, "k8s-kustomization");
  const chart = `charts/${team}`;
  add(`${chart}/Chart.yaml`, `apiVersion: v2\nname: ${team}\nversion: 1.${r.int(0, 9)}.0\nappVersion: "1.0"\ndescription: ${team} services\n`, "yaml-noise");
  add(`${chart}/values.yaml`, helmValues(r, team), "yaml-noise");
  add(`${chart}/templates/deployment.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "chart.fullname" . }}\n  labels:\n    {{- include "chart.labels" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n`, "helm-template");
  for (const w of ["ci", "release", "lint"]) add(`.github/workflows/${team}-${w}.yml`, workflow(r, team, w), "yaml-noise");
  add(`docs/${team}/README.md`, prose(r, 20, 60), "noise");
  add(`docs/${team}/runbook.md`, prose(r, 30, 90), "noise");
}

function service(r, team, name, add) {
  const dir = `teams/${team}/services/${name}`;
  const lang = r.pick(LANGS);
  const ns = r.chance(0.8) ? team : undefined;
  const port = r.pick([3000, 8000, 8080, 9090]);
  const image = `ghcr.io/acme/${name}:1.${r.int(0, 40)}.${r.int(0, 9)}`;
  // Source code and other noise first: most of a monorepo.
  for (let i = 0; i < r.int(4, 10); i++) add(`${dir}/src/${r.pick(WORDS)}_${i}.${lang.ext}`, sourceFile(r, lang.ext), "noise");
  if (r.chance(0.5)) for (let i = 0; i < r.int(1, 4); i++) add(`${dir}/test/${r.pick(WORDS)}_${i}_test.${lang.ext}`, sourceFile(r, lang.ext), "noise");
  add(`${dir}/README.md`, prose(r, 8, 40), "noise");
  add(`${dir}/${lang.manifest}`, lang.manifest === "package.json" ? JSON.stringify({ name, version: "1.0.0", scripts: { build: "tsc", start: "node dist/server.js" }, dependencies: { express: "^4.21.0" } }, null, 2) : `# ${name}\n`, "noise");
  if (r.chance(0.3)) add(`${dir}/config/settings.json`, JSON.stringify({ name, port, features: Array.from({ length: r.int(2, 12) }, (_, i) => ({ id: i, on: r.chance(0.5) })) }, null, 2), "noise");
  if (r.chance(0.85)) add(`${dir}/Dockerfile`, dockerfile(r, lang, port), "dockerfile");
  if (r.chance(0.15)) add(`${dir}/Dockerfile.gpu`, dockerfile(r, { ...lang, base: "nvidia/cuda:12.6.2-runtime-ubuntu24.04" }, port), "dockerfile");
  if (r.chance(0.35)) {
    const ai = r.pick(AI_IMAGES);
    add(`${dir}/compose.yaml`, composeFile(r, name, port, ai), "compose");
    add(`${dir}/.env`, `PORT=${port}\nLOG_LEVEL=info\nDATABASE_URL=postgres://app:app@postgres:5432/app\n`, "env-file");
    if (ai.conf) add(`${dir}/redis.conf`, `bind 0.0.0.0\nport 6379\nappendonly yes\n`, "noise");
    if (r.chance(0.3)) add(`${dir}/compose.override.yaml`, `services:\n  ${ai.name}:\n    ports:\n      - "${ai.port}:${ai.port}"\n    environment:\n      DEBUG: "1"\n`, "compose");
  }
  if (r.chance(0.7)) {
    const kind = r.chance(0.85) ? "Deployment" : "StatefulSet";
    const sidecar = r.chance(0.25) ? r.pick(AI_IMAGES) : undefined;
    const inline = r.chance(0.4);
    const docs = [workload(r, { kind, name, ns, image, port, sidecar, configMap: r.chance(0.2) ? `${name}-config` : undefined })];
    if (inline) docs.push(serviceDoc(r, { name, ns, port, type: "ClusterIP" }));
    add(`${dir}/k8s/${kind.toLowerCase()}.yaml`, docs.join("---\n"), docs.length > 1 ? "k8s-multidoc" : "k8s");
    // The Service that selects it by label, from another file.
    if (!inline) add(`${dir}/k8s/service.yaml`, serviceDoc(r, { name, ns, port, type: r.pick(["ClusterIP", "ClusterIP", "ClusterIP", "ClusterIP", "NodePort", "LoadBalancer"]) }), "k8s");
    if (r.chance(0.3)) add(`${dir}/k8s/ingress.yaml`, ingressDoc(r, { name, ns, backends: [{ service: name, port }] }), "k8s-ingress");
    if (r.chance(0.2)) add(`${dir}/k8s/configmap.yaml`, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-config\n${ns ? `  namespace: ${ns}\n` : ""}data:\n  app.yaml: |\n    port: ${port}\n    log: info\n`, "k8s");
    if (r.chance(0.35)) {
      add(`${dir}/k8s/kustomization.yaml`, `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${kind.toLowerCase()}.yaml\n${inline ? "" : "  - service.yaml\n"}`, "k8s-kustomization");
      // Overlays that pin the deployed tag, as CI pipelines write them.
      for (const env of ["staging", "prod"]) {
        if (r.chance(0.6)) add(`${dir}/k8s/overlays/${env}/kustomization.yaml`, `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${ns ?? "default"}\nresources:\n  - ../..\nimages:\n  - name: ghcr.io/acme/${name}\n    newTag: 1.${r.int(0, 40)}.${r.int(0, 9)}\n${sidecarOf(r)}`, "k8s-kustomization");
      }
    }
    if (r.chance(0.25)) add(`${dir}/k8s/hpa.yaml`, `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: ${kind}\n    name: ${name}\n  minReplicas: 2\n  maxReplicas: ${r.int(4, 20)}\n`, "k8s");
  }
  if (r.chance(0.15)) add(`${dir}/values.yaml`, helmValues(r, name), "yaml-noise");
  if (r.chance(0.1)) add(`${dir}/.pre-commit-config.yaml`, `repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v5.0.0\n    hooks:\n      - id: trailing-whitespace\n      - id: end-of-file-fixer\n`, "yaml-noise");
}

/** A team's network module: variables with defaults (one of them open to everyone), locals, security groups. */
function teamTerraform(r, team, add) {
  const dir = `infra/${team}`;
  add(`${dir}/variables.tf`, `variable "region" {\n  type    = string\n  default = "us-east-1"\n}\n\nvariable "office_cidrs" {\n  type    = list(string)\n  default = ["203.0.113.0/24", "198.51.100.0/24"]\n}\n\nvariable "public_cidr" {\n  type    = string\n  default = "0.0.0.0/0"\n}\n\nvariable "vpc_id" {\n  type = string\n}\n`, "terraform");
  const groups = [];
  for (let i = 0; i < r.int(3, 8); i++) {
    const ai = r.pick(AI_IMAGES);
    const open = r.chance(0.2);
    groups.push(`resource "aws_security_group" "${ai.name}_${i}" {\n  name        = "${team}-${ai.name}-${i}"\n  description = "${ai.name} for ${team}"\n  vpc_id      = var.vpc_id\n\n  ingress {\n    description = "${ai.name} API"\n    from_port   = ${ai.port}\n    to_port     = ${ai.port}\n    protocol    = "tcp"\n    cidr_blocks = ${open ? "[var.public_cidr]" : "var.office_cidrs"}\n  }\n\n  dynamic "ingress" {\n    for_each = local.admin_ports\n    content {\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = "tcp"\n      cidr_blocks = var.office_cidrs\n    }\n  }\n\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n\n  tags = local.tags\n}\n`);
  }
  add(`${dir}/network.tf`, `locals {\n  admin_ports = [22, 9090]\n  tags = {\n    team  = "${team}"\n    owner = "${r.pick(WORDS)}@example.com"\n  }\n}\n\n${groups.join("\n")}`, "terraform");
  if (r.chance(0.5)) add(`${dir}/terraform.tfvars`, `region = "eu-west-1"\noffice_cidrs = ["203.0.113.0/24"]\n`, "terraform");
}

/** A service's module: a security group, an ECS task definition and service, and sometimes Kubernetes-provider objects. */
function serviceTerraform(r, team, name, add) {
  const ai = r.pick(AI_IMAGES);
  const id = name.replace(/-/g, "_");
  const env = Object.entries(ai.env ?? { LOG_LEVEL: "info" }).map(([k, v]) => `        { name = "${k}", value = "${v}" }`).join(",\n");
  const parts = [
    `resource "aws_security_group" "${id}" {\n  name = "${name}"\n  ingress {\n    from_port   = ${ai.port}\n    to_port     = ${ai.port}\n    protocol    = "tcp"\n    cidr_blocks = ${r.chance(0.15) ? '["0.0.0.0/0"]' : '["10.0.0.0/8"]'}\n  }\n}\n`,
    `resource "aws_ecs_task_definition" "${id}" {\n  family                   = "${name}"\n  requires_compatibilities = ["FARGATE"]\n  network_mode             = "awsvpc"\n  cpu                      = 1024\n  memory                   = 4096\n  container_definitions = jsonencode([\n    {\n      name         = "${ai.name}"\n      image        = "${ai.image}"\n      essential    = true\n      portMappings = [{ containerPort = ${ai.port}, protocol = "tcp" }]\n      environment = [\n${env}\n      ]\n    }\n  ])\n}\n`,
    `resource "aws_ecs_service" "${id}" {\n  name            = "${name}"\n  task_definition = aws_ecs_task_definition.${id}.arn\n  desired_count   = ${r.int(1, 4)}\n  network_configuration {\n    subnets          = var.subnets\n    security_groups  = [aws_security_group.${id}.id]\n    assign_public_ip = ${r.chance(0.2)}\n  }\n}\n`,
  ];
  if (r.chance(0.4)) {
    parts.push(`resource "kubernetes_deployment_v1" "${id}" {\n  metadata {\n    name      = "${name}"\n    namespace = "${team}"\n    labels = {\n      app = "${name}"\n    }\n  }\n  spec {\n    replicas = 1\n    selector {\n      match_labels = {\n        app = "${name}"\n      }\n    }\n    template {\n      metadata {\n        labels = {\n          app = "${name}"\n        }\n      }\n      spec {\n        container {\n          name  = "${ai.name}"\n          image = "${ai.image}"\n          port {\n            container_port = ${ai.port}\n          }\n          security_context {\n            run_as_non_root            = true\n            run_as_user                = 1000\n            allow_privilege_escalation = false\n          }\n        }\n      }\n    }\n  }\n}\n`);
    parts.push(`resource "kubernetes_service_v1" "${id}" {\n  metadata {\n    name      = "${name}"\n    namespace = "${team}"\n  }\n  spec {\n    selector = {\n      app = kubernetes_deployment_v1.${id}.metadata[0].labels.app\n    }\n    type = "${r.pick(["ClusterIP", "ClusterIP", "ClusterIP", "LoadBalancer"])}"\n    port {\n      port        = 80\n      target_port = ${ai.port}\n    }\n  }\n}\n`);
  }
  add(`teams/${team}/services/${name}/terraform/variables.tf`, `variable "subnets" {\n  type    = list(string)\n  default = []\n}\n`, "terraform");
  add(`teams/${team}/services/${name}/terraform/main.tf`, parts.join("\n"), "terraform");
}

function sidecarOf(r) {
  return r.chance(0.3) ? `  - name: ollama/ollama\n    newTag: 0.12.${r.int(0, 9)}\n` : "";
}

function workload(r, { kind, name, ns, image, port, args, env, gpu, volume, sidecar, configMap }) {
  const labels = `app.kubernetes.io/name: ${name}\n        app.kubernetes.io/part-of: platform\n        tier: ${r.pick(["web", "worker", "data"])}`;
  const container = (cName, cImage, cPort, cArgs, cEnv, cGpu, cVolume) => {
    let c = `        - name: ${cName}\n          image: ${cImage}\n          ports:\n            - name: http\n              containerPort: ${cPort}\n`;
    if (cArgs) c += `          args:\n${cArgs.map((a) => `            - ${JSON.stringify(a)}\n`).join("")}`;
    const vars = { LOG_LEVEL: "info", PORT: String(cPort), ...(cEnv ?? {}) };
    c += `          env:\n${Object.entries(vars).map(([k, v]) => `            - name: ${k}\n              value: ${JSON.stringify(v)}\n`).join("")}`;
    c += `            - name: API_TOKEN\n              valueFrom:\n                secretKeyRef:\n                  name: ${cName}-secrets\n                  key: token\n`;
    c += `          resources:\n            requests:\n              cpu: ${r.int(1, 8) * 100}m\n              memory: ${r.int(1, 16) * 128}Mi\n            limits:\n              memory: ${r.int(2, 32) * 128}Mi\n${cGpu ? "              nvidia.com/gpu: 1\n" : ""}`;
    c += `          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: ${cPort}\n            periodSeconds: 10\n`;
    if (r.chance(0.7)) c += `          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: ["ALL"]\n`;
    if (cVolume) c += `          volumeMounts:\n            - name: data\n              mountPath: ${cVolume}\n`;
    else if (configMap && cName === name) c += `          volumeMounts:\n            - name: config\n              mountPath: /etc/${name}\n`;
    return c;
  };
  let containers = container(name, image, port, args, env, gpu, volume);
  if (sidecar) containers += container(sidecar.name, sidecar.image, sidecar.port, sidecar.args, sidecar.env, false, undefined);
  const volumes = [];
  if (configMap) volumes.push(`        - name: config\n          configMap:\n            name: ${configMap}\n`);
  const claim = volume && kind === "StatefulSet" ? `  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: ["ReadWriteOnce"]\n        resources:\n          requests:\n            storage: ${r.int(1, 100)}Gi\n` : "";
  if (volume && kind !== "StatefulSet") volumes.push(`        - name: data\n          emptyDir: {}\n`);
  return `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
${ns ? `  namespace: ${ns}\n` : ""}  labels:
    app.kubernetes.io/name: ${name}
  annotations:
    owner: "${r.pick(WORDS)}@example.com"
spec:
  replicas: ${r.int(1, 5)}
${kind === "StatefulSet" ? `  serviceName: ${name}\n` : ""}  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      serviceAccountName: ${name}
${r.chance(0.6) ? "      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n" : ""}      containers:
${containers}${volumes.length ? `      volumes:\n${volumes.join("")}` : ""}${claim}`;
}

function serviceDoc(r, { name, ns, port, type }) {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
${ns ? `  namespace: ${ns}\n` : ""}spec:
  type: ${type}
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: ${r.chance(0.5) ? "http" : port}
${type === "NodePort" ? `      nodePort: ${r.int(30000, 32767)}\n` : ""}`;
}

function ingressDoc(r, { name, ns, backends }) {
  const auth = r.chance(0.3) ? `    nginx.ingress.kubernetes.io/auth-url: "https://auth.example.com/oauth2/auth"\n` : "";
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
${ns ? `  namespace: ${ns}\n` : ""}  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
${auth}spec:
  ingressClassName: nginx
  tls:
    - hosts: ["${name}.example.com"]
      secretName: ${name}-tls
  rules:
    - host: ${name}.example.com
      http:
        paths:
${backends.map((b, i) => `          - path: /${i === 0 ? "" : `v${i}`}\n            pathType: Prefix\n            backend:\n              service:\n                name: ${b.service}\n                port:\n                  number: ${b.port}\n`).join("")}`;
}

function composeFile(r, name, port, ai) {
  const aiEnv = ai.env ? `    environment:\n${Object.entries(ai.env).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}\n`).join("")}` : "";
  const publish = r.chance(0.5) ? `"${ai.port}:${ai.port}"` : `"127.0.0.1:${ai.port}:${ai.port}"`;
  return `name: ${name}
x-logging: &logging
  driver: json-file
  options:
    max-size: 10m
services:
  app:
    build:
      context: .
      dockerfile: Dockerfile
    env_file:
      - .env
    ports:
      - "${port}:${port}"
    depends_on:
      - ${ai.name}
    logging: *logging
  ${ai.name}:
    image: ${ai.image}
${ai.args ? `    command: ${JSON.stringify(ai.args)}\n` : ""}    ports:
      - ${publish}
${aiEnv}${ai.conf ? `    volumes:\n      - ./redis.conf:/usr/local/etc/redis/redis.conf\n    command: ["redis-server", "/usr/local/etc/redis/redis.conf"]\n` : ai.volume ? `    volumes:\n      - ${ai.name}-data:${ai.volume}\n` : ""}${ai.gpu ? "    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: all\n              capabilities: [gpu]\n" : ""}    logging: *logging
volumes:
  ${ai.name}-data: {}
`;
}

function dockerfile(r, lang, port) {
  return `# syntax=docker/dockerfile:1.7
ARG BASE=${lang.base}
FROM ${lang.build} AS build
WORKDIR /src
COPY . .
RUN ${lang.install}
${r.chance(0.2) ? "RUN curl -fsSL https://example.com/install.sh | sh\n" : ""}RUN <<EOF
set -eux
echo "built $(date)" > /build-info
EOF

FROM \${BASE}
WORKDIR /app
COPY --from=build /src /app
ENV PORT=${port} \\
    NODE_ENV=production
EXPOSE ${port}
${r.chance(0.7) ? "USER 10001\n" : ""}HEALTHCHECK CMD ["wget", "-qO-", "http://localhost:${port}/healthz"]
CMD ${JSON.stringify(lang.run)}
`;
}

function helmValues(r, name) {
  return `replicaCount: ${r.int(1, 4)}
image:
  repository: ghcr.io/acme/${name}
  tag: "1.${r.int(0, 30)}.0"
  pullPolicy: IfNotPresent
service:
  type: ClusterIP
  port: 80
ingress:
  enabled: ${r.chance(0.5)}
  hosts:
    - host: ${name}.example.com
      paths: ["/"]
resources:
  limits:
    cpu: 500m
    memory: 512Mi
ollama:
  enabled: ${r.chance(0.3)}
  image: ollama/ollama
`;
}

function workflow(r, team, w) {
  return `name: ${team} ${w}
on:
  push:
    branches: [main]
  pull_request:
jobs:
  ${w}:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${r.pick([20, 22])}
      - run: npm ci
      - run: npm run ${w}
`;
}

function sourceFile(r, ext) {
  const lines = [];
  for (let i = 0; i < r.int(20, 160); i++) {
    const w = r.pick(WORDS);
    if (ext === "py") lines.push(i % 8 === 0 ? `def ${w}_${i}(value):` : `    value = value + ${i}  # ${w}`);
    else if (ext === "go") lines.push(i % 8 === 0 ? `func ${w}${i}(v int) int {` : `\tv += ${i} // ${w}`);
    else lines.push(i % 8 === 0 ? `export function ${w}${i}(v: number): number {` : `  v += ${i}; // ${w}`);
  }
  return lines.join("\n") + "\n";
}

function prose(r, lo, hi) {
  const words = [];
  for (let i = 0; i < r.int(lo, hi) * 8; i++) words.push(r.pick(WORDS));
  return `# ${r.pick(WORDS)}\n\n${words.join(" ")}\n`;
}
