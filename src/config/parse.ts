// The config file's YAML, parsed with the line of every key so that errors name it. Loaded only when
// there is a config file: a scan without one never loads the YAML library for it.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { ConfigError, validateConfig, type Config } from "./schema.js";

/** Parses and validates config text read from `file`; errors name the file and the line. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  // Duplicate keys are checked below in one pass: the parser's own check compares every pair of keys.
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false, uniqueKeys: false });
  const [error] = doc.errors;
  if (error) throw new ConfigError(`not valid YAML: ${error.message.split("\n")[0]}`, { file, line: lineCounter.linePos(error.pos[0]).line });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (failure) {
    throw new ConfigError(`not valid YAML: ${(failure as Error).message.split("\n")[0]}`, { file });
  }
  const lines = keyLines(doc.contents, lineCounter, file);
  // A key without a line of its own (reached through an alias) is placed at its nearest parent's.
  const lineOf = (key: string): number | undefined => {
    for (let k = key; k !== ""; k = k.replace(/(\.[^.[]*|\[\d+\])$|^[^.[]*$/, "")) {
      const line = lines.get(k);
      if (line !== undefined) return line;
    }
    return undefined;
  };
  return validateConfig(data, { file, lineOf });
}

/** The line of every key (`rules.AIA101`) and list item (`ignore[0]`) in the document. */
function keyLines(root: unknown, lineCounter: LineCounter, file: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: [unknown, string][] = [[root, ""]];
  const place = (key: string, node: unknown) => {
    const offset = isNode(node) ? node.range?.[0] : undefined;
    if (offset !== undefined && !lines.has(key)) lines.set(key, lineCounter.linePos(offset).line);
  };
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, string];
    if (isMap(node)) {
      const names = new Set<string>();
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const key = path === "" ? name : `${path}.${name}`;
        if (names.has(name)) {
          const offset = isNode(pair.key) ? pair.key.range?.[0] : undefined;
          throw new ConfigError(`${key}: duplicate key`, { file, line: offset === undefined ? undefined : lineCounter.linePos(offset).line });
        }
        names.add(name);
        place(key, isNode(pair.key) ? pair.key : pair.value);
        stack.push([pair.value, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        place(`${path}[${index}]`, item);
        stack.push([item, `${path}[${index}]`]);
      });
    }
  }
  return lines;
}

