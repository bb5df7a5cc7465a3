// Decides what kind of infrastructure file a path is: by name first, by content only when the name is ambiguous.
import type { FileFormat } from "../model/types.js";

/** `Dockerfile`, `Dockerfile.gpu`, `Dockerfile_llamacpp`, `dev.Dockerfile`, `Containerfile`, `app.containerfile`. */
const DOCKERFILE_NAME = /^(docker|container)file([._-][^/]*)?$|\.(docker|container)file$/i;
/** Names that start like a Dockerfile but are something else. */
const NOT_DOCKERFILE = /\.(md|txt|rst|sh|bash|ps1|bat|cmd|py|js|ts|json|ya?ml|toml|lock|orig|rej|bak|swp|html|xml|dockerignore)$/i;
/** `compose.yaml`, `docker-compose.yml`, `docker-compose.prod.yml`, `compose.override.yaml`, `docker-compose-gpu.yaml`. */
const COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

/** What a name says: a known format, `yaml` (look inside), or nothing to scan. */
export function classifyByName(path: string): FileFormat | "yaml" | undefined {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (DOCKERFILE_NAME.test(base) && !NOT_DOCKERFILE.test(base)) return "dockerfile";
  if (COMPOSE_NAME.test(base)) return "compose";
  // `kind:` is optional in a kustomization file; its patch list matters to the Kubernetes reader.
  if (/^kustomization\.ya?ml$/i.test(base)) return "kubernetes";
  if (YAML_NAME.test(base)) return "yaml";
  return undefined;
}

/** A `.yaml` file is Kubernetes when a document has top-level `apiVersion` and `kind`, compose when it has top-level `services`. */
export function sniffYaml(text: string): FileFormat | undefined {
  if (/^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text)) return "kubernetes";
  if (/^services\s*:\s*(#.*)?$/m.test(text) && !/^(on|jobs|steps|stages)\s*:/m.test(text)) return "compose";
  return undefined;
}

/** Helm chart templates are Go templates, not YAML: they are scanned once rendered (a later version). */
export function isHelmTemplate(path: string, text: string): boolean {
  return /(^|\/)templates\//.test(path) && /\{\{[-\s]/.test(text);
}
