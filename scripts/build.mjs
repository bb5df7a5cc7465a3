// Bundles the two entry points with ncc: dist/index.js (the Action: src/index.ts, which calls run() from
// src/main.ts) and dist/cli.js (the CLI).
// Fails when a bundle references a module webpack could not resolve (see toolchain facts).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const ncc = join("node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
const entries = [
  { src: "src/index.ts", out: "index.js" },
  { src: "src/cli.ts", out: "cli.js" },
];
rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");
for (const { src, out } of entries) {
  const tmp = join("dist", `.build-${out}`);
  execFileSync(process.execPath, [ncc, "build", src, "-o", tmp, "--minify", "--no-source-map-register", "--quiet", "--target", "es2022"], { stdio: "inherit" });
  // Lazily loaded chunks (format readers) get the bundle's own suffix, so the two bundles never share a
  // file name: `12.index.js` for the Action, `12.cli.js` for the CLI.
  const suffix = out.replace(/\.js$/, "");
  const chunks = readdirSync(tmp).filter((f) => /^\d+\.index\.js$/.test(f));
  for (const f of readdirSync(tmp)) {
    const target = f === "index.js" ? out : f.replace(/\.index\.js$/, `.${suffix}.js`);
    renameSync(join(tmp, f), join("dist", target));
  }
  const chunkName = '+".index.js"';
  const bundle = readFileSync(join("dist", out), "utf8");
  if (chunks.length > 0 && bundle.split(chunkName).length !== 2) {
    console.error(`dist/${out}: expected the chunk file name pattern exactly once; cannot rename chunks`);
    process.exit(1);
  }
  writeFileSync(join("dist", out), bundle.replace(chunkName, `+".${suffix}.js"`));
  rmSync(tmp, { recursive: true, force: true });
  const code = readFileSync(join("dist", out), "utf8");
  if (code.includes("webpackMissingModule")) {
    console.error(`dist/${out} references a module that could not be bundled`);
    process.exit(1);
  }
  if (out === "cli.js" && !code.startsWith("#!")) writeFileSync(join("dist", out), `#!/usr/bin/env node\n${code}`);
}
