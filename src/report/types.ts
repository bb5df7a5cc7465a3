// What a scan produces, as every renderer reads it.
import type { Finding, Severity } from "../findings/types.js";
import type { RuleMeta } from "../rules/types.js";
import type { AdvisorySources } from "../match/types.js";
import type { Notice } from "../model/types.js";

export interface InventoryComponent {
  type: "image" | "package";
  /** Packages: `PyPI`, `npm`, `Go`, `crates.io`, `apt`, `GitHub`. */
  ecosystem?: string;
  name: string;
  version?: string;
  /** A package written as a range rather than one version: listed, not matched. */
  requirement?: string;
  /** Catalog product id when the component is a known AI product. */
  product?: string;
  /** Package URL; absent for a package written as a range. */
  purl?: string;
  /** Ids of the advisories that affect it at this version (accepted ones included). */
  advisories?: string[];
  /** The smallest version that fixes them, when one is released. */
  upgrade?: string;
  /** Release lines past their end of life it is or is built on: `Python 3.8 (end of life 2024-10-07)`. */
  endOfLife?: string[];
  /** The workload that runs it (`services.ollama`), when one does. */
  workload?: string;
  file: string;
  line: number;
}

export interface InventoryWorkload {
  id: string;
  kind: string;
  name: string;
  file: string;
  line: number;
  image?: string;
  product?: string;
  /** Asks for an NVIDIA GPU. */
  gpu?: boolean;
  /** How the workload can be reached: `loopback`, `cluster`, `private` (an internal load balancer), `network`; absent when only inside its network. */
  reach?: string;
  /** Each way it is reachable beyond its container or pod (a published port, a Service, an Ingress …). */
  exposures?: InventoryExposure[];
  /**
   * The AI product's authentication as configured: `on`, `off` (exists, not enabled or switched off),
   * `none` (the product has none), `unknown` (set by a file from outside the tree); absent when the product is unknown.
   */
  auth?: "on" | "off" | "none" | "unknown";
}

export interface InventoryExposure {
  /** `published-port`, `host-network`, `host-port`, `node-port`, `load-balancer`, `external-ip`, `ingress`, `proxy-route`. */
  via: string;
  reach: string;
  /** Container ports reachable this way; empty means every port the process listens on. */
  ports: number[];
  /** As the finding messages say it: `ports "11434:11434" on all interfaces`. */
  description: string;
  /** An authenticating proxy sits in front (ingress auth annotations). */
  authenticatedProxy?: boolean;
  file: string;
  line: number;
}

/** A model a workload serves, and where it is named. */
export interface InventoryModel {
  /** As written: `meta-llama/Llama-3.1-8B-Instruct`, `llama3.2:1b`, `meta/llama-3.1-8b-instruct`. */
  name: string;
  /** `huggingface` (a Hub repository id), `ollama`, `nim` (an NVIDIA NIM image), `other`. */
  source: string;
  /** The workload that serves it (`services.vllm`). */
  workload: string;
  /** Catalog product id of the server, when known. */
  product?: string;
  /** Where the name is written: the workload's file, an env file or a Dockerfile. */
  file: string;
  line: number;
}

/** A Kubernetes Service or Ingress, and how far it makes its targets reachable. */
export interface InventoryNetworkRule {
  kind: string;
  name: string;
  namespace?: string;
  type: string;
  reach: string;
  file: string;
  line: number;
}

export interface ScanResult {
  tool: { name: string; version: string };
  /** Findings of every severity, suppressed ones included (marked). */
  findings: Finding[];
  /** Every rule that ran, for SARIF `tool.driver.rules` and docs links. */
  rules: RuleMeta[];
  inventory: { components: InventoryComponent[]; workloads: InventoryWorkload[]; networkRules: InventoryNetworkRule[]; models: InventoryModel[] };
  /** How current the advisory data is and whether OSV was asked. */
  advisories: AdvisorySources;
  /** Files skipped or partly read, and why. Parse errors are also findings (category `parse-error`). */
  notices: Notice[];
  summary: {
    files: number;
    /** Unsuppressed findings per severity. */
    bySeverity: Record<Severity, number>;
  };
}

/** Where rule help pages live, for SARIF `helpUri` and links in Markdown. */
export const DOCS_BASE = "https://github.com/ai-infra-audit/ai-infra-audit/blob/main/docs/rules";
