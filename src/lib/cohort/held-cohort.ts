/**
 * A cohort held for what-if drafts (in a Web Worker, for as long as the page lives): the members
 * as read and checked, their results under the policy, each one's share of the totals (a Ledger)
 * and each one's payable lines as priced before limits (the engine's PricedLines, a few numbers a
 * line). A draft then does as little again as its changes need:
 *
 * - a changed figure of a clause (an amount, a tier, a share) reaches the members with a fact the
 *   clause may match: they are evaluated again under the draft, and their lines as the draft
 *   prices them are kept for the next draft with the same figures of clauses;
 * - a changed limit (a cap, a count, a revision share) prices nobody again: the members with a
 *   line it covers have the draft's limits applied to their lines as priced — the baseline's, or
 *   the last draft's where it re-priced them (the officer typing a limit after an amount);
 * - a changed window reaches everyone.
 *
 * Each member visited has its baseline share taken out of the totals and its draft share put in;
 * every other member's result is its baseline's: the engine would give it again, since nothing it
 * reads changed. Nothing is read from the file again.
 */
import { PricedLines } from "@/engine";
import type { Fact, FactMatch, IsoDate, Policy, Scalar } from "@/engine/types";
import { slices, type CohortEvaluation, type Pace } from "@/lib/batch/evaluate-batch";
import { CohortAccumulator, Ledger, type CohortMember, type MemberResult } from "./aggregate";
import type { DraftChange } from "./draft";

/** Sets of changed clauses whose reach is kept: a draft is typed a figure at a time. */
const REMEMBERED_REACHES = 64;

export class HeldCohort<M extends CohortMember = CohortMember> {
  /** Built after loading (`warm`) or when an applicant is first asked for: the upload's totals need none. */
  private byId: Map<string, M> | null = null;
  /** The members reached by a set of changed clauses, by the clauses' ids. */
  private readonly reached = new Map<string, number[]>();
  /**
   * The last draft's figures of clauses, and the lines of the members they re-priced as priced
   * under them (member i's are `lines`' member `at[i]`, -1 for a member they did not reach), with
   * each one's standing (eligibility, unquantified lines) under them.
   */
  private repriced: { figures: string; lines: PricedLines; at: Int32Array; standing: MemberResult[] } | null = null;

  private constructor(
    readonly policy: Policy,
    readonly asOf: IsoDate,
    readonly members: readonly M[],
    readonly base: CohortEvaluation,
    private readonly baseTotals: CohortAccumulator,
    private readonly ledger: Ledger,
    /** Each member's payable lines before limits, for drafts that change only limits. */
    private readonly priced: PricedLines,
  ) {}

  /** Evaluates the members under the policy, recording each one's share of the totals. */
  static async evaluate<M extends CohortMember>(policy: Policy, asOf: IsoDate, members: readonly M[], pace: Pace = {}): Promise<HeldCohort<M>> {
    const ledger = new Ledger();
    const priced = new PricedLines();
    const totals = new CohortAccumulator(policy, asOf, ledger, priced);
    const results = await slices(members, pace, (m) => totals.add(m).result);
    // Member i's lines are the i-th kept: an evaluation that skipped `beforeLimits` would shift every later one.
    if (priced.size !== members.length) throw new Error(`evaluate handed over the lines of ${priced.size} of ${members.length} members`);
    return new HeldCohort(policy, asOf, members, { results, summary: totals.summary() }, totals, ledger, priced);
  }

  member(id: string): M | undefined {
    return this.ids().get(id);
  }

  private ids(): Map<string, M> {
    return (this.byId ??= new Map(this.members.map((m) => [m.id, m])));
  }

  /**
   * The members a draft's changes to figures of clauses (amounts, tiers, shares) can reach, by
   * ascending index; null for every member (a changed window). A member is reached when one of its
   * facts may match a changed clause: of the clause's fact type, every value the clause names
   * either stated as it names it or blank (which may still match: a blank flag is "no"). Reaching
   * more than needed costs only time. Changed limits are not here: they price nothing (`whatIf`).
   */
  reach(changes: readonly DraftChange[]): number[] | null {
    const touched = new Set<string>();
    for (const c of changes) {
      if (c.target === "effective") return null;
      if (c.target !== "limit") touched.add(c.id);
    }
    const key = [...touched].sort().join(" ");
    let reached = this.reached.get(key);
    if (!reached) {
      reached = this.reachedBy(this.policy.items.flatMap((i) => (touched.has(i.id) ? i.facts : [])));
      // Typing a figure digit by digit asks again and again for the same clauses.
      if (this.reached.size >= REMEMBERED_REACHES) this.reached.clear();
      this.reached.set(key, reached);
    }
    return reached;
  }

  /** The members with a fact that may match one of these matches, by ascending index. */
  private reachedBy(matches: readonly FactMatch[]): number[] {
    const wantsByType = new Map<string, (readonly (readonly [string, readonly Scalar[]])[])[]>();
    for (const m of matches) {
      const wants = Object.entries(m.where ?? {}).map(([input, want]) => [input, Array.isArray(want) ? want : [want]] as const);
      wantsByType.set(m.type, [...(wantsByType.get(m.type) ?? []), wants]);
    }
    const may = (f: Fact, wants: readonly (readonly [string, readonly Scalar[]])[]) =>
      wants.every(([input, values]) => f[input] === undefined || values.includes(f[input]!));
    const reached: number[] = [];
    for (let i = 0; i < this.members.length; i++) {
      const facts = this.members[i]!.facts;
      if (facts.some((f) => wantsByType.get(f.type)?.some((wants) => may(f, wants)))) reached.push(i);
    }
    return reached;
  }

  /**
   * The first `count` members through both of a draft's paths under `copy` (a copy of the policy),
   * results thrown away: evaluated, then limited again from their lines as priced. A draft is a new
   * policy object whose compiled code starts cold; this warms it while the officer reads.
   */
  async warm(copy: Policy, count: number, pace: Pace = {}): Promise<void> {
    // The applicants by id too: a draft names its largest changes.
    this.ids();
    const totals = new CohortAccumulator(copy, this.asOf);
    const first = Array.from({ length: Math.min(count, this.members.length) }, (_, i) => i);
    // As a draft re-prices: its lines kept for the drafts after it.
    const lines = new PricedLines();
    await slices(first, pace, (i) => totals.add(this.members[i]!, lines));
    await slices(first, pace, (i) => totals.relimit(this.members[i]!, i, this.priced, this.base.results[i]!));
  }

  /**
   * For each limit the draft changes, the members it may treat differently from the policy: the
   * test of one member (by index) on its lines as priced under the policy. A money cap can only
   * cut a member with more than the lower of its two figures (the policy's, the draft's) in one of
   * its scopes before limits, a count only one with more units than the lower of its two counts:
   * below that the limit cuts nothing under either, and every limit after it sees the same lines.
   * Any other limit (a revision share) reaches every member with a line it covers.
   */
  private changedLimits(draft: Policy, changes: readonly DraftChange[]): ((m: number) => boolean)[] {
    const changed = new Set(changes.flatMap((c) => (c.target === "limit" ? [c.id] : [])));
    const index = new Map(draft.items.map((item, i) => [item.id, i]));
    const { priced } = this;
    return draft.limits.flatMap((limit) => {
      const before = this.policy.limits.find((l) => l.id === limit.id);
      if (!changed.has(limit.id) || !before) return [];
      const covers = new Uint8Array(draft.items.length);
      if (!("items" in limit)) covers.fill(1);
      else for (const id of limit.items) if (index.has(id)) covers[index.get(id)!] = 1;
      if ((limit.kind === "policyCap" || limit.kind === "groupCap") && before.kind === limit.kind) {
        const bound = Math.min(before.cap, limit.cap);
        return [(m: number) => priced.exceeds(m, covers, limit.per, "yuan", bound)];
      }
      if (limit.kind === "maxCount" && before.kind === limit.kind && before.maxPerYear === limit.maxPerYear) {
        const bound = Math.min(before.max, limit.max);
        return [(m: number) => priced.exceeds(m, covers, limit.per, "units", bound)];
      }
      return [(m: number) => priced.has(m, covers)];
    });
  }

  /**
   * The cohort under `draft` (this policy with `changes` applied): every member's result, the
   * totals, and the members visited (evaluated again or limited again), by ascending index — null
   * for everyone; every other member's result is its baseline's.
   */
  async whatIf(draft: Policy, changes: readonly DraftChange[], pace: Pace = {}): Promise<CohortEvaluation & { evaluated: number; visited: readonly number[] | null }> {
    const repricing = this.reach(changes);
    if (repricing === null) {
      const totals = new CohortAccumulator(draft, this.asOf);
      const results = await slices(this.members, pace, (m) => totals.add(m).result);
      return { results, summary: totals.summary(), evaluated: this.members.length, visited: null };
    }
    // The figures of clauses as a key: the last draft's lines serve a draft that only moves limits after them.
    const figures = JSON.stringify(changes.filter((c) => c.target !== "limit"));
    const last = this.repriced?.figures === figures ? this.repriced : null;
    const next = last ?? { figures, lines: new PricedLines(), at: new Int32Array(this.members.length).fill(-1), standing: [] as MemberResult[] };
    const limited = this.changedLimits(draft, changes);
    const visit = new Uint8Array(this.members.length);
    for (const i of repricing) visit[i] = 1;
    const visited: number[] = [];
    for (let i = 0; i < this.members.length; i++) if (visit[i] === 1 || limited.some((reaches) => reaches(i))) visited.push(i);

    const totals = this.baseTotals.copy(draft);
    const results: MemberResult[] = this.base.results.slice();
    await slices(visited, pace, (i) => {
      totals.remove(this.ledger, i, this.base.results[i]!.total);
      const member = this.members[i]!;
      if (visit[i] === 0) results[i] = totals.relimit(member, i, this.priced, this.base.results[i]!);
      else if (last) results[i] = totals.relimit(member, last.at[i]!, last.lines, last.standing[last.at[i]!]!);
      else {
        next.at[i] = next.lines.size;
        results[i] = totals.add(member, next.lines).result;
        next.standing.push(results[i]);
      }
    });
    this.repriced = next;
    return { results, summary: totals.summary(), evaluated: visited.length, visited };
  }
}
