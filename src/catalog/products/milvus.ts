import type { ProductDef } from "../types.js";

export const milvus: ProductDef = {
  id: "milvus",
  name: "Milvus",
  impact: "data-store",
  images: ["milvusdb/milvus"],
  commands: ["\\bmilvus\\s+run\\b"],
  ports: [
    { port: 19530, purpose: "proxy: gRPC and RESTful API" },
    { port: 9091, purpose: "HTTP health, metrics and management endpoints" },
  ],
  listen: {
    default: "all",
  },
  auth: [
    {
      // milvus.yaml keys can be set from the environment: the env source lower-cases names and
      // drops separators, so COMMON_SECURITY_AUTHORIZATIONENABLED sets common.security.authorizationEnabled.
      builtIn: "off",
      enabledBy: [{ env: "COMMON_SECURITY_AUTHORIZATIONENABLED", value: "true|1" }],
      summary: "Milvus authentication is off by default (common.security.authorizationEnabled: false).",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "COMMON_SECURITY_DEFAULTROOTPASSWORD" },
      values: ["Milvus"],
      source: "https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml (common.security.defaultRootPassword: Milvus, user root)",
    },
  ],
  packages: [{ ecosystem: "Bitnami", name: "milvus" }],
  sources: [
    "https://osv.dev/vulnerability/BIT-milvus-2026-26190 (ecosystem Bitnami, package milvus: fixed 2.5.27 and 2.6.10, the Milvus server by its own version)",
    "https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml (authorizationEnabled: false; defaultRootPassword: Milvus; proxy port 19530)",
    "https://github.com/milvus-io/milvus/blob/master/pkg/config/env_source.go (environment variables are read as config keys through a key formatter)",
    "https://github.com/milvus-io/milvus/blob/master/deployments/docker/standalone/docker-compose.yml (ports 19530 and 9091, healthcheck http://localhost:9091/healthz)",
  ],
};
