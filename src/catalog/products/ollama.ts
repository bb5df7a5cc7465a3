import type { ProductDef } from "../types.js";
import { ALL_INTERFACES_VALUE, LOOPBACK_VALUE } from "../addresses.js";

export const ollama: ProductDef = {
  id: "ollama",
  name: "Ollama",
  // Pull, create and delete models; the API has no authentication at all.
  impact: "model-control",
  images: ["ollama/ollama"],
  commands: ["(^|/|\\s)ollama\\s+serve\\b"],
  ports: [{ port: 11434, purpose: "REST API (generate, pull, create, delete models)" }],
  listen: {
    // The official image sets OLLAMA_HOST=0.0.0.0; the bare binary defaults to 127.0.0.1:11434.
    default: "all",
    commandDefault: "loopback",
    allInterfaces: [{ env: "OLLAMA_HOST", value: `(https?://)?(${ALL_INTERFACES_VALUE})(:\\d+)?` }],
    loopbackOnly: [{ env: "OLLAMA_HOST", value: `(https?://)?(${LOOPBACK_VALUE})(:\\d+)?` }],
  },
  auth: [
    {
      builtIn: "none",
      summary: "Ollama has no authentication: anyone who reaches port 11434 can pull, run and delete models.",
    },
  ],
  designAdvisories: [{ id: "CVE-2025-63389", why: "Ollama has no authentication in any version; AIA101 reports it where the API is reachable" }],
  // The Go module moved from github.com/jmorganca/ollama; Go's vulnerability database uses both paths.
  packages: [
    { ecosystem: "Go", name: "github.com/ollama/ollama" },
    { ecosystem: "Go", name: "github.com/jmorganca/ollama" },
    { ecosystem: "GitHub", name: "ollama/ollama" },
  ],
  releases: {
    lines: ["0.32", "0.31"],
    latest: "0.32.15",
    asOf: "2026-08-21",
    source: "https://github.com/ollama/ollama/tags (v0.31.0 2026-06-29, v0.32.0 2026-07-13, v0.32.15 2026-08-19; 0.33.0 only as release candidates)",
  },
  // `ollama pull <model>` and `ollama run <model>` put a model on whatever server the CLI talks to: in a
  // build step, an init container or the server's own entrypoint script.
  models: [{ arg: "(?:^|[\\s/;&|(])ollama\\s+(?:pull|run)\\s+([^\\s\"';&|)-][^\\s\"';&|)]*)", source: "ollama", anywhere: true }],
  sources: [
    "https://github.com/ollama/ollama/blob/main/envconfig/config.go (OLLAMA_HOST default 127.0.0.1:11434)",
    "https://github.com/ollama/ollama/blob/main/Dockerfile (ENV OLLAMA_HOST 0.0.0.0)",
    "https://github.com/ollama/ollama/blob/main/docs/cli.mdx (ollama run gemma4, ollama pull gemma4)",
    "https://github.com/advisories/GHSA-f6mr-38g8-39rg (CVE-2025-63389, missing authentication)",
    "https://pkg.go.dev/vuln/GO-2024-2901 (module github.com/ollama/ollama)",
    "https://pkg.go.dev/vuln/GO-2024-2699 (old module path github.com/jmorganca/ollama)",
    "https://github.com/ollama/ollama/tags (release tags up to v0.32.15, 2026-08-19)",
  ],
};
