import { formatWan, percentOf, range } from "./money";
import type { AmountRule, CalcStep, Fact, Item, NearMiss, Tier } from "./types";

/**
 * What an item's own sentence pays for one fact. One record is reused for every fact of every
 * applicant, so pricing allocates nothing the result does not keep (the near-miss hint is kept).
 */
export interface Price {
  kind: "priced" | "unquantified" | "below-threshold";
  /** Per unit, before any limit. */
  perMin: number;
  perMax: number;
  units: number;
  /** Why there is no figure (unquantified), or why the measure earns nothing (below-threshold, words only). */
  why: string;
  nearMiss: NearMiss | undefined;
}

export const newPrice = (): Price => ({ kind: "unquantified", perMin: 0, perMax: 0, units: 1, why: "", nearMiss: undefined });

/**
 * Prices one fact under one item into `out`. `steps` is where the calculation is written in words
 * (null on the figures-only path); steps are written only for a priced line.
 */
export type Pricer = (fact: Fact, out: Price, steps: CalcStep[] | null) => void;

const priced = (out: Price, perMin: number, perMax: number, units: number, nearMiss?: NearMiss) => {
  out.kind = "priced";
  out.perMin = perMin;
  out.perMax = perMax;
  out.units = units;
  out.nearMiss = nearMiss;
};

const unquantified = (out: Price, why: string) => {
  out.kind = "unquantified";
  out.why = why;
  out.units = 1;
  out.nearMiss = undefined;
};

const tierMin = (t: Tier) => (t.amount.kind === "fixed" ? t.amount.yuan : 0);

/**
 * Amount-if-eligible, the named mechanisms of the rule language, specialised once per item.
 * Eligibility has already been decided; limits are applied afterwards, across lines.
 */
export const pricer = (item: Item): Pricer => {
  const a: AmountRule = item.amount;
  const { clause } = item;
  const unit = item.unit ?? "项";
  const unitsOf = (fact: Fact) => (item.once ? 1 : (fact.count ?? 1));
  switch (a.kind) {
    case "fixed":
    case "upTo": {
      const perMin = a.kind === "fixed" ? a.yuan : 0;
      return (fact, out, steps) => {
        const units = unitsOf(fact);
        priced(out, perMin, a.yuan, units);
        if (!steps) return;
        steps.push({ kind: a.kind, yuan: a.yuan, clause });
        if (units !== 1 || item.unit) steps.push({ kind: "units", units, unit, perUnit: range(perMin, a.yuan) });
      };
    }
    case "share": {
      const needsBase = `需填写${a.baseLabel}才能计算`;
      // Several units (每项) share the stated base evenly; each unit is capped on its own.
      const unitStep = (steps: CalcStep[], units: number, out: Price) => {
        if (units !== 1) steps.push({ kind: "units", units, unit, perUnit: range(out.perMin, out.perMax) });
      };
      return (fact, out, steps) => {
        const units = unitsOf(fact);
        if (fact.amount === undefined) {
          if (a.cap === undefined) return unquantified(out, needsBase);
          priced(out, 0, a.cap, units);
          if (steps) {
            steps.push({ kind: "upTo", yuan: a.cap, clause });
            unitStep(steps, units, out);
          }
          return;
        }
        const base = Math.floor(fact.amount / units);
        let min = percentOf(base, a.percent.min);
        let max = percentOf(base, a.percent.max);
        steps?.push({ kind: "share", base, baseLabel: a.baseLabel, percent: a.percent, result: range(min, max), clause });
        if (a.cap !== undefined && max > a.cap) {
          const before = range(min, max);
          min = Math.min(min, a.cap);
          max = Math.min(max, a.cap);
          steps?.push({ kind: "cap", cap: a.cap, before, after: range(min, max), clause });
        }
        const ceiling = a.capInput && fact[a.capInput.input];
        if (typeof ceiling === "number" && max > ceiling) {
          const before = range(min, max);
          min = Math.min(min, ceiling);
          max = Math.min(max, ceiling);
          steps?.push({ kind: "cap", cap: ceiling, before, after: range(min, max), clause, label: a.capInput!.label });
        }
        priced(out, min, max, units);
        if (steps) unitStep(steps, units, out);
      };
    }
    case "tiers": {
      const { tiers } = a;
      return (fact, out, steps) => {
        const measure = fact.count ?? 0;
        const i = tiers.findIndex((t) => measure >= t.from && (t.below === undefined || measure < t.below));
        const next = tiers.find((t) => t.from > measure);
        const current = i >= 0 ? tiers[i]! : undefined;
        const nearMiss: NearMiss | undefined = next && {
          measure: a.unit,
          current: measure,
          target: next.from,
          // A fixed tier followed by a "最高" tier can lower the certain part; a gain is never negative.
          gain: range(Math.max(0, tierMin(next) - (current ? tierMin(current) : 0)), next.amount.yuan - (current ? current.amount.yuan : 0)),
          text: `再增加 ${next.from - measure} ${a.unit}达到“${next.label}”档，最高可得 ${formatWan(next.amount.yuan)}`,
        };
        if (!current) {
          out.kind = "below-threshold";
          out.units = 1;
          out.nearMiss = nearMiss;
          out.why = steps ? `${measure} ${a.unit}，未达到最低档“${tiers[0]!.label}”` : "";
          return;
        }
        priced(out, tierMin(current), current.amount.yuan, 1, nearMiss);
        steps?.push({ kind: "tier", measure, unit: a.unit, tier: current.label, clause }, { kind: current.amount.kind, yuan: current.amount.yuan, clause });
      };
    }
    case "unstated":
    case "none":
      return (_fact, out) => unquantified(out, a.why);
  }
};
