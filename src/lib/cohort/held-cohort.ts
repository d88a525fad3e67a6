/**
 * A cohort held for what-if drafts (in a Web Worker, for as long as the page lives): the members
 * as read and checked, their results under the policy and each one's share of the totals (a
 * Ledger). A draft then re-evaluates only the members a changed figure can reach — a clause's
 * amount reaches the members with a fact the clause may match; a limit, the members with facts its
 * clauses may match; the window or a cap over the whole policy, everyone — takes their baseline
 * shares out of the totals and puts their draft shares in. Every
 * other member's result is its baseline's: the engine would give it again, since nothing it reads
 * changed. A draft that changes only limits prices nobody again: each member's payable lines are
 * kept as they stood before limits (the engine's PricedLines, a few numbers a line) and the
 * draft's limits are applied to those of the members whose lines a changed limit covers. Nothing
 * is read from the file again.
 */
import { PricedLines } from "@/engine";
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
    /** Each member's payable lines before limits, for drafts that change only limits. */
    private readonly priced: PricedLines,
  ) {
    this.byId = new Map(members.map((m) => [m.id, m]));
  }

  /** Evaluates the members under the policy, recording each one's share of the totals. */
  static async evaluate<M extends CohortMember>(policy: Policy, asOf: IsoDate, members: readonly M[], pace: Pace = {}): Promise<HeldCohort<M>> {
    const ledger = new Ledger();
    const priced = new PricedLines();
    const totals = new CohortAccumulator(policy, asOf, ledger, priced);
    const results = await slices(members, pace, (m) => totals.add(m).result);
    return new HeldCohort(policy, asOf, members, { results, summary: totals.summary() }, totals, ledger, priced);
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
   * The members a draft changing only limits can move, by ascending index: those with a payable
   * line one of the changed limits covers (a limit covering none of a member's lines never acts
   * on it, so its figures are its baseline's).
   */
  private relimited(draft: Policy, changes: readonly DraftChange[]): number[] {
    const changed = new Set(changes.flatMap((c) => (c.target === "limit" ? [c.id] : [])));
    const covers = new Uint8Array(draft.items.length);
    const index = new Map(draft.items.map((item, i) => [item.id, i]));
    for (const limit of draft.limits) {
      if (!changed.has(limit.id)) continue;
      if (!("items" in limit)) covers.fill(1);
      else for (const id of limit.items) if (index.has(id)) covers[index.get(id)!] = 1;
    }
    const reached: number[] = [];
    for (let i = 0; i < this.members.length; i++) if (this.priced.has(i, covers)) reached.push(i);
    return reached;
  }

  /**
   * The cohort under `draft` (this policy with `changes` applied): every member's result, the
   * totals, and how many members were evaluated again. A draft changing only limits prices nobody
   * again: the members it can move have the draft's limits applied to their lines as priced.
   */
  async whatIf(draft: Policy, changes: readonly DraftChange[], pace: Pace = {}): Promise<CohortEvaluation & { evaluated: number }> {
    const limitsOnly = changes.length > 0 && changes.every((c) => c.target === "limit");
    const reached = limitsOnly ? this.relimited(draft, changes) : this.reach(changes);
    if (reached === null) {
      const totals = new CohortAccumulator(draft, this.asOf);
      const results = await slices(this.members, pace, (m) => totals.add(m).result);
      return { results, summary: totals.summary(), evaluated: this.members.length };
    }
    const totals = this.baseTotals.copy(draft);
    const results: MemberResult[] = this.base.results.slice();
    const again = limitsOnly
      ? (i: number) => totals.relimit(this.members[i]!, i, this.priced, this.base.results[i]!)
      : (i: number) => totals.add(this.members[i]!).result;
    await slices(reached, pace, (i) => {
      totals.remove(this.ledger, i, this.base.results[i]!.total);
      results[i] = again(i);
    });
    return { results, summary: totals.summary(), evaluated: reached.length };
  }
}
