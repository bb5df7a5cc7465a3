// Preloaded with `node --import` into the profiled scan: samples every allocation (also those the
// garbage collector frees later, unlike `--heap-prof`) and writes the sampling heap profile to the
// file named by AIA_BENCH_HEAP_FILE at exit. Allocation volume is what drives garbage-collection time.
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";

const file = process.env.AIA_BENCH_HEAP_FILE;
if (file) {
  const session = new Session();
  session.connect();
  const options = { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
  session.post("HeapProfiler.startSampling", options);
  process.on("exit", () => {
    // A session on the main thread answers synchronously, so this completes before the process ends.
    session.post("HeapProfiler.stopSampling", (error, result) => {
      if (!error) writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
