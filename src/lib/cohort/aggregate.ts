/**
 * Cohort totals for a regulator: every applicant through the same engine, then summed per
 * clause and per limit. Pure (no I/O) so it runs in a Web Worker as well as on the server.
 */
import { evaluate } from "@/engine";
import type { Applicant, Evaluation, Fact, IsoDate, Policy, Range } from "@/engine/types";

export interface CohortMember {
  id: string;
  applicant: Applicant;
  facts: Fact[];
}

export interface MemberResult {
  id: string;
  total: Range;
  eligible: boolean;
  inForce: boolean;
  /** How much limits took off this applicant (≥ 0). */
  cut: Range;
  unquantified: number;
}

export interface ClauseTotal {
  clause: string;
  title: string;
  applicants: number;
  min: number;
  max: number;
}

export interface LimitTotal {
  limit: string;
  clause: string;
  label: string;
  kind: string;
  applicants: number;
  cut: Range;
}

export interface Bucket {
  label: string;
  from: number;
  to: number | null;
  count: number;
}

export interface CohortSummary {
  policy: string;
  policyVersion: string;
  asOf: IsoDate;
  applicants: number;
  payable: number;
  total: Range;
  byClause: ClauseTotal[];
  byLimit: LimitTotal[];
  distribution: Bucket[];
}

/** Payout bands in the units a budget officer thinks in. */
const BANDS: [string, number, number | null][] = [
  ["0 元", 0, 1],
  ["1 万元以下", 1, 10_000],
  ["1–5 万元", 10_000, 50_000],
  ["5–10 万元", 50_000, 100_000],
  ["10–30 万元", 100_000, 300_000],
  ["30–50 万元", 300_000, 500_000],
  ["50–100 万元", 500_000, 1_000_000],
  ["100 万元及以上", 1_000_000, null],
];

export class CohortAccumulator {
  private readonly clauses = new Map<string, ClauseTotal>();
  private readonly limits = new Map<string, LimitTotal>();
  private readonly buckets: Bucket[] = BANDS.map(([label, from, to]) => ({ label, from, to, count: 0 }));
  private total: Range = { min: 0, max: 0 };
  private count = 0;
  private payable = 0;
  private version = "";

  constructor(
    private readonly policy: Policy,
    private readonly asOf: IsoDate,
  ) {
    for (const l of policy.limits) {
      this.limits.set(l.id, { limit: l.id, clause: l.clause, label: l.label, kind: l.kind, applicants: 0, cut: { min: 0, max: 0 } });
    }
  }

  add(member: CohortMember): { result: MemberResult; evaluation: Evaluation } {
    const evaluation = evaluate({ policy: this.policy, applicant: member.applicant, facts: member.facts, asOf: this.asOf }, { explain: false });
    this.version = evaluation.policyVersion;
    this.count++;
    if (evaluation.total.max > 0) this.payable++;
    this.total = { min: this.total.min + evaluation.total.min, max: this.total.max + evaluation.total.max };
    const seen = new Set<string>();
    for (const line of evaluation.lines) {
      if (line.max === 0 && line.min === 0) continue;
      let c = this.clauses.get(line.clause);
      if (!c) {
        c = { clause: line.clause, title: line.title, applicants: 0, min: 0, max: 0 };
        this.clauses.set(line.clause, c);
      }
      if (!seen.has(line.clause)) {
        c.applicants++;
        seen.add(line.clause);
      }
      c.min += line.min;
      c.max += line.max;
    }
    const cut = { min: 0, max: 0 };
    const cutBy = new Set<string>();
    for (const a of evaluation.adjustments) {
      const l = this.limits.get(a.limit);
      if (!l || (a.effect.max === 0 && a.effect.min === 0)) continue;
      if (!cutBy.has(a.limit)) {
        l.applicants++;
        cutBy.add(a.limit);
      }
      l.cut = { min: l.cut.min - a.effect.min, max: l.cut.max - a.effect.max };
      cut.min -= a.effect.min;
      cut.max -= a.effect.max;
    }
    const band = this.buckets.find((b) => evaluation.total.max >= b.from && (b.to === null || evaluation.total.max < b.to));
    if (band) band.count++;
    const result: MemberResult = {
      id: member.id,
      total: evaluation.total,
      eligible: evaluation.eligible,
      inForce: evaluation.inForce,
      cut,
      unquantified: evaluation.unquantified.length,
    };
    return { result, evaluation };
  }

  summary(): CohortSummary {
    const clauseOrder = new Map(this.policy.items.map((i, n) => [i.clause, n]));
    return {
      policy: this.policy.id,
      policyVersion: this.version,
      asOf: this.asOf,
      applicants: this.count,
      payable: this.payable,
      total: this.total,
      byClause: [...this.clauses.values()].sort((a, b) => (clauseOrder.get(a.clause) ?? 0) - (clauseOrder.get(b.clause) ?? 0)),
      byLimit: [...this.limits.values()],
      distribution: this.buckets,
    };
  }
}

/** Evaluate a whole cohort under one policy. `onProgress` is called every `every` applicants. */
export const evaluateCohort = (
  policy: Policy,
  members: Iterable<CohortMember>,
  asOf: IsoDate,
  onProgress?: (done: number) => void,
  every = 1000,
): { results: MemberResult[]; summary: CohortSummary } => {
  const acc = new CohortAccumulator(policy, asOf);
  const results: MemberResult[] = [];
  for (const m of members) {
    results.push(acc.add(m).result);
    if (onProgress && results.length % every === 0) onProgress(results.length);
  }
  return { results, summary: acc.summary() };
};

export interface MemberDelta {
  id: string;
  base: Range;
  draft: Range;
  delta: Range;
}

export interface ClauseDelta {
  clause: string;
  title: string;
  base: Range;
  draft: Range;
}

const byChange = (a: MemberDelta, b: MemberDelta) => Math.abs(b.delta.max) - Math.abs(a.delta.max) || Math.abs(b.delta.min) - Math.abs(a.delta.min) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Largest change first; ties by id, so that shards' lists merge into the whole's. */
export const sortChanges = (deltas: MemberDelta[]): MemberDelta[] => deltas.sort(byChange);

/**
 * The applicants whose totals a draft changes, the same applicants evaluated in the same order
 * under both: how many, and the `keep` largest changes (all of them by default), largest first.
 */
export const memberChanges = (base: readonly MemberResult[], draft: readonly MemberResult[], keep = Infinity): { changed: number; top: MemberDelta[] } => {
  let changed = 0;
  let top: MemberDelta[] = [];
  for (let i = 0; i < base.length; i++) {
    const b = base[i]!;
    const d = draft[i]!;
    if (b.id !== d.id) throw new Error("memberChanges needs the same applicants in the same order");
    if (b.total.min === d.total.min && b.total.max === d.total.max) continue;
    changed++;
    top.push({ id: b.id, base: b.total, draft: d.total, delta: { min: d.total.min - b.total.min, max: d.total.max - b.total.max } });
    // Bounded however many change: sorted down to `keep` whenever twice that many are waiting.
    if (top.length >= 2 * keep) top = sortChanges(top).slice(0, keep);
  }
  return { changed, top: sortChanges(top).slice(0, keep) };
};

/** The cohort totals under the policy and under a draft, in total and clause by clause. */
export const compareSummaries = (base: CohortSummary, draft: CohortSummary): { total: { base: Range; draft: Range }; byClause: ClauseDelta[] } => {
  const clauses = new Map<string, ClauseDelta>();
  const zero = { min: 0, max: 0 };
  for (const c of base.byClause) clauses.set(c.clause, { clause: c.clause, title: c.title, base: { min: c.min, max: c.max }, draft: zero });
  for (const c of draft.byClause) {
    const d = clauses.get(c.clause) ?? { clause: c.clause, title: c.title, base: zero, draft: zero };
    d.draft = { min: c.min, max: c.max };
    clauses.set(c.clause, d);
  }
  return { total: { base: base.total, draft: draft.total }, byClause: [...clauses.values()] };
};

/** Baseline against a draft revision: what changes, per clause and per applicant (largest change first). */
export const compareCohorts = (
  base: { results: MemberResult[]; summary: CohortSummary },
  draft: { results: MemberResult[]; summary: CohortSummary },
): { total: { base: Range; draft: Range }; byClause: ClauseDelta[]; byMember: MemberDelta[] } => ({
  ...compareSummaries(base.summary, draft.summary),
  byMember: memberChanges(base.results, draft.results).top,
});
