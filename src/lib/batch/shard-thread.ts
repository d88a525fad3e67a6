/**
 * Worker-thread entry for shard-threads.ts: one shard of an upload, answered with its report. A
 * thread reads one upload, so the inflate budget it starts with (bounded-inflate.ts) is that upload's.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { IsoDate } from "@/engine/types";
import type { BatchReport } from "./batch-report";
import "./bounded-inflate";
import { BatchError } from "./cohort-builder";
import { loadShard } from "./load-shard";
import type { Shard } from "./shard";

export interface ShardRequest {
  bytes: Uint8Array;
  policy?: string;
  asOf: IsoDate;
  shard: Shard;
}

export type ShardReply = { report: BatchReport } | { message: string; expected: boolean };

const { bytes, policy, asOf, shard } = workerData as ShardRequest;
loadShard(bytes, { policy, asOf, shard }).then(
  ({ report }) => parentPort!.postMessage({ report } satisfies ShardReply),
  (e: unknown) => parentPort!.postMessage({ message: e instanceof Error ? e.message : String(e), expected: e instanceof BatchError } satisfies ShardReply),
);
