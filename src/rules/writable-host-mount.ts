import { HARMLESS_HOST_PATH, RUNTIME_SOCKET, SENSITIVE_HOST_PATH } from "./host-paths.js";
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
  check({ model }) {
    return model.workloads.flatMap((w) =>
      w.volumes
        .filter((v) => (v.kind === "bind" || v.kind === "host-path") && !v.readOnly && v.source !== undefined)
        .filter((v) => {
          const path = (v.source as string).replace(/(?<!\/)\/+$/, "") || "/";
          // Runtime sockets and their directories are AIA202's.
          return SENSITIVE_HOST_PATH.test(path) && !HARMLESS_HOST_PATH.test(path) && !RUNTIME_SOCKET.test(path);
        })
        .map((v) => ({
          category: "writable-host-mount" as const,
          severity: "high" as const,
          title: `${w.name} mounts host ${v.source} writable`,
          message: `${w.name} mounts the host's ${v.source} at ${v.target ?? "(unknown)"} read-write: code in the container can change the host's ${v.source === "/" ? "entire filesystem" : "system files"}.`,
          fix: "Mount only the file or directory it needs, read-only (`:ro` in compose, `readOnly: true` in Kubernetes); if the workload is a node agent that must write there, suppress this finding with the reason.",
          file: v.pos.file,
          line: v.pos.line,
          column: v.pos.column,
          logicalPath: `${w.id}/volume/${v.source}`,
        })),
    );
  },
};
export default rule;
