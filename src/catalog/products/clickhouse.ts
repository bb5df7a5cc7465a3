import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

// The official images (clickhouse/clickhouse-server, the Docker library `clickhouse`, and the older
// yandex/clickhouse-server) all start /entrypoint.sh, which rewrites the `default` user from env.
// The stock users.xml gives `default` an empty password reachable from ::/0.
export const clickhouse: ProductDef = {
  id: "clickhouse",
  name: "ClickHouse",
  impact: "data-store",
  images: ["clickhouse/clickhouse-server", "clickhouse", "yandex/clickhouse-server"],
  // Tags are 4-part (24.8.13.16, 24.8.13.16-alpine) or floating 2-part (24.8, 25.1-alpine). A
  // floating tag follows the newest patch of its series, so 2-part tags are read only for series
  // whose last release never got the default-user restriction (<= 24.2, 24.4-24.7, 24.9, 24.10);
  // for 24.3, 24.8, 24.11, 24.12 and 25.1+ they yield no version and the current behaviour applies.
  tagVersion: "^v?(\\d+\\.\\d+\\.\\d+|(?:1?\\d|2[0-3])\\.\\d+(?=$|-)|24\\.(?:10|[0-24-79])(?=$|-))",
  ports: [
    { port: 8123, purpose: "HTTP interface (queries, also the web UI)" },
    { port: 9000, purpose: "native TCP protocol (clickhouse-client, drivers)" },
    { port: 9004, purpose: "MySQL wire protocol" },
    { port: 9005, purpose: "PostgreSQL wire protocol" },
    { port: 9009, purpose: "interserver HTTP (replica data exchange)" },
  ],
  listen: {
    // The images add config.d/docker_related_config.xml: listen_host :: and 0.0.0.0.
    default: "all",
    // The entrypoint itself runs `clickhouse-server ... -- --listen_host=127.0.0.1` to stay local
    // during initialisation.
    loopbackOnly: [{ flag: "--listen_host", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      // Before the restriction (PR #75259, backported to these patch releases) the entrypoint
      // leaves `default` passwordless and open to ::/0 unless a password is given.
      versions: "<24.3.16 || >=24.4.0 <24.8.13 || >=24.9.0 <24.11.4 || >=24.12.0 <24.12.4 || >=25.0.0 <25.1.3",
      builtIn: "off",
      enabledBy: [
        { env: "CLICKHOUSE_PASSWORD" },
        // Read by the entrypoint in every Docker-library image (24.3.13 onward); earlier support unverified.
        { env: "CLICKHOUSE_PASSWORD_FILE", versions: ">=24.3.0" },
      ],
      summary:
        "This ClickHouse image leaves the default user without a password and reachable from any address unless CLICKHOUSE_PASSWORD is set (or users are configured in a mounted users.d file).",
    },
    {
      // 24.3.16+, 24.8.13+, 24.11.4+, 24.12.4+, 25.1.3+ and every later release.
      builtIn: "on",
      // Skips the entrypoint's user setup, so the stock passwordless `default` user on ::/0 stays.
      disabledBy: [{ env: "CLICKHOUSE_SKIP_USER_SETUP", value: "1" }],
      summary:
        "Current ClickHouse images restrict the passwordless default user to localhost unless CLICKHOUSE_USER, CLICKHOUSE_PASSWORD or CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT is set; CLICKHOUSE_SKIP_USER_SETUP=1 keeps it open to every address (so does setting CLICKHOUSE_USER or CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT without a password, which this check does not detect).",
    },
  ],
  loginSecrets: [{ env: "CLICKHOUSE_PASSWORD" }],
  sources: [
    "https://github.com/ClickHouse/docker-library/blob/main/server/26.7.3.19/entrypoint.sh (neither CLICKHOUSE_USER nor CLICKHOUSE_PASSWORD set: default user networks ::1, 127.0.0.1; CLICKHOUSE_USER/CLICKHOUSE_PASSWORD/CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT: new user with networks ::/0 and the given password; CLICKHOUSE_SKIP_USER_SETUP=1 skips; CLICKHOUSE_PASSWORD_FILE; init phase runs -- --listen_host=127.0.0.1)",
    "https://github.com/ClickHouse/docker-library/tree/main/server (entrypoint.sh of every published version: the localhost restriction first appears in 24.3.16.16, 24.8.13.16, 24.11.4.45, 24.12.4.49, 25.1.3.23 and is in every 25.2+ release; absent from 24.3.15, 24.8.12, 24.9.x, 24.10.x, 24.11.3, 24.12.3)",
    "https://github.com/ClickHouse/docker-library/blob/main/server/24.3.13.40/entrypoint.sh (older entrypoint: default user untouched unless CLICKHOUSE_USER/CLICKHOUSE_PASSWORD/CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT; reads CLICKHOUSE_PASSWORD_FILE)",
    "https://github.com/ClickHouse/docker-library/blob/main/server/26.7.3.19/docker_related_config.xml (listen_host :: and 0.0.0.0)",
    "https://github.com/ClickHouse/docker-library/blob/main/server/26.7.3.19/Dockerfile.ubuntu (EXPOSE 9000 8123 9009, ENTRYPOINT /entrypoint.sh)",
    "https://github.com/ClickHouse/ClickHouse/pull/75259 (Disable network access for user default in docker images; CLICKHOUSE_SKIP_USER_SETUP)",
    "https://github.com/ClickHouse/ClickHouse/issues/75494 (clickhouse/clickhouse-server 25.1.3.23 rejects the passwordless default user over the network, 25.1.2 accepted it)",
    "https://github.com/docker-library/docs/pull/2537 (clickhouse docs: default user has network access disabled unless CLICKHOUSE_USER, CLICKHOUSE_PASSWORD or CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT is set; CLICKHOUSE_SKIP_USER_SETUP=1 makes it insecurely available)",
    "https://github.com/ClickHouse/ClickHouse/blob/master/programs/server/users.xml (default user: empty password, networks ::/0)",
    "https://github.com/ClickHouse/ClickHouse/blob/master/programs/server/config.xml (http_port 8123, tcp_port 9000, mysql_port 9004, postgresql_port 9005, interserver_http_port 9009)",
  ],
};
