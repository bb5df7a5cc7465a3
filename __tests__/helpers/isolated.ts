// Runs engine code in a worker thread with a heap limit and a wall-clock limit, so that a hostile input
// that hangs or blows up memory fails its test instead of hanging or crashing the test run.
//
// Why a worker and not just vitest's timeout: the scan is synchronous. A regular expression that
// backtracks, or a loop that never ends, blocks the thread that runs it, and vitest's per-test timeout can
// only fire once that thread is free again. A worker can be terminated from outside while it is busy
// (V8 interrupts running JavaScript and regular expressions), and `resourceLimits` makes an allocation
// past the heap limit end the worker with ERR_WORKER_OUT_OF_MEMORY instead of the whole test process.
//
// Workers run plain Node, which cannot load the TypeScript sources vitest transforms; so the sources are
// transpiled once per test file (TypeScript's transpileModule, no type check) into a temporary folder
// that links the project's node_modules.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import ts from "typescript";
import { afterAll } from "vitest";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

let compiled: string | undefined;
afterAll(() => {
  if (compiled) rmSync(compiled, { recursive: true, force: true });
});

/** The folder holding `src/**\/*.js` transpiled from the sources, made on first use. */
export function compiledSources(): string {
  if (compiled) return compiled;
  const out = mkdtempSync(join(tmpdir(), "aia-compiled-"));
  const transpile = (abs: string): void => {
    const js = ts.transpileModule(readFileSync(abs, "utf8"), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, esModuleInterop: true },
      fileName: abs,
    }).outputText;
    const target = join(out, relative(REPO, abs)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
  };
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) visit(abs);
      else if (entry.name.endsWith(".ts")) transpile(abs);
    }
  };
  visit(join(REPO, "src"));
  transpile(join(REPO, "__tests__", "helpers", "adversarial.ts"));
  transpile(join(REPO, "__tests__", "helpers", "misbehave.ts"));
  writeFileSync(join(out, "package.json"), '{"type":"module"}\n');
  symlinkSync(join(REPO, "node_modules"), join(out, "node_modules"), "dir");
  writeFileSync(join(out, "worker.js"), WORKER);
  compiled = out;
  return out;
}

// The worker: `scan` scans a tree and returns a summary; `regex` runs patterns over generated lines.
const WORKER = `
import { parentPort, workerData } from "node:worker_threads";
const { task, args } = workerData;
if (task === "scan") {
  const { scan } = await import("./src/scan.js");
  const { emptyConfig } = await import("./src/config/index.js");
  const result = await scan({ root: args.root, config: { ...emptyConfig(), ...(args.config ?? {}) }, today: "2026-11-23", maxFileBytes: args.maxFileBytes, helm: args.helm ?? { path: "" } });
  parentPort.postMessage({
    done: {
      findings: result.findings.map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line, severity: f.severity, message: f.message })),
      notices: result.notices.map((n) => ({ file: n.file, message: n.message })),
      files: result.summary.files,
    },
  });
} else if (task === "regex") {
  const { adversarialLines } = await import(args.generator);
  for (const { label, source, flags, use } of args.patterns) {
    const rx = new RegExp(source, flags);
    for (const line of adversarialLines(source, args.length)) {
      parentPort.postMessage({ progress: label + " on " + JSON.stringify(line.slice(0, 12)) + "… (" + line.length + " chars)" });
      if (use === "replace" || rx.global) line.replace(rx, "");
      else if (use === "split") line.split(rx);
      else rx.exec(line);
    }
  }
  parentPort.postMessage({ done: true });
} else if (task === "module") {
  const mod = await import(args.module);
  parentPort.postMessage({ done: await mod[args.export](...args.params) });
}
`;

export interface IsolatedLimits {
  /** Wall clock before the worker is terminated: a hang detector, generous on purpose. */
  timeoutMs?: number;
  /** Old-generation heap limit of the worker. */
  heapMb?: number;
}

/** Runs `task` in a fresh worker; rejects on timeout (naming the last progress message), out of memory, or a throw. */
export function runIsolated<T>(task: "scan" | "regex" | "module", args: unknown, limits: IsolatedLimits = {}): Promise<T> {
  const dir = compiledSources();
  const timeoutMs = limits.timeoutMs ?? 9000;
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(pathToFileURL(join(dir, "worker.js")), {
      workerData: { task, args },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb ?? 1024 },
    });
    let progress = "";
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`still running after ${timeoutMs} ms${progress ? `: ${progress}` : ""}`))), timeoutMs);
    worker.on("message", (message: { progress?: string; done?: T }) => {
      if (message.progress !== undefined) progress = message.progress;
      else finish(() => resolve(message.done as T));
    });
    worker.on("error", (error) => finish(() => reject(error)));
    worker.on("exit", (code) => finish(() => reject(new Error(`worker exited with code ${code}${progress ? ` during ${progress}` : ""}`))));
  });
}

export interface ScanSummary {
  findings: { ruleId: string; file: string; line: number; severity: string; message: string }[];
  notices: { file: string; message: string }[];
  files: number;
}

/** Scans `root` in a worker under the limits. */
/** Without `helm`, no helm is found (an empty PATH): charts are read from their values. */
export function scanIsolated(root: string, options: { maxFileBytes?: number; config?: Record<string, unknown>; helm?: { path?: string; limits?: Record<string, number>; budgetMs?: number } } = {}, limits?: IsolatedLimits): Promise<ScanSummary> {
  return runIsolated<ScanSummary>("scan", { root, ...options }, limits);
}

/** A module of the transpiled sources, for `runIsolated("module", …)`. */
export function compiledModule(path: string): string {
  return pathToFileURL(join(compiledSources(), path)).href;
}
