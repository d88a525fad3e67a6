/**
 * The comparison as the page renders it (server markup of the wide table): which column wears which
 * badge and why, each policy's own applicant clause, and each clause named once per cell.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { compareProfile, type Profile } from "@/features/compare/compare-model";
import { CompareTable } from "@/features/compare/compare-table";
import { CompareVerdict } from "@/features/compare/compare-verdict";
import { policies } from "@policies/index";

const org = { kind: "organization" } as const;

/** 中国质量奖: 光明区 matches the city award up to 300 万 (certain 0), 长宁区 and 临沂市 pay a certain 100 万. */
const chinaAward: Profile = { asOf: "2025-09-01", applicant: org, facts: [{ type: "quality-award", award: "china-quality-award", date: "2025-06-01" }] };

/** Two awards and three standards in 2025: 长宁区 第31条 and 金山区 第二十三条（二） both cut lines. */
const busyYear: Profile = {
  asOf: "2025-09-01",
  applicant: { kind: "organization", orgType: "enterprise" },
  facts: [
    { type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-01" },
    { type: "quality-award", award: "china-quality-award-nomination", date: "2025-06-01" },
    { type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 2, date: "2025-05-20" },
    { type: "standard-project", scope: "international", action: "formulate", role: "lead", count: 1, date: "2025-05-20" },
  ],
};

const table = (profile: Profile) => renderToStaticMarkup(createElement(CompareTable, { comparison: compareProfile(profile, policies), calcHref: (id: string) => `/calc/${id}` }));

/** The column heads, in policy order. */
const heads = (html: string) => html.split(/<th[ >]/).slice(2, 2 + policies.length);
const text = (html: string) => html.replace(/<[^>]+>/g, "");
const headOf = (html: string, id: string) => text(heads(html)[policies.findIndex((p) => p.id === id)]!);

describe("the compare page's badges", () => {
  it("names a column that leads only on its ceiling apart from the ones with the most certain money", () => {
    const html = table(chinaAward);
    expect(headOf(html, "guangming")).toContain("上限最高");
    expect(headOf(html, "guangming")).not.toMatch(/最多/);
    for (const id of ["changning", "linyi"]) expect(headOf(html, id)).toContain("确定金额最多");
    for (const id of ["songjiang", "jinshan"]) expect(headOf(html, id)).not.toMatch(/最多|最高$/);
  });

  it("says why in words: the ceiling is decided by the authority, the certain amount is named", () => {
    const verdict = text(renderToStaticMarkup(createElement(CompareVerdict, { comparison: compareProfile(chinaAward, policies) })));
    expect(verdict).toContain("光明区最高 300 万元，其中条文写明的确定金额为 0 元");
    expect(verdict).toContain("由主管部门在上限内核定");
    expect(verdict).toContain("长宁区、临沂市确定可得 100 万元");
    expect(verdict).toContain("申请人须符合该政策的适用对象");
  });

  it("quotes each policy's own applicant clause in its column (金山区: registered in 金山区)", () => {
    const html = table(chinaAward);
    for (const policy of policies) {
      expect(headOf(html, policy.id)).toContain(`适用对象`);
      expect(headOf(html, policy.id)).toContain(policy.applicants.quote);
    }
    expect(headOf(html, "jinshan")).toContain("在金山区依法设立");
    expect(headOf(html, "changning")).toContain("在长宁区依法设立");
  });
});

describe("the compare page's cells", () => {
  it("name each clause once, however many notes and limits cite it", () => {
    const html = table(busyYear);
    const cells = html.split(/<td[ >]/).slice(1);
    let checked = 0;
    for (const cell of cells) {
      const words = text(cell);
      for (const [, link] of cell.matchAll(/<a [^>]*>([^<]+)<\/a>/g)) {
        // "第五条" inside "第五条（二）" is another clause, not a repetition.
        const mentions = words.split(link!).length - 1 - (words.split(`${link}（`).length - 1);
        expect(mentions, `${link} in ${words}`).toBe(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The limits are still there, with their explanation, once.
    expect(text(html)).toContain("限额依据 第31条：政府质量奖按最高奖励额支持");
    expect(text(html)).toContain("限额依据 第二十三条（二）：每家组织年度享受质量发展专项资金最高不超过 100 万元");
  });
});
