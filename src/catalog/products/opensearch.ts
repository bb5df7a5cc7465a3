import type { ProductDef } from "../types.js";

export const opensearch: ProductDef = {
  id: "opensearch",
  name: "OpenSearch",
  impact: "data-store",
  images: ["opensearchproject/opensearch"],
  ports: [
    { port: 9200, purpose: "REST API" },
    { port: 9300, purpose: "transport (node-to-node)" },
    { port: 9600, purpose: "Performance Analyzer API" },
    { port: 9650, purpose: "Performance Analyzer root cause analysis" },
  ],
  listen: {
    // The image's opensearch.yml binds network.host: 0.0.0.0.
    default: "all",
  },
  auth: [
    {
      // Before 2.12 the demo configuration installed by default uses admin:admin; from 2.12 it needs
      // OPENSEARCH_INITIAL_ADMIN_PASSWORD. Neither changes whether authentication is on.
      builtIn: "on",
      disabledBy: [
        // The entrypoint compares "$DISABLE_SECURITY_PLUGIN" = "true" and then passes -Eplugins.security.disabled=true.
        { env: "DISABLE_SECURITY_PLUGIN", value: "true" },
        { env: "plugins.security.disabled", value: "true" },
        { arg: "-E\\s*plugins\\.security\\.disabled=true\\b" },
      ],
      summary: "OpenSearch's security plugin is on by default; DISABLE_SECURITY_PLUGIN=true (or plugins.security.disabled) removes authentication.",
    },
  ],
  loginSecrets: [{ env: "OPENSEARCH_INITIAL_ADMIN_PASSWORD" }],
  sources: [
    "https://github.com/opensearch-project/opensearch-build/blob/main/docker/release/config/opensearch/opensearch-docker-entrypoint-default.x.sh (DISABLE_SECURITY_PLUGIN, -Eplugins.security.disabled=true, OPENSEARCH_INITIAL_ADMIN_PASSWORD from 2.12)",
    "https://github.com/opensearch-project/opensearch-build/blob/main/config/opensearch.yml (network.host: 0.0.0.0)",
    "https://github.com/opensearch-project/opensearch-build/blob/main/docker/release/dockerfiles/opensearch.al2023.dockerfile (EXPOSE 9200 9300 9600 9650)",
    "https://docs.opensearch.org/latest/security/configuration/demo-configuration (2.12+ requires a custom admin password; DISABLE_SECURITY_PLUGIN)",
    "https://github.com/opensearch-project/alerting/issues/1347 (demo configuration used admin:admin before 2.12.0)",
  ],
};
