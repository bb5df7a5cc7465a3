// The repository's own workflows: least permissions, actions pinned by commit SHA, and the action run
// from this checkout on its examples.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const DIR = join(__dirname, "..", ".github", "workflows");
const workflows = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).map((f) => [f, parse(readFileSync(join(DIR, f), "utf8"))] as const);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

const steps = (workflow: { jobs: Record<string, { steps: Step[] }> }) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe("workflows", () => {
  it.each(workflows)("%s reads the repository and nothing more", (_file, workflow) => {
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it.each(workflows)("%s pins every action by a full commit SHA, or runs this checkout's", (_file, workflow) => {
    for (const step of steps(workflow)) {
      if (step.uses === undefined) continue;
      expect(step.uses, step.uses).toMatch(/^(?:\.\/|[\w.-]+\/[\w.-]+@[0-9a-f]{40})$/);
    }
  });

  it("runs the same CI script as every submission, and the action on both examples", () => {
    const ci = workflows.find(([file]) => file === "ci.yml")?.[1];
    const all = steps(ci);
    expect(all.some((s) => s.run === "bash .ci/run")).toBe(true);
    expect(all.filter((s) => s.uses === "./").map((s) => s.with?.path)).toEqual(["examples/hardened-ai-stack", "examples/vulnerable-ai-stack"]);
  });
});
