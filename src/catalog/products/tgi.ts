import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const tgi: ProductDef = {
  id: "tgi",
  name: "Hugging Face Text Generation Inference",
  impact: "inference",
  images: ["ghcr.io/huggingface/text-generation-inference"],
  commands: ["(^|/|\\s)text-generation-launcher(\\s|$)"],
  ports: [
    // The launcher defaults to 3000; the image sets PORT=80.
    { port: 80, purpose: "HTTP API (port inside the official image)" },
    { port: 3000, purpose: "HTTP API (launcher default)" },
    { port: 9000, purpose: "Prometheus metrics", sensitive: false },
  ],
  listen: {
    // --hostname defaults to 0.0.0.0.
    default: "all",
    loopbackOnly: [{ flag: "--hostname", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      // --api-key first appears in launcher/src/main.rs in v2.3.0.
      versions: "<2.3.0",
      builtIn: "none",
      summary: "TGI before 2.3.0 has no authentication.",
    },
    {
      versions: ">=2.3.0",
      builtIn: "off",
      enabledBy: [{ flag: "--api-key" }, { env: "API_KEY" }],
      summary: "TGI has no authentication unless --api-key (env API_KEY) is set.",
    },
  ],
  // --model-id [env: MODEL_ID]: a Hub id (`gpt2`, `org/name`) or a local directory.
  models: [
    { flag: "--model-id", source: "huggingface" },
    { env: "MODEL_ID", source: "huggingface" },
  ],
  sources: [
    "https://github.com/huggingface/text-generation-inference/blob/main/launcher/src/main.rs (hostname default 0.0.0.0, port default 3000, prometheus_port 9000, api_key #[clap(long, env)])",
    "https://github.com/huggingface/text-generation-inference/blob/main/Dockerfile (ENV PORT=80)",
    "https://github.com/huggingface/text-generation-inference/releases/tag/v2.3.0 (first tag containing api_key in the launcher)",
    "https://github.com/huggingface/text-generation-inference/blob/main/docs/source/basic_tutorials/launcher.md (--model-id [env: MODEL_ID]: a MODEL_ID as listed on hf.co/models, or a local directory)",
  ],
};
