import type { ProductDef } from "../types.js";

export const redis: ProductDef = {
  id: "redis",
  name: "Redis",
  impact: "data-store",
  images: ["redis"],
  commands: ["(^|/|\\s)redis-server(\\s|$)"],
  ports: [
    { port: 6379, purpose: "Redis protocol (all data, CONFIG, Lua scripting)" },
    // cluster-port 0 (the default) binds the cluster bus to the command port + 10000, in cluster mode.
    { port: 16379, purpose: "cluster bus (cluster mode; node-to-node gossip and failover)" },
  ],
  listen: {
    // Without a config file Redis binds "* -::*" (CONFIG_DEFAULT_BINDADDR). The official image
    // compiles protected-mode off, so a published port answers every client.
    default: "all",
    loopbackOnly: [
      { flag: "--bind", value: "127\\.0\\.0\\.1|localhost|-?::1" },
      { config: "^\\s*bind\\s+(127\\.0\\.0\\.1|localhost|-?::1)(\\s+(127\\.0\\.0\\.1|-?::1))*\\s*$" },
    ],
  },
  // The path the official image's documentation mounts a redis.conf at; any path named on the command line is read too.
  configFiles: ["/usr/local/etc/redis/*"],
  auth: [
    {
      builtIn: "off",
      enabledBy: [{ flag: "--requirepass" }, { arg: "--aclfile\\b" }, { config: "^\\s*requirepass\\s+\\S" }, { config: "^\\s*aclfile\\s+\\S" }, { config: "^\\s*user\\s+\\S+\\s.*>" }],
      // The official entrypoint reads no password variable: this is a Bitnami convention that people
      // copy onto the official image, where it does nothing.
      ignored: [{ env: "REDIS_PASSWORD" }],
      summary: "Redis authentication is off by default (user `default` has no password) until requirepass or an ACL file is configured.",
    },
  ],
  // OSV tracks the server by upstream version in its Bitnami ecosystem (PyPI and npm `redis` are clients).
  packages: [{ ecosystem: "Bitnami", name: "redis" }],
  sources: [
    "https://github.com/redis/redis/blob/unstable/src/server.h (CONFIG_DEFAULT_BINDADDR {\"*\", \"-::*\"})",
    "https://github.com/docker-library/redis/blob/master/Dockerfile.template (protected mode compiled off; CMD redis-server; EXPOSE 6379)",
    "https://github.com/docker-library/redis/blob/master/docker-entrypoint.sh (no password variable handled)",
    "https://github.com/docker-library/docs/blob/master/redis/content.md (redis-server /usr/local/etc/redis/redis.conf with a mounted config)",
    "https://github.com/redis/redis/blob/unstable/redis.conf (requirepass, aclfile, user <name> … ><password>, bind)",
    "https://github.com/redis/redis/blob/4f8cdc2a1ea53e42955af758aabffee67cb455dd/redis.conf (cluster-port 0: the cluster bus binds to the command port + 10000)",
    "https://github.com/endoflife-date/endoflife.date/blob/master/products/redis.md (release lines 8.10 and 8.8 newest, 2026-08-22)",
    "https://osv.dev/vulnerability/BIT-redis-2025-49844 (ecosystem Bitnami, package redis: the Redis server by upstream version, one range per release line)",
  ],
};
