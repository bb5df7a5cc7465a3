import type { ProductDef } from "../types.js";
import { ALL_INTERFACES_VALUE, LOOPBACK_VALUE } from "../addresses.js";

export const tensorboard: ProductDef = {
  id: "tensorboard",
  name: "TensorBoard",
  // Training logs, metrics, graphs, embeddings and profiles of the runs it reads.
  impact: "web-app",
  // No image of its own: it runs from the TensorFlow or a training image, known by its command.
  images: [],
  commands: ["(^|/|\\s)tensorboard(\\s|$)"],
  ports: [{ port: 6006, purpose: "web UI and data API" }],
  listen: {
    // --host defaults to localhost; --bind_all or --host 0.0.0.0 serves every interface.
    default: "loopback",
    allInterfaces: [
      { flag: "--bind_all", value: "" },
      { flag: "--host", value: ALL_INTERFACES_VALUE },
    ],
    loopbackOnly: [{ flag: "--host", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "none",
      summary: "TensorBoard has no authentication: anyone who reaches it reads every run's logs, metrics and profiles under its --logdir.",
    },
  ],
  sources: [
    "https://github.com/tensorflow/tensorboard/blob/master/tensorboard/plugins/core/core_plugin.py (--host: what host to listen to, default localhost; --bind_all serves on all public interfaces; --port default 6006; no authentication flag)",
  ],
};
