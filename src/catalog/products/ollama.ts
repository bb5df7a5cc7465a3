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
  // `ollama pull <model>` and `ollama run <model>` put a model on whatever server the CLI talks to: in a
  // build step, an init container or the server's own entrypoint script.
  models: [{ arg: "(?:^|[\\s/;&|(])ollama\\s+(?:pull|run)\\s+([^\\s\"';&|)-][^\\s\"';&|)]*)", source: "ollama", anywhere: true }],
  sources: [
    "https://github.com/ollama/ollama/blob/main/envconfig/config.go (OLLAMA_HOST default 127.0.0.1:11434)",
    "https://github.com/ollama/ollama/blob/main/Dockerfile (ENV OLLAMA_HOST 0.0.0.0)",
    "https://github.com/ollama/ollama/blob/main/docs/cli.mdx (ollama run gemma4, ollama pull gemma4)",
    "https://github.com/advisories/GHSA-f6mr-38g8-39rg (CVE-2025-63389, missing authentication)",
  ],
};
