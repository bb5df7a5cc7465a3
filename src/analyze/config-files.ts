// Configuration files a workload mounts from the repository (`./redis.conf:/usr/local/etc/redis/redis.conf`)
// are read, so that settings written there (`requirepass`, `api_key:`) count like flags and variables.
// A file mounted from outside the repository may set anything.
import { posix } from "node:path";
import { wildcard } from "../model/wildcard.js";
import type { ConfigMapDecl, ReferencedFiles, Workload } from "../model/types.js";

/** A ConfigMap of the tree by namespace and name, for volumes that mount one. */
export type FindConfigMap = (namespace: string, name: string) => ConfigMapDecl | undefined;

export function attachConfigFiles(workload: Workload, configPaths: string[], referenced: ReferencedFiles, findConfigMap: FindConfigMap): void {
  const command = new Set(workload.argv.flatMap((a) => a.value.split(/\s+/)));
  for (const volume of workload.volumes) {
    if (!volume.source || !volume.target) continue;
    const target = volume.target;
    // A ConfigMap or Secret is mounted as a folder: it matters when the command or the product reads a file in it.
    if (volume.kind === "other") {
      const readsFile = (path: string) => command.has(path) || configPaths.some((glob) => wildcard(glob).test(path));
      const configMap = /^ConfigMap /.test(volume.source) ? findConfigMap(workload.namespace ?? "default", volume.source.slice("ConfigMap ".length)) : undefined;
      if (configMap) {
        for (const [key, lines] of configMap.files) {
          // With `subPath: <key>` the key is mounted as the file `target` itself.
          if (volume.subPath !== undefined && volume.subPath !== key) continue;
          const path = volume.subPath !== undefined ? target : `${target}/${key}`;
          if (readsFile(path)) (workload.configFiles ??= []).push({ path: lines[0]?.pos.file ?? key, target: path, lines: lines.filter((l) => l.value.trim() !== "" && !/^\s*[#;]/.test(l.value)).map((l) => ({ ...l, origin: "config-map" as const })) });
        }
      } else if ([...command].some((t) => t === target || t.startsWith(`${target}/`)) || configPaths.some((glob) => wildcard(glob).test(target) || wildcard(glob).test(`${target}/x`))) {
        workload.configFromOutside ??= { path: volume.source, pos: volume.pos };
      }
      continue;
    }
    if (volume.kind !== "bind" && volume.kind !== "host-path") continue;
    if (!command.has(target) && !configPaths.some((glob) => wildcard(glob).test(target))) continue;
    const source = volume.source;
    // Only a path relative to the compose file names a file of the repository.
    const inRepo = volume.kind === "bind" && /^\.\.?\//.test(source);
    const path = inRepo ? posix.normalize(posix.join(posix.dirname(workload.file), source)) : undefined;
    const lines = path && !path.startsWith("../") ? referenced.configFile(path) : undefined;
    if (lines === undefined || !path) {
      workload.configFromOutside ??= { path: source, pos: volume.pos };
      continue;
    }
    (workload.configFiles ??= []).push({ path, target, lines });
  }
}
