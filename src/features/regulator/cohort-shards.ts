/**
 * The whole cohort from its shards' answers (one Web Worker per shard): the reports added as if one
 * worker had read the file, and a draft's shard totals and largest changes added into the whole's.
 */
import type { IsoDate, Policy } from "@/engine/types";
import type { BatchReport } from "@/lib/batch/batch-report";
import type { BatchMember } from "@/lib/batch/cohort-builder";
import type { Pace } from "@/lib/batch/evaluate-batch";
import { mergeReports } from "@/lib/batch/merge-reports";
import { mergeSummaries } from "@/lib/batch/merge-summaries";
import { compareSummaries, memberChanges, sortChanges, type MemberResult } from "@/lib/cohort/aggregate";
import type { DraftChange } from "@/lib/cohort/draft";
import type { HeldCohort } from "@/lib/cohort/held-cohort";
import type { ApplicantExportRow } from "@/lib/export/cohort-tables";
import { policyById } from "@policies/index";
import { ApplicantList, toColumns, type ApplicantColumns } from "./applicant-columns";
import { TOP_CHANGES, type LoadedCohort, type NamedDelta, type ShardReport, type ShardWhatIf, type WhatIf } from "./worker-protocol";

/** A shard's answer to a load: its report, and its applicants as columns. */
export const shardLoaded = ({ applicants, ...report }: BatchReport): { report: ShardReport; applicants: ApplicantColumns } => ({ report, applicants: toColumns(applicants) });

export const loadedCohort = (parts: readonly { report: ShardReport; applicants: ApplicantColumns }[], asOf: IsoDate): LoadedCohort => {
  // The reports' figures added up; the list of applicants is the columns'.
  const report = mergeReports(policyById.get(parts[0]!.report.policy)!, parts.map((p) => ({ ...p.report, applicants: [] })));
  const applicants = new ApplicantList(parts.map((p) => p.applicants));
  const { input, applicants: _none, assumptions, refused, errors, errorCount, warnings, ...totals } = report;
  const { format, encoding, rows, validRows, applicants: read, validApplicants, pendingApplicants } = input;
  return {
    policy: report.policy,
    asOf,
    format,
    ...(encoding ? { encoding } : {}),
    stats: { rows, validRows, applicants: read, validApplicants, pendingApplicants },
    errors,
    errorCount,
    warnings,
    assumptions,
    refused,
    summary: { ...totals, applicants: applicants.length },
    applicants,
  };
};

export const whatIfOf = (cohort: LoadedCohort, changes: DraftChange[], parts: readonly ShardWhatIf[]): WhatIf => {
  const draft = mergeSummaries(policyById.get(cohort.policy)!, parts.map((p) => p.summary));
  return {
    changes,
    ...compareSummaries(cohort.summary, draft),
    changed: parts.reduce((n, p) => n + p.changed, 0),
    byMember: sortChanges(parts.flatMap((p) => p.top)).slice(0, TOP_CHANGES) as NamedDelta[],
    draft,
  };
};

/** Every changed applicant of every shard, largest change first. */
export const allChanges = (parts: readonly NamedDelta[][]): NamedDelta[] => sortChanges(parts.flat()) as NamedDelta[];

/** Every shard's export rows, in file order. */
export const exportRowsOf = (parts: readonly ApplicantExportRow[][]): ApplicantExportRow[] => parts.flat().sort((a, b) => a.row - b.row);

/**
 * One shard's part of a what-if, from the cohort it holds: the draft's results (kept for the full
 * list of changes) and what the page needs of them.
 */
export const shardWhatIf = async (
  held: HeldCohort<BatchMember>,
  draft: Policy,
  changes: readonly DraftChange[],
  pace?: Pace,
): Promise<{ results: MemberResult[]; whatIf: ShardWhatIf }> => {
  const { results, summary, visited } = await held.whatIf(draft, changes, pace);
  const { changed, top } = memberChanges(held.base.results, results, TOP_CHANGES, visited);
  return { results, whatIf: { summary, changed, top: top.map((d) => withName(d, held.member(d.id)?.name)) } };
};

export const withName = (d: NamedDelta, name: string | undefined): NamedDelta => (name ? { ...d, name } : d);
