// Benchmark: scans a generated monorepo-shaped tree with the bundled CLI and reports wall time and
// peak memory over several runs. Usage: npm run bench [-- FILES] (default 2000 files).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const files = Number(process.argv[2] ?? 2000);
const runs = 5;
const root = mkdtempSync(join(tmpdir(), "aia-bench-"));
const compose = (i) => `services:\n  ollama${i}:\n    image: ollama/ollama:0.12.${i % 9}\n    ports:\n      - "127.0.0.1:${10000 + (i % 5000)}:11434"\n  redis${i}:\n    image: redis:7.4.6\n    expose: ["6379"]\n`;
const k8s = (i) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${i}\nspec:\n  template:\n    metadata:\n      labels: {app: app${i}}\n    spec:\n      securityContext: {runAsNonRoot: true}\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:1.${i}.0\n          securityContext: {allowPrivilegeEscalation: false}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app${i}\nspec:\n  selector: {app: app${i}}\n  ports: [{port: 80}]\n`;
const dockerfile = (i) => `FROM python:3.12-slim AS build\nRUN pip install --no-cache-dir torch==2.${i % 8}.0\nFROM python:3.12-slim\nCOPY --from=build /usr/local /usr/local\nUSER 1000\nCMD ["python", "-m", "app"]\n`;
for (let i = 0; i < files; i++) {
  const dir = join(root, `svc${Math.floor(i / 30)}`, `part${i % 30}`);
  mkdirSync(dir, { recursive: true });
  const kind = i % 3;
  if (kind === 0) writeFileSync(join(dir, "compose.yaml"), compose(i));
  else if (kind === 1) writeFileSync(join(dir, "deploy.yaml"), k8s(i));
  else writeFileSync(join(dir, "Dockerfile"), dockerfile(i));
  writeFileSync(join(dir, "README.md"), "not scanned\n");
}
const cli = join(process.cwd(), "dist", "cli.js");
const args = [cli, "scan", root, "--format", "json", "--fail-on", "none"];
const times = [];
for (let r = 0; r < runs; r++) {
  const start = process.hrtime.bigint();
  JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 }));
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
// Peak resident memory through GNU time, when the machine has it.
let peak = 0;
const timed = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
if (timed.status === 0) peak = Number(timed.stderr.trim().split("\n").pop());
const cold = (() => {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, [cli, "--version"]);
  return Number(process.hrtime.bigint() - start) / 1e6;
})();
times.sort((a, b) => a - b);
console.log(`files: ${files} infrastructure files (+${files} README.md) in ${Math.ceil(files / 30)} directories`);
console.log(`scan wall time over ${runs} runs: median ${times[Math.floor(runs / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms`);
console.log(`cold start (--version): ${cold.toFixed(0)} ms`);
if (peak) console.log(`peak RSS: ${(peak / 1024).toFixed(0)} MiB`);
rmSync(root, { recursive: true, force: true });
