/**
 * Messages between the regulator page and its Web Workers. Each worker holds one shard of the
 * cohort (src/lib/batch/shard.ts) once loaded; the page adds the shards' answers together
 * (cohort-shards.ts) and asks the worker that holds an applicant for its explanation.
 */
import type { Applicant, Evaluation, Fact, IsoDate, Range } from "@/engine/types";
import type { ApplicantTotal, BatchReport } from "@/lib/batch/batch-report";
import type { BatchStats, RowError } from "@/lib/batch/cohort-builder";
import type { CohortEvaluation } from "@/lib/batch/evaluate-batch";
import type { Shard } from "@/lib/batch/shard";
import type { ClauseDelta, CohortSummary, MemberDelta } from "@/lib/cohort/aggregate";
import type { DraftChange } from "@/lib/cohort/draft";

/** What the page asks: of every worker (load, whatif) or of the one holding the applicant (explain). */
export type CohortRequest =
  | { kind: "load"; bytes: ArrayBuffer; policy?: string; asOf: IsoDate }
  | { kind: "whatif"; changes: DraftChange[] }
  | { kind: "explain"; id: string; changes: DraftChange[] | null };

export type WorkerRequest =
  | { kind: "load"; bytes: ArrayBuffer; policy?: string; asOf: IsoDate; shard: Shard }
  | Exclude<CohortRequest, { kind: "load" }>
  | { kind: "cancel" };

export interface LoadedCohort {
  policy: string;
  asOf: IsoDate;
  format: BatchReport["input"]["format"];
  encoding?: string;
  stats: BatchStats;
  errors: RowError[];
  errorCount: number;
  warnings: string[];
  summary: CohortSummary;
  applicants: ApplicantTotal[];
}

export interface WhatIf {
  changes: DraftChange[];
  total: { base: Range; draft: Range };
  byClause: ClauseDelta[];
  /** Applicants whose totals change, largest change first. */
  byMember: (MemberDelta & { name?: string })[];
  draft: CohortSummary;
}

export interface Explained {
  id: string;
  name?: string;
  applicant: Applicant;
  facts: Fact[];
  evaluation: Evaluation;
}

export type Phase = "read" | "evaluate" | "whatif";

type Ending = { kind: "explained"; explained: Explained } | { kind: "failed"; message: string } | { kind: "cancelled" };

/** A worker's answers: its shard's report and draft evaluation. */
export type WorkerReply =
  | { kind: "progress"; phase: Phase; done: number; total: number }
  | { kind: "loaded"; report: BatchReport }
  | { kind: "evaluated"; evaluation: CohortEvaluation }
  | Ending;

/** What the page is given: the whole cohort's. */
export type CohortReply = { kind: "loaded"; cohort: LoadedCohort } | { kind: "whatif"; whatIf: WhatIf } | Ending;
