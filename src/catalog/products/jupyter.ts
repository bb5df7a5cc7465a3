import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

// An empty token: `--X.token=''` in a shell string reaches us as an empty value, in a YAML list
// item the quotes stay (`''` or `""`).
const EMPTY = "(''|\"\")?";

export const jupyter: ProductDef = {
  id: "jupyter",
  name: "Jupyter Server (Notebook, JupyterLab)",
  impact: "code-execution",
  images: ["quay.io/jupyter/*-notebook", "jupyter/*-notebook"],
  commands: ["\\bjupyter(-|\\s+)(lab|notebook|server|nbclassic)\\b", "(^|/|\\s)start-notebook\\.(sh|py)\\b"],
  ports: [{ port: 8888, purpose: "notebook server (terminals and kernels run code)" }],
  listen: {
    // docker-stacks images set c.ServerApp.ip = "" (all interfaces); ServerApp.ip defaults to localhost.
    default: "all",
    commandDefault: "loopback",
    allInterfaces: [
      { flag: "--ip", value: "0\\.0\\.0\\.0|::|\\*|''|\"\"|" },
      { flag: "--ServerApp.ip", value: "0\\.0\\.0\\.0|::|\\*|''|\"\"|" },
      { flag: "--NotebookApp.ip", value: "0\\.0\\.0\\.0|::|\\*|''|\"\"|" },
    ],
    loopbackOnly: [
      { flag: "--ip", value: LOOPBACK_VALUE },
      { flag: "--ServerApp.ip", value: LOOPBACK_VALUE },
      { flag: "--NotebookApp.ip", value: LOOPBACK_VALUE },
    ],
  },
  auth: [
    {
      builtIn: "on",
      // An empty token turns auth off when no password is set (the default). An empty JUPYTER_TOKEN
      // does NOT: IdentityProvider only uses the variable when it is non-empty and otherwise
      // generates a random token.
      disabledBy: [
        { flag: "--ServerApp.token", value: EMPTY },
        { flag: "--IdentityProvider.token", value: EMPTY },
        { flag: "--NotebookApp.token", value: EMPTY },
        // docker-stacks start-notebook.py appends shlex.split(NOTEBOOK_ARGS) to the command.
        {
          env: "NOTEBOOK_ARGS",
          value: "(.*\\s)?--(ServerApp|IdentityProvider|NotebookApp)\\.token(=|\\s+)(''|\"\")?(\\s.*)?",
        },
      ],
      summary: "Jupyter requires a token (or password) by default; an empty --ServerApp.token/--NotebookApp.token with no password lets anyone run code.",
    },
  ],
  // The token or password the login checks; `--LabApp.*` is how JupyterLab 2.x and many guides spell it.
  loginSecrets: [
    { flag: "--ServerApp.token" },
    { flag: "--IdentityProvider.token" },
    { flag: "--NotebookApp.token" },
    { flag: "--LabApp.token" },
    { flag: "--ServerApp.password" },
    { flag: "--NotebookApp.password" },
    { env: "JUPYTER_TOKEN" },
  ],
  // The server Notebook 7 and JupyterLab run on; its version is not in the images' tags (dates).
  packages: [{ ecosystem: "PyPI", name: "jupyter-server" }],
  releases: {
    lines: ["2.20", "2.19"],
    latest: "2.20.0",
    asOf: "2026-07-22",
    source: "https://github.com/jupyter-server/jupyter_server/blob/main/CHANGELOG.md",
  },
  sources: [
    "https://github.com/jupyter/docker-stacks/blob/main/images/base-notebook/jupyter_server_config.py (c.ServerApp.ip = \"\")",
    "https://github.com/jupyter/docker-stacks/blob/main/images/base-notebook/start-notebook.py (NOTEBOOK_ARGS, DOCKER_STACKS_JUPYTER_CMD)",
    "https://github.com/jupyter/docker-stacks/blob/main/images/base-notebook/Dockerfile (JUPYTER_PORT=8888, CMD start-notebook.py)",
    "https://github.com/jupyter-server/jupyter_server/blob/main/jupyter_server/serverapp.py (ip default localhost; ServerApp.token deprecated alias of IdentityProvider.token)",
    "https://github.com/jupyter-server/jupyter_server/blob/main/jupyter_server/auth/identity.py (_token_default: JUPYTER_TOKEN used only when non-empty, else random token)",
    "https://github.com/jupyter-server/jupyter_server/blob/main/CHANGELOG.md (2.20.0 2026-06-17, 2.19.0 2026-05-29)",
  ],
};
