import type { Located } from "../model/types.js";
import type { Rule, RuleFinding } from "./types.js";

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
  check({ model }) {
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const w of model.workloads) {
      for (const ns of NAMESPACES) {
        const setting = w.security[ns.key] as Located<boolean> | undefined;
        if (!setting?.value) continue;
        // Pod-level settings apply to every container: report them once.
        const key = `${setting.pos.file}:${setting.pos.line}:${ns.key}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // A pod-level setting: name the pod, not whichever container came first.
        const name = w.kind === "k8s-container" ? w.name.slice(0, w.name.lastIndexOf("/")) : w.name;
        findings.push({
          category: "host-namespace",
          severity: ns.severity,
          title: `${name} uses ${ns.label}`,
          message: `${name} shares ${ns.label}: ${ns.why}.`,
          fix: ns.key === "hostIpc" ? "Remove it; for PyTorch/NCCL shared memory, size /dev/shm instead (compose `shm_size`, or an emptyDir with medium: Memory)." : "Remove it unless the workload is a node agent that truly needs it, and then suppress this finding with a reason.",
          file: setting.pos.file,
          line: setting.pos.line,
          column: setting.pos.column,
          logicalPath: `${w.id.replace(/\/(initContainers|containers)\/.*$/, "")}/${ns.key}`,
        });
      }
    }
    return findings;
  },
};
export default rule;
