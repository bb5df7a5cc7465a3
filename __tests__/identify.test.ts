// Recognising the product a workload runs when its image name says nothing: a service built from the
// repository's own Dockerfile (its final stage or the `build.target` stage), and a server known only by
// the settings it reads.
import { describe, expect, it } from "vitest";
import { findingsOf, makeTree, scanTree } from "./helpers/tree.js";

// The shape of Chroma's rust/Dockerfile: build stages, a runner, then one stage per service.
const chromaDockerfile = `FROM rust:1.92.0 AS builder
RUN cargo build --release
FROM debian:stable-slim AS runner
COPY --from=builder /chroma/target/release/chroma /usr/local/bin/chroma
FROM runner AS cli
EXPOSE 8000
ENTRYPOINT [ "dumb-init", "--", "chroma" ]
CMD [ "run", "/config.yaml" ]
FROM runner AS garbage_collector
ENTRYPOINT [ "sh", "-c", "exec ./garbage_collector_service" ]
`;

describe("services built from the repository's Dockerfile", () => {
  it("inherits the ENTRYPOINT and CMD of the build.target stage, not the final stage's", async () => {
    const compose = 'services:\n  server:\n    image: server\n    build:\n      context: .\n      dockerfile: rust/Dockerfile\n      target: cli\n    ports:\n      - "8000:8000"\n';
    const result = await scanTree(makeTree({ "docker-compose.yml": compose, "rust/Dockerfile": chromaDockerfile }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "docker-compose.yml", line: 9, category: "missing-auth", severity: "high" }]);
    expect(result.inventory.workloads.find((w) => w.file === "docker-compose.yml")?.product).toBe("chromadb");
  });

  it("takes the final stage when no target is given", async () => {
    const compose = 'services:\n  gc:\n    image: gc\n    build:\n      context: .\n      dockerfile: rust/Dockerfile\n    ports:\n      - "8000:8000"\n';
    const result = await scanTree(makeTree({ "docker-compose.yml": compose, "rust/Dockerfile": chromaDockerfile }));
    expect(result.findings.filter((f) => f.ruleId === "AIA101" || f.ruleId === "AIA102")).toEqual([]);
  });

  it("does not take the command of a target stage the Dockerfile does not have", async () => {
    const compose = 'services:\n  server:\n    image: server\n    build:\n      context: .\n      dockerfile: rust/Dockerfile\n      target: missing\n    ports:\n      - "8000:8000"\n';
    const result = await scanTree(makeTree({ "docker-compose.yml": compose, "rust/Dockerfile": chromaDockerfile }));
    expect(result.findings.filter((f) => f.ruleId === "AIA101" || f.ruleId === "AIA102")).toEqual([]);
  });
});

const customPostgres = (env: string, port: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: postgres
  namespace: db
spec:
  selector:
    matchLabels: {app: postgres}
  template:
    metadata:
      labels: {app: postgres}
    spec:
      containers:
        - name: postgres
          image: team-postgres
          env:
${env}          ports:
            - containerPort: ${port}
---
apiVersion: v1
kind: Service
metadata:
  name: postgres-lb
  namespace: db
spec:
  type: LoadBalancer
  selector: {app: postgres}
  ports:
    - port: ${port}
`;

describe("servers known by the settings only they read", () => {
  it("takes a custom image that sets POSTGRES_PASSWORD and listens on 5432 for Postgres, its password for its own login", async () => {
    const env = "            - name: POSTGRES_USER\n              value: app\n            - name: POSTGRES_PASSWORD\n              value: postgres\n";
    const result = await scanTree(makeTree({ "k8s/postgres.yaml": customPostgres(env, 5432) }));
    expect(result.inventory.workloads.find((w) => w.image === "team-postgres")?.product).toBe("postgres");
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "k8s/postgres.yaml", line: 30, category: "exposed-service", severity: "high" }]);
    const login = result.findings.filter((f) => f.ruleId === "AIA401");
    expect(login.map((f) => ({ line: f.line, severity: f.severity }))).toEqual([{ line: 20, severity: "high" }]);
    expect(login[0].message).not.toMatch(/reach another/);
  });

  it("does not take a client that logs in to Postgres for Postgres", async () => {
    const env = "            - name: POSTGRES_HOST\n              value: db\n            - name: POSTGRES_PASSWORD\n              value: ${DB_PASSWORD}\n";
    const result = await scanTree(makeTree({ "k8s/postgres.yaml": customPostgres(env, 8000) }));
    expect(result.inventory.workloads.find((w) => w.image === "team-postgres")?.product).toBeUndefined();
    expect(findingsOf(result, "AIA102")).toEqual([]);
  });

  it("takes a server built from the repository that sets Weaviate's auth settings for Weaviate", async () => {
    const compose = 'services:\n  weaviate:\n    image: weaviate/test-server\n    build:\n      context: .\n      target: weaviate\n    ports:\n      - "8080:8080"\n    environment:\n      AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED: "true"\n';
    const dockerfile = 'FROM golang:1.26-alpine AS build\nRUN go build ./cmd/weaviate-server\nFROM alpine:3.24 AS weaviate\nENTRYPOINT ["/bin/weaviate"]\nCMD ["--host","0.0.0.0","--port","8080"]\n';
    const result = await scanTree(makeTree({ "docker-compose-test.yml": compose, Dockerfile: dockerfile }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "docker-compose-test.yml", line: 10, category: "missing-auth", severity: "high" }]);
  });

  it("does not take a client that passes NEO4J_AUTH on for Neo4j", async () => {
    const compose = 'services:\n  loader:\n    build: .\n    ports:\n      - "8502:8502"\n    environment:\n      - NEO4J_AUTH=neo4j/${NEO4J_PASSWORD}\n';
    const result = await scanTree(makeTree({ "compose.yaml": compose, Dockerfile: "FROM python:3.12\nCMD [\"streamlit\", \"run\", \"loader.py\"]\n" }));
    expect(result.inventory.workloads.find((w) => w.name === "loader")?.product).toBeUndefined();
  });
});

describe("client-certificate authentication", () => {
  const node = (port: string) => `  qdrant-node1:\n    image: qdrant/qdrant:v1.15.0\n    ports:\n      - "${port}"\n    command: ./qdrant --config-path /qdrant/config/tls_config.yaml\n    volumes:\n      - ./tls_config.yaml:/qdrant/config/tls_config.yaml:ro\n`;
  const tlsConfig = (verify: string, tls: string) => `log_level: INFO\nservice:\n  enable_tls: ${tls}\n  verify_https_client_certificate: ${verify}\ntls:\n  cert: ./tls/cert.pem\n  key: ./tls/key.pem\n  ca_cert: ./tls/cacert.pem\n`;

  it("counts Qdrant's client-certificate check as authentication for the REST port, not for gRPC", async () => {
    const compose = `services:\n${node("6333")}${node("6334").replace("qdrant-node1", "qdrant-node2")}`;
    const result = await scanTree(makeTree({ "tls-compose.yaml": compose, "tls_config.yaml": tlsConfig("true", "true") }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "tls-compose.yaml", line: 12, category: "missing-auth", severity: "high" }]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "tls-compose.yaml", line: 5, category: "exposed-service", severity: "medium" }]);
  });

  it("does not count the client-certificate check without TLS", async () => {
    const result = await scanTree(makeTree({ "tls-compose.yaml": `services:\n${node("6333")}`, "tls_config.yaml": tlsConfig("true", "false") }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "tls-compose.yaml", line: 5, category: "missing-auth", severity: "high" }]);
  });
});

describe("Grafana's grafana.ini", () => {
  const ini = (anonymous: string, security: string) => `[paths]\ndata = /var/lib/grafana/data\n\n[auth.anonymous]\nenabled = ${anonymous}\norg_role = Admin\n\n[security]\n${security}\n\n[provisioning]\nenabled = true\n`;
  const compose = 'services:\n  grafana:\n    image: grafana/grafana-oss:11.1.4\n    ports:\n      - "3000:3000"\n    volumes:\n      - ./grafana/grafana.ini:/etc/grafana/grafana.ini\n';

  it("reports anonymous access turned on in a bind-mounted grafana.ini as no authentication", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": compose, "grafana/grafana.ini": ini("true", "admin_user = admin") }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "grafana/grafana.ini", line: 5, category: "missing-auth", severity: "high" }]);
    // The port, with the admin/admin login that still applies: admin_password is not set.
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "compose.yaml", line: 5, category: "exposed-service", severity: "high" }]);
  });

  it("does not take `enabled = true` of another section for anonymous access, and an admin_password there for a changed login", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": compose, "grafana/grafana.ini": ini("false", "admin_password = ${GRAFANA_ADMIN_PASSWORD}") }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "compose.yaml", line: 5, category: "exposed-service", severity: "medium" }]);
  });

  it("still reports the admin/admin default when grafana.ini leaves admin_password unset", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": compose, "grafana/grafana.ini": ini("false", "admin_user = admin") }));
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "compose.yaml", line: 5, category: "exposed-service", severity: "high" }]);
  });

  it("reads grafana.ini from a ConfigMap mounted at /etc/grafana", async () => {
    const manifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: grafana-config
  namespace: mon
data:
  grafana.ini: |
    [auth.anonymous]
    enabled = true
    org_role = Admin
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: grafana
  namespace: mon
spec:
  selector:
    matchLabels: {app: grafana}
  template:
    metadata:
      labels: {app: grafana}
    spec:
      containers:
        - name: grafana
          image: grafana/grafana-oss:11.1.4
          ports:
            - containerPort: 3000
          volumeMounts:
            - name: config-volume
              mountPath: /etc/grafana
      volumes:
        - name: config-volume
          configMap:
            name: grafana-config
---
apiVersion: v1
kind: Service
metadata:
  name: grafana
  namespace: mon
spec:
  type: LoadBalancer
  selector: {app: grafana}
  ports:
    - port: 3000
`;
    const result = await scanTree(makeTree({ "k8s/grafana.yaml": manifest }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/grafana.yaml", line: 9, category: "missing-auth", severity: "high" }]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "k8s/grafana.yaml", line: 43, category: "exposed-service", severity: "high" }]);
  });
});

describe("catalog names", () => {
  it("knows h2oGPT built from its Dockerfile by the script its command runs", async () => {
    const compose = "services:\n  h2ogpt:\n    build:\n      context: .\n      dockerfile: Dockerfile\n    ports:\n      - '${H2OGPT_PORT}:7860'\n    command:\n      - /workspace/generate.py\n      - --base_model=${H2OGPT_BASE_MODEL}\n";
    const dockerfile = 'FROM nvidia/cuda:12.1.1-cudnn8-devel-ubuntu20.04\nEXPOSE 7860\nENTRYPOINT ["python3.10"]\n';
    const result = await scanTree(makeTree({ "docker-compose.yml": compose, Dockerfile: dockerfile }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "docker-compose.yml", line: 7, category: "missing-auth", severity: "high" }]);
  });

  it("reads Infinity's listen address from the configuration file its command names", async () => {
    const compose = `services:\n  infinity:\n    image: infiniflow/infinity:v0.7.3-x64-v3\n    volumes:\n      - ./infinity_conf.toml:/infinity_conf.toml\n    command: ["-f", "/infinity_conf.toml"]\n    ports:\n      - 23820:23820\n`;
    const conf = (address: string) => `[general]\nversion = "0.7.0"\n[network]\nserver_address = "${address}"\nhttp_port = 23820\n`;
    const open = await scanTree(makeTree({ "docker-compose.yml": compose, "infinity_conf.toml": conf("0.0.0.0") }));
    expect(findingsOf(open, "AIA101")).toEqual([{ file: "docker-compose.yml", line: 8, category: "missing-auth", severity: "high" }]);
    const local = await scanTree(makeTree({ "docker-compose.yml": compose, "infinity_conf.toml": conf("127.0.0.1") }));
    expect(findingsOf(local, "AIA101")).toEqual([]);
  });

  it.each([
    ["TensorFlow Serving", 'tensorflow/serving:2.13.1-gpu\n          command: ["tensorflow_model_server", "--model_name=m", "--rest_api_port=8000"]', 8500, "critical"],
    ["the Saxml HTTP server", "us-docker.pkg.dev/cloud-tpu-images/inference/sax-http:v1.0.0", 8888, "critical"],
    ["TensorBoard", 'tensorflow/tensorflow:2.14.0\n          command: ["tensorboard"]\n          args: ["--logdir=/outputs", "--host=0.0.0.0"]', 6006, "high"],
  ])("reports %s behind a LoadBalancer", async (_name, image, port, severity) => {
    const manifest = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  selector:\n    matchLabels: {app: x}\n  template:\n    metadata:\n      labels: {app: x}\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app\nspec:\n  type: LoadBalancer\n  selector: {app: x}\n  ports:\n    - port: ${port}\n`;
    const result = await scanTree(makeTree({ "k8s/app.yaml": manifest }));
    const line = manifest.split("\n").indexOf("  type: LoadBalancer") + 1;
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/app.yaml", line, category: "missing-auth", severity }]);
  });

  it("knows Arize Phoenix built from its own Dockerfile by the command the image runs", async () => {
    const compose = "services:\n  phoenix:\n    build:\n      dockerfile: ./Dockerfile\n      context: .\n    ports:\n      - 6006:6006\n      - 4317:4317\n";
    const dockerfile = 'ARG BASE_IMAGE=gcr.io/distroless/python3-debian13:nonroot\nFROM ${BASE_IMAGE}\nEXPOSE 6006\nEXPOSE 4317\nCMD ["-m", "phoenix.server.main", "serve"]\n';
    const result = await scanTree(makeTree({ "docker-compose.yml": compose, Dockerfile: dockerfile }));
    expect(findingsOf(result, "AIA101")).toEqual([
      { file: "docker-compose.yml", line: 7, category: "missing-auth", severity: "high" },
      { file: "docker-compose.yml", line: 8, category: "missing-auth", severity: "high" },
    ]);
  });

  it("knows Bitnami's legacy namespace and its redis-cluster image, and the documented password", async () => {
    const compose = 'services:\n  redis-node-0:\n    image: docker.io/bitnamilegacy/redis-cluster:7.4\n    network_mode: host\n    environment:\n      REDIS_PASSWORD: bitnami\n      REDIS_NODES: "127.0.0.1:6379 127.0.0.1:6380"\n';
    const result = await scanTree(makeTree({ "compose.yaml": compose }));
    expect(result.inventory.workloads.map((w) => w.product)).toEqual(["bitnami-redis"]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "compose.yaml", line: 4, category: "exposed-service", severity: "high" }]);
    expect(findingsOf(result, "AIA401")).toEqual([{ file: "compose.yaml", line: 6, category: "default-credentials", severity: "high" }]);
  });
});

describe("Bitnami Legacy images", () => {
  it("know that a final stage on bitnamilegacy/ runs as the image's non-root user", async () => {
    const result = await scanTree(makeTree({ Dockerfile: "FROM bitnamilegacy/redis:7.2\nCOPY redis.conf /opt/bitnami/redis/mounted-etc/redis.conf\n" }));
    expect(findingsOf(result, "AIA206")).toEqual([]);
  });
});
