import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const comfyui: ProductDef = {
  id: "comfyui",
  name: "ComfyUI",
  // Custom nodes installed or loaded through the API run arbitrary Python.
  impact: "code-execution",
  // No official image; yanwk/comfyui-boot's entrypoint runs `main.py --listen --port 8188`.
  images: ["yanwk/comfyui-boot"],
  commands: ["comfyui/main\\.py\\b", "\\bcomfy\\s+launch\\b"],
  ports: [{ port: 8188, purpose: "web UI and API (queue prompts, upload files, manage nodes)" }],
  listen: {
    // --listen defaults to 127.0.0.1; --listen without a value means 0.0.0.0 (newer: 0.0.0.0,::).
    default: "all",
    commandDefault: "loopback",
    allInterfaces: [{ flag: "--listen", value: "|0\\.0\\.0\\.0|::|0\\.0\\.0\\.0,::" }],
    loopbackOnly: [{ flag: "--listen", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "none",
      summary: "ComfyUI has no authentication: anyone who reaches port 8188 can queue workflows and manage custom nodes.",
    },
  ],
  // Installed from git tags or release archives of the repository (v0.3.x); it is not on PyPI.
  packages: [{ ecosystem: "GitHub", name: "comfyanonymous/ComfyUI" }],
  sources: [
    "https://github.com/comfyanonymous/ComfyUI/blob/master/comfy/cli_args.py (--listen default 127.0.0.1, const 0.0.0.0; --port default 8188)",
    "https://github.com/YanWenKun/ComfyUI-Docker/blob/main/cu126-megapak/runner-scripts/entrypoint.sh (python3 ./ComfyUI/main.py --listen --port 8188)",
    "https://www.cve.org/CVERecord?id=CVE-2024-12882 (product comfyanonymous/comfyui, version v0.2.4)",
  ],
};
