import type { ProductDef } from "../types.js";

export const valkey: ProductDef = {
  id: "valkey",
  name: "Valkey",
  impact: "data-store",
  images: ["valkey/valkey"],
  commands: ["(^|/|\\s)valkey-server(\\s|$)"],
  ports: [
    { port: 6379, purpose: "Redis-compatible protocol (all data, CONFIG, Lua scripting)" },
    // cluster-port 0 (the default) binds the cluster bus to the command port + 10000, in cluster mode.
    { port: 16379, purpose: "cluster bus (cluster mode; node-to-node gossip and failover)" },
  ],
  listen: {
    // Same default bind as Redis ("*", "-::*"); the official image compiles protected-mode off.
    default: "all",
    loopbackOnly: [{ flag: "--bind", value: "127\\.0\\.0\\.1|localhost|-?::1" }],
  },
  auth: [
    {
      builtIn: "off",
      // Same directives as redis.conf, in a config file named on the command line.
      enabledBy: [{ flag: "--requirepass" }, { arg: "--aclfile\\b" }, { config: "^\\s*requirepass\\s+\\S" }, { config: "^\\s*aclfile\\s+\\S" }, { config: "^\\s*user\\s+\\S+\\s.*>" }],
      // The official entrypoint reads no password variable.
      ignored: [{ env: "VALKEY_PASSWORD" }, { env: "REDIS_PASSWORD" }],
      summary: "Valkey authentication is off by default (user `default` has no password) until requirepass or an ACL file is configured.",
    },
  ],
  packages: [{ ecosystem: "Bitnami", name: "valkey" }],
  sources: [
    "https://github.com/valkey-io/valkey/blob/unstable/src/server.h (CONFIG_DEFAULT_BINDADDR {\"*\", \"-::*\"})",
    "https://github.com/valkey-io/valkey-container/blob/mainline/Dockerfile.template (protected mode compiled off; CMD valkey-server; EXPOSE 6379)",
    "https://github.com/valkey-io/valkey-container/blob/mainline/docker-entrypoint.sh (no password variable handled)",
    "https://github.com/valkey-io/valkey/blob/55bbbe09a3b37a98c907dbfbc225768ff253e84f/valkey.conf (cluster-port 0: the cluster bus binds to the command port + 10000)",
    "https://osv.dev/vulnerability/BIT-valkey-2026-63639 (ecosystem Bitnami, package valkey: the Valkey server by upstream version)",
  ],
};
