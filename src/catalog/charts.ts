// Well-known Helm charts of AI services, as data: for a chart that cannot be rendered (no helm on the PATH,
// missing dependencies, a template error), which values keys decide what it deploys, how reachable it is
// and whether its authentication is on, and what the upstream chart's own values.yaml sets them to when a
// values file leaves them out. The Helm reader (src/readers/helm) turns these into the same workloads,
// Services and Ingresses a rendered chart would give, anchored at the values lines. Every default comes
// from the upstream values.yaml named in `upstream`.

/** A value as the upstream values.yaml writes it (YAML's types). */
export type ChartValue = string | number | boolean | null | ChartValue[] | { [key: string]: ChartValue };

/**
 * A setting the chart passes to the product when a values key says so: an environment variable, a
 * command-line flag, or a line of the configuration the product reads (`hub.config` of JupyterHub), written
 * so that the product's catalog entry (its `Knob`s) recognises it.
 */
export interface ChartSetting {
  /** The values key, dotted (`auth.enabled`). */
  key: string;
  /**
   * When the setting applies: the value, as text, matches this case-insensitive pattern in full. Without it,
   * when the key is "set": not null, not empty, not `false` (a map or list with entries counts as set).
   */
  when?: string;
  /** For a key that holds a text block (a configuration file in a value): when one of its lines matches this (case-insensitive). */
  line?: string;
  /** Another values key that, when set, keeps the setting from applying (a password that makes JupyterHub's dummy login a shared-password login). */
  unless?: string;
  /** The variable the chart sets. */
  env?: string;
  /** The flag the chart adds to the command line. */
  flag?: string;
  /** The configuration line the product reads (for a catalog `config` knob). */
  config?: string;
  /**
   * What the variable or flag is set to: this literal, or, without it, a value taken from a Secret the chart
   * creates (set, but not written in the repository).
   */
  value?: string;
}

/** One service a chart deploys, described by the values keys that shape it. */
export interface ChartComponent {
  /** Names its workload and Service in messages: `proxy`, `router`, `master`. */
  name: string;
  /** The catalog product it runs (src/catalog/products), also when its image is one the catalog does not know. */
  productId: string;
  /** A values key that switches the component on or off, and how its value reads (default: a boolean). */
  enabled?: { key: string; when?: string };
  image: {
    repository: string;
    tag?: string;
    /** A registry key written apart from the repository (Bitnami's `image.registry`). */
    registry?: string;
    /** The tag when the values leave it empty: `{appVersion}` is the chart's appVersion. */
    defaultTag?: string;
  };
  /** The command line as the chart starts it; `{key}` is the value of a values key. */
  argv?: string[];
  /** The container ports its Service forwards to. */
  ports: number[];
  /** The Service in front of it: the key of its type and of its annotations. */
  service?: { type: string; annotations?: string; enabled?: string };
  /** Ingresses and Gateway routes the chart creates when a key is true, with their annotations. */
  routes?: { enabled: string; annotations?: string }[];
  /** Values keys holding environment variables for the container: a Kubernetes `env` list, or a name → value map. */
  env?: { key: string; shape: "list" | "map" }[];
  /** Values keys holding a container securityContext, a pod securityContext, and `hostNetwork`. */
  securityContext?: string;
  podSecurityContext?: string;
  hostNetwork?: string;
  settings?: ChartSetting[];
}

export interface WellKnownChart {
  /** `otwld/ollama`: who publishes it and its name. */
  id: string;
  /** The chart's `name` in Chart.yaml. */
  name: string;
  /**
   * Tells charts apart that share a name (Bitnami's and community-charts' `mlflow`): a key only this chart's
   * values.yaml has at the top level, or a pattern (case-insensitive) of the `repository` a dependency names.
   */
  distinct?: { valuesKey?: string; repository?: string };
  /** The upstream chart version the defaults were read from, its appVersion, and its values.yaml. */
  upstream: { version: string; appVersion?: string; values: string };
  /** The upstream values.yaml's value for every key the components read. */
  defaults: Record<string, ChartValue>;
  components: ChartComponent[];
  /** Charts it depends on that are themselves in this table, by the values key that configures them. */
  dependencies?: { chart: string; key: string; condition?: string }[];
  sources: string[];
}

/** The container and pod securityContext keys, the way most charts name them. */
const STANDARD = { securityContext: "securityContext", podSecurityContext: "podSecurityContext" };

export const WELL_KNOWN_CHARTS: WellKnownChart[] = [
  {
    id: "otwld/ollama",
    name: "ollama",
    upstream: { version: "1.77.0", appVersion: "0.32.15", values: "https://github.com/otwld/ollama-helm/blob/ollama-1.77.0/values.yaml" },
    defaults: {
      "image.repository": "ollama/ollama",
      "image.tag": "",
      "service.type": "ClusterIP",
      "service.annotations": {},
      "ingress.enabled": false,
      "ingress.annotations": {},
      "httpRoute.enabled": false,
      "httpRoute.annotations": {},
      extraEnv: [],
      securityContext: {},
      podSecurityContext: {},
      hostNetwork: false,
    },
    components: [
      {
        name: "ollama",
        productId: "ollama",
        image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
        ports: [11434],
        service: { type: "service.type", annotations: "service.annotations" },
        routes: [
          { enabled: "ingress.enabled", annotations: "ingress.annotations" },
          { enabled: "httpRoute.enabled", annotations: "httpRoute.annotations" },
        ],
        env: [{ key: "extraEnv", shape: "list" }],
        ...STANDARD,
        hostNetwork: "hostNetwork",
      },
    ],
    sources: [
      "https://github.com/otwld/ollama-helm/blob/ollama-1.77.0/values.yaml (image.repository ollama/ollama, image.tag empty: the appVersion; service.type ClusterIP; ingress.enabled and httpRoute.enabled false; extraEnv; hostNetwork false)",
      "https://github.com/otwld/ollama-helm/blob/ollama-1.77.0/Chart.yaml (version 1.77.0, appVersion 0.32.15)",
    ],
  },
  {
    id: "open-webui/open-webui",
    name: "open-webui",
    upstream: { version: "16.0.0", appVersion: "0.11.0", values: "https://github.com/open-webui/helm-charts/blob/open-webui-16.0.0/charts/open-webui/values.yaml" },
    defaults: {
      "image.repository": "ghcr.io/open-webui/open-webui",
      "image.tag": "",
      "service.type": "ClusterIP",
      "service.annotations": {},
      "ingress.enabled": false,
      "ingress.annotations": {},
      "route.enabled": false,
      "route.annotations": {},
      extraEnvVars: [],
      commonEnvVars: [],
      podSecurityContext: {},
      containerSecurityContext: {},
      "ollama.enabled": true,
    },
    components: [
      {
        name: "open-webui",
        productId: "open-webui",
        image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
        ports: [8080],
        service: { type: "service.type", annotations: "service.annotations" },
        routes: [
          { enabled: "ingress.enabled", annotations: "ingress.annotations" },
          { enabled: "route.enabled", annotations: "route.annotations" },
        ],
        env: [
          { key: "commonEnvVars", shape: "list" },
          { key: "extraEnvVars", shape: "list" },
        ],
        securityContext: "containerSecurityContext",
        podSecurityContext: "podSecurityContext",
      },
    ],
    // The chart installs Ollama beside Open WebUI unless ollama.enabled is false.
    dependencies: [{ chart: "otwld/ollama", key: "ollama", condition: "ollama.enabled" }],
    sources: [
      "https://github.com/open-webui/helm-charts/blob/open-webui-16.0.0/charts/open-webui/values.yaml (image ghcr.io/open-webui/open-webui, tag empty: the appVersion; service.type ClusterIP, containerPort 8080; ingress.enabled and route.enabled false; extraEnvVars, commonEnvVars; ollama.enabled true)",
      "https://github.com/open-webui/helm-charts/blob/open-webui-16.0.0/charts/open-webui/Chart.yaml (version 16.0.0, appVersion 0.11.0; dependency ollama from otwld/ollama-helm, condition ollama.enabled)",
    ],
  },
  {
    id: "zilliztech/milvus",
    name: "milvus",
    upstream: { version: "5.0.19", values: "https://github.com/zilliztech/milvus-helm/blob/milvus-5.0.19/charts/milvus/values.yaml" },
    defaults: {
      "image.all.repository": "milvusdb/milvus",
      "image.all.tag": "v2.6.15",
      "service.type": "ClusterIP",
      "service.annotations": {},
      "ingress.enabled": false,
      "ingress.annotations": {},
      extraConfigFiles: { "user.yaml": "" },
      securityContext: {},
      containerSecurityContext: {},
    },
    components: [
      {
        name: "milvus",
        productId: "milvus",
        image: { repository: "image.all.repository", tag: "image.all.tag" },
        ports: [19530],
        service: { type: "service.type", annotations: "service.annotations" },
        routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
        securityContext: "containerSecurityContext",
        podSecurityContext: "securityContext",
        settings: [
          // common.security.authorizationEnabled in the user.yaml the chart merges into milvus.yaml.
          { key: "extraConfigFiles", line: "\\s*authorizationEnabled:\\s*true\\s*", env: "COMMON_SECURITY_AUTHORIZATIONENABLED", value: "true" },
        ],
      },
    ],
    sources: [
      "https://github.com/zilliztech/milvus-helm/blob/milvus-5.0.19/charts/milvus/values.yaml (image.all milvusdb/milvus v2.6.15; service.type ClusterIP, port 19530; ingress.enabled false; extraConfigFiles.user.yaml with common.security settings commented out)",
      "https://milvus.io/docs/authenticate.md (Helm: common.security.authorizationEnabled: true under extraConfigFiles.user.yaml)",
    ],
  },
  {
    id: "qdrant/qdrant",
    name: "qdrant",
    upstream: { version: "1.19.0", appVersion: "v1.19.0", values: "https://github.com/qdrant/qdrant-helm/blob/qdrant-1.19.0/charts/qdrant/values.yaml" },
    defaults: {
      "image.repository": "docker.io/qdrant/qdrant",
      "image.tag": "",
      "service.type": "ClusterIP",
      "service.annotations": {},
      "ingress.enabled": false,
      "ingress.annotations": {},
      env: [],
      apiKey: false,
      readOnlyApiKey: false,
      containerSecurityContext: {},
      podSecurityContext: {},
    },
    components: [
      {
        name: "qdrant",
        productId: "qdrant",
        image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
        ports: [6333, 6334],
        service: { type: "service.type", annotations: "service.annotations" },
        routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
        env: [{ key: "env", shape: "list" }],
        securityContext: "containerSecurityContext",
        podSecurityContext: "podSecurityContext",
        settings: [
          // true: a generated key; a string: that key; a map: valueFrom a Secret.
          { key: "apiKey", env: "QDRANT__SERVICE__API_KEY" },
          { key: "readOnlyApiKey", env: "QDRANT__SERVICE__READ_ONLY_API_KEY" },
        ],
      },
    ],
    sources: [
      "https://github.com/qdrant/qdrant-helm/blob/qdrant-1.19.0/charts/qdrant/values.yaml (image docker.io/qdrant/qdrant, tag empty: the appVersion v1.19.0; service.type ClusterIP, ports 6333, 6334, 6335; ingress.enabled false; apiKey and readOnlyApiKey commented out: no key)",
      "https://github.com/qdrant/qdrant-helm/blob/qdrant-1.19.0/charts/qdrant/templates/_helpers.tpl (apiKey true: a generated key; a string: that key; valueFrom: a Secret)",
    ],
  },
  {
    id: "amikos-tech/chromadb",
    name: "chromadb",
    upstream: { version: "0.2.2", appVersion: "1.5.3", values: "https://github.com/amikos-tech/chromadb-chart/blob/chromadb-0.2.2/charts/chromadb-chart/values.yaml" },
    defaults: {
      "image.repository": "ghcr.io/chroma-core/chroma",
      "image.tag": "",
      "service.type": "ClusterIP",
      "ingress.enabled": false,
      "ingress.annotations": {},
      "chromadb.auth.enabled": true,
      "chromadb.serverHttpPort": 8000,
      "podSpec.securityContext": {},
    },
    components: [
      {
        name: "chromadb",
        productId: "chromadb",
        image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
        ports: [8000],
        service: { type: "service.type" },
        routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
        podSecurityContext: "podSpec.securityContext",
        // The chart configures token or basic auth for Chroma before 1.0; the 1.x server ignores both names.
        settings: [
          { key: "chromadb.auth.enabled", when: "true", env: "CHROMA_SERVER_AUTHN_PROVIDER", value: "chromadb.auth.token_authn.TokenAuthenticationServerProvider" },
          { key: "chromadb.auth.enabled", when: "true", env: "CHROMA_SERVER_AUTH_PROVIDER", value: "chromadb.auth.token.TokenAuthServerProvider" },
        ],
      },
    ],
    sources: [
      "https://github.com/amikos-tech/chromadb-chart/blob/chromadb-0.2.2/charts/chromadb-chart/values.yaml (image ghcr.io/chroma-core/chroma, tag empty: the appVersion 1.5.3; service.type ClusterIP; ingress.enabled false; chromadb.auth.enabled true, marked Legacy (< 1.0.0))",
      "https://github.com/amikos-tech/chromadb-chart/blob/chromadb-0.2.2/charts/chromadb-chart/templates/config.yaml (CHROMA_SERVER_AUTH_PROVIDER and CHROMA_SERVER_AUTHN_PROVIDER set when auth is enabled)",
    ],
  },
  {
    id: "bitnami/redis",
    name: "redis",
    distinct: { valuesKey: "master", repository: "bitnami" },
    upstream: { version: "23.1.1", values: "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/redis/values.yaml" },
    defaults: {
      "image.registry": "docker.io",
      "image.repository": "bitnami/redis",
      "image.tag": "8.2.1-debian-12-r0",
      architecture: "replication",
      "auth.enabled": true,
      "master.service.type": "ClusterIP",
      "master.service.annotations": {},
      "master.extraEnvVars": [],
      "master.containerSecurityContext": {},
      "master.podSecurityContext": {},
      "replica.service.type": "ClusterIP",
      "replica.service.annotations": {},
      "replica.extraEnvVars": [],
      "replica.containerSecurityContext": {},
      "replica.podSecurityContext": {},
    },
    components: ["master", "replica"].map(
      (role): ChartComponent => ({
        name: role,
        productId: "bitnami-redis",
        ...(role === "replica" ? { enabled: { key: "architecture", when: "replication" } } : {}),
        image: { registry: "image.registry", repository: "image.repository", tag: "image.tag" },
        ports: [6379],
        service: { type: `${role}.service.type`, annotations: `${role}.service.annotations` },
        env: [{ key: `${role}.extraEnvVars`, shape: "list" }],
        securityContext: `${role}.containerSecurityContext`,
        podSecurityContext: `${role}.podSecurityContext`,
        // auth.enabled false: the chart starts Redis with ALLOW_EMPTY_PASSWORD=yes.
        settings: [{ key: "auth.enabled", when: "false", env: "ALLOW_EMPTY_PASSWORD", value: "yes" }],
      }),
    ),
    sources: [
      "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/redis/values.yaml (chart 23.1.1: image docker.io/bitnami/redis:8.2.1-debian-12-r0; architecture replication; auth.enabled true; master.service.type and replica.service.type ClusterIP)",
      "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/redis/templates/master/application.yaml (ALLOW_EMPTY_PASSWORD from auth.enabled)",
    ],
  },
  {
    id: "bitnami/valkey",
    name: "valkey",
    distinct: { valuesKey: "primary", repository: "bitnami" },
    upstream: { version: "4.0.2", values: "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/valkey/values.yaml" },
    defaults: {
      "image.registry": "docker.io",
      "image.repository": "bitnami/valkey",
      "image.tag": "8.1.3-debian-12-r3",
      architecture: "replication",
      "auth.enabled": true,
      "primary.service.type": "ClusterIP",
      "primary.service.annotations": {},
      "primary.extraEnvVars": [],
      "primary.containerSecurityContext": {},
      "primary.podSecurityContext": {},
      "replica.service.type": "ClusterIP",
      "replica.service.annotations": {},
      "replica.extraEnvVars": [],
      "replica.containerSecurityContext": {},
      "replica.podSecurityContext": {},
    },
    components: ["primary", "replica"].map(
      (role): ChartComponent => ({
        name: role,
        productId: "valkey",
        ...(role === "replica" ? { enabled: { key: "architecture", when: "replication" } } : {}),
        image: { registry: "image.registry", repository: "image.repository", tag: "image.tag" },
        argv: ["valkey-server"],
        ports: [6379],
        service: { type: `${role}.service.type`, annotations: `${role}.service.annotations` },
        env: [{ key: `${role}.extraEnvVars`, shape: "list" }],
        securityContext: `${role}.containerSecurityContext`,
        podSecurityContext: `${role}.podSecurityContext`,
        // auth.enabled: the image's start script passes the chart's password with --requirepass.
        settings: [{ key: "auth.enabled", when: "true", flag: "--requirepass" }],
      }),
    ),
    sources: [
      "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/valkey/values.yaml (chart 4.0.2: image docker.io/bitnami/valkey:8.1.3-debian-12-r3; architecture replication; auth.enabled true; primary.service.type and replica.service.type ClusterIP)",
    ],
  },
  {
    id: "ray-project/ray-cluster",
    name: "ray-cluster",
    upstream: { version: "1.7.0", values: "https://github.com/ray-project/kuberay/blob/v1.7.0/helm-chart/ray-cluster/values.yaml" },
    defaults: {
      "image.repository": "rayproject/ray",
      "image.tag": "2.52.0",
      "service.type": "ClusterIP",
      "common.containerEnv": [],
      "head.containerEnv": [],
      "head.securityContext": {},
      "head.podSecurityContext": {},
    },
    components: [
      {
        name: "head",
        productId: "ray",
        image: { repository: "image.repository", tag: "image.tag" },
        // KubeRay starts the head with the dashboard on every interface.
        argv: ["ray", "start", "--head", "--dashboard-host=0.0.0.0"],
        ports: [8265, 10001, 6379],
        service: { type: "service.type" },
        env: [
          { key: "common.containerEnv", shape: "list" },
          { key: "head.containerEnv", shape: "list" },
        ],
        securityContext: "head.securityContext",
        podSecurityContext: "head.podSecurityContext",
      },
    ],
    sources: [
      "https://github.com/ray-project/kuberay/blob/v1.7.0/helm-chart/ray-cluster/values.yaml (image rayproject/ray:2.52.0; service.type ClusterIP: the head Service's type; common.containerEnv and head.containerEnv)",
      "https://github.com/ray-project/kuberay/blob/v1.7.0/helm-chart/ray-cluster/templates/raycluster-cluster.yaml (headGroupSpec.serviceType from service.type)",
    ],
  },
  {
    id: "jupyterhub/jupyterhub",
    name: "jupyterhub",
    upstream: { version: "4.4.0", values: "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/4.4.0/jupyterhub/values.yaml" },
    defaults: {
      "proxy.chp.image.name": "quay.io/jupyterhub/configurable-http-proxy",
      "proxy.chp.image.tag": "5.2.0",
      "proxy.service.type": "LoadBalancer",
      "proxy.service.annotations": {},
      "ingress.enabled": false,
      "ingress.annotations": {},
      "hub.config.JupyterHub.authenticator_class": "dummy",
      "hub.config.DummyAuthenticator.password": null,
    },
    components: [
      {
        // proxy-public: the proxy in front of the hub's login and every user's notebook server.
        name: "proxy",
        productId: "jupyterhub",
        image: { repository: "proxy.chp.image.name", tag: "proxy.chp.image.tag" },
        ports: [8000],
        service: { type: "proxy.service.type", annotations: "proxy.service.annotations" },
        routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
        securityContext: "proxy.chp.containerSecurityContext",
        settings: [
          // DummyAuthenticator: any user name with any password, unless DummyAuthenticator.password is set.
          { key: "hub.config.JupyterHub.authenticator_class", when: "dummy|jupyterhub\\.auth\\.DummyAuthenticator", unless: "hub.config.DummyAuthenticator.password", config: "authenticator_class: dummy" },
        ],
      },
    ],
    sources: [
      "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/4.4.0/jupyterhub/values.yaml (hub.config.JupyterHub.authenticator_class dummy; proxy.service.type LoadBalancer; ingress.enabled false; proxy.chp.image quay.io/jupyterhub/configurable-http-proxy:5.2.0)",
      "https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/4.4.0/docs/source/administrator/authentication.md (the default DummyAuthenticator allows anyone to log in with any username and password; DummyAuthenticator.password sets a shared password)",
    ],
  },
  {
    id: "community-charts/mlflow",
    name: "mlflow",
    upstream: { version: "1.11.5", appVersion: "3.15.1", values: "https://github.com/community-charts/helm-charts/blob/mlflow-1.11.5/charts/mlflow/values.yaml" },
    defaults: {
      "image.repository": "burakince/mlflow",
      "image.tag": "",
      "service.enabled": true,
      "service.type": "ClusterIP",
      "service.annotations": {},
      "ingress.enabled": false,
      "ingress.annotations": {},
      serverHost: "0.0.0.0",
      "auth.enabled": false,
      "auth.appName": "basic-auth",
      "ldapAuth.enabled": false,
      "oidcAuth.enabled": false,
      extraEnvVars: {},
      securityContext: {},
      podSecurityContext: {},
    },
    components: [
      {
        name: "mlflow",
        productId: "mlflow",
        image: { repository: "image.repository", tag: "image.tag", defaultTag: "{appVersion}" },
        argv: ["mlflow", "server", "--host={serverHost}"],
        ports: [5000],
        service: { type: "service.type", annotations: "service.annotations", enabled: "service.enabled" },
        routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
        env: [{ key: "extraEnvVars", shape: "map" }],
        ...STANDARD,
        settings: [
          { key: "oidcAuth.enabled", when: "true", flag: "--app-name", value: "oidc-auth" },
          { key: "auth.enabled", when: "true", flag: "--app-name", value: "basic-auth" },
          { key: "ldapAuth.enabled", when: "true", flag: "--app-name", value: "basic-auth" },
        ],
      },
    ],
    sources: [
      "https://github.com/community-charts/helm-charts/blob/mlflow-1.11.5/charts/mlflow/values.yaml (image burakince/mlflow, tag empty: the appVersion 3.15.1; service.type ClusterIP, containerPort 5000; ingress.enabled false; serverHost 0.0.0.0; auth.enabled, ldapAuth.enabled, oidcAuth.enabled false)",
      "https://github.com/community-charts/helm-charts/blob/mlflow-1.11.5/charts/mlflow/templates/deployment.yaml (--host={{ .Values.serverHost }}; --app-name=oidc-auth, auth.appName or basic-auth when one of the auth keys is on)",
    ],
  },
  {
    id: "bitnami/mlflow",
    name: "mlflow",
    distinct: { valuesKey: "tracking", repository: "bitnami" },
    upstream: { version: "5.3.0", values: "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/mlflow/values.yaml" },
    defaults: {
      "image.registry": "docker.io",
      "image.repository": "bitnami/mlflow",
      "image.tag": "3.3.2-debian-12-r0",
      "tracking.enabled": true,
      "tracking.host": "0.0.0.0",
      "tracking.service.type": "LoadBalancer",
      "tracking.service.annotations": {},
      "tracking.ingress.enabled": false,
      "tracking.ingress.annotations": {},
      "tracking.auth.enabled": true,
      "tracking.extraEnvVars": [],
      "tracking.containerSecurityContext": {},
      "tracking.podSecurityContext": {},
    },
    components: [
      {
        name: "tracking",
        productId: "mlflow",
        enabled: { key: "tracking.enabled" },
        image: { registry: "image.registry", repository: "image.repository", tag: "image.tag" },
        argv: ["mlflow", "server", "--host={tracking.host}"],
        ports: [5000],
        service: { type: "tracking.service.type", annotations: "tracking.service.annotations" },
        routes: [{ enabled: "tracking.ingress.enabled", annotations: "tracking.ingress.annotations" }],
        env: [{ key: "tracking.extraEnvVars", shape: "list" }],
        securityContext: "tracking.containerSecurityContext",
        podSecurityContext: "tracking.podSecurityContext",
        settings: [{ key: "tracking.auth.enabled", when: "true", flag: "--app-name", value: "basic-auth" }],
      },
    ],
    sources: [
      "https://github.com/bitnami/charts/blob/5165628ae06697f8f68a670bef7739d93c4b7f44/bitnami/mlflow/values.yaml (chart 5.3.0: image docker.io/bitnami/mlflow:3.3.2-debian-12-r0; tracking.host 0.0.0.0; tracking.service.type LoadBalancer; tracking.auth.enabled true; tracking.ingress.enabled false)",
    ],
  },
  {
    id: "vllm-project/vllm-stack",
    name: "vllm-stack",
    upstream: { version: "0.1.12", values: "https://github.com/vllm-project/production-stack/blob/vllm-stack-0.1.12/helm/values.yaml" },
    defaults: {
      "routerSpec.enableRouter": true,
      "routerSpec.repository": "lmcache/lmstack-router",
      "routerSpec.tag": "latest",
      "routerSpec.serviceType": "ClusterIP",
      "routerSpec.serviceAnnotations": {},
      "routerSpec.ingress.enabled": false,
      "routerSpec.ingress.annotations": {},
      "routerSpec.env": [],
      "routerSpec.containerSecurityContext": {},
      "routerSpec.securityContext": {},
      "routerSpec.vllmApiKey.secretName": "",
      "servingEngineSpec.vllmApiKey": { secretName: "", secretKey: "" },
    },
    components: [
      {
        // The router serves the engines' OpenAI-compatible API; it and the engines check VLLM_API_KEY.
        name: "router",
        productId: "vllm",
        enabled: { key: "routerSpec.enableRouter" },
        image: { repository: "routerSpec.repository", tag: "routerSpec.tag" },
        ports: [8000],
        service: { type: "routerSpec.serviceType", annotations: "routerSpec.serviceAnnotations" },
        routes: [{ enabled: "routerSpec.ingress.enabled", annotations: "routerSpec.ingress.annotations" }],
        env: [{ key: "routerSpec.env", shape: "list" }],
        securityContext: "routerSpec.containerSecurityContext",
        podSecurityContext: "routerSpec.securityContext",
        settings: [
          { key: "routerSpec.vllmApiKey.secretName", env: "VLLM_API_KEY" },
          // A string, or a map naming an existing Secret (the default map names none).
          { key: "servingEngineSpec.vllmApiKey", env: "VLLM_API_KEY" },
        ],
      },
    ],
    sources: [
      "https://github.com/vllm-project/production-stack/blob/vllm-stack-0.1.12/helm/values.yaml (routerSpec: repository lmcache/lmstack-router, tag latest, serviceType ClusterIP, ingress.enabled false, containerPort 8000; servingEngineSpec.vllmApiKey with empty secretName and secretKey)",
      "https://github.com/vllm-project/production-stack/blob/vllm-stack-0.1.12/helm/templates/deployment-router.yaml (VLLM_API_KEY from routerSpec.vllmApiKey or servingEngineSpec.vllmApiKey)",
    ],
  },
  {
    id: "berriai/litellm-helm",
    name: "litellm-helm",
    upstream: { version: "1.1.0", appVersion: "v1.80.12", values: "https://github.com/BerriAI/litellm/blob/fba16f9a2c554d0c11b234dea99fffc761c4d634/deploy/charts/litellm-helm/values.yaml" },
    defaults: {
      "image.repository": "ghcr.io/berriai/litellm-database",
      "image.tag": "",
      "service.type": "ClusterIP",
      "ingress.enabled": false,
      "ingress.annotations": {},
      "proxy_config.general_settings.master_key": "os.environ/PROXY_MASTER_KEY",
      envVars: {},
      extraEnvVars: {},
      securityContext: {},
      podSecurityContext: {},
    },
    components: [
      {
        name: "litellm",
        productId: "litellm",
        image: { repository: "image.repository", tag: "image.tag", defaultTag: "main-{appVersion}" },
        ports: [4000],
        service: { type: "service.type" },
        routes: [{ enabled: "ingress.enabled", annotations: "ingress.annotations" }],
        env: [
          { key: "envVars", shape: "map" },
          { key: "extraEnvVars", shape: "list" },
        ],
        ...STANDARD,
        // The chart generates a master key into a Secret (PROXY_MASTER_KEY) that the default proxy_config names.
        settings: [{ key: "proxy_config.general_settings.master_key", env: "LITELLM_MASTER_KEY" }],
      },
    ],
    sources: [
      "https://github.com/BerriAI/litellm/blob/fba16f9a2c554d0c11b234dea99fffc761c4d634/deploy/charts/litellm-helm/values.yaml (image ghcr.io/berriai/litellm-database; service.type ClusterIP, port 4000; ingress.enabled false; proxy_config.general_settings.master_key os.environ/PROXY_MASTER_KEY; masterkey generated when unset)",
      "https://github.com/BerriAI/litellm/blob/f77fbefc22e81aff0ae4cd106426482fc0abe482/deploy/charts/litellm-helm/templates/deployment.yaml (image tag default main-<appVersion>; PROXY_MASTER_KEY from the master key Secret)",
      "https://github.com/BerriAI/litellm/blob/56fab12fbeb71884f547223bfe710988f398263a/deploy/charts/litellm-helm/Chart.yaml (name litellm-helm, version 1.1.0, appVersion v1.80.12)",
    ],
  },
];

/** The well-known chart a Chart.yaml `name` (and, to tell same-named charts apart, its values' top-level keys or a dependency's repository) names. */
export function wellKnownChart(name: string, clue: { valuesKeys?: Set<string>; repository?: string }): WellKnownChart | undefined {
  const named = WELL_KNOWN_CHARTS.filter((c) => c.name === name);
  const distinct = named.find((c) => (c.distinct?.valuesKey !== undefined && clue.valuesKeys?.has(c.distinct.valuesKey)) || (c.distinct?.repository !== undefined && clue.repository !== undefined && clue.repository.toLowerCase().includes(c.distinct.repository)));
  return distinct ?? named.find((c) => !c.distinct);
}

export function chartById(id: string): WellKnownChart | undefined {
  return WELL_KNOWN_CHARTS.find((c) => c.id === id);
}
