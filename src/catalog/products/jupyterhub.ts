import type { ProductDef } from "../types.js";

export const jupyterhub: ProductDef = {
  id: "jupyterhub",
  name: "JupyterHub",
  impact: "code-execution",
  images: ["jupyterhub/jupyterhub"],
  commands: ["(^|/|\\s)jupyterhub(\\s|$)"],
  ports: [{ port: 8000, purpose: "hub proxy (login, spawns user notebook servers)" }],
  listen: {
    // bind_url defaults to http://:8000 (every interface).
    default: "all",
  },
  auth: [
    {
      // Authenticator switches (e.g. DummyAuthenticator) live in jupyterhub_config.py, which we do not read.
      builtIn: "on",
      summary: "JupyterHub requires a login (PAMAuthenticator by default); which authenticator runs is set in jupyterhub_config.py.",
    },
  ],
  sources: [
    "https://github.com/jupyterhub/jupyterhub/blob/main/jupyterhub/app.py (bind_url default http://:8000; authenticator_class default PAMAuthenticator)",
  ],
};
