// The action's inputs, each read through its action.yml default and checked, with a clear message for a bad value.
import * as core from "@actions/core";
import { ConfigError } from "../config/index.js";

/**
 * Every input of action.yml with its default. The runner fills in these defaults, but an action run
 * another way (a composite action, a test, `node dist/index.js`) sees an empty value for every input it
 * was not given; reading through this table gives it the same value. A test checks it against action.yml.
 */
export const INPUT_DEFAULTS = {
  path: ".",
  "fail-on": "",
  severity: "info",
  config: "",
  token: "${{ github.token }}",
  "check-name": "ai-infra-audit",
  comment: "auto",
  mode: "auto",
  "max-file-size": "",
  "sarif-file": "",
  "json-file": "",
  "job-summary": "true",
  annotations: "true",
  "trust-head-config": "false",
  "only-new": "true",
  baseline: "",
  offline: "false",
  "osv-db": "",
  "sbom-file": "",
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** The input's value, or its action.yml default when it is empty. */
export function input(name: InputName): string {
  return core.getInput(name) || INPUT_DEFAULTS[name];
}

/** A boolean input as the runner's YAML 1.2 core schema reads it; an empty input is its default. */
export function booleanInput(name: InputName): boolean {
  const value = input(name);
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ConfigError(`input ${name} must be true or false (got "${value}")`);
}

/** An input that takes one of a few words. */
export function choiceInput<T extends string>(name: InputName, choices: readonly T[]): T {
  const value = input(name);
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`input ${name} must be one of ${choices.join(", ")} (got "${value}")`);
}

/**
 * The token; undefined when there is none. Outside the runner the default is the unexpanded
 * `${{ github.token }}`, which is no token. The runner masks it in the log already (it comes from the
 * token or a secret); it is never written anywhere by this action, so it is not masked again, which would
 * print it in an `add-mask` command.
 */
export function tokenInput(): string | undefined {
  const token = core.getInput("token");
  return !token || token.startsWith("${{") ? undefined : token;
}

/** `check-name`: shown on the pull request; one line, at most 100 characters. */
export function checkNameInput(): string {
  const name = input("check-name").trim();
  if (name.length > 100 || [...name].some((c) => c < " " || c === "\u007f")) throw new ConfigError("input check-name must be one line of at most 100 characters");
  return name;
}
