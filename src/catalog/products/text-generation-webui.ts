import type { ProductDef } from "../types.js";

export const textGenerationWebui: ProductDef = {
  id: "text-generation-webui",
  name: "text-generation-webui (oobabooga)",
  // The UI loads and unloads models, installs extensions and trains LoRAs.
  impact: "model-control",
  images: ["atinoda/text-generation-webui"],
  // The repository's launchers and its server script; the docker/ images run `./start_linux.sh --listen`.
  commands: ["\\bstart_(linux|macos|wsl)\\.sh\\b", "\\b(text-generation-webui|textgen)/server\\.py\\b"],
  ports: [
    { port: 7860, purpose: "Gradio web UI" },
    { port: 5000, purpose: "OpenAI-compatible API (--api; its own --api-key)" },
  ],
  listen: {
    // server.py: server_name=None (Gradio: 127.0.0.1) unless --listen, then --listen-host or 0.0.0.0.
    default: "loopback",
    allInterfaces: [{ flag: "--listen" }, { flag: "--share" }],
  },
  auth: [
    {
      builtIn: "off",
      enabledBy: [{ flag: "--gradio-auth" }, { flag: "--gradio-auth-path" }],
      summary: "text-generation-webui has no login unless --gradio-auth or --gradio-auth-path is given; it warns at start that --listen without them exposes the UI to anyone.",
    },
  ],
  loginSecrets: [{ flag: "--gradio-auth" }, { flag: "--api-key" }, { flag: "--admin-key" }],
  sources: [
    "https://github.com/oobabooga/text-generation-webui/blob/main/modules/shared.py (--listen, --listen-host, --share, --gradio-auth, --gradio-auth-path, --api, --api-port 5000, --api-key, --admin-key)",
    "https://github.com/oobabooga/text-generation-webui/blob/main/server.py (server_name=None if not --listen else --listen-host or 0.0.0.0; warning without --gradio-auth)",
    "https://github.com/oobabooga/text-generation-webui/blob/main/docker/nvidia/Dockerfile (CMD ./start_linux.sh --listen; EXPOSE 7860 5000)",
  ],
};
