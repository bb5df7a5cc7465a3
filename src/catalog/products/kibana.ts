import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const kibana: ProductDef = {
  id: "kibana",
  name: "Kibana",
  impact: "web-app",
  images: ["kibana", "docker.elastic.co/kibana/kibana"],
  ports: [{ port: 5601, purpose: "web UI (Dev Tools console reaches Elasticsearch)" }],
  listen: {
    // The image's generated kibana.yml sets server.host: "0.0.0.0" (older images "0").
    default: "all",
    loopbackOnly: [{ env: "SERVER_HOST", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      // Kibana logs users in against Elasticsearch: it shows a login page only when Elasticsearch
      // security is on, and then it must itself be given credentials to connect.
      versions: "<8.0.0",
      builtIn: "off",
      enabledBy: [{ env: "ELASTICSEARCH_USERNAME" }, { env: "ELASTICSEARCH_SERVICEACCOUNTTOKEN" }],
      summary: "Kibana before 8.0 has a login only when the Elasticsearch cluster behind it has security enabled.",
    },
    {
      // 8.x: Elasticsearch security is on by default; an unconfigured Kibana starts in enrollment mode.
      versions: ">=8.0.0",
      builtIn: "on",
      summary: "Kibana 8+ shows a login page as long as the Elasticsearch cluster behind it keeps its default security on.",
    },
  ],
  sources: [
    "https://github.com/elastic/kibana/blob/main/src/dev/build/tasks/os_packages/docker_generator/templates/kibana_yml.template.ts (server.host: \"0.0.0.0\")",
    "https://www.elastic.co/guide/en/kibana/7.13/docker.html (environment variables map to settings, e.g. ELASTICSEARCH_USERNAME -> elasticsearch.username, SERVER_HOST -> server.host)",
    "https://www.elastic.co/guide/en/elasticsearch/reference/8.0/configuring-stack-security.html (8.0: security on by default, Kibana enrollment)",
  ],
};
