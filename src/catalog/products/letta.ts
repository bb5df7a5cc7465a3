import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const letta: ProductDef = {
  id: "letta",
  name: "Letta",
  // Agents run tools, including user-defined Python tools.
  impact: "code-execution",
  images: ["letta/letta"],
  commands: ["\\bletta\\s+server\\b"],
  ports: [{ port: 8283, purpose: "REST API" }],
  listen: {
    // The image's startup.sh runs `letta server --host ${HOST:-0.0.0.0}`; the CLI defaults to localhost.
    default: "all",
    commandDefault: "loopback",
    allInterfaces: [{ flag: "--host", value: "0\\.0\\.0\\.0|::" }],
    loopbackOnly: [
      { flag: "--host", value: LOOPBACK_VALUE },
      { env: "HOST", value: LOOPBACK_VALUE },
    ],
  },
  auth: [
    {
      builtIn: "off",
      enabledBy: [
        { env: "LETTA_SERVER_SECURE", value: "true" },
        // startup.sh adds --secure when SECURE=true.
        { env: "SECURE", value: "true" },
        { flag: "--secure", value: "" },
      ],
      summary: "Letta checks a password (LETTA_SERVER_PASSWORD) only in secure mode: LETTA_SERVER_SECURE=true or --secure.",
    },
  ],
  sources: [
    "https://github.com/letta-ai/letta/blob/56ba9c25552605eec89de8ed3dc6394b625c1993/letta/server/rest_api/app.py (LETTA_SERVER_SECURE == \"true\" or --secure adds CheckPasswordMiddleware; LETTA_SERVER_PASSWORD)",
    "https://github.com/letta-ai/letta/blob/56ba9c25552605eec89de8ed3dc6394b625c1993/letta/server/startup.sh (HOST default 0.0.0.0, PORT 8283, SECURE=true adds --secure)",
    "https://github.com/letta-ai/letta/blob/56ba9c25552605eec89de8ed3dc6394b625c1993/letta/cli/cli.py (--host defaults to localhost)",
  ],
};
