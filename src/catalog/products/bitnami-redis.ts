import type { ProductDef } from "../types.js";

// A separate product because the Bitnami image reads REDIS_PASSWORD, which the official image ignores.
// Bitnami moved its Debian-based images to the bitnamilegacy namespace in 2025; the redis-cluster
// image takes the same password settings.
export const bitnamiRedis: ProductDef = {
  id: "bitnami-redis",
  name: "Redis (Bitnami image)",
  impact: "data-store",
  images: ["bitnami/redis", "bitnamilegacy/redis", "bitnami/redis-cluster", "bitnamilegacy/redis-cluster"],
  ports: [
    { port: 6379, purpose: "Redis protocol (all data, CONFIG, Lua scripting)" },
    { port: 16379, purpose: "cluster bus (redis-cluster; node-to-node gossip and failover)" },
  ],
  listen: {
    // "The Redis database is always configured with remote access enabled."
    default: "all",
  },
  auth: [
    {
      // Without REDIS_PASSWORD(_FILE) the image refuses to start unless ALLOW_EMPTY_PASSWORD=yes.
      builtIn: "on",
      disabledBy: [{ env: "ALLOW_EMPTY_PASSWORD", value: "yes|true|1" }],
      summary: "The Bitnami Redis image refuses to start without REDIS_PASSWORD/REDIS_PASSWORD_FILE unless ALLOW_EMPTY_PASSWORD=yes, which runs it without a password.",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "REDIS_PASSWORD" },
      values: ["bitnami"],
      source: "https://github.com/bitnami/containers/blob/005a6e2d89b1c4bb76babee468b8006e19952040/bitnami/redis-cluster/README.md (REDIS_PASSWORD: Set the Redis(R) password. Default: bitnami)",
    },
  ],
  loginSecrets: [{ env: "REDIS_PASSWORD" }],
  // Bitnami's tags carry the upstream Redis version (`7.2.4-debian-12-r9`).
  packages: [{ ecosystem: "Bitnami", name: "redis" }],
  sources: [
    "https://github.com/bitnami/containers/issues/83267 (August 2025: existing images move from docker.io/bitnami to the Bitnami Legacy repository docker.io/bitnamilegacy)",
    "https://github.com/bitnami/containers/blob/005a6e2d89b1c4bb76babee468b8006e19952040/bitnami/redis-cluster/README.md (REDIS_PASSWORD, ALLOW_EMPTY_PASSWORD enables access without password, REDIS_PORT_NUMBER 6379)",
    "https://github.com/bitnami/containers/blob/main/bitnami/redis/README.md (REDIS_PASSWORD, REDIS_PASSWORD_FILE, ALLOW_EMPTY_PASSWORD=yes, remote access always enabled)",
    "https://osv.dev/vulnerability/BIT-redis-2025-49844 (ecosystem Bitnami, package redis: the Redis server by upstream version)",
  ],
};
