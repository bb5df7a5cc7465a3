import type { ProductDef } from "../types.js";

// entcfg.Enabled: "on", "enabled", "1", "true" (case-insensitive).
const ENABLED = "on|enabled|1|true";

export const weaviate: ProductDef = {
  id: "weaviate",
  name: "Weaviate",
  impact: "data-store",
  images: ["semitechnologies/weaviate", "cr.weaviate.io/semitechnologies/weaviate"],
  // The server's authentication settings (usecases/config/environment.go); on a Weaviate port only,
  // since 8080 is common and the names are generic.
  serverEnv: [{ env: ["AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED", "AUTHENTICATION_APIKEY_ENABLED", "AUTHENTICATION_OIDC_ENABLED", "AUTHENTICATION_DB_USERS_ENABLED"], onProductPort: true }],
  ports: [
    { port: 8080, purpose: "REST and GraphQL API" },
    { port: 50051, purpose: "gRPC API" },
    // The Go profiling listener binds ":6060" (every interface) unless GO_PROFILING_DISABLE is set:
    // pprof profiles and /debug endpoints (configuration dump, maintenance mode).
    { port: 6060, purpose: "debug listener (pprof, /debug/config)" },
    // Only with PROMETHEUS_MONITORING_ENABLED.
    { port: 2112, purpose: "Prometheus metrics", sensitive: false },
    { port: 7946, purpose: "cluster gossip (memberlist)" },
    { port: 7947, purpose: "cluster data (gossip port + 1)" },
    { port: 8300, purpose: "Raft consensus" },
    { port: 8301, purpose: "Raft internal RPC" },
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
    "https://github.com/weaviate/weaviate/blob/adcffc5432aa797c60e3c4e479514054254fae2a/adapters/handlers/rest/configure_api.go (setupGoProfiling: port 6060 unless configured, http.ListenAndServe(\":%d\"); metrics mux /metrics on \":%d\" of Monitoring.Port)",
    "https://github.com/weaviate/weaviate/blob/adcffc5432aa797c60e3c4e479514054254fae2a/usecases/config/environment.go (PROMETHEUS_MONITORING_ENABLED sets Monitoring.Port 2112; DefaultGossipBindPort 7946, CLUSTER_DATA_BIND_PORT defaults to gossip port + 1; DefaultRaftPort 8300, DefaultRaftInternalPort 8301; GO_PROFILING_PORT)",
  ],
};
