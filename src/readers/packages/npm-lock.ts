// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3, read with the streaming tokenizer:
// a lockfile of 50 MB is walked once and only the strings a component needs are made.
// Format: https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json
//   v2/v3 `packages`: keyed by install path (`node_modules/a/node_modules/b`), `""` the project itself, a
//   folder without `node_modules/` a workspace; `name` when the folder name is an alias; `link: true` for a
//   symbolic link to a folder (listed again under its own path); `dev: true` when only dev dependencies need
//   it (`devOptional` may still install it as an optional dependency of a production one: not dev).
//   v1 `dependencies`: nested by name, `version` (`npm:real@1.2.3` for an alias, a URL for git and tarball
//   dependencies, `file:` for a local folder), `dev`.
import type { Notice, PackageComponent } from "../../model/types.js";
import { JsonSyntaxError, JsonTokenizer, type JsonToken } from "../../parsers/json-tokens.js";
import { syntaxErrorNotice } from "../notices.js";
import type { SourceText } from "../types.js";
import type { PackageFileResult } from "./types.js";

const NODE_MODULES = "node_modules/";
/** The dependency lists of the project and its workspaces that make a package direct. */
const DIRECT_LISTS = new Set(["dependencies", "devDependencies", "optionalDependencies"]);

/** One entry of `packages` (v2/v3) or `dependencies` (v1), filled as its fields arrive. */
interface Entry {
  /** The name it is installed under (an alias's own name). */
  key: string;
  line: number;
  name?: string;
  version?: string;
  dev: boolean;
  link: boolean;
  /** v2/v3: `""` for `node_modules/<name>`, the workspace folder for `<workspace>/node_modules/<name>`, else undefined. */
  owner?: string;
}

/** What an open object of the lockfile is to the parser. */
type Frame =
  | { kind: "top" }
  | { kind: "packages" }
  | { kind: "package"; entry?: Entry; dependents?: Set<string> }
  | { kind: "names"; into: Set<string> }
  | { kind: "v1-dependencies" }
  | { kind: "v1-package"; entry: Entry };

export function parseNpmLock(file: SourceText): PackageFileResult {
  const notices: Notice[] = [];
  const tokens = new JsonTokenizer(file.text);
  const packages: Entry[] = [];
  const v1: Entry[] = [];
  let sawPackages = false;
  /** The dependency names of the project and of each workspace folder. */
  const projectDeps = new Set<string>();
  const workspaceDeps = new Map<string, Set<string>>();
  const anyWorkspaceDep = new Set<string>();
  try {
    if (tokens.next() !== "{") {
      notices.push({ file: file.path, line: tokens.tokenLine, kind: "warning", message: "not a lockfile: the top level is not an object" });
      return { packages: [], notices };
    }
    const frames: Frame[] = [{ kind: "top" }];
    /** Reads into an object value with `frame`; any other value is skipped. */
    const open = (first: JsonToken, frame: Frame) => (first === "{" ? frames.push(frame) : tokens.skipValue(first));
    while (frames.length) {
      const frame = frames[frames.length - 1];
      if (tokens.next() === "}") {
        frames.pop();
        continue;
      }
      // Every open frame is an object: the tokenizer hands its keys one by one.
      const line = tokens.tokenLine;
      const key = tokens.value();
      const first = tokens.next();
      switch (frame.kind) {
        case "top":
          if (key === "packages") {
            if (first !== "{") notices.push({ file: file.path, line, kind: "warning", message: "`packages` is not an object; not read" });
            else sawPackages = true;
            open(first, { kind: "packages" });
          } else if (key === "dependencies" && !sawPackages) open(first, { kind: "v1-dependencies" });
          else tokens.skipValue(first);
          break;
        case "packages": {
          const at = key.lastIndexOf(NODE_MODULES);
          if (at < 0) {
            // The project (`""`) or a workspace folder: its dependency lists say what is direct.
            const dependents = key === "" ? projectDeps : new Set<string>();
            if (key !== "" && first === "{") workspaceDeps.set(key, dependents);
            open(first, { kind: "package", dependents });
            break;
          }
          const prefix = key.slice(0, at);
          const owner = prefix === "" ? "" : prefix.endsWith("/") && !prefix.includes(NODE_MODULES) ? prefix.slice(0, -1) : undefined;
          const entry: Entry = { key: key.slice(at + NODE_MODULES.length), line, dev: false, link: false, owner };
          if (first === "{") packages.push(entry);
          open(first, { kind: "package", entry });
          break;
        }
        case "package":
          if (frame.dependents && DIRECT_LISTS.has(key)) open(first, { kind: "names", into: frame.dependents });
          else if (frame.entry) readField(frame.entry, key, first);
          else tokens.skipValue(first);
          break;
        case "names":
          frame.into.add(key);
          tokens.skipValue(first);
          break;
        case "v1-dependencies": {
          const entry: Entry = { key, line, dev: false, link: false };
          if (first === "{") v1.push(entry);
          open(first, { kind: "v1-package", entry });
          break;
        }
        case "v1-package":
          if (key === "dependencies") open(first, { kind: "v1-dependencies" });
          else readField(frame.entry, key, first);
          break;
      }
    }
    // Only white space may follow the top-level object: the tokenizer throws otherwise.
    tokens.next();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    notices.push(...syntaxErrorNotice(file.path, [error], "JSON: "));
  }
  for (const deps of workspaceDeps.values()) for (const name of deps) anyWorkspaceDep.add(name);

  function readField(entry: Entry, key: string, first: JsonToken): void {
    if (first === "string" && (key === "version" || key === "name")) entry[key] = tokens.value();
    else if (first === "true" && (key === "dev" || key === "link")) entry[key] = true;
    else tokens.skipValue(first);
  }

  const components: PackageComponent[] = [];
  if (sawPackages) {
    for (const entry of packages) {
      if (entry.link || entry.version === undefined) continue;
      const direct = entry.owner === "" ? projectDeps.has(entry.key) || anyWorkspaceDep.has(entry.key) : entry.owner !== undefined && workspaceDeps.get(entry.owner)?.has(entry.key) === true;
      components.push(npmPackage(file.path, entry.name ?? entry.key, entry.version, entry, !direct));
    }
  } else {
    for (const entry of v1) {
      const resolved = v1Version(entry.key, entry.version);
      if (resolved) components.push(npmPackage(file.path, resolved.name, resolved.version, entry, undefined, resolved.requirement));
    }
  }
  return { packages: components, notices };
}

function npmPackage(file: string, name: string, version: string | undefined, entry: Entry, transitive: boolean | undefined, requirement?: string): PackageComponent {
  return { type: "package", ecosystem: "npm", name, version, requirement, declaredIn: "lockfile", transitive, dev: entry.dev, pos: { file, line: entry.line } };
}

/**
 * A v1 `version`: a version, `npm:real-name@version` for an alias, a git or tarball URL (kept as the
 * requirement), or a local `file:`/`link:` folder (the project's own code: undefined).
 */
function v1Version(key: string, version: string | undefined): { name: string; version?: string; requirement?: string } | undefined {
  if (version === undefined || version.startsWith("file:") || version.startsWith("link:")) return undefined;
  if (version.startsWith("npm:")) {
    const alias = version.slice(4);
    const at = alias.lastIndexOf("@");
    return at > 0 ? { name: alias.slice(0, at), version: alias.slice(at + 1) } : undefined;
  }
  return version.includes(":") || version.includes("/") ? { name: key, requirement: version } : { name: key, version };
}
