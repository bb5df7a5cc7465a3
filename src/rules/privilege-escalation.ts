import { PASSWORDLESS_SUDO_IMAGE } from "../catalog/images.js";
import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA207",
    name: "privilege-escalation",
    title: "Process can gain more privileges than it starts with",
    category: "privilege-escalation",
    defaultSeverity: "low",
    rationale: "setuid binaries, sudo without a password and a missing no_new_privs let a compromised process become root inside the container.",
  },
  check({ model, report }) {
    for (const w of model.workloads) {
      const sudo = w.security.passwordlessSudo;
      if (sudo) {
        report({
          at: sudo.pos,
          severity: "medium",
          title: `${w.name} grants passwordless sudo`,
          message: `The image adds a sudoers rule (${sudo.value}) that lets the service user become root without a password.`,
          fix: "Remove the NOPASSWD rule; run the steps that need root at build time, before switching USER.",
          subject: `${w.id}/sudoers`,
        });
        continue;
      }
      const ape = w.security.allowPrivilegeEscalation;
      // An image that lets its user sudo to root without a password: only no_new_privs stops it.
      if (!w.platform.definesImage && w.image && PASSWORDLESS_SUDO_IMAGE.test(w.image.raw) && ape?.value !== false && !w.security.privileged?.value) {
        report({
          at: ape ? { file: ape.pos.file, line: ape.pos.line, column: ape.pos.column } : { file: w.image.pos.file, line: w.image.pos.line, column: w.image.pos.column },
          severity: "medium",
          title: `${w.name} can sudo to root`,
          message: `${w.image.raw} runs as an unprivileged user that may become root without a password (sudoers NOPASSWD: ALL in the image), and ${w.name} does not set no_new_privs.`,
          fix: w.platform.fix.noPrivilegeEscalation,
          subject: `${w.id}/allowPrivilegeEscalation`,
        });
        continue;
      }
      // Only where the platform has a per-workload setting for it, expected to be written (Kubernetes'
      // securityContext): elsewhere an unset value is no finding worth raising on every service.
      if (!w.platform.hardeningSettings || w.security.privileged?.value) continue;
      // A patch that leaves the setting out says nothing about the object it patches.
      if (ape?.value === false || (!ape && w.partial)) continue;
      report({
        at: ape ? { file: ape.pos.file, line: ape.pos.line, column: ape.pos.column } : { file: w.pos.file, line: w.pos.line },
        title: `${w.name} allows privilege escalation`,
        message: ape ? `${w.name} sets allowPrivilegeEscalation: true.` : `${w.name} does not set allowPrivilegeEscalation: false, so setuid binaries in the image can raise privileges.`,
        fix: w.platform.fix.noPrivilegeEscalation,
        subject: `${w.id}/allowPrivilegeEscalation`,
      });
    }
  },
};
export default rule;
