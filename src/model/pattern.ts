// Regular expressions written in the catalog's data (commands, tag versions, knob values), compiled once per
// process rather than once per workload, component or knob.
const cache = new Map<string, RegExp>();

/** The catalog pattern `source` compiled with `flags` (default `i`); `g`/`d` ones must have `lastIndex` reset before use. */
export function catalogPattern(source: string, flags = "i"): RegExp {
  const key = `${flags}\0${source}`;
  let rx = cache.get(key);
  if (!rx) cache.set(key, (rx = new RegExp(source, flags)));
  return rx;
}
