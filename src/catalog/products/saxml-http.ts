import type { ProductDef } from "../types.js";

export const saxmlHttp: ProductDef = {
  id: "saxml-http",
  name: "Saxml HTTP server",
  // Publishes, updates and unpublishes models of the Sax cell (model path, checkpoint, replicas).
  impact: "model-control",
  images: ["us-docker.pkg.dev/cloud-tpu-images/inference/sax-http"],
  ports: [{ port: 8888, purpose: "HTTP API (/publish, /update, /unpublish, /generate, /listall)" }],
  listen: {
    // The documented `docker run -p 8888:8888` answers on the published port: every interface.
    default: "all",
  },
  auth: [
    {
      builtIn: "none",
      summary: "The Saxml HTTP server has no authentication: anyone who reaches port 8888 can publish, update and unpublish models of the Sax cell and generate with them.",
    },
  ],
  sources: [
    "https://github.com/GoogleCloudPlatform/ai-on-gke/blob/main/tools/saxml-on-gke/httpserver/README.md (port 8888; /publish, /update, /unpublish, /generate, /listall, /listcell take JSON bodies with no credential)",
    "https://cloud.google.com/kubernetes-engine/docs/tutorials/tpu-multihost-saxml (prebuilt HTTP server image sax-http behind a load balancer)",
  ],
};
