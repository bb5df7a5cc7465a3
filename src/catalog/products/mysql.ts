import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const mysql: ProductDef = {
  id: "mysql",
  name: "MySQL",
  impact: "data-store",
  images: ["mysql"],
  commands: ["(^|/|\\s)mysqld(\\s|$)"],
  ports: [
    { port: 3306, purpose: "MySQL protocol" },
    { port: 33060, purpose: "MySQL X protocol" },
  ],
  listen: {
    // bind_address defaults to * (all IPv4 and IPv6 interfaces).
    default: "all",
    loopbackOnly: [{ flag: "--bind-address", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "on",
      // Any non-empty MYSQL_ALLOW_EMPTY_PASSWORD creates root with an empty password.
      disabledBy: [{ env: "MYSQL_ALLOW_EMPTY_PASSWORD" }],
      summary: "The official MySQL image requires a root password unless MYSQL_ALLOW_EMPTY_PASSWORD is set (root with no password).",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "MYSQL_ROOT_PASSWORD" },
      values: ["my-secret-pw", "example"],
      source: "https://github.com/docker-library/docs/blob/master/mysql/content.md (MYSQL_ROOT_PASSWORD=my-secret-pw; compose example MYSQL_ROOT_PASSWORD: example)",
    },
  ],
  sources: [
    "https://github.com/docker-library/mysql/blob/master/docker-entrypoint.sh (MYSQL_ROOT_PASSWORD / MYSQL_ALLOW_EMPTY_PASSWORD / MYSQL_RANDOM_ROOT_PASSWORD; root@'%')",
    "https://github.com/docker-library/mysql/blob/master/Dockerfile.oracle (EXPOSE 3306 33060, CMD mysqld)",
    "https://dev.mysql.com/doc/refman/8.4/en/ipv6-server-config.html (bind_address default *)",
  ],
};
