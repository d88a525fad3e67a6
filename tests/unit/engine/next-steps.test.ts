/**
 * How next steps attach to a result's lines and gather into one checklist, on a made-up policy so
 * a change to a district's data cannot hide a bug here. The real texts are checked in
 * tests/unit/policies/next-steps.test.ts.
 */
import { describe, expect, it } from "vitest";
import { checklist, claimedLines, stepsForItem } from "@/engine";
import type { Application, Policy } from "@/engine/types";
import { item, limit, policy, run, WAN } from "./synthetic";

const application: Application = {
  steps: [
    { id: "notice", topic: "department", clause: "第四条", quote: "区市场监管局发布年度申报通知", text: "区市场监管局" },
    { id: "id-proof", topic: "materials", clause: "第九条", quote: "身份证明材料", text: "身份证明材料" },
    { id: "award-proof", topic: "materials", clause: "第九条", quote: "获奖证书", text: "获奖证书", items: ["award", "medal"] },
    { id: "award-phone", topic: "contact", clause: "质量奖【咨询电话】", quote: "0539-1", text: "0539-1", items: ["award", "medal"] },
    { id: "award-basis", topic: "basis", clause: "质量奖【政策依据】", quote: "《质量奖办法》", text: "《质量奖办法》", items: ["award"] },
    { id: "interpreter", topic: "interpreter", clause: "第十条", quote: "区市场监管局负责解释", text: "区市场监管局" },
  ],
  silent: [
    { id: "no-timing", topic: "timing", text: "没有写申报时间" },
    { id: "no-contact", topic: "contact", text: "没有写咨询电话" },
  ],
};

const demo: Policy = policy(
  [
    item("award", { kind: "fixed", yuan: 30 * WAN }),
    item("medal", { kind: "fixed", yuan: 10 * WAN }),
    item("patent", { kind: "fixed", yuan: WAN }),
    item("direction", { kind: "none", why: "只有支持方向" }),
  ],
  {
    limits: [limit({ id: "highest", kind: "highestOnly", items: ["award", "medal"], per: "year" })],
    application,
  },
);

const ids = (topics: ReturnType<typeof stepsForItem>) => Object.fromEntries(topics.map((t) => [t.topic, t.entries.map((e) => e.id)]));

describe("next steps of one item", () => {
  it("lists the policy-wide steps, the item's own, and the silences no step answers", () => {
    expect(ids(stepsForItem(demo, "award"))).toEqual({
      department: ["notice"],
      timing: ["no-timing"],
      materials: ["id-proof", "award-proof"],
      contact: ["award-phone"],
      basis: ["award-basis"],
    });
  });

  it("says the text is silent where no step concerns the item", () => {
    expect(ids(stepsForItem(demo, "patent"))).toEqual({
      department: ["notice"],
      timing: ["no-timing"],
      materials: ["id-proof"],
      contact: ["no-contact"],
    });
  });

  it("leaves policy-wide interpretation and basis to the checklist, not to every line", () => {
    expect(stepsForItem(demo, "patent").map((t) => t.topic)).not.toContain("interpreter");
  });

  it("has nothing to say for policy data stored before next steps existed", () => {
    const { application: _, ...old } = demo;
    expect(stepsForItem(old, "award")).toEqual([]);
    expect(checklist(old, run(old, [{ type: "award" }]))).toEqual([]);
  });
});

describe("the checklist of a result", () => {
  it("counts payable and unquantified lines, not the one a highest-only rule dropped", () => {
    const r = run(demo, [{ type: "award" }, { type: "medal" }, { type: "direction" }]);
    expect(claimedLines(r).map((l) => l.item)).toEqual(["award", "direction"]);
  });

  it("lists each step once, with the lines that need it, and marks what every line needs", () => {
    const r = run(demo, [{ type: "award" }, { type: "patent" }, { type: "direction" }]);
    const rows = Object.fromEntries(
      checklist(demo, r).flatMap((t) => t.rows.map((row) => [row.entry.id, { all: row.all, items: row.lines.map((l) => l.item) }])),
    );
    expect(rows).toEqual({
      notice: { all: true, items: ["award", "patent", "direction"] },
      "no-timing": { all: true, items: ["award", "patent", "direction"] },
      "id-proof": { all: true, items: ["award", "patent", "direction"] },
      "award-proof": { all: false, items: ["award"] },
      "award-phone": { all: false, items: ["award"] },
      "no-contact": { all: false, items: ["patent", "direction"] },
      interpreter: { all: true, items: ["award", "patent", "direction"] },
      "award-basis": { all: false, items: ["award"] },
    });
  });

  it("orders topics as a clerk works through them", () => {
    const r = run(demo, [{ type: "award" }]);
    expect(checklist(demo, r).map((t) => t.topic)).toEqual(["department", "timing", "materials", "contact", "interpreter", "basis"]);
  });

  it("lists a line counted twice (two facts) once per fact, and nothing when no line is claimed", () => {
    expect(claimedLines(run(demo, [{ type: "patent" }, { type: "patent" }]))).toHaveLength(2);
    expect(checklist(demo, run(demo, []))).toEqual([]);
  });
});
