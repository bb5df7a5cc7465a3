import type { Located } from "../model/types.js";
import type { Rule } from "./types.js";

const NAMESPACES = [
  { key: "hostPid", label: "the host PID namespace", severity: "high", why: "it sees and can signal every process on the host" },
  { key: "hostNetwork", label: "the host network namespace", severity: "medium", why: "every port it opens is on the host's interfaces and it can reach services bound to the host's loopback" },
  { key: "hostIpc", label: "the host IPC namespace", severity: "medium", why: "it can read and write shared memory of every process on the host" },
] as const;

const rule: Rule = {
  meta: {
    id: "AIA203",
    name: "host-namespace",
    title: "Container shares a host namespace",
    category: "host-namespace",
    defaultSeverity: "medium",
    rationale: "Sharing the host's PID, network or IPC namespace removes a layer of isolation between the container and the host.",
  },
  check({ model, report }) {
    for (const w of model.workloads) {
      for (const ns of NAMESPACES) {
        const setting = w.security[ns.key] as Located<boolean> | undefined;
        if (!setting?.value) continue;
        // A setting of the unit (a pod) applies to every container in it: named and reported once, for the unit.
        const name = w.unit.name;
        report({
          at: setting.pos,
          severity: ns.severity,
          title: `${name} uses ${ns.label}`,
          message: `${name} shares ${ns.label}: ${ns.why}.`,
          fix: ns.key === "hostIpc" ? "Remove it; for PyTorch/NCCL shared memory, size /dev/shm instead (compose `shm_size`, or an emptyDir with medium: Memory)." : "Remove it unless the workload is a node agent that truly needs it, and then suppress this finding with a reason.",
          subject: `${w.unit.id}/${ns.key}`,
        });
      }
    }
  },
};
export default rule;
