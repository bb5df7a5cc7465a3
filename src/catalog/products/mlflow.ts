import type { ProductDef } from "../types.js";

export const mlflow: ProductDef = {
  id: "mlflow",
  name: "MLflow Tracking Server",
  impact: "code-execution",
  images: ["ghcr.io/mlflow/mlflow"],
  commands: ["\\bmlflow\\s+(server|ui)\\b"],
  ports: [{ port: 5000, purpose: "tracking server UI and REST API (experiments, models, artifacts)" }],
  listen: {
    // --host (env MLFLOW_HOST) defaults to 127.0.0.1; the image does not start a server by itself.
    default: "loopback",
    allInterfaces: [
      { flag: "--host", value: "0\\.0\\.0\\.0|::" },
      { flag: "-h", value: "0\\.0\\.0\\.0|::" },
      { env: "MLFLOW_HOST", value: "0\\.0\\.0\\.0|::" },
    ],
  },
  auth: [
    {
      builtIn: "off",
      // `--app-name basic-auth` is the built-in app; other values load auth plugins (e.g. OIDC).
      enabledBy: [{ flag: "--app-name" }],
      summary: "MLflow has no authentication unless the server is started with --app-name basic-auth (or an auth plugin app).",
    },
  ],
  // mlflow-skinny is MLflow without the server and UI, released under mlflow's version numbers: it carries the
  // client code (model loading, projects) that several advisories are about.
  packages: [
    { ecosystem: "PyPI", name: "mlflow" },
    { ecosystem: "PyPI", name: "mlflow-skinny" },
  ],
  // Pre-releases such as 2.22.0rc0 and 3.10.1.dev0 appear in advisory ranges.
  versionScheme: "pep440",
  sources: [
    "https://github.com/mlflow/mlflow/blob/master/mlflow/utils/cli_args.py (--host/-h envvar MLFLOW_HOST default 127.0.0.1; --port default 5000)",
    "https://mlflow.org/docs/latest/self-hosting/security/basic-http-auth (mlflow server --app-name basic-auth)",
    "https://mlflow.org/docs/latest/self-hosting/security/custom (auth plugins as apps)",
    "https://osv.dev/vulnerability/PYSEC-2026-1640 (PyPI mlflow; ranges with 3.0.0rc0)",
    "https://anaconda.org/channels/anaconda-python-gte-3.10/packages/mlflow-skinny/files (\"lightweight MLflow package without SQL storage, server, UI\"; versions 2.3.1 … 2.12.2 as mlflow's)",
  ],
};
