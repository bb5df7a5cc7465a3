import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const flowise: ProductDef = {
  id: "flowise",
  name: "Flowise",
  // Custom tools/MCP nodes run code on the server (e.g. CVE-2025-59528, CVE-2025-8943).
  impact: "code-execution",
  images: ["flowiseai/flowise"],
  commands: ["\\bflowise\\s+start\\b"],
  ports: [{ port: 3000, purpose: "web UI and API" }],
  listen: {
    // server.listen(port, process.env.HOST): no HOST means every interface.
    default: "all",
    loopbackOnly: [{ env: "HOST", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      versions: "<3.0.1",
      builtIn: "off",
      // Basic auth needs FLOWISE_USERNAME *and* FLOWISE_PASSWORD; the password is the knob we test.
      enabledBy: [{ env: "FLOWISE_PASSWORD" }],
      summary: "Flowise before 3.0.1 runs without authentication unless FLOWISE_USERNAME and FLOWISE_PASSWORD are both set.",
    },
    {
      versions: ">=3.0.1",
      builtIn: "on",
      summary: "Flowise 3.0.1+ requires an account login; the first visitor of a fresh instance registers the owner.",
    },
  ],
  sources: [
    "https://www.cve.org/CVERecord?id=CVE-2025-8943 (before 3.0.1 the default installation operates without authentication)",
    "https://github.com/FlowiseAI/Flowise/blob/flowise%402.2.8/packages/server/src/index.ts (basic auth only if FLOWISE_USERNAME && FLOWISE_PASSWORD)",
    "https://github.com/FlowiseAI/Flowise/blob/main/packages/server/src/index.ts (host = process.env.HOST; port default 3000)",
    "https://github.com/FlowiseAI/Flowise/blob/main/docker/Dockerfile (ENTRYPOINT flowise start)",
  ],
};
