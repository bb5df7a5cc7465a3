import type { ProductDef } from "../types.js";

export const torchserve: ProductDef = {
  id: "torchserve",
  name: "TorchServe",
  // The management API registers models from URLs (ShellTorch, CVE-2023-43654).
  impact: "model-control",
  images: ["pytorch/torchserve"],
  commands: ["\\btorchserve\\s+--start\\b"],
  ports: [
    { port: 8080, purpose: "inference API" },
    { port: 8081, purpose: "management API (register, scale, delete models)" },
    { port: 8082, purpose: "metrics", sensitive: false },
    { port: 7070, purpose: "gRPC inference API" },
    { port: 7071, purpose: "gRPC management API" },
  ],
  listen: {
    // The image's config.properties binds 0.0.0.0; without it the addresses default to 127.0.0.1.
    default: "all",
    commandDefault: "loopback",
  },
  auth: [
    {
      versions: "<0.11.0",
      builtIn: "none",
      summary: "TorchServe before 0.11.0 has no authentication on its inference or management APIs.",
    },
    {
      // 0.11.0 shipped token authorization as a plugin loaded through --plugins-path.
      versions: ">=0.11.0 <0.11.1",
      builtIn: "off",
      enabledBy: [{ flag: "--plugins-path" }],
      summary: "TorchServe 0.11.0 has token authorization only when the endpoint plugin is loaded with --plugins-path.",
    },
    {
      versions: ">=0.11.1",
      builtIn: "on",
      // TS_DISABLE_TOKEN_AUTHORIZATION is read only with enable_envvars_config=true, so it is not a knob here.
      disabledBy: [{ flag: "--disable-token-auth", value: "" }, { flag: "--dt", value: "" }],
      summary: "TorchServe 0.11.1+ enforces token authorization unless started with --disable-token-auth.",
    },
  ],
  packages: [{ ecosystem: "PyPI", name: "torchserve" }],
  releases: {
    lines: ["0.12", "0.11"],
    latest: "0.12.0",
    // The project is in limited maintenance: no release after 0.12.0 up to the source's last commit.
    asOf: "2025-03-17",
    source: "https://github.com/pytorch/serve/tags",
  },
  sources: [
    "https://github.com/pytorch/serve/blob/master/docker/config.properties (inference/management/metrics/grpc addresses on 0.0.0.0)",
    "https://github.com/pytorch/serve/blob/master/docker/Dockerfile (EXPOSE 8080 8081 8082 7070 7071)",
    "https://github.com/pytorch/serve/blob/master/frontend/server/src/main/java/org/pytorch/serve/util/ConfigManager.java (default addresses http://127.0.0.1:8080/8081/8082; disable_token_authorization)",
    "https://github.com/pytorch/serve/blob/master/ts/arg_parser.py (--disable-token-auth / --dt)",
    "https://github.com/pytorch/serve/blob/v0.11.1/docs/token_authorization_api.md (token authorization enforced by default)",
    "https://github.com/pytorch/serve/blob/v0.11.0/docs/token_authorization_api.md (0.11.0: enabled by loading the plugin via --plugins-path)",
    "https://github.com/pytorch/serve/tags (v0.12.0 2024-09-24, v0.11.1 2024-07-16; README: limited maintenance)",
  ],
};
