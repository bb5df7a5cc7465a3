import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const arizePhoenix: ProductDef = {
  id: "arize-phoenix",
  name: "Arize Phoenix",
  // LLM traces (prompts, responses), datasets and experiments, and the playground's provider keys.
  impact: "data-store",
  images: ["arizephoenix/phoenix"],
  // The image's CMD (`python -m phoenix.server.main serve`) and the `phoenix serve` CLI.
  commands: ["\\bphoenix\\.server\\.main\\b", "(^|/|\\s)phoenix\\s+serve\\b"],
  // Settings only the server reads (its database, its auth switch and JWT secret); clients use
  // PHOENIX_COLLECTOR_ENDPOINT and PHOENIX_API_KEY. Counted on a Phoenix port only.
  serverEnv: [{ env: ["PHOENIX_SQL_DATABASE_URL", "PHOENIX_ENABLE_AUTH", "PHOENIX_SECRET"], onProductPort: true }],
  ports: [
    { port: 6006, purpose: "web UI, REST and GraphQL API, OTLP/HTTP trace collector" },
    { port: 4317, purpose: "OTLP/gRPC trace collector" },
    { port: 9090, purpose: "Prometheus metrics", sensitive: false },
  ],
  listen: {
    // PHOENIX_HOST defaults to 0.0.0.0, for the image and the CLI alike.
    default: "all",
    loopbackOnly: [{ env: "PHOENIX_HOST", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "off",
      // _bool_val: "true" or "false", any case.
      enabledBy: [{ env: "PHOENIX_ENABLE_AUTH", value: "true" }],
      summary: "Phoenix runs with authentication disabled unless PHOENIX_ENABLE_AUTH=true (with PHOENIX_SECRET): anyone who reaches it reads every trace, prompt and dataset.",
    },
  ],
  defaultCredentials: [
    {
      // Applies only once authentication is on: the first admin account's password.
      knob: { env: "PHOENIX_DEFAULT_ADMIN_INITIAL_PASSWORD" },
      values: ["admin"],
      source: "https://github.com/Arize-ai/phoenix/blob/main/src/phoenix/config.py (PHOENIX_DEFAULT_ADMIN_INITIAL_PASSWORD: the initial password for the default admin account, which defaults to 'admin' if not explicitly set)",
      whenUnset: true,
    },
  ],
  loginSecrets: [{ env: "PHOENIX_SECRET" }, { env: "PHOENIX_ADMIN_SECRET" }],
  sources: [
    "https://arize.com/docs/phoenix/self-hosting/features/authentication (by default Phoenix deploys with authentication disabled; PHOENIX_ENABLE_AUTH=True and PHOENIX_SECRET)",
    "https://github.com/Arize-ai/phoenix/blob/main/src/phoenix/config.py (get_env_enable_auth: _bool_val(PHOENIX_ENABLE_AUTH, False); PHOENIX_SECRET signs JWTs; PHOENIX_ADMIN_SECRET; get_env_host: PHOENIX_HOST or HOST 0.0.0.0; PHOENIX_PORT 6006; PHOENIX_GRPC_PORT 4317)",
    "https://github.com/Arize-ai/phoenix/blob/9478f954bbc6175a0eaef398d0a92c1d967c3bfe/Dockerfile (EXPOSE 6006 Phoenix, 4317 gRPC, 9090 Prometheus; CMD -m phoenix.server.main serve)",
  ],
};
