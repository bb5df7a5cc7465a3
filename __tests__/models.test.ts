// The models a stack serves, as the inventory lists them: named by a server's own settings (catalog data), by
// `ollama pull|run` wherever it runs, and by Hugging Face ids in env vars named for a model.
import { describe, expect, it } from "vitest";
import { makeTree, scanTree } from "./helpers/tree.js";

async function modelsOf(files: Record<string, string>) {
  return (await scanTree(makeTree(files))).inventory.models;
}

describe("models named by a server's settings", () => {
  it("reads `vllm serve <model>` (also inside `sh -c`) and vLLM's --model, in either spelling", async () => {
    const compose = `services:
  chat:
    image: vllm/vllm-openai:v0.8.5
    entrypoint: ["vllm", "serve"]
    command:
      - meta-llama/Llama-3.1-8B-Instruct
      - --served-model-name
      - llama
  embed:
    image: vllm/vllm-openai:v0.8.5
    command: ["--model=BAAI/bge-m3", "--task", "embed"]
  spaced:
    image: vllm/vllm-openai:v0.8.5
    command: --host 0.0.0.0 --model Qwen/Qwen2.5-7B-Instruct
  shell:
    image: python:3.12-slim
    command: ["sh", "-c", "pip install vllm==0.8.5 && exec /usr/local/bin/vllm serve 'mistralai/Mistral-7B-v0.1' --port 8000"]
`;
    expect(await modelsOf({ "compose.yaml": compose })).toEqual([
      { name: "meta-llama/Llama-3.1-8B-Instruct", source: "huggingface", workload: "services.chat", product: "vllm", file: "compose.yaml", line: 6 },
      { name: "BAAI/bge-m3", source: "huggingface", workload: "services.embed", product: "vllm", file: "compose.yaml", line: 11 },
      { name: "Qwen/Qwen2.5-7B-Instruct", source: "huggingface", workload: "services.spaced", product: "vllm", file: "compose.yaml", line: 14 },
      { name: "mistralai/Mistral-7B-v0.1", source: "huggingface", workload: "services.shell", product: "vllm", file: "compose.yaml", line: 17 },
    ]);
  });

  it("reads TGI's MODEL_ID and TEI's --model-id; the flag wins over the env var", async () => {
    const compose = `services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:3.0.1
    environment:
      MODEL_ID: mistralai/Mistral-7B-Instruct-v0.3
  tei:
    image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.7
    environment:
      - MODEL_ID=BAAI/bge-small-en-v1.5
    command: --model-id BAAI/bge-reranker-base
`;
    expect(await modelsOf({ "compose.yaml": compose })).toEqual([
      { name: "mistralai/Mistral-7B-Instruct-v0.3", source: "huggingface", workload: "services.tgi", product: "tgi", file: "compose.yaml", line: 5 },
      // The launcher reads MODEL_ID only when --model-id is not given.
      { name: "BAAI/bge-reranker-base", source: "huggingface", workload: "services.tei", product: "tei", file: "compose.yaml", line: 10 },
    ]);
  });

  it("takes a bare Hub id (`gpt2`) from a server's own setting, not a local directory", async () => {
    const compose = `services:
  small:
    image: ghcr.io/huggingface/text-generation-inference:3.0.1
    command: ["--model-id", "gpt2"]
  local:
    image: ghcr.io/huggingface/text-generation-inference:3.0.1
    command: ["--model-id", "/data/models/llama"]
  relative:
    image: lmsysorg/sglang:v0.4.6
    command: python3 -m sglang.launch_server --model-path ./weights/qwen --host 0.0.0.0
`;
    expect(await modelsOf({ "compose.yaml": compose })).toEqual([
      { name: "gpt2", source: "huggingface", workload: "services.small", product: "tgi", file: "compose.yaml", line: 4 },
    ]);
  });

  it("names an NVIDIA NIM's model by its image, and a model-free NIM's by NIM_MODEL_PATH", async () => {
    const compose = `services:
  llama:
    image: nvcr.io/nim/meta/llama-3.1-8b-instruct:1.8.4
  free:
    image: nvcr.io/nim/nvidia/llm-nim:2.0.9
    environment:
      NIM_MODEL_PATH: hf://Qwen/Qwen3-8B
  unnamed:
    image: nvcr.io/nim/nvidia/llm-nim:2.0.9
`;
    expect(await modelsOf({ "compose.yaml": compose })).toEqual([
      { name: "meta/llama-3.1-8b-instruct", source: "nim", workload: "services.llama", product: "nvidia-nim", file: "compose.yaml", line: 3 },
      { name: "Qwen/Qwen3-8B", source: "huggingface", workload: "services.free", product: "nvidia-nim", file: "compose.yaml", line: 7 },
    ]);
  });
});

describe("models an Ollama CLI puts on a server", () => {
  it("reads every `ollama pull|run` of an entrypoint script and of the Dockerfile's RUN lines", async () => {
    const compose = `services:
  ollama:
    image: ollama/ollama:0.12.3
    entrypoint: ["/bin/sh", "-c", "ollama serve & sleep 5; ollama pull llama3.2 && ollama pull nomic-embed-text:v1.5; wait"]
`;
    const dockerfile = `FROM ollama/ollama:0.12.3
RUN ollama serve & sleep 5 && \\
    ollama pull qwen2.5:0.5b
`;
    expect(await modelsOf({ "compose.yaml": compose, "Dockerfile": dockerfile })).toEqual([
      { name: "qwen2.5:0.5b", source: "ollama", workload: "stages[0]", product: "ollama", file: "Dockerfile", line: 2 },
      { name: "llama3.2", source: "ollama", workload: "services.ollama", product: "ollama", file: "compose.yaml", line: 4 },
      { name: "nomic-embed-text:v1.5", source: "ollama", workload: "services.ollama", product: "ollama", file: "compose.yaml", line: 4 },
    ]);
  });

  it("reads `ollama pull` in a container that is not the server (an init job)", async () => {
    const compose = `services:
  pull:
    image: curlimages/curl:8.10.1
    command: ["sh", "-c", "OLLAMA_HOST=ollama:11434 ollama pull llama3.2"]
`;
    expect(await modelsOf({ "compose.yaml": compose })).toEqual([
      { name: "llama3.2", source: "ollama", workload: "services.pull", product: "ollama", file: "compose.yaml", line: 4 },
    ]);
  });
});

describe("models LocalAI is started with", () => {
  it("reads `local-ai run <gallery name>`, not a URI naming a file", async () => {
    const compose = `services:
  gallery:
    image: localai/localai:v3.1.1
    entrypoint: ["local-ai", "run", "llama-3.2-1b-instruct:q4_k_m"]
  file:
    image: localai/localai:v3.1.1
    entrypoint: ["local-ai", "run", "huggingface://TheBloke/phi-2-GGUF/phi-2.Q8_0.gguf"]
`;
    expect(await modelsOf({ "compose.yaml": compose })).toEqual([
      { name: "llama-3.2-1b-instruct:q4_k_m", source: "other", workload: "services.gallery", product: "localai", file: "compose.yaml", line: 4 },
    ]);
  });
});

describe("Hugging Face ids in env vars named for a model", () => {
  it("takes `org/name` values and nothing that is a path, a URL, a reference or a bare name", async () => {
    const compose = `services:
  app:
    image: ghcr.io/example/rag-app:1.2.0
    environment:
      EMBEDDING_MODEL: BAAI/bge-m3
      HF_MODEL_ID: sentence-transformers/all-MiniLM-L6-v2
      RERANK_MODEL: \${RERANK_MODEL:-BAAI/bge-reranker-v2-m3}
      MODEL_PATH: /models/x
      MODEL_DIR: models/llama
      OPENAI_MODEL: gpt-4o
      MODEL_URL: https://huggingface.co/BAAI/bge-m3
      CHAT_MODEL: \${CHAT_MODEL}
      LLM_MODEL: ./models/qwen
      IMAGE_MODEL: ghcr.io/org/model:1.0
      DOUBLE_MODEL: a--b/c
      NOT_A_NAME: org/model
`;
    expect(await modelsOf({ "compose.yaml": compose })).toEqual([
      { name: "BAAI/bge-m3", source: "huggingface", workload: "services.app", file: "compose.yaml", line: 5 },
      { name: "sentence-transformers/all-MiniLM-L6-v2", source: "huggingface", workload: "services.app", file: "compose.yaml", line: 6 },
      { name: "BAAI/bge-reranker-v2-m3", source: "huggingface", workload: "services.app", file: "compose.yaml", line: 7 },
    ]);
  });

  it("reads the env file a service loads, at the line of the file", async () => {
    const compose = "services:\n  app:\n    image: ghcr.io/example/rag-app:1.2.0\n    env_file: .env.app\n";
    expect(await modelsOf({ "compose.yaml": compose, ".env.app": "# models\nEMBEDDING_MODEL=intfloat/multilingual-e5-large\n" })).toEqual([
      { name: "intfloat/multilingual-e5-large", source: "huggingface", workload: "services.app", file: ".env.app", line: 2 },
    ]);
  });

  it("stays linear on a hostile value", async () => {
    const long = `${"a".repeat(100_000)}/${"-".repeat(100_000)}`;
    const started = Date.now();
    expect(await modelsOf({ "compose.yaml": `services:\n  app:\n    image: app:1\n    environment:\n      MODEL: "${long}"\n    command: "ollama pull ${"x".repeat(200_000)}"\n` })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
