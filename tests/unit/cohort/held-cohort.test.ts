/**
 * A what-if over a held cohort re-evaluates only the members a changed figure can reach
 * (src/lib/cohort/held-cohort.ts). That is only right if it gives exactly what evaluating every
 * member under the draft gives: every member's result and every total, for any draft.
 */
import fc from "fast-check";
import type { Applicant, Fact } from "@/engine/types";
import { describe, expect, it } from "vitest";
import { editableFigures } from "@/features/regulator/editable-figures";
import { evaluateBatch } from "@/lib/batch/evaluate-batch";
import { applyDraft, type DraftChange } from "@/lib/cohort/draft";
import { HeldCohort } from "@/lib/cohort/held-cohort";
import { jinshan } from "@policies/jinshan";
import { policies } from "@policies/index";
import { cohort } from "../../../bench/cohort";

// 松江区's opinions name directions and no figure, so no draft of it changes anything.
const withFigures = policies.filter((p) => editableFigures(p).some((f) => f.unit !== "日期"));

describe.each(withFigures.map((p) => [p.id, p] as const))("a draft of %s over a held cohort", (_id, policy) => {
  const profiles = cohort({ size: 250, policies: [policy], seed: 11 });
  const asOf = profiles[0]!.asOf;
  // Claims a random cohort rarely makes: for each clause, one with every flag the clause wants "no" left blank (blank is "no").
  const blankFlags = policy.items.flatMap((item) =>
    item.facts.flatMap((m) => {
      const flags = Object.entries(m.where ?? {}).filter(([, want]) => (Array.isArray(want) ? want : [want]).includes(false));
      if (flags.length === 0) return [];
      const fact: Fact = { type: m.type, date: asOf };
      for (const [input, want] of Object.entries(m.where ?? {})) if (!flags.some(([f]) => f === input)) fact[input] = Array.isArray(want) ? want[0]! : want;
      return [{ applicant: { kind: item.who.kinds[0]! } as Applicant, facts: [fact] }];
    }),
  );
  const members = [...profiles, ...blankFlags].map((p, i) => ({ id: `A${i}`, applicant: p.applicant, facts: p.facts }));
  const figures = editableFigures(policy).filter((f) => f.unit !== "日期");
  const held = HeldCohort.evaluate(policy, asOf, members);

  it("starts from the same baseline as evaluating the cohort", async () => {
    expect((await held).base).toEqual(await evaluateBatch(policy, members, asOf));
  });

  it("gives every member's result and every total that evaluating everyone under the draft gives", async () => {
    const cohortHeld = await held;
    // A figure set to 0, halved, doubled, or moved by a little: what an officer types.
    const value = (base: number, unit: string) =>
      fc.oneof(fc.constant(unit === "元" || unit === "%" ? 0 : 1), fc.constant(Math.max(1, Math.floor(base / 2))), fc.constant(base * 2), fc.integer({ min: 1, max: Math.max(1, base + 5) }));
    const draft = fc
      .uniqueArray(fc.constantFrom(...figures), { minLength: 1, maxLength: 3, selector: (f) => f.key })
      .chain((chosen) => fc.tuple(...chosen.map((f) => value(Number(f.base), f.unit).map((v) => f.changes(f.unit === "%" ? Math.min(100, v) : v)))))
      .map((lists) => lists.flat());
    let reachedSome = false;
    await fc.assert(
      fc.asyncProperty(draft, async (changes: DraftChange[]) => {
        let revised;
        try {
          revised = applyDraft(policy, changes);
        } catch {
          return; // a draft the schema refuses never reaches the workers
        }
        const quick = await cohortHeld.whatIf(revised, changes);
        const full = await evaluateBatch(revised, members, asOf);
        if (quick.evaluated < members.length) reachedSome = true;
        expect(quick.results).toEqual(full.results);
        expect({ ...quick.summary, policyVersion: "" }).toEqual({ ...full.summary, policyVersion: "" });
      }),
      { numRuns: 40, seed: 20251207 },
    );
    // The point of holding the cohort: most drafts re-evaluate only part of it.
    expect(reachedSome).toBe(true);
  });

  it("gives what evaluating everyone gives for every figure of the policy changed on its own", async () => {
    const cohortHeld = await held;
    for (const f of figures) {
      const base = Number(f.base);
      const changes = f.changes(f.unit === "%" ? (base < 100 ? base + 1 : base - 1) : base * 2 + 1);
      const revised = applyDraft(policy, changes);
      const quick = await cohortHeld.whatIf(revised, changes);
      const full = await evaluateBatch(revised, members, asOf);
      expect(quick.results, f.key).toEqual(full.results);
      expect({ ...quick.summary, policyVersion: "" }, f.key).toEqual({ ...full.summary, policyVersion: "" });
    }
  });

  it("re-evaluates everyone when the window moves; a cap over the whole policy reaches every member with a payable line", async () => {
    const cohortHeld = await held;
    expect(cohortHeld.reach([{ target: "effective", field: "to", value: null }])).toBeNull();
    const cap = policy.limits.find((l) => l.kind === "policyCap");
    if (!cap) return;
    // Changing only limits prices nobody again: the members with a payable line are limited again, the others keep their baseline.
    const changes: DraftChange[] = [{ target: "limit", id: cap.id, field: "cap", value: 1 }];
    const revised = applyDraft(policy, changes);
    const quick = await cohortHeld.whatIf(revised, changes);
    expect(quick.evaluated).toBeLessThan(members.length);
    expect(quick.results).toEqual((await evaluateBatch(revised, members, asOf)).results);
  });

  it("gives what evaluating everyone gives when the officer types a limit after a clause's figure, one draft after another", async () => {
    const cohortHeld = await held;
    const clauseFigures = figures.filter((f) => f.section === "item");
    const limitFigures = figures.filter((f) => f.section === "limit");
    if (clauseFigures.length === 0 || limitFigures.length === 0) return;
    const typed = (f: (typeof figures)[number], v: number) => f.changes(f.unit === "%" ? Math.min(100, v) : v);
    const steps = fc.tuple(
      fc.constantFrom(...clauseFigures),
      fc.integer({ min: 0, max: 3 }),
      fc.array(fc.tuple(fc.constantFrom(...limitFigures), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 4 }),
    );
    let relimited = false;
    // Warming up (what a worker does after loading) changes nothing a draft gives.
    await cohortHeld.warm(applyDraft(policy, []), 100);
    await fc.assert(
      fc.asyncProperty(steps, async ([clause, times, limits]) => {
        const amount = typed(clause, Math.floor((Number(clause.base) * times) / 2));
        // The clause's figure first, then each limit typed in turn after it (the page sends every draft as it is typed).
        let changes: DraftChange[] = amount;
        for (const [limit, divide] of [[null, 1] as const, ...limits]) {
          if (limit) changes = [...amount, ...typed(limit, Math.max(1, Math.floor(Number(limit.base) / divide)))];
          let revised;
          try {
            revised = applyDraft(policy, changes);
          } catch {
            return;
          }
          const quick = await cohortHeld.whatIf(revised, changes);
          const full = await evaluateBatch(revised, members, asOf);
          if (limit) relimited = true;
          expect(quick.results).toEqual(full.results);
          expect({ ...quick.summary, policyVersion: "" }).toEqual({ ...full.summary, policyVersion: "" });
        }
      }),
      { numRuns: 15, seed: 20261207 },
    );
    expect(relimited).toBe(true);
  });
});

/**
 * A changed cap or count is applied again only to the members it may cut: more than the lower of
 * its two figures (the policy's, the draft's) in one scope before limits. Each row is a member
 * the draft changes — just over that figure, over the raised figure's old one, over it in one year
 * only, over a count by the units of one line — so skipping it leaves its baseline in the totals.
 */
describe("a changed limit of 金山区 reaches the members it may cut", () => {
  const asOf = "2026-06-01";
  const ORG = { kind: "organization" } as const;
  // 第十四条（二） 参与 国家标准: 最高 3 万元 a project.
  const standard = (count: number, date = asOf): Fact => ({ type: "standard-project", scope: "national", role: "participant", action: "formulate", count, date });
  const fixed30 = (date = asOf): Fact[] => [
    { type: "quality-award", award: "shanghai-quality-gold-award", date },
    { type: "shanghai-standard", date },
    { type: "certification", scheme: "shanghai-brand", stage: "first", date },
  ];
  const WAN = 10_000;
  const cap = (wan: number): DraftChange[] => [{ target: "limit", id: "js-23-yearly-cap", field: "cap", value: wan * WAN }];
  const count = (max: number): DraftChange[] => [{ target: "limit", id: "js-23-five-standards", field: "max", value: max }];
  const rows: [string, Fact[], DraftChange[]][] = [
    ["90 万 certain in a year, the cap lowered to 89 万", fixed30(), cap(89)],
    ["190 万 at most in a year, cut to 100 万, the cap raised to 200 万", [...fixed30(), { type: "quality-brand-zone", level: "national", date: asOf }], cap(200)],
    ["30 万 in 2025 and 90 万 in 2026, the cap lowered to 50 万", [{ type: "shanghai-standard", date: "2025-06-01" }, ...fixed30()], cap(50)],
    ["4 projects on one line, the count lowered to 3", [standard(4)], count(3)],
    ["2 projects in 2025 and 4 in 2026 on two lines each, the count lowered to 3", [standard(1, "2025-06-01"), standard(1, "2025-07-01"), standard(2), standard(2)], count(3)],
    ["7 projects in a year, cut to 5, the count raised to 6", [standard(3), standard(4)], count(6)],
  ];
  // Members the drafts must not need: nothing of theirs is near either figure.
  const others = [{ id: "small", applicant: ORG, facts: [standard(1), { type: "quality-award", award: "shanghai-quality-gold-award", date: asOf }] }];

  it.each(rows)("%s", async (_what, facts, changes) => {
    const members = [...others, { id: "reached", applicant: ORG, facts }];
    const held = await HeldCohort.evaluate(jinshan, asOf, members);
    const revised = applyDraft(jinshan, changes);
    const full = await evaluateBatch(revised, members, asOf);
    // The draft does change this member: left at its baseline, the totals would be wrong.
    expect(full.results[1]!.total).not.toEqual(held.base.results[1]!.total);
    const quick = await held.whatIf(revised, changes);
    expect(quick.results).toEqual(full.results);
    expect(quick.summary).toEqual(full.summary);
    expect(quick.evaluated).toBe(1);
  });
});
