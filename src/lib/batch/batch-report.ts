/**
 * What POST /api/v1/batch answers: what was read (rows, applicants, problems by row and column),
 * the cohort totals per clause, per limit and by payout band, each valid applicant's totals with
 * what was assumed for its blank cells, and the applicants left out for bad data.
 */
import { policyVersion } from "@/engine";
import type { IsoDate, Range } from "@/engine/types";
import type { BatchInput, BatchMember, BatchStats, RefusedApplicant, RowError } from "./cohort-builder";
import type { CohortEvaluation } from "./evaluate-batch";
import type { Assumption } from "./assumption";
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
  /** 待核实: a row of the applicant waits for a blank cell to be confirmed and is not in `total`. */
  pending: boolean;
  /** Every assumption made about the applicant's blank cells. */
  assumptions?: Assumption[];
}

/** One assumption as the report lists it: how often it was made, and the first rows it was made on. */
export interface AssumptionCount {
  message: string;
  pending: boolean;
  /** Applicants it was made for. */
  applicants: number;
  /** Rows it was made on, the first few in `rows`. */
  count: number;
  rows: number[];
}

export interface BatchReport extends Omit<CohortSummary, "applicants"> {
  input: BatchStats & { format: "csv" | "xlsx" | "json"; encoding?: string; invalidApplicants: number; pendingApplicants: number };
  applicants: ApplicantTotal[];
  assumptions: AssumptionCount[];
  refused: RefusedApplicant[];
  errors: RowError[];
  errorCount: number;
  warnings: string[];
}

/** Rows listed per assumption; the per-applicant lists and the export have every one. */
export const ROWS_LISTED = 20;

/** Counts by what was assumed: one map per pending state, keyed by the message (no key string built per assumption). */
class CountsByAssumption<C extends AssumptionCount> {
  private readonly pending = new Map<string, C>();
  private readonly assumed = new Map<string, C>();
  private of = (a: Pick<Assumption, "pending">) => (a.pending ? this.pending : this.assumed);
  get = (a: Pick<Assumption, "message" | "pending">): C | undefined => this.of(a).get(a.message);
  set = (c: C): void => void this.of(c).set(c.message, c);
  values = (): C[] => [...this.assumed.values(), ...this.pending.values()];
}

const byNumber = (x: number, y: number) => x - y;

/** The first ROWS_LISTED rows of these, in row order, whatever order they came in. */
const firstRows = (rows: number[]): number[] => rows.sort(byNumber).slice(0, ROWS_LISTED);

/** The members' assumptions counted by what was assumed, most frequent first. */
export const countAssumptions = (members: readonly Pick<BatchMember, "assumptions">[]): AssumptionCount[] => {
  const counts = new CountsByAssumption<AssumptionCount & { last: number }>();
  members.forEach((m, i) => {
    for (const a of m.assumptions ?? []) {
      let c = counts.get(a);
      if (!c) counts.set((c = { message: a.message, pending: a.pending, applicants: 0, count: 0, rows: [], last: -1 }));
      c.count++;
      c.rows.push(a.row);
      // Bounded however often the same assumption is made.
      if (c.rows.length >= 4 * ROWS_LISTED) c.rows = firstRows(c.rows);
      // An applicant counted once however many of its rows the assumption is made on.
      if (c.last !== i) {
        c.last = i;
        c.applicants++;
      }
    }
  });
  return sortCounts(counts.values().map(({ last: _, ...c }) => ({ ...c, rows: firstRows(c.rows) })));
};

/** Pending first (they change the totals), then the most frequent. */
export const sortCounts = (counts: AssumptionCount[]): AssumptionCount[] =>
  counts.sort((a, b) => Number(b.pending) - Number(a.pending) || b.count - a.count || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));

/** The counts of disjoint parts of one cohort (shards) added up, each one's first rows kept in row order. */
export const mergeAssumptionCounts = (parts: readonly AssumptionCount[][]): AssumptionCount[] => {
  const counts = new CountsByAssumption<AssumptionCount>();
  for (const part of parts) {
    for (const a of part) {
      const had = counts.get(a);
      if (!had) counts.set({ ...a, rows: [...a.rows] });
      else {
        had.applicants += a.applicants;
        had.count += a.count;
        had.rows = firstRows([...had.rows, ...a.rows]);
      }
    }
  }
  return sortCounts(counts.values());
};

/** `detail`: with each applicant's own assumptions (the API's answer); the page asks for them one applicant at a time. */
export const applicantTotal = (m: BatchMember, r: CohortEvaluation["results"][number], detail = true): ApplicantTotal => ({
  id: r.id,
  ...(m.name ? { name: m.name } : {}),
  row: m.row,
  eligible: r.eligible,
  inForce: r.inForce,
  total: r.total,
  cut: r.cut,
  unquantified: r.unquantified,
  pending: m.assumptions?.some((a) => a.pending) ?? false,
  ...(detail && m.assumptions ? { assumptions: m.assumptions } : {}),
});

export const batchReport = (
  input: BatchInput & { format: "csv" | "xlsx" | "json"; encoding?: string },
  asOf: IsoDate,
  { results, summary }: CohortEvaluation,
  detail = true,
): BatchReport => {
  const { applicants: _count, ...totals } = summary;
  const applicants = results.map((r, i) => applicantTotal(input.members[i]!, r, detail));
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
      pendingApplicants: applicants.filter((a) => a.pending).length,
    },
    applicants,
    assumptions: countAssumptions(input.members),
    refused: input.refused,
    errors: input.errors,
    errorCount: input.errorCount,
    warnings: input.warnings,
  };
};
