/**
 * The figures-only path (`explain: false`, what cohorts, batches and the regulator's workers run)
 * is the same engine as the full evaluation with its trace: over random profiles of every
 * registered policy both give identical lines, statuses, adjustments, reasons and totals; only the
 * words differ. Two kinds of profile: anything the questionnaire could send, and profiles crowded
 * into the items the limits cover (two years, several units, organisations), where caps bind,
 * highest-only choices collide and the search over them runs — the paths a shortcut would break.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policies } from "@policies/index";
import { evaluate } from "@/engine";
import type { Evaluation, Fact, Policy } from "@/engine/types";
import { itemFact, profileFor, windowOf, type Profile } from "./arbitraries";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20250401), numRuns: 300 });

/** Facts of the items some limit covers, dated in the first two years of the window. */
const crowdedProfile = (policy: Policy): fc.Arbitrary<Profile> => {
  const limited = new Set(policy.limits.flatMap((l) => ("items" in l ? l.items : policy.items.map((i) => i.id))));
  const items = policy.items.filter((i) => limited.has(i.id));
  const { start, end } = windowOf(policy);
  const nextYear = `${Number(start.slice(0, 4)) + 1}-06-30`;
  const date = fc.constantFrom(start, nextYear <= end ? nextYear : start, end <= nextYear ? end : nextYear);
  const crowded = (f: Fact): Fact => (f.count === undefined ? f : { ...f, count: (f.count % 8) + 1 });
  return fc.record({
    applicant: fc.constantFrom({ kind: "organization" as const }, { kind: "organization" as const, sme: true }),
    asOf: fc.constant(end),
    facts: fc.array(itemFact(items.length ? items : policy.items, date).map(crowded), { minLength: 2, maxLength: 12 }),
  });
};

/** Everything but the words: line notes and steps, adjustment explanations, policy notes, trace. */
const figures = (e: Evaluation) => ({
  ...e,
  // A revision's label gains "（修订）" with its words; compared below.
  lines: e.lines.map(({ notes: _n, calc: _c, label, ...l }) => ({ ...l, label: label.replace(/（修订）$/, "") })),
  adjustments: e.adjustments.map(({ explanation: _e, ...a }) => a),
  notes: [],
  trace: undefined,
});

describe.each(policies.map((p) => [p.id, p] as const))("figures only = full evaluation, %s", (_id, policy) => {
  const same = (p: Profile) => {
    const full = evaluate({ policy, ...p });
    const quick = evaluate({ policy, ...p }, { explain: false });
    expect(figures(quick)).toEqual(figures(full));
    expect(quick.trace).toBeUndefined();
    expect(quick.notes).toEqual([]);
    expect(quick.lines.every((l) => l.notes.length === 0 && l.calc.length === 0)).toBe(true);
    expect(quick.adjustments.every((a) => a.explanation === "")).toBe(true);
    // The only word in a figure's place: a revised line says so when explained.
    const revised = new Set(full.adjustments.filter((a) => a.kind === "revisionShare").flatMap((a) => a.lines));
    full.lines.forEach((l, i) => expect(l.label).toBe(revised.has(i) ? `${quick.lines[i]!.label}（修订）` : quick.lines[i]!.label));
  };

  it("on any profile", () => fc.assert(fc.property(profileFor(policy), same)));

  it("on profiles crowded into the limited items, where caps bind and choices collide", () => {
    let capped = 0;
    fc.assert(
      fc.property(crowdedProfile(policy), (p) => {
        same(p);
        if (evaluate({ policy, ...p }, { explain: false }).adjustments.some((a) => a.kind === "groupCap" || a.kind === "policyCap")) capped++;
      }),
    );
    // The arbitrary must reach the caps it is for (a policy without money caps has nothing to reach).
    if (policy.limits.some((l) => l.kind === "groupCap" || l.kind === "policyCap")) expect(capped).toBeGreaterThan(0);
  });
});
