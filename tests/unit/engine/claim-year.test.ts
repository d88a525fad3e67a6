/**
 * Facts claimed in the year after their date (a stock at a year end, 上一年度末拥有…; an event the
 * text pays the next year, 于上一年度取得…): the claim year, not the date, is what the window and
 * the per-year limits see (SPEC.md, Dates). And a fact dated before the window says what the text
 * says of earlier achievements.
 *
 * The synthetic policy is in force 2025-01-01 … 2027-12-31; facts are evaluated as of 2026-06-01.
 */
import { describe, expect, it } from "vitest";
import { claimDate, claimProblem, claimYear, dayOf } from "@/engine/dates";
import type { Dating, Fact, FactMatch, Policy } from "@/engine/types";
import { item, lineOf, limit, policy, run, totalOf, WAN } from "./synthetic";

const STOCK: Dating = { claimed: "next-year", label: "存量日期", hint: "填上一年度的 12 月 31 日" };
const TEN = { kind: "fixed", yuan: 10 * WAN } as const;

/** Item `s` pays 10 万 on a stock; item `e` pays 10 万 on an event dated the day it happened. */
const stockItem = (extra: Partial<Policy> = {}) =>
  policy([item("s", TEN, { facts: [{ type: "s", dating: STOCK }] }), item("e", TEN)], extra);

const stock = (date: string): Fact => ({ type: "s", date });

describe("claimDate / claimYear — the one place a fact's date becomes its claim", () => {
  it.each([
    // date, dating, window from, to → first day the claim can be made inside the window
    ["2024-12-31", STOCK, "2025-01-01", "2027-12-31", "2025-01-01"],
    ["2022-12-31", STOCK, "2023-02-01", null, "2023-02-01"],
    ["2023-12-31", STOCK, "2025-01-01", "2027-12-31", null],
    ["2027-12-31", STOCK, "2025-01-01", "2027-12-31", null],
    ["2026-12-31", STOCK, "2025-01-01", "2027-12-31", "2027-01-01"],
    ["2024-12-31", undefined, "2025-01-01", "2027-12-31", null],
    ["2025-01-01", undefined, "2025-01-01", "2027-12-31", "2025-01-01"],
  ] as const)("%s (%o) in %s … %s is claimed on %s", (date, dating, from, to, expected) => {
    expect(claimDate(date, dating, from, to)).toBe(expected);
  });

  it.each([
    // date, dating, asOf → why the claim cannot be made on asOf (window 2025-01-01 … 2027-12-31)
    ["2025-12-31", STOCK, "2026-06-01", null],
    ["2025-12-31", STOCK, "2025-12-31", { kind: "not-yet-open", claim: "2026-01-01" }],
    ["2026-03-10", STOCK, "2026-06-01", { kind: "not-yet-open", claim: "2027-01-01" }],
    ["2027-03-10", STOCK, "2027-06-01", { kind: "outside-window", before: false }],
    ["2023-12-31", STOCK, "2026-06-01", { kind: "outside-window", before: true }],
    ["2026-07-01", STOCK, "2026-06-01", { kind: "after-as-of" }],
    ["2026-06-01", undefined, "2026-06-01", null],
    ["2024-12-31", undefined, "2026-06-01", { kind: "outside-window", before: true }],
  ] as const)("claimProblem(%s, %o) on %s → %o", (date, dating, asOf, expected) => {
    expect(claimProblem(date, dating, "2025-01-01", "2027-12-31", asOf)).toEqual(expected);
  });

  it("a stock is claimed in the calendar year after its date; an event in its own", () => {
    expect(claimYear("2022-12-31", STOCK)).toBe(2023);
    expect(claimYear("2022-12-31", undefined)).toBe(2022);
  });
});

describe("dates read as numbers (the quick check of a fact dated on its own date)", () => {
  it("YYYY-MM-DD becomes yyyymmdd, which orders as the strings do", () => {
    const dates = ["0999-12-31", "2024-12-31", "2025-01-01", "2025-01-09", "2025-01-10", "2025-10-01", "2026-06-01", "9999-12-31"];
    expect(dates.map(dayOf)).toEqual([9991231, 20241231, 20250101, 20250109, 20250110, 20251001, 20260601, 99991231]);
    for (let a = 0; a < dates.length; a++) for (let b = 0; b < dates.length; b++) expect(dayOf(dates[a]!) < dayOf(dates[b]!)).toBe(dates[a]! < dates[b]!);
  });

  it.each(["2025-1-05", "2025-01-5", "20250-1-01", "2025/01/05", "2025-01-0a", "a025-01-05", "+025-01-05", "2025-01-05T00", "", "２０２５-01-05"])(
    "%j is not read as a number (-1): the strings are compared instead",
    (d) => expect(dayOf(d)).toBe(-1),
  );

  it.each([
    // date → pays? (window 2025-01-01 … 2027-12-31, calculated on 2026-06-01)
    ["2024-12-31", false],
    ["2025-01-01", true],
    ["2026-06-01", true],
    ["2026-06-02", false],
    // Not written YYYY-MM-DD: read as the strings compare, as before the quick check existed.
    ["2025-1-05", true],
    ["2026-6-01", false],
  ] as const)("an event dated %s pays: %s, in the year of its date", (date, pays) => {
    const r = run(stockItem(), [{ type: "e", date }]);
    expect(lineOf(r, "e")).toEqual(pays ? [10 * WAN, 10 * WAN] : [0, 0]);
    if (pays) expect(r.lines[0]!.year).toBe(Number(date.slice(0, 4)));
    expect(r.reasons.some((x) => x.fact === 0)).toBe(!pays);
  });
});

describe("the window sees the claim year", () => {
  it("a stock dated before the window whose claim year is inside pays, and says when it is claimed", () => {
    const r = run(stockItem(), [stock("2024-12-31")]);
    expect(lineOf(r, "s")).toEqual([10 * WAN, 10 * WAN]);
    const line = r.lines[0]!;
    expect(line.status).toBe("payable");
    expect(line.year).toBe(2025);
    expect(line.notes).toContain("存量日期 2024-12-31，按次年 2025 年申报计");
    expect(line.calc[0]).toEqual({ kind: "claim", label: "存量日期", date: "2024-12-31", year: 2025 });
    expect(r.trace).toContain("  · 存量日期 2024-12-31，按次年 2025 年申报计");
    // said once in the trace, not again as a note
    expect(r.trace!.filter((t) => t.includes("按次年")).length).toBe(1);
  });

  it("the same date on an event is outside the window: only the dating makes the difference", () => {
    const r = run(stockItem(), [{ type: "e", date: "2024-12-31" }]);
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.lines[0]!.status).toBe("outside-window");
  });

  it("a stock whose claim year is before the window pays nothing, and the reason names the claim year", () => {
    const r = run(stockItem(), [stock("2023-12-31")]);
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.lines[0]!.status).toBe("outside-window");
    expect(r.reasons).toContainEqual(
      expect.objectContaining({ code: "fact-outside-window", fact: 0, message: "存量日期 2023-12-31，按次年 2024 年申报，不在政策适用期 2025-01-01 至 2027-12-31 内" }),
    );
  });

  it("the window's end counts too: a stock of the window's last day is claimed after it closes", () => {
    const r = run(stockItem(), [stock("2027-12-31")], { asOf: "2027-12-31" });
    expect(r.inForce).toBe(true);
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.lines[0]!.status).toBe("outside-window");
    // one year earlier it is claimed in the window's last year
    expect(totalOf(run(stockItem(), [stock("2026-12-31")], { asOf: "2027-12-31" }))).toEqual([10 * WAN, 10 * WAN]);
  });

  it("a window opening mid-year still takes the stock of the year end before it (claimed from the start)", () => {
    const midYear = stockItem({ effective: { clause: "第九条", quote: "自2025年4月1日起施行", from: "2025-04-01", to: null } });
    expect(totalOf(run(midYear, [stock("2024-12-31")]))).toEqual([10 * WAN, 10 * WAN]);
    expect(totalOf(run(midYear, [stock("2023-12-31")]))).toEqual([0, 0]);
  });

  it("an undated stock is claimed in the calculation year: dated at the year end before it", () => {
    const r = run(stockItem(), [{ type: "s" }, { type: "e" }]);
    expect(r.lines.map((l) => l.year)).toEqual([2026, 2026]);
    expect(r.lines[0]!.notes).toEqual(["存量日期 2025-12-31，按次年 2026 年申报计"]);
  });

  it("a fact claimed in the year after the calculation date's pays nothing yet, and says when it can be claimed", () => {
    const r = run(stockItem(), [stock("2026-03-31")]);
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.lines[0]!.status).toBe("outside-window");
    const why = "存量日期 2026-03-31，按次年 2027 年申报，2027-01-01 起才能申报，计算日期 2026-06-01 尚不能申报";
    expect(r.reasons).toEqual([expect.objectContaining({ code: "claim-not-yet-open", fact: 0, message: why })]);
    expect(r.lines[0]!.notes).toEqual([why]);
    // from the first day of the claim year it pays
    expect(totalOf(run(stockItem(), [stock("2026-03-31")], { asOf: "2027-01-01" }))).toEqual([10 * WAN, 10 * WAN]);
  });

  it("a stock dated after the calculation date is not yet known", () => {
    const r = run(stockItem(), [stock("2026-12-31")]);
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.reasons).toContainEqual(expect.objectContaining({ code: "fact-after-as-of", fact: 0 }));
  });

  it("an item may date a fact its own way: the same fact pays under one item and is outside the window under the other", () => {
    const lastYear: FactMatch = { type: "c", dating: { claimed: "next-year", label: "取得日期", hint: "填取得证书的日期" } };
    const p = policy([item("next", TEN, { facts: [lastYear] }), item("same", TEN, { facts: [{ type: "c" }] })]);
    const r = run(p, [{ type: "c", date: "2027-06-01" }], { asOf: "2027-12-31" });
    expect(lineOf(r, "same")).toEqual([10 * WAN, 10 * WAN]);
    expect(lineOf(r, "next")).toEqual([0, 0]);
    expect(r.lines.find((l) => l.item === "next")!.notes).toEqual(["取得日期 2027-06-01，按次年 2028 年申报，不在政策适用期 2025-01-01 至 2027-12-31 内"]);
    expect(r.reasons.filter((x) => x.code === "fact-outside-window")).toHaveLength(1);
  });
});

describe("per-year limits group by the claim year", () => {
  it("a year-end stock shares the next year's cap with that year's events", () => {
    const p = stockItem({ limits: [limit({ id: "g", kind: "groupCap", items: ["s", "e"], cap: 15 * WAN, per: "year" })] });
    const r = run(p, [stock("2025-12-31"), { type: "e", date: "2026-03-01" }]);
    expect(totalOf(r)).toEqual([15 * WAN, 15 * WAN]);
    expect(r.adjustments).toEqual([expect.objectContaining({ limit: "g", year: 2026 })]);
  });

  it("and not the cap of the year it is dated in", () => {
    const p = stockItem({ limits: [limit({ id: "g", kind: "groupCap", items: ["s", "e"], cap: 15 * WAN, per: "year" })] });
    const r = run(p, [stock("2025-12-31"), { type: "e", date: "2025-03-01" }]);
    expect(totalOf(r)).toEqual([20 * WAN, 20 * WAN]);
    expect(r.adjustments).toEqual([]);
  });

  it("a count per year keeps one of a stock and an event claimed in the same year", () => {
    const p = stockItem({ limits: [limit({ id: "n", kind: "maxCount", items: ["s", "e"], max: 1, per: "year" })] });
    expect(totalOf(run(p, [stock("2025-12-31"), { type: "e", date: "2026-02-01" }]))).toEqual([10 * WAN, 10 * WAN]);
    expect(totalOf(run(p, [stock("2024-12-31"), { type: "e", date: "2026-02-01" }]))).toEqual([20 * WAN, 20 * WAN]);
  });
});

describe("achievements dated before the window", () => {
  const earlier = {
    clause: "第九条",
    quote: "原细则（示市监〔2024〕1号）同时废止",
    document: "示市监〔2024〕1号",
    text: "2025 年 1 月 1 日前的事项适用已废止的原细则（示市监〔2024〕1号），本细则不予计算。",
  };
  const p = policy([item("a", TEN)], {
    effective: { clause: "第九条", quote: "自2025年1月1日起施行，有效期至2027年12月31日", from: "2025-01-01", to: "2027-12-31", earlier },
  });

  it("the line and the reason say which document covered them", () => {
    const r = run(p, [{ type: "a", date: "2024-12-31" }]);
    expect(r.lines[0]!.status).toBe("outside-window");
    expect(r.lines[0]!.notes[0]).toBe(`事项日期 2024-12-31 不在政策适用期 2025-01-01 至 2027-12-31 内。${earlier.text}`);
    expect(r.reasons[0]!.message).toContain("示市监〔2024〕1号");
  });

  it("a fact after the window's end is not told about the earlier document", () => {
    const r = run(p, [{ type: "a", date: "2028-01-02" }], { asOf: "2028-01-02" });
    expect(r.reasons.map((x) => x.message).join()).not.toContain("示市监");
  });
});
