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
  check({ model, report }) {
    for (const w of model.workloads) {
      const p = w.security.privileged;
      if (!p?.value) continue;
      report({
        at: p.pos,
        title: `${w.name} runs privileged`,
        message: `${w.name} sets privileged: true: it gets every Linux capability and access to all host devices, so code running in it (a model, a notebook, an agent's tool) can take over the host.`,
        fix: "Remove `privileged: true`; add only the capabilities or devices it needs (GPUs come through the device plugin or `deploy.resources.reservations.devices`, not privileged mode).",
        subject: `${w.id}/privileged`,
      });
    }
  },
};
export default rule;
