// A chart's Chart.yaml and values files, read from the tree with their positions.
import type { SourcePos } from "../../model/types.js";
import { get, items, parseYaml, str, type YNode } from "../../parsers/yaml.js";
import { fromYaml, type VNode } from "./values.js";

export interface Dependency {
  name: string;
  alias?: string;
  /** Comma-separated values paths; the first one the values set decides. */
  condition?: string;
  repository?: string;
  version?: string;
  pos: SourcePos;
}

export interface ChartMeta {
  /** `deploy/chart/`, or `` for the root. */
  dir: string;
  /** Chart.yaml's path. */
  file: string;
  name: string;
  version?: string;
  appVersion?: string;
  dependencies: Dependency[];
  /** The `name:` line. */
  pos: SourcePos;
}

/** Chart.yaml's fields, or why it cannot be read as one. */
export function readChartYaml(dir: string, file: string, text: string): ChartMeta | { error: string } {
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) return { error: `Chart.yaml is not valid YAML (line ${parsed.errors[0].line}: ${parsed.errors[0].message})` };
  const root = parsed.documents[0]?.root;
  const nameNode = get(root, "name");
  const name = str(nameNode);
  if (!root || root.kind !== "map" || !name || !nameNode) return { error: "Chart.yaml names no chart (no `name:`)" };
  const dependencies = items(get(root, "dependencies")).flatMap((d): Dependency[] => {
    const depName = str(get(d, "name"));
    if (!depName) return [];
    return [{ name: depName, alias: str(get(d, "alias")), condition: str(get(d, "condition")), repository: str(get(d, "repository")), version: str(get(d, "version")), pos: { file, line: d.line, column: d.column } }];
  });
  return { dir, file, name, version: str(get(root, "version")), appVersion: str(get(root, "appVersion")), dependencies, pos: { file, line: nameNode.line, column: nameNode.column } };
}

/** A values file as a tree with positions, or why not. */
export function readValuesFile(file: string, text: string): { root?: VNode; yaml?: YNode; error?: string } {
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) return { error: `${file} is not valid YAML (line ${parsed.errors[0].line}: ${parsed.errors[0].message})` };
  if (parsed.limits.length > 0) return { error: `${file}: ${parsed.limits[0].message}` };
  const yaml = parsed.documents[0]?.root;
  if (!yaml) return {};
  if (yaml.kind !== "map") return { error: `${file} is not a mapping of values` };
  return { root: fromYaml(yaml, file), yaml };
}
