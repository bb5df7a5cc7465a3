import { HARMLESS_HOST_PATH, RUNTIME_SOCKET, SENSITIVE_HOST_PATH } from "../catalog/host-paths.js";
import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA205",
    name: "writable-host-mount",
    title: "Sensitive host path mounted writable",
    category: "writable-host-mount",
    defaultSeverity: "high",
    rationale: "Write access to /, /etc, /proc or /sys on the host lets a compromised container change the host itself.",
  },
  check({ model, report }) {
    for (const w of model.workloads) {
      for (const v of w.volumes) {
        if ((v.kind !== "bind" && v.kind !== "host-path") || v.readOnly || v.source === undefined) continue;
        const path = v.source.replace(/\/+$/, "") || "/";
        // Runtime sockets and their directories are AIA202's.
        if (!SENSITIVE_HOST_PATH.test(path) || HARMLESS_HOST_PATH.test(path) || RUNTIME_SOCKET.test(path)) continue;
        report({
          at: v.pos,
          title: `${w.name} mounts host ${v.source} writable`,
          message: `${w.name} mounts the host's ${v.source} at ${v.target ?? "(unknown)"} read-write: code in the container can change the host's ${v.source === "/" ? "entire filesystem" : "system files"}.`,
          fix: "Mount only the file or directory it needs, read-only (`:ro` in compose, `readOnly: true` in Kubernetes); if the workload is a node agent that must write there, suppress this finding with the reason.",
          subject: `${w.id}/volume/${v.source}`,
        });
      }
    }
  },
};
export default rule;
