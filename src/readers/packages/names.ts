// Which files the packages reader takes, by name: kept apart from the parsers so that claiming a file
// loads none of them.

/** The kinds of package files, each parsed by its own module (see index.ts). */
export type PackageFileKind =
  | "requirements"
  | "pipfile-lock"
  | "poetry-lock"
  | "uv-lock"
  | "pyproject"
  | "conda"
  | "npm-lock"
  | "yarn-lock"
  | "pnpm-lock"
  | "go-mod"
  | "cargo-lock";

/**
 * `requirements.txt`, `requirements-dev.txt`, `dev-requirements.txt`, `requirements_gpu.txt`, and any
 * `.txt` in a `requirements/` folder (`requirements/base.txt`); `constraints.txt` pins the same way.
 */
const REQUIREMENTS = /^(?:[\w.-]*[-_.])?(?:requirements|constraints)(?:[-_.][\w.-]*)?\.(?:txt|in)$/i;
const IN_REQUIREMENTS_DIR = /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/i;

const BY_NAME: [RegExp, PackageFileKind][] = [
  [/^Pipfile\.lock$/, "pipfile-lock"],
  [/^poetry\.lock$/, "poetry-lock"],
  [/^uv\.lock$/, "uv-lock"],
  [/^pyproject\.toml$/, "pyproject"],
  [/^(?:package-lock|npm-shrinkwrap)\.json$/, "npm-lock"],
  [/^yarn\.lock$/, "yarn-lock"],
  [/^pnpm-lock\.ya?ml$/, "pnpm-lock"],
  [/^go\.mod$/, "go-mod"],
  [/^Cargo\.lock$/, "cargo-lock"],
];

/** The kind of package file `path` is by its name; undefined when it is none (a conda file is told by its content). */
export function packageFileKind(path: string): PackageFileKind | undefined {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (REQUIREMENTS.test(base) || IN_REQUIREMENTS_DIR.test(path)) return "requirements";
  if (CONDA_NAME.test(base)) return "conda";
  return BY_NAME.find(([name]) => name.test(base))?.[1];
}

/** conda's `environment.yml` (also `environment-gpu.yaml`, `conda.yaml`): YAML, so claimed only when its content says so. */
export const CONDA_NAME = /^(?:environment|conda|env)(?:[-_.][\w.-]*)?\.ya?ml$/i;

/** A conda environment file: top-level `dependencies:` with no Kubernetes or compose keys. */
export function sniffConda(text: string): boolean {
  return /^dependencies[ \t]*:/m.test(text) && !/^(?:apiVersion|kind|services)[ \t]*:/m.test(text);
}
