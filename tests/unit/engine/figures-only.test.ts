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
import type { Evaluation, Policy } from "@/engine/types";
import { crowdedProfile, profileFor, type Profile } from "./arbitraries";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20250401), numRuns: 300 });

/**
 * What the crowded profiles must reach where the policy has it: each mechanism a shortcut in the
 * figures-only path could get wrong.
 */
const mechanisms = (policy: Policy) => {
  const withAttributes = new Set(policy.items.filter((i) => i.who.attributes?.length).map((i) => i.id));
  const byLevel = new Set(policy.limits.filter((l) => l.kind === "highestOnly" && l.by === "level").map((l) => l.id));
  const byAmount = new Set(policy.limits.filter((l) => l.kind === "highestOnly" && l.by !== "level").map((l) => l.id));
  const yearly = new Set(policy.limits.filter((l) => l.kind === "maxCount" && l.maxPerYear !== undefined).map((l) => l.id));
  const sameMatterItems = policy.limits.flatMap((l) => (l.kind === "sameMatter" ? l.items : []));
  const countsJoined = policy.limits.some((l) => l.kind === "maxCount" && l.items.filter((i) => sameMatterItems.includes(i)).length > 1);
  const found: Record<string, (e: Evaluation) => boolean> = {
    "money cap cuts": (e) => e.adjustments.some((a) => a.kind === "groupCap" || a.kind === "policyCap"),
    "就高 by amount drops a line": (e) => e.adjustments.some((a) => byAmount.has(a.limit)),
    "就高 by level drops a lower level": (e) => e.adjustments.some((a) => byLevel.has(a.limit)),
    "a yearly count binds in a year": (e) => e.adjustments.some((a) => yearly.has(a.limit) && a.year !== undefined),
    "same matter leaves one line certain": (e) => e.adjustments.some((a) => a.kind === "sameMatter"),
    "a count drops a project of several lines": (e) =>
      e.adjustments.some((a) => a.kind === "maxCount" && a.lines.some((i) => a.lines.some((j) => j !== i && e.lines[j]!.fact === e.lines[i]!.fact))),
    "an applicant requirement fails": (e) => e.lines.some((l) => withAttributes.has(l.item) && l.status === "ineligible"),
    "a claim is not yet open": (e) => e.reasons.some((r) => r.code === "claim-not-yet-open"),
  };
  const present: Record<keyof typeof found, boolean> = {
    "money cap cuts": policy.limits.some((l) => l.kind === "groupCap" || l.kind === "policyCap"),
    "就高 by amount drops a line": byAmount.size > 0,
    "就高 by level drops a lower level": byLevel.size > 0,
    "a yearly count binds in a year": yearly.size > 0,
    "same matter leaves one line certain": policy.limits.some((l) => l.kind === "sameMatter"),
    "a count drops a project of several lines": countsJoined,
    "an applicant requirement fails": withAttributes.size > 0,
    "a claim is not yet open": policy.items.some((i) => i.facts.some((m) => m.dating)),
  };
  return Object.entries(found).filter(([name]) => present[name]!);
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
  const same = (p: Profile): Evaluation => {
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
    return full;
  };

  it("on any profile", () => fc.assert(fc.property(profileFor(policy), (p) => void same(p))));

  it("on profiles crowded into the limited items, where caps bind, choices collide and every mechanism the policy has is reached", () => {
    const wanted = mechanisms(policy);
    const reached = new Set<string>();
    fc.assert(
      fc.property(crowdedProfile(policy), (p) => {
        const full = same(p);
        for (const [name, found] of wanted) if (found(full)) reached.add(name);
      }),
    );
    // The arbitrary must reach what it is for: a mechanism never reached is never compared.
    expect(wanted.map(([name]) => name).filter((name) => !reached.has(name))).toEqual([]);
  });
});
