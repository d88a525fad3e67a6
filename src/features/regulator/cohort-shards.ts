/**
 * The whole cohort from its shards' answers (one Web Worker per shard): the reports added as if one
 * worker had read the file, and a draft's evaluations set against the baseline applicant by applicant.
 */
import type { IsoDate } from "@/engine/types";
import type { BatchReport } from "@/lib/batch/batch-report";
import type { CohortEvaluation } from "@/lib/batch/evaluate-batch";
import { mergeReports } from "@/lib/batch/merge-reports";
import { mergeSummaries } from "@/lib/batch/merge-summaries";
import { compareCohorts } from "@/lib/cohort/aggregate";
import type { DraftChange } from "@/lib/cohort/draft";
import { policyById } from "@policies/index";
import type { LoadedCohort, WhatIf } from "./worker-protocol";

export const loadedCohort = (parts: readonly BatchReport[], asOf: IsoDate): LoadedCohort => {
  const report = mergeReports(policyById.get(parts[0]!.policy)!, parts);
  const { input, applicants, errors, errorCount, warnings, ...totals } = report;
  const { format, encoding, rows, validRows, applicants: read, validApplicants } = input;
  return {
    policy: report.policy,
    asOf,
    format,
    ...(encoding ? { encoding } : {}),
    stats: { rows, validRows, applicants: read, validApplicants },
    errors,
    errorCount,
    warnings,
    summary: { ...totals, applicants: applicants.length },
    applicants,
  };
};

export const whatIfOf = (cohort: LoadedCohort, changes: DraftChange[], parts: readonly CohortEvaluation[]): WhatIf => {
  const draft = {
    results: parts.flatMap((p) => p.results),
    summary: mergeSummaries(policyById.get(cohort.policy)!, parts.map((p) => p.summary)),
  };
  const { total, byClause, byMember } = compareCohorts({ results: cohort.applicants, summary: cohort.summary }, draft);
  const names = new Map(cohort.applicants.flatMap((a) => (a.name ? [[a.id, a.name] as const] : [])));
  return {
    changes,
    total,
    byClause,
    byMember: byMember.map((m) => {
      const name = names.get(m.id);
      return name ? { ...m, name } : m;
    }),
    draft: draft.summary,
  };
};
