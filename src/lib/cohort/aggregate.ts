/**
 * Cohort totals for a regulator: every applicant through the same engine, then summed per
 * clause and per limit. Pure (no I/O) so it runs in a Web Worker as well as on the server.
 */
import { evaluate, type PricedLines } from "@/engine";
import { doubles, ints } from "@/engine/columns";
import type { Adjustment, Applicant, Evaluation, Fact, IsoDate, Policy, Range } from "@/engine/types";

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

const bandOf = (max: number) => {
  for (let b = 0; b < BANDS.length; b++) {
    const band = BANDS[b]!;
    if (max >= band[1] && (band[2] === null || max < band[2])) return b;
  }
  return -1;
};

/**
 * Each member's share of a cohort summary, compact: its lines' amounts per clause and its limits'
 * cuts per limit, by index, in flat arrays. Kept with the cohort so that a draft changing a few
 * clauses takes the members it touches out of the summary and puts them back under the draft,
 * without evaluating anyone else again.
 */
/**
 * One member's amounts by clause (or limit) index, in the order first met: kept by the accumulator
 * and cleared for the next member, rather than a Map and a range per member and clause.
 */
class Sums {
  readonly min: number[];
  readonly max: number[];
  private readonly seen: boolean[];
  readonly touched: number[] = [];

  constructor(size: number) {
    this.min = new Array<number>(size).fill(0);
    this.max = new Array<number>(size).fill(0);
    this.seen = new Array<boolean>(size).fill(false);
  }

  add(i: number, min: number, max: number): void {
    if (this.seen[i]) {
      this.min[i]! += min;
      this.max[i]! += max;
      return;
    }
    this.seen[i] = true;
    this.touched.push(i);
    this.min[i] = min;
    this.max[i] = max;
  }

  clear(): void {
    for (const i of this.touched) this.seen[i] = false;
    this.touched.length = 0;
  }
}

export class Ledger {
  /** Member i's entries are at [start[i], start[i + 1]); clause entries first, then limit entries. */
  private readonly start = ints();
  private readonly limitFrom = ints();
  private readonly index = ints();
  private readonly min = doubles();
  private readonly max = doubles();

  constructor() {
    this.start.push(0);
  }

  record(clauses: Sums, limits: Sums): void {
    this.push(clauses);
    this.limitFrom.push(this.index.length);
    this.push(limits);
    this.start.push(this.index.length);
  }

  private push(sums: Sums) {
    for (const i of sums.touched) {
      this.index.push(i);
      this.min.push(sums.min[i]!);
      this.max.push(sums.max[i]!);
    }
  }

  /** Member m's clause entries (limits: false) or limit entries (limits: true). */
  each(m: number, limits: boolean, f: (index: number, min: number, max: number) => void): void {
    const from = limits ? this.limitFrom.data[m]! : this.start.data[m]!;
    const to = limits ? this.start.data[m + 1]! : this.limitFrom.data[m]!;
    for (let k = from; k < to; k++) f(this.index.data[k]!, this.min.data[k]!, this.max.data[k]!);
  }
}

export class CohortAccumulator {
  private readonly clauseOf: Map<string, number>;
  private readonly clauseTitle: string[] = [];
  private readonly clauseLabel: string[] = [];
  /** By an item's position in the policy, its clause's index. */
  private readonly clauseOfItem: number[];
  private readonly limitOf: Map<string, number>;
  private readonly clauses: { applicants: number; min: number; max: number }[];
  private readonly limits: { applicants: number; min: number; max: number }[];
  private readonly bands: number[] = BANDS.map(() => 0);
  private totalMin = 0;
  private totalMax = 0;
  private count = 0;
  private payable = 0;
  private version = "";
  private readonly clauseSums: Sums;
  private readonly limitSums: Sums;

  /**
   * `ledger`: where each member added is recorded, in the order added; `priced`: where each one's
   * lines are kept as they stood before limits, for drafts that change only limits.
   */
  constructor(
    private readonly policy: Policy,
    private readonly asOf: IsoDate,
    private readonly ledger?: Ledger,
    private readonly priced?: PricedLines,
  ) {
    // Clauses in the policy's order: a draft of the policy has the same clauses at the same indices.
    this.clauseOf = new Map();
    for (const item of policy.items) {
      if (this.clauseOf.has(item.clause)) continue;
      this.clauseOf.set(item.clause, this.clauseLabel.length);
      this.clauseLabel.push(item.clause);
      this.clauseTitle.push(item.title);
    }
    this.clauseOfItem = policy.items.map((item) => this.clauseOf.get(item.clause)!);
    this.limitOf = new Map(policy.limits.map((l, i) => [l.id, i]));
    this.clauses = this.clauseLabel.map(() => ({ applicants: 0, min: 0, max: 0 }));
    this.limits = policy.limits.map(() => ({ applicants: 0, min: 0, max: 0 }));
    this.clauseSums = new Sums(this.clauses.length);
    this.limitSums = new Sums(this.limits.length);
  }

  /** A copy to carry on from: the baseline's totals, to take some members out of and put them back in under a draft. */
  copy(policy: Policy): CohortAccumulator {
    const c = new CohortAccumulator(policy, this.asOf);
    this.clauses.forEach((x, i) => Object.assign(c.clauses[i]!, x));
    this.limits.forEach((x, i) => Object.assign(c.limits[i]!, x));
    this.bands.forEach((n, i) => (c.bands[i] = n));
    c.totalMin = this.totalMin;
    c.totalMax = this.totalMax;
    c.count = this.count;
    c.payable = this.payable;
    c.version = this.version;
    return c;
  }

  /** `priced`: where the member's lines before limits are kept (by default the accumulator's own). */
  add(member: CohortMember, priced = this.priced): { result: MemberResult; evaluation: Evaluation } {
    const evaluation = evaluate({ policy: this.policy, applicant: member.applicant, facts: member.facts, asOf: this.asOf }, { explain: false, beforeLimits: priced?.keep });
    this.version = evaluation.policyVersion;
    this.clauseSums.clear();
    for (const line of evaluation.lines) this.onLine(this.clauseOf.get(line.clause)!, line.min, line.max);
    const { eligible, inForce, unquantified } = evaluation;
    const result = this.take(member.id, evaluation.total, evaluation.adjustments, { eligible, inForce, unquantified: unquantified.length });
    return { result, evaluation };
  }

  /**
   * Member `m` of `priced` (its lines priced under the policy this draft differs from in its
   * limits' figures only) added with the draft's limits applied again: what `add` gives, without
   * pricing anything. `base` is its result under the policy, whose eligibility it keeps.
   */
  relimit(member: CohortMember, m: number, priced: PricedLines, base: MemberResult): MemberResult {
    this.clauseSums.clear();
    const { total, adjustments, policyVersion } = priced.relimit(this.policy, m, member.facts, member.applicant.kind, this.onPricedLine);
    this.version = policyVersion;
    return this.take(member.id, total, adjustments, base);
  }

  private readonly onPricedLine = (item: { index: number }, _line: number, min: number, max: number) => this.onLine(this.clauseOfItem[item.index]!, min, max);

  private onLine(clause: number, min: number, max: number) {
    if (max !== 0 || min !== 0) this.clauseSums.add(clause, min, max);
  }

  /** A member's limits' cuts and total added in, its clauses' amounts already in `clauseSums`. */
  private take(id: string, total: Range, adjustments: readonly Adjustment[], standing: Pick<MemberResult, "eligible" | "inForce" | "unquantified">): MemberResult {
    const { clauseSums: clauses, limitSums: limits } = this;
    limits.clear();
    const cut = { min: 0, max: 0 };
    for (const a of adjustments) {
      const i = this.limitOf.get(a.limit);
      if (i === undefined || (a.effect.max === 0 && a.effect.min === 0)) continue;
      limits.add(i, -a.effect.min, -a.effect.max);
      cut.min -= a.effect.min;
      cut.max -= a.effect.max;
    }
    this.tally(total, 1);
    for (const i of clauses.touched) this.tallyClause(i, clauses.min[i]!, clauses.max[i]!, 1);
    for (const i of limits.touched) this.tallyLimit(i, limits.min[i]!, limits.max[i]!, 1);
    this.ledger?.record(clauses, limits);
    return { id, total, eligible: standing.eligible, inForce: standing.inForce, cut, unquantified: standing.unquantified };
  }

  /** Takes member `m` of `ledger` (whose total was `total`) back out of the totals. */
  remove(ledger: Ledger, m: number, total: Range): void {
    this.tally(total, -1);
    ledger.each(m, false, this.untallyClause);
    ledger.each(m, true, this.untallyLimit);
  }

  // Bound once: a draft takes tens of thousands of members out.
  private readonly untallyClause = (i: number, min: number, max: number) => this.tallyClause(i, min, max, -1);
  private readonly untallyLimit = (i: number, min: number, max: number) => this.tallyLimit(i, min, max, -1);

  private tally(total: Range, sign: 1 | -1) {
    this.count += sign;
    if (total.max > 0) this.payable += sign;
    this.totalMin += sign * total.min;
    this.totalMax += sign * total.max;
    const band = bandOf(total.max);
    if (band >= 0) this.bands[band]! += sign;
  }

  private tallyClause(i: number, min: number, max: number, sign: 1 | -1) {
    const c = this.clauses[i]!;
    c.applicants += sign;
    c.min += sign * min;
    c.max += sign * max;
  }

  private tallyLimit(i: number, min: number, max: number, sign: 1 | -1) {
    const l = this.limits[i]!;
    l.applicants += sign;
    l.min += sign * min;
    l.max += sign * max;
  }

  summary(): CohortSummary {
    return {
      policy: this.policy.id,
      policyVersion: this.version,
      asOf: this.asOf,
      applicants: this.count,
      payable: this.payable,
      total: { min: this.totalMin, max: this.totalMax },
      byClause: this.clauses.flatMap((c, i) =>
        c.applicants > 0 ? [{ clause: this.clauseLabel[i]!, title: this.clauseTitle[i]!, applicants: c.applicants, min: c.min, max: c.max }] : [],
      ),
      byLimit: this.policy.limits.map((l, i) => {
        const t = this.limits[i]!;
        return { limit: l.id, clause: l.clause, label: l.label, kind: l.kind, applicants: t.applicants, cut: { min: t.min, max: t.max } };
      }),
      distribution: BANDS.map(([label, from, to], i) => ({ label, from, to, count: this.bands[i]! })),
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
 * `among`: the only positions that may differ (a draft over a held cohort visits only some).
 */
export const memberChanges = (
  base: readonly MemberResult[],
  draft: readonly MemberResult[],
  keep = Infinity,
  among: readonly number[] | null = null,
): { changed: number; top: MemberDelta[] } => {
  let changed = 0;
  let top: MemberDelta[] = [];
  const n = among ? among.length : base.length;
  for (let k = 0; k < n; k++) {
    const i = among ? among[k]! : k;
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
