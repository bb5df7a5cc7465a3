// What a rule reports, and what every renderer reads.

export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is worse. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** The fixed vocabulary of DESIGN.md. */
export const CATEGORIES = [
  "exposed-service",
  "missing-auth",
  "vulnerable-component",
  "eol-component",
  "outdated-component",
  "privileged-container",
  "privilege-escalation",
  "host-namespace",
  "docker-socket",
  "dangerous-capability",
  "root-user",
  "writable-host-mount",
  "unpinned-image",
  "insecure-download",
  "default-credentials",
  "hardcoded-secret",
  "open-network-rule",
  "parse-error",
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FindingComponent {
  name: string;
  version?: string;
}

/** A finding as a rule reports it, before suppressions and fingerprints are applied. */
export interface RawFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  title: string;
  message: string;
  /** How to fix it, one or two sentences. */
  fix: string;
  file: string;
  line: number;
  endLine?: number;
  column?: number;
  component?: FindingComponent;
  /**
   * What the finding is about, independent of line numbers: `services.ollama/ports/11434`.
   * With ruleId and file it forms the fingerprint.
   */
  logicalPath: string;
}

export interface Suppression {
  kind: "inline" | "config";
  reason: string;
}

export interface Finding extends RawFinding {
  fingerprint: string;
  suppressed: boolean;
  suppression?: Suppression;
}
