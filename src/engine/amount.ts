import { clampRange, formatWan, range, scaleRange, shareRange } from "./money";
import type { CalcStep, Fact, Item, NearMiss, Range, Tier } from "./types";

export type Priced =
  | { kind: "priced"; perUnit: Range; units: number; total: Range; steps: CalcStep[]; nearMiss?: NearMiss }
  | { kind: "unquantified"; why: string }
  | { kind: "below-threshold"; why: string; nearMiss?: NearMiss };

const tierAmount = (t: Tier): Range => range(t.amount.kind === "fixed" ? t.amount.yuan : 0, t.amount.yuan);

/**
 * Amount-if-eligible for one fact under one item: the named mechanisms of the rule language.
 * Eligibility has already been decided; limits are applied afterwards, across lines.
 */
export const price = (item: Item, fact: Fact): Priced => {
  const a = item.amount;
  const clause = item.clause;
  switch (a.kind) {
    case "fixed":
    case "upTo": {
      const perUnit = range(a.kind === "fixed" ? a.yuan : 0, a.yuan);
      const units = item.once ? 1 : (fact.count ?? 1);
      const steps: CalcStep[] = [{ kind: a.kind, yuan: a.yuan, clause }];
      if (units !== 1 || item.unit) steps.push({ kind: "units", units, unit: item.unit ?? "项", perUnit });
      return { kind: "priced", perUnit, units, total: scaleRange(perUnit, units), steps };
    }
    case "share": {
      // Several units (每项) share the stated base evenly; each unit is capped on its own.
      const units = item.once ? 1 : (fact.count ?? 1);
      const unitSteps = (perUnit: Range): CalcStep[] =>
        units === 1 ? [] : [{ kind: "units", units, unit: item.unit ?? "项", perUnit }];
      if (fact.amount === undefined) {
        if (a.cap === undefined) return { kind: "unquantified", why: `需填写${a.baseLabel}才能计算` };
        const perUnit = range(0, a.cap);
        return {
          kind: "priced",
          perUnit,
          units,
          total: scaleRange(perUnit, units),
          steps: [{ kind: "upTo", yuan: a.cap, clause }, ...unitSteps(perUnit)],
        };
      }
      const base = Math.floor(fact.amount / units);
      const raw = shareRange(base, a.percent);
      const steps: CalcStep[] = [{ kind: "share", base, baseLabel: a.baseLabel, percent: a.percent, result: raw, clause }];
      let perUnit = raw;
      if (a.cap !== undefined && raw.max > a.cap) {
        perUnit = clampRange(raw, a.cap);
        steps.push({ kind: "cap", cap: a.cap, before: raw, after: perUnit, clause });
      }
      const ceiling = a.capInput && fact[a.capInput.input];
      if (typeof ceiling === "number" && perUnit.max > ceiling) {
        const before = perUnit;
        perUnit = clampRange(perUnit, ceiling);
        steps.push({ kind: "cap", cap: ceiling, before, after: perUnit, clause, label: a.capInput!.label });
      }
      return { kind: "priced", perUnit, units, total: scaleRange(perUnit, units), steps: [...steps, ...unitSteps(perUnit)] };
    }
    case "tiers": {
      const measure = fact.count ?? 0;
      const i = a.tiers.findIndex((t) => measure >= t.from && (t.below === undefined || measure < t.below));
      const next = a.tiers.find((t) => t.from > measure);
      const nearMiss: NearMiss | undefined = next && {
        measure: a.unit,
        current: measure,
        target: next.from,
        // A fixed tier followed by a "最高" tier can lower the certain part; a gain is never negative.
        gain: range(
          Math.max(0, tierAmount(next).min - (i >= 0 ? tierAmount(a.tiers[i]!).min : 0)),
          tierAmount(next).max - (i >= 0 ? tierAmount(a.tiers[i]!).max : 0),
        ),
        text: `再增加 ${next.from - measure} ${a.unit}达到“${next.label}”档，最高可得 ${formatWan(next.amount.yuan)}`,
      };
      if (i < 0) {
        return { kind: "below-threshold", why: `${measure} ${a.unit}，未达到最低档“${a.tiers[0]!.label}”`, nearMiss };
      }
      const tier = a.tiers[i]!;
      const total = tierAmount(tier);
      return {
        kind: "priced",
        perUnit: total,
        units: 1,
        total,
        steps: [
          { kind: "tier", measure, unit: a.unit, tier: tier.label, clause },
          { kind: tier.amount.kind, yuan: tier.amount.yuan, clause },
        ],
        ...(nearMiss ? { nearMiss } : {}),
      };
    }
    case "unstated":
    case "none":
      return { kind: "unquantified", why: a.why };
  }
};
