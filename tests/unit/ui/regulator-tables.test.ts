/**
 * The regulator's result tables rendered to HTML: every header row comes from the one TableHead, and
 * the what-if comparison shows the baseline, the draft and the change as min–max ranges per clause
 * and per applicant, not only the maximum.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatChange } from "@/features/regulator/money";
import { TableHead } from "@/features/regulator/table-head";
import { WhatIfResult } from "@/features/regulator/what-if-result";
import type { WhatIf } from "@/features/regulator/worker-protocol";
import type { CohortSummary } from "@/lib/cohort/aggregate";
import { policyById } from "@policies/index";

const jinshan = policyById.get("jinshan")!;

const WHAT_IF: WhatIf = {
  changes: [],
  total: { base: { min: 600_000, max: 1_300_000 }, draft: { min: 800_000, max: 1_400_000 } },
  byClause: [
    { clause: "第五条（二）", title: "上海市质量金奖", base: { min: 600_000, max: 600_000 }, draft: { min: 800_000, max: 800_000 } },
    { clause: "第二十三条", title: "标准化项目", base: { min: 0, max: 700_000 }, draft: { min: 0, max: 600_000 } },
    { clause: "第六条", title: "未变的条款", base: { min: 50_000, max: 50_000 }, draft: { min: 50_000, max: 50_000 } },
  ],
  changed: 2,
  byMember: [
    { id: "A1", name: "甲公司", base: { min: 300_000, max: 1_000_000 }, draft: { min: 400_000, max: 1_000_000 }, delta: { min: 100_000, max: 0 } },
    { id: "B2", base: { min: 300_000, max: 300_000 }, draft: { min: 400_000, max: 450_000 }, delta: { min: 100_000, max: 150_000 } },
  ],
  draft: {} as CohortSummary,
};

const html = renderToStaticMarkup(createElement(WhatIfResult, { whatIf: WHAT_IF, policy: jinshan, draftName: "草案", onExplain: () => {}, exportApplicants: async () => [], exportChanges: async () => [] }));

/** The cells of the body row that mentions `text`, as plain text. */
const rowCells = (text: string): string[] => {
  const row = html.match(/<tr\b[^>]*>.*?<\/tr>/g)!.find((r) => r.includes(text) && r.includes("<td"))!;
  return [...row.matchAll(/<t[dh]\b[^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
};

describe("TableHead", () => {
  it("writes one column header per column, numbers aligned with their cells, hidden labels for screen readers only", () => {
    const head = renderToStaticMarkup(createElement(TableHead, { columns: ["条款", { label: "最高", numeric: true }, { label: "明细", srOnly: true }] }));
    expect(head).toBe(
      '<thead class="bg-slate-100 text-slate-700"><tr>' +
        '<th scope="col" class="px-3 py-1.5 font-medium">条款</th>' +
        '<th scope="col" class="px-3 py-1.5 text-right font-medium">最高</th>' +
        '<th scope="col" class="px-3 py-1.5 font-medium"><span class="sr-only">明细</span></th>' +
        "</tr></thead>",
    );
  });

  it("is the only header markup of the what-if tables", () => {
    const heads = html.match(/<thead\b.*?<\/thead>/g)!;
    expect(heads).toHaveLength(3);
    for (const head of heads) expect(head.match(/<th\b[^>]*>/g)!.every((th) => /^<th scope="col" class="px-3 py-1\.5 (text-right )?font-medium">$/.test(th))).toBe(true);
  });
});

describe("what-if comparison", () => {
  it("shows each applicant's baseline, draft and change as ranges", () => {
    expect(rowCells("甲公司")).toEqual(["甲公司", "30 万元 至 100 万元", "40 万元 至 100 万元", "确定 +10 万元", "草案明细"]);
    expect(rowCells(">B2<")).toEqual(["B2", "30 万元", "40 万元 至 45 万元", "+10 万元 至 +15 万元", "草案明细"]);
  });

  it("shows each clause the same way and marks the clauses that moved", () => {
    expect(rowCells("上海市质量金奖")).toEqual(["第五条（二）", "上海市质量金奖", "60 万元", "80 万元", "+20 万元"]);
    expect(rowCells("标准化项目")).toEqual(["第二十三条", "标准化项目", "最高 70 万元", "最高 60 万元", "最高 -10 万元"]);
    expect(rowCells("未变的条款").at(-1)).toBe("—");
    expect(html).toContain("按条款（2 条有变化）");
    expect(html.match(/<tr class="[^"]*bg-amber-50/g)).toHaveLength(2);
  });

  it("words a change like an amount: one figure, one named part, or certain part to maximum", () => {
    expect(formatChange({ min: 0, max: 0 })).toBe("—");
    expect(formatChange({ min: -3_000, max: -3_000 })).toBe("-3,000 元");
    expect(formatChange({ min: 0, max: 200_000 })).toBe("最高 +20 万元");
    expect(formatChange({ min: 5_000, max: 0 })).toBe("确定 +5,000 元");
    expect(formatChange({ min: 100_000, max: -50_000 })).toBe("+10 万元 至 -5 万元");
  });
});
