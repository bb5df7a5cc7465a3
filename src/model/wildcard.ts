// `*` patterns over `/`-separated names (catalog image names, container paths): `*` stays within one segment.
const cache = new Map<string, RegExp>();

export function wildcard(pattern: string): RegExp {
  let rx = cache.get(pattern);
  if (!rx) {
    const body = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*");
    rx = new RegExp(`^${body}$`, "i");
    cache.set(pattern, rx);
  }
  return rx;
}
