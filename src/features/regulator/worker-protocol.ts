/**
 * Messages between the regulator page and its Web Worker. The cohort stays in the worker once
 * loaded; the page asks for totals, what-if comparisons and single explanations by id.
 */
import type { Applicant, Evaluation, Fact, IsoDate, Range } from "@/engine/types";
import type { ApplicantTotal } from "@/lib/batch/batch-report";
import type { BatchStats, RowError } from "@/lib/batch/cohort-builder";
import type { ClauseDelta, CohortSummary, MemberDelta } from "@/lib/cohort/aggregate";
import type { DraftChange } from "@/lib/cohort/draft";

export type WorkerRequest =
  | { kind: "load"; bytes: ArrayBuffer; policy?: string; asOf: IsoDate }
  | { kind: "whatif"; changes: DraftChange[] }
  | { kind: "explain"; id: string; changes: DraftChange[] | null }
  | { kind: "cancel" };

export interface LoadedCohort {
  policy: string;
  asOf: IsoDate;
  format: "csv" | "xlsx";
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

export type WorkerReply =
  | { kind: "progress"; phase: Phase; done: number; total: number }
  | { kind: "loaded"; cohort: LoadedCohort }
  | { kind: "whatif"; whatIf: WhatIf }
  | { kind: "explained"; explained: Explained }
  | { kind: "failed"; message: string }
  | { kind: "cancelled" };
