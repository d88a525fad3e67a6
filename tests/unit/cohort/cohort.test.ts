import { describe, expect, it } from "vitest";
import { policyById } from "@policies/index";
import { compareCohorts, evaluateCohort, type CohortMember } from "@/lib/cohort/aggregate";
import { applyDraft, DraftError } from "@/lib/cohort/draft";
import { evaluate } from "@/engine";

const jinshan = policyById.get("jinshan")!;
const ASOF = "2026-06-01";

const members: CohortMember[] = [
  { id: "A", applicant: { kind: "organization" }, facts: [{ type: "quality-award", award: "shanghai-quality-gold-award", date: "2026-03-01" }] },
  {
    id: "B",
    applicant: { kind: "organization" },
    facts: [
      { type: "quality-award", award: "shanghai-quality-gold-award", date: "2026-03-01" },
      { type: "certification", scheme: "shanghai-brand", stage: "first", date: "2026-03-01" },
      ...Array.from({ length: 6 }, () => ({ type: "standard-project", scope: "national", action: "formulate", role: "participant", date: "2026-04-01" })),
    ],
  },
  { id: "C", applicant: { kind: "organization", fundedBy: "full-budget" }, facts: [{ type: "certification", scheme: "shanghai-brand", stage: "first", date: "2026-03-01" }] },
  { id: "D", applicant: { kind: "individual" }, facts: [{ type: "quality-award", award: "shanghai-quality-gold-award", date: "2026-03-01" }] },
];

describe("cohort totals", () => {
  const { results, summary } = evaluateCohort(jinshan, members, ASOF);

  it("adds up each applicant's own evaluation", () => {
    for (const m of members) {
      const own = evaluate({ policy: jinshan, applicant: m.applicant, facts: m.facts, asOf: ASOF });
      expect(results.find((r) => r.id === m.id)!.total).toEqual(own.total);
    }
    expect(summary.total).toEqual({ min: 300_000 + 600_000 + 0 + 20_000, max: 300_000 + 600_000 + 150_000 + 0 + 20_000 });
  });

  it("counts applicants and yuan per clause", () => {
    const gold = summary.byClause.find((c) => c.clause === "第五条（二）")!;
    expect(gold).toMatchObject({ applicants: 3, min: 620_000, max: 620_000 });
    const standards = summary.byClause.find((c) => c.clause === "第十四条（二）")!;
    expect(standards).toMatchObject({ applicants: 1, min: 0, max: 150_000 });
  });

  it("reports which limit cut whom and by how much", () => {
    const five = summary.byLimit.find((l) => l.limit === "js-23-five-standards")!;
    expect(five).toMatchObject({ applicants: 1, cut: { min: 0, max: 30_000 } });
    expect(results.find((r) => r.id === "B")!.cut).toEqual({ min: 0, max: 30_000 });
  });

  it("puts every applicant in exactly one payout band", () => {
    expect(summary.distribution.reduce((n, b) => n + b.count, 0)).toBe(members.length);
    expect(summary.distribution.find((b) => b.label === "0 元")!.count).toBe(1);
  });
});

describe("what-if drafts", () => {
  it("raises an amount and shows the difference per clause and per applicant", () => {
    const draft = applyDraft(jinshan, [{ target: "item", id: "js-5-2-gold-org", field: "yuan", value: 400_000 }]);
    const base = evaluateCohort(jinshan, members, ASOF);
    const revised = evaluateCohort(draft, members, ASOF);
    const diff = compareCohorts(base, revised);
    expect(diff.total.draft.max - diff.total.base.max).toBe(200_000);
    expect(diff.byMember.map((m) => m.id)).toEqual(["A", "B"]);
    expect(diff.byClause.find((c) => c.clause === "第五条（二）")).toMatchObject({ base: { max: 620_000 }, draft: { max: 820_000 } });
  });

  it("lowers the yearly standards count and the yearly cap", () => {
    const draft = applyDraft(jinshan, [
      { target: "limit", id: "js-23-five-standards", field: "max", value: 3 },
      { target: "limit", id: "js-23-yearly-cap", field: "cap", value: 500_000 },
    ]);
    const b = evaluateCohort(draft, members, ASOF).results.find((r) => r.id === "B")!;
    expect(b.total).toEqual({ min: 500_000, max: 500_000 });
  });

  it("moves the end of the window", () => {
    const draft = applyDraft(jinshan, [{ target: "effective", field: "to", value: "2026-05-31" }]);
    expect(evaluateCohort(draft, members, ASOF).summary.total).toEqual({ min: 0, max: 0 });
  });

  it("refuses changes the schema would not accept, naming the change", () => {
    expect(() => applyDraft(jinshan, [{ target: "item", id: "nope", field: "yuan", value: 1 }])).toThrow(DraftError);
    expect(() => applyDraft(jinshan, [{ target: "effective", field: "to", value: "2020-01-01" }])).toThrow(/有效期截止日早于生效日/);
    expect(() => applyDraft(jinshan, [{ target: "item", id: "js-5-2-gold-org", field: "percent.max", value: 50 }])).toThrow(/不是按比例/);
  });

  it("never changes the policy it starts from", () => {
    const before = JSON.stringify(jinshan);
    applyDraft(jinshan, [{ target: "item", id: "js-5-2-gold-org", field: "yuan", value: 1 }]);
    expect(JSON.stringify(jinshan)).toBe(before);
  });
});
