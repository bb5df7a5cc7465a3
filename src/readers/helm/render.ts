// Runs `helm template` on a copy of a chart, as if the chart were hostile (it is: whoever opens the pull
// request writes it). helm is the program found on the PATH outside the scanned tree (like git), started by
// its absolute path from a temporary folder, with an environment of PATH and temporary HOME and HELM_*
// folders only (no token, no INPUT_*, nothing else of this process), without hooks, tests, dependency
// updates or cluster access, and stopped when it runs too long, prints too much or takes too much memory
// (a template can `range` over a billion items before it prints anything).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface RenderLimits {
  /** Wall-clock time of one helm run. */
  timeoutMs: number;
  /** Bytes of rendered output. */
  maxOutputBytes: number;
  /** Resident memory of the helm process (Linux, read from /proc; elsewhere only the time limit holds it). */
  maxRssBytes: number;
}

export type RenderResult = { output: string } | { failed: string };

export interface RenderRequest {
  helm: string;
  /** Folder of the chart copy. */
  chart: string;
  /** Values files (copies), in order. */
  values: string[];
  release: string;
  /** Temporary folder for HOME and helm's own folders, and the working directory. */
  home: string;
  /** The PATH helm runs with. */
  path: string;
  limits: RenderLimits;
}

/** How often the memory of a running helm is looked at. */
const WATCH_MS = 50;
/** Bytes of helm's error output kept for the notice. */
const MAX_ERROR_BYTES = 64 * 1024;

export function renderChart(request: RenderRequest): Promise<RenderResult> {
  const { limits } = request;
  const args = ["template", request.release, request.chart, "--namespace", "default", "--no-hooks", "--skip-tests", ...request.values.flatMap((file) => ["--values", file])];
  const env: NodeJS.ProcessEnv = {
    PATH: request.path,
    HOME: request.home,
    HELM_CACHE_HOME: `${request.home}/cache`,
    HELM_CONFIG_HOME: `${request.home}/config`,
    HELM_DATA_HOME: `${request.home}/data`,
  };
  return new Promise((resolve) => {
    let settled = false;
    const out: Buffer[] = [];
    let outBytes = 0;
    const err: Buffer[] = [];
    let errBytes = 0;
    let stopped: string | undefined;
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(request.helm, args, { cwd: request.home, env, stdio: ["ignore", "pipe", "pipe"], windowsHide: true, shell: false });
    } catch (error) {
      resolve({ failed: `helm could not be started (${(error as Error).message})` });
      return;
    }
    const stop = (why: string): void => {
      if (stopped !== undefined) return;
      stopped = why;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(`helm did not finish within ${Math.round(limits.timeoutMs / 1000)} s`), limits.timeoutMs);
    const watch = process.platform === "linux" ? setInterval(() => rssOver(child.pid, limits.maxRssBytes) && stop(`helm used more than ${Math.round(limits.maxRssBytes / 1024 / 1024)} MiB of memory`), WATCH_MS) : undefined;
    const finish = (result: RenderResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (watch) clearInterval(watch);
      resolve(result);
    };
    child.stdout?.on("data", (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > limits.maxOutputBytes) stop(`helm printed more than ${Math.round(limits.maxOutputBytes / 1024 / 1024)} MiB`);
      else out.push(chunk);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      if (errBytes < MAX_ERROR_BYTES) err.push(chunk.subarray(0, MAX_ERROR_BYTES - errBytes));
      errBytes += chunk.length;
    });
    child.on("error", (error) => finish({ failed: `helm could not be run (${error.message})` }));
    child.on("close", (code, signal) => {
      if (stopped !== undefined) return finish({ failed: stopped });
      if (code === 0) return finish({ output: Buffer.concat(out).toString("utf8") });
      const message = errorLine(Buffer.concat(err).toString("utf8"));
      finish({ failed: message ? `helm template failed: ${message}` : `helm template exited with ${code ?? signal}` });
    });
  });
}

/** Whether the process uses more resident memory than `max` (false when it cannot be told). */
function rssOver(pid: number | undefined, max: number): boolean {
  if (pid === undefined) return false;
  try {
    // `VmRSS:   123456 kB`
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const at = status.indexOf("VmRSS:");
    if (at < 0) return false;
    const kb = Number.parseInt(status.slice(at + 6, status.indexOf("\n", at)).trim(), 10);
    return Number.isFinite(kb) && kb * 1024 > max;
  } catch {
    return false;
  }
}

/** The first `Error:` line of helm's output, shortened: a nested template error can run to megabytes. */
export function errorLine(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim());
  const line = lines.find((l) => l.startsWith("Error:")) ?? lines.find((l) => l !== "") ?? "";
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = line.replace(/^Error:\s*/, "").replace(/[\u0000-\u001f\u007f]/g, " ");
  return clean.length > 300 ? `${clean.slice(0, 150)} … ${clean.slice(-140)}` : clean;
}
