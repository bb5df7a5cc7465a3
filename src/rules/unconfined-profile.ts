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
  check({ model, report }) {
    for (const w of model.workloads) {
      for (const profile of w.security.unconfined) {
        report({
          at: profile.pos,
          title: `${w.name} runs with ${profile.value} unconfined`,
          message: `${w.name} switches ${profile.value} off: ${WHAT[profile.value]}.`,
          fix: profile.value === "seccomp" ? "Remove the setting to get the runtime's default seccomp profile (RuntimeDefault), or write a profile that allows only the extra syscalls needed." : "Remove the setting to keep the runtime's default AppArmor profile, or write a profile that allows what is needed.",
          // A pod-level profile applies to every container: one finding for the pod.
          subject: `${w.unit.id}/unconfined/${profile.value}`,
        });
      }
    }
  },
};
export default rule;
