import type { ProductDef } from "../types.js";

export const localai: ProductDef = {
  id: "localai",
  name: "LocalAI",
  impact: "inference",
  images: ["localai/localai", "quay.io/go-skynet/local-ai"],
  commands: ["(^|/|\\s)local-ai(\\s|$)"],
  ports: [{ port: 8080, purpose: "OpenAI-compatible API and web UI" }],
  listen: {
    // Address (env LOCALAI_ADDRESS, ADDRESS) defaults to ":8080", i.e. every interface.
    default: "all",
    loopbackOnly: [
      { env: "LOCALAI_ADDRESS", value: "(127\\.0\\.0\\.1|localhost):\\d+" },
      { env: "ADDRESS", value: "(127\\.0\\.0\\.1|localhost):\\d+" },
      { flag: "--address", value: "(127\\.0\\.0\\.1|localhost):\\d+" },
    ],
  },
  auth: [
    {
      builtIn: "off",
      enabledBy: [{ env: "LOCALAI_API_KEY" }, { env: "API_KEY" }, { flag: "--api-keys" }],
      summary: "LocalAI has no authentication unless API keys are set (LOCALAI_API_KEY, API_KEY or --api-keys).",
    },
  ],
  sources: [
    "https://github.com/mudler/LocalAI/blob/master/core/cli/run.go (APIKeys env LOCALAI_API_KEY,API_KEY: 'When this is set, all the requests must be authenticated'; Address env LOCALAI_ADDRESS,ADDRESS default :8080)",
  ],
};
