import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const mariadb: ProductDef = {
  id: "mariadb",
  name: "MariaDB",
  impact: "data-store",
  images: ["mariadb"],
  commands: ["(^|/|\\s)mariadbd(\\s|$)"],
  ports: [{ port: 3306, purpose: "MySQL protocol" }],
  listen: {
    // The image comments out bind-address in the packaged config, so it listens everywhere.
    default: "all",
    loopbackOnly: [{ flag: "--bind-address", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "on",
      // MYSQL_ALLOW_EMPTY_PASSWORD is accepted as the old name of MARIADB_ALLOW_EMPTY_ROOT_PASSWORD.
      disabledBy: [{ env: "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD" }, { env: "MYSQL_ALLOW_EMPTY_PASSWORD" }],
      summary: "The official MariaDB image requires a root password unless MARIADB_ALLOW_EMPTY_ROOT_PASSWORD (or MYSQL_ALLOW_EMPTY_PASSWORD) is set.",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "MARIADB_ROOT_PASSWORD" },
      values: ["my-secret-pw", "example"],
      source: "https://github.com/docker-library/docs/blob/master/mariadb/content.md (MARIADB_ROOT_PASSWORD=my-secret-pw; compose example MARIADB_ROOT_PASSWORD: example)",
    },
    {
      knob: { env: "MYSQL_ROOT_PASSWORD" },
      values: ["my-secret-pw", "example"],
      source: "https://github.com/docker-library/docs/blob/master/mysql/content.md (same example values, accepted by the MariaDB image as the old name)",
    },
  ],
  sources: [
    "https://github.com/MariaDB/mariadb-docker/blob/master/docker-entrypoint.sh (MARIADB_ALLOW_EMPTY_ROOT_PASSWORD defaults to MYSQL_ALLOW_EMPTY_PASSWORD; MYSQL_ROOT_PASSWORD read as fallback)",
    "https://github.com/MariaDB/mariadb-docker/blob/master/Dockerfile.template (bind-address commented out; EXPOSE 3306; CMD mariadbd)",
  ],
};
