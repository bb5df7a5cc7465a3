import type { ProductDef } from "../types.js";

export const kubeflowJupyter: ProductDef = {
  id: "kubeflow-jupyter",
  name: "JupyterLab (Kubeflow notebook image)",
  impact: "code-execution",
  // Kubeflow's example notebook server images; the codeserver and rstudio images of the same family run other servers.
  images: ["ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter*", "kubeflownotebookswg/jupyter*"],
  ports: [{ port: 8888, purpose: "JupyterLab (terminals and kernels run code)" }],
  listen: {
    // The image's start script passes --ip=0.0.0.0.
    default: "all",
  },
  auth: [
    {
      // Kubeflow authenticates in front of the notebook (Istio gateway with oauth2-proxy / Dex), so the
      // image's s6 service starts JupyterLab with an empty token and password.
      builtIn: "none",
      summary:
        "Kubeflow's Jupyter notebook images start JupyterLab with an empty token and password (--ServerApp.token=\"\"), relying on the Kubeflow gateway to authenticate: anyone who reaches port 8888 another way runs code.",
    },
  ],
  sources: [
    "https://github.com/kubeflow/notebooks/blob/notebooks-v1/components/example-notebook-servers/jupyter/s6/services.d/jupyterlab/run (jupyter lab --ip=0.0.0.0 --port=8888 --ServerApp.token=\"\" --ServerApp.password=\"\" --ServerApp.allow_origin=\"*\")",
    "https://github.com/kubeflow/notebooks/blob/notebooks-v1/components/crud-web-apps/jupyter/manifests/base/configs/spawner_ui_config.yaml (images ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-scipy, jupyter-pytorch-full, jupyter-tensorflow-full …)",
    "https://github.com/kubeflow/notebooks/releases/tag/v1.11.0 (the example server images stay under ghcr.io/kubeflow/kubeflow/notebook-servers/…)",
    "https://www.kubeflow.org/docs/components/notebooks/container-images/ (the same images as kubeflownotebookswg/jupyter, kubeflownotebookswg/jupyter-scipy …)",
  ],
};
