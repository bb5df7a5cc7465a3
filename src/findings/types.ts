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

/** An advisory a vulnerable component is affected by, as a finding lists it. */
export interface FindingAdvisory {
  /** CVE id, else GHSA, else the source's id. */
  id: string;
  aliases?: string[];
  /** Computed from the CVSS vector, else the source's rating; `unknown` when neither is published. */
  severity: Severity | "unknown";
  /** CVSS base score computed from the vector. */
  score?: number;
  summary: string;
  /** The first fixed version on the component's release line; absent when none is released. */
  fixed?: string;
  knownExploited?: boolean;
  /** Only some setups are affected: how. */
  condition?: string;
  url: string;
  /** Accepted in the config (`ignore: [{advisories: […], reason}]`): why; it does not count for the finding. */
  accepted?: string;
}

export interface FindingComponent {
  name: string;
  version?: string;
  /** Packages: the ecosystem (`PyPI`, `npm` …); images have none. */
  ecosystem?: string;
  /** Package URL (purl) of the component. */
  purl?: string;
  advisories?: FindingAdvisory[];
  /** The smallest version that fixes every advisory listed (not accepted), as it would be written. */
  upgrade?: string;
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
