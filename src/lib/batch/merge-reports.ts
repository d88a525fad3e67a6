/**
 * The reports of the shards of one upload (shard.ts) added into the report of the whole: the same
 * figures, applicants in file order and row errors by row, as if one thread had read the file.
 */
import type { Policy } from "@/engine/types";
import { mergeAssumptionCounts, type BatchReport } from "./batch-report";
import { BatchError, NO_DATA_ROWS } from "./cohort-builder";
import { mergeSummaries } from "./merge-summaries";
import { MAX_REPORTED_ERRORS } from "./upload-limits";

const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;

export const mergeReports = (policy: Policy, parts: readonly BatchReport[]): BatchReport => {
  const [first] = parts;
  if (!first) throw new Error("mergeReports needs at least one part");
  if (parts.length === 1) return first;
  const sum = (pick: (input: BatchReport["input"]) => number) => parts.reduce((n, p) => n + pick(p.input), 0);
  const input = {
    ...first.input,
    rows: sum((i) => i.rows),
    validRows: sum((i) => i.validRows),
    applicants: sum((i) => i.applicants),
    validApplicants: sum((i) => i.validApplicants),
    invalidApplicants: sum((i) => i.invalidApplicants),
    pendingApplicants: sum((i) => i.pendingApplicants),
  };
  // A file needs a data row; a JSON cohort whose applicants state no facts is valid (all pay 0).
  if (input.rows === 0 && input.format !== "json") throw new BatchError(NO_DATA_ROWS);
  const { applicants: _evaluated, ...summary } = mergeSummaries(
    policy,
    parts.map(({ input: _input, applicants, assumptions: _assumed, refused: _refused, errors: _errors, errorCount: _count, warnings: _warnings, ...totals }) => ({
      ...totals,
      applicants: applicants.length,
    })),
  );
  return {
    ...summary,
    policyVersion: first.policyVersion,
    input,
    applicants: parts.flatMap((p) => p.applicants).sort(byRow),
    assumptions: mergeAssumptionCounts(parts.map((p) => p.assumptions)),
    refused: parts.flatMap((p) => p.refused).sort(byRow),
    // Each row is one shard's, so a stable sort keeps the order of one row's problems.
    errors: parts.flatMap((p) => p.errors).sort(byRow).slice(0, MAX_REPORTED_ERRORS),
    errorCount: parts.reduce((n, p) => n + p.errorCount, 0),
    warnings: first.warnings,
  };
};
