/**
 * POST /api/v1/batch's answer for a received request. A file or a JSON cohort is read and evaluated
 * on this thread when small; from a megabyte up it goes to worker threads, one shard each
 * (shard-threads.ts), so that reading 500,000 rows or parsing 50 MB of JSON — seconds of work that
 * cannot be sliced — never holds the server's event loop and every other request with it.
 */
import type { BatchReport } from "./batch-report";
import { unusable, type BatchRequest } from "./batch-request";
import { withInflateBudget } from "./bounded-inflate";
import { BatchError } from "./cohort-builder";
import { loadJsonShard, reportOf } from "./load-shard";
import { parseUpload } from "./parse-upload";
import { spawnShard } from "./server-shards";
import { reportInThreads } from "./shard-threads";
import { inTurn } from "./upload-queue";

/** Below this a file takes less to read than threads take to start. */
export const THREADS_FROM_BYTES = 1 << 20;

const ofFile = async ({ bytes, policy, asOf }: Extract<BatchRequest, { kind: "file" }>): Promise<BatchReport> => {
  if (bytes.byteLength >= THREADS_FROM_BYTES) return inTurn(() => reportInThreads(bytes, { kind: "file", policy, asOf }, spawnShard));
  return reportOf(withInflateBudget(() => parseUpload(bytes, { policy })), asOf);
};

const ofJson = async ({ bytes, today }: Extract<BatchRequest, { kind: "json" }>): Promise<BatchReport> =>
  bytes.byteLength >= THREADS_FROM_BYTES ? inTurn(() => reportInThreads(bytes, { kind: "json", today }, spawnShard)) : loadJsonShard(bytes, today);

export const serveBatch = async (batch: BatchRequest): Promise<BatchReport> => {
  if (batch.kind === "json") return ofJson(batch);
  try {
    return await ofFile(batch);
  } catch (e) {
    throw e instanceof BatchError ? unusable(e.message) : e;
  }
};
