import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Modules that talk to GitHub: only src/github/ may import them. */
const GITHUB_CLIENTS = [
  { group: ["@actions/github", "@actions/github/*", "@octokit/*"], message: "Only src/github/ talks to GitHub." },
];

/** One pipeline, one folder per stage: each stage imports only what comes before it. */
function boundaries(files, groups, options = {}) {
  return {
    files,
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...GITHUB_CLIENTS, ...groups], ...options }],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "__tests__/fixtures/**", "examples/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  boundaries(["src/**/*.ts"], []),
  boundaries(["src/github/**/*.ts"], []),
  // The catalog is data: it imports its own types and nothing that runs.
  boundaries(["src/catalog/**/*.ts"], [{ group: ["../*", "!../types.js", "!../addresses.js", "!../eol.js", "!./*"], message: "The catalog is data: it may import only its own types and named constants.", allowTypeImports: true }]),
  boundaries(["src/parsers/**/*.ts"], [{ group: ["../*"], message: "Parsers know syntax only." }]),
  boundaries(["src/model/**/*.ts"], [{ group: ["../readers/*", "../analyze/*", "../rules/*", "../report/*", "../discover/*", "../findings/*"], message: "The model stage depends only on the model and parsers.", allowTypeImports: false }]),
  // Readers may use the catalog's data about platforms (proxies, addresses), not about products.
  boundaries(["src/readers/**/*.ts"], [{ group: ["../analyze/*", "../rules/*", "../report/*", "../catalog/index.js", "../catalog/products/*"], message: "Readers turn files into model parts; judging products is for analysis and rules." }]),
  boundaries(["src/analyze/**/*.ts"], [{ group: ["../readers/*", "../parsers/*", "../rules/*", "../report/*", "../discover/*"], message: "Analysis reads the assembled model and the catalog, never a format." }]),
  boundaries(["src/match/**/*.ts"], [{ group: ["../readers/*", "../parsers/*", "../rules/*", "../report/*", "../discover/*"], message: "Matching reads the model's components and the catalog, never a format." }]),
  boundaries(["src/rules/**/*.ts"], [{ group: ["../readers/*", "../parsers/*", "../report/*", "../discover/*", "../config/*", "../model/*", "!../model/types.js", "!../model/image.js", "../match/*", "!../match/types.js", "!../match/describe.js"], message: "Rules read the model and its analysis, never a reader, parser or renderer." }]),
  // Renderers are pure functions of the result: no file system, no processes, no network.
  boundaries(["src/report/**/*.ts"], [{ group: ["node:fs", "node:child_process", "node:http", "node:https", "node:net", "../readers/*", "../parsers/*", "../discover/*"], message: "Renderers are pure functions of the scan result." }]),
  {
    files: ["src/rules/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Literal[value=/^(compose|k8s)-|^dockerfile-stage$/]", message: "Rules never branch on the source format: read workload.platform or the exposure's neutral `via`." },
      ],
    },
  },
);
