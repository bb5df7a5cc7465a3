import type { ProductDef } from "../types.js";

const LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";

export const fastchatController: ProductDef = {
  id: "fastchat-controller",
  name: "FastChat controller",
  // Whoever reaches it can register a worker of their own (/register_worker) and so receive the
  // prompts the API server routes to that model name, and answer them: control over which model serves.
  impact: "model-control",
  images: [],
  commands: ["fastchat[./]serve[./]controller\\b"],
  ports: [{ port: 21001, purpose: "controller HTTP API (worker registration, routing, generation relay)" }],
  listen: {
    // argparse --host default "localhost"; there is no official image.
    default: "loopback",
    allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
    loopbackOnly: [{ flag: "--host", value: LOOPBACK }],
  },
  auth: [
    {
      builtIn: "none",
      summary: "The FastChat controller has no authentication: anyone who reaches it can list models, relay generations and register their own worker.",
    },
  ],
  sources: [
    "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/controller.py (--host default localhost, --port default 21001; /register_worker, /worker_generate_stream without any credential check)",
    "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/docker/docker-compose.yml (controller started with --host 0.0.0.0 and published as 21001:21001)",
  ],
};
