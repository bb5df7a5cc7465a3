import type { ProductDef } from "../types.js";

// Configuration keys can be set from the environment as CLEARML__<section>__<key> (double underscores).
const TRUE = "true|1|yes|on";

export const clearml: ProductDef = {
  id: "clearml",
  name: "ClearML Server",
  // The API creates tasks and enqueues them; clearml-agent workers (the reference compose file runs
  // clearml-agent-services) execute whatever code an enqueued task names.
  impact: "code-execution",
  // One image runs the apiserver, webserver or fileserver, chosen by its command.
  images: ["clearml/server", "allegroai/clearml", "allegroai/trains"],
  ports: [
    { port: 8008, purpose: "apiserver (tasks, queues, models, credentials)" },
    { port: 80, purpose: "webserver (web UI; proxies the API and file server)" },
    { port: 8081, purpose: "fileserver (artifacts and models)" },
  ],
  listen: {
    // apiserver gunicorn --bind 0.0.0.0:8008, fileserver --bind 0.0.0.0:8081, webserver nginx on 80.
    default: "all",
  },
  auth: [
    {
      // Without fixed users the web login asks for a name only, and the default secure.conf ships
      // fixed system credentials and token secret in the image.
      builtIn: "off",
      enabledBy: [
        { env: "CLEARML__apiserver__auth__fixed_users__enabled", value: TRUE },
        { env: "TRAINS__apiserver__auth__fixed_users__enabled", value: TRUE },
        // A fixed_users block in a mounted apiserver.conf (the sample is commented out); assumed to enable it.
        { config: "^\\s*fixed_users\\s*[{:]" },
      ],
      summary:
        "ClearML Server lets anyone in under any name unless fixed users are configured (auth.fixed_users in apiserver.conf); its default secure.conf also ships well-known user credentials and token secret.",
    },
  ],
  // The reference deployment mounts /opt/clearml/config (apiserver.conf, secure.conf) into the apiserver.
  configFiles: ["/opt/clearml/config/*"],
  sources: [
    "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/apiserver/config/default/apiserver.conf (listen 0.0.0.0:8008; fixed_users sample commented out)",
    "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/apiserver/service_repo/auth/fixed_user.py (apiserver.auth.fixed_users.enabled defaults to False)",
    "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/apiserver/config/default/secure.conf (fixed token_secret and a 'tests' user key/secret revoked only in fixed-users mode)",
    "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/apiserver/config/basic.py (CLEARML__ / TRAINS__ environment overrides)",
    "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/docker/build/internal_files/entrypoint.sh (apiserver bind 0.0.0.0:8008, fileserver bind 0.0.0.0:8081, webserver nginx)",
    "https://github.com/clearml/clearml-server/blob/0b769d48db8e20d5edb0e4bf2546a60f8709221a/docker/docker-compose.yml (8008:8008, 8080:80, 8081:8081, /opt/clearml/config mounted, clearml-agent-services)",
    "https://github.com/allegroai/clearml-server/issues/3 (maintainer: user/pass login was left out by design; any name logs in)",
  ],
};
