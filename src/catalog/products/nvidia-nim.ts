import type { ProductDef } from "../types.js";

export const nvidiaNim: ProductDef = {
  id: "nvidia-nim",
  name: "NVIDIA NIM",
  impact: "inference",
  // nvcr.io/nim/<publisher>/<model>: LLM NIMs (nvcr.io/nim/meta/llama-3.1-8b-instruct, the
  // model-free nvcr.io/nim/nvidia/llm-nim) and the other NIM microservices, which serve on 8000 too.
  images: ["nvcr.io/nim/*/*"],
  ports: [{ port: 8000, purpose: "OpenAI-compatible HTTP API (NIM_SERVER_PORT)" }],
  listen: {
    // The documented `docker run -p 8000:8000` reaches the API: the proxy listens beyond loopback.
    default: "all",
  },
  auth: [
    {
      // NGC_API_KEY / NGC_CLI_API_KEY authenticate the container to NGC to download models; they
      // are not checked on incoming requests. The proxy in front of the engine does liveness,
      // readiness, routing, TLS termination and CORS, no authentication.
      builtIn: "none",
      summary:
        "NVIDIA NIM has no API authentication: NGC_API_KEY only lets the container download models, and anyone who reaches port 8000 can run inference.",
    },
  ],
  // A model-free image serves NIM_MODEL_PATH (`hf://org/name`); a model's own image names it: nvcr.io/nim/meta/llama-3.1-8b-instruct.
  models: [
    { env: "NIM_MODEL_PATH", value: "hf://([\\w.-]+/[\\w.-]+)(?::\\S*)?", source: "huggingface" },
    { image: "(?:^|/)nim/((?!nvidia/llm-nim$)[^/]+/[^/]+)$", source: "nim" },
  ],
  sources: [
    "https://docs.nvidia.com/nim/large-language-models/latest/reference/architecture.html (proxy on the external port: liveness, readiness, routing, TLS termination, CORS)",
    "https://docs.nvidia.com/nim/large-language-models/latest/reference/environment-variables.html (docker run -p 8000:8000 ... -e NIM_SERVER_PORT=8000 -e NGC_API_KEY; no request-authentication variable)",
    "https://docs.nvidia.com/nim/large-language-models/2.0.0/get-started/configuration.html (NGC_API_KEY is exported to start the container and download models)",
    "https://docs.nvidia.com/nim/ingestion/parse/latest/security.html (NIM: \"you must secure your own API endpoints. We suggest using a proxy\")",
    "https://docs.nvidia.com/nim/large-language-models/latest/reference/environment-variables.html (-e NIM_MODEL_PATH=hf://meta-llama/Llama-3.1-8B-Instruct)",
    "https://docs.nvidia.com/nim/large-language-models/latest/deployment/model-free-nim.html (a model-free container serves the model NIM_MODEL_PATH names; the served name drops the URI scheme and a trailing :<version>)",
  ],
};
