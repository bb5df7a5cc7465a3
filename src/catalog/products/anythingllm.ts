import type { ProductDef } from "../types.js";

export const anythingllm: ProductDef = {
  id: "anythingllm",
  name: "AnythingLLM",
  // Without a login every visitor is the instance admin: all workspaces, uploaded documents, chat
  // history, LLM/vector-DB provider settings and agents. No built-in agent skill runs arbitrary
  // code (skills browse the web, query admin-configured SQL databases, read and write files only
  // under STORAGE_DIR/anythingllm-fs); importing code skills from the Community Hub is refused
  // unless COMMUNITY_HUB_BUNDLE_DOWNLOADS_ENABLED is set, and MCP servers are configured by file,
  // not through the API. Hence web-app rather than code-execution.
  impact: "web-app",
  images: ["mintplexlabs/anythingllm"],
  ports: [{ port: 3001, purpose: "web UI and API (SERVER_PORT)" }],
  listen: {
    // server/index.js: app.listen(process.env.SERVER_PORT || 3001) with no host, i.e. every interface.
    default: "all",
  },
  auth: [
    {
      builtIn: "off",
      // validatedRequest passes every request through unless AUTH_TOKEN *and* JWT_SECRET are set
      // (or multi-user mode is on, a database setting). AUTH_TOKEN is the password; JWT_SECRET alone
      // does not turn anything on, so only AUTH_TOKEN is a knob.
      enabledBy: [{ env: "AUTH_TOKEN" }],
      summary:
        "AnythingLLM has no login unless a password is set (AUTH_TOKEN together with JWT_SECRET) or multi-user mode is enabled; both can also be turned on from the UI, which stores them in the mounted server .env file or the database where this check cannot see them.",
    },
  ],
  loginSecrets: [{ env: "AUTH_TOKEN" }],
  sources: [
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/utils/middleware/validatedRequest.js (no check when multi-user mode is off and !AUTH_TOKEN || !JWT_SECRET; multi-user mode validates a JWT per user)",
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/SECURITY.md (no authentication unless a password or multi-user mode is set up: accessible to anyone who knows the URL, by design)",
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/endpoints/system.js (/system/update-password writes AUTH_TOKEN and JWT_SECRET; /system/enable-multi-user sets multi_user_mode in the database)",
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/docker/HOW_TO_USE_DOCKER.md (image mintplexlabs/anythingllm, -p 3001:3001, ${STORAGE_LOCATION}/.env mounted as /app/server/.env)",
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/docker/.env.example (SERVER_PORT=3001; JWT_SECRET only needed if AUTH_TOKEN is set)",
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/index.js (bootHTTP(app, process.env.SERVER_PORT || 3001))",
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/utils/boot/index.js (app.listen(port) without a host)",
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/utils/agents/aibitat/plugins/filesystem/lib.js (agent file access limited to allowed directories, default STORAGE_DIR/anythingllm-fs)",
    "https://github.com/Mintplex-Labs/anything-llm/blob/master/server/utils/middleware/communityHubDownloadsEnabled.js (Community Hub bundle imports refused unless COMMUNITY_HUB_BUNDLE_DOWNLOADS_ENABLED is set)",
  ],
};
