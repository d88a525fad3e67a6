import { describe, expect, it } from "vitest";
import { policies, policyById } from "@policies/index";
import { compareProfile, rankColumns, type Column, type Profile } from "@/features/compare/compare-model";

const jinshan = policyById.get("jinshan")!;

const twoAwards: Profile = {
  asOf: "2025-09-01",
  applicant: { kind: "organization" },
  facts: [
    { type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-01" },
    { type: "quality-award", award: "china-quality-award", date: "2025-06-01" },
    { type: "patent-grant", count: 3, date: "2025-03-01" },
  ],
};

describe("compareProfile", () => {
  const comparison = compareProfile(twoAwards, policies);
  const column = comparison.columns.findIndex((c) => c.policy === jinshan);

  it("has a column per policy and a row per fact", () => {
    expect(comparison.columns.map((c) => c.policy.id)).toEqual(policies.map((p) => p.id));
    expect(comparison.rows.map((r) => r.cells.length)).toEqual([policies.length, policies.length, policies.length]);
  });

  it("says which limit dropped a line, and sums what each cell pays into the column total", () => {
    const gold = comparison.rows[0]!.cells[column]!;
    const line = gold.entries.find((e) => e.kind === "line");
    expect(line?.kind === "line" && line.line.status).toBe("dropped");
    expect(line?.kind === "line" && line.limits.map((a) => a.limit)).toEqual(["js-23-highest-quality-award"]);
    expect(gold.pays).toEqual({ min: 0, max: 0 });
    const total = comparison.rows.reduce((t, r) => t + r.cells[column]!.pays!.max, 0);
    expect(total).toBe(comparison.columns[column]!.evaluation!.total.max);
    expect(total).toBe(1_000_000);
  });

  it("says when a policy has no clause for a fact", () => {
    const patents = comparison.rows[2]!.cells[column]!;
    expect(patents.entries).toEqual([{ kind: "reason", reason: expect.objectContaining({ code: "no-matching-item", fact: 2 }) }]);
  });

  it("names what blocks a whole policy in its column", () => {
    const early = compareProfile({ ...twoAwards, asOf: "2024-01-01", facts: twoAwards.facts.map((f) => ({ ...f, date: "2024-01-01" })) }, [jinshan]);
    expect(early.columns[0]!.blockedBy.map((r) => r.code)).toEqual(["not-yet-in-force"]);
    expect(early.standings).toEqual([undefined]);
  });

  it("marks the columns with the highest ceiling and the highest certain amount", () => {
    const maxima = comparison.columns.map((c) => c.evaluation!.total.max);
    const minima = comparison.columns.map((c) => c.evaluation!.total.min);
    expect(comparison.highestCeiling.map((i) => maxima[i])).toEqual(comparison.highestCeiling.map(() => Math.max(...maxima)));
    expect(comparison.mostCertain.map((i) => minima[i])).toEqual(comparison.mostCertain.map(() => Math.max(...minima)));
  });
});

describe("which column leads", () => {
  const total = (min: number, max: number) => ({ min, max });
  /** Columns with the given totals: the ranking reads nothing else. */
  const standingsOf = (...totals: { min: number; max: number }[]) => {
    const base = compareProfile({ asOf: "2025-09-01", applicant: { kind: "organization" }, facts: [] }, totals.map(() => jinshan));
    const columns = base.columns.map((c, i): Column => ({ ...c, evaluation: { ...c.evaluation!, total: totals[i]! }, blockedBy: [], missing: [] }));
    return rankColumns(columns);
  };

  it("never crowns a ceiling alone over a higher certain amount (0–180 万 against a certain 135 万)", () => {
    expect(standingsOf(total(0, 1_800_000), total(1_350_000, 1_350_000))).toEqual({
      standings: ["highest-ceiling", "most-certain"],
      mostCertain: [1],
      highestCeiling: [0],
    });
  });

  it("crowns one column 最多 only when it leads on both, and lets ties share", () => {
    expect(standingsOf(total(1_350_000, 1_800_000), total(1_350_000, 1_350_000), total(0, 0)).standings).toEqual(["most", "most-certain", undefined]);
    expect(standingsOf(total(100, 100), total(100, 100)).standings).toEqual(["most", "most"]);
    // Just below on either side: no standing.
    expect(standingsOf(total(99, 199), total(100, 200), total(0, 199)).standings).toEqual([undefined, "most", undefined]);
  });

  it("gives no badge when nothing pays, and only the ceiling badge when nothing is certain", () => {
    expect(standingsOf(total(0, 0), total(0, 0)).standings).toEqual([undefined, undefined]);
    expect(standingsOf(total(0, 500), total(0, 300)).standings).toEqual(["highest-ceiling", undefined]);
  });
});
