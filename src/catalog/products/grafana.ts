import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

// Every setting can be given as GF_<SECTION>_<KEY> (dots in the section become underscores).
export const grafana: ProductDef = {
  id: "grafana",
  name: "Grafana",
  impact: "web-app",
  images: ["grafana/grafana", "grafana/grafana-oss", "grafana/grafana-enterprise"],
  // `grafana server` (the image's run.sh) and the older `grafana-server` binary.
  commands: ["(^|/|\\s)grafana(-server|\\s+server)(\\s|$)"],
  ports: [{ port: 3000, purpose: "web UI and HTTP API" }],
  listen: {
    // [server] http_addr is empty by default: every interface.
    default: "all",
    loopbackOnly: [{ env: "GF_SERVER_HTTP_ADDR", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "on",
      // [auth.anonymous] enabled is read with go-ini MustBool, which accepts 1, t, true, yes, y, on.
      // Anonymous visitors get the org role in org_role (default Viewer).
      disabledBy: [
        { env: "GF_AUTH_ANONYMOUS_ENABLED", value: "1|t|true|y|yes|on" },
        { config: "^\\s*enabled\\s*=\\s*[\"']?(1|t|true|y|yes|on)[\"']?\\s*$", section: "auth.anonymous" },
      ],
      summary:
        "Grafana requires a login (admin/admin until changed) unless anonymous access is enabled (GF_AUTH_ANONYMOUS_ENABLED=true), which lets anyone in with the org role in GF_AUTH_ANONYMOUS_ORG_ROLE (Viewer by default: every dashboard and the data behind it).",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "GF_SECURITY_ADMIN_PASSWORD" },
      values: ["admin"],
      source: "https://github.com/grafana/grafana/blob/main/conf/defaults.ini ([security] admin_user = admin, admin_password = admin)",
      whenUnset: true,
    },
    {
      // The same default written into a mounted grafana.ini.
      knob: { config: "^\\s*admin_password\\s*=\\s*[\"']?admin[\"']?\\s*$", section: "security" },
      values: ["admin"],
      source: "https://github.com/grafana/grafana/blob/main/conf/defaults.ini ([security] admin_user = admin, admin_password = admin)",
    },
  ],
  loginSecrets: [{ env: "GF_SECURITY_ADMIN_PASSWORD" }, { config: "^\\s*admin_password\\s*=\\s*\\S", section: "security" }],
  // The image starts `grafana server --config=$GF_PATHS_CONFIG`, /etc/grafana/grafana.ini.
  configFiles: ["/etc/grafana/grafana.ini"],
  sources: [
    "https://github.com/grafana/grafana/blob/main/conf/defaults.ini ([server] http_addr empty = all interfaces, http_port 3000; [security] admin_password = admin; [auth.anonymous] enabled = false, org_role = Viewer; [auth] disable_login_form only hides the form)",
    "https://github.com/grafana/grafana/blob/main/pkg/setting/setting_anonymous.go (anonSection.Key(\"enabled\").MustBool(false))",
    "https://github.com/go-ini/ini/blob/0dac3e0f1572c89a352bb5dca5cf5259de25d89e/key.go (parseBool: 1, t, T, TRUE, true, True, YES, yes, Yes, y, ON, on, On)",
    "https://grafana.com/docs/grafana/v5.3/installation/configuration (GF_<SectionName>_<KeyName> environment overrides, . replaced by _)",
    "https://grafana.com/docs/v5.3/auth/overview/ (password authentication enabled by default; you can disable authentication by enabling anonymous access)",
    "https://github.com/grafana/grafana/blob/main/packaging/docker/run.sh (exec grafana server --config=\"$GF_PATHS_CONFIG\")",
    "https://github.com/grafana/grafana/blob/main/Dockerfile (ENV GF_PATHS_CONFIG=\"/etc/grafana/grafana.ini\")",
  ],
};
