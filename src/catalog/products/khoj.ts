import type { ProductDef } from "../types.js";

export const khoj: ProductDef = {
  id: "khoj",
  name: "Khoj",
  // Agents with a code sandbox and access to the user's indexed documents.
  impact: "code-execution",
  images: ["ghcr.io/khoj-ai/khoj"],
  commands: ["src/khoj/main\\.py\\b", "(^|/|\\s)khoj\\s+--"],
  ports: [{ port: 42110, purpose: "web UI, API and Django admin" }],
  listen: {
    // --host defaults to 127.0.0.1; the official compose file passes --host="0.0.0.0".
    default: "loopback",
    allInterfaces: [{ flag: "--host", value: "[\"']?(0\\.0\\.0\\.0|::)[\"']?" }],
  },
  auth: [
    {
      builtIn: "on",
      disabledBy: [{ flag: "--anonymous-mode", value: "" }],
      summary: "Khoj requires a login unless started with --anonymous-mode (single user, no login).",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "KHOJ_ADMIN_PASSWORD" },
      values: ["password"],
      source: "https://github.com/khoj-ai/khoj/blob/master/docker-compose.yml (KHOJ_ADMIN_PASSWORD=password)",
    },
  ],
  sources: [
    "https://github.com/khoj-ai/khoj/blob/master/src/khoj/utils/cli.py (--host default 127.0.0.1, --port 42110, --anonymous-mode: no login required)",
    "https://github.com/khoj-ai/khoj/blob/master/Dockerfile (ENTRYPOINT python3 src/khoj/main.py)",
    "https://github.com/khoj-ai/khoj/blob/master/docker-compose.yml (command --host=\"0.0.0.0\" --port=42110 --anonymous-mode)",
  ],
};
