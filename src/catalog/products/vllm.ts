import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const vllm: ProductDef = {
  id: "vllm",
  name: "vLLM",
  impact: "inference",
  images: ["vllm/vllm-openai"],
  // KAITO's preset images run vLLM's OpenAI server through their own wrapper script.
  commands: ["\\bvllm\\s+serve\\b", "vllm\\.entrypoints\\.openai\\.api_server", "(^|\\s)/workspace/vllm/inference_api\\.py\\b"],
  ports: [{ port: 8000, purpose: "OpenAI-compatible HTTP API" }],
  listen: {
    // The socket is bound to (args.host or "", port): no --host means every interface.
    default: "all",
    loopbackOnly: [{ flag: "--host", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "off",
      // --api-key wins over VLLM_API_KEY; an empty VLLM_API_KEY adds no check.
      // A --config YAML file takes the long argument names as keys (`api-key: …`); so does KAITO's inference_config.yaml.
      enabledBy: [{ flag: "--api-key" }, { env: "VLLM_API_KEY" }, { config: "^\\s*api-key\\s*:\\s*[\"']?[^\\s\"'#]" }],
      summary: "vLLM has no authentication unless --api-key or VLLM_API_KEY is set, and even then only the OpenAI-style routes check the key.",
    },
  ],
  packages: [{ ecosystem: "PyPI", name: "vllm" }],
  // Releases such as 0.8.5.post1 and 0.10.1.1 are PEP 440, not semver.
  versionScheme: "pep440",
  // `vllm serve <model>` (the positional wins over a config file's `model`), else --model; --served-model-name
  // is only the name clients ask for, not the model loaded.
  models: [
    { after: ["vllm", "serve"], source: "huggingface" },
    { flag: "--model", source: "huggingface" },
  ],
  sources: [
    "https://docs.vllm.ai/en/latest/configuration/serve_args.html (vllm serve SOME_MODEL --config config.yaml: SOME_MODEL takes precedence over model in the config file)",
    "https://docs.vllm.ai/en/v0.8.5/serving/engine_args.html (--model: name or path of the Hugging Face model to use)",
    "https://github.com/vllm-project/vllm/blob/main/vllm/entrypoints/openai/api_server.py (sock_addr = (args.host or \"\", args.port); tokens from args.api_key or envs.VLLM_API_KEY)",
    "https://osv.dev/vulnerability/PYSEC-2026-2021 (PyPI vllm; fixed in 0.10.1.1)",
    "https://docs.vllm.ai/en/latest/configuration/serve_args.html (--config: a YAML file whose keys are the long argument names)",
    "https://github.com/kaito-project/kaito/blob/main/presets/workspace/inference/vllm/inference_api.py (KAITO's wrapper: vLLM's argument parser and api_server.run_server; --kaito-config-file passes the vllm: section of inference_config.yaml as arguments)",
  ],
};
