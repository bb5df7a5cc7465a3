import type { ProductDef } from "../types.js";

export const sglang: ProductDef = {
  id: "sglang",
  name: "SGLang",
  impact: "inference",
  images: ["lmsysorg/sglang"],
  // `sglang serve` is the newer entrypoint; `python -m sglang.launch_server` is still accepted.
  commands: ["\\bsglang\\.launch_server\\b", "\\bsglang\\s+serve\\b"],
  ports: [{ port: 30000, purpose: "HTTP API (native and OpenAI-compatible)" }],
  listen: {
    // --host defaults to 127.0.0.1; the image does not start a server by itself.
    default: "loopback",
    allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
  },
  auth: [
    {
      builtIn: "off",
      enabledBy: [{ flag: "--api-key" }],
      summary: "SGLang has no authentication unless started with --api-key.",
    },
  ],
  // --model-path (alias --model): a local folder or a Hugging Face repo id.
  models: [
    { flag: "--model-path", source: "huggingface" },
    { flag: "--model", source: "huggingface" },
  ],
  sources: [
    "https://github.com/sgl-project/sglang/blob/main/docs/advanced_features/server_arguments.md (--host default 127.0.0.1, --port 30000, --api-key)",
    "https://github.com/sgl-project/sglang/blob/main/python/sglang/launch_server.py ('sglang serve' is the recommended entrypoint)",
    "https://github.com/sgl-project/sglang/blob/main/python/sglang/srt/server_args.py (model_path: 'a local folder or a Hugging Face repo ID', aliases ['--model'])",
  ],
};
