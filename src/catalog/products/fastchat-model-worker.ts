import type { ProductDef } from "../types.js";

const LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";

export const fastchatModelWorker: ProductDef = {
  id: "fastchat-model-worker",
  name: "FastChat model worker",
  impact: "inference",
  images: [],
  // model_worker, vllm_worker, sglang_worker, lightllm_worker, mlx_worker, multi_model_worker, ...
  commands: ["fastchat[./]serve[./](?!register_worker)\\w*worker\\b"],
  ports: [{ port: 21002, purpose: "worker HTTP API (generation, embeddings)" }],
  listen: {
    // argparse --host default "localhost" (lightllm_worker: 127.0.0.1); there is no official image.
    default: "loopback",
    allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
    loopbackOnly: [{ flag: "--host", value: LOOPBACK }],
  },
  auth: [
    {
      builtIn: "none",
      summary: "FastChat model workers have no authentication: anyone who reaches one can run generations and embeddings on it directly, bypassing the API server's --api-keys.",
    },
  ],
  sources: [
    "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/model_worker.py (--host default localhost, --port default 21002)",
    "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/base_model_worker.py (/worker_generate_stream, /worker_generate, /worker_get_embeddings without any credential check)",
    "https://github.com/lm-sys/FastChat/blob/0e6d3e4beaab66f4d3f93db72541a4abab8af28d/fastchat/serve/vllm_worker.py (--host default localhost, --port default 21002)",
  ],
};
