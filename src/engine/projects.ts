import type { Ledger } from "./limits";
import type { Limit } from "./types";

/**
 * What a count limit counts: projects, not the lines paying for them. One fact that several items
 * of a same-matter rule pay for (长宁区 30: a government-adopted group standard above the national
 * ones meets 第9条 and 第19条) is one project per unit however many lines it has — one standard is
 * one 标准化项目 of 第31条, whether or not the authority pays both clauses. Every other line is a
 * project on its own, as before.
 *
 * A project is kept or dropped whole, all its lines together, ranked by what one unit of it pays:
 * at most the sum of its lines, for certain what the same-matter rule leaves certain (the surest
 * line's certain part; docs/engine.md, "Same matter").
 *
 * The lists are scratch, reused by every count (evaluation is synchronous and never nested).
 */
export class Projects {
  /** How many projects the scope holds. */
  n = 0;
  /** Per group member (`led.group[k]`): the project it belongs to. */
  readonly of: number[] = [];
  /** Per project: the fact and same-matter rule that join its lines, its units, what one unit pays, how many lines. */
  readonly fact: number[] = [];
  readonly matter: (Limit | undefined)[] = [];
  readonly units: number[] = [];
  readonly perMin: number[] = [];
  readonly perMax: number[] = [];
  readonly lines: number[] = [];
  /** Projects in the order they are kept, best first. */
  readonly order: number[] = [];

  /**
   * Best unit first; between equal units, the project with more of them. Fact order only breaks ties
   * between projects that look the same, so the order facts were entered never changes the amounts.
   */
  readonly better = (a: number, b: number): number =>
    this.perMax[b]! - this.perMax[a]! || this.perMin[b]! - this.perMin[a]! || this.units[b]! - this.units[a]! || this.fact[a]! - this.fact[b]!;

  /**
   * Sorts the `g` members of `led.group` into projects and ranks them into `order`. Returns the
   * units of all of them: how many projects the scope counts.
   */
  build(led: Ledger, g: number): number {
    this.n = 0;
    let total = 0;
    for (let k = 0; k < g; k++) {
      const i = led.group[k]!;
      const matter = led.item[i]!.matter;
      let p = -1;
      // A fact's lines are next to each other in the ledger, so its project, if any, is among the last ones.
      if (matter) {
        for (let q = this.n - 1; q >= 0 && this.fact[q] === led.fact[i]; q--) {
          if (this.matter[q] === matter) {
            p = q;
            break;
          }
        }
      }
      if (p < 0) {
        p = this.n++;
        this.fact[p] = led.fact[i]!;
        this.matter[p] = matter;
        this.units[p] = 0;
        this.perMin[p] = 0;
        this.perMax[p] = 0;
        this.lines[p] = 0;
        this.order[p] = p;
      }
      this.of[k] = p;
      total -= this.units[p]!;
      this.units[p] = Math.max(this.units[p]!, led.kept[i]!);
      total += this.units[p]!;
      this.perMax[p]! += led.perMax[i]!;
      // Of one matter's lines only the surest stays certain (amounts are never negative).
      this.perMin[p] = Math.max(this.perMin[p]!, led.perMin[i]!);
      this.lines[p]!++;
    }
    return total;
  }
}
