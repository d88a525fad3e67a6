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

/** A tier in one shape (the data's tiers differ in which keys they have). */
interface CompiledTier {
  from: number;
  below: number | undefined;
  label: string;
  kind: Tier["amount"]["kind"];
  yuan: number;
  /** The certain part: all of a fixed amount, nothing of an up-to one. */
  min: number;
}

/**
 * Amount-if-eligible, the named mechanisms of the rule language, specialised once per item: each
 * pricer closes over the figures it needs (a pricer is shared code over every item of every
 * policy, so it reads nothing from the data's objects, which come in many shapes).
 * Eligibility has already been decided; limits are applied afterwards, across lines.
 */
export const pricer = (item: Item): Pricer => {
  const a: AmountRule = item.amount;
  const { clause } = item;
  const once = Boolean(item.once);
  const named = Boolean(item.unit);
  const unit = item.unit ?? "项";
  switch (a.kind) {
    case "fixed":
    case "upTo": {
      const { kind, yuan } = a;
      const perMin = kind === "fixed" ? yuan : 0;
      return (fact, out, steps) => {
        const units = once ? 1 : (fact.count ?? 1);
        priced(out, perMin, yuan, units);
        if (!steps) return;
        steps.push({ kind, yuan, clause });
        if (units !== 1 || named) steps.push({ kind: "units", units, unit, perUnit: range(perMin, yuan) });
      };
    }
    case "share": {
      const { baseLabel, percent, cap } = a;
      const needsBase = `需填写${baseLabel}才能计算`;
      const ceilingInput = a.capInput?.input;
      const ceilingLabel = a.capInput?.label;
      // Several units (每项) share the stated base evenly; each unit is capped on its own.
      const unitStep = (steps: CalcStep[], units: number, out: Price) => {
        if (units !== 1) steps.push({ kind: "units", units, unit, perUnit: range(out.perMin, out.perMax) });
      };
      return (fact, out, steps) => {
        const units = once ? 1 : (fact.count ?? 1);
        const amount = fact.amount;
        if (amount === undefined) {
          if (cap === undefined) return unquantified(out, needsBase);
          priced(out, 0, cap, units);
          if (steps) {
            steps.push({ kind: "upTo", yuan: cap, clause });
            unitStep(steps, units, out);
          }
          return;
        }
        const base = Math.floor(amount / units);
        let min = percentOf(base, percent.min);
        let max = percentOf(base, percent.max);
        steps?.push({ kind: "share", base, baseLabel, percent, result: range(min, max), clause });
        if (cap !== undefined && max > cap) {
          const before = range(min, max);
          min = Math.min(min, cap);
          max = Math.min(max, cap);
          steps?.push({ kind: "cap", cap, before, after: range(min, max), clause });
        }
        const ceiling = ceilingInput !== undefined ? fact[ceilingInput] : undefined;
        if (typeof ceiling === "number" && max > ceiling) {
          const before = range(min, max);
          min = Math.min(min, ceiling);
          max = Math.min(max, ceiling);
          steps?.push({ kind: "cap", cap: ceiling, before, after: range(min, max), clause, label: ceilingLabel! });
        }
        priced(out, min, max, units);
        if (steps) unitStep(steps, units, out);
      };
    }
    case "tiers": {
      const measureUnit = a.unit;
      const tiers: CompiledTier[] = a.tiers.map((t) => ({
        from: t.from,
        below: t.below,
        label: t.label,
        kind: t.amount.kind,
        yuan: t.amount.yuan,
        min: t.amount.kind === "fixed" ? t.amount.yuan : 0,
      }));
      const lowest = tiers[0]!.label;
      return (fact, out, steps) => {
        const measure = fact.count ?? 0;
        const current = tiers.find((t) => measure >= t.from && (t.below === undefined || measure < t.below));
        const next = tiers.find((t) => t.from > measure);
        const nearMiss: NearMiss | undefined = next && {
          measure: measureUnit,
          current: measure,
          target: next.from,
          // A fixed tier followed by a "最高" tier can lower the certain part; a gain is never negative.
          gain: range(Math.max(0, next.min - (current ? current.min : 0)), next.yuan - (current ? current.yuan : 0)),
          text: `再增加 ${next.from - measure} ${measureUnit}达到“${next.label}”档，最高可得 ${formatWan(next.yuan)}`,
        };
        if (!current) {
          out.kind = "below-threshold";
          out.units = 1;
          out.nearMiss = nearMiss;
          out.why = steps ? `${measure} ${measureUnit}，未达到最低档“${lowest}”` : "";
          return;
        }
        priced(out, current.min, current.yuan, 1, nearMiss);
        steps?.push({ kind: "tier", measure, unit: measureUnit, tier: current.label, clause }, { kind: current.kind, yuan: current.yuan, clause });
      };
    }
    case "unstated":
    case "none": {
      const { why } = a;
      return (_fact, out) => unquantified(out, why);
    }
  }
};
