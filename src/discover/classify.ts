// Decides what kind of infrastructure file a path is: by name first, by content only when the name is ambiguous.
import type { FileFormat } from "../model/types.js";

/** `Dockerfile`, `Dockerfile.gpu`, `Dockerfile_llamacpp`, `dev.Dockerfile`, `Containerfile`, `app.containerfile`. */
const DOCKERFILE_NAME = /^(docker|container)file([._-][^/]*)?$|\.(docker|container)file$/i;
/** Names that start like a Dockerfile but are something else. */
const NOT_DOCKERFILE = /\.(md|txt|rst|sh|bash|ps1|bat|cmd|py|js|ts|json|ya?ml|toml|lock|orig|rej|bak|swp|html|xml|dockerignore)$/i;
/** `compose.yaml`, `docker-compose.yml`, `docker-compose.prod.yml`, `compose.override.yaml`, `docker-compose-gpu.yaml`. */
const COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
const YAML_NAME = /\.(ya?ml|json)$/i;

/** What a name says: a known format, `yaml` (look inside; JSON is YAML to the parser), or nothing to scan. */
export function classifyByName(path: string): FileFormat | "yaml" | undefined {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (DOCKERFILE_NAME.test(base) && !NOT_DOCKERFILE.test(base)) return "dockerfile";
  if (COMPOSE_NAME.test(base)) return "compose";
  // `kind:` is optional in a kustomization file; its patch list matters to the Kubernetes reader.
  if (/^kustomization\.ya?ml$/i.test(base)) return "kubernetes";
  if (YAML_NAME.test(base)) return "yaml";
  return undefined;
}

/**
 * A `.yaml` or `.json` file is Kubernetes when a document has top-level `apiVersion` and `kind` (keys
 * quoted or not), or when it is written in flow style or JSON (`{` or `[` first) or as an indented block or
 * a list of objects (`- apiVersion: v1`) and names both keys; compose when it has top-level `services`.
 * Cheap on purpose: linear patterns over the text, no parse.
 */
export function sniffYaml(text: string): FileFormat | undefined {
  if (/^["']?apiVersion["']?[ \t]*:/m.test(text) && /^["']?kind["']?[ \t]*:/m.test(text)) return "kubernetes";
  const first = firstContent(text);
  if ((first === "{" || first === "[") && /["']?\bapiVersion["']?\s*:/.test(text) && /["']?\bkind["']?\s*:/.test(text)) return "kubernetes";
  if ((first === "-" || first === " " || first === "\t") && /^[ \t]*(?:-[ \t]+)?["']?apiVersion["']?[ \t]*:/m.test(text) && /^[ \t]*(?:-[ \t]+)?["']?kind["']?[ \t]*:/m.test(text)) return "kubernetes";
  if (/^services\s*:\s*(#.*)?$/m.test(text) && !/^(on|jobs|steps|stages)\s*:/m.test(text)) return "compose";
  return undefined;
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

/**
 * Helm chart templates are Go templates, not YAML: they are scanned once rendered (a later version). A
 * template is a file under the `templates/` folder of a chart (discovery finds the chart by its
 * `Chart.yaml`) that holds template actions; `{{` elsewhere is a value like any other.
 */
export function isHelmTemplate(candidate: { helmChart?: string }, text: string): boolean {
  return candidate.helmChart !== undefined && text.includes("{{");
}
