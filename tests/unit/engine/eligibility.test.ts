/**
 * Step 1 of the engine, eligibility: conditions on the fact, who may apply, exclusions and dates.
 */
import { describe, expect, it } from "vitest";
import type { Condition } from "@/engine/types";
import { item, lineOf, ORG, PERSON, policy, run, totalOf, WAN } from "./synthetic";

const TEN = { kind: "fixed", yuan: 10 * WAN } as const;

const condition = (c: Pick<Condition, "input" | "op" | "value">): Condition => ({
  ...c,
  clause: "第a条",
  quote: "成熟度达到 40% 以上",
  requirement: `须满足 ${c.input} ${c.op} ${String(c.value)}`,
});

describe("conditions on the fact", () => {
  const withCondition = (c: Pick<Condition, "input" | "op" | "value">) => policy([item("a", TEN, { conditions: [condition(c)] })]);

  it.each([
    ["maturity", "gte", 40, { maturity: 40 }, true],
    ["maturity", "gte", 40, { maturity: 39 }, false],
    ["maturity", "gte", 40, {}, false],
    ["employees", "lt", 5, { employees: 4 }, true],
    ["employees", "lt", 5, { employees: 5 }, false],
    ["employees", "lt", 5, {}, false],
    ["result", "eq", "excellent", { result: "excellent" }, true],
    ["result", "eq", "excellent", { result: "pass" }, false],
    ["first", "eq", true, { first: true }, true],
    ["first", "eq", true, {}, false],
    ["freeTraining", "eq", false, {}, true],
    ["freeTraining", "eq", false, { freeTraining: true }, false],
  ] as const)("%s %s %j with %j → pays: %s", (input, op, value, inputs, pays) => {
    const r = run(withCondition({ input, op, value }), [{ type: "a", ...inputs }]);
    expect(totalOf(r)).toEqual(pays ? [100_000, 100_000] : [0, 0]);
    expect(r.lines[0]!.status).toBe(pays ? "payable" : "ineligible");
    if (!pays) expect(r.lines[0]!.notes[0]).toContain(`须满足 ${input}`);
  });
});

describe("which facts trigger an item", () => {
  const p = policy([
    item("a", TEN, { facts: [{ type: "standard", where: { scope: ["national", "industry"], selfDeclared: false } }] }),
  ]);

  it("matches one of the listed values; a missing boolean input counts as false", () => {
    expect(totalOf(run(p, [{ type: "standard", scope: "industry" }]))).toEqual([100_000, 100_000]);
  });

  it("a fact no item reads is reported, not priced", () => {
    const r = run(p, [{ type: "standard", scope: "group" }, { type: "standard", scope: "national", selfDeclared: true }, { type: "other" }]);
    expect(r.lines).toEqual([]);
    expect(r.reasons.filter((x) => x.code === "no-matching-item").map((x) => x.fact)).toEqual([0, 1, 2]);
  });
});

describe("who may apply", () => {
  const pair = policy([
    item("org", { kind: "fixed", yuan: 50 * WAN }, { facts: [{ type: "award" }], who: { kinds: ["organization"] } }),
    item("person", { kind: "fixed", yuan: 2 * WAN }, { facts: [{ type: "award" }], who: { kinds: ["individual"] } }),
  ]);

  it("an award paid 单位 50 万 / 个人 2 万 pays each kind its own line only", () => {
    const org = run(pair, [{ type: "award" }]);
    const person = run(pair, [{ type: "award" }], { applicant: PERSON });
    expect(org.lines.map((l) => l.item)).toEqual(["org"]);
    expect(totalOf(org)).toEqual([500_000, 500_000]);
    expect(person.lines.map((l) => l.item)).toEqual(["person"]);
    expect(totalOf(person)).toEqual([20_000, 20_000]);
  });

  it("an item only for organisations tells an individual so", () => {
    const p = policy([item("a", TEN, { who: { kinds: ["organization"] } })]);
    const r = run(p, [{ type: "a" }], { applicant: PERSON });
    expect(r.lines).toEqual([]);
    expect(r.reasons).toContainEqual(expect.objectContaining({ code: "no-matching-item", fact: 0, message: expect.stringContaining("只支持单位") }));
  });

  describe("organisation types named by a clause", () => {
    const p = policy([
      item("a", TEN, {
        who: { kinds: ["organization", "individual"], orgTypes: ["university", "research-institute"], clause: "（十八）", quote: "高等院校、科研机构" },
      }),
    ]);

    it("pays a listed type", () => {
      expect(totalOf(run(p, [{ type: "a" }], { applicant: { kind: "organization", orgType: "university" } }))).toEqual([100_000, 100_000]);
    });

    it("refuses another type, and an organisation that named none is taken to be an enterprise", () => {
      for (const applicant of [{ kind: "organization" as const, orgType: "park" }, ORG]) {
        const r = run(p, [{ type: "a" }], { applicant });
        expect(totalOf(r)).toEqual([0, 0]);
        expect(r.lines[0]).toMatchObject({ status: "ineligible", notes: [expect.stringContaining("高等院校、科研机构")] });
      }
    });

    it("does not apply to individuals", () => {
      expect(totalOf(run(p, [{ type: "a" }], { applicant: PERSON }))).toEqual([100_000, 100_000]);
    });
  });

  describe("applicant attributes named by a clause (长宁区 16 中小企业)", () => {
    const p = policy([
      item("a", TEN, {
        who: { kinds: ["organization"], clause: "16", quote: "中小企业", attributes: [{ attribute: "sme", value: true, requirement: "本项只支持中小企业" }] },
      }),
    ]);

    it("pays an applicant that states it", () => {
      expect(totalOf(run(p, [{ type: "a" }], { applicant: { kind: "organization", sme: true } }))).toEqual([100_000, 100_000]);
    });

    it("refuses one that states otherwise, with the requirement", () => {
      const r = run(p, [{ type: "a" }], { applicant: { kind: "organization", sme: false } });
      expect(totalOf(r)).toEqual([0, 0]);
      expect(r.lines[0]).toMatchObject({ status: "ineligible", notes: ["第16条：本项只支持中小企业"] });
    });

    it("decides a missing answer with the questionnaire's default, and says so", () => {
      const r = run(p, [{ type: "a" }]);
      expect(totalOf(r)).toEqual([0, 0]);
      expect(r.lines[0]).toMatchObject({ status: "ineligible", notes: ["第16条：本项只支持中小企业（未填写，按默认“否”计）"] });
    });
  });

  it("a policy for organisations only turns an individual away, with the clause", () => {
    const p = policy([item("a", TEN)], { applicants: { clause: "第二条", quote: "本区各类企业", kinds: ["organization"] } });
    const r = run(p, [{ type: "a" }], { applicant: PERSON });
    expect(r.eligible).toBe(false);
    expect(r.reasons[0]).toMatchObject({ code: "kind-not-covered", clause: "第二条" });
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.lines[0]!.status).toBe("ineligible");
  });
});

describe("exclusions", () => {
  const p = policy([item("a", TEN)], {
    exclusions: [
      { id: "budget", clause: "第三条", quote: "财政全额拨款的单位不适用", when: { kind: ["organization"], fundedBy: ["full-budget"] }, reason: "财政全额拨款单位不适用" },
      { id: "credit", clause: "第三条", quote: "信用记录良好", when: { creditGood: [false] }, reason: "须信用记录良好" },
    ],
  });

  it.each([
    ["a fully budget-funded unit", { kind: "organization", fundedBy: "full-budget" }],
    ["bad credit", { kind: "individual", creditGood: false }],
  ] as const)("%s pays nothing, and the reason names the clause", (_name, applicant) => {
    const r = run(p, [{ type: "a" }], { applicant });
    expect(r.eligible).toBe(false);
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.reasons).toContainEqual(expect.objectContaining({ code: "excluded", clause: "第三条" }));
    expect(r.lines[0]).toMatchObject({ status: "ineligible", min: 0, max: 0 });
  });

  it("an applicant who said nothing is taken to be a self-funded unit in good standing", () => {
    const r = run(p, [{ type: "a" }]);
    expect(r.eligible).toBe(true);
    expect(totalOf(r)).toEqual([100_000, 100_000]);
  });

  it("an exclusion written for organisations does not catch an individual", () => {
    expect(run(p, [{ type: "a" }], { applicant: { kind: "individual", fundedBy: "full-budget" } }).eligible).toBe(true);
  });
});

describe("dates", () => {
  const p = policy([item("a", TEN)]);
  const dated = (date: string, asOf?: string) => run(p, [{ type: "a", date }], asOf ? { asOf } : {});

  it.each([
    ["2024-12-31", false],
    ["2025-01-01", true],
    ["2026-06-01", true],
  ] as const)("a fact dated %s is inside the window: %s", (date, inside) => {
    const r = dated(date);
    expect(totalOf(r)).toEqual(inside ? [100_000, 100_000] : [0, 0]);
    expect(r.lines[0]!.status).toBe(inside ? "payable" : "outside-window");
    expect(r.reasons.some((x) => x.code === "fact-outside-window")).toBe(!inside);
  });

  it("a fact dated after the calculation date pays nothing yet", () => {
    const r = dated("2026-06-02");
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.reasons).toContainEqual(expect.objectContaining({ code: "fact-after-as-of", fact: 0 }));
  });

  it("the last day of the window still counts", () => {
    expect(totalOf(dated("2027-12-31", "2027-12-31"))).toEqual([100_000, 100_000]);
  });

  it("a retroactive start lets earlier facts count (光明区第二十五条), and no earlier", () => {
    const retro = policy([item("a", TEN)], {
      effective: { clause: "（二十五）", quote: "2022年1月1日起的项目适用", from: "2025-01-01", to: "2027-12-31", retroactiveFrom: "2022-01-01" },
    });
    expect(totalOf(run(retro, [{ type: "a", date: "2022-01-01" }]))).toEqual([100_000, 100_000]);
    expect(totalOf(run(retro, [{ type: "a", date: "2021-12-31" }]))).toEqual([0, 0]);
  });

  it.each([
    ["2024-12-31", "not-yet-in-force"],
    ["2028-01-01", "not-in-force"],
  ] as const)("as of %s the policy is not in force: %s, nothing paid", (asOf, code) => {
    const r = run(p, [{ type: "a", date: "2025-06-01" }], { asOf });
    expect(r.inForce).toBe(false);
    expect(r.reasons[0]).toMatchObject({ code, clause: "第九条" });
    expect(totalOf(r)).toEqual([0, 0]);
    expect(r.lines[0]!.status).toBe("outside-window");
  });

  it("a policy with no end date stays in force", () => {
    const open = policy([item("a", TEN)], { effective: { clause: "第九条", quote: "自2025年1月1日起施行", from: "2025-01-01", to: null } });
    const r = run(open, [{ type: "a", date: "2040-01-01" }], { asOf: "2040-06-01" });
    expect(r.inForce).toBe(true);
    expect(totalOf(r)).toEqual([100_000, 100_000]);
  });

  it("an undated fact is taken to happen on the calculation date", () => {
    const r = run(p, [{ type: "a" }]);
    expect(r.lines[0]!.year).toBe(2026);
    expect(lineOf(r, "a")).toEqual([100_000, 100_000]);
  });
});
