import { describe, expect, it } from "vitest";
import { read } from "../src/readers/dockerfile.js";
import type { PackageComponent, PackageEcosystem } from "../src/model/types.js";
import { compiledModule, runIsolated } from "./helpers/isolated.js";

const FILE = "app/Dockerfile";

/** One array item per line, so a test reads its line numbers off the comments. */
function installs(lines: string[]) {
  const { part, notices } = read({ path: FILE, text: lines.join("\n") });
  return { packages: part.components.filter((c) => c.type === "package"), notices };
}

function pkg(ecosystem: PackageEcosystem, name: string, pin: { version: string } | { requirement: string }, line: number, column: number): PackageComponent {
  return { type: "package", ecosystem, name, ...pin, declaredIn: "dockerfile", pos: { file: FILE, line, column } };
}

describe("Dockerfile installs: apt", () => {
  it("lists pinned packages at their own line, expands known variables and leaves unversioned packages out", () => {
    const { packages, notices } = installs([
      "FROM debian:12", // 1
      "ARG NVIDIA_CONTAINER_TOOLKIT_VERSION=1.16.1-1", // 2
      "ARG CUDNN_VERSION", // 3
      "RUN apt-get update \\", // 4
      " && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \\", // 5
      "      curl=7.88.1-10+deb12u5 \\", // 6
      "      ca-certificates \\", // 7
      "      libssl3:amd64=3.0.11-1~deb12u2 \\", // 8
      "      nvidia-container-toolkit=${NVIDIA_CONTAINER_TOOLKIT_VERSION} \\", // 9
      "      libcudnn9=${CUDNN_VERSION} \\", // 10
      '      "python3-pip=23.0.1+dfsg-1" \\', // 11
      " && rm -rf /var/lib/apt/lists/*", // 12
      "RUN sudo apt -o Dpkg::Options::=--force-confold install -y git=1:2.39.5-0+deb12u1 vim", // 13
    ]);
    expect(notices).toEqual([]);
    expect(packages).toEqual([
      pkg("apt", "curl", { version: "7.88.1-10+deb12u5" }, 6, 7),
      pkg("apt", "libssl3", { version: "3.0.11-1~deb12u2" }, 8, 7),
      pkg("apt", "nvidia-container-toolkit", { version: "1.16.1-1" }, 9, 7),
      pkg("apt", "libcudnn9", { requirement: "${CUDNN_VERSION}" }, 10, 7),
      pkg("apt", "python3-pip", { version: "23.0.1+dfsg-1" }, 11, 8),
      pkg("apt", "git", { version: "1:2.39.5-0+deb12u1" }, 13, 60),
    ]);
  });
});

describe("Dockerfile installs: pip", () => {
  it("reads exact pins and ranges with flags, quotes, extras and markers; skips bare names, files, paths and URLs", () => {
    const { packages } = installs([
      "FROM python:3.12-slim", // 1
      "ARG VLLM_VERSION", // 2
      "ENV TRANSFORMERS_VERSION=4.46.0", // 3
      'RUN pip install --no-cache-dir -U "torch==2.5.1" vllm[audio]==0.6.3 Flask_SQL.Alchemy===3.1.1 \\', // 4
      "    --index-url https://mirror.example/simple \\", // 5
      "    --extra-index-url https://mirror.example/extra \\", // 6
      "    'numpy>=1.26,<2' requests~=2.31 scipy \\", // 7
      "    \"transformers==${TRANSFORMERS_VERSION}; python_version >= '3.9'\"", // 8
      "RUN python3 -m pip install -r requirements.txt -c constraints.txt vllm==${VLLM_VERSION}", // 9
      'RUN uv pip install --system accelerate==1.1.0 && pip3 install torch && python -m pip install "torch>=2"', // 10
      "RUN pip install git+https://github.com/org/repo.git@v1.0 ./local /wheels/x-1.0-py3-none-any.whl https://mirror.example/y-2.0.tar.gz", // 11
      "RUN pip install -e . && pip download onnx==1.17.0", // 12
    ]);
    expect(packages).toEqual([
      pkg("PyPI", "torch", { version: "2.5.1" }, 4, 36),
      pkg("PyPI", "vllm", { version: "0.6.3" }, 4, 50),
      pkg("PyPI", "flask-sql-alchemy", { version: "3.1.1" }, 4, 69),
      pkg("PyPI", "numpy", { requirement: ">=1.26,<2" }, 7, 6),
      pkg("PyPI", "requests", { requirement: "~=2.31" }, 7, 22),
      pkg("PyPI", "transformers", { version: "4.46.0" }, 8, 6),
      pkg("PyPI", "vllm", { requirement: "==${VLLM_VERSION}" }, 9, 67),
      pkg("PyPI", "accelerate", { version: "1.1.0" }, 10, 29),
      pkg("PyPI", "torch", { requirement: ">=2" }, 10, 95),
    ]);
  });

  it("still reads the commands before an unterminated quote", () => {
    const { packages } = installs(["FROM python:3.12", 'RUN pip install fastapi==0.115.4 && echo "no end']);
    expect(packages).toEqual([pkg("PyPI", "fastapi", { version: "0.115.4" }, 2, 17)]);
  });
});

describe("Dockerfile installs: npm, yarn, pnpm", () => {
  it("reads exact versions and ranges, skips tags, bare names, npx and a bare npm install", () => {
    const { packages } = installs([
      "FROM node:22-slim", // 1
      "RUN npm install -g @vue/cli@5.0.8 typescript@^5.6 left-pad@latest lodash", // 2
      "RUN npm i --prefix /opt/app express@4.21.1 && yarn global add pm2@5.4.2", // 3
      "RUN yarn add react@~18.3.0 && pnpm add -g zod@3.23.8 && npx cowsay@1.6.0 hi && npm install", // 4
    ]);
    expect(packages).toEqual([
      pkg("npm", "@vue/cli", { version: "5.0.8" }, 2, 20),
      pkg("npm", "typescript", { requirement: "^5.6" }, 2, 35),
      pkg("npm", "express", { version: "4.21.1" }, 3, 29),
      pkg("npm", "pm2", { version: "5.4.2" }, 3, 63),
      pkg("npm", "react", { requirement: "~18.3.0" }, 4, 14),
      pkg("npm", "zod", { version: "3.23.8" }, 4, 43),
    ]);
  });
});

describe("Dockerfile installs: go install", () => {
  it("names the package path as written and keeps the v of the version", () => {
    const { packages } = installs([
      "FROM golang:1.23", // 1
      "ARG GOPLS_VERSION=v0.16.2", // 2
      "RUN go install golang.org/x/tools/gopls@${GOPLS_VERSION} \\", // 3
      ' && CGO_ENABLED=0 go install -ldflags "-s -w" -tags netgo github.com/example/tool/cmd/tool@v1.2.3-rc.1 \\', // 4
      " && go install github.com/example/other@latest ./cmd/local github.com/example/line@v1.4", // 5
    ]);
    expect(packages).toEqual([
      pkg("Go", "golang.org/x/tools/gopls", { version: "v0.16.2" }, 3, 16),
      pkg("Go", "github.com/example/tool/cmd/tool", { version: "v1.2.3-rc.1" }, 4, 59),
      pkg("Go", "github.com/example/line", { requirement: "v1.4" }, 5, 60),
    ]);
  });
});

describe("Dockerfile installs: GitHub release downloads", () => {
  it("reads curl, wget and ADD of release assets, with the stage's variables; other URLs are not releases", () => {
    const { packages } = installs([
      "FROM ubuntu:24.04", // 1
      "ARG OLLAMA_VERSION=0.5.7", // 2
      "ARG TARGETARCH", // 3
      "ARG TINI_VERSION", // 4
      "RUN curl -fsSL -o /usr/bin/ollama https://github.com/ollama/ollama/releases/download/v0.1.32/ollama-linux-amd64", // 5
      'RUN wget -q "https://github.com/Ollama/Ollama/releases/download/v${OLLAMA_VERSION}/ollama-linux-${TARGETARCH}.tgz" -O - | tar -xz', // 6
      "RUN curl -LO https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini", // 7
      "RUN curl -LO https://github.com/ollama/ollama/archive/refs/tags/v0.1.32.tar.gz \\", // 8
      " && curl -LO https://github.com/ollama/ollama/releases/latest/download/ollama-linux-amd64 \\", // 9
      " && curl -LO https://mirror.example/releases/download/v1.0.0/tool \\", // 10
      " && echo https://github.com/ggerganov/llama.cpp/releases/download/b4000/llama.zip", // 11
      `ADD --checksum=sha256:${"0".repeat(64)} https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini`, // 12
      'ADD ["https://github.com/ggerganov/llama.cpp/releases/download/b4000/llama-b4000-bin-ubuntu-x64.zip", "/opt/"]', // 13
    ]);
    expect(packages).toEqual([
      pkg("GitHub", "ollama/ollama", { version: "0.1.32" }, 5, 35),
      pkg("GitHub", "ollama/ollama", { version: "0.5.7" }, 6, 14),
      pkg("GitHub", "krallin/tini", { requirement: "${TINI_VERSION}" }, 7, 14),
      pkg("GitHub", "krallin/tini", { version: "0.19.0" }, 12, 88),
      pkg("GitHub", "ggerganov/llama.cpp", { version: "b4000" }, 13, 7),
    ]);
  });
});

describe("Dockerfile installs: heredocs and exec form", () => {
  it("reads heredoc scripts run by the shell (tabs of <<- counted in the column), not heredocs written to a file", () => {
    const { packages } = installs([
      "FROM python:3.12", // 1
      "RUN <<EOF", // 2
      "set -e", // 3
      'if [ "$(uname -m)" = x86_64 ]; then pip install fastapi==0.115.4; fi', // 4
      "EOF", // 5
      "RUN bash -e <<-EOT", // 6
      "\t\tpip install \\", // 7
      "\t\t  uvicorn==0.32.0", // 8
      "\tEOT", // 9
      "RUN cat <<EOF > /usr/local/bin/setup && chmod +x /usr/local/bin/setup", // 10
      "pip install torch==2.5.1", // 11
      "EOF", // 12
    ]);
    expect(packages).toEqual([pkg("PyPI", "fastapi", { version: "0.115.4" }, 4, 49), pkg("PyPI", "uvicorn", { version: "0.32.0" }, 8, 5)]);
  });

  it("reads exec-form arguments as written, and the script of an exec-form shell -c through its JSON escapes", () => {
    const { packages } = installs([
      "FROM python:3.12", // 1
      'RUN ["pip", "install", "--no-cache-dir", "httpx==0.27.2"]', // 2
      'RUN ["/bin/bash", "-o", "pipefail", "-c", "pip install \\"pydantic==2.9.2\\" && npm i -g pm2@5.4.2"]', // 3
    ]);
    expect(packages).toEqual([
      pkg("PyPI", "httpx", { version: "0.27.2" }, 2, 43),
      pkg("PyPI", "pydantic", { version: "2.9.2" }, 3, 58),
      pkg("npm", "pm2", { version: "5.4.2" }, 3, 88),
    ]);
  });
});

describe("Dockerfile installs: variables", () => {
  it("takes ENV from the base stage and redeclared global ARGs; ENV wins over ARG; an undeclared global ARG is unknown", () => {
    const { packages } = installs([
      "ARG CUDA_TAG=12.4.1", // 1
      "ARG TORCH_VERSION=2.5.1", // 2
      "FROM nvidia/cuda:${CUDA_TAG}-runtime-ubuntu22.04 AS base", // 3
      "ENV VLLM_VERSION=0.6.3 \\", // 4
      "    PIP_EXTRA=--pre", // 5
      "FROM base AS app", // 6
      "ARG TORCH_VERSION", // 7
      "RUN pip install torch==${TORCH_VERSION} vllm==$VLLM_VERSION", // 8
      "FROM python:3.12 AS other", // 9
      "RUN pip install torch==${TORCH_VERSION} vllm==${VLLM_VERSION:-0.6.2}", // 10
      "ENV LEFT_PAD_VERSION=1.3.0", // 11
      "ARG LEFT_PAD_VERSION=1.1.0", // 12
      "RUN npm i left-pad@$LEFT_PAD_VERSION", // 13
    ]);
    expect(packages).toEqual([
      pkg("PyPI", "torch", { version: "2.5.1" }, 8, 17),
      pkg("PyPI", "vllm", { version: "0.6.3" }, 8, 41),
      pkg("PyPI", "torch", { requirement: "==${TORCH_VERSION}" }, 10, 17),
      pkg("PyPI", "vllm", { version: "0.6.2" }, 10, 41),
      pkg("npm", "left-pad", { version: "1.3.0" }, 13, 11),
    ]);
  });

  it("stops expanding past its budget with a warning, and reads later lines without the values", () => {
    const { packages, notices } = installs([
      "FROM alpine:3.20", // 1
      `ARG BIG=${"x".repeat(200_000)}`, // 2
      "ARG V=1.0", // 3
      `RUN curl ${"$BIG ".repeat(50)}`, // 4
      "RUN pip install torch==$V", // 5
    ]);
    expect(notices).toEqual([
      {
        file: FILE,
        line: 4,
        kind: "warning",
        message: "build arguments and ENV values expand to more than 4 MB; install lines from here on are read without their values",
      },
    ]);
    expect(packages).toEqual([pkg("PyPI", "torch", { requirement: "==$V" }, 5, 17)]);
  });
});

describe("Dockerfile installs: size", () => {
  // The worker's limit is a hang detector: this takes about a second, a position search per word that
  // reads every line before it takes half a minute.
  it("reads a 1 MB RUN continued over 100,000 lines, and a heredoc of 20,000 lines, in linear time", async () => {
    const lines = 100_000;
    const heredocLines = 20_000;
    const text =
      "FROM debian:12\nRUN apt-get install -y \\\n" +
      Array.from({ length: lines }, (_, i) => ` p=${i} \\\n`).join("") +
      " && echo done\nRUN <<EOF\n" +
      Array.from({ length: heredocLines }, (_, i) => `pip install q==${i}\n`).join("") +
      "EOF\n";
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = await runIsolated<{ part: { components: { type: string; name: string; version?: string; pos: unknown }[] } }>(
      "module",
      { module: compiledModule("src/readers/dockerfile.js"), export: "read", params: [{ path: FILE, text }] },
      { timeoutMs: 20_000 },
    );
    const found = result.part.components.filter((c) => c.type === "package");
    expect(found).toHaveLength(lines + heredocLines);
    expect(found[lines - 1]).toMatchObject({ name: "p", version: "99999", pos: { line: lines + 2, column: 2 } });
    expect(found.at(-1)).toMatchObject({ name: "q", version: "19999", pos: { line: lines + 4 + heredocLines, column: 13 } });
  }, 25_000);
});
