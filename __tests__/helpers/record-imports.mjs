// Preloaded with `node --import`: records every module URL the process resolves (the entry point, its lazily
// loaded chunks) to the file named by AIA_IMPORT_LOG, one per line, so a test can tell which chunks a scan loaded.
import { register } from "node:module";

const hooks = `
import { appendFileSync } from "node:fs";
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (log) appendFileSync(log, result.url + "\\n");
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { log: process.env.AIA_IMPORT_LOG } });
