/**
 * One shard of an upload (shard.ts), from the file's bytes to its report: read, check, evaluate.
 * The browser's cohort workers and the server's threads run this, one shard each, and add the
 * reports with merge-reports.ts; with a single shard it is the whole upload.
 */
import type { IsoDate } from "@/engine/types";
import { batchReport, type BatchReport } from "./batch-report";
import { evaluateBatch, type CohortEvaluation, type Pace } from "./evaluate-batch";
import { parseUpload, type ParsedUpload, type UploadOptions } from "./parse-upload";

export interface LoadedShard {
  input: ParsedUpload;
  base: CohortEvaluation;
  report: BatchReport;
}

export const loadShard = async (bytes: Uint8Array, options: UploadOptions & { asOf: IsoDate }, pace?: Pace): Promise<LoadedShard> => {
  const input = parseUpload(bytes, options);
  const base = await evaluateBatch(input.policy, input.members, options.asOf, pace);
  return { input, base, report: batchReport(input, options.asOf, base) };
};
