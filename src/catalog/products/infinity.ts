import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const infinity: ProductDef = {
  id: "infinity",
  name: "Infinity (vector database)",
  impact: "data-store",
  images: ["infiniflow/infinity"],
  ports: [
    { port: 23817, purpose: "Thrift client API (Python SDK)" },
    { port: 23820, purpose: "HTTP API (databases, tables, search, admin)" },
    { port: 5432, purpose: "PostgreSQL wire protocol" },
  ],
  listen: {
    // conf/infinity_conf.toml: [network] server_address = "0.0.0.0".
    default: "all",
    loopbackOnly: [{ config: `^\\s*server_address\\s*=\\s*["']?(${LOOPBACK_VALUE})["']?\\s*$`, section: "network" }],
  },
  auth: [
    {
      builtIn: "none",
      summary: "Infinity has no authentication: its configuration has no user, password or key setting, so anyone who reaches its ports reads and changes every table.",
    },
  ],
  sources: [
    "https://github.com/infiniflow/infinity/blob/main/conf/infinity_conf.toml ([network] server_address 0.0.0.0, postgres_port 5432, http_port 23820, client_port 23817; no authentication settings)",
    "https://github.com/infiniflow/ragflow/blob/main/docker/docker-compose-base.yml (infiniflow/infinity started with -f /infinity_conf.toml, ports 23817, 23820, 5432)",
  ],
};
