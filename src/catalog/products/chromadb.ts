import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const chromadb: ProductDef = {
  id: "chromadb",
  name: "Chroma",
  impact: "data-store",
  images: ["chromadb/chroma", "ghcr.io/chroma-core/chroma"],
  // `chroma run` is the CLI: the Python server below 1.0.0, the Rust server (no auth) from 1.0.0. A
  // workload recognised by its command has no version, so the current (1.x) entry applies. The Python
  // FastAPI server started as `uvicorn chromadb.app:app` is its own entry (chromadb-python).
  commands: ["\\bchroma\\s+run\\b"],
  ports: [{ port: 8000, purpose: "HTTP API (collections, documents, embeddings)" }],
  listen: {
    // 0.x image: ENV CHROMA_HOST_ADDR=0.0.0.0; 1.x image runs `chroma run /config.yaml` whose
    // listen_address defaults to 0.0.0.0. The bare `chroma run` CLI defaults to localhost.
    default: "all",
    commandDefault: "loopback",
    allInterfaces: [
      { env: "CHROMA_HOST_ADDR", value: "0\\.0\\.0\\.0|::" },
      { flag: "--host", value: "0\\.0\\.0\\.0|::" },
      // `chroma run <config file>` (the 1.x image's CMD): the file's listen_address, 0.0.0.0 unless it says otherwise.
      { arg: "\\bchroma\\s+run\\s+[^-\\s]" },
    ],
    loopbackOnly: [
      { env: "CHROMA_HOST_ADDR", value: LOOPBACK_VALUE },
      { flag: "--host", value: LOOPBACK_VALUE },
    ],
  },
  auth: [
    {
      // No auth settings exist in chromadb/config.py before 0.4.7.
      versions: "<0.4.7",
      builtIn: "none",
      summary: "Chroma before 0.4.7 has no authentication: anyone who reaches port 8000 can read and change every collection.",
    },
    {
      versions: ">=0.4.7 <0.5.0",
      builtIn: "off",
      enabledBy: [{ env: "CHROMA_SERVER_AUTH_PROVIDER" }],
      summary: "Chroma 0.4.x authentication is off unless CHROMA_SERVER_AUTH_PROVIDER names a token or basic-auth provider.",
    },
    {
      // The 0.5.0 auth overhaul renamed the settings to *_AUTHN_*; the old names are no longer read.
      versions: ">=0.5.0 <1.0.0",
      builtIn: "off",
      enabledBy: [{ env: "CHROMA_SERVER_AUTHN_PROVIDER" }],
      ignored: [{ env: "CHROMA_SERVER_AUTH_PROVIDER" }, { env: "CHROMA_SERVER_AUTH_CREDENTIALS" }],
      summary: "Chroma 0.5/0.6 authentication is off unless CHROMA_SERVER_AUTHN_PROVIDER is set; the 0.4 CHROMA_SERVER_AUTH_* names are ignored.",
    },
    {
      // 1.0.0: "Chroma no longer provides built-in authentication implementations."
      versions: ">=1.0.0",
      builtIn: "none",
      ignored: [
        { env: "CHROMA_SERVER_AUTH_PROVIDER" },
        { env: "CHROMA_SERVER_AUTH_CREDENTIALS" },
        { env: "CHROMA_SERVER_AUTH_CREDENTIALS_FILE" },
        { env: "CHROMA_SERVER_AUTHN_PROVIDER" },
        { env: "CHROMA_SERVER_AUTHN_CREDENTIALS" },
        { env: "CHROMA_SERVER_AUTHN_CREDENTIALS_FILE" },
        { env: "CHROMA_SERVER_AUTHZ_PROVIDER" },
      ],
      summary: "Chroma 1.x has no built-in authentication: the old CHROMA_SERVER_AUTH*/AUTHN* settings are silently ignored, so only a proxy can protect it.",
    },
  ],
  // The PyPI package holds the server (the 1.x Rust server too) and the embedded client alike.
  packages: [{ ecosystem: "PyPI", name: "chromadb" }],
  versionScheme: "pep440",
  sources: [
    "https://github.com/chroma-core/chroma/blob/0.4.24/chromadb/config.py (chroma_server_auth_provider; absent at 0.4.6, present from 0.4.7)",
    "https://github.com/chroma-core/chroma/blob/0.6.3/chromadb/config.py (chroma_server_authn_provider, chroma_server_authn_credentials(_file))",
    "https://github.com/chroma-core/chroma/blob/main/docs/mintlify/docs/overview/migration.mdx (1.0.0: no built-in authentication)",
    "https://github.com/chroma-core/chroma/blob/0.6.3/Dockerfile (ENV CHROMA_HOST_ADDR=0.0.0.0, port 8000)",
    "https://github.com/chroma-core/chroma/blob/main/rust/Dockerfile (cli stage: chroma run /config.yaml)",
    "https://github.com/chroma-core/chroma/blob/main/rust/frontend/src/config.rs (default_listen_address 0.0.0.0, default_port 8000)",
    "https://github.com/chroma-core/chroma/blob/main/rust/cli/src/commands/run.rs (--host default localhost; a positional config_path conflicts with --host/--port and the config is loaded from that file)",
    "https://github.com/chroma-core/chroma/blob/0.5.0/chromadb/cli/cli.py (chroma run --host default localhost)",
    "https://github.com/chroma-core/chroma/blob/main/chromadb/app.py (FastAPI(settings).app(): the Python server still ships in 1.x packages)",
    "https://github.com/chroma-core/chroma/blob/main/chromadb/server/fastapi/__init__.py (authn_provider required when settings.chroma_server_authn_provider is set)",
    "https://github.com/chroma-core/chroma/blob/1.0.0/chromadb/cli/cli.py (chroma run hands over to chromadb_rust_bindings.cli)",
  ],
};
