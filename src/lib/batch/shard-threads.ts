/**
 * An upload over every core of a Node process: one worker thread per core takes a shard
 * (shard.ts) of the same bytes, and the first shard adds the reports (merge-reports.ts) and writes
 * the answer. This thread only hands out the work and receives finished bytes, so a server's event
 * loop stays free for other requests meanwhile.
 * Node only (worker_threads); the browser does the same with Web Workers.
 */
import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, type Worker } from "node:worker_threads";
import { ApiError } from "@/lib/http/errors";
import { BatchError } from "./cohort-builder";
import type { ShardReply, ShardRequest, ShardTask } from "./shard-thread";

/** Starts a worker thread on shard-thread.ts (or what it is compiled to) with this request as its workerData, its ports transferred. */
export type SpawnShard = (request: ShardRequest, transferList: MessagePort[]) => Worker;

/** The upload's answer, POST /api/v1/batch's body: the whole report as JSON. */
export const answerInThreads = async (bytes: Uint8Array, task: ShardTask, spawn: SpawnShard, threads = availableParallelism()): Promise<Uint8Array> => {
  const count = Math.max(1, threads);
  // One copy every thread reads, rather than one copy each.
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  const channels = Array.from({ length: count - 1 }, () => new MessageChannel());
  const from = channels.map((c) => c.port2);
  const workers = [spawn({ ...task, bytes: shared, shard: { index: 0, count }, from }, from)];
  channels.forEach(({ port1: to }, i) => workers.push(spawn({ ...task, bytes: shared, shard: { index: i + 1, count }, to }, [to])));
  try {
    const reply = await new Promise<ShardReply>((resolve, reject) => {
      workers[0]!.once("message", resolve);
      for (const w of workers) w.once("error", reject);
    });
    if ("json" in reply) return reply.json;
    if ("refused" in reply) throw new ApiError(reply.refused.status, reply.refused.code, reply.refused.message, reply.refused.issues);
    throw reply.expected ? new BatchError(reply.message) : new Error(reply.message);
  } finally {
    for (const w of workers) void w.terminate();
  }
};
