/**
 * 光明区《关于促进质量标准知识产权发展的若干措施》: one row per case, the clause first, the yuan expected.
 * Unless a row says otherwise: the applicant is an ordinary enterprise, everything is dated on the
 * calculation date 2025-06-01, and [确定, 最高] is the total in yuan.
 */
import { describe, expect, it } from "vitest";
import { guangming } from "@policies/guangming";
import { coverageGaps, evaluateCase, ORG, PERSON, runCases, type Case } from "./cases";
import type { Applicant, Fact } from "@/engine/types";

const AS_OF = "2025-06-01";

const asOrg = (orgType: string): Applicant => ({ ...ORG, orgType });
const UNIVERSITY = asOrg("university");
const INSTITUTE = asOrg("research-institute");
const ASSOCIATION = asOrg("industry-association");
const AGENCY = asOrg("ip-service-agency");
const PARK = asOrg("park");

const standard = (scope: string, role: string, action: string, count?: number): Fact => ({
  type: "standard-project",
  scope,
  role,
  action,
  ...(count ? { count } : {}),
});
const cityFunding = (programme: string, amount: number): Fact => ({ type: "shenzhen-funding", programme, amount });
const ipCenter = (center: string, level: string, more: Partial<Fact> = {}): Fact => ({ type: "ip-center", center, level, ...more });
const running = { filed: true, operatingOneYear: true };
const loan = (amount: number, date?: string): Fact => ({ type: "ip-pledge-loan", repaidLastYear: true, amount, ...(date ? { date } : {}) });
const navigation = (project: string, amount: number): Fact => ({ type: "ip-analysis-project", project, amount });

const cases: Case[] = [
  // （一）支持树立光明质量标杆
  {
    name: "（一）深圳市市长质量奖，市级奖励 100 万元：按 100% 配套 100 万元",
    clause: "（一）",
    facts: [{ type: "quality-award", award: "shenzhen-mayor-quality-award", amount: 1_000_000 }],
    total: [1_000_000, 1_000_000],
    lines: { "gm-1-matching": [1_000_000, 1_000_000] },
  },
  {
    name: "（一）中国质量奖，市级奖励 500 万元：单个项目最高 300 万元",
    clause: "（一）",
    facts: [{ type: "quality-award", award: "china-quality-award", amount: 5_000_000 }],
    total: [3_000_000, 3_000_000],
    lines: { "gm-1-matching": [3_000_000, 3_000_000] },
  },
  {
    name: "（一）中国质量奖提名奖，市级奖励 50 万元：按 100% 配套 50 万元",
    clause: "（一）",
    facts: [{ type: "quality-award", award: "china-quality-award-nomination", amount: 500_000 }],
    total: [500_000, 500_000],
    lines: { "gm-1-matching": [500_000, 500_000] },
  },
  {
    name: "（一）广东省政府质量奖，市级奖励 300 万元：按 100% 配套，恰为单个项目最高 300 万元",
    clause: "（一）",
    facts: [{ type: "quality-award", award: "guangdong-government-quality-award", amount: 3_000_000 }],
    total: [3_000_000, 3_000_000],
    lines: { "gm-1-matching": [3_000_000, 3_000_000] },
  },
  {
    name: "（一）广东省政府质量奖提名奖，未填市级奖励金额：确定 0，最高 300 万元",
    clause: "（一）",
    facts: [{ type: "quality-award", award: "guangdong-government-quality-award-nomination" }],
    total: [0, 3_000_000],
    lines: { "gm-1-matching": [0, 3_000_000] },
  },
  {
    name: "（一）区级质量奖：按区级质量奖管理办法，本措施不写金额",
    clause: "（一）",
    facts: [{ type: "quality-award", award: "district-quality-award" }],
    total: [0, 0],
    lines: {},
    unquantified: ["gm-1-district"],
  },
  {
    name: "（一）上海市市长质量奖：不在本条所列奖项之内，不配套",
    facts: [{ type: "quality-award", award: "shanghai-mayor-quality-award", amount: 800_000 }],
    total: [0, 0],
    lines: {},
    unquantified: [],
    reasons: ["no-matching-item"],
  },

  // （二）支持实施卓越绩效管理
  {
    name: "（二）卓越绩效成熟度恰为 40%：“以上”含本数，最高 30 万元",
    clause: "（二）",
    facts: [{ type: "excellence-performance", maturity: 40 }],
    total: [0, 300_000],
    lines: { "gm-2-excellence": [0, 300_000] },
  },
  {
    name: "（二）卓越绩效成熟度 39%：未达 40%，不资助",
    clause: "（二）",
    facts: [{ type: "excellence-performance", maturity: 39 }],
    total: [0, 0],
    lines: { "gm-2-excellence": [0, 0] },
  },
  {
    name: "（二）重大质量活动，实际支出 15 万元：最高按成本 15 万元",
    facts: [{ type: "quality-activity", amount: 150_000 }],
    total: [0, 150_000],
  },
  {
    name: "（二）重大质量活动，实际支出 30 万元：最高 20 万元",
    clause: "（二）",
    facts: [{ type: "quality-activity", amount: 300_000 }],
    total: [0, 200_000],
    lines: { "gm-2-quality-activity": [0, 200_000] },
  },

  // （三）支持重大标准化活动：市级资助的 50%，单项最高 30 / 25 / 15 万元
  {
    name: "（三）标准化技术委员会机构工作，市级资助 80 万元：50% 为 40 万元，封顶 30 万元",
    clause: "（三）",
    facts: [cityFunding("standards-body-work", 800_000)],
    total: [300_000, 300_000],
    lines: { "gm-3-standards-body-work": [300_000, 300_000] },
  },
  {
    name: "（三）重大标准活动，市级资助 40 万元：50% 为 20 万元（未到 25 万元上限）",
    clause: "（三）",
    facts: [cityFunding("standards-event", 400_000)],
    total: [200_000, 200_000],
    lines: { "gm-3-standards-event": [200_000, 200_000] },
  },
  {
    name: "（三）国外技术性贸易措施研究，市级资助 40 万元：50% 为 20 万元，封顶 15 万元",
    clause: "（三）",
    facts: [cityFunding("trade-measures-research", 400_000)],
    total: [150_000, 150_000],
    lines: { "gm-3-trade-measures": [150_000, 150_000] },
  },

  // （四）支持开展标准制定修订
  {
    name: "（四）1 团体标准市级资助 30 万元、国际标准市级资助 80 万元：100% 配套，后者封顶 50 万元",
    clause: "（四）1",
    facts: [cityFunding("group-standard", 300_000), cityFunding("international-standard", 800_000)],
    total: [800_000, 800_000],
    lines: { "gm-4-1-matching": [800_000, 800_000] },
  },
  {
    name: "（四）1 “一带一路”区域标准制定修订市级资助 20 万元：100% 配套 20 万元",
    clause: "（四）1",
    facts: [cityFunding("belt-and-road-standard", 200_000)],
    total: [200_000, 200_000],
    lines: { "gm-4-1-matching": [200_000, 200_000] },
  },
  {
    name: "（四）2 主导国家标准制定 2 项：每项最高 30 万元",
    clause: "（四）2",
    facts: [standard("national", "lead", "formulate", 2)],
    total: [0, 600_000],
    lines: { "gm-4-2-national-lead-formulate": [0, 600_000] },
  },
  {
    name: "（四）2 主导国家标准修订：最高 15 万元",
    clause: "（四）2",
    facts: [standard("national", "lead", "revise")],
    total: [0, 150_000],
    lines: { "gm-4-2-national-lead-revise": [0, 150_000] },
  },
  {
    name: "（四）2 参与国家标准制定：最高 10 万元",
    clause: "（四）2",
    facts: [standard("national", "participant", "formulate")],
    total: [0, 100_000],
    lines: { "gm-4-2-national-participant-formulate": [0, 100_000] },
  },
  {
    name: "（四）2 参与国家标准修订：最高 5 万元",
    clause: "（四）2",
    facts: [standard("national", "participant", "revise")],
    total: [0, 50_000],
    lines: { "gm-4-2-national-participant-revise": [0, 50_000] },
  },
  {
    name: "（四）3 主导行业标准制定、修订：最高 20 万元 + 10 万元",
    clause: "（四）3",
    facts: [standard("industry", "lead", "formulate"), standard("industry", "lead", "revise")],
    total: [0, 300_000],
    lines: { "gm-4-3-industry-lead-formulate": [0, 200_000], "gm-4-3-industry-lead-revise": [0, 100_000] },
  },
  {
    name: "（四）3 参与行业标准制定、修订：最高 7 万元 + 3 万元",
    clause: "（四）3",
    facts: [standard("industry", "participant", "formulate"), standard("industry", "participant", "revise")],
    total: [0, 100_000],
    lines: { "gm-4-3-industry-participant-formulate": [0, 70_000], "gm-4-3-industry-participant-revise": [0, 30_000] },
  },
  {
    name: "（四）4 主导广东省地方标准制定、深圳市地方标准修订：最高 10 万元 + 5 万元",
    clause: "（四）4",
    facts: [standard("local-provincial", "lead", "formulate"), standard("local-city", "lead", "revise")],
    total: [0, 150_000],
    lines: { "gm-4-4-local-lead-formulate": [0, 100_000], "gm-4-4-local-lead-revise": [0, 50_000] },
  },
  {
    name: "（四）4 参与深圳市地方标准制定、修订：最高 3 万元 + 1.5 万元",
    clause: "（四）4",
    facts: [standard("local-city", "participant", "formulate"), standard("local-city", "participant", "revise")],
    total: [0, 45_000],
    lines: { "gm-4-4-local-participant-formulate": [0, 30_000], "gm-4-4-local-participant-revise": [0, 15_000] },
  },
  ...(
    [
      ["（四）3", "industry", "lead", "formulate", "主导行业标准制定", "gm-4-3-industry-lead-formulate", 200_000],
      ["（四）3", "industry", "lead", "revise", "主导行业标准修订", "gm-4-3-industry-lead-revise", 100_000],
      ["（四）3", "industry", "participant", "formulate", "参与行业标准制定", "gm-4-3-industry-participant-formulate", 70_000],
      ["（四）3", "industry", "participant", "revise", "参与行业标准修订", "gm-4-3-industry-participant-revise", 30_000],
      ["（四）4", "local-city", "lead", "formulate", "主导深圳市地方标准制定", "gm-4-4-local-lead-formulate", 100_000],
      ["（四）4", "local-provincial", "lead", "revise", "主导广东省地方标准修订", "gm-4-4-local-lead-revise", 50_000],
      ["（四）4", "local-provincial", "participant", "formulate", "参与广东省地方标准制定", "gm-4-4-local-participant-formulate", 30_000],
      ["（四）4", "local-provincial", "participant", "revise", "参与广东省地方标准修订", "gm-4-4-local-participant-revise", 15_000],
    ] as const
  ).map(
    ([clause, scope, role, action, what, item, yuan]): Case => ({
      name: `${clause} 只${what}：最高 ${yuan / 10_000} 万元`,
      clause,
      facts: [standard(scope, role, action)],
      total: [0, yuan],
      lines: { [item]: [0, yuan] },
    }),
  ),
  {
    name: "（四）企业标准、团体标准的制定不在（四）2–4 之列",
    facts: [standard("enterprise", "lead", "formulate"), standard("group", "lead", "formulate")],
    total: [0, 0],
    reasons: ["no-matching-item"],
  },

  // （五）支持标准化试点示范
  {
    name: "（五）中国标准创新贡献奖标准项目奖，市级奖励 60 万元：100% 配套，封顶 50 万元",
    clause: "（五）",
    facts: [{ type: "standard-innovation-award", award: "china-project", grade: "first", amount: 600_000 }],
    total: [500_000, 500_000],
    lines: { "gm-5-china-project-matching": [500_000, 500_000] },
  },
  {
    name: "（五）深圳市科学技术奖标准奖：最高 20 万元",
    clause: "（五）",
    facts: [{ type: "standard-innovation-award", award: "shenzhen-science-standard", grade: "none" }],
    total: [0, 200_000],
    lines: { "gm-5-shenzhen-science-standard": [0, 200_000] },
  },
  {
    name: "（五）深圳标准创新基地、研发与标准化同步试点企业：最高 25 万元 + 15 万元",
    clause: "（五）",
    facts: [
      { type: "standards-platform", platform: "shenzhen-innovation-base" },
      { type: "standards-platform", platform: "shenzhen-sync-pilot" },
    ],
    total: [0, 400_000],
    lines: { "gm-5-innovation-base": [0, 250_000], "gm-5-sync-pilot": [0, 150_000] },
  },
  {
    name: "（五）国家技术标准创新基地：本条只写深圳标准创新基地、同步试点企业",
    facts: [{ type: "standards-platform", platform: "national-innovation-base" }],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },

  // （六）支持开展深圳标准认证：每项最高 5 万元，同一单位每年不超过 3 个项目
  {
    name: "（六）1 个深圳标准认证项目：最高 5 万元",
    clause: "（六）",
    facts: [{ type: "certification", scheme: "shenzhen-standard", stage: "first" }],
    total: [0, 50_000],
    lines: { "gm-6-shenzhen-standard": [0, 50_000] },
  },
  {
    name: "（六）同一年 4 个深圳标准认证项目：只计 3 个，最高 15 万元",
    clause: "（六）",
    facts: [{ type: "certification", scheme: "shenzhen-standard", stage: "first", count: 4 }],
    total: [0, 150_000],
    lines: { "gm-6-shenzhen-standard": [0, 150_000] },
    adjustments: { "gm-6-three-projects": ["（六）", 0, -50_000] },
  },
  {
    name: "（六）2024 年 3 个、2025 年 1 个：每年各自计数，2024 年恰为 3 个，4 个都计，最高 20 万元",
    clause: "（六）",
    facts: [
      { type: "certification", scheme: "shenzhen-standard", stage: "first", count: 3, date: "2024-05-01" },
      { type: "certification", scheme: "shenzhen-standard", stage: "first", date: "2025-03-01" },
    ],
    total: [0, 200_000],
    lines: { "gm-6-shenzhen-standard": [0, 200_000] },
    adjustments: {},
    justUnder: "gm-6-three-projects",
  },
  {
    name: "（六）只写深圳标准认证：绿色产品认证不在本条",
    facts: [{ type: "certification", scheme: "green-product", stage: "first" }],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },

  // （七）支持开展企业标准“领跑者”
  {
    name: "（七）同一年 6 个“领跑者”项目：只计 5 个，最高 15 万元",
    clause: "（七）",
    facts: [{ type: "standard-leader", level: "city", count: 6 }],
    total: [0, 150_000],
    lines: { "gm-7-leader": [0, 150_000] },
    adjustments: { "gm-7-five-projects": ["（七）", 0, -30_000] },
  },
  {
    name: "（七）同一年恰好 5 个“领跑者”项目：不超过 5 个，全部计，最高 15 万元",
    clause: "（七）",
    facts: [{ type: "standard-leader", level: "national", count: 5 }],
    total: [0, 150_000],
    lines: { "gm-7-leader": [0, 150_000] },
    adjustments: {},
    justUnder: "gm-7-five-projects",
  },
  {
    name: "（七）“领跑者”评估机构，市级资助 10 万元：50% 为 5 万元，封顶 2.5 万元",
    clause: "（七）",
    facts: [cityFunding("leader-assessor", 100_000)],
    total: [25_000, 25_000],
    lines: { "gm-7-assessor-matching": [25_000, 25_000] },
  },

  // （八）支持标准化服务机构发展
  {
    name: "（八）国家级标准验证检验检测点，市级资助 10 万元：50% 配套 5 万元",
    clause: "（八）",
    facts: [cityFunding("verification-point", 100_000)],
    total: [50_000, 50_000],
    lines: { "gm-8-verification-point": [50_000, 50_000] },
  },

  // （九）实施专利奖配套奖励
  {
    name: "（九）中国专利金奖、银奖、优秀奖各 1 项：最高 200 + 100 + 20 万元",
    clause: "（九）",
    facts: [
      { type: "patent-award", award: "china-gold" },
      { type: "patent-award", award: "china-silver" },
      { type: "patent-award", award: "china-excellent" },
    ],
    total: [0, 3_200_000],
    lines: { "gm-9-china-gold": [0, 2_000_000], "gm-9-china-silver": [0, 1_000_000], "gm-9-china-excellent": [0, 200_000] },
  },
  {
    name: "（九）广东专利金奖、银奖、优秀奖各 1 项：最高 30 + 20 + 10 万元",
    clause: "（九）",
    facts: [
      { type: "patent-award", award: "guangdong-gold" },
      { type: "patent-award", award: "guangdong-silver" },
      { type: "patent-award", award: "guangdong-excellent" },
    ],
    total: [0, 600_000],
    lines: { "gm-9-guangdong-gold": [0, 300_000], "gm-9-guangdong-silver": [0, 200_000], "gm-9-guangdong-excellent": [0, 100_000] },
  },
  {
    name: "（九）深圳市专利奖 2 项：每项最高 20 万元",
    clause: "（九）",
    facts: [{ type: "patent-award", award: "shenzhen", count: 2 }],
    total: [0, 400_000],
    lines: { "gm-9-shenzhen": [0, 400_000] },
  },
  {
    name: "（九）中国外观设计金奖：原文未列，不奖励",
    facts: [{ type: "patent-award", award: "china-design-gold" }],
    total: [0, 0],
    reasons: ["no-matching-item"],
  },

  // （十）实施版权商标配套奖励
  {
    name: "（十）中国版权金奖、中国商标金奖：每项最高 100 万元",
    clause: "（十）",
    facts: [
      { type: "ip-award", award: "china-copyright-gold" },
      { type: "ip-award", award: "china-trademark-gold" },
    ],
    total: [0, 2_000_000],
    lines: { "gm-10-copyright-gold": [0, 1_000_000], "gm-10-trademark-gold": [0, 1_000_000] },
  },
  {
    name: "（十）新获全国版权示范单位、广东省版权兴业示范基地、深圳市版权创新发展基地：最高 50 + 20 + 10 万元",
    clause: "（十）",
    facts: [
      { type: "ip-designation", designation: "national-copyright-demonstration", isNew: true },
      { type: "ip-designation", designation: "guangdong-copyright-base", isNew: true },
      { type: "ip-designation", designation: "shenzhen-copyright-base", isNew: true },
    ],
    total: [0, 800_000],
    lines: {
      "gm-10-copyright-demonstration": [0, 500_000],
      "gm-10-guangdong-copyright-base": [0, 200_000],
      "gm-10-shenzhen-copyright-base": [0, 100_000],
    },
  },
  {
    name: "（十）全国版权示范单位、广东省版权兴业示范基地、深圳市版权创新发展基地但不是新获得：不奖励",
    clause: "（十）",
    facts: [
      { type: "ip-designation", designation: "national-copyright-demonstration" },
      { type: "ip-designation", designation: "guangdong-copyright-base", isNew: false },
      { type: "ip-designation", designation: "shenzhen-copyright-base" },
    ],
    total: [0, 0],
    lines: { "gm-10-copyright-demonstration": [0, 0], "gm-10-guangdong-copyright-base": [0, 0], "gm-10-shenzhen-copyright-base": [0, 0] },
  },
  {
    name: "（十）只写中国版权金奖、中国商标金奖：上海市知识产权创新奖不在本条",
    facts: [{ type: "ip-award", award: "shanghai-ip-innovation" }],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },

  // （十一）支持知识产权示范/优势单位培育
  {
    name: "（十一）新获国家知识产权示范企业、优势企业：最高 30 + 15 万元",
    clause: "（十一）",
    facts: [
      { type: "ip-designation", designation: "national-demonstration-enterprise", isNew: true },
      { type: "ip-designation", designation: "national-advantage-enterprise", isNew: true },
    ],
    total: [0, 450_000],
    lines: { "gm-11-national-demonstration": [0, 300_000], "gm-11-national-advantage": [0, 150_000] },
  },
  {
    name: "（十一）新获广东省知识产权示范企业、深圳市知识产权优势单位：最高 10 + 25 万元",
    clause: "（十一）",
    facts: [
      { type: "ip-designation", designation: "guangdong-demonstration-enterprise", isNew: true },
      { type: "ip-designation", designation: "shenzhen-advantage-unit", isNew: true },
    ],
    total: [0, 350_000],
    lines: { "gm-11-guangdong-demonstration": [0, 100_000], "gm-11-shenzhen-advantage": [0, 250_000] },
  },
  {
    name: "（十一）往年已认定的示范企业、优势企业、示范企业、优势单位：须为新获得，不奖励",
    clause: "（十一）",
    facts: [
      { type: "ip-designation", designation: "national-demonstration-enterprise" },
      { type: "ip-designation", designation: "national-advantage-enterprise" },
      { type: "ip-designation", designation: "guangdong-demonstration-enterprise" },
      { type: "ip-designation", designation: "shenzhen-advantage-unit" },
    ],
    total: [0, 0],
    lines: { "gm-11-national-demonstration": [0, 0], "gm-11-national-advantage": [0, 0], "gm-11-guangdong-demonstration": [0, 0], "gm-11-shenzhen-advantage": [0, 0] },
  },

  // （十二）支持地理标志保护和运用
  {
    name: "（十二）新注册地理标志证明商标、新获地理标志专用标志使用权：最高 50 + 5 万元",
    clause: "（十二）",
    facts: [
      { type: "trademark-gi", kind: "gi-trademark" },
      { type: "trademark-gi", kind: "gi-special-mark" },
    ],
    total: [0, 550_000],
    lines: { "gm-12-gi-trademark": [0, 500_000], "gm-12-gi-special-mark": [0, 50_000] },
  },
  {
    name: "（十二）只写地理标志：驰名商标不在本条",
    facts: [{ type: "trademark-gi", kind: "well-known-trademark" }],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },

  // （十三）（十四）高价值专利
  {
    name: "（十三）大湾区高价值专利大赛金奖奖金 30 万元、优秀奖奖金 5 万元：50% 配套，前者封顶 10 万元",
    clause: "（十三）",
    facts: [
      { type: "high-value-patent-competition", prize: "gold", amount: 300_000 },
      { type: "high-value-patent-competition", prize: "excellent", amount: 50_000 },
    ],
    total: [125_000, 125_000],
    lines: { "gm-13-competition": [125_000, 125_000] },
  },
  {
    name: "（十四）深圳市高价值专利培育项目资助 40 万元、60 万元：50% 配套 20 万元，后者封顶 25 万元",
    clause: "（十四）",
    facts: [cityFunding("high-value-patent", 400_000), cityFunding("high-value-patent", 600_000)],
    total: [450_000, 450_000],
    lines: { "gm-14-high-value-patent": [450_000, 450_000] },
  },

  // （十五）（十六）运营中心、开放许可
  {
    name: "（十五）国家、省、市知识产权运营中心：最高 200 + 150 + 100 万元",
    clause: "（十五）",
    facts: [ipCenter("operation-center", "national"), ipCenter("operation-center", "provincial"), ipCenter("operation-center", "city")],
    total: [0, 4_500_000],
    lines: {
      "gm-15-operation-center-national": [0, 2_000_000],
      "gm-15-operation-center-provincial": [0, 1_500_000],
      "gm-15-operation-center-city": [0, 1_000_000],
    },
  },
  {
    name: "（十六）国家、省、市专利开放许可（试点）：最高 100 + 70 + 50 万元",
    clause: "（十六）",
    facts: [
      ipCenter("open-licensing-pilot", "national"),
      ipCenter("open-licensing-pilot", "provincial"),
      ipCenter("open-licensing-pilot", "city"),
    ],
    total: [0, 2_200_000],
    lines: {
      "gm-16-open-licensing-national": [0, 1_000_000],
      "gm-16-open-licensing-provincial": [0, 700_000],
      "gm-16-open-licensing-city": [0, 500_000],
    },
  },
  {
    name: "（十五）（十六）区级运营中心、区级开放许可：只写国家、省、市三级，不资助",
    facts: [ipCenter("operation-center", "district"), ipCenter("open-licensing-pilot", "district")],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },

  // （十七）支持知识产权质押融资：利息最高 70%，同一单位年度最高 50 万元
  {
    name: "（十七）已还清贷款，利息 20 万元：最高 70% 即 14 万元",
    clause: "（十七）",
    facts: [loan(200_000)],
    total: [0, 140_000],
    lines: { "gm-17-pledge-loan": [0, 140_000] },
  },
  {
    // “在上一年还清贷款本息”：2024-03-10 还清的贷款在 2025 年申报，2024 年最后一天还不能申报。
    name: "（十七）2024-03-10 还清，利息 20 万元，2024-12-31 计算：次年 2025 年才能申报，0 元",
    clause: "（十七）",
    asOf: "2024-12-31",
    facts: [loan(200_000, "2024-03-10")],
    total: [0, 0],
    lines: { "gm-17-pledge-loan": [0, 0] },
    reasons: ["claim-not-yet-open"],
  },
  {
    name: "（十七）2024-03-10 还清，利息 20 万元，2025-01-01 计算：申报年度已到，最高 14 万元",
    clause: "（十七）",
    asOf: "2025-01-01",
    facts: [loan(200_000, "2024-03-10")],
    total: [0, 140_000],
    lines: { "gm-17-pledge-loan": [0, 140_000] },
  },
  {
    name: "（十七）利息 80 万元：70% 为 56 万元，年度总额封顶 50 万元",
    clause: "（十七）",
    facts: [loan(800_000)],
    total: [0, 500_000],
    lines: { "gm-17-pledge-loan": [0, 500_000] },
    adjustments: { "gm-17-yearly-cap": ["（十七）", 0, -60_000] },
  },
  {
    name: "（十七）利息 714,286 元：70% 为 500,000.2 元，按整元计恰为 50 万元，不核减",
    clause: "（十七）",
    facts: [loan(714_286)],
    total: [0, 500_000],
    lines: { "gm-17-pledge-loan": [0, 500_000] },
    adjustments: {},
    justUnder: "gm-17-yearly-cap",
  },
  {
    name: "（十七）利息 714,288 元：70% 为 500,001 元，超出 1 元，核减至 50 万元",
    clause: "（十七）",
    facts: [loan(714_288)],
    total: [0, 500_000],
    lines: { "gm-17-pledge-loan": [0, 500_000] },
    adjustments: { "gm-17-yearly-cap": ["（十七）", 0, -1] },
  },
  {
    name: "（十七）同一年两笔贷款利息各 40 万元：28 + 28 万元，年度合计封顶 50 万元",
    facts: [loan(400_000), loan(400_000)],
    total: [0, 500_000],
    adjustments: { "gm-17-yearly-cap": "（十七）" },
  },
  {
    // 2024、2025 年还清的贷款在 2025、2026 年申报：计算日期须在 2026 年，两笔才都能申报。
    name: "（十七）2024、2025 年各还清一笔，利息各 80 万元，2026 年计算：每个申报年度各封顶 50 万元",
    asOf: "2026-06-01",
    facts: [loan(800_000, "2024-12-31"), loan(800_000, "2025-05-31")],
    total: [0, 1_000_000],
  },
  {
    name: "（十七）未在上一年还清贷款本息：不资助",
    clause: "（十七）",
    facts: [{ type: "ip-pledge-loan", amount: 200_000 }],
    total: [0, 0],
    lines: { "gm-17-pledge-loan": [0, 0] },
  },

  // （十八）支持专利导航项目
  {
    name: "（十八）高等院校研发活动类专利导航，成本 40 万元：最高 30 万元",
    clause: "（十八）",
    applicant: UNIVERSITY,
    facts: [navigation("rd-navigation", 400_000)],
    total: [0, 300_000],
    lines: { "gm-18-rd-navigation": [0, 300_000] },
  },
  {
    name: "（十八）企业开展研发活动类专利导航：只支持高等院校、科研机构",
    facts: [navigation("rd-navigation", 400_000)],
    total: [0, 0],
  },
  {
    name: "（十八）科研机构产业规划类专利导航，成本 150 万元：最高 100 万元",
    clause: "（十八）",
    applicant: INSTITUTE,
    facts: [navigation("industry-navigation", 1_500_000)],
    total: [0, 1_000_000],
    lines: { "gm-18-industry-navigation": [0, 1_000_000] },
  },
  {
    name: "（十八）知识产权服务机构产业规划类专利导航，成本 50 万元：最高按成本 50 万元",
    applicant: AGENCY,
    facts: [navigation("industry-navigation", 500_000)],
    total: [0, 500_000],
  },
  {
    name: "（十八）行业组织（含产业知识产权联盟）产业规划类专利导航，成本 50 万元",
    applicant: ASSOCIATION,
    facts: [navigation("industry-navigation", 500_000)],
    total: [0, 500_000],
  },
  {
    name: "（十八）高等院校开展产业规划类专利导航：不在名单之列",
    applicant: UNIVERSITY,
    facts: [navigation("industry-navigation", 500_000)],
    total: [0, 0],
  },
  {
    name: "（十八）企业开展产业规划类专利导航：不在名单之列",
    facts: [navigation("industry-navigation", 500_000)],
    total: [0, 0],
  },
  {
    name: "（十八）高等院校同一年 6 个研发类导航项目，成本各 10 万元：每年不超过 5 项，最高 50 万元",
    clause: "（十八）",
    applicant: UNIVERSITY,
    facts: Array.from({ length: 6 }, () => navigation("rd-navigation", 100_000)),
    total: [0, 500_000],
    lines: { "gm-18-rd-navigation": [0, 500_000] },
    adjustments: { "gm-18-five-navigation": ["（十八）", 0, -100_000] },
  },
  {
    name: "（十八）高等院校同一年恰好 5 个研发类导航项目，成本各 10 万元：不超过 5 项，全部计，最高 50 万元",
    clause: "（十八）",
    applicant: UNIVERSITY,
    facts: Array.from({ length: 5 }, () => navigation("rd-navigation", 100_000)),
    total: [0, 500_000],
    lines: { "gm-18-rd-navigation": [0, 500_000] },
    adjustments: {},
    justUnder: "gm-18-five-navigation",
  },

  // （十九）支持产业知识产权联盟：每年最高 50 万元，累计不超过 3 次
  {
    name: "（十九）已备案、运营满一年的联盟，上年运营成本 60 万元：最高 50 万元",
    clause: "（十九）",
    applicant: ASSOCIATION,
    facts: [ipCenter("industry-alliance", "city", { ...running, amount: 600_000 })],
    total: [0, 500_000],
    lines: { "gm-19-alliance": [0, 500_000] },
  },
  {
    name: "（十九）未向市知识产权主管部门备案：不资助",
    clause: "（十九）",
    applicant: ASSOCIATION,
    facts: [ipCenter("industry-alliance", "city", { operatingOneYear: true, amount: 600_000 })],
    total: [0, 0],
    lines: { "gm-19-alliance": [0, 0] },
  },
  {
    name: "（十九）在光明区运营不满一年：不资助",
    clause: "（十九）",
    applicant: ASSOCIATION,
    facts: [ipCenter("industry-alliance", "city", { filed: true, amount: 600_000 })],
    total: [0, 0],
    lines: { "gm-19-alliance": [0, 0] },
  },
  {
    name: "（十九）2022–2025 年连续 4 年申请，成本各 40 万元：累计只计 3 次，最高 120 万元",
    applicant: ASSOCIATION,
    facts: ["2022-03-01", "2023-03-01", "2024-03-01", "2025-03-01"].map((date) =>
      ipCenter("industry-alliance", "city", { ...running, amount: 400_000, date }),
    ),
    total: [0, 1_200_000],
    clause: "（十九）",
    lines: { "gm-19-alliance": [0, 1_200_000] },
    adjustments: { "gm-19-three-times": ["（十九）", 0, -400_000] },
  },
  {
    name: "（十九）2022–2024 年恰好 3 次申请，成本各 40 万元：累计不超过 3 次，全部计，最高 120 万元",
    clause: "（十九）",
    applicant: ASSOCIATION,
    facts: ["2022-03-01", "2023-03-01", "2024-03-01"].map((date) => ipCenter("industry-alliance", "city", { ...running, amount: 400_000, date })),
    total: [0, 1_200_000],
    lines: { "gm-19-alliance": [0, 1_200_000] },
    adjustments: {},
    justUnder: "gm-19-three-times",
  },
  {
    // （十九）“按照上一年度实际运营成本每年给予最高50万元资助”：每个单位每年至多一次，0–50 万元。
    name: "（十九）同一年填了两次申报，成本各 80 万元：每年只资助一次，最高 50 万元",
    clause: "（十九）",
    applicant: ASSOCIATION,
    facts: ["2025-03-01", "2025-05-01"].map((date) => ipCenter("industry-alliance", "city", { ...running, amount: 800_000, date })),
    total: [0, 500_000],
    lines: { "gm-19-alliance": [0, 500_000] },
    adjustments: { "gm-19-three-times": ["（十九）", 0, -500_000] },
    lineNotes: { "gm-19-alliance": "（十九）：产业知识产权联盟每年资助一次，同一单位累计资助不超过 3 次，2025 年本项只计 0 项" },
  },
  {
    // 每年一次、累计 3 次同时适用：2022 年两次（成本各 40 万元）只计一次 40 万元；2023–2025 年各一次（成本各 10 万元）；
    // 四个年度中累计只计 3 次，按金额保留 40 + 10 + 10 = 60 万元（若不按年限一次，会计 40 + 40 + 10 = 90 万元）。
    name: "（十九）2022 年两次（成本各 40 万元）、2023–2025 年各一次（各 10 万元）：每年一次且累计 3 次，最高 60 万元",
    applicant: ASSOCIATION,
    facts: [
      ...["2022-03-01", "2022-09-01"].map((date) => ipCenter("industry-alliance", "city", { ...running, amount: 400_000, date })),
      ...["2023-03-01", "2024-03-01", "2025-03-01"].map((date) => ipCenter("industry-alliance", "city", { ...running, amount: 100_000, date })),
    ],
    total: [0, 600_000],
    clause: "（十九）",
    lines: { "gm-19-alliance": [0, 600_000] },
    // 每年一次核减 2022 年的第二次 40 万元，累计 3 次再核减 10 万元。
    adjustments: { "gm-19-three-times": ["（十九）", 0, -500_000] },
  },

  // （二十）–（二十四）
  {
    name: "（二十）承办经批准的重大知识产权活动，实际支出 25 万元：最高 20 万元",
    clause: "（二十）",
    facts: [{ type: "ip-event", amount: 250_000 }],
    total: [0, 200_000],
    lines: { "gm-20-ip-event": [0, 200_000] },
  },
  {
    name: "（二十一）已备案、运营满一年的保护工作站，上年运营成本 15 万元：最高按成本 15 万元",
    clause: "（二十一）",
    applicant: ASSOCIATION,
    facts: [ipCenter("protection-workstation", "district", { ...running, amount: 150_000 })],
    total: [0, 150_000],
    lines: { "gm-21-workstation": [0, 150_000] },
  },
  {
    name: "（二十一）保护工作站 2022–2025 年 4 次申请，成本各 30 万元：累计只计 3 次，每次最高 20 万元",
    applicant: ASSOCIATION,
    facts: ["2022-06-01", "2023-06-01", "2024-06-01", "2025-06-01"].map((date) =>
      ipCenter("protection-workstation", "district", { ...running, amount: 300_000, date }),
    ),
    total: [0, 600_000],
    clause: "（二十一）",
    lines: { "gm-21-workstation": [0, 600_000] },
    adjustments: { "gm-21-three-times": ["（二十一）", 0, -200_000] },
  },
  {
    name: "（二十一）保护工作站 2023–2025 年恰好 3 次申请，成本各 30 万元：全部计，每次最高 20 万元",
    clause: "（二十一）",
    applicant: ASSOCIATION,
    facts: ["2023-06-01", "2024-06-01", "2025-06-01"].map((date) => ipCenter("protection-workstation", "district", { ...running, amount: 300_000, date })),
    total: [0, 600_000],
    lines: { "gm-21-workstation": [0, 600_000] },
    adjustments: {},
    justUnder: "gm-21-three-times",
  },
  {
    name: "（二十一）保护工作站未向市知识产权主管部门备案、或运营不满一年：不资助",
    clause: "（二十一）",
    applicant: ASSOCIATION,
    facts: [
      ipCenter("protection-workstation", "district", { operatingOneYear: true, amount: 150_000 }),
      ipCenter("protection-workstation", "district", { filed: true, amount: 150_000 }),
    ],
    total: [0, 0],
    lines: { "gm-21-workstation": [0, 0] },
  },
  {
    // （二十一）“按照上一年度实际运营成本每年给予最高20万元的资助”：每个单位每年至多一次，0–20 万元。
    name: "（二十一）保护工作站同一年填了两次申报，成本各 30 万元：每年只资助一次，最高 20 万元",
    applicant: ASSOCIATION,
    clause: "（二十一）",
    facts: ["2025-03-01", "2025-05-01"].map((date) => ipCenter("protection-workstation", "district", { ...running, amount: 300_000, date })),
    total: [0, 200_000],
    lines: { "gm-21-workstation": [0, 200_000] },
    adjustments: { "gm-21-three-times": ["（二十一）", 0, -200_000] },
  },
  {
    name: "（二十二）园区通过商业秘密保护试点：最高 20 万元",
    clause: "（二十二）",
    applicant: PARK,
    facts: [ipCenter("trade-secret-pilot", "district")],
    total: [0, 200_000],
    lines: { "gm-22-park": [0, 200_000], "gm-22-institute-or-enterprise": [0, 0] },
  },
  {
    name: "（二十二）企业通过商业秘密保护试点：最高 10 万元",
    clause: "（二十二）",
    facts: [ipCenter("trade-secret-pilot", "district")],
    total: [0, 100_000],
    lines: { "gm-22-institute-or-enterprise": [0, 100_000], "gm-22-park": [0, 0] },
  },
  {
    name: "（二十二）高等院校通过商业秘密保护试点：不在园区、科研机构、企业之列",
    applicant: UNIVERSITY,
    facts: [ipCenter("trade-secret-pilot", "district")],
    total: [0, 0],
  },
  {
    name: "（二十三）专利代理机构代理辖区企业专利获中国专利金奖、银奖：最高 50 + 20 万元",
    clause: "（二十三）",
    applicant: AGENCY,
    facts: [
      { type: "ip-service", kind: "agency-china-gold" },
      { type: "ip-service", kind: "agency-china-silver" },
    ],
    total: [0, 700_000],
    lines: { "gm-23-agency-gold": [0, 500_000], "gm-23-agency-silver": [0, 200_000] },
  },
  {
    name: "（二十三）知识产权服务机构服务能力评审成效较好：最高 50 万元（每年 5 家是名额，不核减）",
    clause: "（二十三）",
    applicant: AGENCY,
    facts: [{ type: "ip-service", kind: "service-capability" }],
    total: [0, 500_000],
    lines: { "gm-23-service-capability": [0, 500_000] },
  },
  {
    name: "（二十三）企业不是专利代理机构：不资助",
    facts: [{ type: "ip-service", kind: "agency-china-gold" }],
    total: [0, 0],
  },
  {
    name: "（二十四）企业 2 名员工上一年度取得专利代理师资格：每人最高 3 万元",
    clause: "（二十四）",
    facts: [{ type: "qualified-person", role: "patent-attorney", count: 2, date: "2024-09-01" }],
    total: [0, 60_000],
    lines: { "gm-24-talent": [0, 60_000] },
  },
  {
    name: "（二十四）知识产权服务机构 1 名员工取得知识产权专业高级技术职称：最高 3 万元",
    clause: "（二十四）",
    applicant: AGENCY,
    facts: [{ type: "qualified-person", role: "senior-ip-title", date: "2024-09-01" }],
    total: [0, 30_000],
    lines: { "gm-24-talent": [0, 30_000] },
  },
  {
    name: "（二十四）只写专利代理师、知识产权专业高级技术职称：知识产权师不在本条",
    facts: [{ type: "qualified-person", role: "ip-engineer", date: "2024-09-01" }],
    total: [0, 0],
    lines: {},
    reasons: ["no-matching-item"],
  },

  // （二）（二十二）（二十三）的名额：写在该项说明中，不核减
  {
    name: "（二）（二十二）名额是全区的：卓越绩效每年最多 10 家、商业秘密保护试点每年不超过 10 项，写入说明，不核减",
    applicant: PARK,
    facts: [{ type: "excellence-performance", maturity: 80 }, ipCenter("trade-secret-pilot", "district")],
    total: [0, 500_000],
    lines: { "gm-2-excellence": ["（二）", 0, 300_000], "gm-22-park": ["（二十二）", 0, 200_000], "gm-22-institute-or-enterprise": ["（二十二）", 0, 0] },
    adjustments: {},
    lineNotes: { "gm-2-excellence": "（二）：卓越绩效管理每年最多资助 10 家", "gm-22-park": "（二十二）：商业秘密保护试点项目每年资助不超过 10 项" },
  },
  {
    name: "（二十三）服务能力资助每年不超过 5 家：写入说明，不核减",
    clause: "（二十三）",
    applicant: AGENCY,
    facts: [{ type: "ip-service", kind: "service-capability" }],
    total: [0, 500_000],
    lines: { "gm-23-service-capability": [0, 500_000] },
    adjustments: {},
    lineNotes: { "gm-23-service-capability": "（二十三）：知识产权服务机构服务能力资助每年不超过 5 家" },
  },

  // 个人与单位
  {
    name: "（二十四）（二十八）个人取得专利代理师资格：奖励给所在单位，个人不能申请",
    applicant: PERSON,
    facts: [{ type: "qualified-person", role: "patent-attorney", date: "2024-09-01" }],
    total: [0, 0],
    eligible: false,
    reasons: ["kind-not-covered", "no-matching-item"],
  },
  {
    name: "（九）个人获中国专利金奖：本措施只奖励单位",
    applicant: PERSON,
    facts: [{ type: "patent-award", award: "china-gold" }],
    total: [0, 0],
    eligible: false,
    reasons: ["kind-not-covered"],
  },

  // （二十五）适用期：2023-10-24 起 5 年，2022-01-01 起的项目可追溯
  {
    name: "（二十五）项目日期 2021-12-31：早于追溯起点，不资助",
    facts: [{ type: "patent-award", award: "shenzhen", date: "2021-12-31" }],
    total: [0, 0],
    reasons: ["fact-outside-window"],
  },
  {
    name: "（二十五）项目日期 2022-01-01：追溯期第一天，可享受",
    facts: [{ type: "patent-award", award: "shenzhen", date: "2022-01-01" }],
    total: [0, 200_000],
  },
  {
    name: "（二十五）计算日期 2023-10-23：措施尚未施行",
    asOf: "2023-10-23",
    facts: [{ type: "patent-award", award: "shenzhen", date: "2023-01-01" }],
    total: [0, 0],
    inForce: false,
    reasons: ["not-yet-in-force"],
  },
  {
    name: "（二十五）计算日期 2023-10-24：施行首日，追溯期项目可享受",
    asOf: "2023-10-24",
    facts: [{ type: "patent-award", award: "shenzhen", date: "2023-01-01" }],
    total: [0, 200_000],
    inForce: true,
  },
  {
    name: "（二十五）计算日期 2028-10-23：有效期 5 年的最后一天",
    asOf: "2028-10-23",
    facts: [{ type: "patent-award", award: "shenzhen", date: "2028-10-23" }],
    total: [0, 200_000],
    inForce: true,
  },
  {
    name: "（二十五）计算日期 2028-10-24：有效期已满",
    asOf: "2028-10-24",
    facts: [{ type: "patent-award", award: "shenzhen", date: "2028-10-01" }],
    total: [0, 0],
    inForce: false,
    reasons: ["not-in-force"],
  },
];

describe("光明区措施：逐条计算", () => {
  runCases(guangming, AS_OF, cases);
});

describe("光明区措施：覆盖与提示", () => {
  it("every limit, where value and condition has rows that would fail without it", () => {
    expect(coverageGaps(guangming, cases)).toEqual([]);
  });

  it("（二十六）（二十七）（二十九）are shown to every applicant as notes", () => {
    const r = evaluateCase(guangming, { name: "notes", facts: [], total: [0, 0] }, AS_OF);
    for (const clause of ["（二十六）", "（二十七）", "（二十九）"]) expect(r.notes.some((n) => n.startsWith(clause))).toBe(true);
  });
});
