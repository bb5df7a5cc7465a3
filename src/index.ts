// The Action's entry point (action.yml `runs.main` is its bundle, dist/index.js). Everything it does is
// in run(), which reports its own failures through setFailed, so tests can import main.ts without
// starting a scan.
import { run } from "./main.js";

void run();
