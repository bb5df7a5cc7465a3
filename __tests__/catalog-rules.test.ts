// What the catalog knows, seen through the rules: a product's auth default and the settings that
// turn it on, off, or that it silently ignores.
import { describe, expect, it } from "vitest";
import { findingsOf, makeTree, scanTree } from "./helpers/tree.js";

const service = (image: string, port: string, extra = "") => `services:\n  svc:\n    image: ${image}\n${extra}    ports:\n      - "${port}"\n`;
const scanCompose = (text: string) => scanTree(makeTree({ "compose.yaml": text }));
const rules = async (text: string) =>
  ((await scanCompose(text))).findings
    .filter((f) => ["AIA101", "AIA102", "AIA103"].includes(f.ruleId))
    .map((f) => `${f.ruleId}:${f.line}:${f.severity}`)
    .sort();

describe("authentication per product", () => {
  it.each([
    ["Qdrant without an API key", service("qdrant/qdrant:v1.13.2", "6333:6333"), ["AIA101:5:high"]],
    ["Qdrant with an API key from the environment", service("qdrant/qdrant:v1.13.2", "6333:6333", "    environment:\n      QDRANT__SERVICE__API_KEY: ${QDRANT_API_KEY}\n"), ["AIA102:7:medium"]],
    ["vLLM without --api-key", service("vllm/vllm-openai:v0.11.1", "8000:8000", '    command: ["--model", "m"]\n'), ["AIA101:6:high"]],
    ["vLLM with --api-key", service("vllm/vllm-openai:v0.11.1", "8000:8000", '    command: ["--model", "m", "--api-key", "${VLLM_KEY}"]\n'), ["AIA102:6:medium"]],
    ["Elasticsearch 8 as shipped (security on)", service("docker.elastic.co/elasticsearch/elasticsearch:8.13.2", "9200:9200"), ["AIA102:5:medium"]],
    ["ComfyUI image", service("yanwk/comfyui-boot:cu126-megapak", "8188:8188"), ["AIA101:5:critical"]],
    ["Redis with requirepass from a variable", service("redis:7.4.6", "6379:6379", '    command: redis-server --requirepass "${REDIS_PASSWORD}"\n'), ["AIA102:6:medium"]],
    ["Redis with an explicitly empty requirepass", service("redis:7.4.6", "6379:6379", '    command: ["redis-server", "--requirepass", ""]\n'), ["AIA101:6:high"]],
    ["Open WebUI with its login on", service("ghcr.io/open-webui/open-webui:v0.6.5", "3000:8080"), ["AIA102:5:medium"]],
  ])("%s", async (_name, text, expected) => {
    expect(await rules(text)).toEqual(expected);
  });

  it("reports the setting that switches auth off (AIA101) and the published port (AIA102) separately", async () => {
    const text = service("ghcr.io/open-webui/open-webui:v0.6.5", "3000:8080", "    environment:\n      - WEBUI_AUTH=False\n");
    expect(await rules(text)).toEqual(["AIA101:5:high", "AIA102:7:medium"]);
  });

  it("treats Elasticsearch with xpack.security.enabled=false as unauthenticated", async () => {
    const text = service("docker.elastic.co/elasticsearch/elasticsearch:8.13.2", "9200:9200", "    environment:\n      - xpack.security.enabled=false\n");
    expect(await rules(text)).toEqual(["AIA101:5:high", "AIA102:7:medium"]);
  });

  it("raises an exposure with the product's login set to a well-known value to high", async () => {
    const text = `services:\n  es:\n    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.2\n    environment:\n      - ELASTIC_PASSWORD=elastic\n    ports:\n      - "9200:9200"\n`;
    const result = await scanCompose(text);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "compose.yaml", line: 7, category: "exposed-service", severity: "high" }]);
    expect(findingsOf(result, "AIA401")).toEqual([{ file: "compose.yaml", line: 5, category: "default-credentials", severity: "high" }]);
  });
});

it("recognises a compose service without image: by the image its Dockerfile builds FROM", async () => {
  const result = await scanTree(
    makeTree({
      "compose.yaml": 'services:\n  vectors:\n    build: ./chroma\n    ports:\n      - "8000:8000"\n',
      "chroma/Dockerfile": "FROM chromadb/chroma:1.0.12\nCOPY config.yaml /config.yaml\n",
    }),
  );
  expect(findingsOf(result, "AIA101")).toEqual([{ file: "compose.yaml", line: 5, category: "missing-auth", severity: "high" }]);
});

describe("AIA103 auth-setting-ignored", () => {
  const chroma = (tag: string, env: string) => service(`chromadb/chroma:${tag}`, "8000:8000", `    environment:\n${env}`);

  it("reports Chroma 1.x auth variables it no longer reads, at each variable", async () => {
    const text = chroma("1.0.12", "      - CHROMA_SERVER_AUTHN_PROVIDER=chromadb.auth.token_authn.TokenAuthenticationServerProvider\n      - CHROMA_SERVER_AUTHN_CREDENTIALS=${TOKEN}\n");
    const result = await scanCompose(text);
    expect(findingsOf(result, "AIA103")).toEqual([
      { file: "compose.yaml", line: 5, category: "missing-auth", severity: "high" },
      { file: "compose.yaml", line: 6, category: "missing-auth", severity: "high" },
    ]);
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "compose.yaml", line: 8, category: "missing-auth", severity: "high" }]);
  });

  it("judges a floating Chroma tag as the current release, and names the version otherwise", async () => {
    const result = await scanCompose(chroma("latest", "      - CHROMA_SERVER_AUTHN_PROVIDER=chromadb.auth.token_authn.TokenAuthenticationServerProvider\n"));
    expect(findingsOf(result, "AIA103").map((f) => f.line)).toEqual([5]);
    expect(result.findings.find((f) => f.ruleId === "AIA103")?.message).toMatch(/^CHROMA_SERVER_AUTHN_PROVIDER has no effect on Chroma as of the current release \(tag latest names no version\)/);
    const pinned = await scanCompose(chroma("1.0.12", "      - CHROMA_SERVER_AUTHN_PROVIDER=x\n"));
    expect(pinned.findings.find((f) => f.ruleId === "AIA103")?.message).toMatch(/^CHROMA_SERVER_AUTHN_PROVIDER has no effect on Chroma 1\.0\.12:/);
  });

  it("accepts the same variables on Chroma 0.5, where they turn authentication on", async () => {
    const text = chroma("0.5.20", "      - CHROMA_SERVER_AUTHN_PROVIDER=chromadb.auth.token_authn.TokenAuthenticationServerProvider\n      - CHROMA_SERVER_AUTHN_CREDENTIALS=${TOKEN}\n");
    expect(await rules(text)).toEqual(["AIA102:8:medium"]);
  });

  it("does not report REDIS_PASSWORD when the command line uses it", async () => {
    const text = service("redis:7.4.6", "127.0.0.1:6379:6379", '    command: ["sh", "-c", "redis-server --requirepass $$REDIS_PASSWORD"]\n    environment:\n      REDIS_PASSWORD: ${REDIS_PASSWORD}\n');
    expect(findingsOf(await scanCompose(text), "AIA103")).toEqual([]);
    const unused = service("redis:7.4.6", "127.0.0.1:6379:6379", "    environment:\n      REDIS_PASSWORD: ${REDIS_PASSWORD}\n");
    expect(findingsOf(await scanCompose(unused), "AIA103")).toEqual([{ file: "compose.yaml", line: 5, category: "missing-auth", severity: "medium" }]);
  });
});

describe("env files", () => {
  const qdrant = 'services:\n  qdrant:\n    image: qdrant/qdrant:v1.13.2\n    env_file: .env\n    ports:\n      - "6333:6333"\n';

  it("reads an env file that is in the tree", async () => {
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": qdrant, ".env": "# keys\nQDRANT__SERVICE__API_KEY=${SECRET_FROM_CI}\n" })), "AIA102")).toEqual([
      { file: "compose.yaml", line: 6, category: "exposed-service", severity: "medium" },
    ]);
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": qdrant, ".env": "LOG_LEVEL=info\n" })), "AIA101")).toEqual([{ file: "compose.yaml", line: 6, category: "missing-auth", severity: "high" }]);
  });

  it("says authentication can only come from an env file that is not in the tree, instead of claiming it is missing", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": qdrant }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    const exposed = result.findings.find((f) => f.ruleId === "AIA102");
    expect(exposed).toMatchObject({ line: 6, severity: "medium" });
    expect(exposed?.message).toMatch(/can only come from \.env \(not in the repository\) through QDRANT__SERVICE__API_KEY/);
  });

  it("still reports a product without any authentication", async () => {
    const text = 'services:\n  ollama:\n    image: ollama/ollama:0.12.6\n    env_file: [.env]\n    ports:\n      - "11434:11434"\n';
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": text })), "AIA101")).toEqual([{ file: "compose.yaml", line: 6, category: "missing-auth", severity: "critical" }]);
  });
});

it("judges the Python Chroma server started by uvicorn by its own auth settings, not the 1.x image's", async () => {
  const text = 'services:\n  chroma:\n    build: .\n    command: uvicorn chromadb.app:app --host 0.0.0.0 --port 8000\n    environment:\n      - CHROMA_SERVER_AUTHN_PROVIDER=${AUTHN_PROVIDER}\n    ports:\n      - "8000:8000"\n';
  const result = await scanTree(makeTree({ "compose.yaml": text }));
  expect(result.findings.filter((f) => f.ruleId.startsWith("AIA10")).map((f) => `${f.ruleId}:${f.line}`)).toEqual(["AIA102:8"]);
});

it("recognises text-generation-webui started by its launcher from a Dockerfile CMD, exposed without --gradio-auth", async () => {
  const result = await scanTree(
    makeTree({
      "docker/nvidia/docker-compose.yml": 'services:\n  textgen:\n    build:\n      context: .\n    env_file: .env\n    ports:\n      - "${HOST_PORT:-7860}:${CONTAINER_PORT:-7860}"\n',
      "docker/nvidia/Dockerfile": "FROM ubuntu:22.04\nRUN useradd -m app\nUSER app\nCMD umask 0002 && ./start_linux.sh --listen\n",
    }),
  );
  expect(findingsOf(result, "AIA101")).toEqual([{ file: "docker/nvidia/docker-compose.yml", line: 7, category: "missing-auth", severity: "critical" }]);
  const withAuth = await scanTree(makeTree({ "compose.yaml": 'services:\n  textgen:\n    image: atinoda/text-generation-webui:v2.5-cuda\n    command: ["./start_linux.sh", "--listen", "--gradio-auth", "${TEXTGEN_LOGIN}"]\n    ports:\n      - "7860:7860"\n' }));
  expect(withAuth.findings.filter((f) => f.ruleId.startsWith("AIA10")).map((f) => f.ruleId)).toEqual(["AIA102"]);
});

it("reads a listen address chosen at deploy time as beyond loopback", async () => {
  const text = 'services:\n  mlflow:\n    image: ghcr.io/mlflow/mlflow:v2.22.0\n    command: mlflow server --host ${MLFLOW_HOST} --port 5000\n    ports:\n      - "5000:5000"\n';
  expect(findingsOf(await scanTree(makeTree({ "compose.yaml": text })), "AIA101")).toEqual([{ file: "compose.yaml", line: 6, category: "missing-auth", severity: "critical" }]);
});

it("gives an override file's service the image of its first declaration", async () => {
  const result = await scanTree(
    makeTree({
      "docker-compose.yaml": "services:\n  ollama:\n    image: ollama/ollama:0.12.6\n    volumes:\n      - ollama:/root/.ollama\n",
      "docker-compose.api.yaml": 'services:\n  ollama:\n    ports:\n      - "11434:11434"\n',
    }),
  );
  expect(findingsOf(result, "AIA101")).toEqual([{ file: "docker-compose.api.yaml", line: 4, category: "missing-auth", severity: "critical" }]);
});

describe("settings with a literal part", () => {
  const stack = (args: string) => `services:\n  cache:\n    image: redis/redis-stack-server:7.4.0-v1\n    environment:\n      REDIS_ARGS: "${args}"\n    ports:\n      - "6379:6379"\n`;

  it("judges REDIS_ARGS by its literal part when the password comes from a variable", async () => {
    expect(await rules(stack("--requirepass ${REDIS_PASSWORD}"))).toEqual(["AIA102:7:medium"]);
    expect(await rules(stack("--maxmemory 2gb"))).toEqual(["AIA101:7:high"]);
  });

  it("never shows a value matched by a pattern", async () => {
    const result = await scanCompose(stack("--requirepass Xk29SecretValue"));
    expect(result.findings.map((f) => f.message).join("\n")).not.toContain("Xk29SecretValue");
  });
});

it("names a vendor default by its setting, without the value", async () => {
  const text = "services:\n  minio:\n    image: minio/minio:RELEASE.2025-04-22T22-12-26Z\n    environment:\n      MINIO_ROOT_PASSWORD: minioadmin\n";
  const finding = (await scanCompose(text)).findings.find((f) => f.ruleId === "AIA401");
  expect(finding?.title).toBe("MinIO default credential in MINIO_ROOT_PASSWORD");
  expect(finding?.fix).toContain("${MINIO_ROOT_PASSWORD}");
});

it("treats a git-ignored env file as outside the repository", async () => {
  const { spawnSync } = await import("node:child_process");
  const root = makeTree({ "compose.yaml": 'services:\n  qdrant:\n    image: qdrant/qdrant:v1.13.2\n    env_file: .env\n    ports:\n      - "6333:6333"\n', ".env": "QDRANT__SERVICE__API_KEY=local-dev-key-123\n", ".gitignore": ".env\n" });
  spawnSync("git", ["init", "-q"], { cwd: root });
  const exposed = (await scanTree(root)).findings.find((f) => f.ruleId === "AIA102");
  expect(exposed?.message).toMatch(/can only come from \.env \(not in the repository\)/);
});

it("raises a published MinIO or Grafana whose admin password is not set at all: the documented default applies", async () => {
  const minio = (env: string) => `services:\n  minio:\n    image: minio/minio:RELEASE.2025-04-22T22-12-26Z\n    command: server /data\n${env}    ports:\n      - "9000:9000"\n`;
  const open = (await scanCompose(minio(""))).findings.find((f) => f.ruleId === "AIA102");
  expect(open).toMatchObject({ severity: "high" });
  expect(open?.message).toMatch(/MINIO_ROOT_PASSWORD is not set, so MinIO's documented default applies/);
  expect((await scanCompose(minio("    environment:\n      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio\n"))).findings.find((f) => f.ruleId === "AIA102")?.severity).toBe("medium");
  expect((await scanCompose(minio("    env_file: .env\n"))).findings.find((f) => f.ruleId === "AIA102")?.severity).toBe("medium");
});

describe("configuration files mounted from the repository", () => {
  const redis = 'services:\n  cache:\n    image: redis:7.4.6\n    command: ["redis-server", "/usr/local/etc/redis/redis.conf"]\n    volumes:\n      - ./redis.conf:/usr/local/etc/redis/redis.conf:ro\n    ports:\n      - "6379:6379"\n';

  it("reads requirepass from a mounted redis.conf, and names the directive, not its value", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": redis, "redis.conf": "# requirepass foobared\nmaxmemory 2gb\nrequirepass Zx81-very-long-password\n" }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    const exposed = result.findings.find((f) => f.ruleId === "AIA102");
    expect(exposed?.message).toMatch(/authentication is configured \(requirepass in redis\.conf\)/);
    expect(JSON.stringify(result)).not.toContain("Zx81-very-long-password");
  });

  it("still reports a mounted redis.conf that sets no password, and calls a missing one unknown", async () => {
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": redis, "redis.conf": "# requirepass foobared\nmaxmemory 2gb\n" })), "AIA101").map((f) => f.line)).toEqual([8]);
    const missing = await scanTree(makeTree({ "compose.yaml": redis }));
    expect(findingsOf(missing, "AIA101")).toEqual([]);
    expect(missing.findings.find((f) => f.ruleId === "AIA102")?.message).toMatch(/can only come from \.\/redis\.conf \(not in the repository\) through requirepass/);
  });

  it("calls Redis configured from a mounted ConfigMap unknown, not unauthenticated", async () => {
    const k8s = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: redis\n  labels: {app: redis}\nspec:\n  containers:\n    - name: redis\n      image: redis:7.4.6\n      command: [redis-server, /etc/redis/redis.conf]\n      volumeMounts:\n        - {name: conf, mountPath: /etc/redis}\n  volumes:\n    - name: conf\n      configMap: {name: redis-conf}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: redis\nspec:\n  type: LoadBalancer\n  selector: {app: redis}\n  ports: [{port: 6379}]\n";
    const result = await scanTree(makeTree({ "redis.yaml": k8s }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === "AIA102")?.message).toMatch(/can only come from ConfigMap redis-conf/);

    // The ConfigMap in the repository is read like a mounted file.
    const configMap = (conf: string) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: redis-conf\ndata:\n  redis.conf: |\n${conf}`;
    const withPassword = await scanTree(makeTree({ "redis.yaml": k8s + configMap("    maxmemory 1gb\n    requirepass Zx81-long-password\n") }));
    expect(findingsOf(withPassword, "AIA101")).toEqual([]);
    expect(withPassword.findings.find((f) => f.ruleId === "AIA102")?.message).toMatch(/\(requirepass in redis\.yaml\)/);
    expect(findingsOf(await scanTree(makeTree({ "redis.yaml": k8s + configMap("    maxmemory 1gb\n") })), "AIA101").map((f) => f.line)).toEqual([22]);

    // Mounted with subPath, the key is the file itself.
    const subPath = k8s.replace("{name: conf, mountPath: /etc/redis}", "{name: conf, mountPath: /etc/redis/redis.conf, subPath: redis.conf}");
    expect(findingsOf(await scanTree(makeTree({ "redis.yaml": subPath + configMap("    requirepass Zx81-long-password\n") })), "AIA101")).toEqual([]);
  });

  it("reads Qdrant's api_key from a mounted production.yaml", async () => {
    const qdrant = (config: string) =>
      scanTree(makeTree({ "compose.yaml": 'services:\n  qdrant:\n    image: qdrant/qdrant:v1.13.2\n    volumes:\n      - ./config/production.yaml:/qdrant/config/production.yaml\n    ports:\n      - "6333:6333"\n', "config/production.yaml": config }));
    expect(findingsOf(await qdrant("service:\n  api_key: ${QDRANT_KEY}\n"), "AIA101")).toEqual([]);
    expect(findingsOf(await qdrant("service:\n  api_key: null\n"), "AIA101").map((f) => f.line)).toEqual([7]);
  });
});

it("treats an absolute env_file path as outside the repository", async () => {
  const text = 'services:\n  qdrant:\n    image: qdrant/qdrant:v1.13.2\n    env_file: /etc/qdrant/qdrant.env\n    ports:\n      - "6333:6333"\n';
  const result = await scanTree(makeTree({ "compose.yaml": text, "etc/qdrant/qdrant.env": "LOG_LEVEL=info\n" }));
  expect(result.findings.find((f) => f.ruleId === "AIA102")?.message).toMatch(/can only come from \/etc\/qdrant\/qdrant\.env/);
});

it("merges a compose file that only adds to a service of another file in its folder, as `-f a -f b` does", async () => {
  const result = await scanTree(
    makeTree({
      "docker-compose.yml": 'services:\n  chroma:\n    image: chromadb/chroma:0.5.20\n    ports:\n      - "8000:8000"\n',
      "docker-compose.auth.yml":
        "services:\n  chroma:\n    environment:\n      CHROMA_SERVER_AUTHN_PROVIDER: chromadb.auth.token_authn.TokenAuthenticationServerProvider\n      CHROMA_SERVER_AUTHN_CREDENTIALS: ${CHROMA_TOKEN}\n",
    }),
  );
  expect(result.findings.filter((f) => f.ruleId.startsWith("AIA10")).map((f) => `${f.ruleId}:${f.file}:${f.line}:${f.severity}`)).toEqual(["AIA102:docker-compose.yml:5:medium"]);
  expect(result.inventory.workloads.filter((w) => w.name === "chroma")).toHaveLength(1);
});

describe("${VAR} interpolated from the project's .env", () => {
  const compose = 'services:\n  ch:\n    image: clickhouse/clickhouse-server:24.8.4\n    environment:\n      - CLICKHOUSE_PASSWORD=${CH_PASSWORD:-Zq8vLm2xTp9K}\n    ports:\n      - "8123:8123"\n';

  it("takes a committed .env value over the fallback, reports it on the .env line and cites the compose line, without the value", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": compose, ".env": "# defaults\nCH_PASSWORD=clickhouse123\n" }));
    const weak = result.findings.filter((f) => f.ruleId === "AIA401");
    expect(weak.map((f) => [f.file, f.line, f.severity])).toEqual([[".env", 2, "high"]]);
    expect(weak[0].message).toMatch(/through the \$\{…\} at line 5 of compose\.yaml/);
    expect(weak[0].fix).toMatch(/committed \.env/);
    const exposed = result.findings.find((f) => f.ruleId === "AIA102");
    expect(exposed).toMatchObject({ line: 7, severity: "high" });
    expect(exposed?.message).toMatch(/line 2 of \.env, through the \$\{…\} at line 5/);
    expect(findingsOf(result, "AIA402")).toEqual([]);
    expect(JSON.stringify(result)).not.toContain("clickhouse123");
  });

  it("ignores a git-ignored .env: the fallback is what the repository gives", async () => {
    const { spawnSync } = await import("node:child_process");
    const root = makeTree({ "compose.yaml": compose, ".env": "CH_PASSWORD=clickhouse123\n", ".gitignore": ".env\n" });
    spawnSync("git", ["init", "-q"], { cwd: root });
    const result = await scanTree(root);
    expect(findingsOf(result, "AIA401")).toEqual([]);
    expect(findingsOf(result, "AIA402").map((f) => [f.file, f.line])).toEqual([["compose.yaml", 5]]);
  });
});

it("interpolates as compose does when a variable is set in the project's .env", async () => {
  const { interpolate } = await import("../src/parsers/interpolate.js");
  const env: Record<string, string> = { A: "a", EMPTY: "" };
  const lookup = (name: string) => env[name];
  expect(interpolate("${A:-d}/${B:-d}/${EMPTY:-d}/${EMPTY-d}/$A/$$A", lookup)).toEqual({ value: "a/d/d//a/$A", source: "variable-default", used: ["A", "EMPTY", "A"] });
  expect(interpolate("${A}-${B}", lookup)).toMatchObject({ value: "a-${B}", source: "variable", used: ["A"] });
  expect(interpolate("${A:?set it}", lookup)).toMatchObject({ value: "a", source: "variable-default" });
  expect(interpolate("${B:-x}")).toEqual({ value: "x", source: "variable-default", used: [] });
});

it("tells words nobody generated from generated secrets and from placeholders", async () => {
  const { judgeCredential } = await import("../src/analyze/credentials.js");
  const context = { env: [], names: ["ragflow", "infiniflow", "acme"] };
  const kind = (value: string, name = "APP_PASSWORD", role: "own" | "client" | "unknown" = "unknown") => judgeCredential(value, name, context, role).kind;
  for (const weak of ["mysecret", "myRedisSecret", "miniosecret", "mysalt", "postgres123", "Welcome2024!", "infini_rag_flow", "infini_rag_flow_OS_01", "zepzepzep", "acme-admin"]) expect([weak, kind(weak)]).toEqual([weak, "weak"]);
  for (const secret of ["Zt8qLw3mXk5vQ2", "XkQpLmZrTwVb", "9f86d081884c7d659a2feaa0c55ad015", "changeme-in-.env"]) expect([secret, kind(secret)]).toEqual([secret, "secret"]);
  for (const none of ["app-secret-abc-123-for-development-only-not-secure", "viewer-key,editor-key,admin-key", "api_key", "YOUR-HF-TOKEN", "ollama", "abc"]) expect([none, kind(none, "API_KEY")]).toEqual([none, "none"]);
  // The product's own login accepts a dummy as written.
  expect(kind("aws_secret_key", "MINIO_ROOT_PASSWORD", "own")).toBe("weak");
  expect(kind("aws_secret_key", "MINIO_ROOT_PASSWORD", "client")).toBe("none");
});

it("reports a provider key of the project's .env once, on its line, whatever each service calls it", async () => {
  const compose = "services:\n  a:\n    image: ghcr.io/acme/a:1.0.0\n    environment:\n      - OPENAI_API_KEY=${OPENAI_KEY}\n  b:\n    image: ghcr.io/acme/b:1.0.0\n    environment:\n      - LLM_API_KEY=${OPENAI_KEY}\n";
  const key = "sk-proj-" + "Q9KgC0fofGFNYPSiPEZUtOH6K9zXsw8AjAi9E7ACH0bXsuUx";
  const result = await scanTree(makeTree({ "compose.yaml": compose, ".env": `OPENAI_KEY=${key}\n` }));
  expect(findingsOf(result, "AIA402")).toEqual([{ file: ".env", line: 1, category: "hardcoded-secret", severity: "high" }]);
  expect(JSON.stringify(result)).not.toContain(key);
});
