import type { ProductDef } from "../types.js";

export const triton: ProductDef = {
  id: "triton",
  name: "NVIDIA Triton Inference Server",
  // With --model-control-mode=explicit|poll the load/unload API makes this model-control, but impact
  // is per product and cannot depend on a flag; the default mode (none) serves inference only.
  impact: "inference",
  images: ["nvcr.io/nvidia/tritonserver"],
  commands: ["(^|/|\\s)tritonserver(\\s|$)"],
  // Tags are container releases such as `25.07-py3`; the version is the YY.MM release. `-py3-sdk` tags are
  // the client SDK (perf_analyzer, genai-perf): no server in them, so no server version.
  tagVersion: "^(\\d{2}\\.\\d{2})(?![\\w.-]*-sdk$)",
  ports: [
    { port: 8000, purpose: "HTTP/REST inference and management API" },
    { port: 8001, purpose: "gRPC inference and management API" },
    { port: 8002, purpose: "Prometheus metrics", sensitive: false },
  ],
  listen: {
    // --http-address, --grpc-address and --metrics-address all default to 0.0.0.0.
    default: "all",
  },
  auth: [
    {
      builtIn: "none",
      summary:
        "Triton has no authentication; --http-restricted-api/--grpc-restricted-api only gate chosen API groups behind a header, and inference stays open.",
    },
  ],
  // NVIDIA's bulletins name container releases (`25.07`), not Triton's own 2.x numbers.
  versionScheme: "calendar",
  sources: [
    "https://docs.nvidia.com/deeplearning/triton-inference-server/user-guide/docs/perf_analyzer/docs/install.html (perf_analyzer runs from the Triton SDK container, nvcr.io/nvidia/tritonserver:${RELEASE}-py3-sdk)",
    "https://nvidia.custhelp.com/app/answers/detail/a_id/5865 (bulletins give affected and fixed container releases: \"0.0-26.05\" fixed in 26.06)",
    "https://github.com/triton-inference-server/server/blob/main/src/command_line_parser.h (http_address_ 0.0.0.0:8000, metrics_port_ 8002)",
    "https://github.com/triton-inference-server/server/blob/main/src/grpc/grpc_server.h (address_ 0.0.0.0, port_ 8001)",
    "https://github.com/triton-inference-server/server/blob/main/src/command_line_parser.cc (--model-control-mode, --http-restricted-api)",
  ],
};
