// The benchmark runs TypeScript through tsx, whose loader hooks worker threads do not inherit on
// Node 20: register them here, then load the real worker entry.
import { register } from "tsx/esm/api";

register();
await import("../src/lib/batch/evaluate-thread.ts");
