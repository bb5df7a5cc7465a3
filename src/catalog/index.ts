// The embedded catalog: one file per product under products/.
import type { Catalog } from "./types.js";
import { aiDockComfyui } from "./products/ai-dock-comfyui.js";
import { anythingllm } from "./products/anythingllm.js";
import { arizePhoenix } from "./products/arize-phoenix.js";
import { bitnamiRedis } from "./products/bitnami-redis.js";
import { chromadb } from "./products/chromadb.js";
import { chromadbPython } from "./products/chromadb-python.js";
import { clearml } from "./products/clearml.js";
import { clickhouse } from "./products/clickhouse.js";
import { comfyui } from "./products/comfyui.js";
import { elasticsearch } from "./products/elasticsearch.js";
import { fastchatController } from "./products/fastchat-controller.js";
import { fastchatModelWorker } from "./products/fastchat-model-worker.js";
import { fastchatOpenaiApi } from "./products/fastchat-openai-api.js";
import { flowise } from "./products/flowise.js";
import { grafana } from "./products/grafana.js";
import { infinity } from "./products/infinity.js";
import { h2ogpt } from "./products/h2ogpt.js";
import { jupyter } from "./products/jupyter.js";
import { jupyterhub } from "./products/jupyterhub.js";
import { keycloak } from "./products/keycloak.js";
import { khoj } from "./products/khoj.js";
import { kibana } from "./products/kibana.js";
import { langflow } from "./products/langflow.js";
import { letta } from "./products/letta.js";
import { litellm } from "./products/litellm.js";
import { localai } from "./products/localai.js";
import { mariadb } from "./products/mariadb.js";
import { kubeflowJupyter } from "./products/kubeflow-jupyter.js";
import { milvus } from "./products/milvus.js";
import { minio } from "./products/minio.js";
import { mlflow } from "./products/mlflow.js";
import { mongodb } from "./products/mongodb.js";
import { mysql } from "./products/mysql.js";
import { n8n } from "./products/n8n.js";
import { nats } from "./products/nats.js";
import { neo4j } from "./products/neo4j.js";
import { nvidiaNim } from "./products/nvidia-nim.js";
import { ollama } from "./products/ollama.js";
import { openWebui } from "./products/open-webui.js";
import { openhands } from "./products/openhands.js";
import { opensearch } from "./products/opensearch.js";
import { pgvector } from "./products/pgvector.js";
import { postgres } from "./products/postgres.js";
import { prometheus } from "./products/prometheus.js";
import { qdrant } from "./products/qdrant.js";
import { rabbitmq } from "./products/rabbitmq.js";
import { ray } from "./products/ray.js";
import { redis } from "./products/redis.js";
import { redisStack } from "./products/redis-stack.js";
import { saxmlHttp } from "./products/saxml-http.js";
import { seaweedfs } from "./products/seaweedfs.js";
import { sglang } from "./products/sglang.js";
import { stableDiffusionWebui } from "./products/stable-diffusion-webui.js";
import { tei } from "./products/tei.js";
import { tensorboard } from "./products/tensorboard.js";
import { tensorflowServing } from "./products/tensorflow-serving.js";
import { textGenerationWebui } from "./products/text-generation-webui.js";
import { tgi } from "./products/tgi.js";
import { torchserve } from "./products/torchserve.js";
import { triton } from "./products/triton.js";
import { valkey } from "./products/valkey.js";
import { vllm } from "./products/vllm.js";
import { weaviate } from "./products/weaviate.js";
import { xinference } from "./products/xinference.js";

// The advisory data (./advisories/index.ts) is loaded by the scan only when the tree has components.
export const catalog: Catalog = {
  products: [
    aiDockComfyui,
    anythingllm,
    arizePhoenix,
    bitnamiRedis,
    chromadb,
    chromadbPython,
    clearml,
    clickhouse,
    comfyui,
    elasticsearch,
    fastchatController,
    fastchatModelWorker,
    fastchatOpenaiApi,
    flowise,
    grafana,
    h2ogpt,
    infinity,
    jupyter,
    jupyterhub,
    keycloak,
    khoj,
    kibana,
    kubeflowJupyter,
    langflow,
    letta,
    litellm,
    localai,
    mariadb,
    milvus,
    minio,
    mlflow,
    mongodb,
    mysql,
    n8n,
    nats,
    neo4j,
    nvidiaNim,
    ollama,
    openWebui,
    openhands,
    opensearch,
    pgvector,
    postgres,
    prometheus,
    qdrant,
    rabbitmq,
    ray,
    redis,
    redisStack,
    saxmlHttp,
    seaweedfs,
    sglang,
    stableDiffusionWebui,
    tei,
    tensorboard,
    tensorflowServing,
    textGenerationWebui,
    tgi,
    torchserve,
    triton,
    valkey,
    vllm,
    weaviate,
    xinference,
  ],
};
