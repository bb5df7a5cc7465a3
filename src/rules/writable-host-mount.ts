import type { Rule } from "./types.js";

/** Host paths whose write access gives away the host (all of /dev, not one device directory); runtime sockets have their own rule. */
const SENSITIVE = /^\/(etc|proc|sys|boot|root|var\/run|run|var\/lib\/(docker|kubelet|containerd)|usr|lib|lib64|bin|sbin)(\/|$)|^\/(dev)?$/;
/** Commonly mounted, harmless or meant to be shared. */
const HARMLESS = /^\/(etc\/(localtime|timezone|hosts|resolv\.conf)|dev\/(shm|null|dri|kfd|nvidia[^/]*|fuse)|run\/nvidia[^/]*)(\/|$)|\.sock$/;

const rule: Rule = {
  meta: {
    id: "AIA205",
    name: "writable-host-mount",
    title: "Sensitive host path mounted writable",
    category: "writable-host-mount",
    defaultSeverity: "high",
    rationale: "Write access to /, /etc, /proc, /sys or /var/run on the host lets a compromised container change the host itself.",
  },
  check({ model }) {
    return model.workloads.flatMap((w) =>
      w.volumes
        .filter((v) => (v.kind === "bind" || v.kind === "host-path") && !v.readOnly && v.source !== undefined)
        .filter((v) => {
          const path = (v.source as string).replace(/\/+$/, "") || "/";
          return SENSITIVE.test(path) && !HARMLESS.test(path);
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
