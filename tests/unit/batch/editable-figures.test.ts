import { describe, expect, it } from "vitest";
import { changesFrom, draftProblems, editableFigures, editsFrom } from "@/features/regulator/editable-figures";
import { applyDraft, DraftError } from "@/lib/cohort/draft";
import { policies, policyById } from "@policies/index";

describe.each(policies.map((p) => [p.id, p] as const))("the editable figures of %s", (_id, policy) => {
  const figures = editableFigures(policy);

  it("are unique, and setting each to its own value changes nothing", () => {
    expect(new Set(figures.map((f) => f.key)).size).toBe(figures.length);
    for (const f of figures) expect(applyDraft(policy, f.changes(f.base))).toEqual(policy);
  });

  it("survive a round trip through a saved draft", () => {
    const edits = new Map(figures.filter((f) => f.unit === "元").slice(0, 5).map((f) => [f.key, String(Number(f.base) + 1)]));
    const changes = changesFrom(figures, edits);
    expect(editsFrom(figures, changes)).toEqual(edits);
    expect(() => applyDraft(policy, changes)).not.toThrow();
  });
});

describe("editing", () => {
  const jinshan = policyById.get("jinshan")!;
  const figures = editableFigures(jinshan);

  it("lists amounts, shares, caps, count limits and the window with their clauses", () => {
    expect(figures.find((f) => f.key === "js-5-2-gold-org:yuan")).toMatchObject({ clause: "第五条（二）", unit: "元", base: 300_000 });
    expect(figures.find((f) => f.key === "js-23-five-standards:max")).toMatchObject({ section: "limit", unit: "项", base: 5 });
    expect(figures.find((f) => f.key === "js-23-yearly-cap:cap")).toMatchObject({ base: 1_000_000 });
    expect(figures.filter((f) => f.section === "window").map((f) => f.base)).toEqual([jinshan.effective.from, jinshan.effective.to]);
  });

  it("turns only changed values into draft changes, and an emptied end date into an open window", () => {
    const edits = new Map([
      ["js-5-2-gold-org:yuan", "400000"],
      ["js-23-five-standards:max", "5"],
      ["effective:to", ""],
    ]);
    expect(changesFrom(figures, edits)).toEqual([
      { target: "item", id: "js-5-2-gold-org", field: "yuan", value: 400_000 },
      { target: "effective", field: "to", value: null },
    ]);
  });

  it("moves a fixed share's floor and ceiling together", () => {
    const share = policies.flatMap(editableFigures).find((f) => f.unit === "%" && f.changes(1).length === 2);
    expect(share?.changes(50).map((c) => ("field" in c ? c.field : ""))).toEqual(["percent.min", "percent.max"]);
  });
});

describe("what is wrong with a draft, in words naming the figure", () => {
  const jinshan = policyById.get("jinshan")!;
  const figures = editableFigures(jinshan);
  const problems = (edits: [string, string][], policy = jinshan) => draftProblems(policy, editableFigures(policy), new Map(edits));

  it("says a negative, fractional or missing amount is not 0 or a whole number of yuan — not zod's English", () => {
    const gold = "第五条（二） 上海市质量金奖（组织） 金额";
    for (const typed of ["-5", "1.5"]) {
      expect(problems([["js-5-2-gold-org:yuan", typed]])).toEqual([{ key: "js-5-2-gold-org:yuan", message: `${gold}须为 0 或正整数（整数元）` }]);
    }
    expect(problems([["js-5-2-gold-org:yuan", "三十万"]])).toEqual([{ key: "js-5-2-gold-org:yuan", message: `${gold}须为数字` }]);
    expect(problems([["js-5-2-gold-org:yuan", ""]])[0]!.message).toBe(`${gold}未填写：请填写数值，或点“恢复现行数值”`);
    // What the page said before: the schema's own English, without the figure.
    expect(() => applyDraft(jinshan, changesFrom(figures, new Map([["js-5-2-gold-org:yuan", "-5"]])))).toThrow(/不能小于 0/);
  });

  it("wants limits positive and shares at most 100%", () => {
    expect(problems([["js-23-five-standards:max", "0"]])).toEqual([{ key: "js-23-five-standards:max", message: "第二十三条（二） 同一组织一年中标准制（修）订项目奖励不超过 5 个 每年最多 5 项须为正整数" }]);
    expect(problems([["js-23-revision-half:percent", "120"]])[0]!.message).toMatch(/修订按制定上限的 50% 计不能超过 100%$/);
    expect(problems([["js-5-2-gold-org:yuan", "400000"], ["js-23-five-standards:max", "3"]])).toEqual([]);
  });

  it("puts what the draft as a whole breaks on the figure that breaks it", () => {
    expect(problems([["effective:to", "2024-01-01"]])).toEqual([{ key: "effective:to", message: "第二十七条 政策有效期 截止日（留空为长期有效）：有效期截止日早于生效日" }]);
    const linyi = policyById.get("linyi")!;
    expect(problems([["ly-10-overseas-uplift:percent.max", "50"]], linyi)).toEqual([
      { key: "ly-10-overseas-uplift:percent.max", message: expect.stringMatching(/比例上限：比例下限不能高于上限$/) },
    ]);
  });

  it("keeps the policy schema's messages Chinese for the drafts API too", () => {
    const e = (() => {
      try {
        applyDraft(jinshan, [{ target: "item", id: "js-5-2-gold-org", field: "yuan", value: 200_000_000_000 }]);
      } catch (error) {
        return error;
      }
    })();
    expect(e).toBeInstanceOf(DraftError);
    expect((e as DraftError).reason).toBe("不能大于 100000000000");
    expect((e as DraftError).path).toBe(`items.${jinshan.items.findIndex((i) => i.id === "js-5-2-gold-org")}.amount.yuan`);
  });
});
