/**
 * An upload over every core of a Node process: one worker thread per core takes a shard
 * (shard.ts) of the same bytes, and the reports are added (merge-reports.ts). This thread only
 * hands out the work, so a server's event loop stays free for other requests meanwhile.
 * Node only (worker_threads); the browser does the same with Web Workers.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { ApiError } from "@/lib/http/errors";
import { policyById } from "@policies/index";
import type { BatchReport } from "./batch-report";
import { BatchError } from "./cohort-builder";
import { mergeReports } from "./merge-reports";
import type { ShardReply, ShardRequest, ShardTask } from "./shard-thread";

/** Starts a worker thread on shard-thread.ts (or what it is compiled to) with this request as its workerData. */
export type SpawnShard = (request: ShardRequest) => Worker;

const inThread = (spawn: SpawnShard, request: ShardRequest): Promise<BatchReport> =>
  new Promise((resolve, reject) => {
    const worker = spawn(request);
    worker.once("message", (reply: ShardReply) => {
      void worker.terminate();
      if ("report" in reply) resolve(reply.report);
      else if ("refused" in reply) reject(new ApiError(reply.refused.status, reply.refused.code, reply.refused.message, reply.refused.issues));
      else reject(reply.expected ? new BatchError(reply.message) : new Error(reply.message));
    });
    worker.once("error", reject);
  });

export const reportInThreads = async (bytes: Uint8Array, task: ShardTask, spawn: SpawnShard, threads = availableParallelism()): Promise<BatchReport> => {
  const count = Math.max(1, threads);
  // One copy every thread reads, rather than one copy each.
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  const reports = await Promise.all(Array.from({ length: count }, (_, index) => inThread(spawn, { ...task, bytes: shared, shard: { index, count } })));
  return mergeReports(policyById.get(reports[0]!.policy)!, reports);
};
