import { describe, expect, it } from "vitest";
import { moneyText, parseCount, parseMoney, parsePercent } from "@/features/questionnaire/parse-input";

const money = { label: "保费", max: 1_000_000_000, required: false };
const value = (p: ReturnType<typeof parseMoney>) => (p.ok ? p.value : p.error);

describe("amounts typed in 元 or 万元 become integer yuan", () => {
  it.each([
    ["12.5", "wan", 125_000],
    ["0.0001", "wan", 1],
    ["0.3", "wan", 3_000],
    ["1,000,000", "yuan", 1_000_000],
    ["１２．５", "wan", 125_000],
    ["125000.00", "yuan", 125_000],
    ["", "wan", undefined],
  ] as const)("%s %s → %s", (text, unit, expected) => {
    expect(value(parseMoney(text, unit, money))).toBe(expected);
  });

  it.each([
    ["12.5", "yuan", "保费须为整数元，不计角分"],
    ["0.00001", "wan", "以万元填写时最多 4 位小数（精确到元）"],
    ["-5", "wan", "保费不能为负数"],
    ["－5", "yuan", "保费不能为负数"],
    ["abc", "yuan", "保费须为数字，例如 125000"],
    ["100001", "wan", "保费不能超过 100,000 万元"],
  ] as const)("%s %s is refused: %s", (text, unit, message) => {
    expect(value(parseMoney(text, unit, money))).toBe(message);
  });

  it("a required amount left blank says so", () => {
    expect(value(parseMoney(" ", "wan", { ...money, required: true }))).toBe("请填写保费");
  });

  it("shows a stored amount in the chosen unit without float noise", () => {
    expect(moneyText(125_000, "wan")).toBe("12.5");
    expect(moneyText(1, "wan")).toBe("0.0001");
    expect(moneyText(3_000, "yuan")).toBe("3000");
    expect(moneyText(undefined, "wan")).toBe("");
    for (const y of [1, 99, 3_000, 125_000, 1_234_567]) expect(value(parseMoney(moneyText(y, "wan"), "wan", money))).toBe(y);
  });
});

describe("counts and percentages", () => {
  const count = { label: "项目数", max: 100_000, required: false };
  it("accepts zero and whole numbers in range", () => {
    expect(parseCount("3", count)).toEqual({ ok: true, value: 3 });
    expect(parseCount("0", count)).toEqual({ ok: true, value: 0 });
    expect(parseCount("３", count)).toEqual({ ok: true, value: 3 });
    expect(parseCount("1,000", count)).toEqual({ ok: true, value: 1000 });
    expect(parseCount("", count)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    // Issue 11.5: −3 used to be reported as 须为数字.
    ["-3", "项目数须为 0 或正整数，不能为负数"],
    ["−3", "项目数须为 0 或正整数，不能为负数"],
    ["－３", "项目数须为 0 或正整数，不能为负数"],
    ["2.5", "项目数须为 0 或正整数，不能有小数"],
    ["abc", "项目数须为数字"],
    ["3项", "项目数须为数字"],
    ["1e3", "项目数须为数字"],
    ["100001", "项目数不能超过 100000"],
  ])("%s is refused: %s", (text, message) => {
    expect(parseCount(text, count)).toEqual({ ok: false, error: message });
  });

  it("a required count left blank says so", () => {
    expect(parseCount(" ", { ...count, required: true })).toEqual({ ok: false, error: "请填写项目数" });
  });

  it("takes a percentage with or without the sign, up to 100", () => {
    expect(parsePercent("39.5", { label: "成熟度", required: true })).toEqual({ ok: true, value: 39.5 });
    expect(parsePercent("40%", { label: "成熟度", required: true })).toEqual({ ok: true, value: 40 });
    expect(parsePercent("101", { label: "成熟度", required: true })).toEqual({ ok: false, error: "成熟度不能超过 100%" });
    expect(parsePercent("-5", { label: "成熟度", required: true })).toEqual({ ok: false, error: "成熟度不能为负数" });
    expect(parsePercent("五十", { label: "成熟度", required: true })).toEqual({ ok: false, error: "成熟度须为 0 到 100 之间的数字" });
  });
});
