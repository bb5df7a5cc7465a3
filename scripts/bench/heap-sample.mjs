// Preloaded with `node --import` into the profiled scan; writes a sampling heap profile to the file named
// by AIA_BENCH_HEAP_FILE. Two modes (AIA_BENCH_HEAP_MODE):
//   allocated  every allocation, also those the garbage collector frees later (unlike `--heap-prof`),
//              written at exit: allocation volume is what drives garbage-collection time;
//   retained   what is still reachable when the CLI first writes its report (the scan result and the
//              rendered text are live then): a full GC first, then only surviving samples are written,
//              with process.memoryUsage() at that moment.
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const file = process.env.AIA_BENCH_HEAP_FILE;
const retained = process.env.AIA_BENCH_HEAP_MODE === "retained";
if (file) {
  const session = new Session();
  session.connect();
  const options = retained ? { samplingInterval: 16384 } : { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
  session.post("HeapProfiler.startSampling", options);
  // A session on the main thread answers synchronously, so the profile is written before this returns.
  const stop = (extra) =>
    session.post("HeapProfiler.stopSampling", (error, result) => {
      if (!error) writeFileSync(file, JSON.stringify({ ...result.profile, ...extra }));
    });
  if (retained) {
    const write = process.stdout.write.bind(process.stdout);
    let done = false;
    process.stdout.write = (...args) => {
      if (!done) {
        done = true;
        setFlagsFromString("--expose-gc");
        runInNewContext("gc")();
        stop({ memoryUsage: process.memoryUsage() });
      }
      return write(...args);
    };
  } else {
    process.on("exit", () => stop({}));
  }
}
