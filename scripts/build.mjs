// Bundles the two entry points with ncc: dist/index.js (the Action: src/index.ts, which calls run() from
// src/main.ts) and dist/cli.js (the CLI).
// Fails when a bundle references a module webpack could not resolve (see toolchain facts).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, readdirSync } from "node:fs";
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
  for (const f of readdirSync(tmp)) {
    const target = f === "index.js" ? out : f;
    // Lazily loaded chunks (format readers) are shared by both bundles: the same module ids give the same file.
    if (existsSync(join("dist", target)) && readFileSync(join("dist", target), "utf8") !== readFileSync(join(tmp, f), "utf8")) {
      console.error(`dist/${target} differs between the two bundles`);
      process.exit(1);
    }
    renameSync(join(tmp, f), join("dist", target));
  }
  rmSync(tmp, { recursive: true, force: true });
  const code = readFileSync(join("dist", out), "utf8");
  if (code.includes("webpackMissingModule")) {
    console.error(`dist/${out} references a module that could not be bundled`);
    process.exit(1);
  }
  if (out === "cli.js" && !code.startsWith("#!")) writeFileSync(join("dist", out), `#!/usr/bin/env node\n${code}`);
}
