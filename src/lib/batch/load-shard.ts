/**
 * One shard of an upload (shard.ts), from the file's bytes to its report: read, check, evaluate.
 * The browser's cohort workers and the server's threads run this, one shard each, and add the
 * reports with merge-reports.ts; with a single shard it is the whole upload. A JSON cohort sent to
 * the API goes the same way.
 */
import type { IsoDate } from "@/engine/types";
import { HeldCohort } from "@/lib/cohort/held-cohort";
import { parseJsonBytes } from "@/lib/http/json-body";
import { batchReport, type BatchReport } from "./batch-report";
import type { BatchMember } from "./cohort-builder";
import { evaluateBatch, type Pace } from "./evaluate-batch";
import { jsonBatchOf } from "./json-batch";
import { parseUpload, type ParsedUpload, type UploadOptions } from "./parse-upload";
import { WHOLE, type Shard } from "./shard";

export interface LoadedShard {
  input: ParsedUpload;
  report: BatchReport;
  /** The shard's members with their results, held for drafts (the page's workers keep it). */
  held: HeldCohort<BatchMember>;
}

/** Applicants already read, through the engine to their report. */
export const reportOf = async (input: Parameters<typeof batchReport>[0], asOf: IsoDate, pace?: Pace): Promise<BatchReport> =>
  batchReport(input, asOf, await evaluateBatch(input.policy, input.members, asOf, pace));

/** `detail: false` leaves each applicant's assumptions out of the report (they stay with the held members). */
export const loadShard = async (bytes: Uint8Array, options: UploadOptions & { asOf: IsoDate; detail?: boolean }, pace?: Pace): Promise<LoadedShard> => {
  const input = parseUpload(bytes, options);
  const held = await HeldCohort.evaluate(input.policy, options.asOf, input.members, pace);
  return { input, report: batchReport(input, options.asOf, held.base, options.detail), held };
};

/** A JSON cohort's bytes → this shard's report; an unusable body or envelope throws its ApiError (4xx). */
export const loadJsonShard = async (bytes: Uint8Array, today: IsoDate, shard: Shard = WHOLE): Promise<BatchReport> => {
  const { input, asOf } = jsonBatchOf(parseJsonBytes(bytes), today, shard);
  return reportOf(input, asOf);
};
