// Recognising the product a workload runs when its image name says nothing: a service built from the
// repository's own Dockerfile (its final stage or the `build.target` stage), and a server known only by
// the settings it reads.
import { describe, expect, it } from "vitest";
import { findingsOf, makeTree, scanTree } from "./helpers/tree.js";

// The shape of Chroma's rust/Dockerfile: build stages, a runner, then one stage per service.
const chromaDockerfile = `FROM rust:1.92.0 AS builder
RUN cargo build --release
FROM debian:stable-slim AS runner
COPY --from=builder /chroma/target/release/chroma /usr/local/bin/chroma
FROM runner AS cli
EXPOSE 8000
ENTRYPOINT [ "dumb-init", "--", "chroma" ]
CMD [ "run", "/config.yaml" ]
FROM runner AS garbage_collector
ENTRYPOINT [ "sh", "-c", "exec ./garbage_collector_service" ]
`;

describe("services built from the repository's Dockerfile", () => {
  it("inherits the ENTRYPOINT and CMD of the build.target stage, not the final stage's", async () => {
    const compose = 'services:\n  server:\n    image: server\n    build:\n      context: .\n      dockerfile: rust/Dockerfile\n      target: cli\n    ports:\n      - "8000:8000"\n';
    const result = await scanTree(makeTree({ "docker-compose.yml": compose, "rust/Dockerfile": chromaDockerfile }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "docker-compose.yml", line: 9, category: "missing-auth", severity: "high" }]);
    expect(result.inventory.workloads.find((w) => w.file === "docker-compose.yml")?.product).toBe("chromadb");
  });

  it("takes the final stage when no target is given", async () => {
    const compose = 'services:\n  gc:\n    image: gc\n    build:\n      context: .\n      dockerfile: rust/Dockerfile\n    ports:\n      - "8000:8000"\n';
    const result = await scanTree(makeTree({ "docker-compose.yml": compose, "rust/Dockerfile": chromaDockerfile }));
    expect(result.findings.filter((f) => f.ruleId === "AIA101" || f.ruleId === "AIA102")).toEqual([]);
  });

  it("does not take the command of a target stage the Dockerfile does not have", async () => {
    const compose = 'services:\n  server:\n    image: server\n    build:\n      context: .\n      dockerfile: rust/Dockerfile\n      target: missing\n    ports:\n      - "8000:8000"\n';
    const result = await scanTree(makeTree({ "docker-compose.yml": compose, "rust/Dockerfile": chromaDockerfile }));
    expect(result.findings.filter((f) => f.ruleId === "AIA101" || f.ruleId === "AIA102")).toEqual([]);
  });
});
