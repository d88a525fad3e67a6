/**
 * When an entry counts: every choice made, a date, a count, every typed figure accepted and any
 * implausible one confirmed. Until then it is 待补全 and the engine never sees it (issue 11.4, 11.5).
 */
import { describe, expect, it } from "vitest";
import type { Fact } from "@/engine/types";
import { deriveFactGroups, fieldsFor, newFact, type FactForm } from "@/features/questionnaire/derive-questionnaire";
import { confirmedFigures, entryProblems, type Entry } from "@/features/questionnaire/entry-status";
import { CONFIRM_ABOVE } from "@/features/questionnaire/parse-input";
import { guangming } from "@policies/guangming";
import { jinshan } from "@policies/jinshan";

const formOf = (policy: typeof jinshan, type: string): FactForm => deriveFactGroups(policy, { kind: "organization" }).flatMap((g) => g.forms).find((f) => f.type === type)!;

const problems = (form: FactForm, fact: Fact, extra: Partial<Entry> = {}) =>
  entryProblems(fieldsFor(form, fact), { key: 0, fact, invalid: {}, confirmed: {}, ...extra }).map((p) => `${p.kind}:${p.message}`);

const standards = formOf(jinshan, "standard-project");
const finished: Fact = { type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 3, date: "2025-06-01" };

describe("an entry is finished only when everything it is asked is stated", () => {
  it("a new 政府质量奖 lacks its date and its award", () => {
    expect(problems(formOf(jinshan, "quality-award"), newFact(formOf(jinshan, "quality-award")))).toEqual(["missing:请选择日期", "missing:请选择奖项"]);
  });

  it("a finished standards entry has no problem", () => {
    expect(problems(standards, finished)).toEqual([]);
  });

  it("a cleared date or count is missing, not defaulted", () => {
    const { date: _d, ...undated } = finished;
    const { count: _c, ...uncounted } = finished;
    expect(problems(standards, undated)).toEqual(["missing:请选择日期"]);
    expect(problems(standards, uncounted)).toEqual(["missing:请填写项目数"]);
  });

  it("text that is not a value blocks the entry with the field's own message", () => {
    const { count: _c, ...uncounted } = finished;
    expect(problems(standards, uncounted, { invalid: { count: "项目数须为 0 或正整数，不能为负数" } })).toEqual([
      "invalid:项目数须为 0 或正整数，不能为负数",
    ]);
  });

  it("a message about a field not shown for this fact does not block it", () => {
    expect(problems(standards, finished, { invalid: { amount: "金额须为数字" } })).toEqual([]);
  });

  it("an amount is optional (a capped share is estimated at its cap) but a typing error in it is not", () => {
    const award = formOf(guangming, "quality-award");
    const fact: Fact = { type: "quality-award", award: "shenzhen-mayor-quality-award", date: "2025-06-01" };
    expect(problems(award, fact)).toEqual([]);
    expect(problems(award, fact, { invalid: { amount: "所获上级（市级）奖励金额不能为负数" } })).toEqual(["invalid:所获上级（市级）奖励金额不能为负数"]);
  });
});

describe("implausible figures wait for confirmation", () => {
  it("asks above the threshold and not at it", () => {
    expect(problems(standards, { ...finished, count: CONFIRM_ABOVE.count })).toEqual([]);
    expect(problems(standards, { ...finished, count: 99_999 })).toEqual(["confirm:待确认：项目数 99999 项，是否正确？"]);
  });

  it("a confirmation holds for the value confirmed only", () => {
    expect(problems(standards, { ...finished, count: 99_999 }, { confirmed: { count: 99_999 } })).toEqual([]);
    expect(problems(standards, { ...finished, count: 99_998 }, { confirmed: { count: 99_999 } })).toHaveLength(1);
  });

  it("amounts above 1 亿元 are asked in 万元", () => {
    const award = formOf(guangming, "quality-award");
    const fact: Fact = { type: "quality-award", award: "shenzhen-mayor-quality-award", date: "2025-06-01", amount: 150_000_000 };
    expect(problems(award, fact)).toEqual(["confirm:待确认：所获上级（市级）奖励金额 15,000 万元，是否正确？"]);
    expect(problems(award, { ...fact, amount: CONFIRM_ABOVE.yuan })).toEqual([]);
  });

  it("figures that arrive in a finished link count as confirmed", () => {
    const fact = { ...finished, count: 99_999 };
    expect(problems(standards, fact, { confirmed: confirmedFigures(fact) })).toEqual([]);
  });
});
