import type { ProductDef } from "../types.js";

const LOOPBACK = "127\\.0\\.0\\.1|localhost|::1";

export const keycloak: ProductDef = {
  id: "keycloak",
  name: "Keycloak",
  // An identity provider: its admin console controls every realm, client and user it signs in.
  impact: "web-app",
  images: ["quay.io/keycloak/keycloak", "keycloak/keycloak", "jboss/keycloak", "bitnami/keycloak", "bitnamilegacy/keycloak"],
  ports: [
    // Production mode (`start`) serves HTTP only with KC_HTTP_ENABLED=true / --http-enabled; start-dev always does.
    { port: 8080, purpose: "HTTP: login pages, admin console, OIDC/SAML endpoints" },
    { port: 8443, purpose: "HTTPS: login pages, admin console, OIDC/SAML endpoints" },
    // Quarkus distribution: management interface for the health and metrics endpoints.
    { port: 9000, purpose: "management interface (health, metrics)", sensitive: false },
  ],
  listen: {
    // Quarkus distribution: http-host defaults to 0.0.0.0. jboss/keycloak binds the container's own
    // address (hostname -i).
    default: "all",
    loopbackOnly: [
      { env: "KC_HTTP_HOST", value: LOOPBACK },
      { flag: "--http-host", value: LOOPBACK },
    ],
  },
  auth: [
    {
      builtIn: "on",
      summary:
        "Keycloak always requires a login for its admin console; the first admin comes from KC_BOOTSTRAP_ADMIN_USERNAME/KC_BOOTSTRAP_ADMIN_PASSWORD (26+), KEYCLOAK_ADMIN/KEYCLOAK_ADMIN_PASSWORD (Quarkus images, deprecated in 26) or KEYCLOAK_USER/KEYCLOAK_PASSWORD (jboss/keycloak), otherwise only a local connection may create it.",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "KC_BOOTSTRAP_ADMIN_PASSWORD" },
      values: ["admin"],
      source: "https://github.com/keycloak/keycloak/blob/3440b4f2cdec9e50db49740c68709eb8593a2e64/docs/guides/getting-started/templates/start-keycloak-container.adoc (KC_BOOTSTRAP_ADMIN_USERNAME=admin -e KC_BOOTSTRAP_ADMIN_PASSWORD=admin: username admin and password admin)",
    },
    {
      knob: { env: "KC_BOOTSTRAP_ADMIN_PASSWORD" },
      values: ["change_me"],
      source: "https://docs.redhat.com/zh-cn/documentation/red_hat_build_of_keycloak/26.0/html/server_configuration_guide/containers-provide-initial-admin-credentials-when-running-in-a-container (-e KC_BOOTSTRAP_ADMIN_PASSWORD=change_me)",
    },
    {
      knob: { env: "KEYCLOAK_ADMIN_PASSWORD" },
      values: ["change_me"],
      source: "https://github.com/keycloak/keycloak/blob/0202f5aabd7c5ded36c68575e80e558452ea8700/docs/guides/server/containers.adoc (-e KEYCLOAK_ADMIN=admin -e KEYCLOAK_ADMIN_PASSWORD=change_me)",
    },
    {
      knob: { env: "KEYCLOAK_ADMIN_PASSWORD" },
      values: ["bitnami"],
      source: "https://github.com/bitnami/containers/blob/00e11cd5499c76e13837950e1019aa74e53327e9/bitnami/keycloak/README.md (KEYCLOAK_ADMIN_PASSWORD: Administrator default password. Default: bitnami)",
    },
  ],
  loginSecrets: [
    // 26.0.0+: bootstrap options, also as --bootstrap-admin-password.
    { env: "KC_BOOTSTRAP_ADMIN_PASSWORD" },
    { flag: "--bootstrap-admin-password" },
    // Quarkus distribution before 26 (deprecated, not removed, in 26); also the Bitnami image.
    { env: "KEYCLOAK_ADMIN_PASSWORD" },
    // jboss/keycloak (WildFly distribution): add-user-keycloak.sh --password $KEYCLOAK_PASSWORD.
    { env: "KEYCLOAK_PASSWORD" },
  ],
  sources: [
    "https://github.com/keycloak/keycloak/blob/029101960bfb86a816201e58ead7e5027c04f798/docs/documentation/upgrading/topics/changes/changes-26_0_0.adoc (KEYCLOAK_ADMIN and KEYCLOAK_ADMIN_PASSWORD deprecated; use KC_BOOTSTRAP_ADMIN_USERNAME and KC_BOOTSTRAP_ADMIN_PASSWORD, also --bootstrap-admin-username/--bootstrap-admin-password)",
    "https://www.keycloak.org/server/bootstrap-admin-recovery (start and start-dev bootstrap a temporary admin from --bootstrap-admin-username/--bootstrap-admin-password)",
    "https://github.com/keycloak/keycloak/blob/0202f5aabd7c5ded36c68575e80e558452ea8700/docs/guides/server/containers.adoc (Keycloak only allows to create the initial admin user from a local network connection; in a container provide KEYCLOAK_ADMIN/KEYCLOAK_ADMIN_PASSWORD; ports 8080 and 8443)",
    "https://github.com/keycloak/keycloak/blob/006aea300d7892fd60cf756535f25d2c325b3d1c/quarkus/config-api/src/main/java/org/keycloak/config/HttpOptions.java (http-enabled default false, http-host default 0.0.0.0, http-port 8080, https-port 8443)",
    "https://github.com/keycloak/keycloak/blob/03140e4b138bbdd86d3fc490e2c05e8e87eea92f/quarkus/config-api/src/main/java/org/keycloak/config/ManagementOptions.java (management interface for health and metrics, management-port 9000)",
    "https://github.com/keycloak/keycloak-containers/blob/06382ea5be9995e8f5bc2248331d9d23439420f4/server/tools/docker-entrypoint.sh (jboss/keycloak: add-user-keycloak.sh with KEYCLOAK_USER/KEYCLOAK_PASSWORD; -Djboss.bind.address=$(hostname -i))",
    "https://github.com/bitnami/containers/blob/00e11cd5499c76e13837950e1019aa74e53327e9/bitnami/keycloak/README.md (KEYCLOAK_ADMIN_PASSWORD default bitnami; KEYCLOAK_BIND_ADDRESS default 0.0.0.0; ports 8080/8443)",
    "https://github.com/bitnami/containers/issues/83267 (August 2025: existing images move from docker.io/bitnami to docker.io/bitnamilegacy)",
  ],
};
