// `helm_release` (Terraform's Helm provider): recorded as data, the chart and the values it sets with their
// lines, for a chart reader to judge. Charts are not fetched or rendered from here; when the values publish a
// Service (`service.type = LoadBalancer` or `NodePort`), a notice says so, since what that exposes is not judged.
// https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release
import type { HelmReleaseDecl, Located } from "../../model/types.js";
import { parseYaml } from "../../parsers/yaml.js";
import type { Extractor } from "./module.js";
import { at, blocks, fromYaml, get, items, str, type TfValue } from "./values.js";

/** Values read from one release: enough for any chart's settings, never a hostile document's millions. */
const MAX_VALUES = 1024;
const MAX_DEPTH = 16;

function flatten(value: TfValue, prefix: string, out: Record<string, Located<string>>, depth: number): void {
  if (Object.keys(out).length >= MAX_VALUES || depth > MAX_DEPTH) return;
  if (value.kind === "map") {
    for (const [key, child] of value.entries) flatten({ ...child, via: child.via ?? value.via }, prefix ? `${prefix}.${key}` : key, out, depth + 1);
    return;
  }
  if (value.kind === "list") {
    items(value).forEach((child, i) => flatten(child, `${prefix}[${i}]`, out, depth + 1));
    return;
  }
  const text = str(value);
  if (text !== undefined && prefix) out[prefix] = { value: text, pos: at(value) };
}

const helmRelease: Extractor = (resource, part, _module, notices) => {
  const body = resource.body;
  const chart = str(get(body, "chart"));
  if (chart === undefined) return;
  const values: Record<string, Located<string>> = {};
  let valuesFromOutside: string | undefined;
  for (const doc of items(get(body, "values"))) {
    if (doc.kind === "map") flatten(doc, "", values, 0);
    else if (doc.kind === "string") {
      const parsed = parseYaml(doc.value);
      const root = parsed.errors.length === 0 ? parsed.documents[0]?.root : undefined;
      if (root) flatten({ ...fromYaml(root, doc.pos.file, doc.bodyLine ?? doc.pos.line), via: doc.via }, "", values, 0);
    } else valuesFromOutside ??= doc.kind === "unknown" && doc.ref ? doc.ref : (doc.via?.text ?? "an expression");
  }
  for (const key of ["set", "set_sensitive", "set_string"]) {
    for (const entry of blocks(body, key)) {
      const name = str(get(entry, "name"));
      const value = get(entry, "value");
      // `set` names escape a dot inside a key with a backslash (`podAnnotations.prometheus\.io/scrape`); the path here does not.
      if (name && value && str(value) !== undefined) values[name.replace(/\\\./g, ".")] = { value: str(value) as string, pos: at(value) };
    }
  }
  const release: HelmReleaseDecl = {
    id: resource.address,
    name: str(get(body, "name")) ?? resource.name,
    namespace: str(get(body, "namespace")) ?? "default",
    chart,
    repository: str(get(body, "repository")),
    version: str(get(body, "version")),
    values,
    valuesFromOutside,
    pos: resource.pos,
  };
  part.helmReleases.push(release);
  for (const [key, setting] of Object.entries(values)) {
    if (!/(^|\.)service\.type$/.test(key) || !/^(LoadBalancer|NodePort)$/.test(setting.value)) continue;
    notices.push({
      file: setting.pos.file,
      line: setting.pos.line,
      kind: "warning",
      message: `${resource.address} installs chart ${chart}${release.version ? ` ${release.version}` : ""} with ${key} = ${setting.value}: charts installed from Terraform are not rendered, so what this publishes was not checked`,
    });
  }
};

export const HELM_EXTRACTORS: Record<string, Extractor> = { helm_release: helmRelease };
