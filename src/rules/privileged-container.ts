import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA201",
    name: "privileged-container",
    title: "Privileged container",
    category: "privileged-container",
    defaultSeverity: "high",
    rationale: "A privileged container has every capability and all host devices: an escape to the host is one mount away.",
  },
  check({ model }) {
    return model.workloads.flatMap((w) => {
      const p = w.security.privileged;
      if (!p?.value) return [];
      return [
        {
          category: "privileged-container" as const,
          severity: "high" as const,
          title: `${w.name} runs privileged`,
          message: `${w.name} sets privileged: true: it gets every Linux capability and access to all host devices, so code running in it (a model, a notebook, an agent's tool) can take over the host.`,
          fix: "Remove `privileged: true`; add only the capabilities or devices it needs (GPUs come through the device plugin or `deploy.resources.reservations.devices`, not privileged mode).",
          file: p.pos.file,
          line: p.pos.line,
          column: p.pos.column,
          logicalPath: `${w.id}/privileged`,
        },
      ];
    });
  },
};
export default rule;
