import { describe, expect, it } from "vitest";
import { changesFrom, editableFigures, editsFrom } from "@/features/regulator/editable-figures";
import { applyDraft } from "@/lib/cohort/draft";
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
