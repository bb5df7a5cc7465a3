import type { ProductDef } from "../types.js";

const LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";

export const tei: ProductDef = {
  id: "tei",
  name: "Text Embeddings Inference",
  impact: "inference",
  images: ["ghcr.io/huggingface/text-embeddings-inference"],
  commands: ["(^|/|\\s)text-embeddings-router(\\s|$)"],
  // Tags carry a hardware prefix: 1.9, cpu-1.9, cpu-arm64-1.9, cuda-1.9, turing-1.9, 86-1.9,
  // 100-1.9, hopper-1.9, and a -grpc suffix for the gRPC build.
  tagVersion: "^(?:[a-z0-9]+-)*?v?(\\d+\\.\\d+(?:\\.\\d+)?)",
  ports: [
    { port: 80, purpose: "HTTP (or gRPC) API: embed, rerank, predict (the images set PORT=80)" },
    { port: 3000, purpose: "HTTP (or gRPC) API when run as the bare text-embeddings-router (--port default 3000)" },
    // --prometheus-port (1.7.1+) serves /metrics only.
    { port: 9000, purpose: "Prometheus metrics", sensitive: false },
  ],
  listen: {
    // --hostname / HOSTNAME defaults to 0.0.0.0.
    default: "all",
    loopbackOnly: [
      { flag: "--hostname", value: LOOPBACK },
      { env: "HOSTNAME", value: LOOPBACK },
    ],
  },
  auth: [
    {
      // --api-key first appears in router/src/main.rs at v1.2.0 (PR #211).
      versions: "<1.2.0",
      builtIn: "none",
      summary: "Text Embeddings Inference before 1.2.0 has no authentication.",
    },
    {
      versions: ">=1.2.0",
      builtIn: "off",
      enabledBy: [{ flag: "--api-key" }, { env: "API_KEY" }],
      summary:
        "Text Embeddings Inference answers every request unless an API key is set (--api-key or API_KEY), which both the HTTP and gRPC servers then require as a Bearer token.",
    },
  ],
  loginSecrets: [{ flag: "--api-key" }, { env: "API_KEY" }],
  // --model-id [env: MODEL_ID]: a Hub id or a local directory.
  models: [
    { flag: "--model-id", source: "huggingface" },
    { env: "MODEL_ID", source: "huggingface" },
  ],
  sources: [
    "https://github.com/huggingface/text-embeddings-inference/blob/main/router/src/main.rs (hostname default 0.0.0.0 env HOSTNAME; port default 3000 env PORT; api_key env API_KEY: 'By default the server responds to every request'; prometheus_port default 9000)",
    "https://github.com/huggingface/text-embeddings-inference/blob/v1.2.0/router/src/main.rs (first tag with api_key; absent at v1.1.0)",
    "https://github.com/huggingface/text-embeddings-inference/pull/211 (feat: add api_key for request authorization)",
    "https://github.com/huggingface/text-embeddings-inference/blob/v1.7.1/router/src/main.rs (first tag with prometheus_port)",
    "https://github.com/huggingface/text-embeddings-inference/blob/main/router/src/http/server.rs (with an api key every route except the public ones needs Authorization: Bearer <key>)",
    "https://github.com/huggingface/text-embeddings-inference/blob/main/router/src/grpc/server.rs (gRPC interceptor checks the same api key)",
    "https://github.com/huggingface/text-embeddings-inference/blob/main/Dockerfile (ENV PORT=80, ENTRYPOINT text-embeddings-router)",
    "https://github.com/huggingface/text-embeddings-inference/blob/main/Dockerfile-cuda (ENV PORT=80)",
    "https://github.com/huggingface/text-embeddings-inference/blob/main/README.md (image tags cpu-1.9, cuda-1.9, 86-1.9, hopper-1.9, ...-grpc)",
    "https://github.com/huggingface/text-embeddings-inference/blob/main/docs/source/en/cli_arguments.md (--hostname [env: HOSTNAME], --api-key [env: API_KEY])",
    "https://huggingface.co/docs/text-embeddings-inference/cli_arguments (--model-id [env: MODEL_ID]: a model id as listed on hf.co/models, or a local directory)",
  ],
};
