// Long lines shaped to make a backtracking regular expression work hard: runs of one character, runs of
// two alternating characters, and a literal word of the pattern repeated (an almost-match at every
// position). A linear pattern reads each such line in a few milliseconds; a super-linear one takes
// seconds to hours on the same ~200 kB, which the hang budget of the caller turns into a failure.
// Plain TypeScript with no imports: it is transpiled and loaded by the worker as well.

/** Stand-ins for the classes (`\s`, `\w`, `\d`, `.`, `[^…]`); the pattern's own characters are added. */
const COMMON = [" ", "\t", "\n", "a", "Z", "0", "_", "\u00e9"];
/** Characters paired with the pattern's own literal characters. */
const PARTNERS = [" ", "a", "0", "/"];
/** Pairs that words, numbers, paths and assignments are made of, whatever the pattern. */
const PAIRS = ["a ", "a=", "a:", "a/", "a.", "a-", "a,", "0.", " #", " -", "\t ", "a\n", "a\\", 'a"'];

export function adversarialLines(source: string, length = 200_000): string[] {
  const literal = [...new Set(source.replace(/\\[dDsSwWbBnrtfv]/g, "").replace(/\\(.)/g, "$1"))].filter((c) => c >= " " && c <= "~");
  const chars = [...new Set([...COMMON, ...literal])];
  const lines: string[] = [];
  // A run of one character, then a character that ends most matches.
  for (const c of chars) lines.push(c.repeat(length) + "\u0001");
  // Two characters alternating.
  const seen = new Set<string>();
  for (const a of literal) {
    for (const b of PARTNERS) {
      if (a === b || seen.has(a + b)) continue;
      seen.add(a + b);
      lines.push((a + b).repeat(length / 2) + "\u0001");
    }
  }
  for (const pair of PAIRS) if (!seen.has(pair)) lines.push(pair.repeat(length / 2) + "\u0001");
  // A word of the pattern, repeated with separators: almost a match at every position.
  const words = [...new Set(source.replace(/\\[a-zA-Z]/g, " ").match(/[A-Za-z0-9_-]{2,}/g) ?? [])].slice(0, 8);
  for (const word of words) {
    for (const sep of [" ", "=", ":", "/"]) lines.push((word + sep).repeat(Math.ceil(length / (word.length + sep.length))) + "\u0001");
    lines.push(`${word} ${" ".repeat(length)}${word}\u0001`);
  }
  return lines;
}
