import type { ProductDef } from "../types.js";

// nats-server parses its options with Go's flag package, so `-user` and `--user` are the same flag.
const LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
// A config file other than the image's own nats-server.conf (which has no client authorization)
// may carry an authorization block; the image's CMD passes `--config nats-server.conf` (scratch)
// or `--config /etc/nats/nats-server.conf` (alpine). Only `.conf` paths count, so the `-c` of
// `sh -c "..."` does not.
const CUSTOM_CONFIG = "(?!(/etc/nats/|\\./|/)?nats-server\\.conf['\"]?$)\\S+\\.conf['\"]?";

export const nats: ProductDef = {
  id: "nats",
  name: "NATS",
  // A message bus: whoever connects can subscribe to every subject (`>`), publish, and read and
  // change JetStream streams, key-value and object stores.
  impact: "data-store",
  images: ["nats"],
  commands: ["(^|/|\\s)nats-server(\\s|$)"],
  ports: [
    { port: 4222, purpose: "client connections (publish, subscribe, JetStream)" },
    // Read-only HTTP endpoints (/varz, /connz, /routez, /subsz, /jsz): server and connection
    // statistics, no message access. Only on when monitor_port / -m is set (the image's config does).
    { port: 8222, purpose: "HTTP monitoring (read-only server and connection statistics)", sensitive: false },
    // The image's config protects routes with the published credentials ruser / T0pS3cr3t.
    { port: 6222, purpose: "cluster routes (image default route credentials ruser/T0pS3cr3t)" },
  ],
  listen: {
    // -a/--addr/--net default 0.0.0.0, for the image and the bare binary alike.
    default: "all",
    loopbackOnly: [
      { flag: "--addr", value: LOOPBACK },
      { flag: "-addr", value: LOOPBACK },
      { flag: "-a", value: LOOPBACK },
      { flag: "--net", value: LOOPBACK },
      { flag: "-net", value: LOOPBACK },
    ],
  },
  auth: [
    {
      builtIn: "off",
      // configureAuthorization: auth is required when users/nkeys/operator are configured or
      // opts.Username != "" or opts.Authorization != "" (--pass alone does not turn it on).
      enabledBy: [
        { flag: "--user" },
        { flag: "-user" },
        { flag: "--auth" },
        { flag: "-auth" },
        { flag: "--config", value: CUSTOM_CONFIG },
        { flag: "-config", value: CUSTOM_CONFIG },
        { flag: "-c", value: CUSTOM_CONFIG },
      ],
      summary:
        "NATS accepts any client unless --user/--pass or --auth (token) is given or a config file defines authorization; the image's own nats-server.conf sets none for clients (a custom config file is assumed to, since its contents are not checked).",
    },
  ],
  loginSecrets: [{ flag: "--pass" }, { flag: "-pass" }, { flag: "--auth" }, { flag: "-auth" }],
  sources: [
    "https://github.com/nats-io/nats-server/blob/main/main.go (usage: -a/--addr/--net default 0.0.0.0, -p 4222, -m/--http_port, -c/--config, --user, --pass, --auth <token>)",
    "https://github.com/nats-io/nats-server/blob/main/server/opts.go (fs.StringVar user, pass, auth, addr/a/net, config/c)",
    "https://github.com/nats-io/nats-server/blob/main/server/const.go (DEFAULT_HOST 0.0.0.0, DEFAULT_PORT 4222)",
    "https://github.com/nats-io/nats-server/blob/main/server/auth.go (configureAuthorization: AuthRequired only with custom auth, trusted keys, users/nkeys, Username or Authorization; otherwise false)",
    "https://github.com/nats-io/nats-docker/blob/main/2.12.x/scratch/nats-server.conf (port 4222, monitor_port 8222, cluster port 6222 with authorization ruser/T0pS3cr3t, no client authorization)",
    "https://github.com/nats-io/nats-docker/blob/main/2.12.x/scratch/Dockerfile (EXPOSE 4222 8222 6222, ENTRYPOINT /nats-server, CMD --config nats-server.conf)",
    "https://github.com/nats-io/nats-docker/blob/main/2.12.x/alpine3.22/Dockerfile (CMD nats-server --config /etc/nats/nats-server.conf)",
  ],
};
