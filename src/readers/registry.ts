// Every format reader, in one list. Adding a format is one reader file and one entry here.
import type { FileFormat } from "../model/types.js";
import { CONDA_NAME, packageFileKind, sniffConda } from "./packages/names.js";
import type { Claim, ReaderEntry, ReaderModule } from "./types.js";

/** `Dockerfile`, `Dockerfile.gpu`, `Dockerfile_llamacpp`, `dev.Dockerfile`, `Containerfile`, `app.containerfile`. */
const DOCKERFILE_NAME = /^(docker|container)file([._-][^/]*)?$|\.(docker|container)file$/i;
/** Names that start like a Dockerfile but are something else. */
const NOT_DOCKERFILE = /\.(md|txt|rst|sh|bash|ps1|bat|cmd|py|js|ts|json|ya?ml|toml|lock|orig|rej|bak|swp|html|xml|dockerignore)$/i;
/** `compose.yaml`, `docker-compose.yml`, `docker-compose.prod.yml`, `compose.override.yaml`, `docker-compose-gpu.yaml`. */
const COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
/** JSON is YAML to the parser: a `.json` manifest is read like a `.yaml` one. */
const YAML_NAME = /\.(ya?ml|json)$/i;

/**
 * Kubernetes when a document has top-level `apiVersion` and `kind` (keys quoted or not), or when it is
 * written in flow style or JSON (`{` or `[` first) or as an indented block or a list of objects
 * (`- apiVersion: v1`) and names both keys. Cheap on purpose: linear patterns over the text, no parse.
 */
export function sniffKubernetes(text: string): boolean {
  if (/^["']?apiVersion["']?[ \t]*:/m.test(text) && /^["']?kind["']?[ \t]*:/m.test(text)) return true;
  const first = firstContent(text);
  if ((first === "{" || first === "[") && /["']?\bapiVersion["']?\s*:/.test(text) && /["']?\bkind["']?\s*:/.test(text)) return true;
  return (first === "-" || first === " " || first === "\t") && /^[ \t]*(?:-[ \t]+)?["']?apiVersion["']?[ \t]*:/m.test(text) && /^[ \t]*(?:-[ \t]+)?["']?kind["']?[ \t]*:/m.test(text);
}

/** The first character of the first line that is not blank, a comment or a document marker (`---`). */
function firstContent(text: string): string | undefined {
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const trimmed = line.trim();
    if (trimmed !== "" && !trimmed.startsWith("#") && !/^(---|%)/.test(trimmed)) return line[0];
    if (end < 0) break;
    at = end + 1;
  }
  return undefined;
}

/** Top-level `services:` that is not a CI pipeline's (GitHub Actions, GitLab). */
export function sniffCompose(text: string): boolean {
  return /^services\s*:\s*(#.*)?$/m.test(text) && !/^(on|jobs|steps|stages)\s*:/m.test(text);
}

export const READERS: ReaderEntry[] = [
  {
    // A Helm chart: its Chart.yaml stands for the folder (readTree renders it, or reads its values).
    format: "helm",
    claimsName: (base) => base === "Chart.yaml",
    load: () => import("./helm/index.js"),
  },
  {
    format: "dockerfile",
    claimsName: (base) => DOCKERFILE_NAME.test(base) && !NOT_DOCKERFILE.test(base),
    load: () => import("./dockerfile.js"),
  },
  {
    format: "kubernetes",
    // `kind:` is optional in a kustomization file; its patch list matters to the Kubernetes reader.
    claimsName: (base) => /^kustomization\.ya?ml$/i.test(base),
    sniff: { names: YAML_NAME, test: sniffKubernetes },
    load: () => import("./kubernetes.js"),
  },
  {
    format: "compose",
    claimsName: (base) => COMPOSE_NAME.test(base),
    sniff: { names: YAML_NAME, test: sniffCompose },
    load: () => import("./compose.js"),
  },
  {
    format: "terraform",
    // Configuration in either syntax, and the variable files Terraform loads without being asked.
    claimsName: (base) => /\.tf(\.json)?$/i.test(base) || /^terraform\.tfvars(\.json)?$|\.auto\.tfvars(\.json)?$/i.test(base),
    load: () => import("./terraform/index.js"),
  },
  {
    format: "packages",
    claimsName: (_base, path) => packageFileKind(path) !== undefined && !CONDA_NAME.test(_base),
    sniff: { names: CONDA_NAME, test: sniffConda },
    // Lockfiles of large projects run to tens of megabytes; the parsers do not build a tree of them.
    maxBytes: 64 * 1024 * 1024,
    load: () => import("./packages/index.js"),
  },
];

/** Which reader takes a path by its name, or which ones look at its content; undefined: nothing to scan. */
export function claimByName(path: string): Claim | undefined {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const named = READERS.find((r) => r.claimsName(base, path));
  if (named) return { format: named.format };
  const sniff = READERS.filter((r) => r.sniff?.names.test(base)).map((r) => r.format);
  return sniff.length ? { sniff } : undefined;
}

/** The most bytes to read of a file with this claim: the scan's cap, or more for a format that allows it (lockfiles). */
export function byteLimit(claim: Claim, maxBytes: number): number {
  const entry = "format" in claim ? READERS.find((r) => r.format === claim.format) : undefined;
  return Math.max(maxBytes, entry?.maxBytes ?? 0);
}

/** The format a claim settles on once the text is known. */
export function formatOf(claim: Claim, text: string): FileFormat | undefined {
  if ("format" in claim) return claim.format;
  return claim.sniff.find((format) => READERS.find((r) => r.format === format)?.sniff?.test(text));
}

const loaded = new Map<FileFormat, Promise<ReaderModule>>();

/** Loads a reader once, the first time a file of its format is read. */
export function loadReader(format: FileFormat): Promise<ReaderModule> {
  let module = loaded.get(format);
  if (!module) {
    const entry = READERS.find((r) => r.format === format);
    if (!entry) throw new Error(`no reader for ${format}`);
    module = entry.load();
    loaded.set(format, module);
  }
  return module;
}
