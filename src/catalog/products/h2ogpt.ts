import type { ProductDef } from "../types.js";

export const h2ogpt: ProductDef = {
  id: "h2ogpt",
  name: "h2oGPT",
  // Chat UI and OpenAI-compatible API over its models and the documents users upload.
  impact: "inference",
  images: ["gcr.io/vorvan/h2oai/h2ogpt-runtime", "gcr.io/vorvan/h2oai/h2oai-h2ogpt-runtime"],
  // The image and its documentation start /workspace/generate.py (the image's ENTRYPOINT is Python).
  commands: ["(^|\\s)/workspace/generate\\.py(\\s|$)"],
  ports: [
    { port: 7860, purpose: "Gradio chat UI and API" },
    { port: 5000, purpose: "OpenAI-compatible API (--openai_port)" },
  ],
  listen: {
    // The documented `docker run -p 7860:7860 -p 5000:5000` answers on the published ports.
    default: "all",
  },
  auth: [
    {
      builtIn: "off",
      // --auth names users (or an auth.json); with the default auth_access='open' any visitor adds a new user.
      enabledBy: [{ flag: "--auth", value: "(?!none$).+", requires: [{ flag: "--auth_access", value: "closed" }] }],
      summary: "h2oGPT has no login by default (auth=None); --auth alone lets any visitor add a user (auth_access='open'), so only --auth with --auth_access=closed keeps strangers out.",
    },
  ],
  sources: [
    "https://github.com/h2oai/h2ogpt/blob/main/src/gen.py (main(): auth=None, auth_access='open'; auth_access 'open': allow new users to be added, 'closed': stick to existing users)",
    "https://github.com/h2oai/h2ogpt/blob/main/docs/README_DOCKER.md (gcr.io/vorvan/h2oai/h2ogpt-runtime running /workspace/generate.py; -p 7860:7860, OPENAI_SERVER_PORT 5000; for open access remove --h2ogpt_api_keys)",
  ],
};
