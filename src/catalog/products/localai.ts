import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const localai: ProductDef = {
  id: "localai",
  name: "LocalAI",
  impact: "inference",
  images: ["localai/localai", "quay.io/go-skynet/local-ai"],
  commands: ["(^|/|\\s)local-ai(\\s|$)"],
  ports: [{ port: 8080, purpose: "OpenAI-compatible API and web UI" }],
  listen: {
    // Address (env LOCALAI_ADDRESS, ADDRESS) defaults to ":8080", i.e. every interface.
    default: "all",
    loopbackOnly: [
      { env: "LOCALAI_ADDRESS", value: `(${LOOPBACK_VALUE}):\\d+` },
      { env: "ADDRESS", value: `(${LOOPBACK_VALUE}):\\d+` },
      { flag: "--address", value: `(${LOOPBACK_VALUE}):\\d+` },
    ],
  },
  auth: [
    {
      builtIn: "off",
      enabledBy: [
        // Legacy shared API keys: every request needs one of them.
        { env: "LOCALAI_API_KEY" },
        { env: "API_KEY" },
        { flag: "--api-keys" },
        // User accounts (4.1.0+): authEnabled := r.AuthEnabled || r.GitHubClientID != "" || r.OIDCClientID != "".
        // LOCALAI_AUTH is a kong bool (true, 1, yes); a bare --auth-enabled is true.
        { env: "LOCALAI_AUTH", value: "true|1|yes", versions: ">=4.1.0" },
        { flag: "--auth-enabled", value: "|true|1|yes", versions: ">=4.1.0" },
        { env: "GITHUB_CLIENT_ID", versions: ">=4.1.0" },
        { env: "LOCALAI_OIDC_CLIENT_ID", versions: ">=4.1.0" },
      ],
      summary:
        "LocalAI has no authentication unless API keys are set (LOCALAI_API_KEY, API_KEY or --api-keys) or, from 4.1.0, user accounts are enabled (LOCALAI_AUTH=true, GITHUB_CLIENT_ID or LOCALAI_OIDC_CLIENT_ID); with accounts, the first user to sign in becomes admin.",
    },
  ],
  // `local-ai run <model>`: a gallery name (or a huggingface://, ollama:// or https:// URI, which names a file, not a model).
  models: [{ arg: "(?:^|[\\s/])local-ai\\s+run\\s+([^\\s\"';&|)-][^\\s\"';&|)]*)", source: "other" }],
  sources: [
    "https://github.com/mudler/LocalAI/blob/master/core/cli/run.go (APIKeys env LOCALAI_API_KEY,API_KEY: 'When this is set, all the requests must be authenticated'; Address env LOCALAI_ADDRESS,ADDRESS default :8080; AuthEnabled env LOCALAI_AUTH; GitHubClientID env GITHUB_CLIENT_ID and OIDCClientID env LOCALAI_OIDC_CLIENT_ID 'auto-enables auth'; authEnabled := r.AuthEnabled || r.GitHubClientID != \"\" || r.OIDCClientID != \"\")",
    "https://github.com/mudler/LocalAI/blob/v4.1.0/core/cli/run.go (first release with LOCALAI_AUTH, GITHUB_CLIENT_ID, LOCALAI_OIDC_CLIENT_ID; absent at v4.0.0; added by #9061)",
    "https://github.com/mudler/LocalAI/blob/master/docs/content/features/authentication.md (legacy API keys; LOCALAI_AUTH=true or a GitHub OAuth / OIDC client ID enables user authentication; without either mode the middleware does not restrict requests; the first user to sign in is admin)",
    "https://github.com/mudler/LocalAI/blob/master/docs/content/reference/cli-reference.md (--api-keys, --auth-enabled $LOCALAI_AUTH, --github-client-id $GITHUB_CLIENT_ID, --oidc-client-id $LOCALAI_OIDC_CLIENT_ID)",
    "https://github.com/alecthomas/kong/blob/master/mapper.go (bool values: true, 1, yes / false, 0, no; a bare flag is true)",
    "https://localai.io/docs/getting-started/models (local-ai run <model_gallery_name>; local-ai run huggingface://…, ollama://… or a URL to a model configuration file)",
  ],
};
