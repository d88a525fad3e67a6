/**
 * One shard of an upload (shard.ts), from the file's bytes to its report: read, check, evaluate.
 * The browser's cohort workers and the server's threads run this, one shard each, and add the
 * reports with merge-reports.ts; with a single shard it is the whole upload.
 */
import type { IsoDate } from "@/engine/types";
import { batchReport, type BatchReport } from "./batch-report";
import { evaluateBatch, type Pace } from "./evaluate-batch";
import { parseUpload, type ParsedUpload, type UploadOptions } from "./parse-upload";

export interface LoadedShard {
  input: ParsedUpload;
  report: BatchReport;
}

/** Applicants already read, through the engine to their report. */
export const reportOf = async (input: Parameters<typeof batchReport>[0], asOf: IsoDate, pace?: Pace): Promise<BatchReport> =>
  batchReport(input, asOf, await evaluateBatch(input.policy, input.members, asOf, pace));

export const loadShard = async (bytes: Uint8Array, options: UploadOptions & { asOf: IsoDate }, pace?: Pace): Promise<LoadedShard> => {
  const input = parseUpload(bytes, options);
  return { input, report: await reportOf(input, options.asOf, pace) };
};
