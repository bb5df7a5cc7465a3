import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const langflow: ProductDef = {
  id: "langflow",
  name: "Langflow",
  // Flows and custom components run Python on the server.
  impact: "code-execution",
  images: ["langflowai/langflow"],
  commands: ["\\blangflow\\s+run\\b"],
  ports: [{ port: 7860, purpose: "web UI and API" }],
  listen: {
    // The image sets ENV LANGFLOW_HOST=0.0.0.0; the CLI default host is localhost.
    default: "all",
    commandDefault: "loopback",
    allInterfaces: [
      { env: "LANGFLOW_HOST", value: "0\\.0\\.0\\.0|::" },
      { flag: "--host", value: "0\\.0\\.0\\.0|::" },
    ],
    loopbackOnly: [
      { env: "LANGFLOW_HOST", value: LOOPBACK_VALUE },
      { flag: "--host", value: LOOPBACK_VALUE },
    ],
  },
  auth: [
    {
      // AUTO_LOGIN defaults to True: GET /api/v1/auto_login hands a superuser token to any caller.
      // Since 1.5 most API routes also want an API key, but that token lets a caller create one.
      builtIn: "off",
      enabledBy: [{ env: "LANGFLOW_AUTO_LOGIN", value: "false|0|no|off|f|n" }],
      summary: "Langflow logs every visitor in as superuser (LANGFLOW_AUTO_LOGIN defaults to true) unless LANGFLOW_AUTO_LOGIN=false.",
    },
  ],
  // langflow-base carries the server code under its own version numbers (langflow 1.3.0 = langflow-base 0.3.0),
  // so it is not this product's version; advisories name it as a package of its own.
  packages: [{ ecosystem: "PyPI", name: "langflow" }],
  // Pre-releases such as 1.0.0a3 and 1.8.0rc2 appear in advisory ranges.
  versionScheme: "pep440",
  sources: [
    "https://github.com/langflow-ai/langflow/blob/main/src/lfx/src/lfx/services/settings/auth.py (AUTO_LOGIN default True, 'Set to False in production')",
    "https://github.com/langflow-ai/langflow/blob/main/src/backend/base/langflow/api/v1/login.py (/auto_login issues a superuser token when AUTO_LOGIN)",
    "https://docs.langflow.org/api-keys-and-authentication (LANGFLOW_AUTO_LOGIN; since 1.5 most endpoints require an API key)",
    "https://github.com/langflow-ai/langflow/blob/main/docker/build_and_push.Dockerfile (ENV LANGFLOW_HOST=0.0.0.0, LANGFLOW_PORT=7860, CMD langflow run)",
    "https://github.com/langflow-ai/langflow/blob/main/src/lfx/src/lfx/services/settings/base.py (host default localhost, port 7860)",
    "https://osv.dev/vulnerability/PYSEC-2026-380 (langflow-base fixed 0.3.0 for the langflow 1.3.0 fix of CVE-2025-3248)",
  ],
};
