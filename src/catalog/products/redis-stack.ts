import type { ProductDef } from "../types.js";
import { redis } from "./redis.js";

// Redis Stack images run the same server, started by their own entrypoint with --protected-mode no,
// and append REDIS_ARGS to its command line: the one variable that can carry --requirepass.
export const redisStack: ProductDef = {
  ...redis,
  id: "redis-stack",
  name: "Redis Stack",
  images: ["redis/redis-stack", "redis/redis-stack-server"],
  commands: ["(^|/|\\s)redis-stack-server(\\s|$)"],
  ports: [...redis.ports, { port: 8001, purpose: "RedisInsight web UI (redis/redis-stack image)" }],
  auth: [
    {
      ...redis.auth[0],
      enabledBy: [...(redis.auth[0].enabledBy ?? []), { env: "REDIS_ARGS", value: ".*--(requirepass|aclfile)\\b.*" }],
      summary: "Redis Stack authentication is off by default until REDIS_ARGS (or the command line) carries --requirepass or --aclfile.",
    },
  ],
  // Stack tags name the Redis line and a Stack build (7.2.0-v13 bundles Redis 7.2.6), so the server's
  // OSV package and release lines do not apply to them.
  packages: undefined,
  releases: undefined,
  sources: [
    "https://github.com/redis-stack/redis-stack/blob/v7.2.0-v13/config.yml (versions: redis 7.2.6, redis-stack 7.2.0-v13)",
    "https://github.com/redis-stack/redis-stack/blob/master/etc/scripts/entrypoint.sh (--protected-mode no, ${REDIS_ARGS} appended)",
    "https://github.com/redis-stack/redis-stack/blob/master/envs/dockers/dockerfile.tmpl (EXPOSE 6379 8001)",
    "https://redis.io/docs/install/install-stack/docker (REDIS_ARGS=\"--requirepass ...\"; RedisInsight on 8001)",
    ...redis.sources,
  ],
};
