import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

/** service.enable_tls, as a variable or in the config file. */
const TLS_ON = [{ env: "QDRANT__SERVICE__ENABLE_TLS", value: "true" }, { config: "^\\s*enable_tls:\\s*true\\s*$" }];

export const qdrant: ProductDef = {
  id: "qdrant",
  name: "Qdrant",
  impact: "data-store",
  images: ["qdrant/qdrant"],
  ports: [
    { port: 6333, purpose: "HTTP API" },
    { port: 6334, purpose: "gRPC API" },
    { port: 6335, purpose: "cluster peer-to-peer" },
  ],
  listen: {
    // config/config.yaml: service.host 0.0.0.0. Settings are overridable as QDRANT__SECTION__KEY.
    default: "all",
    loopbackOnly: [{ env: "QDRANT__SERVICE__HOST", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      // service.api_key first appears in config.yaml at v1.2.0.
      versions: "<1.2.0",
      builtIn: "none",
      summary: "Qdrant before 1.2.0 has no authentication.",
    },
    {
      versions: ">=1.2.0",
      builtIn: "off",
      enabledBy: [
        { env: "QDRANT__SERVICE__API_KEY" },
        // service.read_only_api_key first appears at v1.7.0.
        { env: "QDRANT__SERVICE__READ_ONLY_API_KEY", versions: ">=1.7.0" },
        // service.api_key in a mounted config/production.yaml (a YAML key; `null` leaves it unset).
        { config: "^\\s*api_key:\\s*(?!null\\b|~)[^\\s#]" },
        // Client certificates (mutual TLS): the REST server verifies them against tls.ca_cert when
        // service.verify_https_client_certificate and service.enable_tls are both on. The public gRPC
        // server never asks for one, so this protects port 6333 only. (Lines are read one by one:
        // `enable_tls: true` under cluster.p2p cannot be told apart from service.enable_tls.)
        { env: "QDRANT__SERVICE__VERIFY_HTTPS_CLIENT_CERTIFICATE", value: "true", ports: [6333], requires: TLS_ON },
        { config: "^\\s*verify_https_client_certificate:\\s*true\\s*$", ports: [6333], requires: TLS_ON },
      ],
      summary:
        "Qdrant authentication is off unless an API key is set (QDRANT__SERVICE__API_KEY or service.api_key in the config file); client certificates (service.verify_https_client_certificate with enable_tls) protect the REST API only, never the gRPC port.",
    },
  ],
  // The image reads config/config.yaml, then config/production.yaml (and RUN_MODE's file) from /qdrant/config.
  configFiles: ["/qdrant/config/*"],
  // Release binaries are assets of the GitHub releases (tags `v1.19.0`).
  packages: [{ ecosystem: "GitHub", name: "qdrant/qdrant" }],
  releases: {
    lines: ["1.19", "1.18"],
    latest: "1.19.0",
    asOf: "2026-08-04",
    source: "https://github.com/qdrant/qdrant/releases/tag/v1.19.0 (tagged 2026-08-04; v1.18.3 on 2026-07-17)",
  },
  sources: [
    "https://github.com/qdrant/qdrant/blob/master/.github/workflows/release-artifacts.yml (binaries uploaded to the GitHub release)",
    "https://github.com/qdrant/qdrant/blob/master/src/settings.rs (config/config, config/{RUN_MODE}, config/local, --config-path, then QDRANT__ env)",
    "https://github.com/qdrant/qdrant/blob/master/Dockerfile (WORKDIR /qdrant, config copied to /qdrant/config, RUN_MODE=production)",
    "https://github.com/qdrant/qdrant/blob/master/config/config.yaml (host 0.0.0.0, http_port 6333, grpc_port 6334, p2p 6335, api_key and read_only_api_key commented out)",
    "https://github.com/qdrant/qdrant/blob/master/src/settings.rs (Environment::with_prefix(\"QDRANT\").separator(\"__\"))",
    "https://github.com/qdrant/qdrant/blob/v1.2.0/config/config.yaml (first tag with api_key)",
    "https://github.com/qdrant/qdrant/blob/v1.7.0/config/config.yaml (first tag with read_only_api_key)",
    "https://github.com/qdrant/qdrant/blob/master/src/actix/certificate_helpers.rs (actix_tls_server_config: WebPkiClientVerifier on tls.ca_cert when service.verify_https_client_certificate; used when service.enable_tls)",
    "https://github.com/qdrant/qdrant/blob/master/src/actix/mod.rs (REST API bound with actix_tls_server_config when service.enable_tls, plain otherwise)",
    "https://github.com/qdrant/qdrant/blob/master/src/common/helpers.rs (load_tls_external_server_config: the public gRPC server has a TLS identity but no client CA)",
    "https://github.com/qdrant/qdrant/blob/master/src/tonic/mod.rs (public gRPC: load_tls_external_server_config when service.enable_tls)",
    "https://github.com/qdrant/qdrant/blob/master/tests/e2e_tests/test_data/tls_config.yaml (service.enable_tls and verify_https_client_certificate true, tls.ca_cert)",
  ],
};
