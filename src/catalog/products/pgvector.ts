import type { ProductDef } from "../types.js";

// pgvector/pgvector is built FROM postgres and keeps its entrypoint; a separate product so that the
// version read from tags such as `0.8.0-pg17` is the Postgres major, not the extension version.
export const pgvector: ProductDef = {
  id: "pgvector",
  name: "PostgreSQL with pgvector (pgvector/pgvector image)",
  impact: "data-store",
  images: ["pgvector/pgvector"],
  tagVersion: "pg(\\d+)",
  ports: [{ port: 5432, purpose: "PostgreSQL protocol" }],
  listen: {
    default: "all",
    loopbackOnly: [{ arg: "listen_addresses\\s*=\\s*'?(localhost|127\\.0\\.0\\.1)'?(\\s|$)" }],
  },
  auth: [
    {
      builtIn: "on",
      disabledBy: [{ env: "POSTGRES_HOST_AUTH_METHOD", value: "trust" }],
      summary: "The pgvector image (official Postgres image underneath) requires a password unless POSTGRES_HOST_AUTH_METHOD=trust.",
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
    "https://github.com/pgvector/pgvector/blob/master/Dockerfile (FROM postgres:$PG_MAJOR-$DEBIAN_CODENAME)",
    "https://github.com/docker-library/postgres/blob/master/docker-entrypoint.sh (POSTGRES_HOST_AUTH_METHOD trust)",
    "https://github.com/docker-library/postgres/blob/master/Dockerfile-debian.template (listen_addresses = '*')",
  ],
};
