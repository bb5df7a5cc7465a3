// Code that hangs or exhausts memory, to check that the isolation of helpers/isolated.ts really fails.

export function spin(): boolean {
  // A backtracking pattern on a short line: minutes of work, in one call that cannot be interrupted from the same thread.
  return /^(a+)+$/.test("a".repeat(40) + "!");
}

export function hog(): number {
  const kept: string[] = [];
  for (;;) kept.push("x".repeat(1024) + kept.length);
}
