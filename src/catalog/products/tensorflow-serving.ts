import type { ProductDef } from "../types.js";

export const tensorflowServing: ProductDef = {
  id: "tensorflow-serving",
  name: "TensorFlow Serving",
  // The gRPC ModelService reloads the served-model config (which models, from which base paths).
  impact: "model-control",
  images: ["tensorflow/serving"],
  commands: ["(^|/|\\s)tensorflow_model_server(\\s|$)"],
  ports: [
    { port: 8500, purpose: "gRPC API (PredictionService; ModelService reloads the model config)" },
    { port: 8501, purpose: "REST API (predict, classify, model status and metadata)" },
  ],
  listen: {
    // The gRPC server binds 0.0.0.0:<port>; the image starts both ports.
    default: "all",
  },
  auth: [
    {
      builtIn: "none",
      summary: "TensorFlow Serving has no authentication: anyone who reaches it runs inference, and through gRPC can reload which models it serves.",
    },
  ],
  sources: [
    "https://github.com/tensorflow/serving/blob/master/tensorflow_serving/tools/docker/Dockerfile (GRPC_PORT 8500, PORT 8501, EXPOSE both; tf_serving_entrypoint.sh runs tensorflow_model_server --port=${GRPC_PORT} --rest_api_port=${PORT})",
    "https://github.com/tensorflow/serving/blob/master/tensorflow_serving/model_servers/server.cc (gRPC server on \"0.0.0.0:\" + port with InsecureServerCredentials; ModelService and PredictionService registered)",
    "https://github.com/tensorflow/serving/blob/master/tensorflow_serving/apis/model_service.proto (HandleReloadConfigRequest: reloads the set of served models)",
  ],
};
