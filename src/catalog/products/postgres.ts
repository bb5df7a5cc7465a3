import type { ProductDef } from "../types.js";

export const postgres: ProductDef = {
  id: "postgres",
  name: "PostgreSQL",
  impact: "data-store",
  images: ["postgres"],
  // Read only by the image's entrypoint (initdb arguments, pg_hba method); POSTGRES_PASSWORD and PGDATA
  // are also what clients and backup tools set, so those count only on a workload that listens on 5432.
  serverEnv: [
    { env: ["POSTGRES_HOST_AUTH_METHOD", "POSTGRES_INITDB_ARGS", "POSTGRES_INITDB_WALDIR"] },
    { env: ["POSTGRES_PASSWORD", "POSTGRES_PASSWORD_FILE", "PGDATA"], onProductPort: true },
  ],
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
    "https://github.com/docker-library/postgres/blob/6edb0a8c4def40c371514b34aef9037ec82d9110/docker-entrypoint.sh (file_env POSTGRES_PASSWORD, POSTGRES_USER, POSTGRES_DB, POSTGRES_INITDB_ARGS; POSTGRES_INITDB_WALDIR; POSTGRES_HOST_AUTH_METHOD; PGDATA)",
    "https://github.com/docker-library/postgres/blob/master/docker-entrypoint.sh (POSTGRES_HOST_AUTH_METHOD trust warning; password required otherwise)",
    "https://github.com/docker-library/postgres/blob/master/Dockerfile-debian.template (listen_addresses = '*'; EXPOSE 5432)",
  ],
};
