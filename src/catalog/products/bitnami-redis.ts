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
      builtIn: "off",
      enabledBy: [{ env: "REDIS_PASSWORD" }, { env: "REDIS_PASSWORD_FILE" }],
      summary: "The Bitnami Redis image sets a password only from REDIS_PASSWORD/REDIS_PASSWORD_FILE; ALLOW_EMPTY_PASSWORD=yes runs it without one.",
    },
  ],
  sources: [
    "https://github.com/bitnami/containers/blob/main/bitnami/redis/README.md (REDIS_PASSWORD, REDIS_PASSWORD_FILE, ALLOW_EMPTY_PASSWORD=yes, remote access always enabled)",
  ],
};
