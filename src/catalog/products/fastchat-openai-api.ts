import type { ProductDef } from "../types.js";

const LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";

export const fastchatOpenaiApi: ProductDef = {
  id: "fastchat-openai-api",
  name: "FastChat OpenAI-compatible API server",
  impact: "inference",
  images: [],
  commands: ["fastchat[./]serve[./]openai_api_server\\b"],
  ports: [{ port: 8000, purpose: "OpenAI-compatible HTTP API" }],
  listen: {
    // argparse --host default "localhost"; there is no official image.
    default: "loopback",
    allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
    loopbackOnly: [{ flag: "--host", value: LOOPBACK }],
  },
  auth: [
    {
      builtIn: "off",
      // check_api_key: with no api_keys every request is allowed ("api_keys not set; allow all").
      enabledBy: [{ flag: "--api-keys" }],
      summary: "The FastChat OpenAI API server accepts every request unless --api-keys lists the keys it requires.",
    },
  ],
  loginSecrets: [{ flag: "--api-keys" }],
  sources: [
    "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/openai_api_server.py (--host default localhost, --port 8000, --api-keys; check_api_key allows all when api_keys is empty)",
    "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/docker/docker-compose.yml (API server started with --host 0.0.0.0 and published as 8000:8000)",
  ],
};
