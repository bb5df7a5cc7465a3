// How package names compare: one definition for the readers that write them and the matching that
// compares them with advisories.

/** PEP 503: lower case, every run of `-`, `_` and `.` as one `-` (`Flash_Attn` is `flash-attn`). */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
