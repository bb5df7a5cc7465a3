import type { ProductDef } from "../types.js";

export const rabbitmq: ProductDef = {
  id: "rabbitmq",
  name: "RabbitMQ",
  // A message broker: whoever logs in reads and publishes the messages of every queue the user may use.
  impact: "data-store",
  images: ["rabbitmq"],
  commands: ["(^|/|\\s)rabbitmq-server(\\s|$)"],
  ports: [
    { port: 5672, purpose: "AMQP" },
    { port: 5671, purpose: "AMQP over TLS" },
    { port: 15672, purpose: "management UI and HTTP API (-management images)" },
    { port: 15671, purpose: "management UI over TLS (-management images)" },
    { port: 15692, purpose: "Prometheus metrics", sensitive: false },
    // Erlang distribution: whoever holds the node's cookie controls the node.
    { port: 25672, purpose: "inter-node and CLI tools (Erlang distribution)" },
    { port: 4369, purpose: "epmd (Erlang port mapper)" },
  ],
  listen: {
    // listeners.tcp.default = 5672: every interface.
    default: "all",
  },
  auth: [
    {
      builtIn: "on",
      summary:
        "RabbitMQ always requires a login, but without RABBITMQ_DEFAULT_USER/RABBITMQ_DEFAULT_PASS the account is guest/guest, and the official image lets guest log in from any host (loopback_users.guest = false).",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "RABBITMQ_DEFAULT_USER" },
      values: ["guest"],
      source: "https://github.com/docker-library/docs/blob/master/rabbitmq/content.md (default username and password guest / guest, changed with RABBITMQ_DEFAULT_USER and RABBITMQ_DEFAULT_PASS)",
    },
    {
      knob: { env: "RABBITMQ_DEFAULT_PASS" },
      values: ["guest"],
      source: "https://github.com/docker-library/docs/blob/master/rabbitmq/content.md (default username and password guest / guest, changed with RABBITMQ_DEFAULT_USER and RABBITMQ_DEFAULT_PASS)",
      whenUnset: true,
    },
  ],
  sources: [
    "https://github.com/docker-library/rabbitmq/blob/9193c1de6d32046e0c1132841a7a4995b0dc32e0/conf.d/10-defaults.conf (loopback_users.guest = false: guest allowed from anywhere on the network)",
    "https://github.com/docker-library/rabbitmq/blob/9193c1de6d32046e0c1132841a7a4995b0dc32e0/Dockerfile-ubuntu.template (EXPOSE 4369 5671 5672 15691 15692 25672; CMD rabbitmq-server)",
    "https://github.com/docker-library/rabbitmq/blob/9193c1de6d32046e0c1132841a7a4995b0dc32e0/Dockerfile-management.template (rabbitmq_management enabled; EXPOSE 15671 15672)",
    "https://github.com/docker-library/rabbitmq/blob/9193c1de6d32046e0c1132841a7a4995b0dc32e0/docker-entrypoint.sh (RABBITMQ_DEFAULT_USER_FILE/_PASS_FILE are rejected as deprecated)",
    "https://github.com/docker-library/docs/blob/master/rabbitmq/content.md (RABBITMQ_DEFAULT_USER / RABBITMQ_DEFAULT_PASS read by RabbitMQ directly)",
    "https://rabbitmq.com/networking.html (by default RabbitMQ listens on port 5672 on all available interfaces; ports 4369, 5671/5672, 15672, 15692, 25672)",
  ],
};
