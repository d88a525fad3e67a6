/**
 * The questionnaire, the upload template and the fact catalogue read the same dating as the engine:
 * where a fact is claimed the year after its date, they ask for that date (存量日期, 取得日期) and
 * start it at the year end before today; elsewhere the date is the day it happened.
 */
import { describe, expect, it } from "vitest";
import type { Applicant } from "@/engine/types";
import { deriveFactGroups, fieldsFor, newFact, type FactForm } from "@/features/questionnaire/derive-questionnaire";
import { describeFactMatch } from "@/features/policy-browser/describe-encoding";
import { factsCatalog } from "@/lib/api/facts-catalog";
import { columnGuide, templateExamples } from "@/lib/batch/template";
import type { Policy } from "@/engine/types";
import { guangming } from "@policies/guangming";
import { jinshan } from "@policies/jinshan";
import { linyi } from "@policies/linyi";

const ORG: Applicant = { kind: "organization" };
const TODAY = "2026-03-15";

const formOf = (p: Policy, type: string): FactForm => deriveFactGroups(p, ORG).flatMap((g) => g.forms).find((f) => f.type === type)!;
const dateOf = (form: FactForm) => fieldsFor(form, newFact(form, TODAY)).find((f) => f.name === "date")!;

describe("the questionnaire asks for the date the policy means", () => {
  it("临沂市 年末拥有的高价值发明专利: asks the 存量日期 and starts it at the end of last year", () => {
    const form = formOf(linyi, "high-value-patent-stock");
    expect(dateOf(form).label).toBe("存量日期");
    expect(newFact(form, TODAY).date).toBe("2025-12-31");
  });

  it("光明区（二十四）专利代理师: asks the 取得日期, claimed the year after", () => {
    const form = formOf(guangming, "qualified-person");
    expect(form.dating?.label).toBe("取得日期");
    expect(dateOf(form).label).toBe("取得日期");
    expect(newFact(form, TODAY).date).toBe("2025-12-31");
  });

  it("an award is dated the day it was won, starting today", () => {
    const form = formOf(jinshan, "quality-award");
    expect(form.dating).toBeUndefined();
    expect(dateOf(form).label).toBe("日期");
    expect(newFact(form, TODAY).date).toBe(TODAY);
  });
});

describe("the upload template and the catalogue say the same", () => {
  it("the 日期 column explains the 存量日期 of 临沂市's stock and the 取得日期 of 光明区（二十四）", () => {
    const date = (p: Policy) => String(columnGuide(p).rows.find((r) => r[0] === "日期")![2]);
    expect(date(linyi)).toContain("年末拥有的高价值发明专利填存量日期（填拥有量的统计日，即上一年度的 12 月 31 日；按次年申报计）");
    expect(date(guangming)).toContain("人才资格与聘任填取得日期");
    expect(date(jinshan)).toBe("YYYY-MM-DD，不填按计算日期");
  });

  it("example rows date 临沂市's stock at the year end before the example claim (2023-03-03)", () => {
    const facts = templateExamples(linyi).flatMap((e) => e.facts);
    expect(facts.find((f) => f.type === "high-value-patent-stock")?.date).toBe("2022-12-31");
    expect(facts.find((f) => f.type === "quality-award")?.date).toBe("2023-03-03");
  });

  it("GET /api/v1/facts labels the stock's date as a 存量日期", () => {
    const stock = factsCatalog().facts.find((f) => f.type === "high-value-patent-stock")!;
    expect(stock.inputs.find((i) => i.name === "date")).toMatchObject({ label: "存量日期" });
  });

  it("the policy page's encoding says the fact is claimed the year after", () => {
    const item = linyi.items.find((i) => i.id === "ly-4-7-protection")!;
    expect(describeFactMatch(item.facts[0]!)).toBe("年末拥有的高价值发明专利（日期为存量日期，按次年申报计）");
  });
});
