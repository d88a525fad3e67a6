/**
 * "A little more would reach the next tier": the hint must state the gain the total would really
 * see, after the policy's caps — not the tier's face value.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "@/engine";
import type { Fact, Policy } from "@/engine/types";
import { findNearMisses } from "@/features/result/near-misses";
import { AS_OF, item, limit, ORG, policy, WAN } from "../engine/synthetic";

const tiers = item(
  "patents",
  {
    kind: "tiers",
    measure: "count",
    unit: "件",
    tiers: [
      { from: 10, below: 20, label: "10 件（含）以上 20 件以下", amount: { kind: "fixed", yuan: 5 * WAN } },
      { from: 20, label: "20 件（含）以上", amount: { kind: "fixed", yuan: 10 * WAN } },
    ],
  },
  { facts: [{ type: "high-value-patent-stock" }] },
);
const maturity = item("excellence", { kind: "fixed", yuan: 20 * WAN }, {
  facts: [{ type: "excellence-performance" }],
  conditions: [{ clause: "第8条", quote: "成熟度达到40%以上", input: "maturity", op: "gte", value: 40, requirement: "评审成熟度须达到 40% 以上" }],
});

const hintsFor = (p: Policy, facts: Fact[]) => {
  const evaluation = evaluate({ policy: p, applicant: ORG, facts, asOf: AS_OF });
  return findNearMisses(p, { applicant: ORG, facts }, evaluation);
};

describe("near misses", () => {
  it("19 → 20 high-value patents adds the difference between the tiers", () => {
    const [hint, ...rest] = hintsFor(policy([tiers]), [{ type: "high-value-patent-stock", count: 19 }]);
    expect(rest).toEqual([]);
    expect(hint?.change).toBe("件数 19 → 20 件");
    expect(hint?.gain).toEqual({ min: 5 * WAN, max: 5 * WAN });
  });

  it("below the lowest tier, reaching it adds the whole tier", () => {
    expect(hintsFor(policy([tiers]), [{ type: "high-value-patent-stock", count: 9 }])[0]?.gain).toEqual({ min: 5 * WAN, max: 5 * WAN });
  });

  it("39% → 40% maturity names the requirement and what it would add", () => {
    const [hint] = hintsFor(policy([maturity]), [{ type: "excellence-performance", maturity: 39 }]);
    expect(hint?.change).toBe("评审成熟度 39% → 40%（评审成熟度须达到 40% 以上）");
    expect(hint?.gain).toEqual({ min: 20 * WAN, max: 20 * WAN });
  });

  it("reports the gain left after a yearly cap, and nothing when the cap leaves none", () => {
    const capped = (cap: number) =>
      policy([tiers, maturity], { limits: [limit({ id: "cap", kind: "policyCap", cap, per: "year", kinds: ["organization"] })] });
    const facts: Fact[] = [
      { type: "high-value-patent-stock", count: 19 },
      { type: "excellence-performance", maturity: 40 },
    ];
    expect(hintsFor(capped(27 * WAN), facts)[0]?.gain).toEqual({ min: 2 * WAN, max: 2 * WAN });
    expect(hintsFor(capped(25 * WAN), facts)).toEqual([]);
  });

  it("says nothing when the requirement is simply not stated or already met", () => {
    expect(hintsFor(policy([maturity]), [{ type: "excellence-performance" }])).toEqual([]);
    expect(hintsFor(policy([maturity, tiers]), [{ type: "excellence-performance", maturity: 41 }, { type: "high-value-patent-stock", count: 25 }])).toEqual([]);
  });
});
