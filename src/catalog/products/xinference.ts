import type { ProductDef } from "../types.js";

const LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";
// is_auth_advanced(): anything but 0/false/no (case-insensitive) keeps 3.x authentication on.
const OFF = "0|false|no";

export const xinference: ProductDef = {
  id: "xinference",
  name: "Xorbits Inference (Xinference)",
  // The REST API launches, registers and stops models (models:start, models:register).
  impact: "model-control",
  images: ["xprobe/xinference"],
  commands: ["\\bxinference-(local|supervisor)\\b"],
  ports: [
    { port: 9997, purpose: "REST API and web UI (launch, register and stop models; inference)" },
    // Random unless --supervisor-port is given; the project's distributed compose file uses 9999.
    { port: 9999, purpose: "supervisor actor port (cluster-internal RPC)" },
  ],
  listen: {
    // The image has no server entrypoint (CMD /bin/bash): the command decides. xinference-local
    // defaults to 127.0.0.1, xinference-supervisor to 0.0.0.0.
    default: "loopback",
    allInterfaces: [
      { flag: "--host", value: "0\\.0\\.0\\.0|::" },
      { flag: "-H", value: "0\\.0\\.0\\.0|::" },
      { arg: "\\bxinference-supervisor\\b" },
    ],
    loopbackOnly: [
      { flag: "--host", value: LOOPBACK },
      { flag: "-H", value: LOOPBACK },
    ],
  },
  auth: [
    {
      // --auth-config first appears in deploy/cmdline.py at v0.8.0.
      versions: "<0.8.0",
      builtIn: "none",
      summary: "Xinference before 0.8.0 has no authentication: anyone who reaches port 9997 can launch, register and stop models.",
    },
    {
      versions: ">=0.8.0 <2.9.0",
      builtIn: "off",
      enabledBy: [{ flag: "--auth-config" }],
      summary: "Xinference before 2.9 has authentication only when started with --auth-config (a JSON file of users and API keys).",
    },
    {
      // 2.9.0 adds the database-backed system behind XINFERENCE_AUTH_ADVANCED (opt-in: 1/true/yes).
      versions: ">=2.9.0 <3.0.0",
      builtIn: "off",
      enabledBy: [{ flag: "--auth-config" }, { env: "XINFERENCE_AUTH_ADVANCED", value: "1|true|yes" }],
      summary: "Xinference 2.9/2.x has authentication only with --auth-config or XINFERENCE_AUTH_ADVANCED=true.",
    },
    {
      // 3.0.0: database-backed auth on by default; --auth-config removed. Until the first admin is
      // created through the unauthenticated /v1/admin/setup, whoever reaches the server first becomes admin.
      versions: ">=3.0.0",
      builtIn: "on",
      disabledBy: [{ env: "XINFERENCE_AUTH_ADVANCED", value: OFF }],
      ignored: [{ flag: "--auth-config" }],
      summary:
        "Xinference 3.x requires a login or API key unless XINFERENCE_AUTH_ADVANCED=false; until the first admin account is created through the open /v1/admin/setup endpoint, whoever reaches it first becomes admin.",
    },
  ],
  sources: [
    "https://github.com/xorbitsai/inference/blob/v3.0.0/xinference/deploy/cmdline.py (xinference-local --host default XINFERENCE_DEFAULT_LOCAL_HOST, xinference-supervisor --host default XINFERENCE_DEFAULT_DISTRIBUTED_HOST, --port default 9997)",
    "https://github.com/xorbitsai/inference/blob/v3.0.0/xinference/constants.py (XINFERENCE_DEFAULT_LOCAL_HOST 127.0.0.1, XINFERENCE_DEFAULT_DISTRIBUTED_HOST 0.0.0.0, XINFERENCE_DEFAULT_ENDPOINT_PORT 9997; is_auth_advanced: on unless 0/false/no)",
    "https://github.com/xorbitsai/inference/blob/v3.0.0/doc/source/user_guide/auth_system.rst (3.0: enabled by default, --auth-config removed, first-run /v1/admin/setup: the first successful call wins)",
    "https://github.com/xorbitsai/inference/blob/v2.9.0/xinference/constants.py (XINFERENCE_AUTH_ADVANCED opt-in: 1/true/yes)",
    "https://github.com/xorbitsai/inference/blob/v0.8.0/xinference/deploy/cmdline.py (first tag with --auth-config; absent at v0.7.5)",
    "https://github.com/xorbitsai/inference/blob/7ecec16b63383e18e4af790c4b522fb7d79f7e77/xinference/deploy/docker/Dockerfile (ENTRYPOINT [] and CMD /bin/bash: deploy commands are passed explicitly)",
    "https://github.com/xorbitsai/inference/blob/v3.0.0/doc/source/getting_started/using_docker_compose.rst (XINFERENCE_AUTH_ADVANCED=false under environment: runs without authentication)",
    "https://github.com/xorbitsai/inference/blob/7ecec16b63383e18e4af790c4b522fb7d79f7e77/xinference/deploy/docker/docker-compose.yml (xinference-local -H 0.0.0.0 --port 9997, published 9997)",
    "https://github.com/xorbitsai/inference/blob/7ecec16b63383e18e4af790c4b522fb7d79f7e77/xinference/deploy/docker/docker-compose-distributed.yml (xinference-supervisor --host xinference-supervisor --port 9997 --supervisor-port 9999, both published)",
    "https://github.com/xorbitsai/inference/blob/v3.0.0/doc/source/getting_started/using_docker_image.rst (official image xprobe/xinference, tags v<release version>)",
  ],
};
