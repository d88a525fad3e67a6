/**
 * Messages between the regulator page and its Web Workers. Each worker holds one shard of the
 * cohort (src/lib/batch/shard.ts) once loaded; the page adds the shards' answers together
 * (cohort-shards.ts) and asks the worker that holds an applicant for its explanation. Every request
 * carries the number of the job it belongs to and every answer names it back, so an answer to a
 * job the page has given up on (cancelled, failed in another worker, superseded by a newer draft)
 * is never taken for the current one's.
 */
import type { Applicant, Evaluation, Fact, IsoDate, Range } from "@/engine/types";
import type { AssumptionCount, BatchReport } from "@/lib/batch/batch-report";
import type { BatchStats, RefusedApplicant, RowError } from "@/lib/batch/cohort-builder";
import type { Shard } from "@/lib/batch/shard";
import type { Assumption } from "@/lib/batch/assumption";
import type { ClauseDelta, CohortSummary, MemberDelta } from "@/lib/cohort/aggregate";
import type { DraftChange } from "@/lib/cohort/draft";
import type { ApplicantExportRow } from "@/lib/export/cohort-tables";
import type { ApplicantColumns, ApplicantList } from "./applicant-columns";

/** What the page asks: of every worker (load, whatif, export, deltas) or of the one holding the applicant (explain). */
export type CohortRequest =
  /** The file itself: each worker reads it, so the page neither reads nor copies its bytes. */
  | { kind: "load"; file: Blob; policy?: string; asOf: IsoDate }
  | { kind: "whatif"; changes: DraftChange[] }
  | { kind: "explain"; id: string; changes: DraftChange[] | null }
  /** Every applicant with its amounts per clause and the reasons for its zeros, under the policy or a draft. */
  | { kind: "export"; changes: DraftChange[] | null }
  /** Every applicant the last what-if changed. */
  | { kind: "deltas" };

export type WorkerRequest =
  | ({ job: number } & ({ kind: "load"; file: Blob; policy?: string; asOf: IsoDate; shard: Shard } | Exclude<CohortRequest, { kind: "load" }>))
  | { kind: "cancel"; job: number };

export interface LoadedCohort {
  policy: string;
  asOf: IsoDate;
  format: BatchReport["input"]["format"];
  encoding?: string;
  stats: BatchStats & { pendingApplicants: number };
  errors: RowError[];
  errorCount: number;
  warnings: string[];
  assumptions: AssumptionCount[];
  refused: RefusedApplicant[];
  summary: CohortSummary;
  /** Every applicant evaluated, for the page's table (applicant-columns.ts). */
  applicants: ApplicantList;
}

export type NamedDelta = MemberDelta & { name?: string };

export interface WhatIf {
  changes: DraftChange[];
  total: { base: Range; draft: Range };
  byClause: ClauseDelta[];
  /** How many applicants the draft changes. */
  changed: number;
  /** The largest changes, largest first (at most TOP_CHANGES). */
  byMember: NamedDelta[];
  draft: CohortSummary;
}

/** Changed applicants a what-if lists on the page; the export asks the workers for all of them. */
export const TOP_CHANGES = 50;

export interface Explained {
  id: string;
  name?: string;
  applicant: Applicant;
  facts: Fact[];
  assumptions?: Assumption[];
  evaluation: Evaluation;
}

export type Phase = "read" | "evaluate" | "whatif" | "export";

type Ending = { kind: "explained"; explained: Explained } | { kind: "failed"; message: string } | { kind: "cancelled" };

/** One shard's part of a what-if: its totals, how many of its applicants changed and its largest changes. */
export interface ShardWhatIf {
  summary: CohortSummary;
  changed: number;
  top: NamedDelta[];
}

/** A shard's report without its applicants, which come as columns. */
export type ShardReport = Omit<BatchReport, "applicants">;

/** A worker's answers, each naming the job it answers. */
export type WorkerReply = { job: number } & (
  | { kind: "progress"; phase: Phase; done: number; total: number }
  | { kind: "loaded"; report: ShardReport; applicants: ApplicantColumns }
  | { kind: "evaluated"; whatIf: ShardWhatIf }
  | { kind: "exported"; rows: ApplicantExportRow[] }
  | { kind: "deltas"; deltas: NamedDelta[] }
  | Ending
);

/** What the page is given: the whole cohort's. */
export type CohortReply =
  | { kind: "loaded"; cohort: LoadedCohort }
  | { kind: "whatif"; whatIf: WhatIf }
  | { kind: "exported"; rows: ApplicantExportRow[] }
  | { kind: "deltas"; deltas: NamedDelta[] }
  | Ending;
