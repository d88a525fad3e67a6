/**
 * When each policy's facts are claimed, and what each says of achievements dated before it.
 *
 * A stock at a past date (临沂市 知识产权保护奖励“上一年度末拥有…”) and an event the text pays the
 * year after (光明区（十七）“在上一年还清贷款本息”、（二十四）“于上一年度取得”) are claimed in the
 * year after their date: that claim year is what the window and the per-year limits see. Before
 * its window a line says which earlier document covered the fact, where the text names one.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/engine";
import type { Applicant, Evaluation, Fact, Policy } from "@/engine/types";
import { changning } from "@policies/changning";
import { guangming } from "@policies/guangming";
import { policies } from "@policies/index";
import { jinshan } from "@policies/jinshan";
import { linyi } from "@policies/linyi";
import { songjiang } from "@policies/songjiang";

const WAN = 10_000;
const ORG: Applicant = { kind: "organization" };
const run = (policy: Policy, facts: Fact[], asOf: string, applicant = ORG): Evaluation => evaluate({ policy, applicant, facts, asOf });
const total = (r: Evaluation) => [r.total.min, r.total.max];
const squash = (s: string) => s.replace(/\s+/g, "");
const sourceOf = (p: Policy) => squash(readFileSync(new URL(`../../../policies/sources/${p.sourceFile}`, import.meta.url), "utf8"));

describe("临沂市 知识产权奖补资助（七）：上一年度末拥有的高价值发明专利在次年申报", () => {
  const held = (count: number, date = "2022-12-31"): Fact => ({ type: "high-value-patent-stock", count, date });

  it.each([
    [9, 0],
    [10, 5],
    [19, 5],
    [20, 10],
    [49, 10],
    [50, 20],
  ])("2022 年末拥有 %i 件，2023-06-30 计算：最高 %i 万元（“最高给予”，确定部分 0）", (count, max) => {
    const r = run(linyi, [held(count)], "2023-06-30");
    expect(total(r), r.trace?.join("\n")).toEqual([0, max * WAN]);
    const line = r.lines.find((l) => l.item === "ly-4-7-protection")!;
    expect(line.year).toBe(2023);
    expect(r.reasons.filter((x) => x.code === "fact-outside-window")).toEqual([]);
  });

  it("the line and the trace say the stock date and the claim year", () => {
    const r = run(linyi, [held(25)], "2023-06-30");
    const line = r.lines[0]!;
    expect(line.status).toBe("payable");
    expect(line.notes).toContain("存量日期 2022-12-31，按次年 2023 年申报计");
    expect(r.trace).toContain("  · 存量日期 2022-12-31，按次年 2023 年申报计");
  });

  it("2021 年末的拥有量在 2022 年申报，早于手册：不计，并说明此前的事项", () => {
    const r = run(linyi, [held(50, "2021-12-31")], "2023-06-30");
    expect(total(r)).toEqual([0, 0]);
    expect(r.lines[0]!.status).toBe("outside-window");
    expect(r.lines[0]!.notes[0]).toMatch(/^存量日期 2021-12-31，按次年 2022 年申报，早于政策适用期起始日 2023-02-01。手册编印于 2023 年 2 月/);
  });

  it("每个申报年度评定一次：同一年末的两个拥有量按高的一档计，核减记在申报年度", () => {
    const r = run(linyi, [held(15), held(25)], "2023-06-30");
    expect(total(r)).toEqual([0, 10 * WAN]);
    expect(r.adjustments).toEqual([expect.objectContaining({ limit: "ly-4-7-once-a-year", year: 2023 })]);
  });

  it("两个年末的拥有量在两个申报年度各计一次", () => {
    const r = run(linyi, [held(15, "2022-12-31"), held(25, "2023-12-31")], "2024-06-30");
    expect(total(r)).toEqual([0, 15 * WAN]);
    expect(r.lines.map((l) => l.year)).toEqual([2023, 2024]);
    expect(r.adjustments).toEqual([]);
  });
});

describe("光明区：上一年的事项在次年申报", () => {
  const certificate = (date: string): Fact => ({ type: "qualified-person", role: "patent-attorney", date });
  const loan = (date: string, amount = 200_000): Fact => ({ type: "ip-pledge-loan", repaidLastYear: true, amount, date });

  it("（二十四）2021 年取得专利代理师资格，2022 年申报：在（二十五）的追溯期内，最高 3 万元", () => {
    const r = run(guangming, [certificate("2021-06-01")], "2024-06-30");
    expect(total(r)).toEqual([0, 3 * WAN]);
    expect(r.lines[0]!.notes).toContain("取得日期 2021-06-01，按次年 2022 年申报计");
  });

  it("（二十四）2021 年以前取得的，次年申报也早于追溯期：不计", () => {
    const r = run(guangming, [certificate("2020-12-31")], "2024-06-30");
    expect(total(r)).toEqual([0, 0]);
    expect(r.lines[0]!.notes[0]).toContain("本措施追溯到 2022 年 1 月 1 日为止");
  });

  it("（二十四）2028 年取得的要到 2029 年申报，本措施已于 2028-10-23 到期：不计", () => {
    const r = run(guangming, [certificate("2028-05-01")], "2028-10-01");
    expect(r.inForce).toBe(true);
    expect(total(r)).toEqual([0, 0]);
    expect(r.lines[0]!.notes[0]).toBe("取得日期 2028-05-01，按次年 2029 年申报，不在政策适用期 2022-01-01 至 2028-10-23 内");
  });

  it("（十七）2028 年还清的贷款，利息资助在 2029 年申报：本措施已到期，不计", () => {
    expect(total(run(guangming, [loan("2028-03-01")], "2028-10-01"))).toEqual([0, 0]);
    expect(total(run(guangming, [loan("2027-03-01")], "2028-10-01"))).toEqual([0, 14 * WAN]);
  });

  it("（十七）2021 年还清、2022 年申报：在追溯期内", () => {
    expect(total(run(guangming, [loan("2021-09-01")], "2024-06-30"))).toEqual([0, 14 * WAN]);
  });

  it("（十七）年度资助总额按申报年度合计：2023 年内两次还清的贷款同在 2024 年封顶 50 万元", () => {
    const r = run(guangming, [loan("2023-03-01", 400_000), loan("2023-11-01", 400_000)], "2024-06-30");
    expect(total(r)).toEqual([0, 50 * WAN]);
    expect(r.adjustments).toEqual([expect.objectContaining({ limit: "gm-17-yearly-cap", year: 2024 })]);
  });

  it("other readers of the same fact types are claimed on their own date (长宁区 专利代理师 is not shifted)", () => {
    const reader = changning.items.find((i) => i.facts.some((m) => m.type === "qualified-person"))!;
    expect(reader.facts.every((m) => m.dating === undefined)).toBe(true);
  });
});

describe("此前的事项：每一项政策都说明早于适用期的事项怎么办", () => {
  it.each(policies.map((p) => [p.shortName, p] as const))("%s 写明了此前事项的读法，所引文件都在原文中", (_name, policy) => {
    const earlier = policy.effective.earlier!;
    expect(earlier.text.length).toBeGreaterThan(10);
    if (earlier.document) expect(sourceOf(policy)).toContain(squash(earlier.document));
    // A document is named only where the text names one: every 〔year〕number in the reading is in the text.
    for (const doc of earlier.text.match(/[\p{Script=Han}]+〔\d{4}〕\d+号/gu) ?? []) expect(sourceOf(policy)).toContain(squash(doc));
  });

  it("金山区：2025 年 3 月获上海市质量金奖，行的说明指出适用已废止的金市监质〔2024〕4号", () => {
    const r = run(jinshan, [{ type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-03-15" }], "2025-06-30");
    expect(total(r)).toEqual([0, 0]);
    const line = r.lines[0]!;
    expect(line.status).toBe("outside-window");
    expect(line.notes[0]).toContain("金市监质〔2024〕4号");
    expect(line.notes[0]).toContain("已自本细则印发之日起废止");
    expect(r.reasons.find((x) => x.code === "fact-outside-window")!.message).toContain("金市监质〔2024〕4号");
  });

  it("长宁区：2024 年 4 月 8 日前的事项指向已废止的长市监规〔2021〕1号", () => {
    const r = run(changning, [{ type: "quality-award", award: "china-quality-award", date: "2024-03-01" }], "2024-06-30");
    expect(r.lines.every((l) => l.status === "outside-window")).toBe(true);
    expect(r.lines[0]!.notes[0]).toContain("长市监规〔2021〕1号");
  });

  it("光明区、临沂市、松江区没有点名此前的文件，说明文本未作规定", () => {
    expect(guangming.effective.earlier!.document).toBeUndefined();
    expect(linyi.effective.earlier!.document).toBeUndefined();
    expect(songjiang.effective.earlier!.document).toBeUndefined();
  });
});
