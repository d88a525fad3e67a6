/**
 * 金山区关于质量发展专项政策的实施细则（金市监质〔2025〕10号）: one row per item, limit and boundary,
 * the clause first, the yuan expected. Unless a row says otherwise the applicant is an ordinary
 * enterprise, everything happens on the calculation date 2026-06-01, and [确定, 最高] is the total.
 */
import { describe, expect, it } from "vitest";
import { jinshan } from "@policies/jinshan";
import type { Fact } from "@/engine/types";
import { coverageGaps, ORG, PERSON, runCases, type Case } from "./cases";

const WAN = 10_000;
const award = (a: string, date?: string): Fact => ({ type: "quality-award", award: a, ...(date ? { date } : {}) });
const GOLD = award("shanghai-quality-gold-award");
const MAYOR = award("shanghai-mayor-quality-award");
const sia = (a: string, grade = "none"): Fact => ({ type: "standard-innovation-award", award: a, grade });
const breakthrough = (result: string, grade = "none"): Fact => ({ type: "quality-breakthrough", result, grade });
const standard = (scope: string, role: string, more: Partial<Fact> = {}): Fact => ({
  type: "standard-project",
  scope,
  role,
  action: "formulate",
  ...more,
});
const body = (level: string, b: string, isNew = true): Fact => ({ type: "standards-body", level, body: b, ...(isNew ? { isNew } : {}) });
const institution = (inst: string, stage: string, first?: boolean): Fact => ({
  type: "testing-institution",
  institution: inst,
  stage,
  ...(first !== undefined ? { first } : {}),
});
const certification = (scheme: string, stage: string, count?: number): Fact => ({ type: "certification", scheme, stage, ...(count ? { count } : {}) });
const officer = (more: Partial<Fact> = {}): Fact => ({ type: "qualified-person", role: "chief-quality-officer", appointed: true, ...more });

/** Each row: the clause the line cites, what, fact, applicant, [确定, 最高] in 万元, item id. */
const itemRows: [string, string, Fact, typeof ORG, [number, number], string][] = [
  ["第五条（一）", "中国质量奖（组织）：最高 100 万元", award("china-quality-award"), ORG, [0, 100], "js-5-1-china-org"],
  ["第五条（一）", "中国质量奖提名奖（组织）：最高 50 万元", award("china-quality-award-nomination"), ORG, [0, 50], "js-5-1-nomination-org"],
  ["第五条（一）", "中国质量奖（个人）：2 万元", award("china-quality-award"), PERSON, [2, 2], "js-5-1-person"],
  ["第五条（一）", "中国质量奖提名奖（个人）：2 万元", award("china-quality-award-nomination"), PERSON, [2, 2], "js-5-1-person"],
  ["第五条（二）", "上海市市长质量奖（组织）：最高 80 万元", MAYOR, ORG, [0, 80], "js-5-2-mayor-org"],
  ["第五条（二）", "上海市质量金奖（组织）：30 万元", GOLD, ORG, [30, 30], "js-5-2-gold-org"],
  ["第五条（二）", "上海市市长质量奖（个人）：2 万元", MAYOR, PERSON, [2, 2], "js-5-2-person"],
  ["第五条（二）", "上海市质量金奖（个人）：2 万元", GOLD, PERSON, [2, 2], "js-5-2-person"],
  ["第六条（一）", "中国标准创新贡献奖标准项目奖一等奖：最高 50 万元", sia("china-project", "first"), ORG, [0, 50], "js-6-1-project-first"],
  ["第六条（一）", "中国标准创新贡献奖标准项目奖二等奖：最高 40 万元", sia("china-project", "second"), ORG, [0, 40], "js-6-1-project-second"],
  ["第六条（一）", "中国标准创新贡献奖标准项目奖三等奖：最高 30 万元", sia("china-project", "third"), ORG, [0, 30], "js-6-1-project-third"],
  ["第六条（一）", "中国标准创新贡献奖组织奖：最高 30 万元", sia("china-organization"), ORG, [0, 30], "js-6-1-org-award"],
  ["第六条（一）", "中国标准创新贡献奖（个人）：2 万元", sia("china-person"), PERSON, [2, 2], "js-6-1-person"],
  ["第六条（二）", "上海市标准创新贡献奖标准项目奖一等奖：最高 20 万元", sia("shanghai-project", "first"), ORG, [0, 20], "js-6-2-project-first"],
  ["第六条（二）", "上海市标准创新贡献奖标准项目奖二等奖：最高 10 万元", sia("shanghai-project", "second"), ORG, [0, 10], "js-6-2-project-second"],
  ["第六条（二）", "上海市标准创新贡献奖标准项目奖三等奖：最高 5 万元", sia("shanghai-project", "third"), ORG, [0, 5], "js-6-2-project-third"],
  ["第六条（二）", "上海市标准创新贡献奖组织奖：最高 5 万元", sia("shanghai-organization"), ORG, [0, 5], "js-6-2-org-award"],
  ["第六条（二）", "上海市标准创新贡献奖（个人）：1 万元", sia("shanghai-person"), PERSON, [1, 1], "js-6-2-person"],
  ["第七条（一）", "上海市产业质量提升标志性项目成果：最高 15 万元", breakthrough("landmark-project"), ORG, [0, 15], "js-7-1-landmark"],
  ["第七条（二）", "上海市共性质量技术攻关项目成果：最高 15 万元", breakthrough("common-technology"), ORG, [0, 15], "js-7-2-common"],
  ["第七条（三）", "上海市重点产品质量攻关成果奖一等奖：最高 15 万元", breakthrough("key-product-award", "first"), ORG, [0, 15], "js-7-3-first"],
  ["第七条（三）", "上海市重点产品质量攻关成果奖二等奖：最高 10 万元", breakthrough("key-product-award", "second"), ORG, [0, 10], "js-7-3-second"],
  ["第七条（三）", "上海市重点产品质量攻关成果奖三等奖：最高 5 万元", breakthrough("key-product-award", "third"), ORG, [0, 5], "js-7-3-third"],
  ["第八条", "市级产品质量可靠性创新“最佳实践”：最高 10 万元", { type: "reliability-best-practice" }, ORG, [0, 10], "js-8-reliability"],
  ["第九条", "国家级“标准领跑者”2 项：每项最高 3 万元", { type: "standard-leader", level: "national", count: 2 }, ORG, [0, 6], "js-9-leader-national"],
  ["第九条", "市级“标准领跑者”：最高 1 万元", { type: "standard-leader", level: "provincial" }, ORG, [0, 1], "js-9-leader-municipal"],
  ["第十条", "国家级质量品牌提升示范区：最高 100 万元", { type: "quality-brand-zone", level: "national" }, ORG, [0, 100], "js-10-zone-national"],
  ["第十条", "市级质量品牌提升示范区：最高 50 万元", { type: "quality-brand-zone", level: "provincial" }, ORG, [0, 50], "js-10-zone-municipal"],
  ["第十一条", "首次通过“上海品牌”认证：30 万元", certification("shanghai-brand", "first"), ORG, [30, 30], "js-11-brand-first"],
  ["第十一条", "“上海品牌”再认证 2 次：每次 2 万元", certification("shanghai-brand", "recertification", 2), ORG, [4, 4], "js-11-brand-recert"],
  ["第十二条", "获评“上海标准”2 项：每项 30 万元", { type: "shanghai-standard", count: 2 }, ORG, [60, 60], "js-12-shanghai-standard"],
  ["第十三条（一）", "新承担国际 TC 秘书处：最高 100 万元", body("international", "TC"), ORG, [0, 100], "js-13-international-tc"],
  ["第十三条（一）", "新承担国际 SC 秘书处：最高 50 万元", body("international", "SC"), ORG, [0, 50], "js-13-international-sc"],
  ["第十三条（一）", "新承担国际 WG：最高 30 万元", body("international", "WG"), ORG, [0, 30], "js-13-international-wg"],
  ["第十三条（二）", "新承担全国 TC 秘书处：最高 50 万元", body("national", "TC"), ORG, [0, 50], "js-13-national-tc"],
  ["第十三条（二）", "新承担全国 SC 秘书处：最高 30 万元", body("national", "SC"), ORG, [0, 30], "js-13-national-sc"],
  ["第十三条（二）", "新承担全国 WG：最高 20 万元", body("national", "WG"), ORG, [0, 20], "js-13-national-wg"],
  ["第十三条（三）", "新承担上海市 TC 秘书处：最高 15 万元", body("provincial", "TC"), ORG, [0, 15], "js-13-provincial-tc"],
  ["第十三条（三）", "新承担上海市 SC 秘书处：最高 10 万元", body("provincial", "SC"), ORG, [0, 10], "js-13-provincial-sc"],
  ["第十三条（四）", "新型标准化技术组织：最高 20 万元", { type: "standards-platform", platform: "new-type-body", isNew: true }, ORG, [0, 20], "js-13-4-new-type"],
  ["第十三条（四）", "并非新承担的新型标准化技术组织：0 元", { type: "standards-platform", platform: "new-type-body" }, ORG, [0, 0], "js-13-4-new-type"],
  ["第十三条（四）", "国家标准验证点：最高 20 万元", { type: "standards-platform", platform: "national-verification-point", isNew: true }, ORG, [0, 20], "js-13-4-new-type"],
  ["第十四条（一）", "主导制订国外先进标准，按“参与制订”计：最高 7 万元", standard("foreign-advanced", "lead"), ORG, [0, 7], "js-14-1-foreign-participant"],
  ["第十四条（一）", "主导制订国际标准：最高 100 万元", standard("international", "lead"), ORG, [0, 100], "js-14-1-intl-lead"],
  ["第十四条（一）", "参与制订国际标准：最高 15 万元", standard("international", "participant"), ORG, [0, 15], "js-14-1-intl-participant"],
  ["第十四条（一）", "主导制订其他重要国际性专业标准组织的标准：最高 50 万元", standard("international-other", "lead"), ORG, [0, 50], "js-14-1-other-intl-lead"],
  ["第十四条（一）", "参与制订国外先进标准：最高 7 万元", standard("foreign-advanced", "participant"), ORG, [0, 7], "js-14-1-foreign-participant"],
  ["第十四条（二）", "主导制订国家标准：最高 30 万元", standard("national", "lead"), ORG, [0, 30], "js-14-2-national-lead"],
  ["第十四条（二）", "参与制订国家标准：最高 3 万元", standard("national", "participant"), ORG, [0, 3], "js-14-2-national-participant"],
  ["第十四条（三）", "主导制订行业标准：最高 10 万元", standard("industry", "lead"), ORG, [0, 10], "js-14-3-industry-lead"],
  ["第十四条（三）", "参与制订行业标准：最高 2 万元", standard("industry", "participant"), ORG, [0, 2], "js-14-3-industry-participant"],
  ["第十四条（四）", "主导制订上海市地方标准：最高 6 万元", standard("local-provincial", "lead"), ORG, [0, 6], "js-14-4-local-lead"],
  ["第十四条（四）", "参与制订上海市地方标准：最高 2 万元", standard("local-provincial", "participant"), ORG, [0, 2], "js-14-4-local-participant"],
  [
    "第十四条（五）",
    "区内社团组织发布自我声明公开的团体标准：最高 2 万元",
    standard("group", "lead", { selfDeclared: true }),
    { kind: "organization", orgType: "social-organization" },
    [0, 2],
    "js-14-5-group-declared",
  ],
  ["第十五条", "国家级标准化示范试点（通过验收）：最高 20 万元", { type: "standardization-pilot", level: "national", result: "pass" }, ORG, [0, 20], "js-15-pilot-national"],
  ["第十五条", "市级标准化示范试点（验收优秀）：最高 10 万元", { type: "standardization-pilot", level: "provincial", result: "excellent" }, ORG, [0, 10], "js-15-pilot-municipal"],
  ["第十六条", "获批筹建国家级产业计量测试中心：最高 50 万元", institution("national-metrology-center", "preparation"), ORG, [0, 50], "js-16-preparation-national"],
  ["第十六条", "获批筹建市级产业计量测试中心：最高 30 万元", institution("provincial-metrology-center", "preparation"), ORG, [0, 30], "js-16-preparation-provincial"],
  ["第十六条", "正式获批建立国家级产业计量测试中心：最高 50 万元", institution("national-metrology-center", "established"), ORG, [0, 50], "js-16-established-national"],
  ["第十六条", "正式获批建立市级产业计量测试中心：最高 30 万元", institution("provincial-metrology-center", "established"), ORG, [0, 30], "js-16-established-provincial"],
  ["第十七条", "国家级质量基础设施“一站式”服务试点：最高 30 万元", { type: "one-stop-pilot", level: "national" }, ORG, [0, 30], "js-17-one-stop-national"],
  ["第十七条", "市级质量基础设施“一站式”服务试点：最高 15 万元", { type: "one-stop-pilot", level: "provincial" }, ORG, [0, 15], "js-17-one-stop-municipal"],
  ["第十八条", "首次获得国家质检中心：最高 15 万元", institution("national-inspection-center", "established", true), ORG, [0, 15], "js-18-inspection-national"],
  ["第十八条", "首次获得上海市质检中心：最高 10 万元", institution("shanghai-inspection-center", "established", true), ORG, [0, 10], "js-18-inspection-shanghai"],
  ["第十九条", "首次取得 CMA：最高 5 万元", institution("cma", "established", true), ORG, [0, 5], "js-19-cma"],
  ["第二十条", "首次通过 CNAS 认可：最高 5 万元", institution("cnas", "established", true), ORG, [0, 5], "js-20-cnas"],
  ["第二十一条", "首次获得绿色产品认证 2 张：每张最高 3 万元", certification("green-product", "first", 2), ORG, [0, 6], "js-21-certification"],
  ["第二十一条", "首次获得能源管理体系认证：最高 3 万元", certification("energy-management-system", "first"), ORG, [0, 3], "js-21-certification"],
  ["第二十一条", "首次获得节能产品认证：最高 3 万元", certification("energy-saving-product", "first"), ORG, [0, 3], "js-21-certification"],
  ["第二十一条", "首次获得低碳产品认证：最高 3 万元", certification("low-carbon-product", "first"), ORG, [0, 3], "js-21-certification"],
  ["第二十一条", "首次获得测量管理体系认证：最高 3 万元", certification("measurement-management-system", "first"), ORG, [0, 3], "js-21-certification"],
  ["第二十二条", "聘请经培训合格的首席质量官：最高 1 万元", officer(), ORG, [0, 1], "js-22-chief-officer"],
  ["第二十二条", "聘请 3 名标准化总监：按组织计一次，最高 1 万元", officer({ role: "standardization-director", count: 3 }), ORG, [0, 1], "js-22-chief-officer"],
];

const perItem: Case[] = itemRows.map(([clause, what, fact, applicant, [min, max], item]) => ({
  name: `${clause}${clause.endsWith("）") ? "" : " "}${what}`,
  clause,
  applicant,
  facts: [fact],
  total: [min * WAN, max * WAN],
  lines: { [item]: [min * WAN, max * WAN] },
  unquantified: [],
}));

const notPaid: Case[] = [
  {
    name: "第五条（三）区长质量奖、区质量金奖：按区政府规定执行，细则未写金额",
    clause: "第五条（三）",
    facts: [award("district-quality-award")],
    total: [0, 0],
    lines: {},
    unquantified: ["js-5-3-district"],
  },
  {
    name: "第五条（三）区级质量奖（个人）：同样未写金额",
    applicant: PERSON,
    clause: "第五条（三）",
    facts: [award("district-quality-award")],
    total: [0, 0],
    lines: {},
    unquantified: ["js-5-3-district"],
  },
  {
    name: "第七条（一）（二）成果类别定条款：标志性项目、共性技术成果即使填了等级，也不按（三）成果奖计",
    facts: [breakthrough("landmark-project", "first"), breakthrough("common-technology", "second"), breakthrough("landmark-project", "third")],
    total: [0, 45 * WAN],
    lines: { "js-7-1-landmark": ["第七条（一）", 0, 30 * WAN], "js-7-2-common": ["第七条（二）", 0, 15 * WAN] },
  },
  {
    name: "第八条 只奖励组织：个人获“最佳实践”不予奖励",
    applicant: PERSON,
    facts: [{ type: "reliability-best-practice" }],
    total: [0, 0],
    reasons: ["no-matching-item"],
  },
  ...(
    [
      ["第十三条（一）", "international", "TC", "国际 TC 秘书处"],
      ["第十三条（一）", "international", "SC", "国际 SC 秘书处"],
      ["第十三条（一）", "international", "WG", "国际工作组"],
      ["第十三条（二）", "national", "TC", "全国 TC 秘书处"],
      ["第十三条（二）", "national", "SC", "全国 SC 秘书处"],
      ["第十三条（二）", "national", "WG", "全国工作组"],
      ["第十三条（三）", "provincial", "TC", "上海市 TC 秘书处"],
      ["第十三条（三）", "provincial", "SC", "上海市 SC 秘书处"],
    ] as const
  ).map(
    ([clause, level, b, what]): Case => ({
      name: `${clause}须为新承担：早已承担的${what}不予奖励`,
      clause,
      facts: [body(level, b, false)],
      total: [0, 0],
      lines: { [`js-13-${level}-${b.toLowerCase()}`]: [0, 0] },
    }),
  ),
  {
    name: "第十三条（三）上海市标准化技术委员会只奖励 TC、SC 秘书处，工作组不在列",
    facts: [body("provincial", "WG")],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "第十三条（四）只写新型标准化技术组织和国家标准验证点：新承担国家技术标准创新基地不在本条",
    facts: [{ type: "standards-platform", platform: "national-innovation-base", isNew: true }],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "第十四条（一）其他重要国际性专业标准组织的标准只奖励主导制订：参与制订不予奖励",
    facts: [standard("international-other", "participant")],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "第十四条（五）团体标准只奖励区内社团组织：企业发布的不予奖励",
    clause: "第十四条（五）",
    facts: [standard("group", "lead", { selfDeclared: true })],
    total: [0, 0],
    lines: { "js-14-5-group-declared": [0, 0] },
  },
  {
    name: "第十四条（五）团体标准须在上海市标准信息公共服务平台自我声明公开",
    applicant: { kind: "organization", orgType: "social-organization" },
    facts: [standard("group", "lead")],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "第十四条（二）自我声明公开只对团体标准有意义：主导制订国家标准仍按（二）最高 30 万元",
    clause: "第十四条（二）",
    applicant: { kind: "organization", orgType: "social-organization" },
    facts: [standard("national", "lead", { selfDeclared: true })],
    total: [0, 30 * WAN],
    lines: { "js-14-2-national-lead": [0, 30 * WAN] },
  },
  ...(
    [
      ["第十八条", "national-inspection-center", "国家质检中心", "js-18-inspection-national"],
      ["第十八条", "shanghai-inspection-center", "上海市质检中心", "js-18-inspection-shanghai"],
      ["第十九条", "cma", "检验检测机构资质认定证书（CMA）", "js-19-cma"],
      ["第二十条", "cnas", "CNAS 认可", "js-20-cnas"],
    ] as const
  ).map(
    ([clause, inst, what, item]): Case => ({
      name: `${clause} 须为首次取得：再次取得${what}不予补贴`,
      clause,
      facts: [institution(inst, "established", false)],
      total: [0, 0],
      lines: { [item]: [0, 0] },
    }),
  ),
  {
    name: "第二十一条 须为首次获得：绿色产品再认证不予补贴",
    facts: [certification("green-product", "recertification")],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "第二十二条 参加政府部门等组织的公益培训而获得培训合格证书的除外",
    clause: "第二十二条",
    facts: [officer({ freePublicTraining: true })],
    total: [0, 0],
    lines: { "js-22-chief-officer": [0, 0] },
  },
  {
    name: "第二十二条 须已聘请该员工担任首席质量官",
    clause: "第二十二条",
    facts: [officer({ appointed: false })],
    total: [0, 0],
    lines: { "js-22-chief-officer": [0, 0] },
  },
  {
    name: "第二十二条 只写首席质量官、标准化总监：聘请知识产权工作者不在本条",
    facts: [officer({ role: "ip-worker" })],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },
];

/** 第二十三条（二）“就高不就低”的八组：两个级别，各自的最高额（万元），各自的条款。 */
const highestGroups: [string, string, Fact, string, string, number, Fact, string, string, number][] = [
  ["js-23-highest-quality-award", "中国质量奖与上海市市长质量奖", award("china-quality-award"), "js-5-1-china-org", "第五条（一）", 100, MAYOR, "js-5-2-mayor-org", "第五条（二）", 80],
  ["js-23-highest-standard-project-award", "中国与上海市标准创新贡献奖标准项目奖一等奖", sia("china-project", "first"), "js-6-1-project-first", "第六条（一）", 50, sia("shanghai-project", "first"), "js-6-2-project-first", "第六条（二）", 20],
  ["js-23-highest-standard-org-award", "中国与上海市标准创新贡献奖组织奖", sia("china-organization"), "js-6-1-org-award", "第六条（一）", 30, sia("shanghai-organization"), "js-6-2-org-award", "第六条（二）", 5],
  ["js-23-highest-leader", "国家级与市级“标准领跑者”", { type: "standard-leader", level: "national" }, "js-9-leader-national", "第九条", 3, { type: "standard-leader", level: "provincial" }, "js-9-leader-municipal", "第九条", 1],
  ["js-23-highest-zone", "国家级与市级质量品牌提升示范区", { type: "quality-brand-zone", level: "national" }, "js-10-zone-national", "第十条", 100, { type: "quality-brand-zone", level: "provincial" }, "js-10-zone-municipal", "第十条", 50],
  ["js-23-highest-pilot", "国家级与市级标准化示范试点", { type: "standardization-pilot", level: "national", result: "pass" }, "js-15-pilot-national", "第十五条", 20, { type: "standardization-pilot", level: "provincial", result: "pass" }, "js-15-pilot-municipal", "第十五条", 10],
  ["js-23-highest-one-stop", "国家级与市级“一站式”服务试点", { type: "one-stop-pilot", level: "national" }, "js-17-one-stop-national", "第十七条", 30, { type: "one-stop-pilot", level: "provincial" }, "js-17-one-stop-municipal", "第十七条", 15],
  ["js-23-highest-inspection", "国家质检中心与上海市质检中心", institution("national-inspection-center", "established", true), "js-18-inspection-national", "第十八条", 15, institution("shanghai-inspection-center", "established", true), "js-18-inspection-shanghai", "第十八条", 10],
];

const on = (date: string, f: Fact): Fact => ({ ...f, date });

const highestOnly: Case[] = highestGroups.flatMap(([limit, what, high, highItem, highClause, highWan, low, lowItem, lowClause, lowWan]): Case[] => [
  {
    name: `第二十三条（二）同一年度获${what}：就高不就低，只奖励最高 ${highWan} 万元的一项`,
    facts: [low, high],
    total: [0, highWan * WAN],
    lines: { [highItem]: [highClause, 0, highWan * WAN], [lowItem]: [lowClause, 0, 0] },
    adjustments: { [limit]: ["第二十三条（二）", 0, -lowWan * WAN] },
  },
  {
    name: `第二十三条（二）${what}分属 2025、2026 两个年度：不是同一年度，各自奖励，最高共 ${highWan + lowWan} 万元`,
    facts: [on("2025-12-31", low), on("2026-01-01", high)],
    total: [0, (highWan + lowWan) * WAN],
    lines: { [highItem]: [highClause, 0, highWan * WAN], [lowItem]: [lowClause, 0, lowWan * WAN] },
    adjustments: {},
    justUnder: limit,
  },
]);

const limits: Case[] = [
  {
    name: "第十四条 修订国家标准（主导）：不高于制定上限 30 万元的 50%，最高 15 万元",
    clause: "第十四条（二）",
    facts: [standard("national", "lead", { action: "revise" })],
    total: [0, 15 * WAN],
    lines: { "js-14-2-national-lead": [0, 15 * WAN] },
    adjustments: { "js-23-revision-half": ["第十四条", 0, -15 * WAN] },
  },
  {
    name: "第十四条 制定国家标准（主导）：不是修订，按制定上限最高 30 万元",
    clause: "第十四条（二）",
    facts: [standard("national", "lead")],
    total: [0, 30 * WAN],
    lines: { "js-14-2-national-lead": [0, 30 * WAN] },
    adjustments: {},
    justUnder: "js-23-revision-half",
  },
  {
    name: "第十四条 修订行业标准（参与）2 项：每项最高 1 万元",
    clause: "第十四条（三）",
    facts: [standard("industry", "participant", { action: "revise", count: 2 })],
    total: [0, 2 * WAN],
    lines: { "js-14-3-industry-participant": [0, 2 * WAN] },
    adjustments: { "js-23-revision-half": ["第十四条", 0, -2 * WAN] },
  },
  ...highestOnly,
  // 同一级别的几项不是“不同级别的荣誉”（第二十三条（二）的 reading）：各按本条奖励，只受年度 100 万元上限约束。
  {
    name: "第二十三条（二）同一年度获市长质量奖与质量金奖（同为市级）：不是不同级别，两项都奖励，30 万元 + 最高 80 万元，年度上限核减为最高 100 万元",
    clause: "第五条（二）",
    facts: [MAYOR, GOLD],
    total: [30 * WAN, 100 * WAN],
    lines: { "js-5-2-mayor-org": [0, 70 * WAN], "js-5-2-gold-org": [30 * WAN, 30 * WAN] },
    adjustments: { "js-23-yearly-cap": ["第二十三条（二）", 0, -10 * WAN] },
    unquantified: [],
  },
  {
    name: "第二十三条（二）同一年度获中国质量奖与提名奖（同为国家级）：两项都奖励，最高 100 + 50 万元，年度上限核减为最高 100 万元",
    clause: "第五条（一）",
    facts: [award("china-quality-award"), award("china-quality-award-nomination")],
    total: [0, 100 * WAN],
    lines: { "js-5-1-china-org": [0, 100 * WAN], "js-5-1-nomination-org": [0, 0] },
    adjustments: { "js-23-yearly-cap": ["第二十三条（二）", 0, -50 * WAN] },
    unquantified: [],
  },
  {
    // 一、二等奖是同一级别奖项的等次：两个标准项目分获国家级一等奖、二等奖，各自奖励，最高 50 + 40 = 90 万元，不到年度上限。
    name: "第二十三条（二）同一年度两个标准项目分获中国标准创新贡献奖一等奖、二等奖（同为国家级）：等次不是级别，两项都奖励，最高 90 万元",
    clause: "第六条（一）",
    facts: [sia("china-project", "first"), sia("china-project", "second")],
    total: [0, 90 * WAN],
    lines: { "js-6-1-project-first": [0, 50 * WAN], "js-6-1-project-second": [0, 40 * WAN] },
    adjustments: {},
    justUnder: "js-23-highest-standard-project-award",
    unquantified: [],
  },
  {
    // 国家级二等奖（最高 40 万元）在，上海市二等奖（最高 10 万元）、三等奖（最高 5 万元）是低级别，不再奖励。
    name: "第二十三条（二）同一年度中国标准项目奖二等奖与上海市二等奖、三等奖：只按国家级计，最高 40 万元",
    facts: [sia("shanghai-project", "second"), sia("china-project", "second"), sia("shanghai-project", "third")],
    total: [0, 40 * WAN],
    lines: {
      "js-6-1-project-second": ["第六条（一）", 0, 40 * WAN],
      "js-6-2-project-second": ["第六条（二）", 0, 0],
      "js-6-2-project-third": ["第六条（二）", 0, 0],
    },
    adjustments: { "js-23-highest-standard-project-award": ["第二十三条（二）", 0, -15 * WAN] },
    unquantified: [],
  },
  {
    // 国家级三等奖最高 30 万元，上海市一等奖最高 20 万元：等次高低不论，国家级在，市级不再奖励。
    name: "第二十三条（二）同一年度中国标准项目奖三等奖与上海市一等奖：级别高者为国家级三等奖，最高 30 万元",
    facts: [sia("shanghai-project", "first"), sia("china-project", "third")],
    total: [0, 30 * WAN],
    lines: { "js-6-1-project-third": ["第六条（一）", 0, 30 * WAN], "js-6-2-project-first": ["第六条（二）", 0, 0] },
    adjustments: { "js-23-highest-standard-project-award": ["第二十三条（二）", 0, -20 * WAN] },
    unquantified: [],
  },
  {
    // 国家级提名奖在，市级质量金奖（确定 30 万元）不再奖励：确定部分也随之不计。
    name: "第二十三条（二）同一年度获中国质量奖提名奖与上海市质量金奖：只按国家级提名奖计，质量金奖 30 万元不再奖励",
    facts: [GOLD, award("china-quality-award-nomination")],
    total: [0, 50 * WAN],
    lines: { "js-5-1-nomination-org": ["第五条（一）", 0, 50 * WAN], "js-5-2-gold-org": ["第五条（二）", 0, 0] },
    adjustments: { "js-23-highest-quality-award": ["第二十三条（二）", -30 * WAN, -30 * WAN] },
    unquantified: [],
  },
  {
    name: "第二十三条（二）同一年度两项国家级“标准领跑者”分两行填写：同一级别不是“不同级别”，按项数计，最高 6 万元",
    clause: "第九条",
    facts: [{ type: "standard-leader", level: "national" }, { type: "standard-leader", level: "national" }],
    total: [0, 6 * WAN],
    lines: { "js-9-leader-national": [0, 6 * WAN] },
    adjustments: {},
  },
  {
    name: "第二十三条（二）同一年度两项国家级、一项市级“标准领跑者”：国家级两项都计，市级不再奖励，最高 6 万元",
    clause: "第九条",
    facts: [{ type: "standard-leader", level: "national" }, { type: "standard-leader", level: "provincial" }, { type: "standard-leader", level: "national" }],
    total: [0, 6 * WAN],
    lines: { "js-9-leader-national": [0, 6 * WAN], "js-9-leader-municipal": [0, 0] },
    adjustments: { "js-23-highest-leader": ["第二十三条（二）", 0, -WAN] },
  },
  {
    name: "第二十三条（二）就高不就低只约束组织：个人同年获两奖各 2 万元",
    clause: "第五条（二）",
    applicant: PERSON,
    facts: [MAYOR, GOLD],
    total: [4 * WAN, 4 * WAN],
    lines: { "js-5-2-person": [4 * WAN, 4 * WAN] },
    adjustments: {},
  },
  {
    // 第二十三条（二）“……按照“就高不就低”的原则给予一次性奖励，给予更高级别的奖励后，不再对低级别的进行奖励”：
    // 高低指级别。国家级提名奖最高 50 万元 → 保留；市级市长质量奖最高 80 万元 → 不再奖励。合计 0–50 万元。
    name: "第二十三条（二）同一年度获中国质量奖提名奖（国家级，最高 50 万元）与上海市市长质量奖（市级，最高 80 万元）：按级别就高，只计提名奖",
    facts: [award("china-quality-award-nomination"), MAYOR],
    total: [0, 50 * WAN],
    lines: { "js-5-1-nomination-org": ["第五条（一）", 0, 50 * WAN], "js-5-2-mayor-org": ["第五条（二）", 0, 0] },
    adjustments: { "js-23-highest-quality-award": ["第二十三条（二）", 0, -80 * WAN] },
    unquantified: [],
  },
  {
    name: "第二十三条（二）提名奖与市长质量奖在不同年度：不是同一年度，分别奖励，最高 50 + 80 = 130 万元",
    facts: [award("china-quality-award-nomination", "2025-12-31"), award("shanghai-mayor-quality-award", "2026-01-01")],
    total: [0, 130 * WAN],
    lines: { "js-5-1-nomination-org": ["第五条（一）", 0, 50 * WAN], "js-5-2-mayor-org": ["第五条（二）", 0, 80 * WAN] },
    adjustments: {},
    unquantified: [],
  },
  {
    // 国家级 1 项最高 3 万元；市级 5 项每项最高 1 万元，共 5 万元。按级别就高：只计国家级 0–3 万元。
    name: "第二十三条（二）同一年度国家级“标准领跑者”1 项与市级 5 项：市级合计更多（5 万元），仍按国家级计，最高 3 万元",
    facts: [
      { type: "standard-leader", level: "national" },
      { type: "standard-leader", level: "provincial", count: 5 },
    ],
    total: [0, 3 * WAN],
    clause: "第九条",
    lines: { "js-9-leader-national": [0, 3 * WAN], "js-9-leader-municipal": [0, 0] },
    adjustments: { "js-23-highest-leader": ["第二十三条（二）", 0, -5 * WAN] },
    unquantified: [],
  },
  {
    // 第二十二条“对聘请……首席质量官、标准化总监的组织，给予最高1万元资助”：资助对象是组织，每年一次。
    name: "第二十二条 同一组织同一年度聘请首席质量官和标准化总监，分两项填写：每个组织每年一次，最高 1 万元",
    clause: "第二十二条",
    facts: [officer(), officer({ role: "standardization-director" })],
    total: [0, WAN],
    lines: { "js-22-chief-officer": [0, WAN] },
    adjustments: { "js-22-once-a-year": ["第二十二条", 0, -WAN] },
    unquantified: [],
  },
  {
    name: "第二十二条 2025 年聘请首席质量官、2026 年聘请标准化总监：每年各一次，最高 2 万元",
    clause: "第二十二条",
    facts: [officer({ date: "2025-06-01" }), officer({ role: "standardization-director", date: "2026-01-01" })],
    total: [0, 2 * WAN],
    lines: { "js-22-chief-officer": [0, 2 * WAN] },
    adjustments: {},
    justUnder: "js-22-once-a-year",
    unquantified: [],
  },
  {
    name: "第二十三条（二）一年 6 个参与制订国家标准项目：奖励不超过 5 个",
    clause: "第十四条（二）",
    facts: [standard("national", "participant", { count: 6 })],
    total: [0, 15 * WAN],
    lines: { "js-14-2-national-participant": [0, 15 * WAN] },
    adjustments: { "js-23-five-standards": ["第二十三条（二）", 0, -3 * WAN] },
    lineNotes: { "js-14-2-national-participant": "第二十三条（二）：同一组织一年中标准制（修）订项目奖励不超过 5 个，本项只计 5 项" },
  },
  {
    name: "第二十三条（二）一年恰好 5 个参与制订国家标准项目：不超过 5 个，全部奖励",
    clause: "第十四条（二）",
    facts: [standard("national", "participant", { count: 5 })],
    total: [0, 15 * WAN],
    lines: { "js-14-2-national-participant": [0, 15 * WAN] },
    adjustments: {},
    justUnder: "js-23-five-standards",
  },
  {
    name: "第二十三条（二）6 个标准项目，主导与参与混合：保留金额最高的 5 个",
    facts: [standard("national", "participant", { count: 3 }), standard("industry", "lead", { count: 3 })],
    total: [0, 36 * WAN],
    lines: { "js-14-3-industry-lead": ["第十四条（三）", 0, 30 * WAN], "js-14-2-national-participant": ["第十四条（二）", 0, 6 * WAN] },
    adjustments: { "js-23-five-standards": ["第二十三条（二）", 0, -3 * WAN] },
  },
  {
    name: "第二十三条（二）修订也是标准制（修）订项目：5 个制订加 1 个修订，修订的最高 1 万元不计",
    facts: [standard("national", "participant", { count: 5 }), standard("industry", "participant", { action: "revise" })],
    total: [0, 15 * WAN],
    lines: { "js-14-2-national-participant": ["第十四条（二）", 0, 15 * WAN], "js-14-3-industry-participant": ["第十四条（三）", 0, 0] },
    adjustments: { "js-23-revision-half": ["第十四条", 0, -WAN], "js-23-five-standards": ["第二十三条（二）", 0, -WAN] },
  },
  {
    name: "第二十三条（二）不同年度各 5 个标准项目：各年分别计",
    clause: "第十四条（二）",
    facts: [
      standard("national", "participant", { count: 5, date: "2025-06-01" }),
      standard("national", "participant", { count: 5, date: "2026-01-01" }),
    ],
    total: [0, 30 * WAN],
    lines: { "js-14-2-national-participant": [0, 30 * WAN] },
    adjustments: {},
  },
  {
    name: "第二十三条（二）年度 100 万元：恰好 100 万元不核减",
    facts: [GOLD, certification("shanghai-brand", "first"), { type: "shanghai-standard" }, { type: "reliability-best-practice" }],
    total: [90 * WAN, 100 * WAN],
    lines: {
      "js-5-2-gold-org": ["第五条（二）", 30 * WAN, 30 * WAN],
      "js-11-brand-first": ["第十一条", 30 * WAN, 30 * WAN],
      "js-12-shanghai-standard": ["第十二条", 30 * WAN, 30 * WAN],
      "js-8-reliability": ["第八条", 0, 10 * WAN],
    },
    adjustments: {},
    justUnder: "js-23-yearly-cap",
  },
  {
    name: "第二十三条（二）年度 100 万元：超出部分核减",
    facts: [GOLD, certification("shanghai-brand", "first"), { type: "shanghai-standard" }, { type: "reliability-best-practice" }, institution("cma", "established", true)],
    total: [90 * WAN, 100 * WAN],
    lines: {
      "js-5-2-gold-org": ["第五条（二）", 30 * WAN, 30 * WAN],
      "js-11-brand-first": ["第十一条", 30 * WAN, 30 * WAN],
      "js-12-shanghai-standard": ["第十二条", 30 * WAN, 30 * WAN],
      "js-8-reliability": ["第八条", 0, 10 * WAN],
      "js-19-cma": ["第十九条", 0, 0],
    },
    adjustments: { "js-23-yearly-cap": ["第二十三条（二）", 0, -5 * WAN] },
  },
  {
    name: "第二十三条（二）年度 100 万元：确定部分也不超过 100 万元，从金额大的一项起保留，同额的按填写顺序",
    facts: [GOLD, certification("shanghai-brand", "first"), { type: "shanghai-standard", count: 2 }],
    total: [100 * WAN, 100 * WAN],
    lines: {
      "js-12-shanghai-standard": ["第十二条", 60 * WAN, 60 * WAN],
      "js-5-2-gold-org": ["第五条（二）", 30 * WAN, 30 * WAN],
      "js-11-brand-first": ["第十一条", 10 * WAN, 10 * WAN],
    },
    adjustments: { "js-23-yearly-cap": ["第二十三条（二）", -20 * WAN, -20 * WAN] },
  },
  {
    name: "第二十三条（二）年度 100 万元按年计：两年各 100 万元",
    facts: [
      { type: "quality-brand-zone", level: "national", date: "2025-06-01" },
      { type: "quality-brand-zone", level: "national", date: "2026-01-01" },
      { type: "shanghai-standard", date: "2026-01-01" },
    ],
    total: [30 * WAN, 200 * WAN],
    lines: { "js-10-zone-national": ["第十条", 0, 170 * WAN], "js-12-shanghai-standard": ["第十二条", 30 * WAN, 30 * WAN] },
    adjustments: { "js-23-yearly-cap": ["第二十三条（二）", 0, -30 * WAN] },
  },
  {
    name: "第二十三条（二）年度 100 万元只约束组织：个人不受此限",
    applicant: PERSON,
    clause: "第五条（一）",
    facts: Array.from({ length: 51 }, () => award("china-quality-award")),
    total: [102 * WAN, 102 * WAN],
    lines: { "js-5-1-person": [102 * WAN, 102 * WAN] },
    adjustments: {},
  },
  {
    // 市长质量奖、质量金奖同为市级，都奖励；国家级示范区是另一项目（第十条），不与质量奖比级别。
    // 确定部分先填上限：质量金奖 30 万元；余下 70 万元按金额大的一项起：示范区 0–70 万元，市长质量奖 0 元。
    name: "第二十三条（二）同一年度市长质量奖、质量金奖与国家级质量品牌提升示范区：质量奖同级都计，年度上限 100 万元先保确定的 30 万元",
    facts: [MAYOR, GOLD, { type: "quality-brand-zone", level: "national" }],
    total: [30 * WAN, 100 * WAN],
    lines: {
      "js-5-2-gold-org": ["第五条（二）", 30 * WAN, 30 * WAN],
      "js-5-2-mayor-org": ["第五条（二）", 0, 0],
      "js-10-zone-national": ["第十条", 0, 70 * WAN],
    },
    adjustments: { "js-23-yearly-cap": ["第二十三条（二）", 0, -110 * WAN] },
  },
];

const windowAndApplicant: Case[] = [
  {
    name: "第二十七条 2025-03-31 获奖：早于实施日期，不予奖励",
    facts: [award("shanghai-quality-gold-award", "2025-03-31")],
    total: [0, 0],
    reasons: ["fact-outside-window"],
  },
  {
    name: "第二十七条 2025-04-01 获奖：实施首日，奖励 30 万元",
    facts: [award("shanghai-quality-gold-award", "2025-04-01")],
    total: [30 * WAN, 30 * WAN],
  },
  {
    name: "第二十七条 2030-12-31 获奖并当日计算：有效期末日，奖励 30 万元",
    asOf: "2030-12-31",
    facts: [award("shanghai-quality-gold-award", "2030-12-31")],
    total: [30 * WAN, 30 * WAN],
    inForce: true,
  },
  {
    name: "第二十七条 2031-01-01 获奖：有效期已过，不予奖励",
    asOf: "2031-01-01",
    facts: [award("shanghai-quality-gold-award", "2031-01-01")],
    total: [0, 0],
    inForce: false,
    reasons: ["not-in-force", "fact-outside-window"],
  },
  {
    name: "第二十七条 计算日期 2025-03-31：细则尚未实施",
    asOf: "2025-03-31",
    facts: [award("shanghai-quality-gold-award", "2025-03-01")],
    total: [0, 0],
    inForce: false,
    reasons: ["not-yet-in-force"],
  },
  {
    name: "第二十七条 计算日期 2031-01-01：细则已失效，有效期内的获奖也不再计算",
    asOf: "2031-01-01",
    facts: [award("shanghai-quality-gold-award", "2030-06-01")],
    total: [0, 0],
    inForce: false,
    reasons: ["not-in-force"],
  },
  {
    name: "第三条 由各级财政预算全额拨款的单位不适用",
    applicant: { kind: "organization", fundedBy: "full-budget" },
    facts: [GOLD],
    total: [0, 0],
    eligible: false,
    reasons: ["excluded"],
  },
  {
    name: "第三条 财政部分拨款的单位仍可申请",
    applicant: { kind: "organization", fundedBy: "partial-budget" },
    facts: [GOLD],
    total: [30 * WAN, 30 * WAN],
    eligible: true,
  },
  {
    name: "第三条 信用记录不良的组织不予支持",
    applicant: { kind: "organization", creditGood: false },
    facts: [GOLD],
    total: [0, 0],
    eligible: false,
    reasons: ["excluded"],
  },
  {
    name: "第三条 信用记录不良的个人不予支持",
    applicant: { kind: "individual", creditGood: false },
    facts: [GOLD],
    total: [0, 0],
    eligible: false,
  },
  {
    name: "第三条 三年内发生严重违法行为的组织不予支持",
    applicant: { kind: "organization", seriousViolation: true },
    facts: [GOLD],
    total: [0, 0],
    eligible: false,
    reasons: ["excluded"],
  },
  {
    name: "第三条 个人只要求信用记录良好",
    applicant: { kind: "individual", seriousViolation: true },
    facts: [GOLD],
    total: [2 * WAN, 2 * WAN],
    eligible: true,
  },
];

describe("金山区 items", () => runCases(jinshan, "2026-06-01", [...perItem, ...notPaid]));
describe("金山区 limits", () => {
  runCases(jinshan, "2026-06-01", limits);

  it("第二十三条（二）每个就高组都按级别就高，引用整句，组内每一项都写明级别", () => {
    const groups = jinshan.limits.filter((l) => l.kind === "highestOnly");
    expect(groups.length).toBe(8);
    for (const g of groups) {
      expect(g, g.id).toMatchObject({ clause: "第二十三条（二）", by: "level" });
      expect(g.quote).toBe(
        "组织在同一年度获得同一项目不同级别的荣誉，按照“就高不就低”的原则给予一次性奖励，给予更高级别的奖励后，不再对低级别的进行奖励",
      );
      const levels = new Set(g.items.map((id) => jinshan.items.find((i) => i.id === id)!.level));
      expect(levels, g.id).toEqual(new Set(["national", "provincial"]));
    }
  });
});
describe("金山区 window and applicants", () => runCases(jinshan, "2026-06-01", windowAndApplicant));

it("金山区: every limit, where value and condition has rows that would fail without it", () => {
  expect(coverageGaps(jinshan, [...perItem, ...notPaid, ...limits, ...windowAndApplicant])).toEqual([]);
});
