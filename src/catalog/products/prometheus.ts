import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const prometheus: ProductDef = {
  id: "prometheus",
  name: "Prometheus",
  // Every scraped metric (hosts, services, labels that often carry internal names and URLs), the
  // scrape targets and the running configuration. --web.enable-admin-api (delete series, snapshots)
  // and --web.enable-lifecycle (reload, shut down) make it writable; impact is per product and cannot
  // depend on a flag, so those are not reflected here.
  impact: "data-store",
  images: ["prom/prometheus", "quay.io/prometheus/prometheus"],
  commands: ["(^|\\s)(\\S*/)?prometheus\\s+--(config|web|storage)\\."],
  ports: [{ port: 9090, purpose: "web UI, HTTP API and its own metrics" }],
  listen: {
    // --web.listen-address defaults to 0.0.0.0:9090.
    default: "all",
    loopbackOnly: [{ flag: "--web.listen-address", value: `(${LOOPBACK_VALUE}):\\d+` }],
  },
  auth: [
    {
      builtIn: "off",
      // --web.config.file can enable TLS or basic auth; a file given is assumed to set basic_auth_users.
      enabledBy: [{ flag: "--web.config.file" }],
      summary: "Prometheus has no authentication unless --web.config.file names a web configuration with basic_auth_users.",
    },
  ],
  sources: [
    "https://raw.githubusercontent.com/prometheus/prometheus/v3.15.0/docs/command-line/prometheus.md (--web.listen-address default 0.0.0.0:9090, --web.config.file, --web.enable-lifecycle, --web.enable-admin-api)",
    "https://manpages.ubuntu.com/manpages/jammy/man1/prometheus.1.html (--web.config.file: path to configuration file that can enable TLS or authentication)",
  ],
};
