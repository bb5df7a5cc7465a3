import type { ProductDef } from "../types.js";

// ai-dock images put ComfyUI behind a Caddy proxy with a cookie/basic-auth login.
export const aiDockComfyui: ProductDef = {
  id: "ai-dock-comfyui",
  name: "ComfyUI (ai-dock image)",
  impact: "code-execution",
  images: ["ghcr.io/ai-dock/comfyui"],
  ports: [
    { port: 8188, purpose: "ComfyUI through the Caddy login proxy" },
    { port: 1111, purpose: "ai-dock service portal" },
    { port: 8888, purpose: "Jupyter through the Caddy login proxy" },
  ],
  listen: {
    default: "all",
  },
  auth: [
    {
      builtIn: "on",
      // Caddy's @authorized matcher lets everything through when "{$WEB_ENABLE_AUTH}" == "false".
      disabledBy: [{ env: "WEB_ENABLE_AUTH", value: "false" }],
      summary: "ai-dock's Caddy proxy requires WEB_USER/WEB_PASSWORD (or WEB_TOKEN) unless WEB_ENABLE_AUTH=false.",
    },
  ],
  defaultCredentials: [
    {
      // init.sh generates a random password when WEB_PASSWORD is unset; the shipped compose file sets `password`.
      knob: { env: "WEB_PASSWORD" },
      values: ["password"],
      source: "https://github.com/ai-dock/comfyui/blob/main/docker-compose.yaml (WEB_USER=${WEB_USER:-user}, WEB_PASSWORD=${WEB_PASSWORD:-password})",
    },
  ],
  sources: [
    "https://github.com/ai-dock/comfyui/blob/main/docker-compose.yaml (WEB_ENABLE_AUTH default true; ports 8188, 1111, 8888)",
    "https://github.com/ai-dock/base-image/blob/main/build/COPY_ROOT_0/opt/caddy/share/base_config (@authorized ... || \"{$WEB_ENABLE_AUTH}\" == \"false\")",
    "https://github.com/ai-dock/base-image/blob/main/build/COPY_ROOT_0/opt/ai-dock/bin/init.sh (WEB_USER default user; random WEB_PASSWORD when unset)",
  ],
};
