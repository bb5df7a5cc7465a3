import type { ProductDef } from "../types.js";

// Settings can be passed as environment variables named like the setting (dots included) or as -E flags.
export const elasticsearch: ProductDef = {
  id: "elasticsearch",
  name: "Elasticsearch",
  impact: "data-store",
  images: ["elasticsearch", "docker.elastic.co/elasticsearch/elasticsearch"],
  ports: [
    { port: 9200, purpose: "REST API" },
    { port: 9300, purpose: "transport (node-to-node)" },
  ],
  listen: {
    // The image's elasticsearch.yml sets network.host: 0.0.0.0.
    default: "all",
    loopbackOnly: [{ env: "network.host", value: "127\\.0\\.0\\.1|localhost|_local_" }],
  },
  auth: [
    {
      versions: "<8.0.0",
      builtIn: "off",
      enabledBy: [
        { env: "xpack.security.enabled", value: "true" },
        { arg: "-E\\s*xpack\\.security\\.enabled=true\\b" },
      ],
      summary: "Elasticsearch before 8.0 has security off by default (xpack.security.enabled: false) unless it is enabled explicitly.",
    },
    {
      versions: ">=8.0.0",
      builtIn: "on",
      disabledBy: [
        { env: "xpack.security.enabled", value: "false" },
        { arg: "-E\\s*xpack\\.security\\.enabled=false\\b" },
      ],
      summary: "Elasticsearch 8+ enables and auto-configures security by default; xpack.security.enabled=false turns authentication off.",
    },
  ],
  defaultCredentials: [
    {
      // The X-Pack 5.x built-in users' default password, still widely copied into ELASTIC_PASSWORD.
      knob: { env: "ELASTIC_PASSWORD" },
      values: ["changeme"],
      source: "https://www.elastic.co/guide/en/x-pack/5.6/setting-up-authentication.html (built-in users have the default password changeme)",
    },
  ],
  sources: [
    "https://github.com/elastic/elasticsearch/blob/main/distribution/docker/src/docker/config/elasticsearch.yml (network.host: 0.0.0.0)",
    "https://www.elastic.co/guide/en/elasticsearch/reference/8.0/configuring-stack-security.html (8.0: security enabled and configured automatically)",
    "https://www.elastic.co/guide/en/elasticsearch/reference/7.17/security-minimal-setup.html (7.x basic: xpack.security.enabled defaults to false)",
    "https://www.elastic.co/guide/en/elasticsearch/reference/current/docker.html (settings as environment variables, ELASTIC_PASSWORD)",
  ],
};
