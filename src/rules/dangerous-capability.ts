import type { Severity } from "../findings/types.js";
import type { Rule } from "./types.js";

/** Capabilities that break container isolation, and what each hands over. */
const DANGEROUS: Record<string, { severity: Severity; why: string }> = {
  ALL: { severity: "high", why: "every capability, as good as privileged" },
  SYS_ADMIN: { severity: "high", why: "mount, namespaces and many kernel interfaces: the usual container escape" },
  SYS_MODULE: { severity: "high", why: "loading kernel modules" },
  SYS_PTRACE: { severity: "medium", why: "tracing and injecting into other processes" },
  NET_ADMIN: { severity: "medium", why: "reconfiguring interfaces, routes and firewall rules" },
  DAC_READ_SEARCH: { severity: "medium", why: "reading any file by handle (the shocker escape)" },
  SYS_RAWIO: { severity: "medium", why: "raw I/O on devices and ports" },
  BPF: { severity: "medium", why: "loading eBPF programs into the kernel" },
};

const rule: Rule = {
  meta: {
    id: "AIA204",
    name: "dangerous-capability",
    title: "Container adds a dangerous Linux capability",
    category: "dangerous-capability",
    defaultSeverity: "medium",
    rationale: "SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL and similar capabilities give a container ways out of its isolation.",
  },
  check({ model, report }) {
    for (const w of model.workloads) {
      for (const cap of w.security.capAdd) {
        const name = cap.value.toUpperCase().replace(/^CAP_/, "");
        const danger = DANGEROUS[name];
        if (!danger) continue;
        report({
          at: cap.pos,
          severity: danger.severity,
          title: `${w.name} adds ${name}`,
          message: `${w.name} adds the ${name} capability: ${danger.why}.`,
          fix: `Remove ${name} from the added capabilities (drop ALL and add back only what the process needs); if it is truly needed, suppress this finding with the reason.`,
          subject: `${w.id}/capability/${name}`,
        });
      }
    }
  },
};
export default rule;
