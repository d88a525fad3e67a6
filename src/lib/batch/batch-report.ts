/**
 * What POST /api/v1/batch answers: what was read (rows, applicants, problems by row and column),
 * the cohort totals per clause, per limit and by payout band, and each valid applicant's totals.
 */
import { policyVersion } from "@/engine";
import type { IsoDate, Range } from "@/engine/types";
import type { BatchInput, BatchStats, RowError } from "./cohort-builder";
import type { CohortEvaluation } from "./evaluate-batch";
import type { CohortSummary } from "@/lib/cohort/aggregate";

export interface ApplicantTotal {
  id: string;
  name?: string;
  row: number;
  eligible: boolean;
  inForce: boolean;
  total: Range;
  cut: Range;
  unquantified: number;
}

export interface BatchReport extends Omit<CohortSummary, "applicants"> {
  input: BatchStats & { format: "csv" | "xlsx" | "json"; encoding?: string; invalidApplicants: number };
  applicants: ApplicantTotal[];
  errors: RowError[];
  errorCount: number;
  warnings: string[];
}

export const batchReport = (
  input: BatchInput & { format: "csv" | "xlsx" | "json"; encoding?: string },
  asOf: IsoDate,
  { results, summary }: CohortEvaluation,
): BatchReport => {
  const { applicants: _count, ...totals } = summary;
  return {
    ...totals,
    // The accumulator learns the version from its first evaluation; a cohort with no valid applicant has none.
    policyVersion: policyVersion(input.policy),
    asOf,
    input: {
      format: input.format,
      ...(input.encoding ? { encoding: input.encoding } : {}),
      ...input.stats,
      invalidApplicants: input.stats.applicants - input.stats.validApplicants,
    },
    applicants: results.map((r, i) => {
      const m = input.members[i]!;
      return { id: r.id, ...(m.name ? { name: m.name } : {}), row: m.row, eligible: r.eligible, inForce: r.inForce, total: r.total, cut: r.cut, unquantified: r.unquantified };
    }),
    errors: input.errors,
    errorCount: input.errorCount,
    warnings: input.warnings,
  };
};
