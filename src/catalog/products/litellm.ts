import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const litellm: ProductDef = {
  id: "litellm",
  name: "LiteLLM Proxy",
  impact: "inference",
  images: ["ghcr.io/berriai/litellm", "ghcr.io/berriai/litellm-database", "docker.litellm.ai/berriai/litellm"],
  // The `litellm` console script is the proxy CLI; the image runs ENTRYPOINT litellm, CMD --port 4000.
  commands: ["(^|/|\\s)litellm(\\s+--|\\s*$)"],
  // Tags look like main-v1.55.8, v1.61.0-stable, main-latest.
  tagVersion: "^(?:main-)?v(\\d+\\.\\d+\\.\\d+)",
  ports: [{ port: 4000, purpose: "OpenAI-compatible proxy API and admin UI" }],
  listen: {
    // proxy_cli.py: --host default 0.0.0.0 (envvar HOST).
    default: "all",
    loopbackOnly: [
      { flag: "--host", value: LOOPBACK_VALUE },
      { env: "HOST", value: LOOPBACK_VALUE },
    ],
  },
  auth: [
    {
      builtIn: "off",
      // A master_key in the --config file also enables auth; config files are not read here.
      enabledBy: [{ env: "LITELLM_MASTER_KEY" }],
      summary: "The LiteLLM proxy accepts any request unless a master key is set (LITELLM_MASTER_KEY or general_settings.master_key).",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "LITELLM_MASTER_KEY" },
      values: ["sk-1234"],
      source: "https://docs.litellm.ai/docs/proxy/deploy (echo 'LITELLM_MASTER_KEY=\"sk-1234\"' > .env)",
    },
  ],
  packages: [{ ecosystem: "PyPI", name: "litellm" }],
  // Releases such as 1.53.1.dev1 and 1.65.4.dev6 are PEP 440, not semver.
  versionScheme: "pep440",
  sources: [
    "https://github.com/BerriAI/litellm/blob/main/litellm/proxy/proxy_cli.py (--host default 0.0.0.0 envvar HOST; --port default 4000 envvar PORT)",
    "https://github.com/BerriAI/litellm/blob/main/Dockerfile (ENTRYPOINT [\"litellm\"], CMD [\"--port\", \"4000\"], EXPOSE 4000)",
    "https://docs.litellm.ai/docs/proxy/deploy (LITELLM_MASTER_KEY; docker.litellm.ai/berriai/litellm and ghcr.io/berriai/litellm images)",
    "https://osv.dev/vulnerability/PYSEC-2026-1549 (PyPI litellm; fixed in 1.53.1.dev1)",
  ],
};
