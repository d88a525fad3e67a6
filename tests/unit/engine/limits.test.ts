/**
 * Step 3 of the engine, limits: each kind on its own, the cap allocation, and the search over
 * highest-only choices.
 */
import { describe, expect, it } from "vitest";
import { MAX_COMBINATIONS } from "@/engine/limits";
import type { Evaluation, Fact, Limit, Policy } from "@/engine/types";
import { item, limit, lineOf, PERSON, policy, run, totalOf, WAN } from "./synthetic";

const fixed = (w: number) => ({ kind: "fixed", yuan: w * WAN }) as const;
const upTo = (w: number) => ({ kind: "upTo", yuan: w * WAN }) as const;
const statusOf = (r: Evaluation, id: string) => r.lines.find((l) => l.item === id)?.status;
const limitsHit = (r: Evaluation) => r.adjustments.map((a) => a.limit);

describe("revisionShare — 修订按制定上限的 50%", () => {
  const p = policy([item("std", upTo(30), { unit: "项" }), item("fx", fixed(10))], {
    limits: [limit({ id: "rev", kind: "revisionShare", items: ["std", "fx"], percent: 50, when: { input: "action", value: "revise" } })],
  });

  it("caps a revision at half the formulation ceiling", () => {
    const r = run(p, [{ type: "std", action: "revise" }]);
    expect(totalOf(r)).toEqual([0, 150_000]);
    expect(r.adjustments).toMatchObject([{ limit: "rev", kind: "revisionShare", effect: { min: 0, max: -150_000 } }]);
    expect(r.lines[0]).toMatchObject({ status: "reduced", label: "事项 std（修订）" });
    expect(r.lines[0]!.calc).toContainEqual(expect.objectContaining({ kind: "revision", percent: 50, ceiling: 150_000 }));
  });

  it("leaves formulation alone", () => {
    const r = run(p, [{ type: "std", action: "formulate" }]);
    expect(totalOf(r)).toEqual([0, 300_000]);
    expect(r.adjustments).toEqual([]);
  });

  it("applies per unit", () => {
    expect(totalOf(run(p, [{ type: "std", action: "revise", count: 2 }]))).toEqual([0, 300_000]);
  });

  it("halves a fixed amount's certain part too", () => {
    expect(totalOf(run(p, [{ type: "fx", action: "revise" }]))).toEqual([50_000, 50_000]);
  });

  it("halves a share item's own ceiling: 70% of 40 万 is 28 万, a revision at most 14 万", () => {
    const shared = policy([item("sh", { kind: "share", base: "amount", baseLabel: "支出", percent: { min: 70, max: 70 } })], {
      limits: [limit({ id: "rev", kind: "revisionShare", items: ["sh"], percent: 50, when: { input: "action", value: "revise" } })],
    });
    const r = run(shared, [{ type: "sh", action: "revise", amount: 40 * WAN }]);
    expect(totalOf(r)).toEqual([140_000, 140_000]);
    expect(r.adjustments).toMatchObject([{ limit: "rev", effect: { min: -140_000, max: -140_000 } }]);
  });

  it("a revision share of 100% is reached, not exceeded: no cut and no adjustment", () => {
    const full = policy([item("std", upTo(30))], {
      limits: [limit({ id: "rev", kind: "revisionShare", items: ["std"], percent: 100, when: { input: "action", value: "revise" } })],
    });
    const r = run(full, [{ type: "std", action: "revise" }]);
    expect(totalOf(r)).toEqual([0, 300_000]);
    expect(r.adjustments).toEqual([]);
    expect(r.lines[0]).toMatchObject({ status: "payable", label: "事项 std" });
  });
});

describe("highestOnly — 就高不重复", () => {
  const awards = (extra: Partial<Extract<Limit, { kind: "highestOnly" }>> = {}) =>
    policy([item("gold", fixed(30)), item("mayor", upTo(80)), item("other", fixed(5))], {
      limits: [limit({ id: "hi", kind: "highestOnly", items: ["gold", "mayor"], per: "year", ...extra })],
    });
  const both = (goldDate: string, mayorDate: string): Fact[] => [
    { type: "gold", date: goldDate },
    { type: "mayor", date: mayorDate },
    { type: "other", date: mayorDate },
  ];

  it("keeps the best award of a year and says which it dropped", () => {
    const r = run(awards(), both("2026-01-10", "2026-05-01"));
    expect(totalOf(r)).toEqual([50_000, 850_000]);
    expect(statusOf(r, "gold")).toBe("dropped");
    expect(lineOf(r, "mayor")).toEqual([0, 800_000]);
    expect(r.adjustments).toMatchObject([{ limit: "hi", year: 2026, effect: { min: -300_000, max: -300_000 }, lines: [0] }]);
    expect(r.lines[0]!.notes[0]).toContain("事项 mayor");
  });

  it("lets awards of different years both pay", () => {
    const r = run(awards(), both("2025-12-31", "2026-01-01"));
    expect(totalOf(r)).toEqual([350_000, 1_150_000]);
    expect(r.adjustments).toEqual([]);
  });

  it("per policy keeps one across years", () => {
    expect(totalOf(run(awards({ per: "policy" }), both("2025-12-31", "2026-01-01")))).toEqual([50_000, 850_000]);
  });

  it("with `kinds` binds only those applicants", () => {
    const r = run(awards({ kinds: ["organization"] }), both("2026-01-10", "2026-05-01"), { applicant: PERSON });
    expect(totalOf(r)).toEqual([350_000, 1_150_000]);
  });

  it("between equal ceilings prefers the certain amount", () => {
    const p = policy([item("gold", fixed(30)), item("maybe", upTo(30))], {
      limits: [limit({ id: "hi", kind: "highestOnly", items: ["gold", "maybe"], per: "year" })],
    });
    const r = run(p, [{ type: "maybe" }, { type: "gold" }]);
    expect(totalOf(r)).toEqual([300_000, 300_000]);
    expect(statusOf(r, "maybe")).toBe("dropped");
  });

  it("by default the same honour stated twice competes with itself: paid once (不重复享受)", () => {
    const r = run(awards(), [{ type: "gold" }, { type: "gold" }]);
    expect(totalOf(r)).toEqual([300_000, 300_000]);
    expect(r.lines.map((l) => l.status)).toEqual(["payable", "dropped"]);
  });

  it("compares whole lines, not units: two 10 万 projects beat one 15 万 award", () => {
    const p = policy([item("unit", fixed(10), { unit: "项" }), item("big", fixed(15))], {
      limits: [limit({ id: "hi", kind: "highestOnly", items: ["unit", "big"], per: "year" })],
    });
    expect(totalOf(run(p, [{ type: "big" }, { type: "unit", count: 2 }]))).toEqual([200_000, 200_000]);
  });
});

describe("highestOnly by level — 给予更高级别的奖励后，不再对低级别的进行奖励", () => {
  // 国家级提名奖最高 50 万；市级市长奖最高 80 万、金奖 30 万（金山区 第二十三条（二）的形状）.
  const levels = (by?: "level", extra: Partial<Policy> = {}) =>
    policy(
      [
        item("nomination", upTo(50), { level: "national" }),
        item("mayor", upTo(80), { level: "provincial" }),
        item("gold", fixed(30), { level: "provincial" }),
        item("zone", upTo(100), { level: "national" }),
      ],
      { limits: [limit({ id: "hi", kind: "highestOnly", items: ["nomination", "mayor", "gold"], per: "year", ...(by ? { by } : {}) })], ...extra },
    );

  it("keeps the higher level even where the lower level pays more", () => {
    const r = run(levels("level"), [{ type: "mayor" }, { type: "nomination" }]);
    expect(totalOf(r)).toEqual([0, 500_000]);
    expect(statusOf(r, "mayor")).toBe("dropped");
    expect(r.lines.find((l) => l.item === "mayor")!.notes[0]).toBe("限额hi：限额 hi，已按更高级别的“事项 nomination”奖励，不再对低级别的本项奖励");
    expect(r.adjustments).toMatchObject([{ limit: "hi", year: 2026, effect: { min: 0, max: -800_000 } }]);
  });

  it("without `by` the larger amount is kept (按照最高奖励额)", () => {
    expect(totalOf(run(levels(), [{ type: "mayor" }, { type: "nomination" }]))).toEqual([0, 800_000]);
  });

  it("one level's lines all stay: the same honour twice, and two honours of one level (不是不同级别)", () => {
    const twice = run(levels("level"), [{ type: "gold" }, { type: "gold" }]);
    expect(totalOf(twice)).toEqual([600_000, 600_000]);
    expect(twice.adjustments).toEqual([]);
    const sameLevel = run(levels("level"), [{ type: "gold" }, { type: "mayor" }]);
    expect(totalOf(sameLevel)).toEqual([300_000, 1_100_000]);
    expect(sameLevel.adjustments).toEqual([]);
  });

  it("a higher level drops every lower line, however many and however much they pay together", () => {
    const r = run(levels("level"), [{ type: "gold" }, { type: "mayor" }, { type: "nomination" }, { type: "gold" }]);
    expect(totalOf(r)).toEqual([0, 500_000]);
    expect(r.lines.map((l) => l.status)).toEqual(["dropped", "dropped", "payable", "dropped"]);
    expect(r.adjustments).toMatchObject([{ limit: "hi", effect: { min: -600_000, max: -1_400_000 }, lines: [0, 1, 3] }]);
    expect(r.adjustments[0]!.explanation).toContain("保留事项 nomination（最高 50 万元），未计事项 gold（30 万元）、事项 mayor（最高 80 万元）、事项 gold（30 万元）");
  });

  it("leaves nothing to search: under a cap the lines of one level stay and the cap fills certain money first", () => {
    const capped = levels("level", { limits: [...levels("level").limits, limit({ id: "cap", kind: "policyCap", cap: 100 * WAN, per: "year", kinds: ["organization"] })] });
    const r = run(capped, [{ type: "gold" }, { type: "mayor" }, { type: "zone" }]);
    expect(totalOf(r)).toEqual([300_000, 1_000_000]);
    expect([lineOf(r, "gold"), lineOf(r, "mayor"), lineOf(r, "zone")]).toEqual([[300_000, 300_000], [0, 0], [0, 700_000]]);
    expect(r.adjustments.map((a) => a.limit)).toEqual(["cap"]);
  });

  it("levels of different years do not meet", () => {
    expect(totalOf(run(levels("level"), [{ type: "mayor", date: "2025-12-31" }, { type: "nomination", date: "2026-01-01" }]))).toEqual([0, 1_300_000]);
  });
});

describe("maxCount — 不超过 N 个 / 累计不超过 N 次", () => {
  const counted = (per: "year" | "policy", max: number) =>
    policy([item("big", upTo(30), { unit: "项" }), item("small", upTo(10), { unit: "项" }), item("free", upTo(1))], {
      limits: [limit({ id: "n", kind: "maxCount", items: ["big", "small"], max, per })],
    });

  it("keeps the best N units of a year", () => {
    const r = run(counted("year", 5), [
      { type: "small", count: 3 },
      { type: "big", count: 4 },
      { type: "free" },
    ]);
    expect(totalOf(r)).toEqual([0, 1_310_000]);
    expect(lineOf(r, "big")).toEqual([0, 1_200_000]);
    expect(lineOf(r, "small")).toEqual([0, 100_000]);
    expect(statusOf(r, "small")).toBe("reduced");
    expect(r.adjustments).toMatchObject([{ limit: "n", year: 2026, effect: { min: 0, max: -200_000 }, lines: [0] }]);
  });

  it("counts each year on its own", () => {
    const r = run(counted("year", 5), [
      { type: "small", count: 3, date: "2025-06-01" },
      { type: "big", count: 4, date: "2026-01-01" },
    ]);
    expect(totalOf(r)).toEqual([0, 1_500_000]);
  });

  it("per policy counts across years (累计不超过 3 次)", () => {
    const r = run(counted("policy", 3), [
      { type: "big", count: 2, date: "2025-06-01" },
      { type: "big", count: 2, date: "2026-01-01" },
      { type: "small", date: "2026-02-01" },
    ]);
    expect(totalOf(r)).toEqual([0, 900_000]);
    expect(statusOf(r, "small")).toBe("dropped");
  });

  it("does nothing at exactly N", () => {
    const r = run(counted("year", 5), [{ type: "big", count: 5 }]);
    expect(totalOf(r)).toEqual([0, 1_500_000]);
    expect(r.adjustments).toEqual([]);
  });

  it("says how many units of the line it keeps, in the item's own unit (本项只计 2 件)", () => {
    const pieces = policy([item("pc", upTo(1), { unit: "件" })], {
      limits: [limit({ id: "n", kind: "maxCount", items: ["pc"], max: 2, per: "year" })],
    });
    const r = run(pieces, [{ type: "pc", count: 3 }]);
    expect(totalOf(r)).toEqual([0, 20_000]);
    expect(r.lines[0]!.notes).toEqual([expect.stringContaining("本项只计 2 件")]);
  });
});

describe("maxCount counts projects — one fact's lines under one same-matter rule are one project", () => {
  // A standard paid under two clauses (draft 5 万, advanced 2 万) is one project; "loose" reads the same fact outside the rule.
  const counted = (max: number) =>
    policy(
      [
        item("draft", fixed(5), { facts: [{ type: "std" }] }),
        item("advanced", fixed(2), { facts: [{ type: "std" }] }),
        item("loose", fixed(1), { facts: [{ type: "std" }] }),
        item("other", fixed(4)),
        item("big", fixed(8)),
      ],
      {
        limits: [
          limit({ id: "n", kind: "maxCount", items: ["draft", "advanced", "loose", "other", "big"], max, per: "year" }),
          limit({ id: "same", kind: "sameMatter", items: ["draft", "advanced"] }),
        ],
      },
    );
  const partial = (max: number) => ({ ...counted(max), items: counted(max).items.filter((i) => i.id !== "loose") });

  it("two clauses paying for one fact count once: two projects fit a count of two", () => {
    const r = run(partial(2), [{ type: "std" }, { type: "other" }]);
    expect(totalOf(r)).toEqual([90_000, 110_000]);
    expect(limitsHit(r)).toEqual(["same"]);
  });

  it("drops a project whole, all its lines together, and says so on each", () => {
    const r = run(partial(1), [{ type: "std" }, { type: "big" }]);
    expect(totalOf(r)).toEqual([80_000, 80_000]);
    expect(statusOf(r, "draft")).toBe("dropped");
    expect(statusOf(r, "advanced")).toBe("dropped");
    expect(r.adjustments).toMatchObject([{ limit: "n", effect: { min: -70_000, max: -70_000 }, lines: [0, 1], year: 2026 }]);
    expect(r.adjustments[0]!.explanation).toBe(
      "限额n：限额 n。2026 年共 2 项符合条件（第 1 项事项同时符合第draft条、第advanced条，按 1 项计），按金额从高到低保留 1 项，未计“事项 draft”和“事项 advanced”（同一项目）1 项",
    );
    expect(r.lines.find((l) => l.item === "draft")!.notes).toEqual(["限额n：限额 n，本项只计 0 项（与“事项 advanced”是同一项目，一并计算）"]);
  });

  it("keeps the project that pays more at most, though one of its lines alone pays less", () => {
    // draft + advanced: 7 万 at most, 5 万 certain; other: 4 万.
    const r = run(partial(1), [{ type: "other" }, { type: "std" }]);
    expect(totalOf(r)).toEqual([50_000, 70_000]);
    expect(statusOf(r, "other")).toBe("dropped");
  });

  it("between projects of the same maximum keeps the more certain one (same matter leaves only the surest line certain)", () => {
    // draft 2 万 + advanced 2 万 = 4 万 at most, 2 万 certain, stated first; other: 4 万 certain.
    const even = { ...partial(1), items: partial(1).items.map((i) => (i.id === "draft" ? { ...i, amount: fixed(2) } : i)) };
    const r = run(even, [{ type: "std" }, { type: "other" }]);
    expect(totalOf(r)).toEqual([40_000, 40_000]);
    expect(statusOf(r, "other")).toBe("payable");
  });

  it("a line of the same fact outside the same-matter rule is a project of its own", () => {
    const r = run(counted(1), [{ type: "std" }]);
    expect(totalOf(r)).toEqual([50_000, 70_000]);
    expect(statusOf(r, "loose")).toBe("dropped");
    expect(r.lines.find((l) => l.item === "loose")!.notes).toEqual(["限额n：限额 n，本项只计 0 项"]);
  });

  it("names only the clauses of this year's project, after a larger year was counted", () => {
    // 2025: other, and a fact under three clauses; 2026: big, and a fact under two. Each year keeps one project.
    const three = policy(
      [
        ...["draft", "advanced"].map((id) => item(id, fixed(id === "draft" ? 5 : 2), { facts: [{ type: "std" }] })),
        ...["draft3", "advanced3", "extra3"].map((id) => item(id, fixed(1), { facts: [{ type: "std3" }] })),
        item("other", fixed(4)),
        item("big", fixed(8)),
      ],
      {
        limits: [
          limit({ id: "n", kind: "maxCount", items: ["draft", "advanced", "draft3", "advanced3", "extra3", "other", "big"], max: 1, per: "year" }),
          limit({ id: "same", kind: "sameMatter", items: ["draft", "advanced", "draft3", "advanced3", "extra3"] }),
        ],
      },
    );
    const r = run(three, [
      { type: "other", date: "2025-03-01" },
      { type: "std3", date: "2025-03-01" },
      { type: "big", date: "2026-03-01" },
      { type: "std", date: "2026-03-01" },
    ]);
    expect(r.adjustments.find((a) => a.limit === "n" && a.year === 2026)!.explanation).toBe(
      "限额n：限额 n。2026 年共 2 项符合条件（第 4 项事项同时符合第draft条、第advanced条，按 1 项计），按金额从高到低保留 1 项，未计“事项 draft”和“事项 advanced”（同一项目）1 项",
    );
  });

  it("each unit of a fact is one project: three standards under two clauses, two kept", () => {
    const r = run(partial(2), [{ type: "std", count: 3 }]);
    expect(lineOf(r, "draft")).toEqual([100_000, 100_000]);
    expect(lineOf(r, "advanced")).toEqual([0, 40_000]);
    expect(r.adjustments.find((a) => a.limit === "n")!.explanation).toContain("第 1 项事项的 3 项各自同时符合第draft条、第advanced条，每项按 1 项计");
  });
});

describe("maxCount with maxPerYear — 每年给予…，累计资助不超过 3 次", () => {
  const yearly = policy([item("run", upTo(50)), item("free", upTo(1))], {
    limits: [limit({ id: "n", kind: "maxCount", items: ["run"], max: 3, maxPerYear: 1, per: "policy" })],
  });
  const claim = (date: string, wan: number): Fact => ({ type: "run", date, amount: wan * WAN });
  const sharePolicy = policy([item("run", { kind: "share", base: "amount", baseLabel: "运营成本", percent: { min: 0, max: 100 }, cap: 50 * WAN })], {
    limits: [limit({ id: "n", kind: "maxCount", items: ["run"], max: 3, maxPerYear: 1, per: "policy" })],
  });

  it("two claims in one year count once", () => {
    const r = run(yearly, [{ type: "run", date: "2026-03-01" }, { type: "run", date: "2026-05-01" }]);
    expect(totalOf(r)).toEqual([0, 500_000]);
    expect(r.adjustments).toMatchObject([{ limit: "n", year: 2026, effect: { min: 0, max: -500_000 } }]);
  });

  it("one claim a year over three years all count", () => {
    const r = run(yearly, [{ type: "run", date: "2025-03-01" }, { type: "run", date: "2026-03-01" }, { type: "run", date: "2027-01-01" }], { asOf: "2027-06-01" });
    expect(totalOf(r)).toEqual([0, 1_500_000]);
    expect(r.adjustments).toEqual([]);
  });

  it("the year keeps its best claim, then the policy period its best three", () => {
    // 2025: 40 and 40 → 40; 2026: 10; 2027: 10 and 5 → 10. Then three of 40, 10, 10 → 60 万 (not 40 + 40 + 10).
    const r = run(
      sharePolicy,
      [claim("2025-03-01", 40), claim("2025-09-01", 40), claim("2026-03-01", 10), claim("2027-01-01", 10), claim("2027-02-01", 5)],
      { asOf: "2027-06-01" },
    );
    expect(totalOf(r)).toEqual([0, 600_000]);
    expect(r.adjustments.map((a) => [a.limit, a.year])).toEqual([
      ["n", 2025],
      ["n", 2027],
    ]);
  });

  it("the cumulative count still binds after the yearly one (at most 2 in all)", () => {
    const two = policy([item("run", { kind: "share", base: "amount", baseLabel: "运营成本", percent: { min: 0, max: 100 }, cap: 50 * WAN })], {
      limits: [limit({ id: "n", kind: "maxCount", items: ["run"], max: 2, maxPerYear: 1, per: "policy" })],
    });
    // 2025: 40; 2026: 30 and 5 → 30; 2027: 20. Then two of 40, 30, 20 → 70 万.
    const r = run(two, [claim("2025-03-01", 40), claim("2026-03-01", 30), claim("2026-12-31", 5), claim("2027-01-01", 20)], { asOf: "2027-06-01" });
    expect(totalOf(r)).toEqual([0, 700_000]);
    expect(r.adjustments.map((a) => [a.limit, a.year ?? "policy"])).toEqual([
      ["n", 2026],
      ["n", "policy"],
    ]);
  });
});

describe("sameMatter — 同一单位不得因同一事项重复享受政策（由主管部门认定）", () => {
  const p = policy(
    [item("draft", fixed(5), { facts: [{ type: "std" }] }), item("advanced", fixed(2), { facts: [{ type: "std" }] }), item("maybe", upTo(8), { facts: [{ type: "std" }] })],
    { limits: [limit({ id: "same", kind: "sameMatter", items: ["draft", "advanced"] })] },
  );

  it("one fact under two items: certain only the larger, at most both", () => {
    const r = run(p, [{ type: "std" }]);
    expect(lineOf(r, "draft")).toEqual([50_000, 50_000]);
    expect(lineOf(r, "advanced")).toEqual([0, 20_000]);
    expect(statusOf(r, "advanced")).toBe("reduced");
    expect(lineOf(r, "maybe")).toEqual([0, 80_000]);
    expect(totalOf(r)).toEqual([50_000, 150_000]);
    expect(r.adjustments).toMatchObject([{ limit: "same", kind: "sameMatter", effect: { min: -20_000, max: 0 }, lines: [1], year: 2026 }]);
  });

  it("two facts are two matters: both stay certain", () => {
    const q = policy([item("draft", fixed(5)), item("advanced", fixed(2))], {
      limits: [limit({ id: "same", kind: "sameMatter", items: ["draft", "advanced"] })],
    });
    const r = run(q, [{ type: "draft" }, { type: "advanced" }]);
    expect(totalOf(r)).toEqual([70_000, 70_000]);
    expect(r.adjustments).toEqual([]);
  });

  it("keeps certain the line with the larger certain part, not the larger maximum", () => {
    const q = policy([item("open", upTo(10), { facts: [{ type: "std" }] }), item("sure", fixed(3), { facts: [{ type: "std" }] })], {
      limits: [limit({ id: "same", kind: "sameMatter", items: ["open", "sure"] })],
    });
    const r = run(q, [{ type: "std" }]);
    expect(totalOf(r)).toEqual([30_000, 130_000]);
    expect(r.adjustments).toEqual([]);
  });
});

describe("groupCap — 同一单位年度资助总额不超过 2 万元", () => {
  const p = policy([item("a", fixed(1.5)), item("b", fixed(1)), item("c", fixed(5))], {
    limits: [limit({ id: "g", kind: "groupCap", items: ["a", "b"], cap: 2 * WAN, per: "year" })],
  });

  it("cuts the group to the cap and leaves other items alone", () => {
    const r = run(p, [{ type: "b" }, { type: "a" }, { type: "c" }]);
    expect(totalOf(r)).toEqual([70_000, 70_000]);
    expect(lineOf(r, "a")).toEqual([15_000, 15_000]);
    expect(lineOf(r, "b")).toEqual([5_000, 5_000]);
    expect(lineOf(r, "c")).toEqual([50_000, 50_000]);
    expect(r.adjustments).toMatchObject([{ limit: "g", year: 2026, effect: { min: -5_000, max: -5_000 }, lines: [0] }]);
  });

  it("applies per calendar year", () => {
    expect(totalOf(run(p, [{ type: "a", date: "2025-12-31" }, { type: "b", date: "2026-01-01" }]))).toEqual([25_000, 25_000]);
  });

  it.each([
    ["group cap listed first", false],
    ["policy cap listed first", true],
  ])("meets a group cap before the policy cap around it (%s)", (_order, reversed) => {
    // 其中 a 类年度最高 10 万元；每家单位年度合计最高 80 万元. a 50 万 + b 40 万:
    // the group cap first leaves 10 + 40 = 50 万, under 80; the policy cap first would keep a 50 + b 30,
    // and the group cap would then cut a to 10: 40 万, paying 10 万 less than the text allows.
    const caps = [
      limit({ id: "group", kind: "groupCap", items: ["a"], cap: 10 * WAN, per: "year" }),
      limit({ id: "all", kind: "policyCap", cap: 80 * WAN, per: "year", kinds: ["organization"] }),
    ];
    const nested = policy([item("a", fixed(50)), item("b", fixed(40))], { limits: reversed ? caps.reverse() : caps });
    const r = run(nested, [{ type: "a" }, { type: "b" }]);
    expect(totalOf(r)).toEqual([500_000, 500_000]);
    expect(lineOf(r, "a")).toEqual([100_000, 100_000]);
    expect(lineOf(r, "b")).toEqual([400_000, 400_000]);
    expect(r.adjustments).toMatchObject([{ limit: "group", effect: { min: -400_000, max: -400_000 } }]);
  });

  it("meets a nested cap before the cap around it, whatever order the policy lists them in", () => {
    // 合计最高 30 万，其中 a 类最高 6 万: a 20 万 + b 20 万 → 6 + 20, not 30 then 6 + 10.
    const nested = policy([item("a", fixed(20)), item("b", fixed(20))], {
      limits: [
        limit({ id: "outer", kind: "groupCap", items: ["a", "b"], cap: 30 * WAN, per: "year" }),
        limit({ id: "inner", kind: "groupCap", items: ["a"], cap: 6 * WAN, per: "year" }),
      ],
    });
    const r = run(nested, [{ type: "a" }, { type: "b" }]);
    expect(totalOf(r)).toEqual([260_000, 260_000]);
    expect(limitsHit(r)).toEqual(["inner"]);
  });
});

describe("policyCap — 每家组织年度最高不超过 100 万元", () => {
  const p = policy([item("a", fixed(60)), item("b", upTo(50)), item("c", fixed(40))], {
    limits: [limit({ id: "cap", kind: "policyCap", cap: 100 * WAN, per: "year", kinds: ["organization"] })],
  });

  it("binds exactly at the cap without an adjustment", () => {
    const r = run(p, [{ type: "a" }, { type: "c" }]);
    expect(totalOf(r)).toEqual([1_000_000, 1_000_000]);
    expect(r.adjustments).toEqual([]);
  });

  it("cuts above the cap, certain money first", () => {
    const r = run(p, [{ type: "a" }, { type: "b" }, { type: "c" }]);
    expect(totalOf(r)).toEqual([1_000_000, 1_000_000]);
    expect(lineOf(r, "b")).toEqual([0, 0]);
    expect(statusOf(r, "b")).toBe("dropped");
    expect(r.adjustments).toMatchObject([{ limit: "cap", year: 2026, effect: { min: 0, max: -500_000 } }]);
  });

  it("each year has its own cap", () => {
    const r = run(p, [{ type: "a", date: "2025-06-01" }, { type: "b" }, { type: "c" }]);
    expect(totalOf(r)).toEqual([1_000_000, 1_500_000]);
  });

  it("does not bind the kinds it does not name", () => {
    expect(totalOf(run(p, [{ type: "a" }, { type: "b" }, { type: "c" }], { applicant: PERSON }))).toEqual([1_000_000, 1_500_000]);
  });
});

describe("quota — programme quotas are notes, never cuts", () => {
  it("notes the line and pays in full", () => {
    const p = policy([item("a", fixed(10))], { limits: [limit({ id: "q", kind: "quota", items: ["a"] })] });
    const r = run(p, [{ type: "a" }]);
    expect(totalOf(r)).toEqual([100_000, 100_000]);
    expect(r.adjustments).toEqual([]);
    expect(r.lines[0]).toMatchObject({ status: "payable", notes: [expect.stringContaining("限额 q")] });
  });
});

describe("cap allocation", () => {
  // certain 30 万; up to 80 万; 5–7 万 from a share; certain 12 万 over 3 units
  const p = (cap: number) =>
    policy(
      [
        item("fx", fixed(30)),
        item("up", upTo(80)),
        item("sh", { kind: "share", base: "amount", baseLabel: "支出", percent: { min: 50, max: 70 } }),
        item("units", fixed(4), { unit: "项" }),
      ],
      { limits: [limit({ id: "cap", kind: "policyCap", cap, per: "year", kinds: ["organization"] })] },
    );
  const facts: Fact[] = [{ type: "up" }, { type: "sh", amount: 10 * WAN }, { type: "fx" }, { type: "units", count: 3 }];
  const sumMin = 300_000 + 50_000 + 120_000;
  const sumMax = 300_000 + 800_000 + 70_000 + 120_000;

  it.each([0, 1, 99_999, 200_000, sumMin, sumMin + 1, 1_000_000, sumMax - 1, sumMax, 5_000_000])(
    "cap %i: lines add up to min(cap, Σmin) and min(cap, Σmax), each within 0 ≤ min ≤ max ≤ gross",
    (cap) => {
      const r = run(p(cap), facts);
      expect(totalOf(r)).toEqual([Math.min(cap, sumMin), Math.min(cap, sumMax)]);
      expect(r.lines.reduce((s, l) => s + l.min, 0)).toBe(r.total.min);
      expect(r.lines.reduce((s, l) => s + l.max, 0)).toBe(r.total.max);
      for (const l of r.lines) {
        expect(0 <= l.min && l.min <= l.max && l.max <= l.gross.max && l.min <= l.gross.min, JSON.stringify(l)).toBe(true);
      }
    },
  );
});

describe("the search over highest-only choices", () => {
  // 就高: 最高 100 万 or a certain 30 万; another certain 80 万; yearly cap 100 万.
  const p = (withCap: boolean) =>
    policy([item("maybe100", upTo(100)), item("sure30", fixed(30)), item("sure80", fixed(80))], {
      limits: [
        limit({ id: "hi", kind: "highestOnly", items: ["maybe100", "sure30"], per: "year" }),
        ...(withCap ? [limit({ id: "cap", kind: "policyCap", cap: 100 * WAN, per: "year", kinds: ["organization"] })] : []),
      ],
    });
  const facts: Fact[] = [{ type: "maybe100" }, { type: "sure30" }, { type: "sure80" }];

  it("keeps the certain 30 万 when the 100 万 yearly cap eats the uncertain 最高 100 万", () => {
    const r = run(p(true), facts);
    expect(totalOf(r)).toEqual([1_000_000, 1_000_000]);
    expect(statusOf(r, "maybe100")).toBe("dropped");
    expect(lineOf(r, "sure80")).toEqual([800_000, 800_000]);
    expect(lineOf(r, "sure30")).toEqual([200_000, 200_000]);
    expect(limitsHit(r)).toEqual(["hi", "cap"]);
  });

  it("keeps the 最高 100 万 when nothing caps it", () => {
    const r = run(p(false), facts);
    expect(totalOf(r)).toEqual([800_000, 1_800_000]);
    expect(statusOf(r, "sure30")).toBe("dropped");
  });

  it("when the cap makes two choices pay the same, keeps the higher award (就高) and cuts it", () => {
    // 就高: 30 万 or 25 万, another certain 80 万, yearly cap 100 万: either choice pays 100 万.
    const tie = policy([item("high", fixed(30)), item("low", fixed(25)), item("sure80", fixed(80))], {
      limits: [
        limit({ id: "hi", kind: "highestOnly", items: ["high", "low"], per: "year" }),
        limit({ id: "cap", kind: "policyCap", cap: 100 * WAN, per: "year", kinds: ["organization"] }),
      ],
    });
    const r = run(tie, [{ type: "low" }, { type: "high" }, { type: "sure80" }]);
    expect(totalOf(r)).toEqual([1_000_000, 1_000_000]);
    expect(statusOf(r, "low")).toBe("dropped");
    expect(lineOf(r, "high")).toEqual([200_000, 200_000]);
  });

  it("prefers the higher maximum first: without the 80 万 the 最高 100 万 stays", () => {
    expect(totalOf(run(p(true), facts.slice(0, 2)))).toEqual([0, 1_000_000]);
  });

  /** `groups` 就高 pairs of 最高 10 万 or a certain 3 万, with a certain 80 万 under a 100 万 cap: 2^groups combinations. */
  const manyGroups = (groups: number) => {
    const ids = Array.from({ length: groups }, (_, g) => [`m${g}`, `s${g}`] as const);
    const many = policy([...ids.flatMap(([m, s]) => [item(m, upTo(10)), item(s, fixed(3))]), item("sure80", fixed(80))], {
      limits: [
        ...ids.map(([m, s]) => limit({ id: `hi-${m}`, kind: "highestOnly", items: [m, s], per: "year" })),
        limit({ id: "cap", kind: "policyCap", cap: 100 * WAN, per: "year", kinds: ["organization"] }),
      ],
    });
    return run(many, [...ids.flatMap(([m, s]) => [{ type: m }, { type: s }]), { type: "sure80" }]);
  };

  it(`at exactly ${MAX_COMBINATIONS} combinations still tries them all`, () => {
    const groups = Math.log2(MAX_COMBINATIONS);
    expect(Number.isInteger(groups)).toBe(true);
    // 8 certain 3 万 + 80 万 = 104 万 fills the 100 万 cap for certain; the uncertain 最高 10 万 would not.
    const r = manyGroups(groups);
    expect(totalOf(r)).toEqual([1_000_000, 1_000_000]);
    expect(r.lines.filter((l) => /^m\d$/.test(l.item)).map((l) => l.status)).toEqual(Array(groups).fill("dropped"));
  });

  it(`beyond ${MAX_COMBINATIONS} combinations keeps each group's own best, and still respects every cap`, () => {
    const groups = Math.ceil(Math.log2(MAX_COMBINATIONS)) + 1;
    const r = manyGroups(groups);
    expect(totalOf(r)).toEqual([800_000, 1_000_000]);
    expect(r.lines.filter((l) => /^s\d$/.test(l.item)).map((l) => l.status)).toEqual(Array(groups).fill("dropped"));
  });
});
