// The config's `exclude` globs, compiled once: a glob excludes the paths it matches and, for a folder, everything under it.
import { Minimatch } from "minimatch";

export function excludeMatcher(globs: string[]): (path: string) => boolean {
  const matchers = globs.flatMap((glob) => [new Minimatch(glob, { dot: true }), new Minimatch(`${glob.replace(/(?<!\/)\/+$/, "")}/**`, { dot: true })]);
  return (path) => matchers.some((m) => m.match(path));
}
