import type { ProductDef } from "../types.js";

export const postgres: ProductDef = {
  id: "postgres",
  name: "PostgreSQL",
  impact: "data-store",
  images: ["postgres"],
  ports: [{ port: 5432, purpose: "PostgreSQL protocol" }],
  listen: {
    // The image rewrites the sample config to listen_addresses = '*'.
    default: "all",
    loopbackOnly: [{ arg: "listen_addresses\\s*=\\s*'?(localhost|127\\.0\\.0\\.1)'?(\\s|$)" }],
  },
  auth: [
    {
      // The entrypoint refuses to initialise without POSTGRES_PASSWORD unless the method is trust,
      // and trust lets anyone in "even if POSTGRES_PASSWORD is set".
      builtIn: "on",
      disabledBy: [{ env: "POSTGRES_HOST_AUTH_METHOD", value: "trust" }],
      summary: "The official Postgres image requires a password unless POSTGRES_HOST_AUTH_METHOD=trust.",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "POSTGRES_PASSWORD" },
      values: ["mysecretpassword", "example"],
      source: "https://github.com/docker-library/docs/blob/master/postgres/content.md (POSTGRES_PASSWORD=mysecretpassword; compose example POSTGRES_PASSWORD: example)",
    },
  ],
  sources: [
    "https://github.com/docker-library/postgres/blob/master/docker-entrypoint.sh (POSTGRES_HOST_AUTH_METHOD trust warning; password required otherwise)",
    "https://github.com/docker-library/postgres/blob/master/Dockerfile-debian.template (listen_addresses = '*'; EXPOSE 5432)",
  ],
};
