// Data about image names: who well-known base images run as, and how mirrors and variants rename them.

/**
 * Base images whose own USER is non-root: `:nonroot` variants (distroless), Chainguard, Jupyter
 * docker-stacks (jovyan), Bitnami and Bitnami Legacy (uid 1001), Elasticsearch (elasticsearch), Grafana (472), Langflow
 * (user 1000), Gitpod workspaces (gitpod). Each project's Dockerfile sets USER:
 * https://github.com/GoogleContainerTools/distroless#debug-images ,
 * https://edu.chainguard.dev/chainguard/chainguard-images/overview/ ,
 * https://jupyter-docker-stacks.readthedocs.io/en/latest/using/common.html#user-related-configurations ,
 * https://docs.bitnami.com/tutorials/work-with-non-root-containers/ (also the images Bitnami moved to
 * bitnamilegacy/ in 2025: https://github.com/bitnami/containers/issues/83267) ,
 * https://www.elastic.co/guide/en/elasticsearch/reference/current/docker.html ,
 * https://grafana.com/docs/grafana/latest/setup-grafana/installation/docker/ ,
 * https://github.com/langflow-ai/langflow/blob/main/docker/build_and_push.Dockerfile ,
 * https://github.com/gitpod-io/workspace-images ;
 * Ray (uid 1000, `USER $RAY_UID`): https://github.com/ray-project/ray/blob/master/docker/base-deps/Dockerfile ;
 * nginx-unprivileged (uid 101): https://github.com/nginxinc/docker-nginx-unprivileged ;
 * Bitnami's legacy namespace keeps its images' uid 1001: https://github.com/bitnami/containers#why-use-a-non-root-container ;
 * Arize Phoenix (final stage FROM distroless `:nonroot`): https://github.com/Arize-ai/phoenix/blob/main/Dockerfile
 */
export const NON_ROOT_BASE =
  /(^|[-_:])nonroot([-_@]|$)|^cgr\.dev\/chainguard\/|^((quay|docker)\.io\/)?(jupyter|bitnami|bitnamilegacy)\/|^(docker\.elastic\.co\/elasticsearch\/)?elasticsearch([:@]|$)|^grafana\/grafana|^langflowai\/langflow|^gitpod\/workspace-|^rayproject\/ray(-ml)?([:@]|$)|^((docker\.io|ghcr\.io|quay\.io)\/)?nginxinc\/nginx-unprivileged([:@]|$)|^arizephoenix\/phoenix([:@]|$)/;

/**
 * Images whose user may become root without a password (`ray ALL=NOPASSWD: ALL` in sudoers): the
 * process starts unprivileged, but only no_new_privs (Kubernetes `allowPrivilegeEscalation: false`,
 * compose `no-new-privileges`) keeps it there.
 * https://github.com/ray-project/ray/blob/master/docker/base-deps/Dockerfile
 */
export const PASSWORDLESS_SUDO_IMAGE = /^rayproject\/ray(-ml)?([:@]|$)/;

/**
 * Official database images whose entrypoint hands the server to an unprivileged user (gosu/su-exec):
 * only while a derived image keeps their ENTRYPOINT and CMD.
 * https://github.com/docker-library/postgres/blob/master/docker-entrypoint.sh ,
 * https://github.com/docker-library/redis/blob/master/docker-entrypoint.sh ,
 * https://github.com/docker-library/mysql , https://github.com/docker-library/mongo ,
 * https://github.com/docker-library/rabbitmq , https://github.com/valkey-io/valkey-container
 */
export const DROPS_ROOT_BASE = /^(docker\.io\/)?(library\/)?(postgres|mysql|mariadb|redis|mongo|rabbitmq)([:@]|$)|^valkey\/valkey([:@]|$)/;

/**
 * Name suffixes of build variants that run the same product (`vllm-openai-cpu`, `xinference-cpu`,
 * `comfyui-rocm`): the name without them is what the catalog knows.
 */
export const VARIANT_SUFFIX = /-(cpu|gpu|cuda\d*|rocm|intel|arm64|amd64|release|nightly|slim)$/i;

/**
 * A registry mirror or pull-through cache keeps the upstream path under its own host and project
 * (`harbor.example/dockerhub/ollama/ollama`, `mirror.example/ghcr.io/open-webui/open-webui`); Docker
 * Hub's official images keep their `library/` prefix there (`mirror.example/library/redis`):
 * https://goharbor.io/docs/main/administration/configure-proxy-cache/ ,
 * https://docs.docker.com/docker-hub/image-library/mirror/
 */
export const OFFICIAL_IMAGE_NAMESPACE = "library";
