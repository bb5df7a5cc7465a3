// Readers of files that other files name rather than discovery: compose env files, configuration
// files mounted into a container, and kustomize JSON 6902 patch files. `read` gives a file of the tree by path, or undefined. Each file is
// read and parsed once, however many services name it.
import type { EnvVar, Located, ModelPart, PatchOp, ReferencedFiles } from "../model/types.js";
import { parseEnvFile } from "../parsers/env-file.js";

function once<T>(read: (path: string) => T): (path: string) => T {
  const seen = new Map<string, T>();
  return (path) => {
    if (!seen.has(path)) seen.set(path, read(path));
    return seen.get(path) as T;
  };
}

/**
 * The files the parts name. The YAML parser for JSON 6902 patch files is loaded only when a kustomization
 * names one: a scan without them does not pay for it.
 */
export async function referencedFiles(read: (path: string) => string | undefined, parts: ModelPart[]): Promise<ReferencedFiles> {
  const opsFiles = parts.some((p) => p.kustomizations.some((k) => k.opsFiles.length > 0));
  const parseOps = opsFiles ? (await import("./kustomize-patches.js")).patchOpsOfText : undefined;
  return {
    envFile: once((path): EnvVar[] | undefined => {
      const text = read(path);
      if (text === undefined) return undefined;
      return parseEnvFile(text).map((e) => ({ name: e.name, value: e.value, source: "literal" as const, origin: "env-file" as const, pos: { file: path, line: e.line } }));
    }),
    configFile: once((path): Located<string>[] | undefined => {
      const text = read(path);
      if (text === undefined) return undefined;
      return text.split(/\r?\n/).flatMap((line, i): Located<string>[] => (line.trim() === "" || /^\s*[#;]/.test(line) ? [] : [{ value: line, pos: { file: path, line: i + 1 }, origin: "mounted-file" }]));
    }),
    patchOps: once((path): PatchOp[] | undefined => {
      const text = parseOps ? read(path) : undefined;
      return text === undefined ? undefined : parseOps?.(text, path);
    }),
  };
}
