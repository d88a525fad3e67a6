/**
 * Limits applied again to lines priced earlier. A what-if draft that changes only limits (a cap, a
 * count, a revision share) leaves every applicant's eligibility and every line's price as they
 * were: only the limit pipeline (limits.ts) has anything new to do. A cohort keeps each member's
 * payable lines as they stood before limits — a few numbers a line, in flat typed arrays — and a
 * draft re-applies its limits to them: the same mechanisms in the same order, so the same figures
 * as evaluating the member under the draft (tests/unit/engine/relimit.test.ts checks it on random
 * profiles of every policy). Only figures: no words, as `explain: false`.
 */
import { doubles, ints } from "./columns";
import { compile, type CompiledItem } from "./compile";
import { applyLimits, sameKey, type Ledger } from "./limits";
import { range } from "./money";
import type { Adjustment, ApplicantKind, Fact, LimitScope, Line, Policy, Range } from "./types";

/**
 * Evaluation with `explain: false` never writes into a line while limits apply; the ledger only
 * needs something in the place of each. The figures come out through `relimit`'s `onLine`.
 */
const NO_LINE = {} as Line;

/** A member's lines under a draft's limits: the total and what each limit took off. */
export interface Relimited {
  total: Range;
  adjustments: Adjustment[];
  policyVersion: string;
}

/**
 * The payable lines of a cohort's members before limits, member after member in the order they
 * were evaluated: pass `keep` as `evaluate`'s `beforeLimits` for each member, once, in order.
 */
export class PricedLines {
  /** Member m's lines are at [start[m], start[m + 1]). */
  private readonly start = ints();
  private members = 0;
  private n = 0;
  /** The item (its position in the policy), the line's place in the evaluation, its fact, its claim year. */
  private readonly item = ints();
  private readonly line = ints();
  private readonly fact = ints();
  private readonly year = doubles();
  private readonly perMin = doubles();
  private readonly perMax = doubles();
  private readonly units = doubles();

  constructor() {
    this.start.set(0, 0);
  }

  readonly keep = (led: Ledger): void => {
    for (let i = 0; i < led.n; i++) {
      const k = this.n++;
      this.item.set(k, led.item[i]!.index);
      this.line.set(k, led.index[i]!);
      this.fact.set(k, led.fact[i]!);
      this.year.set(k, led.year[i]!);
      this.perMin.set(k, led.perMin[i]!);
      this.perMax.set(k, led.perMax[i]!);
      this.units.set(k, led.kept[i]!);
    }
    this.start.set(++this.members, this.n);
  };

  /** How many members' lines are kept. */
  get size(): number {
    return this.members;
  }

  /** Does member m have a payable line of an item `covers` marks (by the item's position in the policy)? */
  has(m: number, covers: Uint8Array): boolean {
    const start = this.start.data;
    const item = this.item.data;
    for (let k = start[m]!; k < start[m + 1]!; k++) if (covers[item[k]!] === 1) return true;
    return false;
  }

  /**
   * Does member m have, in some scope of `per` (a claim year, or the policy period), more than
   * `bound` before limits among its lines of the items `covers` marks: more yuan (their maximum)
   * or more units? Limits only take away, so a cap or a count at or above this much cuts nothing
   * of the member's, whatever the other limits did before it.
   */
  exceeds(m: number, covers: Uint8Array, per: LimitScope, measure: "yuan" | "units", bound: number): boolean {
    const item = this.item.data;
    const year = this.year.data;
    const from = this.start.data[m]!;
    const to = this.start.data[m + 1]!;
    const scope = (k: number) => (per === "year" ? year[k]! : 0);
    const counted = (k: number) => covers[item[k]!] === 1;
    for (let a = from; a < to; a++) {
      if (!counted(a)) continue;
      // Each scope summed once, from its first line.
      let earlier = false;
      for (let b = from; b < a && !earlier; b++) earlier = counted(b) && sameKey(scope(b), scope(a));
      if (earlier) continue;
      let sum = 0;
      for (let b = a; b < to; b++) {
        if (counted(b) && sameKey(scope(b), scope(a))) sum += measure === "yuan" ? this.perMax.data[b]! * this.units.data[b]! : this.units.data[b]!;
      }
      if (sum > bound) return true;
    }
    return false;
  }

  /**
   * Member m's lines under `policy`'s limits — a policy differing from the one that priced them
   * in its limits' figures only (their caps, counts, shares; the same items in the same order).
   * `onLine` is given each line's item, its place among the evaluation's lines and what it pays.
   */
  relimit(
    policy: Policy,
    m: number,
    facts: Fact[],
    kind: ApplicantKind,
    onLine: (item: CompiledItem, line: number, min: number, max: number) => void,
  ): Relimited {
    const compiled = compile(policy);
    const led = compiled.ledger;
    led.clear();
    const from = this.start.data[m]!;
    const to = this.start.data[m + 1]!;
    for (let k = from; k < to; k++) {
      const item = compiled.items[this.item.data[k]!]!;
      led.add(NO_LINE, this.line.data[k]!, item, this.fact.data[k]!, this.year.data[k]!, this.perMin.data[k]!, this.perMax.data[k]!, this.units.data[k]!);
    }
    const adjustments = applyLimits(compiled.limits, led, facts, kind, false);
    let min = 0;
    let max = 0;
    for (let i = 0; i < led.n; i++) {
      const paid = led.kept[i]! > 0;
      const lineMin = paid ? led.netMin(i) : 0;
      const lineMax = paid ? led.netMax(i) : 0;
      min += lineMin;
      max += lineMax;
      onLine(led.item[i]!, led.index[i]!, lineMin, lineMax);
    }
    return { total: range(min, max), adjustments, policyVersion: compiled.version };
  }
}
