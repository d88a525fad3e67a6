/**
 * Worker-thread entry for shard-threads.ts: one shard of an upload or of a JSON cohort. A thread
 * reads one upload, so the inflate budget it starts with (bounded-inflate.ts) is that upload's.
 *
 * The first shard also finishes the answer: the others send it their replies over their own
 * ports, and it adds the reports and writes the JSON, handing the server finished bytes. On the
 * server's thread, receiving a 100,000-applicant report (structured-clone decoding) and writing it
 * held every other request for about a second; bytes are transferred, not copied.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { IsoDate } from "@/engine/types";
import { ApiError, type ApiIssue } from "@/lib/http/errors";
import { policyById } from "@policies/index";
import type { BatchReport } from "./batch-report";
import "./bounded-inflate";
import { BatchError } from "./cohort-builder";
import { loadJsonShard, loadShard } from "./load-shard";
import { mergeReports } from "./merge-reports";
import type { Shard } from "./shard";

/** A file comes with its policy and date from the request; a JSON cohort states its own. */
export type ShardTask = { kind: "file"; policy?: string; asOf: IsoDate } | { kind: "json"; today: IsoDate };

/** `from`: the first shard's ports, one from each other shard; `to`: another shard's port to the first. */
export type ShardRequest = ShardTask & { bytes: Uint8Array; shard: Shard } & ({ from: MessagePort[] } | { to: MessagePort });

/** `refused`: the API's answer to a bad body (an ApiError), which crosses the thread as data. */
type Failure = { message: string; expected: boolean } | { refused: { status: number; code: string; message: string; issues: ApiIssue[] } };

/** What a shard sends the first one. */
type PartReply = { report: BatchReport } | Failure;

/** What the first shard sends the server: the whole answer as JSON bytes, or the first failure in shard order. */
export type ShardReply = { json: Uint8Array } | Failure;

const reportOfShard = async ({ bytes, shard, ...task }: ShardTask & { bytes: Uint8Array; shard: Shard }): Promise<BatchReport> =>
  task.kind === "json" ? loadJsonShard(bytes, task.today, shard) : (await loadShard(bytes, { policy: task.policy, asOf: task.asOf, shard })).report;

const failureOf = (e: unknown): Failure =>
  e instanceof ApiError
    ? { refused: { status: e.status, code: e.code, message: e.message, issues: e.issues } }
    : { message: e instanceof Error ? e.message : String(e), expected: e instanceof BatchError };

const partOf = (request: ShardRequest): Promise<PartReply> => reportOfShard(request).then((report) => ({ report }), failureOf);

const replyOf = (port: MessagePort): Promise<PartReply> => new Promise((resolve) => port.once("message", resolve));

/** Every shard's report added and written, or the first shard's failure (in shard order, so the same body always gets the same answer). */
const answerOf = (parts: PartReply[]): ShardReply => {
  const failure = parts.find((p): p is Failure => !("report" in p));
  if (failure) return failure;
  const reports = parts.map((p) => (p as { report: BatchReport }).report);
  try {
    return { json: new TextEncoder().encode(JSON.stringify(mergeReports(policyById.get(reports[0]!.policy)!, reports))) };
  } catch (e) {
    return failureOf(e);
  }
};

const request = workerData as ShardRequest;
if ("to" in request) {
  // The server ends this thread once the first shard has answered.
  void partOf(request).then((part) => request.to.postMessage(part));
} else {
  void Promise.all([partOf(request), ...request.from.map(replyOf)]).then((parts) => {
    const reply = answerOf(parts);
    parentPort!.postMessage(reply, "json" in reply ? [reply.json.buffer as ArrayBuffer] : []);
  });
}
