import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const n8n: ProductDef = {
  id: "n8n",
  name: "n8n",
  // Workflows run code (Code node, Execute Command).
  impact: "code-execution",
  images: ["n8nio/n8n", "docker.n8n.io/n8nio/n8n"],
  ports: [{ port: 5678, purpose: "editor UI, REST API and webhooks" }],
  listen: {
    // N8N_LISTEN_ADDRESS defaults to '::' (older releases '0.0.0.0').
    default: "all",
    loopbackOnly: [{ env: "N8N_LISTEN_ADDRESS", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      // 0.x: user management could be skipped (skipInstanceOwnerSetup, removed for 1.0) and basic
      // auth was opt-in.
      versions: "<1.0.0",
      builtIn: "off",
      enabledBy: [{ env: "N8N_BASIC_AUTH_ACTIVE", value: "true" }],
      summary: "n8n before 1.0 could run with no login (owner setup skippable) unless basic auth was enabled.",
    },
    {
      versions: ">=1.0.0",
      builtIn: "on",
      summary: "n8n 1.0+ always requires a login; a fresh instance lets its first visitor create the owner account.",
    },
  ],
  sources: [
    "https://github.com/n8n-io/n8n/blob/master/packages/@n8n/config/src/index.ts (N8N_LISTEN_ADDRESS default '::', N8N_PORT 5678)",
    "https://docs.n8n.io/1-0-migration-checklist/ (n8n 1.0 migration guide)",
    "https://github.com/n8n-io/n8n/pull/2973 (basic auth alongside user management before 1.0)",
    "https://app.unpkg.com/n8n@1.65.2/files/dist/databases/migrations/sqlite/1681134145997-RemoveSkipOwnerSetup.js (removes userManagement.skipInstanceOwnerSetup)",
  ],
};
