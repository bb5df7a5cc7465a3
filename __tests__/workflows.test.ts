// The repository's own workflows and the workflows its documentation hands out: the CI reads the repository
// and nothing more; the reusable workflow asks for exactly the documented least set of permissions, runs the
// action of its own commit, and pins every action by commit SHA; the snippets of README.md and docs/github.md
// parse as YAML and pin the action by SHA (or show the placeholder).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const DIR = join(ROOT, ".github", "workflows");

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

interface Job {
  permissions?: Record<string, string> | string;
  uses?: string;
  with?: Record<string, unknown>;
  steps?: Step[];
}

interface Input {
  type?: string;
  default?: unknown;
}

interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(path, "utf8");
const workflows = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => [f, parse(read(join(DIR, f))) as Workflow] as const);
const workflow = (file: string) => {
  const found = workflows.find(([f]) => f === file)?.[1];
  if (!found) throw new Error(`.github/workflows/${file} is missing`);
  return found;
};
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps ?? []);
const events = (w: Workflow) => (typeof w.on === "string" ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on));

/** An action or reusable workflow of another repository, pinned by a full commit SHA. */
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;
/** This project, as the documentation shows it: a full SHA, or the placeholder a copied snippet fails on. */
const PLACEHOLDER = "<40-hex sha>";
const THIS_PROJECT = /^ai-infra-audit\/ai-infra-audit(?:\/\.github\/workflows\/[\w.-]+\.ya?ml)?@(?:[0-9a-f]{40}|<40-hex sha>)$/;

/** The reusable workflow, and the permissions docs/github.md tells its callers to grant. */
const REUSABLE = "ai-infra-audit.yml";
const LEAST = {
  contents: "read",
  checks: "write",
  issues: "write",
  "pull-requests": "read",
  "security-events": "write",
  actions: "read",
};
/** The folder the reusable workflow checks the action out into. */
const ACTION_DIR = ".ai-infra-audit-action";

// The action's inputs: those of action.yml, and the names being added to it in parallel (severity, token,
// check-name, comment, mode), counted only until action.yml has them. upload-sarif belongs to the workflow.
const actionYml = parse(read(join(ROOT, "action.yml"))) as { inputs: Record<string, { default?: string }> };
const NEW_INPUTS = ["severity", "token", "check-name", "comment", "mode"];
const ACTION_INPUTS = new Set([...Object.keys(actionYml.inputs), ...NEW_INPUTS]);
const WORKFLOW_ONLY = new Set(["upload-sarif"]);

describe("workflows", () => {
  it.each(workflows)("%s pins every action by a full commit SHA, or runs a local one", (_file, w) => {
    for (const step of steps(w)) {
      if (step.uses === undefined) continue;
      expect(step.uses, step.uses).toMatch(/^\.\/|^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/);
    }
    for (const job of Object.values(w.jobs)) {
      if (job.uses !== undefined) expect(job.uses, job.uses).toMatch(/^\.\/|^[\w.-]+\/[\w.-]+\/\.github\/workflows\/[\w.-]+@[0-9a-f]{40}$/);
    }
  });

  it.each(workflows)("%s asks for no blanket or repository-writing permission", (_file, w) => {
    for (const permissions of [w.permissions, ...Object.values(w.jobs).map((j) => j.permissions)]) {
      expect(permissions).not.toBe("write-all");
      expect(permissions).not.toBe("read-all");
      if (permissions && typeof permissions === "object") expect(permissions.contents ?? "read").toBe("read");
    }
  });

  it.each(workflows)("%s checks out without persisting the token", (_file, w) => {
    for (const step of steps(w).filter((s) => s.uses?.startsWith("actions/checkout@"))) expect(step.with?.["persist-credentials"], step.uses).toBe(false);
  });

  describe("ci.yml", () => {
    const ci = workflow("ci.yml");

    it("reads the repository and nothing more", () => {
      expect(ci.permissions).toEqual({ contents: "read" });
      for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
      expect(events(ci)).not.toContain("workflow_call");
      expect(events(ci)).not.toContain("pull_request_target");
    });

    it("runs the same CI script as every submission, and the action on both examples", () => {
      const all = steps(ci);
      expect(all.some((s) => s.run === "bash .ci/run")).toBe(true);
      expect(all.filter((s) => s.uses === "./").map((s) => s.with?.path)).toEqual(["examples/hardened-ai-stack", "examples/vulnerable-ai-stack"]);
    });
  });

  describe(REUSABLE, () => {
    const reusable = workflow(REUSABLE);
    const call = (reusable.on as { workflow_call: { inputs: Record<string, Input>; outputs: Record<string, unknown> } }).workflow_call;
    const all = steps(reusable);
    const action = all.find((s) => s.uses === `./${ACTION_DIR}`);

    it("is called, never triggered on its own", () => {
      expect(events(reusable)).toEqual(["workflow_call"]);
    });

    it("grants nothing by default, and each job exactly the documented least set", () => {
      expect(reusable.permissions).toEqual({});
      for (const job of Object.values(reusable.jobs)) expect(job.permissions).toEqual(LEAST);
    });

    it("runs the action of its own commit, checked out apart from the scanned repository", () => {
      expect(action).toBeDefined();
      const index = all.indexOf(action as Step);
      const checkouts = all.slice(0, index).filter((s) => s.uses?.startsWith("actions/checkout@"));
      // First the caller's repository (no repository or ref: the event's), then this one at the pinned commit.
      expect(checkouts.map((s) => s.with?.repository)).toEqual([undefined, "${{ job.workflow_repository }}"]);
      expect(checkouts[0].with?.path).toBeUndefined();
      expect(checkouts[1].with).toMatchObject({ ref: "${{ job.workflow_sha }}", path: ACTION_DIR, "persist-credentials": false });
      expect(String(checkouts[1].with?.["sparse-checkout"]).trim().split("\n")).toEqual(["/action.yml", "/dist/"]);
      // Before that checkout, the job stops when the identity is missing or the folder comes from the repository.
      const guard = all.slice(0, all.indexOf(checkouts[1])).find((s) => s.run?.includes("WORKFLOW_SHA"));
      expect(guard?.run).toMatch(/\^\[0-9a-f\]\{40\}\$/);
      expect(guard?.run).toContain(ACTION_DIR);
      // The folder stays out of the scan.
      expect(all.slice(index - 1, index).some((s) => s.run?.includes(`/${ACTION_DIR}/`) && s.run.includes("info/exclude"))).toBe(true);
      // Never the caller's checkout as the action.
      expect(all.some((s) => s.uses === "./" || s.uses === ".")).toBe(false);
    });

    it("uploads SARIF even when the gate fails, and only a report the action wrote", () => {
      const upload = all.filter((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
      expect(upload).toHaveLength(1);
      expect(upload[0].if).toContain("always()");
      expect(upload[0].if).toContain("steps.audit.outputs.sarif-file != ''");
      expect(upload[0].with?.sarif_file).toBe("${{ steps.audit.outputs.sarif-file }}");
      expect(all.indexOf(upload[0])).toBeGreaterThan(all.indexOf(action as Step));
    });

    it("takes inputs named as the action's, and passes each through under its name", () => {
      const names = Object.keys(call.inputs);
      expect(names.filter((n) => !ACTION_INPUTS.has(n) && !WORKFLOW_ONLY.has(n))).toEqual([]);
      const passed = action?.with ?? {};
      expect(Object.keys(passed).filter((n) => !ACTION_INPUTS.has(n))).toEqual([]);
      for (const name of names.filter((n) => ACTION_INPUTS.has(n))) expect(passed[name], name).toBe(`\${{ inputs.${name} }}`);
      // A boolean input defaults to what action.yml says, while action.yml has that input.
      for (const [name, input] of Object.entries(call.inputs)) {
        if (input.type === "boolean" && actionYml.inputs[name]) expect(String(input.default), name).toBe(actionYml.inputs[name].default);
        // A string input left empty takes the action's own default.
        if (input.type === "string") expect(input.default, name).toBe("");
      }
    });

    it("maps every output to the action's step", () => {
      for (const [name, output] of Object.entries(call.outputs)) {
        expect((output as { value: string }).value).toBe(`\${{ jobs.gate.outputs.${name} }}`);
        expect(reusable.jobs.gate as unknown as { outputs: Record<string, string> }).toHaveProperty(["outputs", name], `\${{ steps.audit.outputs.${name} }}`);
      }
    });
  });
});

// Every ```yaml / ```yml block of the README and docs/github.md.
const DOCS = ["README.md", join("docs", "github.md")];
const snippets = DOCS.flatMap((file) =>
  [...read(join(ROOT, file)).matchAll(/^```ya?ml[^\n]*\n([\s\S]*?)^```/gm)].map((m, i) => [`${file} #${i + 1}`, m[1]] as const),
);

/** Every value of a `uses` key, anywhere in a parsed snippet. */
function uses(node: unknown, found: { uses: string; parent: Record<string, unknown> }[] = []) {
  if (Array.isArray(node)) for (const item of node) uses(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "uses" && typeof value === "string") found.push({ uses: value, parent: node as Record<string, unknown> });
      else uses(value, found);
    }
  }
  return found;
}

describe("documented workflows", () => {
  it("has snippets to check", () => {
    expect(snippets.length).toBeGreaterThan(5);
    expect(snippets.some(([, text]) => text.includes(`ai-infra-audit/ai-infra-audit/.github/workflows/${REUSABLE}@`))).toBe(true);
  });

  it.each(snippets)("%s parses as YAML", (_name, text) => {
    const document = parseDocument(text);
    expect(document.errors.map((e) => e.message)).toEqual([]);
  });

  it.each(snippets)("%s pins every action by SHA, this project's by SHA or the placeholder", (_name, text) => {
    for (const { uses: ref } of uses(parse(text))) {
      if (ref.startsWith("ai-infra-audit/")) expect(ref, ref).toMatch(THIS_PROJECT);
      else expect(ref, ref).toMatch(PINNED);
    }
    // Also where a snippet names the project outside a `uses:` value (comments).
    for (const m of text.matchAll(/ai-infra-audit\/ai-infra-audit[\w./-]*@(\S+(?: sha>)?)/g)) {
      expect([PLACEHOLDER].includes(m[1]) || /^[0-9a-f]{40}$/.test(m[1]), m[0]).toBe(true);
    }
  });

  it.each(snippets)("%s uploads SARIF with if: always()", (_name, text) => {
    for (const { uses: ref, parent } of uses(parse(text))) {
      if (ref.startsWith("github/codeql-action/upload-sarif@")) expect(String(parent.if), ref).toContain("always()");
    }
  });

  it("tells callers of the reusable workflow to grant exactly what its job asks for", () => {
    const callers = snippets.flatMap(([, text]) => {
      const doc = parse(text) as Partial<Workflow> | null;
      return Object.values(doc?.jobs ?? {}).filter((job) => job.uses?.includes(`/.github/workflows/${REUSABLE}@`));
    });
    expect(callers.length).toBeGreaterThanOrEqual(2);
    for (const job of callers) expect(job.permissions).toEqual(LEAST);
  });

  it("documents every input of the reusable workflow", () => {
    const guide = read(join(ROOT, "docs", "github.md"));
    const { inputs } = (workflow(REUSABLE).on as { workflow_call: { inputs: Record<string, Input> } }).workflow_call;
    for (const name of Object.keys(inputs)) expect(guide, name).toContain(`\`${name}\``);
    for (const name of ACTION_INPUTS) expect(guide, name).toContain(`| \`${name}\` |`);
  });
});
