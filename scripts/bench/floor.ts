// The benchmark's floors, bundled with ncc at bench time: the least work any scan of the tree must do.
//   node floor.js read <root>   discovers the candidates as the scan does and reads each one once;
//   node floor.js parse <root>  also parses each file the scan parses, with the project's own parsers (HCL for .tf)
//                               and options (a .yaml the name leaves open is sniffed first, as the scan does);
//                               package files with the packages reader's own parsers, which build nothing else.
// Prints one JSON line: counts and the in-process milliseconds of each phase.
import { readFileSync } from "node:fs";
import { discover } from "../../src/discover/index.js";
import { isHelmTemplate } from "../../src/discover/classify.js";
import { read as readPackages } from "../../src/readers/packages/index.js";
import { claimByName, formatOf } from "../../src/readers/registry.js";
import { parseDockerfile } from "../../src/parsers/dockerfile.js";
import { parseYaml } from "../../src/parsers/yaml.js";
import { parseHcl } from "../../src/parsers/hcl.js";

const [mode, root] = process.argv.slice(2);
if ((mode !== "read" && mode !== "parse") || !root) {
  process.stderr.write("usage: floor.js read|parse <root>\n");
  process.exit(2);
}
const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

let t = process.hrtime.bigint();
const { candidates } = discover(root, { claim: claimByName, isIgnored: () => false });
const discoverMs = ms(t);

t = process.hrtime.bigint();
const texts: string[] = [];
let bytes = 0;
for (const c of candidates) {
  const text = readFileSync(c.absPath, "utf8");
  bytes += text.length;
  texts.push(text);
}
const readMs = ms(t);

let parseMs = 0;
let parsed = 0;
let documents = 0;
let packages = 0;
let blocks = 0;
if (mode === "parse") {
  t = process.hrtime.bigint();
  candidates.forEach((c, i) => {
    const text = texts[i].replace(/^\uFEFF/, "");
    const format = formatOf(c.claim, text);
    if (!format) return;
    if (format === "dockerfile") {
      parseDockerfile(text, c.path);
    } else if (format === "packages") {
      packages += readPackages({ path: c.path, text }).part.components.length;
    } else if (format === "terraform" && !c.path.endsWith(".json")) {
      blocks += parseHcl(text).body.blocks.length;
    } else {
      if (isHelmTemplate(c, text)) return;
      documents += parseYaml(text).documents.length;
    }
    parsed++;
  });
  parseMs = ms(t);
}
process.stdout.write(JSON.stringify({ candidates: candidates.length, bytes, parsed, documents, packages, blocks, discoverMs, readMs, parseMs }) + "\n");
