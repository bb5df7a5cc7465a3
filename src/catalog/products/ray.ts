import type { ProductDef } from "../types.js";

export const ray: ProductDef = {
  id: "ray",
  name: "Ray",
  // The Jobs API on the dashboard port runs arbitrary code (ShadowRay, CVE-2023-48022).
  impact: "code-execution",
  images: ["rayproject/ray", "rayproject/ray-ml"],
  commands: ["\\bray\\s+start\\b.*--head"],
  // KubeRay's resources state the Ray version their pods run; custom images built on Ray seldom say it in their tag.
  declaredVersion: [{ apiGroup: "ray.io", kinds: ["RayCluster", "RayService", "RayJob", "RayCronJob"], field: "rayVersion" }],
  ports: [
    { port: 8265, purpose: "dashboard and Jobs API (job submission runs code)" },
    { port: 10001, purpose: "Ray Client server" },
    { port: 6379, purpose: "GCS server" },
    // The dashboard agent's HTTP server on every node (job agent, node-level APIs).
    { port: 52365, purpose: "dashboard agent HTTP server" },
    // Ray Serve's HTTP proxy (DEFAULT_HTTP_PORT; DEFAULT_HTTP_HOST 127.0.0.1 unless http_options says otherwise).
    // It serves the user's own deployed applications, which a RayService exists to publish, and none of Ray's
    // control APIs: a route to it alone does not hand over the cluster (their authentication is the application's).
    { port: 8000, purpose: "Ray Serve HTTP proxy (deployed applications)", sensitive: false },
  ],
  listen: {
    // Describes the dashboard/Jobs API: DEFAULT_DASHBOARD_IP is 127.0.0.1 unless --dashboard-host is given.
    default: "loopback",
    allInterfaces: [{ flag: "--dashboard-host", value: "0\\.0\\.0\\.0|::" }],
  },
  auth: [
    {
      versions: "<2.52.0",
      builtIn: "none",
      summary: "Ray before 2.52.0 has no authentication: anyone who reaches the dashboard port can submit jobs that run code.",
    },
    {
      versions: ">=2.52.0 <2.59.0",
      builtIn: "off",
      disabledBy: [{ env: "RAY_AUTH_MODE", value: "disabled" }],
      enabledBy: [{ env: "RAY_AUTH_MODE", value: "token" }],
      summary: "Ray 2.52+ has token authentication, but it is disabled unless RAY_AUTH_MODE=token is set on every node.",
    },
    {
      // 2.59 turns it on by default only for a local cluster that ray.init() starts. `ray start --head` (how
      // KubeRay, compose files and Dockerfiles start Ray) turns it on only when a token is already given; an
      // explicit RAY_AUTH_MODE wins. The docs announce default-on for every cluster in 2.61: not verified, not
      // assumed, so a later version is judged like this one until it is.
      versions: ">=2.59.0",
      builtIn: "off",
      disabledBy: [{ env: "RAY_AUTH_MODE", value: "disabled" }],
      enabledBy: [{ env: "RAY_AUTH_MODE", value: "token" }, { env: "RAY_AUTH_TOKEN" }, { env: "RAY_AUTH_TOKEN_PATH" }],
      summary:
        "Ray 2.59+ enables token authentication by default only for a local cluster that ray.init() starts; a cluster started with ray start (KubeRay, containers) has it only with RAY_AUTH_MODE=token or a token given to the head (RAY_AUTH_TOKEN, RAY_AUTH_TOKEN_PATH).",
    },
  ],
  designAdvisories: [{ id: "CVE-2025-34351", why: "token authentication off by default is the auth behaviour above, judged where Ray is reachable" }],
  packages: [{ ecosystem: "PyPI", name: "ray" }],
  sources: [
    "https://github.com/ray-project/ray/blob/master/python/ray/_private/ray_constants.py (DEFAULT_PORT 6379, DEFAULT_DASHBOARD_IP 127.0.0.1, DEFAULT_DASHBOARD_PORT 8265)",
    "https://github.com/ray-project/ray/blob/master/python/ray/_private/ray_constants.py (DEFAULT_DASHBOARD_AGENT_LISTEN_PORT 52365)",
    "https://github.com/ray-project/ray/blob/75f2f86c45f077e3780cb2fef2080f17af19f6b4/python/ray/serve/_private/constants.py (DEFAULT_HTTP_HOST 127.0.0.1, DEFAULT_HTTP_PORT 8000)",
    "https://docs.ray.io/en/latest/ray-security/token-auth.html (token authentication from 2.52.0, disabled by default, RAY_AUTH_MODE=token)",
    "https://docs.ray.io/en/master/ray-core/internals/token-authentication.html (RAY_AUTH_MODE: disabled (default) | token)",
    "https://github.com/advisories/GHSA-gx77-xgc2-4888 (CVE-2025-34351, token auth disabled by default)",
    "https://github.com/ray-project/ray/pull/64755 (enable_token_auth_by_default: token authentication on by default for a new local ray.init() cluster; maybe_enable_token_auth_if_token_available: ray start --head enables it when RAY_AUTH_TOKEN, RAY_AUTH_TOKEN_PATH or ~/.ray/auth_token gives a token; an explicit RAY_AUTH_MODE is respected)",
    "https://github.com/ray-project/ray/pull/66248 (the change above cherry-picked into 2.59.0)",
    "https://docs.ray.io/en/latest/ray-security/token-auth.html (site banner: \"Ray 2.59 enables token authentication by default for local clusters, and Ray 2.61 extends it to all clusters\"; the 2.61 part is not verified and not assumed here)",
    "https://www.cve.org/CVERecord?id=CVE-2023-48022 (unauthenticated job submission)",
    "https://github.com/ray-project/kuberay/blob/master/ray-operator/apis/ray/v1/raycluster_types.go (RayClusterSpec.RayVersion: the version of Ray the cluster runs)",
    "https://osv.dev/vulnerability/PYSEC-2026-2273 (PyPI ray)",
  ],
};
