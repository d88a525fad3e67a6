/**
 * A cohort held for what-if drafts (in a Web Worker, for as long as the page lives): the members
 * as read and checked, their results under the policy and each one's share of the totals (a
 * Ledger). A draft then re-evaluates only the members a changed figure can reach — a clause's
 * amount reaches the members with a fact the clause may match; a limit, the members with facts its
 * clauses may match; the window or a cap over the whole policy, everyone — takes their baseline
 * shares out of the totals and puts their draft shares in. Every
 * other member's result is its baseline's: the engine would give it again, since nothing it reads
 * changed. Nothing is read from the file again.
 */
import type { Fact, FactMatch, IsoDate, Policy, Scalar } from "@/engine/types";
import { slices, type CohortEvaluation, type Pace } from "@/lib/batch/evaluate-batch";
import { CohortAccumulator, Ledger, type CohortMember, type MemberResult } from "./aggregate";
import type { DraftChange } from "./draft";

/** Sets of changed clauses whose reach is kept: a draft is typed a figure at a time. */
const REMEMBERED_REACHES = 64;

export class HeldCohort<M extends CohortMember = CohortMember> {
  private readonly byId: Map<string, M>;
  /** The members reached by a set of changed clauses, by the clauses' ids. */
  private readonly reached = new Map<string, number[]>();

  private constructor(
    readonly policy: Policy,
    readonly asOf: IsoDate,
    readonly members: readonly M[],
    readonly base: CohortEvaluation,
    private readonly baseTotals: CohortAccumulator,
    private readonly ledger: Ledger,
  ) {
    this.byId = new Map(members.map((m) => [m.id, m]));
  }

  /** Evaluates the members under the policy, recording each one's share of the totals. */
  static async evaluate<M extends CohortMember>(policy: Policy, asOf: IsoDate, members: readonly M[], pace: Pace = {}): Promise<HeldCohort<M>> {
    const ledger = new Ledger();
    const totals = new CohortAccumulator(policy, asOf, ledger);
    const results = await slices(members, pace, (m) => totals.add(m).result);
    return new HeldCohort(policy, asOf, members, { results, summary: totals.summary() }, totals, ledger);
  }

  member(id: string): M | undefined {
    return this.byId.get(id);
  }

  /**
   * The members a draft's changes can reach, by ascending index; null for every member. A member
   * is reached when one of its facts may match a changed clause (or a clause of a changed limit):
   * of the clause's fact type, every value the clause names either stated as it names it or blank
   * (which may still match: a blank flag is "no"). Reaching more than needed costs only time.
   */
  reach(changes: readonly DraftChange[]): number[] | null {
    const touched = new Set<string>();
    for (const c of changes) {
      if (c.target === "effective") return null;
      if (c.target !== "limit") touched.add(c.id);
      else {
        const limit = this.policy.limits.find((l) => l.id === c.id);
        // A cap over the whole policy reaches every line; an unknown id is applyDraft's to refuse.
        if (!limit || !("items" in limit)) return null;
        for (const id of limit.items) touched.add(id);
      }
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
   * The cohort under `draft` (this policy with `changes` applied): every member's result, the
   * totals, and how many members were evaluated again.
   */
  async whatIf(draft: Policy, changes: readonly DraftChange[], pace: Pace = {}): Promise<CohortEvaluation & { evaluated: number }> {
    const reached = this.reach(changes);
    if (reached === null) {
      const totals = new CohortAccumulator(draft, this.asOf);
      const results = await slices(this.members, pace, (m) => totals.add(m).result);
      return { results, summary: totals.summary(), evaluated: this.members.length };
    }
    const totals = this.baseTotals.copy(draft);
    const results: MemberResult[] = this.base.results.slice();
    await slices(reached, pace, (i) => {
      totals.remove(this.ledger, i, this.base.results[i]!.total);
      results[i] = totals.add(this.members[i]!).result;
    });
    return { results, summary: totals.summary(), evaluated: reached.length };
  }
}
