// Values a workload takes from elsewhere are reported once, where they are written: a committed
// env file's key at its line in the env file, a Dockerfile's on the Dockerfile, never twice.
import { describe, expect, it } from "vitest";
import { makeTree, scanTree } from "./helpers/tree.js";

const rows = (findings: { ruleId: string; file: string; line: number }[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}:${f.line}`);

describe("origins of values", () => {
  it("reports a provider key in a committed env file that services read through env_file, once, at its line", async () => {
    const key = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0f";
    const root = makeTree({
      "compose.yaml": "services:\n  api:\n    image: ghcr.io/acme/api:1.2.0\n    env_file: .env\n  worker:\n    image: ghcr.io/acme/worker:1.2.0\n    env_file: [.env]\n",
      ".env": `# keys\nOPENAI_API_KEY=${key}\n`,
    });
    const result = await scanTree(root);
    expect(rows(result.findings, "AIA402")).toEqual([".env:2"]);
    expect(JSON.stringify(result)).not.toContain(key);
  });

  it("reports an auth setting that the deployed version ignores when it comes from an env file", async () => {
    const root = makeTree({
      "compose.yaml": 'services:\n  chroma:\n    image: chromadb/chroma:1.0.12\n    env_file: chroma.env\n    ports:\n      - "8000:8000"\n',
      "chroma.env": "CHROMA_SERVER_AUTHN_PROVIDER=chromadb.auth.token_authn.TokenAuthenticationServerProvider\n",
    });
    const result = await scanTree(root);
    expect(rows(result.findings, "AIA103")).toEqual(["chroma.env:1"]);
    expect(rows(result.findings, "AIA101")).toEqual(["compose.yaml:6"]);
  });

  it("reports a Dockerfile's literal credential on the Dockerfile only, not again on the service built from it", async () => {
    const root = makeTree({
      "compose.yaml": "services:\n  app:\n    build: .\n",
      Dockerfile: "FROM python:3.12-slim\nENV DB_PASSWORD=9fK2mQ7xL4pZ\nUSER 1000\nCMD [\"python\", \"-m\", \"app\"]\n",
    });
    const result = await scanTree(root);
    expect(rows(result.findings, "AIA402")).toEqual(["Dockerfile:2"]);
  });
});
