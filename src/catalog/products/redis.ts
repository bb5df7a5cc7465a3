import type { ProductDef } from "../types.js";

export const redis: ProductDef = {
  id: "redis",
  name: "Redis",
  impact: "data-store",
  images: ["redis", "redis/redis-stack", "redis/redis-stack-server"],
  commands: ["(^|/|\\s)redis-server(\\s|$)", "(^|/|\\s)redis-stack-server(\\s|$)"],
  ports: [
    { port: 6379, purpose: "Redis protocol (all data, CONFIG, Lua scripting)" },
    { port: 8001, purpose: "RedisInsight web UI (redis/redis-stack image)" },
  ],
  listen: {
    // Without a config file Redis binds "* -::*" (CONFIG_DEFAULT_BINDADDR). The official image
    // compiles protected-mode off, and redis-stack starts redis-server with --protected-mode no,
    // so a published port answers every client.
    default: "all",
    loopbackOnly: [{ flag: "--bind", value: "127\\.0\\.0\\.1|localhost|-?::1" }],
  },
  auth: [
    {
      builtIn: "off",
      enabledBy: [
        { flag: "--requirepass" },
        { arg: "--aclfile\\b" },
        // redis-stack images append REDIS_ARGS to the redis-server command line.
        { env: "REDIS_ARGS", value: ".*--(requirepass|aclfile)\\b.*" },
      ],
      // Neither the official nor the redis-stack entrypoint reads a password variable: this is a
      // Bitnami convention that people copy onto the official image, where it does nothing.
      ignored: [{ env: "REDIS_PASSWORD" }],
      summary: "Redis authentication is off by default (user `default` has no password) until requirepass or an ACL file is configured.",
    },
  ],
  sources: [
    "https://github.com/redis/redis/blob/unstable/src/server.h (CONFIG_DEFAULT_BINDADDR {\"*\", \"-::*\"})",
    "https://github.com/docker-library/redis/blob/master/Dockerfile.template (protected mode compiled off; CMD redis-server; EXPOSE 6379)",
    "https://github.com/docker-library/redis/blob/master/docker-entrypoint.sh (no password variable handled)",
    "https://github.com/redis-stack/redis-stack/blob/master/etc/scripts/entrypoint.sh (--protected-mode no, ${REDIS_ARGS} appended)",
    "https://github.com/redis-stack/redis-stack/blob/master/envs/dockers/dockerfile.tmpl (EXPOSE 6379 8001)",
    "https://redis.io/docs/install/install-stack/docker (REDIS_ARGS=\"--requirepass ...\"; RedisInsight on 8001)",
  ],
};
