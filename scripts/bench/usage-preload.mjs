// Preloaded with `node --import` into a process the benchmark measures: at exit, writes the process's
// peak resident set size (KiB) and CPU time (user + system, µs), from getrusage, as JSON to the file
// named by AIA_BENCH_USAGE_FILE. CPU time is steadier than wall time on a machine busy with other work.
import { writeFileSync } from "node:fs";

const file = process.env.AIA_BENCH_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
  });
}
