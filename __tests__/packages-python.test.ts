// Python package files (requirements, Pipfile.lock, poetry.lock, uv.lock, pyproject.toml, conda
// environment files) become package components with the line that declares each; broken files give a
// notice and keep what could be read.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Notice, PackageComponent } from "../src/model/types.js";
import { read } from "../src/readers/packages/index.js";
import { normalizePypiName } from "../src/readers/packages/pep508.js";
import { compiledModule, runIsolated } from "./helpers/isolated.js";
import { makeTree, scanTree } from "./helpers/tree.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "packages", "python");

function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), "utf8");
}

function parse(path: string, text = fixture(path)): { packages: PackageComponent[]; notices: Notice[] } {
  const result = read({ path, text });
  return { packages: result.part.components.filter((c): c is PackageComponent => c.type === "package"), notices: result.notices };
}

type Spec = { version: string } | { requirement: string };

/** The component a parser should give: `extra` holds `dev` and `transitive` where the file says them. */
function expected(ecosystem: PackageComponent["ecosystem"], file: string, declaredIn: PackageComponent["declaredIn"]) {
  return (line: number, name: string, spec: Spec, extra: { dev?: boolean; transitive?: boolean } = {}): PackageComponent => ({
    type: "package",
    ecosystem,
    name,
    ...spec,
    declaredIn,
    ...extra,
    pos: { file, line },
  });
}

const v = (version: string) => ({ version });
const r = (requirement: string) => ({ requirement });

const common = expected("PyPI", "requirements/common.txt", "manifest");
const COMMON = [
  common(1, "regex", r("*")),
  common(2, "cachetools", r("*")),
  common(3, "sentencepiece", r("*")),
  common(4, "requests", r(">=2.26.0")),
  common(5, "transformers", r(">=4.56.0,<5")),
  common(6, "fastapi", r(">=0.115.0")),
  common(7, "prometheus-client", r(">=0.18.0")),
  common(8, "lm-format-enforcer", v("0.11.3")),
  common(9, "llguidance", r(">=1.3.0,<1.4.0")),
  common(10, "outlines-core", v("0.2.11")),
  common(12, "diskcache", v("5.6.3")),
  common(13, "six", r(">=1.16.0")),
  common(14, "mistral-common", r(">=1.8.8")),
];

const cuda = expected("PyPI", "requirements/cuda.txt", "manifest");
const CUDA = [
  cuda(4, "numba", v("0.61.2")),
  cuda(7, "ray", r(">=2.48.0")),
  cuda(8, "torch", v("2.8.0")),
  cuda(9, "torchaudio", v("2.8.0")),
  cuda(11, "torchvision", v("0.23.0")),
  cuda(13, "flashinfer-python", v("0.2.14.post1")),
  cuda(14, "xformers", v("0.0.32.post1")),
  cuda(15, "vllm", v("0.6.3")),
  cuda(16, "triton", v("3.4.0")),
];

const dev = expected("PyPI", "requirements-dev.txt", "manifest");
const DEV = [dev(9, "aiohttp", v("3.9.5")), dev(13, "jinja2", v("3.1.4")), dev(16, "pytest", v("8.2.2")), dev(19, "zope-interface", v("6.4.post2"))];

const pipenv = expected("PyPI", "Pipfile.lock", "lockfile");
const PIPFILE = [
  pipenv(19, "certifi", v("2024.7.4")),
  pipenv(28, "langchain", v("0.2.6")),
  pipenv(35, "llama-index-core", r("git+https://github.com/run-llama/llama_index.git@4c1a8a0f2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c")),
  pipenv(44, "pillow", v("10.3.0")),
  pipenv(53, "pytest", v("8.2.2"), { dev: true }),
  pipenv(61, "ruff", v("0.5.0"), { dev: true }),
];

const poetry = expected("PyPI", "poetry.lock", "lockfile");
const POETRY = [
  poetry(4, "aiohappyeyeballs", v("2.4.4")),
  poetry(16, "black", v("24.10.0"), { dev: true }),
  poetry(34, "colorama", v("0.4.6")),
  poetry(47, "markupsafe", v("2.1.5")),
  poetry(58, "peft", r("git+https://github.com/huggingface/peft.git@b6fb2b3a0a9d4f5e6c7a8b9c0d1e2f3a4b5c6d7e")),
  poetry(78, "torch", v("2.5.1+cu121")),
];

const uv = expected("PyPI", "uv.lock", "lockfile");
const UV = [
  uv(10, "anyio", v("4.6.2.post1"), { transitive: true }),
  uv(24, "exceptiongroup", v("1.2.2"), { transitive: true }),
  uv(30, "idna", v("3.10"), { transitive: true }),
  uv(38, "iniconfig", v("2.0.0"), { dev: true, transitive: true }),
  uv(76, "openai", v("1.55.0"), { transitive: false }),
  uv(88, "pytest", v("8.3.3"), { dev: true, transitive: false }),
  uv(99, "sniffio", v("1.3.1"), { transitive: true }),
  uv(107, "torch", v("2.5.1"), { transitive: true }),
  uv(115, "transformers", r("git+https://github.com/huggingface/transformers?rev=v4.46.3#3a8eb74668e9c2cc563b2f5c62fac174797063e0"), { transitive: false }),
  uv(125, "uvicorn", v("0.32.1"), { transitive: false }),
];

const pyproject = expected("PyPI", "pyproject.toml", "manifest");
const PYPROJECT = [
  pyproject(8, "fastapi", r(">=0.115.0")),
  pyproject(9, "vllm", v("0.6.3")),
  pyproject(10, "qdrant-client", r("~=1.12")),
  pyproject(11, "pydantic-settings", r("*")),
  pyproject(12, "jinja2", v("3.1.4")),
  pyproject(13, "tokenizers", r(">=0.20,<0.21")),
  pyproject(18, "flash-attn", v("2.6.3")),
  pyproject(18, "bitsandbytes", r(">=0.44")),
  pyproject(20, "gradio", v("4.44.1")),
  pyproject(27, "pytest", r(">=8.3"), { dev: true }),
  pyproject(27, "pytest-asyncio", v("0.24.0"), { dev: true }),
  pyproject(28, "ruff", v("0.7.4"), { dev: true }),
  pyproject(35, "torch", v("2.5.1")),
  pyproject(36, "sentence-transformers", r("^3.2")),
  pyproject(37, "langchain-core", v("0.3.15")),
  pyproject(38, "einops", r("*")),
  pyproject(39, "numpy", r("1.26.4 || 2.1.3")),
  pyproject(46, "mypy", r("~1.13"), { dev: true }),
  pyproject(47, "types-requests", r(">=2.32,<3"), { dev: true }),
];

const conda = expected("conda", "environment.yml", "manifest");
const condaPip = expected("PyPI", "environment.yml", "manifest");
const CONDA = [
  conda(8, "python", r("=3.11")),
  conda(9, "pip", r("*")),
  conda(10, "pytorch", v("2.4.1")),
  conda(11, "pytorch-cuda", r("=12.1")),
  conda(12, "cuda-nvcc", r("*")),
  conda(13, "numpy", v("1.26.4")),
  conda(14, "scipy", v("1.14.1")),
  conda(15, "pandas", r(">=2.2")),
  conda(16, "cudatoolkit", v("11.8.0")),
  conda(17, "sentencepiece", r("*")),
  conda(18, "_libgcc_mutex", v("0.1")),
  condaPip(21, "transformers", v("4.46.3")),
  condaPip(22, "peft", r(">=0.13.0")),
  condaPip(23, "bitsandbytes", v("0.44.1")),
];
const CONDA_NOTICES: Notice[] = [
  { file: "environment.yml", line: 26, kind: "warning", message: "includes extra-deps.txt, which is not scanned (name it requirements-*.txt or place it in requirements/)" },
];

describe("PyPI names", () => {
  it("are normalised as PEP 503 says: lower case, runs of - _ . as one -", () => {
    expect(["Flash_Attn", "zope.interface", "prometheus_client", "A-_.-b", "vLLM"].map(normalizePypiName)).toEqual(["flash-attn", "zope-interface", "prometheus-client", "a-b", "vllm"]);
  });
});

describe("requirements files", () => {
  it("reads vLLM's common requirements: exact pins, ranges, bare names, extras, markers and comments", () => {
    expect(parse("requirements/common.txt")).toEqual({ packages: COMMON, notices: [] });
  });

  it("skips editable installs, VCS URLs, direct references and wheel paths; an include of a claimed file is no notice", () => {
    expect(parse("requirements/cuda.txt")).toEqual({ packages: CUDA, notices: [] });
  });

  it("joins continued lines (pip-compile's --hash options) and reports each at its first line", () => {
    expect(parse("requirements-dev.txt")).toEqual({ packages: DEV, notices: [] });
  });

  it("warns at the line of an include that discovery would not scan, and not for one it does", () => {
    const text = "-r ../common.txt\n-r requirements-base.txt\n--requirement=../requirements/gpu.txt\n-c constraints.txt\n-rlocal.txt\n-r https://example.com/reqs.txt\n-r ../../../up.txt\nuvicorn==0.30.1\n";
    expect(parse("docker/requirements.txt", text)).toEqual({
      packages: [expected("PyPI", "docker/requirements.txt", "manifest")(8, "uvicorn", v("0.30.1"))],
      notices: [
        { file: "docker/requirements.txt", line: 1, kind: "warning", message: "includes ../common.txt, which is not scanned (name it requirements-*.txt or place it in requirements/)" },
        { file: "docker/requirements.txt", line: 5, kind: "warning", message: "includes local.txt, which is not scanned (name it requirements-*.txt or place it in requirements/)" },
        { file: "docker/requirements.txt", line: 6, kind: "warning", message: "includes https://example.com/reqs.txt, which is outside the repository and not scanned" },
        { file: "docker/requirements.txt", line: 7, kind: "warning", message: "includes ../../../up.txt, which is outside the repository and not scanned" },
      ],
    });
  });

  it("gives one parse error for lines that are no requirement, and reads the rest; CRLF line ends are read too", () => {
    const text = "torch=2.1.0\r\nnumpy==1.26.4\r\nnot a requirement\r\n# only = a comment\r\nscipy ==1.13.1 # pinned\r\n";
    const row = expected("PyPI", "requirements.txt", "manifest");
    expect(parse("requirements.txt", text)).toEqual({
      packages: [row(2, "numpy", v("1.26.4")), row(5, "scipy", v("1.13.1"))],
      notices: [{ file: "requirements.txt", line: 1, kind: "parse-error", message: "requirements: not a requirement: torch=2.1.0 (and 1 more error)" }],
    });
  });

  it("takes == with a wildcard and === as written: a prefix range and an exact version", () => {
    const row = expected("PyPI", "requirements.txt", "manifest");
    expect(parse("requirements.txt", "accelerate==0.34.*\nbitsandbytes===0.44.1\nxformers (==0.0.28)\n").packages).toEqual([
      row(1, "accelerate", r("==0.34.*")),
      row(2, "bitsandbytes", v("0.44.1")),
      row(3, "xformers", v("0.0.28")),
    ]);
  });
});

describe("Pipfile.lock", () => {
  it("lists default and develop packages at their key's line; a git checkout as a requirement; the project itself not at all", () => {
    expect(parse("Pipfile.lock")).toEqual({ packages: PIPFILE, notices: [] });
  });

  it("reads a cut-off file up to where it stops, with a parse error at its end", () => {
    const text = fixture("Pipfile.lock").split("\n").slice(0, 40).join("\n");
    const { packages, notices } = parse("Pipfile.lock", text);
    expect(packages).toEqual(PIPFILE.slice(0, 3));
    // The message is the JavaScript engine's own, which differs between Node versions.
    expect(notices).toEqual([{ file: "Pipfile.lock", line: 40, kind: "parse-error", message: expect.stringMatching(/^JSON: /) }]);
  });
});

describe("poetry.lock", () => {
  it("lists every package at its name's line, dev when no group is main; a git source as a requirement; a directory not at all", () => {
    expect(parse("poetry.lock")).toEqual({ packages: POETRY, notices: [] });
  });

  it("reads the category of lock files older than Poetry 1.5", () => {
    const text = '[[package]]\nname = "pytest"\nversion = "7.4.3"\ndescription = "pytest: simple powerful testing with Python"\ncategory = "dev"\noptional = false\npython-versions = ">=3.7"\n\n[[package]]\nname = "requests"\nversion = "2.31.0"\ncategory = "main"\noptional = false\npython-versions = ">=3.7"\n\n[metadata]\nlock-version = "1.1"\n';
    expect(parse("poetry.lock", text).packages).toEqual([poetry(2, "pytest", v("7.4.3"), { dev: true }), poetry(10, "requests", v("2.31.0"))]);
  });

  it("reads the packages around a broken one, each still at its own line, with one parse error", () => {
    const text = fixture("poetry.lock").replace('name = "black"\nversion = "24.10.0"', 'name = "black"\nversion = 24.10.0');
    const { packages, notices } = parse("poetry.lock", text);
    expect(packages).toEqual(POETRY.filter((p) => p.name !== "black"));
    expect(notices).toEqual([{ file: "poetry.lock", line: 17, column: 16, kind: "parse-error", message: "TOML: illegal character in numeric literal" }]);
  });
});

describe("uv.lock", () => {
  it("leaves out the project; packages the project does not ask for are transitive, those reached only from dev groups are dev", () => {
    expect(parse("uv.lock")).toEqual({ packages: UV, notices: [] });
  });

  it("lists an archive by its URL or path, and leaves out a local folder", () => {
    const text = [
      '[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { virtual = "." }\ndependencies = [{ name = "flash-attn" }, { name = "kernels" }, { name = "shared" }]\n',
      '[[package]]\nname = "flash-attn"\nversion = "2.6.3"\nsource = { url = "https://github.com/Dao-AILab/flash-attention/releases/download/v2.6.3/flash_attn-2.6.3-cp311-cp311-linux_x86_64.whl" }\n',
      '[[package]]\nname = "kernels"\nversion = "0.1.0"\nsource = { path = "wheels/kernels-0.1.0-py3-none-any.whl" }\n',
      '[[package]]\nname = "shared"\nversion = "0.2.0"\nsource = { directory = "../shared" }\n',
    ].join("\n");
    expect(parse("uv.lock", text).packages).toEqual([
      uv(8, "flash-attn", r("https://github.com/Dao-AILab/flash-attention/releases/download/v2.6.3/flash_attn-2.6.3-cp311-cp311-linux_x86_64.whl"), { transitive: false }),
      uv(13, "kernels", r("wheels/kernels-0.1.0-py3-none-any.whl"), { transitive: false }),
    ]);
  });

  it("says nothing of transitivity without a project in the file", () => {
    const text = 'version = 1\nrequires-python = ">=3.12"\n\n[[package]]\nname = "fixture-leaf"\nversion = "1.2.3"\nsource = { registry = "https://pypi.org/simple" }\n';
    expect(parse("uv.lock", text).packages).toEqual([uv(5, "fixture-leaf", v("1.2.3"))]);
  });
});

describe("pyproject.toml", () => {
  it("reads PEP 621 lists, PEP 735 groups and Poetry tables at the line of each dependency; python and git sources are no package", () => {
    expect(parse("pyproject.toml")).toEqual({ packages: PYPROJECT, notices: [] });
  });

  it("reads the tables that parse when another one is broken, and reports the broken one", () => {
    const text = fixture("pyproject.toml").replace('mypy = "~1.13"', "mypy = ~1.13");
    const { packages, notices } = parse("pyproject.toml", text);
    expect(packages).toEqual(PYPROJECT.filter((p) => p.name !== "mypy" && p.name !== "types-requests"));
    expect(notices).toEqual([{ file: "pyproject.toml", line: 46, column: 8, kind: "parse-error", message: "TOML: invalid value" }]);
  });

  it("finds dependencies written as dotted keys and inline tables", () => {
    const text = '[project]\nname = "x"\noptional-dependencies.gpu = ["vllm==0.6.3"]\n\n[tool.poetry]\ngroup.dev.dependencies = { pytest = "8.3.3" }\n';
    expect(parse("pyproject.toml", text).packages).toEqual([pyproject(3, "vllm", v("0.6.3")), pyproject(6, "pytest", v("8.3.3"), { dev: true })]);
  });

  it("reports a dependency string that is no requirement", () => {
    const text = '[project]\nname = "x"\ndependencies = [\n  "torch>=2",\n  "=bad",\n]\n';
    expect(parse("pyproject.toml", text)).toEqual({
      packages: [pyproject(4, "torch", r(">=2"))],
      notices: [{ file: "pyproject.toml", line: 5, kind: "parse-error", message: "not a requirement: =bad" }],
    });
  });
});

describe("conda environment files", () => {
  it("reads conda specs (channel prefixes, builds, the space form) and the pip list as requirements lines", () => {
    expect(parse("environment.yml")).toEqual({ packages: CONDA, notices: CONDA_NOTICES });
  });

  it("takes a one- or two-part version after one = as a range, == and three parts as exact, a wildcard as a range", () => {
    const text = "dependencies:\n  - cuda-version=12\n  - nccl=2.21.5.1\n  - pytorch[version='>=2.3']\n  - faiss-gpu 1.8.*\n  - libblas=*=*mkl\n";
    const row = expected("conda", "env.yml", "manifest");
    expect(parse("env.yml", text).packages).toEqual([row(2, "cuda-version", r("=12")), row(3, "nccl", v("2.21.5.1")), row(4, "pytorch", r(">=2.3")), row(5, "faiss-gpu", r("1.8.*")), row(6, "libblas", r("=*=*mkl"))]);
  });

  it("gives a parse error for YAML it cannot read", () => {
    expect(parse("environment.yml", "name: x\ndependencies:\n  - numpy=1.26.4\n  - [pip\n")).toEqual({
      packages: [],
      notices: [{ file: "environment.yml", line: 5, column: 1, kind: "parse-error", message: expect.stringMatching(/^YAML: /) }],
    });
  });
});

describe("hostile package files", () => {
  const HOSTILE: [string, string][] = [
    ["requirements.txt", `${"a".repeat(200_000)}${" #".repeat(100_000)}\n${"\\\n".repeat(100_000)}-r${" ".repeat(100_000)}\n${"x[".repeat(100_000)}\n${"y>=1,".repeat(50_000)}\n`],
    ["pyproject.toml", `[project]\ndependencies = [${'"a",'.repeat(100_000)}]\n${"[tool.poetry.group.g.dependencies]\n".repeat(20_000)}x = ${"[".repeat(100_000)}\n`],
    ["poetry.lock", `${'[[package]]\nname = "p"\nversion = "1"\n'.repeat(50_000)}${"[a.".repeat(50_000)}\n`],
    ["uv.lock", Array.from({ length: 30_000 }, (_, i) => `[[package]]\nname = "p${i}"\nversion = "1"\nsource = { ${i === 0 ? 'virtual = "."' : 'registry = "r"'} }\ndependencies = [{ name = "p${i + 1}", extra = ["x"] }]\n`).join("")],
    ["Pipfile.lock", `{"default": ${"{\"a\": ".repeat(200_000)}${'"x"'}${"}".repeat(200_000)}, "develop": ${"[".repeat(200_000)}`],
    ["environment.yml", `dependencies:\n${"  - a=1.2.3\n".repeat(50_000)}  - pip:\n${"      - b==1\n".repeat(50_000)}`],
  ];

  it("reads a file of 400 000 requirements (more than one call's arguments can hold)", () => {
    expect(parse("requirements-lock.txt", "a==1\n".repeat(400_000)).packages.length).toBe(400_000);
  });

  it.each(HOSTILE)("reads a hostile %s in linear time without overflowing the stack", async (path, text) => {
    const result = await runIsolated<{ part: { components: unknown[] }; notices: Notice[] }>("module", { module: compiledModule("src/readers/packages/index.js"), export: "read", params: [{ path, text }] }, { timeoutMs: 9000 });
    expect(Array.isArray(result.part.components)).toBe(true);
  }, 20_000);
});

describe("a scan's inventory", () => {
  it("lists the packages of every Python package file at the lines that declare them", async () => {
    const files: Record<string, string> = {};
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else files[relative(FIXTURES, join(dir, entry.name))] = readFileSync(join(dir, entry.name), "utf8");
      }
    };
    walk(FIXTURES);
    const result = await scanTree(makeTree(files));
    const rows = (components: PackageComponent[]) =>
      components.map((c) => ({ type: "package", ecosystem: c.ecosystem, name: c.name, version: c.version, requirement: c.requirement, file: c.pos.file, line: c.pos.line }));
    const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
    const want = rows([...COMMON, ...CUDA, ...DEV, ...PIPFILE, ...POETRY, ...UV, ...PYPROJECT, ...CONDA]).sort(byPlace);
    // The reader's part of each row; what matching adds (purl, advisories) is tested with the matching stage.
    const listed = result.inventory.components.filter((c) => c.type === "package").map(({ type, ecosystem, name, version, requirement, file, line }) => ({ type, ecosystem, name, version, requirement, file, line }));
    expect(listed.sort(byPlace)).toEqual(want);
    expect(result.notices.filter((n) => n.kind === "warning")).toEqual(CONDA_NOTICES);
  });
});
