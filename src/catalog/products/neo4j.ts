import type { ProductDef } from "../types.js";

export const neo4j: ProductDef = {
  id: "neo4j",
  name: "Neo4j",
  impact: "data-store",
  images: ["neo4j"],
  // NEO4J_AUTH is the image entrypoint's setting; clients log in with their own names (NEO4J_URI,
  // NEO4J_USERNAME, NEO4J_PASSWORD), but some pass NEO4J_AUTH on too, so it counts only on a Neo4j port.
  serverEnv: [{ env: ["NEO4J_AUTH"], onProductPort: true }],
  ports: [
    { port: 7474, purpose: "HTTP (Browser and HTTP API)" },
    { port: 7473, purpose: "HTTPS" },
    { port: 7687, purpose: "Bolt protocol (Cypher queries)" },
  ],
  listen: {
    // The entrypoint adds server.default_listen_address=0.0.0.0 (4.x: dbms.default_listen_address).
    default: "all",
  },
  auth: [
    {
      builtIn: "on",
      // NEO4J_AUTH=none writes dbms.security.auth_enabled=false; other NEO4J_* variables become
      // settings (_ -> ., __ -> _), so NEO4J_dbms_security_auth__enabled is the same setting.
      disabledBy: [
        { env: "NEO4J_AUTH", value: "none" },
        { env: "NEO4J_dbms_security_auth__enabled", value: "false" },
      ],
      summary:
        "Neo4j requires a login unless NEO4J_AUTH=none (or dbms.security.auth_enabled=false); without NEO4J_AUTH the account is neo4j/neo4j until someone changes it at first login.",
    },
  ],
  defaultCredentials: [
    {
      // The entrypoint rejects the password neo4j in NEO4J_AUTH, so only the unset case applies.
      knob: { env: "NEO4J_AUTH" },
      values: ["neo4j/neo4j"],
      source: "https://neo4j.com/docs/operations-manual/current/configuration/set-initial-password/ (if not set explicitly, the password defaults to neo4j and must be changed at first login)",
      whenUnset: true,
    },
  ],
  // NEO4J_AUTH_PATH names a file holding the neo4j/<password> value.
  loginSecrets: [{ env: "NEO4J_AUTH" }, { env: "NEO4J_AUTH_PATH" }],
  sources: [
    "https://github.com/neo4j/docker-neo4j/blob/9df98ef9d8d19eaea2fd711f4ae0f9c8d70e9a82/docker-image-src/calver/coredb/docker-entrypoint.sh (NEO4J_AUTH=none -> dbms.security.auth_enabled=false; NEO4J_AUTH=neo4j/<password>, password neo4j rejected; server.default_listen_address 0.0.0.0; NEO4J_* -> settings)",
    "https://github.com/neo4j/docker-neo4j/blob/9df98ef9d8d19eaea2fd711f4ae0f9c8d70e9a82/docker-image-src/4.4/coredb/docker-entrypoint.sh (dbms.default_listen_address 0.0.0.0)",
    "https://github.com/docker-library/docs/blob/master/neo4j/content.md (ports 7474 HTTP and 7687 Bolt; login neo4j/neo4j; NEO4J_AUTH=none disables authentication)",
    "https://neo4j.com/docs/operations-manual/current/configuration/set-initial-password/ (default password neo4j, changed at first login)",
  ],
};
