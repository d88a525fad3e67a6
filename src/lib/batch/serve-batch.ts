/**
 * POST /api/v1/batch's answer for a received request, as the JSON bytes of its report. A file or a
 * JSON cohort is read and evaluated on this thread when small; from a megabyte up it goes to worker
 * threads, one shard each (shard-threads.ts), which also add the reports and write the JSON, so that
 * reading 500,000 rows or parsing 50 MB of JSON — seconds of work that cannot be sliced — never holds
 * the server's event loop and every other request with it.
 */
import { unusable, type BatchRequest } from "./batch-request";
import { withInflateBudget } from "./bounded-inflate";
import { BatchError } from "./cohort-builder";
import { loadJsonShard, reportOf } from "./load-shard";
import { parseUpload } from "./parse-upload";
import { spawnShard } from "./server-shards";
import { answerInThreads } from "./shard-threads";
import { inTurn } from "./upload-queue";

/** Below this a file takes less to read than threads take to start. */
export const THREADS_FROM_BYTES = 1 << 20;

const ofFile = async ({ bytes, policy, asOf }: Extract<BatchRequest, { kind: "file" }>): Promise<Uint8Array | string> => {
  if (bytes.byteLength >= THREADS_FROM_BYTES) return inTurn(() => answerInThreads(bytes, { kind: "file", policy, asOf }, spawnShard));
  return JSON.stringify(await reportOf(withInflateBudget(() => parseUpload(bytes, { policy })), asOf));
};

const ofJson = async ({ bytes, today }: Extract<BatchRequest, { kind: "json" }>): Promise<Uint8Array | string> =>
  bytes.byteLength >= THREADS_FROM_BYTES ? inTurn(() => answerInThreads(bytes, { kind: "json", today }, spawnShard)) : JSON.stringify(await loadJsonShard(bytes, today));

export const serveBatch = async (batch: BatchRequest): Promise<Uint8Array | string> => {
  if (batch.kind === "json") return ofJson(batch);
  try {
    return await ofFile(batch);
  } catch (e) {
    throw e instanceof BatchError ? unusable(e.message) : e;
  }
};
