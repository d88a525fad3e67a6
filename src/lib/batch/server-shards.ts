/**
 * The server's way to start a shard thread. Written as `new Worker(new URL(…, import.meta.url))` so
 * that the Next.js build bundles shard-thread.ts (and the engine and policies it imports) as a
 * worker entry of its own.
 */
import { Worker } from "node:worker_threads";
import type { SpawnShard } from "./shard-threads";

export const spawnShard: SpawnShard = (workerData, transferList) => new Worker(new URL("./shard-thread.ts", import.meta.url), { workerData, transferList });
