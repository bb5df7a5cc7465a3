import type { Rule } from "./types.js";

const WHAT = {
  seccomp: "seccomp filters the system calls a container may make; unconfined, every kernel interface is open to exploits such as container escapes through rarely used syscalls",
  apparmor: "AppArmor confines what the container's processes may touch; unconfined, that second barrier is gone",
} as const;

const rule: Rule = {
  meta: {
    id: "AIA208",
    name: "unconfined-security-profile",
    title: "Container runs with seccomp or AppArmor unconfined",
    category: "dangerous-capability",
    defaultSeverity: "medium",
    rationale: "The default seccomp and AppArmor profiles block the kernel interfaces most container escapes use; `unconfined` switches that off.",
  },
  check({ model }) {
    const seen = new Set<string>();
    return model.workloads.flatMap((w) =>
      w.security.unconfined.flatMap((profile) => {
        // A pod-level profile applies to every container: report it once.
        const key = `${profile.pos.file}:${profile.pos.line}:${profile.value}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [
          {
            category: "dangerous-capability" as const,
            severity: "medium" as const,
            title: `${w.name} runs with ${profile.value} unconfined`,
            message: `${w.name} switches ${profile.value} off: ${WHAT[profile.value]}.`,
            fix: profile.value === "seccomp" ? "Remove the setting to get the runtime's default seccomp profile (RuntimeDefault), or write a profile that allows only the extra syscalls needed." : "Remove the setting to keep the runtime's default AppArmor profile, or write a profile that allows what is needed.",
            file: profile.pos.file,
            line: profile.pos.line,
            column: profile.pos.column,
            logicalPath: `${w.id.replace(/\/(initContainers|containers)\/.*$/, "")}/unconfined/${profile.value}`,
          },
        ];
      }),
    );
  },
};
export default rule;
