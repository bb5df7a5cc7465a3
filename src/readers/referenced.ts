// Readers of files that other files name rather than discovery: compose env files, configuration
// files mounted into a container, and kustomize JSON 6902 patch files. `read` gives a file of the tree by path, or undefined. Each file is
// read and parsed once, however many services name it.
import type { EnvVar, Located, PatchOp, ReferencedFiles } from "../model/types.js";
import { parseYaml } from "../parsers/yaml.js";
import { patchOps } from "./kustomize-patches.js";
import { parseEnvFile } from "../parsers/env-file.js";

function once<T>(read: (path: string) => T): (path: string) => T {
  const seen = new Map<string, T>();
  return (path) => {
    if (!seen.has(path)) seen.set(path, read(path));
    return seen.get(path) as T;
  };
}

export function referencedFiles(read: (path: string) => string | undefined): ReferencedFiles {
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
      const text = read(path);
      if (text === undefined) return undefined;
      const root = parseYaml(text).documents[0]?.root;
      return root?.kind === "seq" ? patchOps(root, (node) => ({ file: path, line: node.line, column: node.column })) : undefined;
    }),
  };
}
