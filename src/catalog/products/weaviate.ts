import type { ProductDef } from "../types.js";

// entcfg.Enabled: "on", "enabled", "1", "true" (case-insensitive).
const ENABLED = "on|enabled|1|true";

export const weaviate: ProductDef = {
  id: "weaviate",
  name: "Weaviate",
  impact: "data-store",
  images: ["semitechnologies/weaviate", "cr.weaviate.io/semitechnologies/weaviate"],
  ports: [
    { port: 8080, purpose: "REST and GraphQL API" },
    { port: 50051, purpose: "gRPC API" },
  ],
  listen: {
    // The image runs /bin/weaviate --host 0.0.0.0 --port 8080.
    default: "all",
  },
  auth: [
    {
      // With no auth scheme selected, Weaviate falls back to DefaultAuthentication = anonymous access.
      // Anonymous access stays allowed alongside API keys/OIDC when it is enabled explicitly.
      builtIn: "off",
      disabledBy: [{ env: "AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED", value: ENABLED }],
      enabledBy: [
        { env: "AUTHENTICATION_APIKEY_ENABLED", value: ENABLED },
        { env: "AUTHENTICATION_OIDC_ENABLED", value: ENABLED },
        { env: "AUTHENTICATION_DB_USERS_ENABLED", value: ENABLED },
      ],
      summary: "Weaviate grants anonymous access unless API-key, OIDC or DB-user authentication is enabled and anonymous access is left off.",
    },
  ],
  sources: [
    "https://github.com/weaviate/weaviate/blob/main/usecases/config/authentication.go (DefaultAuthentication: AnonymousAccess enabled; anonymous requests authenticated as 'anonymous')",
    "https://github.com/weaviate/weaviate/blob/main/usecases/config/environment.go (AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED, AUTHENTICATION_OIDC_ENABLED, AUTHENTICATION_APIKEY_ENABLED, AUTHENTICATION_DB_USERS_ENABLED; default applied when no method selected; DefaultGRPCPort 50051)",
    "https://github.com/weaviate/weaviate/blob/main/entities/config/helpers.go (Enabled: on, enabled, 1, true)",
    "https://github.com/weaviate/weaviate/blob/main/Dockerfile (CMD --host 0.0.0.0 --port 8080)",
  ],
};
