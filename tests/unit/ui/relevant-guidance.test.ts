import { describe, expect, it } from "vitest";
import { evaluate } from "@/engine";
import type { Fact, Policy } from "@/engine/types";
import { byLabel, relevantGuidance } from "@/features/result/relevant-guidance";
import { AS_OF, item, ORG, policy, WAN } from "../engine/synthetic";

const handbook: Policy = policy(
  [
    item("award", { kind: "fixed", yuan: WAN }, { clause: "质量奖奖励（一）", facts: [{ type: "quality-award" }] }),
    item("patent", { kind: "fixed", yuan: WAN }, { clause: "专利奖励", facts: [{ type: "patent-award" }] }),
    item("one", { kind: "fixed", yuan: WAN }, { clause: "1", facts: [{ type: "quality-breakthrough" }] }),
    item("nineteen", { kind: "fixed", yuan: WAN }, { clause: "19", facts: [{ type: "patent-grant" }] }),
  ],
  {
    guidance: [
      { id: "materials", clause: "第二十四条", label: "申报材料", text: "身份证明" },
      { id: "award-phone", clause: "质量奖奖励", label: "咨询电话", text: "0539-1" },
      { id: "patent-phone", clause: "专利奖励", label: "咨询电话", text: "0539-2" },
      { id: "article-1", clause: "1", label: "政策依据", text: "第一条所依据的文件" },
    ],
  },
);

const shown = (facts: Fact[]) =>
  relevantGuidance(handbook, evaluate({ policy: handbook, applicant: ORG, facts, asOf: AS_OF })).map((g) => g.id);

describe("next-step guidance", () => {
  it("always shows guidance for the whole policy, and a section's only when the result touches it", () => {
    expect(shown([])).toEqual(["materials"]);
    expect(shown([{ type: "quality-award", award: "china-quality-award" }])).toEqual(["materials", "award-phone"]);
  });

  it("does not take clause 19 to lie within clause 1", () => {
    expect(shown([{ type: "patent-grant", count: 1 }])).toEqual(["materials"]);
    expect(shown([{ type: "quality-breakthrough", result: "landmark-project" }])).toEqual(["materials", "article-1"]);
  });

  it("groups entries under the policy's own headings, in order", () => {
    expect(byLabel(handbook.guidance!).map(([label, gs]) => [label, gs.length])).toEqual([
      ["申报材料", 1],
      ["咨询电话", 2],
      ["政策依据", 1],
    ]);
  });
});
