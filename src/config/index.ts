// `.ai-infra-audit.yml`: disable rules, override severities, exclude paths, suppress findings with a
// reason and an optional expiry. Invalid config is an error naming the file, the line and the key,
// never a silent default. The default config file comes from the scanned tree, so it is read only when
// it is a small regular file inside it; a file the user names (--config, the Action's `config` input)
// is the user's own choice and is read wherever it is.
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readInsideRoot } from "../discover/read.js";
import { ConfigError, emptyConfig, type Config } from "./schema.js";

export * from "./schema.js";

export const CONFIG_FILE = ".ai-infra-audit.yml";
/** The names a default config file may have, in the order they are looked for. */
export const CONFIG_FILES = [CONFIG_FILE, ".ai-infra-audit.yaml"];
/** The largest default config file read from the scanned tree. */
export const MAX_TREE_CONFIG_BYTES = 256 * 1024;

/**
 * The config to use (see readConfigText), parsed and validated; the defaults when there is none. The YAML
 * parser is loaded only when there is a config file to parse.
 */
export async function loadConfig(root: string, path?: string, label: string | undefined = path): Promise<Config> {
  const source = readConfigText(root, path, label);
  if (!source) return emptyConfig();
  const { parseConfig } = await import("./parse.js");
  return parseConfig(source.text, source.name);
}

/**
 * The text of the config to use and the name to give it in errors: `path` (named by the user; `label` is
 * how to name it, `path` by default), or else `.ai-infra-audit.yml` (or `.yaml`) in `root` when there is
 * one; undefined for the defaults. Parsing it is `parseConfig` (config/parse.ts), loaded only then.
 */
export function readConfigText(root: string, path?: string, label: string | undefined = path): { text: string; name: string } | undefined {
  if (path !== undefined) {
    const name = label ?? path;
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new ConfigError(`config file not found: ${name}`);
      throw new ConfigError(`cannot read config file ${name}: ${code ?? (error as Error).message}`);
    }
    return { text, name };
  }
  for (const name of CONFIG_FILES) {
    const text = readTreeConfig(root, name);
    if (text !== undefined) return { text, name };
  }
  return undefined;
}

/**
 * The default config file `name` in the scanned tree, or undefined when there is none. It must be a
 * regular file of at most MAX_TREE_CONFIG_BYTES whose real path is inside the root: a link out of the
 * tree (to a runner's secrets), a named pipe that never ends or a device is refused, not read.
 */
function readTreeConfig(root: string, name: string): string | undefined {
  const refuse = (why: string) => new ConfigError(`${why}; not read (name a config file with --config or the Action's config input instead)`, { file: name });
  try {
    lstatSync(join(root, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw refuse(`cannot be read (${code ?? "error"})`);
  }
  // Read as every file of the tree is: inside the root, a regular file, opened without blocking.
  const read = readInsideRoot(root, name, MAX_TREE_CONFIG_BYTES);
  if ("text" in read) return read.text;
  switch (read.skipped) {
    case "outside":
      throw refuse("is a symbolic link to a file outside the scanned directory");
    case "not-a-file":
      throw refuse(`is ${read.kind}, not a regular file`);
    case "too-large":
      throw refuse(`is larger than ${MAX_TREE_CONFIG_BYTES / 1024} KiB`);
    case "binary":
      throw refuse("is a binary file");
    default:
      throw refuse(read.code === "ENOENT" ? "is a symbolic link to a file that does not exist" : `cannot be resolved (${read.code ?? "error"})`);
  }
}
