import type { ProductDef } from "../types.js";
import { postgres } from "./postgres.js";

// pgvector/pgvector is built FROM postgres and keeps its entrypoint, so it behaves as Postgres; a
// separate product so that the version read from tags such as `0.8.0-pg17` is the Postgres major,
// not the extension version.
export const pgvector: ProductDef = {
  ...postgres,
  id: "pgvector",
  name: "PostgreSQL with pgvector (pgvector/pgvector image)",
  // ankane/pgvector is the image's earlier name (tags v0.x.y name the extension, not Postgres).
  images: ["pgvector/pgvector", "ankane/pgvector"],
  tagVersion: "pg(\\d+)",
  // Recognised by its image only: a server known by Postgres's settings is Postgres.
  serverEnv: undefined,
  sources: ["https://github.com/pgvector/pgvector/blob/master/Dockerfile (FROM postgres:$PG_MAJOR-$DEBIAN_CODENAME)", ...postgres.sources],
};
