import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const openWebui: ProductDef = {
  id: "open-webui",
  name: "Open WebUI",
  impact: "web-app",
  images: ["ghcr.io/open-webui/open-webui"],
  commands: ["\\bopen_webui\\.main:app\\b"],
  ports: [{ port: 8080, purpose: "web UI and API (often published as 3000:8080)" }],
  listen: {
    // start.sh: HOST="${HOST:-0.0.0.0}", PORT="${PORT:-8080}".
    default: "all",
    loopbackOnly: [{ env: "HOST", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "on",
      // env.py: WEBUI_AUTH = os.environ.get("WEBUI_AUTH", "True").lower() == "true", so any value
      // other than "true" (including an empty one) turns login off.
      disabledBy: [{ env: "WEBUI_AUTH", value: "(?!true$).*" }],
      summary: "Open WebUI requires a login unless WEBUI_AUTH is set to anything other than true.",
    },
  ],
  packages: [{ ecosystem: "PyPI", name: "open-webui" }],
  sources: [
    "https://github.com/open-webui/open-webui/blob/main/backend/open_webui/env.py (WEBUI_AUTH = os.environ.get(\"WEBUI_AUTH\", \"True\").lower() == \"true\")",
    "https://github.com/open-webui/open-webui/blob/main/backend/start.sh (HOST default 0.0.0.0, PORT default 8080, uvicorn open_webui.main:app)",
    "https://osv.dev/vulnerability/PYSEC-2026-2730 (PyPI open-webui)",
  ],
};
