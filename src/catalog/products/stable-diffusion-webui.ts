import type { ProductDef } from "../types.js";

// modules/launch_utils.py appends shlex.split(COMMANDLINE_ARGS) to the command line.
const inArgs = (flag: string): string => `(.*\\s)?${flag}([\\s=].*)?`;

export const stableDiffusionWebui: ProductDef = {
  id: "stable-diffusion-webui",
  name: "Stable Diffusion web UI (AUTOMATIC1111)",
  // Extensions install and custom scripts run arbitrary Python.
  impact: "code-execution",
  // No official image.
  images: [],
  commands: [
    "stable-diffusion-webui(?:(?!stable-diffusion-webui)\\S)*/(launch|webui)\\.py\\b",
    "(^|/|\\s)webui\\.sh\\b",
    "(^|/|\\s)webui\\.py\\b.*--(listen|nowebui|gradio-auth|api-auth|enable-insecure-extension-access)\\b",
  ],
  ports: [{ port: 7860, purpose: "Gradio web UI and /sdapi API" }],
  listen: {
    // Gradio binds 127.0.0.1 unless --listen (0.0.0.0) or --server-name is given; --share and
    // --ngrok publish it through a public tunnel.
    default: "loopback",
    allInterfaces: [
      { flag: "--listen", value: "" },
      { flag: "--share", value: "" },
      { flag: "--ngrok" },
      { flag: "--server-name", value: "0\\.0\\.0\\.0|::" },
      { env: "COMMANDLINE_ARGS", value: inArgs("--(listen|share|ngrok)") },
    ],
  },
  auth: [
    {
      builtIn: "off",
      // --api-auth protects only /sdapi; --gradio-auth(-path) protects the UI.
      enabledBy: [
        { flag: "--gradio-auth" },
        { flag: "--gradio-auth-path" },
        { env: "COMMANDLINE_ARGS", value: inArgs("--gradio-auth(-path)?") },
      ],
      summary: "The AUTOMATIC1111 web UI has no login unless --gradio-auth/--gradio-auth-path is set; the API needs --api-auth separately.",
    },
  ],
  sources: [
    "https://github.com/AUTOMATIC1111/stable-diffusion-webui/blob/master/modules/cmd_args.py (--listen, --share, --ngrok, --server-name, --gradio-auth, --gradio-auth-path, --api-auth, port 7860)",
    "https://github.com/AUTOMATIC1111/stable-diffusion-webui/blob/master/modules/launch_utils.py (sys.argv += shlex.split(COMMANDLINE_ARGS))",
  ],
};
