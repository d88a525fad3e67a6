/**
 * Step 2 of the engine, amount-if-eligible: every named mechanism of the rule language, on one
 * synthetic item each, with no limit in the way.
 */
import { describe, expect, it } from "vitest";
import type { AmountRule, Item } from "@/engine/types";
import { item, lineOf, policy, run, totalOf, WAN } from "./synthetic";

const one = (amount: AmountRule, extra: Partial<Item> = {}) => policy([item("a", amount, extra)]);

describe("fixed and up-to amounts", () => {
  it("给予 50 万元 is certain: min = max", () => {
    const r = run(one({ kind: "fixed", yuan: 50 * WAN }), [{ type: "a" }]);
    expect(totalOf(r)).toEqual([500_000, 500_000]);
    expect(r.lines[0]).toMatchObject({ status: "payable", gross: { min: 500_000, max: 500_000 } });
    expect(r.lines[0]!.calc).toEqual([{ kind: "fixed", yuan: 500_000, clause: "第a条" }]);
  });

  it("最高 30 万元 fixes nothing: min 0, max 30 万", () => {
    const r = run(one({ kind: "upTo", yuan: 30 * WAN }), [{ type: "a" }]);
    expect(totalOf(r)).toEqual([0, 300_000]);
  });
});

describe("per unit and once", () => {
  it("每项 2 万元 is multiplied by the fact's count", () => {
    const r = run(one({ kind: "fixed", yuan: 2 * WAN }, { unit: "项" }), [{ type: "a", count: 3 }]);
    expect(totalOf(r)).toEqual([60_000, 60_000]);
    expect(r.lines[0]!.units).toBe(3);
    expect(r.lines[0]!.calc).toContainEqual({ kind: "units", units: 3, unit: "项", perUnit: { min: 20_000, max: 20_000 } });
  });

  it("an up-to amount per unit multiplies its ceiling", () => {
    const r = run(one({ kind: "upTo", yuan: 3 * WAN }, { unit: "个" }), [{ type: "a", count: 4 }]);
    expect(totalOf(r)).toEqual([0, 120_000]);
  });

  it("`once` pays one amount however many units the fact counts (对聘请…的组织，给予最高 1 万元)", () => {
    const r = run(one({ kind: "upTo", yuan: WAN }, { once: true }), [{ type: "a", count: 5 }]);
    expect(totalOf(r)).toEqual([0, 10_000]);
    expect(r.lines[0]!.units).toBe(1);
  });

  it("two of an item without a unit still show the multiplication, in 项", () => {
    const r = run(one({ kind: "fixed", yuan: 7 * WAN }), [{ type: "a", count: 2 }]);
    expect(r.lines[0]!.calc).toEqual([
      { kind: "fixed", yuan: 70_000, clause: "第a条" },
      { kind: "units", units: 2, unit: "项", perUnit: { min: 70_000, max: 70_000 } },
    ]);
  });

  it("a fact without a count is one unit", () => {
    expect(totalOf(run(one({ kind: "fixed", yuan: 7 * WAN }), [{ type: "a" }]))).toEqual([70_000, 70_000]);
  });
});

describe("share of a base", () => {
  const capped = one({ kind: "share", base: "amount", baseLabel: "实际支出", percent: { min: 70, max: 70 }, cap: 50 * WAN });

  it("按实际支出的 70%，最高 50 万元: below the cap pays the share exactly", () => {
    const r = run(capped, [{ type: "a", amount: 40 * WAN }]);
    expect(totalOf(r)).toEqual([280_000, 280_000]);
    expect(r.lines[0]!.calc.map((s) => s.kind)).toEqual(["share"]);
  });

  it("exactly at the cap pays the share, and shows no cap step", () => {
    // 70% of 714,286 元 is 500,000.2 元: 500,000 in whole yuan, the cap itself.
    const r = run(capped, [{ type: "a", amount: 714_286 }]);
    expect(totalOf(r)).toEqual([500_000, 500_000]);
    expect(r.lines[0]!.calc.map((s) => s.kind)).toEqual(["share"]);
  });

  it("above the cap pays the cap, and says so", () => {
    const r = run(capped, [{ type: "a", amount: 100 * WAN }]);
    expect(totalOf(r)).toEqual([500_000, 500_000]);
    expect(r.lines[0]!.calc).toContainEqual({
      kind: "cap",
      cap: 500_000,
      before: { min: 700_000, max: 700_000 },
      after: { min: 500_000, max: 500_000 },
      clause: "第a条",
    });
  });

  it("a percent range pays its lower share for certain and its upper share at most", () => {
    const r = run(one({ kind: "share", base: "amount", baseLabel: "保费", percent: { min: 50, max: 70 } }), [{ type: "a", amount: 10 * WAN }]);
    expect(totalOf(r)).toEqual([50_000, 70_000]);
  });

  it("一定比例，最高 5 万元 is 0 … min(base, cap)", () => {
    const some = one({ kind: "share", base: "amount", baseLabel: "成本", percent: { min: 0, max: 100 }, cap: 5 * WAN });
    expect(totalOf(run(some, [{ type: "a", amount: 3 * WAN }]))).toEqual([0, 30_000]);
    expect(totalOf(run(some, [{ type: "a", amount: 9 * WAN }]))).toEqual([0, 50_000]);
  });

  it("a second ceiling read from another input caps the share too (总额不超过服务所得)", () => {
    const p = one({
      kind: "share",
      base: "amount",
      baseLabel: "交易额",
      percent: { min: 30, max: 30 },
      cap: 50 * WAN,
      capInput: { input: "serviceIncome", label: "中介服务所得" },
    });
    const r = run(p, [{ type: "a", amount: 100 * WAN, serviceIncome: 10 * WAN }]);
    expect(totalOf(r)).toEqual([100_000, 100_000]);
    expect(r.lines[0]!.calc.at(-1)).toMatchObject({ kind: "cap", cap: 100_000, label: "中介服务所得" });
    expect(totalOf(run(p, [{ type: "a", amount: 100 * WAN }]))).toEqual([300_000, 300_000]);
    const equal = run(p, [{ type: "a", amount: 100 * WAN, serviceIncome: 30 * WAN }]);
    expect(totalOf(equal)).toEqual([300_000, 300_000]);
    expect(equal.lines[0]!.calc.map((s) => s.kind)).toEqual(["share"]);
  });

  it("rounds each share down to whole yuan, never promising a yuan the text does not", () => {
    const r = run(one({ kind: "share", base: "amount", baseLabel: "保费", percent: { min: 33, max: 67 } }), [{ type: "a", amount: 1001 }]);
    expect(totalOf(r)).toEqual([330, 670]);
  });

  it("without the base, a capped share is at most the cap and certain of nothing", () => {
    const r = run(capped, [{ type: "a" }]);
    expect(totalOf(r)).toEqual([0, 500_000]);
    expect(r.unquantified).toEqual([]);
  });

  it("without the base, an uncapped share is unquantified and invents no number", () => {
    const p = one({ kind: "share", base: "amount", baseLabel: "市级奖励金额", percent: { min: 100, max: 100 } });
    const r = run(p, [{ type: "a" }]);
    expect(r.lines).toEqual([]);
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.unquantified).toMatchObject([{ item: "a", fact: 0, why: expect.stringContaining("市级奖励金额") }]);
  });

  it("with several units (每项), splits the base evenly and caps each unit on its own", () => {
    const r = run(capped, [{ type: "a", amount: 300 * WAN, count: 3 }]);
    expect(totalOf(r)).toEqual([1_500_000, 1_500_000]);
    expect(r.lines[0]!.calc).toContainEqual({ kind: "units", units: 3, unit: "项", perUnit: { min: 500_000, max: 500_000 } });
    expect(totalOf(run(capped, [{ type: "a", amount: 10 * WAN, count: 3 }]))).toEqual([69_999, 69_999]);
  });

  it("with several units and no base, each unit is at most the cap", () => {
    expect(totalOf(run(capped, [{ type: "a", count: 2 }]))).toEqual([0, 1_000_000]);
  });

  it("`once` keeps a share to one unit whatever the count", () => {
    const once = one({ kind: "share", base: "amount", baseLabel: "实际支出", percent: { min: 70, max: 70 }, cap: 50 * WAN }, { once: true });
    expect(totalOf(run(once, [{ type: "a", amount: 300 * WAN, count: 3 }]))).toEqual([500_000, 500_000]);
  });
});

describe("tiers by a count", () => {
  /** 10 件(含)以上 20 件以下 给予 10 万元；20 件(含)以上 （最高）30 万元 */
  const twoTiers = (upper: "fixed" | "upTo") =>
    one({
      kind: "tiers",
      measure: "count",
      unit: "件",
      tiers: [
        { from: 10, below: 20, label: "10 件(含)以上 20 件以下", amount: { kind: "fixed", yuan: 10 * WAN } },
        { from: 20, label: "20 件(含)以上", amount: { kind: upper, yuan: 30 * WAN } },
      ],
    });
  const tiered = twoTiers("upTo");
  const at = (count: number) => run(tiered, [{ type: "a", count }]);

  it.each([
    [9, [0, 0]],
    [10, [100_000, 100_000]],
    [19, [100_000, 100_000]],
    [20, [0, 300_000]],
    [500, [0, 300_000]],
  ] as const)("%i 件 → %j", (count, expected) => {
    expect(totalOf(at(count))).toEqual(expected);
  });

  it("below the first tier the line is ineligible and says how far the next tier is", () => {
    const line = at(9).lines[0]!;
    expect(line.status).toBe("ineligible");
    expect(line.nearMiss).toMatchObject({ current: 9, target: 10, gain: { min: 100_000, max: 100_000 } });
  });

  it("inside a tier the near miss is the next tier's gain, never negative", () => {
    expect(at(19).lines[0]!.nearMiss).toMatchObject({ current: 19, target: 20, gain: { min: 0, max: 200_000 } });
    expect(at(20).lines[0]!.nearMiss).toBeUndefined();
  });

  it("between two fixed tiers the near miss is the difference of the certain amounts", () => {
    expect(run(twoTiers("fixed"), [{ type: "a", count: 12 }]).lines[0]!.nearMiss).toMatchObject({ gain: { min: 200_000, max: 200_000 } });
  });

  it("the count is a measure, not a multiplier: one tier amount is paid", () => {
    expect(at(15).lines[0]!.units).toBe(1);
  });
});

describe("amounts the text does not state", () => {
  it.each([
    ["unstated", { kind: "unstated", why: "按区政府相关规定执行" }],
    ["none", { kind: "none", why: "支持方向，无资金" }],
  ] as const)("%s: listed as unquantified with the reason, no line and no money", (_kind, amount) => {
    const r = run(one(amount), [{ type: "a" }]);
    expect(r.lines).toEqual([]);
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.unquantified).toEqual([
      { item: "a", clause: "第a条", title: "条目 a", label: "事项 a", fact: 0, why: amount.why, quote: "对 a 给予奖励" },
    ]);
  });

  it("an unquantified item beside a paying one leaves the paying total alone", () => {
    const p = policy([item("a", { kind: "unstated", why: "一定的匹配资金" }), item("b", { kind: "fixed", yuan: WAN })]);
    const r = run(p, [{ type: "a" }, { type: "b" }]);
    expect(totalOf(r)).toEqual([10_000, 10_000]);
    expect(lineOf(r, "b")).toEqual([10_000, 10_000]);
  });
});
