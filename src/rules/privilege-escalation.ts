import type { Rule, RuleFinding } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA207",
    name: "privilege-escalation",
    title: "Process can gain more privileges than it starts with",
    category: "privilege-escalation",
    defaultSeverity: "low",
    rationale: "setuid binaries, sudo without a password and a missing no_new_privs let a compromised process become root inside the container.",
  },
  check({ model }) {
    return model.workloads.flatMap((w): RuleFinding[] => {
      const sudo = w.security.passwordlessSudo;
      if (sudo) {
        return [
          {
            category: "privilege-escalation",
            severity: "medium",
            title: `${w.name} grants passwordless sudo`,
            message: `The image adds a sudoers rule (${sudo.value}) that lets the service user become root without a password.`,
            fix: "Remove the NOPASSWD rule; run the steps that need root at build time, before switching USER.",
            file: sudo.pos.file,
            line: sudo.pos.line,
            column: sudo.pos.column,
            logicalPath: `${w.id}/sudoers`,
          },
        ];
      }
      // Kubernetes only: compose has no equivalent default worth flagging on every service.
      if (w.kind !== "k8s-container" || w.security.privileged?.value) return [];
      const ape = w.security.allowPrivilegeEscalation;
      // A patch that leaves the setting out says nothing about the object it patches.
      if (ape?.value === false || (!ape && w.partial)) return [];
      return [
        {
          category: "privilege-escalation",
          severity: "low",
          title: `${w.name} allows privilege escalation`,
          message: ape ? `${w.name} sets allowPrivilegeEscalation: true.` : `${w.name} does not set allowPrivilegeEscalation: false, so setuid binaries in the image can raise privileges.`,
          fix: "Set securityContext.allowPrivilegeEscalation: false on the container.",
          file: w.file,
          line: ape?.pos.line ?? w.pos.line,
          column: ape?.pos.column,
          logicalPath: `${w.id}/allowPrivilegeEscalation`,
        },
      ];
    });
  },
};
export default rule;
