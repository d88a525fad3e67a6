/**
 * Properties of evaluate() over random profiles, for every registered policy: whatever a district
 * writes, no limit is exceeded, the money adds up, and the answer depends on the facts only.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policies } from "@policies/index";
import { evaluate } from "@/engine";
import { MAX_COMBINATIONS } from "@/engine/limits";
import { compareRange } from "@/engine/money";
import type { Applicant, Evaluation, Fact, Line, Policy, Range } from "@/engine/types";
import { factFor, itemFact, profileFor, windowOf, type Profile } from "./arbitraries";

/** A fixed seed keeps the suite deterministic; FC_SEED=<n> explores other profiles. */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20250401), numRuns: 250 });

const evaluateProfile = (policy: Policy, { applicant, asOf, facts }: Profile) => evaluate({ policy, applicant, facts, asOf });

const sum = (ls: Line[]): Range => ({ min: ls.reduce((s, l) => s + l.min, 0), max: ls.reduce((s, l) => s + l.max, 0) });

const groupBy = <T>(xs: T[], key: (x: T) => number): T[][] => {
  const m = new Map<number, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return [...m.values()];
};

/** Units a line still pays for: the cut-down maximum over the per-unit ceiling (after any revision share). */
const unitsPaid = (l: Line): number => {
  const revision = l.calc.find((s) => s.kind === "revision");
  const perUnit = revision?.kind === "revision" ? revision.after.max : l.gross.max / l.units;
  return perUnit > 0 ? Math.ceil(l.max / perUnit) : 0;
};

/** Every limit of the policy, checked on the output alone: each returned string is a violation. */
const limitViolations = (policy: Policy, applicant: Applicant, facts: Fact[], r: Evaluation): string[] => {
  const out: string[] = [];
  const scoped = (per: "year" | "policy") => (l: Line) => (per === "year" ? l.year : 0);
  for (const limit of policy.limits) {
    const inLimit = "items" in limit ? r.lines.filter((l) => limit.items.includes(l.item)) : r.lines;
    switch (limit.kind) {
      case "groupCap":
      case "policyCap":
        if (limit.kind === "policyCap" && !limit.kinds.includes(applicant.kind)) break;
        for (const year of groupBy(inLimit, (l) => l.year)) {
          const s = sum(year);
          if (s.max > limit.cap) out.push(`${limit.id} ${year[0]!.year}: ${s.max} > ${limit.cap}`);
        }
        break;
      case "highestOnly":
        if (limit.kinds && !limit.kinds.includes(applicant.kind)) break;
        for (const g of groupBy(inLimit, scoped(limit.per))) {
          if (g.filter((l) => l.max > 0).length > 1) out.push(`${limit.id}: ${g.filter((l) => l.max > 0).length} lines kept`);
        }
        break;
      case "maxCount":
        for (const g of groupBy(inLimit, scoped(limit.per))) {
          const units = g.reduce((n, l) => n + unitsPaid(l), 0);
          if (units > limit.max) out.push(`${limit.id}: ${units} units > ${limit.max}`);
        }
        break;
      case "revisionShare":
        for (const l of inLimit) {
          const amount = policy.items.find((i) => i.id === l.item)!.amount;
          if (facts[l.fact]![limit.when.input] !== limit.when.value || (amount.kind !== "fixed" && amount.kind !== "upTo")) continue;
          const ceiling = Math.floor((amount.yuan * limit.percent) / 100) * l.units;
          if (l.max > ceiling) out.push(`${limit.id} ${l.item}: ${l.max} > ${ceiling}`);
        }
        break;
      case "quota":
        break;
    }
  }
  return out;
};

const moneyOf = (r: Evaluation): number[] => [
  r.total.min,
  r.total.max,
  ...r.lines.flatMap((l) => [l.min, l.max, l.gross.min, l.gross.max]),
  ...r.adjustments.flatMap((a) => [a.effect.min, a.effect.max]),
];

const amounts = (r: Evaluation) => r.lines.map((l) => `${l.min}–${l.max}`).sort();

/**
 * Brute force, independent of the engine's own search: drop the highest-only limits from the
 * policy and, for every way of keeping one line per highest-only group, evaluate the profile
 * without the other lines' facts. The best of these (most at most, then most for certain) is
 * what the engine must find. Only profiles where each grouped fact yields a single line qualify.
 */
const bruteForce = (policy: Policy, profile: Profile): Range | null => {
  const binds = (l: Policy["limits"][number]) =>
    l.kind === "highestOnly" && (!l.kinds || l.kinds.includes(profile.applicant.kind));
  const free: Policy = { ...policy, limits: policy.limits.filter((l) => !binds(l)) };
  const open = evaluateProfile(free, profile).lines.filter((l) => l.status !== "ineligible" && l.status !== "outside-window");
  const groups = policy.limits.flatMap((limit) =>
    limit.kind === "highestOnly" && binds(limit)
      ? groupBy(
          open.filter((l) => limit.items.includes(l.item)),
          (l) => (limit.per === "year" ? l.year : 0),
        ).filter((g) => g.length > 1)
      : [],
  );
  const grouped = groups.flat().map((l) => l.fact);
  if (grouped.some((f) => open.filter((l) => l.fact === f).length > 1)) return null;
  const combinations = groups.reduce((n, g) => n * g.length, 1);
  if (combinations > MAX_COMBINATIONS) return null;
  let best: Range | null = null;
  for (let c = 0; c < combinations; c++) {
    let rest = c;
    const dropped = new Set<number>();
    for (const g of groups) {
      g.forEach((l, i) => i !== rest % g.length && dropped.add(l.fact));
      rest = Math.floor(rest / g.length);
    }
    const { total } = evaluateProfile(free, { ...profile, facts: profile.facts.filter((_, i) => !dropped.has(i)) });
    if (!best || compareRange(total, best) < 0) best = total;
  }
  return best;
};

/** Few facts, all from highest-only groups or items near them, in two years: where choices collide. */
const choiceProfile = (policy: Policy): fc.Arbitrary<Profile> => {
  const grouped = new Set(policy.limits.flatMap((l) => (l.kind === "highestOnly" ? l.items : [])));
  const { start, end } = windowOf(policy);
  const nextYear = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
  const date = fc.constantFrom(start, nextYear <= end ? nextYear : start);
  return fc.record({
    applicant: fc.constant({ kind: "organization" as const }),
    asOf: fc.constant(end),
    facts: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: itemFact(policy.items.filter((i) => grouped.has(i.id)), date) },
        { weight: 1, arbitrary: itemFact(policy.items, date) },
      ),
      { minLength: 2, maxLength: 7 },
    ),
  });
};

describe.each(policies.map((p) => [p.id, p] as const))("properties of %s", (_id, policy) => {
  const profiles = profileFor(policy);
  const check = (prop: (p: Profile) => void, arb: fc.Arbitrary<Profile> = profiles) =>
    fc.assert(fc.property(arb, prop));

  it("never exceeds a limit: caps per year, counts, highest-only groups, revision ceilings", () => {
    check((p) => {
      expect(limitViolations(policy, p.applicant, p.facts, evaluateProfile(policy, p))).toEqual([]);
    });
  });

  it("adds up: total = Σ lines, total ≤ Σ gross, 0 ≤ min ≤ max everywhere, unpaid lines are 0", () => {
    check((p) => {
      const r = evaluateProfile(policy, p);
      expect(r.total).toEqual(sum(r.lines));
      const gross = r.lines.reduce((s, l) => ({ min: s.min + l.gross.min, max: s.max + l.gross.max }), { min: 0, max: 0 });
      expect(r.total.min <= gross.min && r.total.max <= gross.max).toBe(true);
      for (const x of [r.total, ...r.lines]) expect(0 <= x.min && x.min <= x.max, JSON.stringify(x)).toBe(true);
      for (const l of r.lines) {
        expect(l.max <= l.gross.max && l.min <= l.gross.min).toBe(true);
        if (l.status === "ineligible" || l.status === "outside-window" || l.status === "dropped") expect([l.min, l.max]).toEqual([0, 0]);
      }
      if (!r.inForce || !r.eligible) expect(r.total).toEqual({ min: 0, max: 0 });
    });
  });

  it("pays integer yuan only", () => {
    check((p) => {
      const bad = moneyOf(evaluateProfile(policy, p)).filter((y) => !Number.isSafeInteger(y));
      expect(bad).toEqual([]);
    });
  });

  it("does not depend on the order of the facts", () => {
    const shuffled = profiles.chain((p) =>
      fc.shuffledSubarray(p.facts, { minLength: p.facts.length }).map((facts) => [p, { ...p, facts }] as const),
    );
    fc.assert(
      fc.property(shuffled, ([p, q]) => {
        const a = evaluateProfile(policy, p);
        const b = evaluateProfile(policy, q);
        expect(b.total).toEqual(a.total);
        expect(amounts(b)).toEqual(amounts(a));
      }),
    );
  });

  it("never pays less at most for stating one more fact", () => {
    fc.assert(
      fc.property(profiles, factFor(policy), fc.nat(), (p, extra, at) => {
        const facts = [...p.facts];
        facts.splice(at % (facts.length + 1), 0, extra);
        expect(evaluateProfile(policy, { ...p, facts }).total.max).toBeGreaterThanOrEqual(evaluateProfile(policy, p).total.max);
      }),
    );
  });

  it("is deterministic and leaves its input alone", () => {
    check((p) => {
      const before = structuredClone(p);
      const a = evaluateProfile(policy, p);
      expect(p).toEqual(before);
      expect(evaluateProfile(policy, structuredClone(p))).toEqual(a);
    });
  });

  it.runIf(policy.limits.some((l) => l.kind === "highestOnly"))(
    "keeps the highest-only choices a brute-force enumeration finds best",
    () => {
      check((p) => {
        const best = bruteForce(policy, p);
        if (best) expect(evaluateProfile(policy, p).total).toEqual(best);
      }, choiceProfile(policy));
    },
  );
});
