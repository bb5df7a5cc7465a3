// How package names compare: one definition for the readers that write them and the matching that
// compares them with advisories.

/** PEP 503: lower case, every run of `-`, `_` and `.` as one `-` (`Flash_Attn` is `flash-attn`). */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/**
 * A package name as its ecosystem compares names: PyPI's normalised (PEP 503); conda's and GitHub's
 * `owner/repo` in lower case (conda keeps `_` and `-` apart); every other ecosystem's exactly as written.
 * An ecosystem with a release suffix (OSV's `Debian:12`) compares by its base.
 */
export function comparableName(ecosystem: string, name: string): string {
  const base = ecosystem.includes(":") ? ecosystem.slice(0, ecosystem.indexOf(":")) : ecosystem;
  if (base === "PyPI") return normalizePypiName(name);
  return base === "conda" || base === "GitHub" ? name.toLowerCase() : name;
}
