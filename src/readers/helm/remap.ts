// The Kubernetes reader reads a chart's manifests (rendered, or made from its values) as one text with a
// name no file has; this moves every position it recorded to the file and line the chart writes it at, and
// gives each workload, Service and route a file of its own declaration, keeping what other stages join on:
// a pod's containers share a file (its main container's image's, so that the image component and the
// workload that runs it name the same file), and an operator's Service names its pods in that file.
import type { ModelPart, Notice, SourcePos, Workload } from "../../model/types.js";

/** A name no file of a tree can have (a NUL byte). */
export function virtualPath(chartDir: string): string {
  return `${chartDir}\0chart`;
}

export function remapPart(part: ModelPart, virtual: string, map: (line: number) => SourcePos): void {
  const seen = new Set<object>();
  const walk = (value: unknown, depth: number): void => {
    if (typeof value !== "object" || value === null || seen.has(value) || depth > 64) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    if (value instanceof Map) {
      for (const item of value.values()) walk(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (record.file === virtual && typeof record.line === "number") {
      const to = map(record.line);
      record.file = to.file;
      record.line = to.line;
      record.column = to.column;
      record.endLine = undefined;
      return;
    }
    for (const key of Object.keys(record)) if (key !== "platform") walk(record[key], depth + 1);
  };
  walk(part.workloads, 0);
  walk(part.components, 0);
  walk(part.services, 0);
  walk(part.routes, 0);
  walk(part.secretValues, 0);
  walk(part.configMaps, 0);
  // A pod's containers take the file of its main container's image (where a version would be changed).
  const unitFile = new Map<string, string>();
  for (const w of part.workloads) {
    if (w.file !== virtual) continue;
    const main = fileOf(w);
    if (!unitFile.has(w.unit.id) || (!w.initOnly && w.image)) unitFile.set(w.unit.id, main);
  }
  const names = new Map(part.portNames);
  part.portNames.clear();
  for (const w of part.workloads) {
    if (w.file !== virtual) continue;
    // (A sidecar whose image is written in another file than the main container's keeps the pod's file: its
    // image component then names another file, and is not joined to it.)
    const file = unitFile.get(w.unit.id) ?? fileOf(w);
    const ports = names.get(`${w.file}\0${w.id}`);
    w.file = file;
    if (ports) part.portNames.set(`${file}\0${w.id}`, ports);
  }
  for (const [key, ports] of names) if (!key.startsWith(`${virtual}\0`)) part.portNames.set(key, ports);
  for (const svc of part.services) {
    if (svc.file !== virtual) continue;
    svc.file = svc.pods?.length ? (unitFile.get(svc.pods[0]) ?? svc.pos.file) : svc.pos.file;
  }
  for (const route of part.routes) if (route.file === virtual) route.file = route.pos.file;
}

function fileOf(w: Workload): string {
  return w.image?.pos.file ?? w.pos.file;
}

export function remapNotices(notices: Notice[], virtual: string, map: (line: number) => SourcePos): Notice[] {
  return notices.map((n) => {
    if (n.file !== virtual) return n;
    const to = map(n.line ?? 1);
    return { ...n, file: to.file, line: to.line, column: undefined };
  });
}
