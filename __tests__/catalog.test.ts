// Integrity of the embedded product catalog: every entry must be well-formed data, because rules
// trust it without checking (regexes compile, ranges parse, the newest behaviour is last).
import { describe, expect, it } from "vitest";
import semver from "semver";
import { catalog } from "../src/catalog/index.js";
import type { AuthBehaviour, Knob, ProductDef } from "../src/catalog/types.js";

const products: ProductDef[] = catalog.products;
const IMPACTS = new Set(["code-execution", "model-control", "data-store", "inference", "web-app"]);

/** Knob values match in full, case-insensitively. */
function fullMatch(pattern: string, text: string): boolean {
  return new RegExp(`^(?:${pattern})$`, "i").test(text);
}

function allKnobs(p: ProductDef): Knob[] {
  const knobs: Knob[] = [...(p.listen.allInterfaces ?? []), ...(p.listen.loopbackOnly ?? [])];
  for (const a of p.auth) knobs.push(...(a.enabledBy ?? []), ...(a.disabledBy ?? []), ...(a.ignored ?? []));
  for (const c of p.defaultCredentials ?? []) knobs.push(c.knob);
  return knobs;
}

function product(id: string): ProductDef {
  const p = products.find((x) => x.id === id);
  if (!p) throw new Error(`no product ${id}`);
  return p;
}

/** The behaviour the catalog contract selects: first matching range, else the last entry. */
function authFor(p: ProductDef, version: string): AuthBehaviour {
  const hit = p.auth.find((a) => !a.versions || semver.satisfies(version, a.versions));
  return hit ?? p.auth[p.auth.length - 1]!;
}

function tagVersion(p: ProductDef, tag: string): string | undefined {
  const re = new RegExp(p.tagVersion ?? "^v?(\\d+\\.\\d+(?:\\.\\d+)?)");
  return re.exec(tag)?.[1];
}

describe("catalog integrity", () => {
  it("has unique, kebab-case ids in alphabetical order", () => {
    const ids = products.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(products.map((p) => [p.id, p] as const))("%s is well-formed", (_id, p) => {
    expect(p.name.length).toBeGreaterThan(0);
    expect(IMPACTS.has(p.impact)).toBe(true);
    expect(p.images.length + (p.commands?.length ?? 0)).toBeGreaterThan(0);
    expect(p.ports.length).toBeGreaterThan(0);
    expect(p.auth.length).toBeGreaterThan(0);
    expect(p.sources.length).toBeGreaterThan(0);
    for (const s of p.sources) expect(s).toMatch(/^https:\/\/\S+/);

    for (const image of p.images) {
      // Repository names only: lowercase, no tag, no digest.
      expect(image).toBe(image.toLowerCase());
      expect(image).not.toMatch(/[@]|:[^/]*$/);
    }
    for (const port of p.ports) {
      expect(Number.isInteger(port.port)).toBe(true);
      expect(port.port).toBeGreaterThan(0);
      expect(port.port).toBeLessThan(65536);
      expect(port.purpose.length).toBeGreaterThan(0);
    }
  });

  it.each(products.map((p) => [p.id, p] as const))("%s: every regex compiles", (_id, p) => {
    for (const c of p.commands ?? []) expect(() => new RegExp(c, "i")).not.toThrow();
    if (p.tagVersion !== undefined) {
      const re = new RegExp(p.tagVersion);
      expect(re.source).toContain("(");
    }
    for (const k of allKnobs(p)) {
      if (k.value !== undefined) expect(() => new RegExp(`^(?:${k.value})$`, "i")).not.toThrow();
      if (k.arg !== undefined) expect(() => new RegExp(k.arg!, "i")).not.toThrow();
      if (k.config !== undefined) expect(() => new RegExp(k.config!, "i")).not.toThrow();
    }
  });

  it.each(products.map((p) => [p.id, p] as const))("%s: knobs set exactly one of env/flag/arg/config", (_id, p) => {
    for (const k of allKnobs(p)) {
      const set = [k.env, k.flag, k.arg, k.config].filter((x) => x !== undefined);
      expect(set).toHaveLength(1);
      if (k.flag !== undefined) expect(k.flag).toMatch(/^--?[A-Za-z]/);
      if (k.versions !== undefined) expect(semver.validRange(k.versions)).not.toBeNull();
    }
  });

  it.each(products.map((p) => [p.id, p] as const))("%s: auth ranges are valid and ordered", (_id, p) => {
    for (const a of p.auth) {
      if (a.versions !== undefined) expect(semver.validRange(a.versions)).not.toBeNull();
      expect(a.summary.length).toBeGreaterThan(0);
      if (a.builtIn === "none") {
        expect(a.enabledBy ?? []).toHaveLength(0);
        expect(a.disabledBy ?? []).toHaveLength(0);
      }
    }
    // The last entry is used for unknown (floating) versions, so it must describe the current release.
    const last = p.auth[p.auth.length - 1]!;
    if (last.versions !== undefined) expect(semver.satisfies("999.0.0", last.versions)).toBe(true);
    // Only the last entry may be unbounded; every version must land on some entry.
    for (const a of p.auth.slice(0, -1)) expect(a.versions).toBeDefined();
    for (const v of ["0.0.1", "1.0.0", "2.52.0", "999.0.0"]) {
      expect(p.auth.some((a) => !a.versions || semver.satisfies(v, a.versions))).toBe(true);
    }
  });

  it.each(products.map((p) => [p.id, p] as const))("%s: default credentials are sourced", (_id, p) => {
    for (const c of p.defaultCredentials ?? []) {
      expect(c.values.length).toBeGreaterThan(0);
      expect(c.source).toMatch(/^https:\/\//);
    }
  });
});

describe("catalog facts that rules depend on", () => {
  it("reads versions from non-semver tags", () => {
    expect(tagVersion(product("triton"), "25.07-py3")).toBe("25.07");
    expect(tagVersion(product("litellm"), "main-v1.55.8")).toBe("1.55.8");
    expect(tagVersion(product("litellm"), "v1.61.0-stable")).toBe("1.61.0");
    expect(tagVersion(product("pgvector"), "0.8.0-pg17")).toBe("17");
    expect(tagVersion(product("pgvector"), "pg16")).toBe("16");
  });

  it("switches Chroma, Ray, Flowise, Elasticsearch and Xinference behaviour at the documented versions", () => {
    const chroma = product("chromadb");
    expect(authFor(chroma, "0.4.6").builtIn).toBe("none");
    expect(authFor(chroma, "0.4.24").enabledBy?.[0]?.env).toBe("CHROMA_SERVER_AUTH_PROVIDER");
    expect(authFor(chroma, "0.5.20").enabledBy?.[0]?.env).toBe("CHROMA_SERVER_AUTHN_PROVIDER");
    expect(authFor(chroma, "1.0.0").builtIn).toBe("none");
    expect(authFor(chroma, "1.0.0").ignored?.map((k) => k.env)).toContain("CHROMA_SERVER_AUTHN_PROVIDER");
    expect(authFor(product("ray"), "2.51.9").builtIn).toBe("none");
    expect(authFor(product("ray"), "2.52.0").builtIn).toBe("off");
    expect(authFor(product("flowise"), "3.0.0").builtIn).toBe("off");
    expect(authFor(product("flowise"), "3.0.1").builtIn).toBe("on");
    expect(authFor(product("elasticsearch"), "7.17.0").builtIn).toBe("off");
    expect(authFor(product("elasticsearch"), "8.13.2").builtIn).toBe("on");
    expect(authFor(product("torchserve"), "0.11.1").builtIn).toBe("on");
    expect(authFor(product("xinference"), "0.7.5").builtIn).toBe("none");
    expect(authFor(product("xinference"), "2.10.0").enabledBy?.map((k) => k.flag ?? k.env)).toEqual(["--auth-config", "XINFERENCE_AUTH_ADVANCED"]);
    expect(authFor(product("xinference"), "3.0.0").builtIn).toBe("on");
  });

  it("accepts an empty Jupyter token however the quotes survive tokenising", () => {
    const knob = product("jupyter").auth[0]!.disabledBy!.find((k) => k.flag === "--ServerApp.token")!;
    for (const v of ["", "''", '""']) expect(fullMatch(knob.value!, v)).toBe(true);
    expect(fullMatch(knob.value!, "password")).toBe(false);
    // An empty JUPYTER_TOKEN does not disable auth (jupyter_server generates a random token).
    expect(allKnobs(product("jupyter")).some((k) => k.env === "JUPYTER_TOKEN")).toBe(false);
    const args = product("jupyter").auth[0]!.disabledBy!.find((k) => k.env === "NOTEBOOK_ARGS")!;
    expect(fullMatch(args.value!, "--ServerApp.token='' --ServerApp.password=''")).toBe(true);
    expect(fullMatch(args.value!, "--ServerApp.token=abc")).toBe(false);
  });

  it("treats any WEBUI_AUTH other than true as disabling Open WebUI login", () => {
    const knob = product("open-webui").auth[0]!.disabledBy![0]!;
    for (const v of ["false", "False", "0", "no", ""]) expect(fullMatch(knob.value!, v)).toBe(true);
    for (const v of ["true", "True", "TRUE"]) expect(fullMatch(knob.value!, v)).toBe(false);
  });

  it("distinguishes ComfyUI --listen with and without an address", () => {
    const listen = product("comfyui").listen;
    const all = listen.allInterfaces![0]!;
    const loop = listen.loopbackOnly![0]!;
    for (const v of ["", "0.0.0.0", "0.0.0.0,::"]) expect(fullMatch(all.value!, v)).toBe(true);
    expect(fullMatch(all.value!, "127.0.0.1")).toBe(false);
    expect(fullMatch(loop.value!, "127.0.0.1")).toBe(true);
  });

  it("matches the server command lines and not their clients", () => {
    const matches = (id: string, cmd: string): boolean =>
      (product(id).commands ?? []).some((c) => new RegExp(c, "i").test(cmd));
    expect(matches("vllm", "vllm serve meta-llama/Llama-3.1-8B --api-key x")).toBe(true);
    expect(matches("vllm", "python3 -m vllm.entrypoints.openai.api_server --model m")).toBe(true);
    expect(matches("sglang", "python3 -m sglang.launch_server --model-path m --host 0.0.0.0")).toBe(true);
    expect(matches("ray", "ray start --head --dashboard-host=0.0.0.0")).toBe(true);
    expect(matches("ray", "ray start --address=head:6379")).toBe(false);
    expect(matches("mlflow", "mlflow server --host 0.0.0.0")).toBe(true);
    expect(matches("mlflow", "mlflow run .")).toBe(false);
    expect(matches("jupyter", "jupyter lab --ip=0.0.0.0")).toBe(true);
    expect(matches("jupyter", "jupyter nbconvert --to html x.ipynb")).toBe(false);
    expect(matches("comfyui", "python3 ./ComfyUI/main.py --listen --port 8188")).toBe(true);
    expect(matches("redis", "redis-server --requirepass x")).toBe(true);
    expect(matches("redis", "redis-cli -h redis ping")).toBe(false);
    expect(matches("mongodb", "mongod --bind_ip_all")).toBe(true);
    expect(matches("mongodb", "mongosh mongodb://db")).toBe(false);
    expect(matches("litellm", "litellm --port 4000")).toBe(true);
    expect(matches("jupyterhub", "jupyterhub-singleuser")).toBe(false);
    expect(matches("fastchat-controller", "python3 -m fastchat.serve.controller --host 0.0.0.0")).toBe(true);
    expect(matches("fastchat-openai-api", "python3 ./fastchat/serve/openai_api_server.py --api-keys k")).toBe(true);
    expect(matches("fastchat-model-worker", "python3 -m fastchat.serve.vllm_worker --model-path m")).toBe(true);
    expect(matches("fastchat-model-worker", "python3 -m fastchat.serve.model_worker --model-path m")).toBe(true);
    expect(matches("fastchat-model-worker", "python3 -m fastchat.serve.register_worker --controller http://c:21001")).toBe(false);
    expect(matches("xinference", "xinference-local -H 0.0.0.0")).toBe(true);
    expect(matches("xinference", "xinference launch --model-name qwen2.5-instruct")).toBe(false);
    expect(matches("prometheus", "/bin/prometheus --config.file=/etc/prometheus/prometheus.yml")).toBe(true);
    expect(matches("prometheus", "python -m prometheus_client")).toBe(false);
    expect(matches("seaweedfs", "weed server -s3 -filer")).toBe(true);
    expect(matches("seaweedfs", "weed shell -master=master:9333")).toBe(false);
  });

  it("takes a SeaweedFS JWT signing key, not a gRPC TLS key file, as authentication", () => {
    const knob = new RegExp(product("seaweedfs").auth[0]!.enabledBy!.find((k) => k.config?.includes("key"))!.config!, "i");
    expect(knob.test('key = "3x4mpl3-s1gn1ng-k3y"')).toBe(true);
    expect(knob.test('key = ""')).toBe(false);
    expect(knob.test('key = "/etc/seaweedfs/tls/volume.key"')).toBe(false);
    expect(knob.test('key = "/etc/seaweedfs/tls/master.pem"')).toBe(false);
  });

  it("reads A1111 flags from COMMANDLINE_ARGS", () => {
    const p = product("stable-diffusion-webui");
    const listen = p.listen.allInterfaces!.find((k) => k.env === "COMMANDLINE_ARGS")!;
    expect(fullMatch(listen.value!, "--xformers --listen --api")).toBe(true);
    expect(fullMatch(listen.value!, "--xformers --api")).toBe(false);
    const auth = p.auth[0]!.enabledBy!.find((k) => k.env === "COMMANDLINE_ARGS")!;
    expect(fullMatch(auth.value!, "--listen --gradio-auth user:pw")).toBe(true);
    expect(fullMatch(auth.value!, "--listen --api-auth user:pw")).toBe(false);
  });
});
