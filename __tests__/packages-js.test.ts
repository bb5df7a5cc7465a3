// npm, yarn, pnpm, Go and Cargo package files: what each lockfile pins, with the line that pins it, and
// what a broken or hostile one gives (a notice, the rest still read, never a hang or a throw).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Notice, PackageComponent } from "../src/model/types.js";
import { read } from "../src/readers/packages/index.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "packages", "js");

function parse(path: string, text: string): { packages: PackageComponent[]; notices: Notice[] } {
  const { part, notices } = read({ path, text });
  return { packages: part.components as PackageComponent[], notices };
}

function fixture(dir: string, name: string) {
  return parse(`${dir}/${name}`, readFileSync(join(FIXTURES, dir, name), "utf8"));
}

/** What a user sees of each component: name, version, dev, transitive, line. */
const seen = (packages: PackageComponent[]) =>
  packages.map((p) => ({ name: p.name, version: p.version, requirement: p.requirement, dev: p.dev, transitive: p.transitive, line: p.pos.line }));

/** A hang detector, not a speed measurement: each case needs milliseconds. */
const BUDGET_MS = 2000;
function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  expect(performance.now() - start).toBeLessThan(BUDGET_MS);
  return result;
}

describe("package-lock.json", () => {
  it("v3: every installed package at its key's line, aliases by their real name, links and workspaces left out", () => {
    const { packages, notices } = fixture("npm-v3", "package-lock.json");
    expect(notices).toEqual([]);
    expect(packages[0]).toEqual({
      type: "package",
      ecosystem: "npm",
      name: "@qdrant/js-client-rest",
      version: "1.12.0",
      declaredIn: "lockfile",
      transitive: false,
      dev: false,
      pos: { file: "npm-v3/package-lock.json", line: 26 },
    });
    expect(seen(packages)).toEqual([
      { name: "@qdrant/js-client-rest", version: "1.12.0", dev: false, transitive: false, line: 26 },
      { name: "debug", version: "4.3.7", dev: true, transitive: true, line: 41 },
      { name: "express", version: "4.21.1", dev: false, transitive: false, line: 50 },
      // Nested under express: transitive although the project names a `debug` of its own nowhere.
      { name: "debug", version: "2.6.9", dev: false, transitive: true, line: 61 },
      { name: "fsevents", version: "2.3.3", dev: false, transitive: false, line: 66 },
      { name: "ms", version: "2.1.3", dev: true, transitive: true, line: 79 },
      // Asked for by the workspace packages/chat-ui, hoisted to the root.
      { name: "react", version: "18.3.1", dev: false, transitive: false, line: 85 },
      // The alias string-width-cjs the project asks for.
      { name: "string-width", version: "4.2.3", dev: false, transitive: false, line: 93 },
      { name: "typescript", version: "5.6.3", dev: true, transitive: false, line: 99 },
      { name: "undici", version: "5.28.4", dev: false, transitive: true, line: 112 },
      { name: "loose-envify", version: "1.4.0", dev: false, transitive: true, line: 126 },
    ]);
  });

  it("v2: reads `packages` only, not the v1 copy of the same tree", () => {
    const { packages, notices } = fixture("npm-v2", "package-lock.json");
    expect(notices).toEqual([]);
    expect(seen(packages)).toEqual([
      { name: "axios", version: "1.7.7", dev: false, transitive: false, line: 17 },
      { name: "follow-redirects", version: "1.15.9", dev: false, transitive: true, line: 24 },
      { name: "vitest", version: "2.1.4", dev: true, transitive: false, line: 42 },
    ]);
  });

  it("v1: nested dependencies, aliases, git dependencies as requirements, local folders left out; direct is not known", () => {
    const { packages, notices } = fixture("npm-v1", "package-lock.json");
    expect(notices).toEqual([]);
    expect(seen(packages)).toEqual([
      { name: "accepts", version: "1.3.8", dev: false, line: 7 },
      { name: "http-proxy", version: "1.18.1", dev: false, line: 15 },
      { name: "eventemitter3", version: "4.0.7", dev: false, line: 23 },
      { name: "jest", version: "29.7.0", dev: true, line: 29 },
      { name: "node-fetch", requirement: "git+https://github.com/node-fetch/node-fetch.git#1ef4b560a17e644a02a3bfdea7631ffeee578b35", dev: false, line: 37 },
      { name: "strip-ansi", version: "6.0.1", dev: false, line: 41 },
    ]);
  });

  it("npm-shrinkwrap.json is read the same way", () => {
    const text = readFileSync(join(FIXTURES, "npm-v2", "package-lock.json"), "utf8");
    expect(parse("app/npm-shrinkwrap.json", text).packages.map((p) => p.name)).toEqual(["axios", "follow-redirects", "vitest"]);
  });

  it("a truncated file: one parse error at the end, the packages before it kept", () => {
    const lines = readFileSync(join(FIXTURES, "npm-v3", "package-lock.json"), "utf8").split("\n");
    const { packages, notices } = parse("package-lock.json", lines.slice(0, 57).join("\n"));
    expect(notices).toEqual([{ file: "package-lock.json", kind: "parse-error", line: 57, column: 19, message: "JSON: unexpected end of file" }]);
    expect(seen(packages)).toEqual([
      { name: "@qdrant/js-client-rest", version: "1.12.0", dev: false, transitive: false, line: 26 },
      { name: "debug", version: "4.3.7", dev: true, transitive: true, line: 41 },
      { name: "express", version: "4.21.1", dev: false, transitive: false, line: 50 },
    ]);
  });

  it("a syntax error in the middle: its line and column, and what came before", () => {
    const text = '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": { "version": "1.0.0" },\n    "node_modules/b": { "version": "2.0.0" }\n    "node_modules/c": { "version": "3.0.0" }\n  }\n}\n';
    const { packages, notices } = parse("package-lock.json", text);
    expect(notices).toEqual([{ file: "package-lock.json", kind: "parse-error", line: 6, column: 5, message: "JSON: expected , or } after a value" }]);
    expect(packages.map((p) => `${p.name}@${p.version}`)).toEqual(["a@1.0.0", "b@2.0.0"]);
  });

  it("100,000 nested brackets: a parse error where the nesting passes 10,000 levels, no stack overflow", () => {
    const { packages, notices } = timed(() => parse("package-lock.json", `{"packages": ${"[".repeat(100_000)}`));
    expect(packages).toEqual([]);
    expect(notices).toEqual([
      { file: "package-lock.json", line: 1, kind: "warning", message: "`packages` is not an object; not read" },
      // The top-level object and 9,999 brackets are 10,000 levels; the next bracket, at column 14 + 9,999, is one too many.
      { file: "package-lock.json", kind: "parse-error", line: 1, column: 10_013, message: "JSON: nested deeper than 10000 levels" },
    ]);
  });

  it("v1 dependencies nested 4,000 levels deep are all read (an explicit stack, no recursion)", () => {
    const depth = 4000;
    const text = `{"lockfileVersion": 1, "dependencies": ${'{"a": {"version": "1.0.0", "dependencies": '.repeat(depth)}{}${"}}".repeat(depth)}}`;
    const { packages, notices } = timed(() => parse("package-lock.json", text));
    expect(notices).toEqual([]);
    expect(packages).toHaveLength(depth);
  });

  it("escapes and \\u sequences in keys and values are decoded; a bad escape is a parse error", () => {
    const text = String.raw`{"lockfileVersion": 3, "packages": {"": {"dependencies": {"\u0040acme/na\u006de": "^1"}}, "node_modules/\u0040acme/na\u006de": {"version": "1.0.0\u002Dbeta.1", "description": "a \"quoted\" \\ path\/ with \t tab \ud83d\ude00"}, "node_modules/b": {"version": "1\x"}}}`;
    const { packages, notices } = parse("package-lock.json", text);
    expect(seen(packages)).toEqual([{ name: "@acme/name", version: "1.0.0-beta.1", dev: false, transitive: false, line: 1 }]);
    expect(notices).toEqual([{ file: "package-lock.json", kind: "parse-error", line: 1, column: 260, message: "JSON: invalid escape in a string" }]);
  });

  it("a raw line break inside a string is a parse error (it would put every later line off)", () => {
    const { notices } = parse("package-lock.json", '{"packages": {"node_modules/a": {"version": "1.0.0\n"}}}');
    expect(notices).toEqual([{ file: "package-lock.json", kind: "parse-error", line: 1, column: 51, message: "JSON: control character in a string" }]);
  });

  it("a 1 MB key is read once; unterminated, it is a parse error", () => {
    const name = "a".repeat(1 << 20);
    const { packages } = timed(() => parse("package-lock.json", `{"packages": {"node_modules/${name}": {"version": "1.0.0"}}}`));
    expect(packages.map((p) => [p.name.length, p.version])).toEqual([[1 << 20, "1.0.0"]]);
    const { notices } = timed(() => parse("package-lock.json", `{"packages": {"node_modules/${name}`));
    expect(notices.map((n) => n.message)).toEqual(["JSON: unterminated string"]);
  });

  it("150,000 packages in one file are all read", () => {
    const entries = Array.from({ length: 150_000 }, (_, i) => `"node_modules/p${i}": {"version": "1.0.${i}"}`);
    const { packages, notices } = timed(() => parse("package-lock.json", `{"lockfileVersion": 3, "packages": {${entries.join(",\n")}}}`));
    expect(notices).toEqual([]);
    expect(packages).toHaveLength(150_000);
    expect(seen(packages.slice(-1))).toEqual([{ name: "p149999", version: "1.0.149999", dev: false, transitive: true, line: 150_000 }]);
  });

  it("a `packages` that is not an object, or a top level that is not one: a warning, nothing read", () => {
    const array = parse("package-lock.json", JSON.stringify({ name: "x", packages: Array(1000).fill({ version: "1.0.0" }) }));
    expect(array).toEqual({ packages: [], notices: [{ file: "package-lock.json", line: 1, kind: "warning", message: "`packages` is not an object; not read" }] });
    expect(parse("package-lock.json", "[1, 2]")).toEqual({ packages: [], notices: [{ file: "package-lock.json", line: 1, kind: "warning", message: "not a lockfile: the top level is not an object" }] });
  });

  it("text after the top-level object is a parse error", () => {
    expect(parse("package-lock.json", '{"packages": {}}\n{}').notices).toEqual([{ file: "package-lock.json", kind: "parse-error", line: 2, column: 1, message: "JSON: unexpected text after the end of the document" }]);
  });
});

describe("yarn.lock", () => {
  it("classic: one component per name and version at its header line, aliases by their real name, file: entries left out", () => {
    const { packages, notices } = fixture("yarn-classic", "yarn.lock");
    expect(notices).toEqual([]);
    expect(packages[0]).toEqual({ type: "package", ecosystem: "npm", name: "@babel/code-frame", version: "7.22.13", declaredIn: "lockfile", pos: { file: "yarn-classic/yarn.lock", line: 5 } });
    expect(seen(packages)).toEqual([
      { name: "@babel/code-frame", version: "7.22.13", line: 5 },
      { name: "chalk", version: "2.4.2", line: 12 },
      { name: "langchain", version: "0.0.200", line: 16 },
      { name: "lodash", version: "4.17.20", line: 20 },
      { name: "lodash", version: "4.17.21", line: 24 },
      { name: "string-width", version: "4.2.3", line: 31 },
    ]);
  });

  it("berry: the resolution names the package; workspaces and patches left out; what a workspace asks for is direct", () => {
    const { packages, notices } = fixture("yarn-berry", "yarn.lock");
    expect(notices).toEqual([]);
    expect(seen(packages)).toEqual([
      { name: "@modelcontextprotocol/sdk", version: "1.0.1", transitive: false, line: 8 },
      { name: "content-type", version: "1.0.5", transitive: true, line: 28 },
      { name: "typescript", version: "5.6.3", transitive: false, line: 44 },
      { name: "wrap-ansi", version: "7.0.0", transitive: false, line: 64 },
      { name: "zod", version: "3.23.8", transitive: false, line: 71 },
    ]);
  });

  it("berry: a workspace that asks for a patched package asks for the package", () => {
    const text = '__metadata:\n  version: 8\n\n"app@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "app@workspace:."\n  dependencies:\n    typescript: "patch:typescript@npm%3A^5.6.3#optional!builtin<compat/typescript>"\n\n"typescript@npm:^5.6.3":\n  version: 5.6.3\n  resolution: "typescript@npm:5.6.3"\n';
    expect(seen(parse("yarn.lock", text).packages)).toEqual([{ name: "typescript", version: "5.6.3", transitive: false, line: 10 }]);
  });

  it("a broken header and an entry without a version are parse errors; the entries around them are read", () => {
    const text = 'lodash@^4.17.21:\n  version "4.17.21"\n\nthis is not a header\n  version "1.0.0"\n\nms@^2.1.3:\n  integrity sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==\n\nchalk@^4.1.2:\n  version "4.1.2"\n';
    const { packages, notices } = parse("yarn.lock", text);
    expect(seen(packages)).toEqual([
      { name: "lodash", version: "4.17.21", line: 1 },
      { name: "chalk", version: "4.1.2", line: 10 },
    ]);
    expect(notices).toEqual([{ file: "yarn.lock", kind: "parse-error", line: 4, message: "expected an entry header ending in `:` (and 1 more error)" }]);
  });
});

describe("pnpm-lock.yaml", () => {
  it("5.4: `/name/version_peers` keys, dev flags, direct from the top-level lists (an alias too)", () => {
    const { packages, notices } = fixture("pnpm-5.4", "pnpm-lock.yaml");
    expect(notices).toEqual([]);
    expect(seen(packages)).toEqual([
      { name: "@langchain/core", version: "0.1.63", dev: false, transitive: false, line: 21 },
      { name: "@types/react", version: "18.2.79", dev: true, transitive: false, line: 28 },
      { name: "csstype", version: "3.1.3", dev: true, transitive: true, line: 34 },
      { name: "p-retry", version: "4.6.2", dev: false, transitive: true, line: 38 },
      { name: "react-dom", version: "18.2.0", dev: false, transitive: false, line: 43 },
      { name: "react", version: "18.2.0", dev: false, transitive: false, line: 52 },
      { name: "scheduler", version: "0.23.0", dev: false, transitive: true, line: 59 },
      { name: "string-width", version: "4.2.3", dev: false, transitive: false, line: 65 },
      { name: "styled-jsx", version: "5.1.1", dev: false, transitive: true, line: 70 },
    ]);
  });

  it("6.0: `/name@version(peers)` keys, importers of a workspace, a git package by its name and version fields, links left out", () => {
    const { packages, notices } = fixture("pnpm-6.0", "pnpm-lock.yaml");
    expect(notices).toEqual([]);
    expect(seen(packages)).toEqual([
      { name: "@ai-sdk/openai", version: "0.0.66", dev: false, transitive: false, line: 32 },
      { name: "prettier", version: "3.3.3", dev: true, transitive: false, line: 41 },
      { name: "zod", version: "3.23.8", dev: false, transitive: false, line: 47 },
      { name: "ollama", version: "0.5.9", dev: false, transitive: false, line: 51 },
    ]);
  });

  it("9.0: `packages:` read, `snapshots:` not; dev known only for what an importer lists", () => {
    const { packages, notices } = fixture("pnpm-9.0", "pnpm-lock.yaml");
    expect(notices).toEqual([]);
    expect(seen(packages)).toEqual([
      { name: "@huggingface/inference", version: "2.8.1", dev: false, transitive: false, line: 27 },
      { name: "@huggingface/tasks", version: "0.12.22", transitive: true, line: 31 },
      { name: "@types/node", version: "22.8.1", dev: true, transitive: false, line: 34 },
      { name: "openai", version: "4.68.4", dev: false, transitive: false, line: 37 },
      { name: "strip-ansi", version: "6.0.1", dev: false, transitive: false, line: 46 },
      { name: "undici-types", version: "6.19.8", transitive: true, line: 50 },
      { name: "zod", version: "3.23.8", transitive: true, line: 53 },
    ]);
  });

  it("odd indentation, tabs and a key without `:` are parse errors; the other packages are read", () => {
    const text = "lockfileVersion: '9.0'\n\npackages:\n\n  a@1.0.0:\n   resolution: {integrity: sha512-x}\n\n\tb@1.0.0:\n\n  c@1.0.0 resolution\n\n  d@2.0.0:\n    resolution: {integrity: sha512-y}\n";
    const { packages, notices } = parse("pnpm-lock.yaml", text);
    expect(packages.map((p) => `${p.name}@${p.version}:${p.pos.line}`)).toEqual(["a@1.0.0:5", "d@2.0.0:12"]);
    expect(notices).toEqual([{ file: "pnpm-lock.yaml", kind: "parse-error", line: 6, message: "indentation of 3 spaces; pnpm indents by two (and 2 more errors)" }]);
  });
});

describe("go.mod", () => {
  it("requires with // indirect, replacements by module and by version, local replacements left out, the toolchain as stdlib", () => {
    const { packages, notices } = fixture("go", "go.mod");
    expect(notices).toEqual([]);
    expect(packages[0]).toEqual({ type: "package", ecosystem: "Go", name: "stdlib", version: "v1.22.5", declaredIn: "manifest", pos: { file: "go/go.mod", line: 5 } });
    expect(seen(packages)).toEqual([
      { name: "stdlib", version: "v1.22.5", line: 5 },
      { name: "github.com/gin-gonic/gin", version: "v1.10.0", transitive: false, line: 8 },
      { name: "github.com/ollama/ollama", version: "v0.3.6", transitive: false, line: 9 },
      { name: "github.com/acme/go-openai", version: "v1.28.3-acme.1", transitive: false, line: 29 },
      // The replacement names v1.63.0 only.
      { name: "google.golang.org/grpc", version: "v1.64.0", transitive: false, line: 11 },
      { name: "github.com/bytedance/sonic", version: "v1.11.6", transitive: true, line: 15 },
      { name: "golang.org/x/net", version: "v0.26.0", transitive: true, line: 25 },
      { name: "golang.org/x/sys", version: "v0.20.0", transitive: true, line: 17 },
      { name: "github.com/pkg/errors", version: "v0.9.1", transitive: false, line: 21 },
    ]);
  });

  it("stdlib from a three-part `go` line when there is no toolchain; none from a language version", () => {
    const stdlib = (text: string) => parse("go.mod", text).packages.filter((p) => p.name === "stdlib").map((p) => `${p.version}:${p.pos.line}`);
    expect(stdlib("module x\n\ngo 1.21.3\n")).toEqual(["v1.21.3:3"]);
    expect(stdlib("module x\n\ngo 1.22\n")).toEqual([]);
    expect(stdlib("module x\n\ngo 1.23\n\ntoolchain go1.23rc2\n")).toEqual([]);
  });

  it("quoted paths are read; an unclosed quote or block is a parse error, the rest still read", () => {
    const text = 'module x\n\nrequire "github.com/a/b" v1.0.0\nrequire github.com/c/d "v2.0.0\nrequire (\n\tgithub.com/e/f v3.0.0\n';
    const { packages, notices } = parse("go.mod", text);
    expect(packages.map((p) => `${p.name}@${p.version}:${p.pos.line}`)).toEqual(["github.com/a/b@v1.0.0:3", "github.com/e/f@v3.0.0:6"]);
    expect(notices).toEqual([{ file: "go.mod", kind: "parse-error", line: 4, message: "quoted string not closed or with an escape this reader does not know (and 1 more error)" }]);
  });
});

describe("Cargo.lock", () => {
  it("crates with a source at their name's line; the workspace's own crates and unused patches left out", () => {
    const { packages, notices } = fixture("cargo", "Cargo.lock");
    expect(notices).toEqual([]);
    expect(packages[0]).toEqual({ type: "package", ecosystem: "crates.io", name: "candle-core", version: "0.6.0", declaredIn: "lockfile", pos: { file: "cargo/Cargo.lock", line: 6 } });
    expect(seen(packages)).toEqual([
      { name: "candle-core", version: "0.6.0", line: 6 },
      { name: "hyper", version: "0.14.30", line: 26 },
      { name: "hyper", version: "1.4.1", line: 32 },
      { name: "tokenizers", version: "0.19.1", line: 38 },
    ]);
  });

  it("a package without a version and an unclosed array are parse errors; the next package is still read", () => {
    const text = '[[package]]\nname = "a"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "b"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\ndependencies = [\n "a",\n[[package]]\nname = "c"\nversion = 2\n\n[[package]]\nname = "d"\nversion = "4.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n';
    const { packages, notices } = parse("Cargo.lock", text);
    expect(packages.map((p) => `${p.name}@${p.version}:${p.pos.line}`)).toEqual(["b@1.0.0:6", "d@4.0.0:16"]);
    expect(notices).toEqual([{ file: "Cargo.lock", kind: "parse-error", line: 1, message: "[[package]] without a name or version (and 3 more errors)" }]);
  });
});
