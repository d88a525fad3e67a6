/**
 * Worker-thread entry for shard-threads.ts: one shard of an upload or of a JSON cohort, answered
 * with its report. A thread reads one upload, so the inflate budget it starts with
 * (bounded-inflate.ts) is that upload's.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { IsoDate } from "@/engine/types";
import { ApiError, type ApiIssue } from "@/lib/http/errors";
import type { BatchReport } from "./batch-report";
import "./bounded-inflate";
import { BatchError } from "./cohort-builder";
import { loadJsonShard, loadShard } from "./load-shard";
import type { Shard } from "./shard";

/** A file comes with its policy and date from the request; a JSON cohort states its own. */
export type ShardTask = { kind: "file"; policy?: string; asOf: IsoDate } | { kind: "json"; today: IsoDate };

export type ShardRequest = ShardTask & { bytes: Uint8Array; shard: Shard };

/** `refused`: the API's answer to a bad body (an ApiError), which crosses the thread as data. */
export type ShardReply =
  | { report: BatchReport }
  | { message: string; expected: boolean }
  | { refused: { status: number; code: string; message: string; issues: ApiIssue[] } };

const reportOfShard = async ({ bytes, shard, ...task }: ShardRequest): Promise<BatchReport> =>
  task.kind === "json" ? loadJsonShard(bytes, task.today, shard) : (await loadShard(bytes, { policy: task.policy, asOf: task.asOf, shard })).report;

const replyOf = (e: unknown): ShardReply =>
  e instanceof ApiError
    ? { refused: { status: e.status, code: e.code, message: e.message, issues: e.issues } }
    : { message: e instanceof Error ? e.message : String(e), expected: e instanceof BatchError };

reportOfShard(workerData as ShardRequest).then(
  (report) => parentPort!.postMessage({ report } satisfies ShardReply),
  (e: unknown) => parentPort!.postMessage(replyOf(e)),
);
