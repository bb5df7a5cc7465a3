// Preloaded with `node --import` into a process the benchmark measures: at exit, writes the process's
// peak resident set size (KiB, from getrusage) to the file named by AIA_BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.AIA_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
