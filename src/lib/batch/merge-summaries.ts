/**
 * Cohort summaries of disjoint parts of one cohort (evaluated on different threads) added into the
 * summary of the whole, exactly as if one accumulator had seen every applicant.
 */
import type { Policy } from "@/engine/types";
import type { ClauseTotal, CohortSummary, LimitTotal } from "@/lib/cohort/aggregate";

const add = (a: { min: number; max: number }, b: { min: number; max: number }) => ({ min: a.min + b.min, max: a.max + b.max });

export const mergeSummaries = (policy: Policy, parts: readonly CohortSummary[]): CohortSummary => {
  const [first, ...rest] = parts;
  if (!first) throw new Error("mergeSummaries needs at least one part");
  const clauses = new Map<string, ClauseTotal>();
  const limits = new Map<string, LimitTotal>();
  for (const part of parts) {
    for (const c of part.byClause) {
      const had = clauses.get(c.clause);
      clauses.set(c.clause, had ? { ...had, applicants: had.applicants + c.applicants, min: had.min + c.min, max: had.max + c.max } : { ...c });
    }
    for (const l of part.byLimit) {
      const had = limits.get(l.limit);
      limits.set(l.limit, had ? { ...had, applicants: had.applicants + l.applicants, cut: add(had.cut, l.cut) } : { ...l, cut: { ...l.cut } });
    }
  }
  const clauseOrder = new Map(policy.items.map((i, n) => [i.clause, n]));
  return {
    ...first,
    policyVersion: parts.find((p) => p.policyVersion)?.policyVersion ?? "",
    applicants: parts.reduce((n, p) => n + p.applicants, 0),
    payable: parts.reduce((n, p) => n + p.payable, 0),
    total: rest.reduce((t, p) => add(t, p.total), first.total),
    byClause: [...clauses.values()].sort((a, b) => (clauseOrder.get(a.clause) ?? 0) - (clauseOrder.get(b.clause) ?? 0)),
    byLimit: [...limits.values()],
    distribution: first.distribution.map((b, i) => ({ ...b, count: parts.reduce((n, p) => n + p.distribution[i]!.count, 0) })),
  };
};
