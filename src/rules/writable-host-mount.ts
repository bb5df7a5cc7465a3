import { HARMLESS_HOST_PATH, INFORMATIONAL_HOST_FILE, KUBELET_PLUGIN_API_PATH, KUBELET_PODS_PATH, RUNTIME_SOCKET, SENSITIVE_HOST_PATH } from "../catalog/host-paths.js";
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
        const path = v.source.replace(/(?<!\/)\/+$/, "") || "/";
        // Runtime sockets and their directories are AIA202's; the kubelet's plugin APIs require write access.
        if (!SENSITIVE_HOST_PATH.test(path) || HARMLESS_HOST_PATH.test(path) || RUNTIME_SOCKET.test(path) || KUBELET_PLUGIN_API_PATH.test(path)) continue;
        const informational = INFORMATIONAL_HOST_FILE.test(path);
        const what = v.source === "/" ? "entire filesystem" : informational ? "identification file (it grants nothing, but nothing needs to write it)" : "system files";
        const pods = KUBELET_PODS_PATH.test(path) ? " Only CSI node plugins need it (to publish volumes into pods); anything else gets every pod's volumes and service-account tokens." : "";
        report({
          at: v.pos,
          severity: informational ? "low" : undefined,
          title: `${w.name} mounts host ${v.source} writable`,
          message: `${w.name} mounts the host's ${v.source} at ${v.target ?? "(unknown)"} read-write: code in the container can change the host's ${what}.${pods}`,
          fix: pods
            ? "Mount it only into a CSI node plugin (with mountPropagation: Bidirectional) and suppress this finding for that driver with the reason; anything else should not mount it."
            : "Mount only the file or directory it needs, read-only (`:ro` in compose, `readOnly: true` in Kubernetes); if the workload is a node agent that must write there, suppress this finding with the reason.",
          subject: `${w.id}/volume/${v.source}`,
        });
      }
    }
  },
};
export default rule;
