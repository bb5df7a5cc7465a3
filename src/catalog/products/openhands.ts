import type { ProductDef } from "../types.js";

export const openhands: ProductDef = {
  id: "openhands",
  name: "OpenHands",
  // A coding agent that runs commands in sandboxes it starts through the Docker socket.
  impact: "code-execution",
  images: [
    "docker.openhands.dev/openhands/openhands",
    "docker.all-hands.dev/all-hands-ai/openhands",
    "ghcr.io/openhands/openhands",
  ],
  commands: ["\\bopenhands\\.server\\.listen:app\\b"],
  ports: [{ port: 3000, purpose: "web UI and API" }],
  listen: {
    // The image runs uvicorn openhands.server.listen:app --host 0.0.0.0 --port 3000.
    default: "all",
  },
  auth: [
    {
      // The open-source server has no user login; SESSION_API_KEY adds an X-Session-API-Key check
      // on the conversation routes and the socket connection.
      builtIn: "off",
      enabledBy: [{ env: "SESSION_API_KEY" }],
      summary: "The open-source OpenHands server has no user login; only SESSION_API_KEY adds a key check.",
    },
  ],
  sources: [
    "https://github.com/All-Hands-AI/OpenHands/blob/main/containers/app/Dockerfile (CMD uvicorn openhands.server.listen:app --host 0.0.0.0 --port 3000)",
    "https://github.com/All-Hands-AI/OpenHands/blob/main/openhands/server/dependencies.py (SESSION_API_KEY check only when set)",
    "https://github.com/All-Hands-AI/OpenHands/blob/main/openhands/server/user_auth/default_user_auth.py (DefaultUserAuth)",
    "https://github.com/All-Hands-AI/OpenHands/blob/main/README.md (docker.openhands.dev/openhands/openhands; docker.all-hands.dev/all-hands-ai/openhands until 2025-10)",
    "https://github.com/All-Hands-AI/OpenHands/blob/main/enterprise/Dockerfile (BASE ghcr.io/openhands/openhands)",
  ],
};
