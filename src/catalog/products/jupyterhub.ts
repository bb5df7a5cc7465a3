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
      // Authenticator switches live in jupyterhub_config.py, which is not read; the Helm chart's values
      // (hub.config.JupyterHub.authenticator_class) are, and give this line when they choose DummyAuthenticator
      // without a shared password.
      builtIn: "on",
      disabledBy: [{ config: "^\\s*authenticator_class:\\s*dummy\\s*$" }],
      summary:
        "JupyterHub requires a login (PAMAuthenticator by default); which authenticator runs is set in jupyterhub_config.py. DummyAuthenticator (the Helm chart's default) lets anyone log in with any user name and password unless DummyAuthenticator.password is set.",
    },
  ],
  sources: [
    "https://github.com/jupyterhub/jupyterhub/blob/main/jupyterhub/app.py (bind_url default http://:8000; authenticator_class default PAMAuthenticator)",
    "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/4.4.0/docs/source/administrator/authentication.md (the chart's default DummyAuthenticator allows anyone to log in with any username and password)",
  ],
};
