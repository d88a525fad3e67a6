/**
 * The questionnaire asks only what the chosen policy pays for. Checked on Jinshan (the exemplar)
 * and on small made-up policies for the mechanisms Jinshan does not use.
 */
import { describe, expect, it } from "vitest";
import type { Applicant, Fact } from "@/engine/types";
import {
  applicantQuestions,
  deriveFactGroups,
  fieldsFor,
  newFact,
  normalizeApplicant,
  normalizeFact,
  type FactForm,
} from "@/features/questionnaire/derive-questionnaire";
import { changning } from "@policies/changning";
import { jinshan } from "@policies/jinshan";
import { item, limit, policy, WAN } from "../engine/synthetic";

const ORG: Applicant = { kind: "organization" };
const PERSON: Applicant = { kind: "individual" };
const TODAY = "2026-03-15";

const formOf = (p = jinshan, type: string, applicant: Applicant = ORG): FactForm => {
  const form = deriveFactGroups(p, applicant)
    .flatMap((g) => g.forms)
    .find((f) => f.type === type);
  if (!form) throw new Error(`no form for ${type}`);
  return form;
};
const names = (form: FactForm, fact: Fact) => fieldsFor(form, fact).map((f) => f.name);
const options = (form: FactForm, fact: Fact, name: string) => fieldsFor(form, fact).find((f) => f.name === name)?.options?.map((o) => o.value);

describe("which facts are asked", () => {
  it("Jinshan asks an organisation about its quality, brand, standards, testing and talent facts — no patents, no insurance", () => {
    const groups = deriveFactGroups(jinshan, ORG);
    expect(groups.map((g) => g.label)).toEqual(["质量奖项", "品牌与认证", "标准化", "检验检测与计量", "人才"]);
    expect(groups.flatMap((g) => g.forms.map((f) => f.type))).not.toContain("patent-grant");
  });

  it("offers only the quality awards Jinshan pays for, labelled as the vocabulary names them", () => {
    const form = formOf(jinshan, "quality-award");
    expect(options(form, { type: "quality-award" }, "award")).toEqual([
      "china-quality-award",
      "china-quality-award-nomination",
      "shanghai-mayor-quality-award",
      "shanghai-quality-gold-award",
      "district-quality-award",
    ]);
    expect(form.fields.find((f) => f.name === "award")?.options?.[3]?.label).toBe("上海市质量金奖");
    expect(form.clauses).toEqual(["第五条 政府质量奖"]);
  });

  it("asks an individual only about the honours Jinshan gives to persons", () => {
    const types = deriveFactGroups(jinshan, PERSON).flatMap((g) => g.forms.map((f) => f.type));
    expect(types).toEqual(["quality-award", "standard-innovation-award"]);
    expect(options(formOf(jinshan, "standard-innovation-award", PERSON), { type: "standard-innovation-award" }, "award")).toEqual([
      "china-person",
      "shanghai-person",
    ]);
  });

  it("offers group standards only to the social organisations 第十四条（五） pays", () => {
    const scopes = (a: Applicant) => options(formOf(jinshan, "standard-project", a), { type: "standard-project" }, "scope");
    expect(scopes(ORG)).not.toContain("group");
    expect(scopes({ kind: "organization", orgType: "social-organization" })).toContain("group");
  });
});

describe("cascading fields", () => {
  it("asks for a grade only for the 攻关成果奖, and offers the three grades it pays", () => {
    const form = formOf(jinshan, "quality-breakthrough");
    expect(names(form, { type: "quality-breakthrough", result: "landmark-project" })).toEqual(["date", "result"]);
    expect(options(form, { type: "quality-breakthrough", result: "key-product-award" }, "grade")).toEqual(["first", "second", "third"]);
  });

  it("asks 首次取得 for CNAS but the stage for a 计量测试中心", () => {
    const form = formOf(jinshan, "testing-institution");
    expect(names(form, { type: "testing-institution", institution: "cnas" })).toEqual(["date", "institution", "first"]);
    expect(names(form, { type: "testing-institution", institution: "national-metrology-center" })).toEqual(["date", "institution", "stage"]);
  });

  it("asks 制定或修订 for every standard (the 50% revision rule reads it) and the role only where the clause names one", () => {
    const form = formOf(jinshan, "standard-project", { kind: "organization", orgType: "social-organization" });
    expect(options(form, { type: "standard-project", scope: "national" }, "action")).toEqual(["formulate", "revise"]);
    expect(options(form, { type: "standard-project", scope: "international-other" }, "role")).toEqual(["lead"]);
    expect(names(form, { type: "standard-project", scope: "group" })).toEqual(["date", "count", "scope", "action", "selfDeclared"]);
  });
});

describe("defaults and normalisation", () => {
  it("a new fact pays nothing until the clerk says what it is: no choice made, no date, one unit", () => {
    expect(newFact(formOf(jinshan, "certification"))).toEqual({ type: "certification", count: 1 });
  });

  it("a new 政府质量奖 or 标准制修订 starts on no award and no scope, though the first option would pay (issue 11.4)", () => {
    // Before: 中国质量奖 (最高 100 万元) and 国际标准, dated today.
    expect(newFact(formOf(jinshan, "quality-award"))).toEqual({ type: "quality-award" });
    expect(newFact(formOf(jinshan, "standard-project"))).toEqual({ type: "standard-project", count: 1 });
  });

  it("a choice offered alone is still asked, not assumed", () => {
    const form = formOf(jinshan, "standard-project", { kind: "organization", orgType: "social-organization" });
    const fact = normalizeFact(form, { type: "standard-project", scope: "international-other", action: "formulate" });
    expect(options(form, fact, "role")).toEqual(["lead"]);
    expect(fact.role).toBeUndefined();
  });

  it("requirements start met (已聘任), exclusions start unmet (公益培训), and a once-only item asks no count", () => {
    const form = formOf(jinshan, "qualified-person");
    expect(newFact(form)).toEqual({ type: "qualified-person" });
    expect(normalizeFact(form, { type: "qualified-person", role: "chief-quality-officer" })).toEqual({
      type: "qualified-person",
      role: "chief-quality-officer",
      appointed: true,
      freePublicTraining: false,
    });
  });

  it("after a change, inputs no longer asked are dropped and a choice no longer offered is cleared, not moved", () => {
    const form = formOf(jinshan, "quality-breakthrough");
    const fact = normalizeFact(form, { type: "quality-breakthrough", date: TODAY, result: "landmark-project", grade: "first" });
    expect(fact).toEqual({ type: "quality-breakthrough", date: TODAY, result: "landmark-project" });
    expect(normalizeFact(form, { ...fact, result: "key-product-award" }).grade).toBeUndefined();
    const award = formOf(jinshan, "standard-innovation-award");
    const project = normalizeFact(award, { type: "standard-innovation-award", award: "china-project", grade: "first" });
    expect(normalizeFact(award, { ...project, award: "shanghai-project" }).grade).toBe("first");
  });
});

describe("amount and count", () => {
  const p = policy([
    item("insured", { kind: "share", base: "amount", baseLabel: "保费", percent: { min: 60, max: 60 }, cap: 20 * WAN }, {
      facts: [{ type: "ip-insurance" }],
    }),
    item("patents", { kind: "tiers", measure: "count", unit: "件", tiers: [{ from: 10, label: "10 件以上", amount: { kind: "fixed", yuan: 5 * WAN } }] }, {
      facts: [{ type: "high-value-patent-stock" }],
    }),
    item("navigation", { kind: "share", base: "amount", baseLabel: "支出", percent: { min: 0, max: 100 } }, {
      facts: [{ type: "ip-analysis-project", where: { project: "rd-navigation" } }],
    }),
  ]);

  it("asks for the base of a share, saying whether a blank is estimated at the cap", () => {
    const insured = fieldsFor(formOf(p, "ip-insurance"), { type: "ip-insurance" }).find((f) => f.name === "amount");
    expect(insured?.hint).toContain("按条文上限估算");
    const nav = fieldsFor(formOf(p, "ip-analysis-project"), { type: "ip-analysis-project", project: "rd-navigation" }).find((f) => f.name === "amount");
    expect(nav?.hint).toBe("填写后才能算出金额");
  });

  it("asks the measure a tier reads but leaves it blank rather than guessing", () => {
    const form = formOf(p, "high-value-patent-stock");
    expect(names(form, { type: "high-value-patent-stock" })).toEqual(["date", "count"]);
    expect(newFact(form).count).toBeUndefined();
  });

  it("does not ask for inputs no item reads (insurance type, domestic-only)", () => {
    expect(names(formOf(p, "ip-insurance"), { type: "ip-insurance" })).toEqual(["date", "amount"]);
  });

  it("reads the input a revision limit tests even when no item's match names it", () => {
    const q = policy([item("std", { kind: "upTo", yuan: 30 * WAN }, { facts: [{ type: "standard-project", where: { scope: "national" } }] })], {
      limits: [limit({ id: "rev", kind: "revisionShare", items: ["std"], percent: 50, when: { input: "action", value: "revise" } })],
    });
    expect(names(formOf(q, "standard-project"), { type: "standard-project", scope: "national" })).toEqual(["date", "count", "scope", "action"]);
  });
});

describe("applicant questions", () => {
  const asked = (a: Applicant) => applicantQuestions(jinshan, a).map((f) => f.name);

  it("asks kind, organisation type and the attributes Jinshan's exclusions test (第三条)", () => {
    expect(asked(ORG)).toEqual(["kind", "orgType", "fundedBy", "creditGood", "seriousViolation"]);
    expect(asked(PERSON)).toEqual(["kind", "creditGood"]);
  });

  it("drops organisation attributes when the applicant becomes a person", () => {
    expect(normalizeApplicant(jinshan, { kind: "individual", orgType: "university", fundedBy: "full-budget", creditGood: true })).toEqual({
      kind: "individual",
      creditGood: true,
    });
  });

  it("asks the attributes an item's applicant must have (长宁区 16 中小企业), only of the kind the item serves", () => {
    expect(applicantQuestions(changning, ORG).map((f) => f.name)).toContain("sme");
    expect(applicantQuestions(changning, PERSON).map((f) => f.name)).not.toContain("sme");
    expect(asked(ORG)).not.toContain("sme");
  });

  it("asks the kind of a one-kind policy only when a link states the other kind, to let it be corrected", () => {
    const orgOnly = policy([item("a", { kind: "fixed", yuan: WAN }, { facts: [{ type: "quality-award" }] })], {
      applicants: { clause: "第一条", quote: "各类组织", kinds: ["organization"] },
    });
    expect(applicantQuestions(orgOnly, ORG).map((f) => f.name)).toEqual([]);
    expect(applicantQuestions(orgOnly, PERSON).find((f) => f.name === "kind")?.options?.map((o) => o.value)).toEqual([
      "organization",
      "individual",
    ]);
  });
});

describe("an edit keeps what the clerk emptied", () => {
  it("a cleared count stays blank (not one unit); a count shown only now starts at one", () => {
    const form = formOf(jinshan, "standard-project");
    const before: Fact = { type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 3, date: TODAY };
    const { count: _cleared, ...cleared } = before;
    expect(normalizeFact(form, cleared, before).count).toBeUndefined();
    expect(normalizeFact(form, { type: "standard-project", scope: "national" }).count).toBe(1);
  });
});
