/**
 * Limits re-applied to lines priced earlier (src/engine/relimit.ts) give what evaluating under the
 * changed limits gives: on random profiles of every policy, for random changes to its limits'
 * figures (caps, counts, yearly counts, revision shares), the same total, the same adjustments,
 * and each payable line the same amount. A regulator's what-if over 100,000 applicants rests on it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policies } from "@policies/index";
import { evaluate } from "@/engine";
import { PricedLines } from "@/engine/relimit";
import type { Limit, Policy } from "@/engine/types";
import { crowdedProfile, profileFor, type Profile } from "./arbitraries";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20251207), numRuns: 200 });

/** The figures of a limit a draft could change, by field. */
const FIELDS: Partial<Record<Limit["kind"], readonly string[]>> = {
  groupCap: ["cap"],
  policyCap: ["cap"],
  maxCount: ["max", "maxPerYear"],
  revisionShare: ["percent"],
};

const fieldsOf = (l: Limit | undefined) => l as unknown as Record<string, unknown>;

const figuresOf = (policy: Policy) =>
  policy.limits.flatMap((l) => (FIELDS[l.kind] ?? []).flatMap((field) => (typeof fieldsOf(l)[field] === "number" ? [{ id: l.id, field, base: fieldsOf(l)[field] as number }] : [])));

/** One to three of the policy's limit figures set to what an officer might type: 1, half, double, or anything up to a little over. */
const limitDraft = (policy: Policy) => {
  const figures = figuresOf(policy);
  return fc
    .uniqueArray(fc.constantFrom(...figures), { minLength: 1, maxLength: 3, selector: (f) => `${f.id}:${f.field}` })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((f) =>
          fc
            .oneof(fc.constant(1), fc.constant(Math.max(1, Math.floor(f.base / 2))), fc.constant(f.base * 2), fc.integer({ min: 1, max: f.base + 5 }))
            .map((value) => ({ ...f, value: f.field === "percent" ? Math.min(100, value) : value })),
        ),
      ),
    )
    .map((changes) => {
      const draft = structuredClone(policy);
      for (const c of changes) fieldsOf(draft.limits.find((l) => l.id === c.id))[c.field] = c.value;
      return draft;
    });
};

const withLimitFigures = policies.filter((p) => figuresOf(p).length > 0);

describe.each(withLimitFigures.map((p) => [p.id, p] as const))("limits re-applied = evaluated under the changed limits, %s", (_id, policy) => {
  /** Two members priced under the policy, each limited again under the draft, against evaluating each under it. */
  const same = (members: Profile[], draft: Policy): boolean => {
    const priced = new PricedLines();
    for (const p of members) evaluate({ policy, ...p }, { explain: false, beforeLimits: priced.keep });
    expect(priced.size).toBe(members.length);
    let moved = false;
    members.forEach((p, m) => {
      const full = evaluate({ policy: draft, ...p }, { explain: false });
      const lines: [number, string, number, number][] = [];
      const quick = priced.relimit(draft, m, p.facts, p.applicant.kind, (item, line, min, max) => lines.push([line, item.id, min, max]));
      expect(quick.total).toEqual(full.total);
      expect(quick.adjustments).toEqual(full.adjustments);
      expect(quick.policyVersion).toBe(full.policyVersion);
      // The payable lines are the ones limits apply to; the others pay nothing whatever the limits.
      const payable = full.lines.flatMap((l, i) => (l.status === "payable" || l.status === "reduced" || l.status === "dropped" ? [[i, l.item, l.min, l.max]] : []));
      expect(lines).toEqual(payable);
      if (evaluate({ policy, ...p }, { explain: false }).total.max !== full.total.max) moved = true;
    });
    return moved;
  };

  it("on any profiles", () => fc.assert(fc.property(fc.array(profileFor(policy), { minLength: 1, maxLength: 3 }), limitDraft(policy), (ms, d) => void same(ms, d))));

  it("on profiles crowded into the limited items, where the changed limits bind", () => {
    let moved = 0;
    fc.assert(
      fc.property(fc.array(crowdedProfile(policy), { minLength: 1, maxLength: 3 }), limitDraft(policy), (ms, d) => {
        if (same(ms, d)) moved++;
      }),
    );
    // A draft that never moves a total compares nothing a shortcut could get wrong.
    expect(moved).toBeGreaterThan(20);
  });
});
