import type { ProductDef } from "../types.js";

// A separate product because the Bitnami image reads REDIS_PASSWORD, which the official image ignores.
export const bitnamiRedis: ProductDef = {
  id: "bitnami-redis",
  name: "Redis (Bitnami image)",
  impact: "data-store",
  images: ["bitnami/redis"],
  ports: [{ port: 6379, purpose: "Redis protocol (all data, CONFIG, Lua scripting)" }],
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
  loginSecrets: [{ env: "REDIS_PASSWORD" }],
  sources: [
    "https://github.com/bitnami/containers/blob/main/bitnami/redis/README.md (REDIS_PASSWORD, REDIS_PASSWORD_FILE, ALLOW_EMPTY_PASSWORD=yes, remote access always enabled)",
  ],
};
