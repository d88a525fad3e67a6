/**
 * 长宁区政策：每条支持事项至少一例，外加第31条的就高、计数规则，第15、16、17、28条的年度上限，
 * 第29条的适用对象和第33条的有效期边界。金额都是元：300_000 即 30 万元。
 */
import { describe, expect, it } from "vitest";
import { changning } from "@policies/changning";
import type { Applicant, Fact } from "@/engine/types";
import { coverageGaps, evaluateCase, ORG, PERSON, runCases, type Case } from "./cases";

const AS_OF = "2025-06-01";

// ------------------------------------------------------------ 写例子用的几个小工具

/** 例子名称的第一个词是该项引用的条款号（“1 获得中国质量奖……”引用第1条），测试核对所引条款。 */
const clauseOf = (name: string) => name.slice(0, name.indexOf(" "));

/** 一个固定金额的例子：申请人陈述这些事项，某一项应得 yuan 元，合计也是 yuan 元。 */
const pays = (name: string, item: string, yuan: number, ...facts: Fact[]): Case => ({
  name,
  clause: clauseOf(name),
  facts,
  total: [yuan, yuan],
  lines: { [item]: [yuan, yuan] },
  unquantified: [],
});

/** “一定比例”“最高”的例子：确定部分 0 元，最多 max 元。 */
const upTo = (name: string, item: string, max: number, ...facts: Fact[]): Case => ({
  name,
  clause: clauseOf(name),
  facts,
  total: [0, max],
  lines: { [item]: [0, max] },
  unquantified: [],
});

/** 条文没写金额的例子：列为“未量化”，不计入合计。 */
const unquantified = (name: string, item: string, ...facts: Fact[]): Case => ({
  name,
  clause: clauseOf(name),
  facts,
  total: [0, 0],
  lines: {},
  unquantified: [item],
});

/** 不符合条件的例子：不给钱，并说明原因。 */
const nothing = (name: string, reasons: string[], facts: Fact[], applicant: Applicant = ORG): Case => ({
  name,
  clause: clauseOf(name),
  applicant,
  facts,
  total: [0, 0],
  ...(reasons.length ? { reasons } : {}),
});

const asPerson = (c: Case): Case => ({ ...c, applicant: PERSON });
const on = (date: string, f: Fact): Fact => ({ ...f, date });

const qualityAward = (award: string): Fact => ({ type: "quality-award", award });
const standard = (scope: string, action: "formulate" | "revise", role: "lead" | "participant", more: Partial<Fact> = {}): Fact => ({
  type: "standard-project",
  scope,
  action,
  role,
  ...more,
});
const certification = (scheme: string, stage: string, count = 1): Fact => ({ type: "certification", scheme, stage, count });
const person = (role: string, count: number, more: Partial<Fact> = {}): Fact => ({ type: "qualified-person", role, count, ...more });
const insurance = (premium: number): Fact => ({ type: "ip-insurance", insurance: "patent-enforcement", amount: premium });
const pledgeLoan = (interest: number): Fact => ({ type: "ip-pledge-loan", amount: interest });
const GOOD_DEAL = { highValue: true, registered: true, universityToSme: true };
const licence = (role: "licensor" | "licensee", amount: number): Fact => ({ type: "patent-deal", role, deal: "licence", amount, ...GOOD_DEAL });

const PARK: Applicant = { kind: "organization", orgType: "park" };
/** 16 “中小企业获得…许可、转让的”: the licensee states it is an SME. */
const SME: Applicant = { kind: "organization", sme: true };

// ------------------------------------------------------------ 第1–28条：每个支持事项一例

const perItem: Case[] = [
  pays("1 获得中国质量奖的单位：100 万元", "cn-1-china-org", 1_000_000, qualityAward("china-quality-award")),
  asPerson(pays("1 获得中国质量奖的个人：20 万元", "cn-1-china-person", 200_000, qualityAward("china-quality-award"))),
  pays("1 获得中国质量奖提名奖的单位：50 万元", "cn-1-nomination-org", 500_000, qualityAward("china-quality-award-nomination")),
  asPerson(pays("1 获得中国质量奖提名奖的个人：10 万元", "cn-1-nomination-person", 100_000, qualityAward("china-quality-award-nomination"))),
  pays("2 获得上海市市长质量奖的单位：50 万元", "cn-2-mayor-org", 500_000, qualityAward("shanghai-mayor-quality-award")),
  asPerson(pays("2 获得上海市市长质量奖的个人：10 万元", "cn-2-mayor-person", 100_000, qualityAward("shanghai-mayor-quality-award"))),
  pays("2 获得上海市质量金奖的单位：30 万元", "cn-2-gold-org", 300_000, qualityAward("shanghai-quality-gold-award")),
  asPerson(pays("2 获得上海市质量金奖的个人：5 万元", "cn-2-gold-person", 50_000, qualityAward("shanghai-quality-gold-award"))),

  ...(
    [
      ["first", "一等奖", 100_000],
      ["second", "二等奖", 50_000],
      ["third", "三等奖", 20_000],
    ] as const
  ).map(([grade, name, yuan]) =>
    pays(`3 上海市重点产品质量攻关成果${name}：${yuan / 10_000} 万元`, `cn-3-${grade}`, yuan, {
      type: "quality-breakthrough",
      result: "key-product-award",
      grade,
    }),
  ),

  {
    ...nothing("3 上海市产业质量提升标志性项目成果、共性质量技术攻关项目成果：本条只写重点产品质量攻关成果奖，填了等级也不支持", ["no-matching-item"], [
      { type: "quality-breakthrough", result: "landmark-project", grade: "first" },
      { type: "quality-breakthrough", result: "common-technology", grade: "second" },
      { type: "quality-breakthrough", result: "landmark-project", grade: "third" },
    ]),
    lines: {},
  },

  ...(
    [
      ["china-project", "first", "中国标准创新贡献奖标准项目奖一等奖", 200_000],
      ["china-project", "second", "中国标准创新贡献奖标准项目奖二等奖", 150_000],
      ["china-project", "third", "中国标准创新贡献奖标准项目奖三等奖", 100_000],
      ["shanghai-project", "first", "上海标准创新贡献奖标准项目奖一等奖", 100_000],
      ["shanghai-project", "second", "上海标准创新贡献奖标准项目奖二等奖", 50_000],
      ["shanghai-project", "third", "上海标准创新贡献奖标准项目奖三等奖", 20_000],
    ] as const
  ).map(([award, grade, name, yuan]) =>
    pays(`4 ${name}：${yuan / 10_000} 万元`, `cn-4-${award}-${grade}`, yuan, { type: "standard-innovation-award", award, grade }),
  ),
  pays("4 中国标准创新贡献奖组织奖：10 万元", "cn-4-china-organization", 100_000, {
    type: "standard-innovation-award",
    award: "china-organization",
    grade: "none",
  }),
  pays("4 上海标准创新贡献奖组织奖：5 万元", "cn-4-shanghai-organization", 50_000, {
    type: "standard-innovation-award",
    award: "shanghai-organization",
    grade: "none",
  }),

  pays("5 中国专利金奖：50 万元", "cn-5-patent-gold", 500_000, { type: "patent-award", award: "china-gold" }),
  pays("5 两项中国专利银奖：每项 30 万元，共 60 万元", "cn-5-patent-silver", 600_000, { type: "patent-award", award: "china-silver", count: 2 }),
  pays("5 中国专利优秀奖：10 万元", "cn-5-patent-excellent", 100_000, { type: "patent-award", award: "china-excellent" }),
  pays("5 上海市知识产权创新奖：10 万元", "cn-5-ip-innovation", 100_000, { type: "ip-award", award: "shanghai-ip-innovation" }),
  unquantified("5 中国商标金奖（其他国家级知识产权奖项）：一定的匹配资金，未写金额", "cn-5-other-ip-award", {
    type: "ip-award",
    award: "china-trademark-gold",
  }),
  unquantified("5 中国外观设计金奖按其他国家级奖项处理：一定的匹配资金", "cn-5-other-ip-award", {
    type: "patent-award",
    award: "china-design-gold",
  }),
  unquantified("5 中国外观设计银奖：同样按其他国家级奖项，一定的匹配资金", "cn-5-other-ip-award", { type: "patent-award", award: "china-design-silver" }),
  unquantified("5 中国外观设计优秀奖：同样按其他国家级奖项，一定的匹配资金", "cn-5-other-ip-award", { type: "patent-award", award: "china-design-excellent" }),
  unquantified("5 中国版权金奖（其他国家级知识产权奖项）：一定的匹配资金", "cn-5-other-ip-award", { type: "ip-award", award: "china-copyright-gold" }),
  unquantified("5 其他市级知识产权类奖项：一定的匹配资金", "cn-5-other-ip-award", { type: "ip-award", award: "other" }),

  pays("6 首次获得“上海品牌”认证：50 万元", "cn-6-first", 500_000, certification("shanghai-brand", "first")),
  pays("6 “上海品牌”认证扩项一次：10 万元", "cn-6-extension", 100_000, certification("shanghai-brand", "extension")),
  pays("6 “上海品牌”再认证两次：每次 10 万元，共 20 万元", "cn-6-extension", 200_000, certification("shanghai-brand", "recertification", 2)),
  pays("7 获得“上海标准”标识证书：50 万元", "cn-7-shanghai-standard", 500_000, { type: "shanghai-standard" }),

  pays("8 国家级标准化示范试点验收优秀：30 万元", "cn-8-national-excellent", 300_000, {
    type: "standardization-pilot",
    level: "national",
    result: "excellent",
  }),
  pays("8 国家级标准化示范试点验收合格：20 万元", "cn-8-national-pass", 200_000, { type: "standardization-pilot", level: "national", result: "pass" }),
  pays("8 市级标准化示范试点验收优秀：15 万元", "cn-8-provincial-excellent", 150_000, {
    type: "standardization-pilot",
    level: "provincial",
    result: "excellent",
  }),
  pays("8 市级标准化示范试点验收合格：10 万元", "cn-8-provincial-pass", 100_000, { type: "standardization-pilot", level: "provincial", result: "pass" }),

  pays(
    "9 制定高于国家标准、具示范效应的企业标准：2 万元",
    "cn-9-advanced-standard",
    20_000,
    standard("enterprise", "formulate", "lead", { exceedsHigherStandards: true }),
  ),
  {
    ...nothing("9 普通企业标准（不高于国家、行业、地方标准）：不支持", [], [standard("enterprise", "formulate", "lead")]),
    lines: { "cn-9-advanced-standard": [0, 0] },
  },
  nothing("9 修订的企业标准：条文只写“制定”，不支持", ["no-matching-item"], [
    standard("enterprise", "revise", "lead", { exceedsHigherStandards: true }),
  ]),

  pays("10 通过绿色产品认证：10 万元", "cn-10-first", 100_000, certification("green-product", "first")),
  pays("10 绿色产品认证再认证一次：5 万元", "cn-10-extension", 50_000, certification("green-product", "recertification")),
  pays("10 绿色产品认证扩项两次：每次 5 万元，共 10 万元", "cn-10-extension", 100_000, certification("green-product", "extension", 2)),

  upTo("11 知识产权贯标，首个认证周期费用 8 万元：一定比例，最高 5 万元", "cn-11-ip-management", 50_000, {
    ...certification("ip-management-system", "first"),
    amount: 80_000,
  }),
  upTo("11 知识产权贯标，费用 3 万元：最多 3 万元", "cn-11-ip-management", 30_000, {
    ...certification("ip-management-system", "first"),
    amount: 30_000,
  }),
  upTo("11 知识产权贯标，未填费用：最高 5 万元", "cn-11-ip-management", 50_000, certification("ip-management-system", "first")),
  {
    ...nothing("11 知识产权管理规范再认证：支持以首个认证周期为基数，再认证不支持", ["no-matching-item"], [
      { ...certification("ip-management-system", "recertification"), amount: 80_000 },
    ]),
    lines: {},
  },

  pays("12 三个管理体系认证：每个 1 万元，共 3 万元", "cn-12-voluntary", 30_000, certification("management-system", "first", 3)),
  pays("12 有机产品认证（自愿性产品认证）：1 万元", "cn-12-voluntary", 10_000, certification("voluntary-product", "first")),
  pays("12 测量管理体系认证：1 万元", "cn-12-voluntary", 10_000, certification("measurement-management-system", "first")),
  pays("12 能源管理体系认证（“等管理体系认证”）：1 万元", "cn-12-voluntary", 10_000, certification("energy-management-system", "first")),
  pays("12 节能产品认证（“等自愿性产品认证”）：1 万元", "cn-12-voluntary", 10_000, certification("energy-saving-product", "first")),
  pays("12 低碳产品认证（“等自愿性产品认证”）：1 万元", "cn-12-voluntary", 10_000, certification("low-carbon-product", "first")),
  { ...nothing("12 管理体系再认证：条文只支持获得认证，不支持", ["no-matching-item"], [certification("management-system", "recertification")]), lines: {} },

  pays("13 四件专利密集型产品：每件 1 万元，共 4 万元", "cn-13-patent-intensive", 40_000, { type: "patent-intensive-product", count: 4 }),
  unquantified("13 国家知识产权示范企业：一定的匹配资金，未写金额", "cn-13-recognised", {
    type: "ip-designation",
    designation: "national-demonstration-enterprise",
  }),
  unquantified("13 国家知识产权优势企业：一定的匹配资金", "cn-13-recognised", { type: "ip-designation", designation: "national-advantage-enterprise" }),
  unquantified("13 国家、市知识产权试点单位：一定的匹配资金", "cn-13-recognised", { type: "ip-designation", designation: "national-or-municipal-pilot" }),
  unquantified("13 高价值专利培育项目：一定的匹配资金", "cn-13-recognised", { type: "ip-designation", designation: "high-value-patent-project" }),
  pays("13 区认定的知识产权重点培育单位：10 万元", "cn-13-district-cultivation", 100_000, {
    type: "ip-designation",
    designation: "district-key-cultivation",
  }),

  unquantified("14 上海市专利导航项目：一定的匹配资金，未写金额", "cn-14-municipal", { type: "ip-analysis-project", project: "municipal-pilot" }),
  upTo("14 区级知识产权分析评议项目，支出 30 万元：一定比例，最高 20 万元", "cn-14-district-analysis", 200_000, {
    type: "ip-analysis-project",
    project: "district-analysis",
    amount: 300_000,
  }),
  pays("14 区级专利导航项目：12 万元", "cn-14-district-navigation", 120_000, { type: "ip-analysis-project", project: "district-navigation" }),

  upTo("15 专利保险保费 3 万元：一定比例，最多 3 万元", "cn-15-insurance", 30_000, insurance(30_000)),
  upTo("15 商标保险，未填保费：最高 5 万元", "cn-15-insurance", 50_000, { type: "ip-insurance", insurance: "trademark" }),
  upTo("15 质押贷款利息 25 万元：每笔最高 20 万元", "cn-15-pledge-loan", 200_000, pledgeLoan(250_000)),

  upTo("16 许可人：交易额 100 万元，最高 50 万元", "cn-16-licensor", 500_000, licence("licensor", 1_000_000)),
  {
    ...nothing("16 许可人：未在国家知识产权局完成变更或备案，不支持", [], [{ ...licence("licensor", 300_000), registered: false }]),
    lines: { "cn-16-licensor": [0, 0] },
  },
  upTo("16 让与人：高价值专利转让，交易额 20 万元，最多 20 万元", "cn-16-licensor", 200_000, { ...licence("licensor", 200_000), deal: "transfer" }),
  {
    ...nothing("16 许可人：不是高校、科研机构与中小企业之间的许可，不支持", [], [{ ...licence("licensor", 300_000), universityToSme: false }]),
    lines: { "cn-16-licensor": [0, 0] },
  },
  {
    ...nothing("16 许可人：许可的不是高价值专利，不支持", [], [{ ...licence("licensor", 300_000), highValue: false }]),
    lines: { "cn-16-licensor": [0, 0] },
  },
  {
    ...nothing("16 专利作价入股不是许可或转让：本条不支持", ["no-matching-item"], [
      { ...licence("licensor", 300_000), deal: "equity" },
      { ...licence("licensee", 300_000), deal: "equity" },
    ]),
    lines: {},
  },
  {
    ...upTo("16 中小企业被许可：上年度相关产品销售收入 40 万元，最多 40 万元", "cn-16-licensee", 400_000, licence("licensee", 400_000)),
    applicant: SME,
  },
  {
    ...upTo("16 中小企业受让：上年度相关产品销售收入 10 万元，最多 10 万元", "cn-16-licensee", 100_000, { ...licence("licensee", 100_000), deal: "transfer" }),
    applicant: SME,
  },
  {
    // 16 “中小企业获得高校、科研机构高价值专利许可、转让的”：the sentence pays SMEs only.
    ...nothing("16 被许可方说明自己不是中小企业：本句只支持中小企业，0 元", [], [licence("licensee", 400_000)], { kind: "organization", sme: false }),
    lines: { "cn-16-licensee": [0, 0] },
  },
  {
    ...nothing("16 被许可方未填写是否为中小企业：按问卷默认“否”计，0 元", [], [licence("licensee", 400_000)]),
    lines: { "cn-16-licensee": [0, 0] },
    lineNotes: { "cn-16-licensee": "第16条：本项只支持获得许可、转让的中小企业（未填写，按默认“否”计）" },
  },
  {
    ...nothing("16 被许可中小企业：许可方不是高校、科研机构，不支持", [], [{ ...licence("licensee", 400_000), universityToSme: false }], SME),
    lines: { "cn-16-licensee": [0, 0] },
  },
  {
    ...nothing("16 被许可中小企业：不是高价值专利，不支持", [], [{ ...licence("licensee", 400_000), highValue: false }], SME),
    lines: { "cn-16-licensee": [0, 0] },
  },
  {
    ...nothing("16 被许可方不是企业（科研机构）：本句只支持中小企业", [], [licence("licensee", 400_000)], {
      kind: "organization",
      orgType: "research-institute",
    }),
    lines: { "cn-16-licensee": [0, 0] },
  },

  upTo("17 中介服务机构：年度交易额 10 万元，最多 10 万元", "cn-17-intermediary", 100_000, {
    type: "patent-deal",
    role: "intermediary",
    deal: "licence",
    amount: 100_000,
  }),

  ...(
    [
      ["international", "TC", "国际标准化组织技术委员会（TC）秘书处", 600_000],
      ["international", "SC", "国际标准化组织分技术委员会（SC）秘书处", 400_000],
      ["international", "WG", "国际标准化组织工作组（WG）秘书处", 200_000],
      ["national", "TC", "全国专业标准化技术委员会", 300_000],
      ["national", "SC", "全国专业标准化分技术委员会", 200_000],
      ["national", "WG", "全国专业标准化工作组秘书处", 100_000],
      ["provincial", "TC", "地方（上海市）标准化技术委员会", 150_000],
    ] as const
  ).map(([level, body, name, yuan]) =>
    pays(`18 承担${name}：${yuan / 10_000} 万元`, `cn-18-${level}-${body.toLowerCase()}`, yuan, { type: "standards-body", level, body }),
  ),
  {
    ...nothing("18 承担上海市分技术委员会、工作组：地方一档只写技术委员会，不支持", ["no-matching-item"], [
      { type: "standards-body", level: "provincial", body: "SC" },
      { type: "standards-body", level: "provincial", body: "WG" },
    ]),
    lines: {},
  },
  unquantified("18 承担新型标准化技术组织：一次性支持，未写金额", "cn-18-new-type", { type: "standards-platform", platform: "new-type-body" }),
  pays("18 承担国家技术标准创新基地：20 万元", "cn-18-national-base", 200_000, { type: "standards-platform", platform: "national-innovation-base" }),
  pays("18 承担国家技术标准创新基地（区域类）：20 万元", "cn-18-national-base", 200_000, { type: "standards-platform", platform: "national-innovation-base-regional" }),
  pays("18 承担国家技术标准创新基地（领域类）：20 万元", "cn-18-national-base", 200_000, { type: "standards-platform", platform: "national-innovation-base-domain" }),
  pays("18 承担上海市技术标准创新基地：15 万元", "cn-18-shanghai-base", 150_000, { type: "standards-platform", platform: "shanghai-innovation-base" }),
  pays("18 承担上海市标准化创新中心：10 万元", "cn-18-shanghai-center", 100_000, { type: "standards-platform", platform: "shanghai-innovation-center" }),
];

/** 第19条的表格，一格一行：名称、所填标准项目、应得条目、金额（元）。 */
const standardsTable: [string, Fact, string, number][] = [
  ["19 参与制定国际标准的牵头单位：80 万元", standard("international", "formulate", "lead"), "intl-formulate-lead", 800_000],
  ["19 参与制定国际标准的非牵头单位：30 万元", standard("international", "formulate", "participant"), "intl-formulate-participant", 300_000],
  ["19 参与修订国际标准的牵头单位：16 万元", standard("international", "revise", "lead"), "intl-revise-lead", 160_000],
  ["19 参与修订国际标准的非牵头单位：6 万元", standard("international", "revise", "participant"), "intl-revise-participant", 60_000],
  ["19 参与制定国家标准的第一起草单位：20 万元", standard("national", "formulate", "lead"), "national-formulate-lead", 200_000],
  [
    "19 参与制定强制性国家标准的第一起草单位：30 万元",
    standard("national", "formulate", "lead", { mandatory: true }),
    "national-formulate-lead-mandatory",
    300_000,
  ],
  ["19 参与制定国家标准的非第一起草单位：5 万元", standard("national", "formulate", "participant"), "national-formulate-participant", 50_000],
  [
    "19 参与制定强制性国家标准的非第一起草单位：同样 5 万元",
    standard("national", "formulate", "participant", { mandatory: true }),
    "national-formulate-participant",
    50_000,
  ],
  [
    "19 采用国际标准制定国家标准的第一起草单位：6 万元",
    standard("national", "formulate", "lead", { adoptsInternational: true }),
    "national-adopt-formulate-lead",
    60_000,
  ],
  [
    "19 采用国际标准制定强制性国家标准的第一起草单位：9 万元",
    standard("national", "formulate", "lead", { adoptsInternational: true, mandatory: true }),
    "national-adopt-formulate-lead-mandatory",
    90_000,
  ],
  [
    "19 采用国际标准制定国家标准的非第一起草单位：1.5 万元",
    standard("national", "formulate", "participant", { adoptsInternational: true }),
    "national-adopt-formulate-participant",
    15_000,
  ],
  ["19 参与修订国家标准的第一起草单位：4 万元", standard("national", "revise", "lead"), "national-revise-lead", 40_000],
  [
    "19 参与修订强制性国家标准的第一起草单位：6 万元",
    standard("national", "revise", "lead", { mandatory: true }),
    "national-revise-lead-mandatory",
    60_000,
  ],
  ["19 参与修订国家标准的非第一起草单位：1 万元", standard("national", "revise", "participant"), "national-revise-participant", 10_000],
  [
    "19 采用国际标准修订国家标准的第一起草单位：1.2 万元",
    standard("national", "revise", "lead", { adoptsInternational: true }),
    "national-adopt-revise-lead",
    12_000,
  ],
  [
    "19 采用国际标准修订强制性国家标准的第一起草单位：1.8 万元",
    standard("national", "revise", "lead", { adoptsInternational: true, mandatory: true }),
    "national-adopt-revise-lead-mandatory",
    18_000,
  ],
  [
    "19 采用国际标准修订国家标准的非第一起草单位：0.3 万元（3000 元）",
    standard("national", "revise", "participant", { adoptsInternational: true }),
    "national-adopt-revise-participant",
    3_000,
  ],
  ["19 参与制定行业标准的第一起草单位：5 万元", standard("industry", "formulate", "lead"), "industry-local-formulate-lead", 50_000],
  ["19 参与制定上海市地方标准的第一起草单位：5 万元", standard("local-provincial", "formulate", "lead"), "industry-local-formulate-lead", 50_000],
  ["19 参与制定设区的市地方标准的第一起草单位：地方标准不分级，5 万元", standard("local-city", "formulate", "lead"), "industry-local-formulate-lead", 50_000],
  ["19 参与制定设区的市地方标准的非第一起草单位：2 万元", standard("local-city", "formulate", "participant"), "industry-local-formulate-participant", 20_000],
  ["19 参与修订行业标准的第一起草单位：1 万元", standard("industry", "revise", "lead"), "industry-local-revise-lead", 10_000],
  ["19 参与修订设区的市地方标准的第一起草单位：1 万元", standard("local-city", "revise", "lead"), "industry-local-revise-lead", 10_000],
  ["19 参与修订上海市地方标准的非第一起草单位：0.4 万元（4000 元）", standard("local-provincial", "revise", "participant"), "industry-local-revise-participant", 4_000],
  ["19 参与修订设区的市地方标准的非第一起草单位：0.4 万元（4000 元）", standard("local-city", "revise", "participant"), "industry-local-revise-participant", 4_000],
  [
    "19 参与修订强制性国家标准的非第一起草单位：同样 1 万元",
    standard("national", "revise", "participant", { mandatory: true }),
    "national-revise-participant",
    10_000,
  ],
  [
    "19 采用国际标准制定强制性国家标准的非第一起草单位：同样 1.5 万元",
    standard("national", "formulate", "participant", { adoptsInternational: true, mandatory: true }),
    "national-adopt-formulate-participant",
    15_000,
  ],
  [
    "19 采用国际标准修订强制性国家标准的非第一起草单位：同样 0.3 万元（3000 元）",
    standard("national", "revise", "participant", { adoptsInternational: true, mandatory: true }),
    "national-adopt-revise-participant",
    3_000,
  ],
  ["19 参与制定上海市地方标准的非第一起草单位：2 万元", standard("local-provincial", "formulate", "participant"), "industry-local-formulate-participant", 20_000],
  ["19 参与修订地方标准的第一起草单位：1 万元", standard("local-provincial", "revise", "lead"), "industry-local-revise-lead", 10_000],
  ["19 参与修订行业标准的非第一起草单位：0.4 万元（4000 元）", standard("industry", "revise", "participant"), "industry-local-revise-participant", 4_000],
  [
    "19 参与制定被政府采信的团体标准的第一起草单位：5 万元",
    standard("group", "formulate", "lead", { governmentAdopted: true }),
    "group-formulate-lead",
    50_000,
  ],
  [
    "19 参与制定被政府采信的团体标准的非第一起草单位：2 万元",
    standard("group", "formulate", "participant", { governmentAdopted: true }),
    "group-formulate-participant",
    20_000,
  ],
  [
    "19 参与修订被政府采信的团体标准的第一起草单位：1 万元",
    standard("group", "revise", "lead", { governmentAdopted: true }),
    "group-revise-lead",
    10_000,
  ],
  [
    "19 参与修订被政府采信的团体标准的非第一起草单位：0.4 万元（4000 元）",
    standard("group", "revise", "participant", { governmentAdopted: true }),
    "group-revise-participant",
    4_000,
  ],
];

const standardsCases: Case[] = [
  // 团体标准的制定也落在第9条（先进标准）之内：未写明高于国家、行业、地方标准时，第9条一行为 0 元。
  ...standardsTable.map(([name, fact, cell, yuan]): Case => {
    const c = pays(name, `cn-19-${cell}`, yuan, fact);
    return cell.startsWith("group-formulate") ? { ...c, lines: { ...c.lines, "cn-9-advanced-standard": ["9", 0, 0] } } : c;
  }),
  {
    ...nothing("19 未被政府部门采信的团体标准：不支持", [], [standard("group", "formulate", "lead")]),
    lines: { "cn-19-group-formulate-lead": [0, 0], "cn-9-advanced-standard": ["9", 0, 0] },
  },
  {
    ...nothing("19 未被政府部门采信的团体标准，非第一起草单位：不支持", [], [standard("group", "formulate", "participant")]),
    lines: { "cn-19-group-formulate-participant": [0, 0], "cn-9-advanced-standard": ["9", 0, 0] },
  },
  {
    ...nothing("19 修订未被政府部门采信的团体标准（第一起草单位、非第一起草单位）：不支持", [], [
      standard("group", "revise", "lead"),
      standard("group", "revise", "participant"),
    ]),
    lines: { "cn-19-group-revise-lead": [0, 0], "cn-19-group-revise-participant": [0, 0] },
  },
  // 强制性、采用国际标准只在国家标准一档分列：行业标准照行业标准计（制定：牵头 5 万、非牵头 2 万；修订：1 万、0.4 万）
  ...(
    [
      ["formulate", "制定", 50_000, 20_000],
      ["revise", "修订", 10_000, 4_000],
    ] as const
  ).map(
    ([action, name, lead, participant]): Case => ({
      name: `19 强制性、采用国际标准只分国家标准一档：行业标准${name}照行业标准计，四项共 ${(3 * lead + participant) / 10_000} 万元`,
      clause: "19",
      facts: [
        standard("industry", action, "lead", { mandatory: true }),
        standard("industry", action, "lead", { adoptsInternational: true }),
        standard("industry", action, "lead", { adoptsInternational: true, mandatory: true }),
        standard("industry", action, "participant", { adoptsInternational: true }),
      ],
      total: [3 * lead + participant, 3 * lead + participant],
      lines: { [`cn-19-industry-local-${action}-lead`]: [3 * lead, 3 * lead], [`cn-19-industry-local-${action}-participant`]: [participant, participant] },
    }),
  ),
  {
    name: "19 三项相同的国家标准参与项目填一行（数量 3）：每项 5 万元，共 15 万元",
    facts: [{ ...standard("national", "formulate", "participant"), count: 3 }],
    total: [150_000, 150_000],
  },
];

const laterItems: Case[] = [
  ...(
    [
      ["national-key-lab", "国家市场监管重点实验室", 1_000_000],
      ["national-inspection-center", "国家产品质检中心", 1_000_000],
      ["national-metrology-center", "国家产业计量测试中心", 1_000_000],
      ["national-quality-standard-lab", "国家质量标准实验室", 1_000_000],
      ["first-major-equipment", "中国首台（套）重大技术装备检定", 1_000_000],
      ["shanghai-inspection-center", "上海市产品质量检验检测中心", 500_000],
    ] as const
  ).map(([institution, name, yuan]) =>
    pays(`20 获批${name}：${yuan / 10_000} 万元`, `cn-20-${institution}`, yuan, {
      type: "testing-institution",
      institution,
      stage: "established",
    }),
  ),
  {
    ...nothing("20 国家产业计量测试中心仅获批筹建：尚不支持", [], [
      { type: "testing-institution", institution: "national-metrology-center", stage: "preparation" },
    ]),
    lines: { "cn-20-national-metrology-center": [0, 0] },
  },
  ...(
    [
      ["national-key-lab", "国家市场监管重点实验室"],
      ["national-inspection-center", "国家产品质检中心"],
      ["national-quality-standard-lab", "国家质量标准实验室"],
      ["first-major-equipment", "中国首台（套）重大技术装备检定"],
      ["shanghai-inspection-center", "上海市产品质量检验检测中心"],
    ] as const
  ).map(
    ([institution, name]): Case => ({
      ...nothing(`20 ${name}仅获批筹建：“获批”读作正式获批，尚不支持`, [], [{ type: "testing-institution", institution, stage: "preparation" }]),
      lines: { [`cn-20-${institution}`]: [0, 0] },
    }),
  ),
  pays("20 首次通过 CNAS 认可：5 万元", "cn-20-cnas", 50_000, { type: "testing-institution", institution: "cnas", stage: "established", first: true }),
  {
    ...nothing("20 CNAS 复评（不是首次）：不支持", [], [{ type: "testing-institution", institution: "cnas", stage: "established" }]),
    lines: { "cn-20-cnas": [0, 0] },
  },

  pays("21 获评国家级质量基础设施一站式服务试点：100 万元", "cn-21-national", 1_000_000, { type: "one-stop-pilot", level: "national" }),
  pays("21 获评上海市级一站式服务试点：50 万元", "cn-21-shanghai", 500_000, { type: "one-stop-pilot", level: "provincial" }),
  pays("22 获批市级质量教育基地：10 万元", "cn-22-education-base", 100_000, { type: "quality-education-base" }),

  { ...pays("23 园区获批全国质量品牌提升示范区：100 万元", "cn-23-national", 1_000_000, { type: "quality-brand-zone", level: "national" }), applicant: PARK },
  { ...pays("23 园区获批上海市质量品牌提升示范区：50 万元", "cn-23-shanghai", 500_000, { type: "quality-brand-zone", level: "provincial" }), applicant: PARK },
  {
    ...nothing("23 企业（不是园区）申报示范区：本条只支持园区", [], [{ type: "quality-brand-zone", level: "national" }]),
    lines: { "cn-23-national": [0, 0] },
  },

  unquantified("24 国家、市认定的知识产权试点示范园区：一定的匹配资金，未写金额", "cn-24-recognised", {
    type: "ip-park",
    kind: "national-or-municipal",
  }),
  { ...pays("24 区认定的知识产权重点园区：10 万元", "cn-24-key-park", 100_000, { type: "ip-park", kind: "district-key-park" }), applicant: PARK },
  {
    ...pays(
      "24 重点园区 2024、2025 两年都通过年度考核：每年 5 万元，共 10 万元",
      "cn-24-annual-review",
      100_000,
      on("2024-12-20", { type: "ip-park", kind: "annual-review-passed" }),
      on("2025-05-20", { type: "ip-park", kind: "annual-review-passed" }),
    ),
    applicant: PARK,
    adjustments: {},
    justUnder: "cn-24-annual-review-once-a-year",
  },
  {
    // 24 “对通过年度考核的重点园区，给予每年5万元的资金支持”：一年一次考核，每年至多 5 万元。
    name: "24 重点园区同一年填了两次通过年度考核：每年 5 万元，只计一次，共 5 万元",
    clause: "24",
    applicant: PARK,
    facts: [on("2025-03-01", { type: "ip-park", kind: "annual-review-passed" }), on("2025-05-20", { type: "ip-park", kind: "annual-review-passed" })],
    total: [50_000, 50_000],
    lines: { "cn-24-annual-review": [50_000, 50_000] },
    adjustments: { "cn-24-annual-review-once-a-year": ["24", -50_000, -50_000] },
    unquantified: [],
  },
  { ...pays("25 园区获批国家级公共检验检测认证服务平台示范区：100 万元", "cn-25-testing-platform-zone", 1_000_000, { type: "public-testing-platform-zone" }), applicant: PARK },
  pays("26 首次通过上海市诚信计量示范商圈：10 万元", "cn-26-first", 100_000, { type: "integrity-metrology-district", stage: "first" }),
  pays("26 诚信计量示范商圈复评通过：5 万元", "cn-26-recertification", 50_000, { type: "integrity-metrology-district", stage: "recertification" }),

  pays("27 两位首席质量官已被聘任：所在单位每人 3000 元，共 6000 元", "cn-27-quality-talent", 6_000, person("chief-quality-officer", 2, { appointed: true })),
  {
    ...nothing("27 取得标准化总监资格但未被聘任：不支持", [], [person("standardization-director", 1)]),
    lines: { "cn-27-quality-talent": [0, 0] },
  },
  nothing("27 个人自己申报首席质量官：支持的是所在单位，个人不能申报", ["no-matching-item"], [person("chief-quality-officer", 1, { appointed: true })], PERSON),

  pays("28 三位知识产权工作者：所在单位每人 1000 元，共 3000 元", "cn-28-ip-worker", 3_000, person("ip-worker", 3)),
  pays("28 一位知识产权师：所在单位 5000 元", "cn-28-ip-engineer", 5_000, person("ip-engineer", 1)),
  pays("28 一位专利代理师：所在单位 1 万元", "cn-28-senior", 10_000, person("patent-attorney", 1)),
  pays("28 一位高级知识产权师：所在单位 1 万元", "cn-28-senior", 10_000, person("senior-ip-engineer", 1)),
];

// ------------------------------------------------------------ 第30条：同一事项

// 30 “同一单位不得因同一事项重复享受政策”：一项被政府采信、高于国家标准的团体标准同时符合第9条和第19条，
// 是否同一事项由主管部门认定：确定部分只计较高的一项（视为同一事项），最高额两项合计（分别享受）。
const ADOPTED_ADVANCED = { governmentAdopted: true, exceedsHigherStandards: true };
const clause30: Case[] = [
  {
    // 19 第一起草单位 5 万元 + 9 先进标准 2 万元。确定：只享受较高一项 = 5 万元；最高：5 + 2 = 7 万元。
    name: "30 一项被政府采信、高于国家标准的团体标准（第一起草单位）同时符合第19条 5 万元和第9条 2 万元：确定 5 万元，最高 7 万元",
    facts: [standard("group", "formulate", "lead", ADOPTED_ADVANCED)],
    total: [50_000, 70_000],
    lines: { "cn-19-group-formulate-lead": ["19", 50_000, 50_000], "cn-9-advanced-standard": ["9", 0, 20_000] },
    adjustments: { "cn-30-same-matter": ["30", -20_000, 0] },
    lineNotes: { "cn-9-advanced-standard": "第30条：同一单位不得因同一事项重复享受政策。本项与“" },
    unquantified: [],
  },
  {
    // 19 非第一起草单位 2 万元 + 9 先进标准 2 万元：两项同额，确定部分只计其中一项（先列的第9条）= 2 万元，最高 4 万元。
    name: "30 同一团体标准的非第一起草单位：第19条 2 万元与第9条 2 万元同额，确定 2 万元，最高 4 万元",
    facts: [standard("group", "formulate", "participant", ADOPTED_ADVANCED)],
    total: [20_000, 40_000],
    lines: { "cn-9-advanced-standard": ["9", 20_000, 20_000], "cn-19-group-formulate-participant": ["19", 0, 20_000] },
    adjustments: { "cn-30-same-matter": ["30", -20_000, 0] },
    unquantified: [],
  },
  {
    // 不同的两项标准不是同一事项：19 团体标准 5 万元（未写明高于国家标准，第9条一行 0 元）+ 9 先进企业标准 2 万元 = 7 万元，都确定。
    name: "30 两项不同的标准分别符合第19条和第9条：不是同一事项，确定 7 万元",
    facts: [standard("group", "formulate", "lead", { governmentAdopted: true }), standard("enterprise", "formulate", "lead", { exceedsHigherStandards: true })],
    total: [70_000, 70_000],
    lines: { "cn-19-group-formulate-lead": ["19", 50_000, 50_000], "cn-9-advanced-standard": ["9", 20_000, 20_000] },
    adjustments: {},
    justUnder: "cn-30-same-matter",
    unquantified: [],
  },
  {
    // 同一项团体标准高于国家标准但未被政府采信：第19条一行 0 元，只有第9条 2 万元，没有第二项可重复享受。
    name: "30 一项高于国家标准、未被政府采信的团体标准：第19条不符合，只有第9条 2 万元，确定 2 万元",
    facts: [standard("group", "formulate", "lead", { exceedsHigherStandards: true })],
    total: [20_000, 20_000],
    lines: { "cn-19-group-formulate-lead": ["19", 0, 0], "cn-9-advanced-standard": ["9", 20_000, 20_000] },
    adjustments: {},
    justUnder: "cn-30-same-matter",
    unquantified: [],
  },
];

// ------------------------------------------------------------ 第31条：就高、计数

const clause31: Case[] = [
  {
    name: "31 单位同时获中国质量奖（100 万）和上海市市长质量奖（50 万）：按最高奖励额只给 100 万元",
    facts: [qualityAward("china-quality-award"), qualityAward("shanghai-mayor-quality-award")],
    total: [1_000_000, 1_000_000],
    lines: { "cn-1-china-org": ["1", 1_000_000, 1_000_000], "cn-2-mayor-org": ["2", 0, 0] },
    adjustments: { "cn-31-highest-quality-award": "31" },
  },
  {
    name: "31 质量金奖 2024 年、市长质量奖 2025 年：政策期内只给最高的 50 万元",
    facts: [on("2024-06-01", qualityAward("shanghai-quality-gold-award")), on("2025-03-01", qualityAward("shanghai-mayor-quality-award"))],
    total: [500_000, 500_000],
    clause: "2",
    lines: { "cn-2-mayor-org": [500_000, 500_000], "cn-2-gold-org": [0, 0] },
    adjustments: { "cn-31-highest-quality-award": "31" },
  },
  {
    name: "31 2024 年、2026 年两次获中国质量奖：一次性配套、不重复享受，政策期内只给一次 100 万元",
    clause: "1",
    facts: [on("2024-06-01", qualityAward("china-quality-award")), on("2026-03-01", qualityAward("china-quality-award"))],
    asOf: "2026-06-01",
    total: [1_000_000, 1_000_000],
    lines: { "cn-1-china-org": [1_000_000, 1_000_000] },
    adjustments: { "cn-31-highest-quality-award": ["31", -1_000_000, -1_000_000] },
  },
  asPerson({
    name: "31 个人获中国质量奖和市长质量奖：就高只约束单位，个人两项都给，共 30 万元",
    facts: [qualityAward("china-quality-award"), qualityAward("shanghai-mayor-quality-award")],
    total: [300_000, 300_000],
    lines: { "cn-1-china-person": ["1", 200_000, 200_000], "cn-2-mayor-person": ["2", 100_000, 100_000] },
    adjustments: {},
    justUnder: "cn-31-highest-quality-award",
  }),
  {
    name: "31 三个不同的“上海品牌”认证项目：扶持不超过 2 个，共 100 万元",
    facts: [certification("shanghai-brand", "first", 3)],
    total: [1_000_000, 1_000_000],
    clause: "6",
    lines: { "cn-6-first": [1_000_000, 1_000_000] },
    adjustments: { "cn-31-shanghai-brand": ["31", -500_000, -500_000] },
  },
  {
    name: "31 “上海品牌”认证分三年各首次获得一个：政策期内累计仍只扶持 2 个，共 100 万元",
    facts: [
      on("2024-06-01", certification("shanghai-brand", "first")),
      on("2025-03-01", certification("shanghai-brand", "first")),
      on("2026-03-01", certification("shanghai-brand", "first")),
    ],
    asOf: "2026-06-01",
    total: [1_000_000, 1_000_000],
    adjustments: { "cn-31-shanghai-brand": "31" },
  },
  {
    name: "31 两个“上海品牌”认证项目加一次扩项：扩项不算新项目，共 110 万元",
    facts: [certification("shanghai-brand", "first", 2), certification("shanghai-brand", "extension")],
    total: [1_100_000, 1_100_000],
    clause: "6",
    lines: { "cn-6-first": [1_000_000, 1_000_000], "cn-6-extension": [100_000, 100_000] },
    adjustments: {},
    justUnder: "cn-31-shanghai-brand",
  },
  {
    name: "31 一年中六个标准化项目：只扶持 5 个，金额最低的修订行业标准参与项目（4000 元）不计，共 137 万元",
    facts: [
      standard("international", "formulate", "lead"),
      standard("national", "formulate", "lead", { mandatory: true }),
      standard("national", "formulate", "lead"),
      standard("industry", "formulate", "lead"),
      standard("industry", "formulate", "participant"),
      standard("industry", "revise", "participant"),
    ],
    total: [1_370_000, 1_370_000],
    clause: "19",
    lines: {
      "cn-19-intl-formulate-lead": [800_000, 800_000],
      "cn-19-national-formulate-lead-mandatory": [300_000, 300_000],
      "cn-19-national-formulate-lead": [200_000, 200_000],
      "cn-19-industry-local-formulate-lead": [50_000, 50_000],
      "cn-19-industry-local-formulate-participant": [20_000, 20_000],
      "cn-19-industry-local-revise-participant": [0, 0],
    },
    adjustments: { "cn-31-five-standards": "31" },
  },
  {
    name: "31 标准化示范试点和先进标准也算标准化项目：四项国家标准参与（各 5 万）、一项市级试点合格（10 万）、一项先进企业标准（2 万）共 6 项，只计 5 项，先进标准不计，共 30 万元",
    facts: [
      { ...standard("national", "formulate", "participant"), count: 4 },
      { type: "standardization-pilot", level: "provincial", result: "pass" },
      standard("enterprise", "formulate", "lead", { exceedsHigherStandards: true }),
    ],
    total: [300_000, 300_000],
    lines: {
      "cn-19-national-formulate-participant": ["19", 200_000, 200_000],
      "cn-8-provincial-pass": ["8", 100_000, 100_000],
      "cn-9-advanced-standard": ["9", 0, 0],
    },
    adjustments: { "cn-31-five-standards": "31" },
  },
  // 第31条数的是“标准化项目”：一项团体标准同时符合第9条和第19条，仍是一个标准化项目（第30条只决定两条是否都支持），
  // 按 1 个计，保留或不计时两行一起。项目按一项的金额排序：最高额为两行合计，确定部分按第30条只计较高的一行。
  {
    // 4 项国家标准参与（各 5 万）+ 1 项团体标准（第19条 5 万 + 第9条 2 万）= 5 个项目，恰好 5 个，不核减。
    // 确定 20 + 5 = 25 万元，最高 20 + 7 = 27 万元。按行计数会数成 6 项、不计第9条一行（最高只剩 25 万元）。
    name: "31 五个标准化项目，其中一项团体标准同时符合第19条和第9条：仍是 5 个项目，全部扶持，确定 25 万元，最高 27 万元",
    facts: [{ ...standard("national", "formulate", "participant"), count: 4 }, standard("group", "formulate", "lead", ADOPTED_ADVANCED)],
    total: [250_000, 270_000],
    lines: {
      "cn-19-national-formulate-participant": ["19", 200_000, 200_000],
      "cn-19-group-formulate-lead": ["19", 50_000, 50_000],
      "cn-9-advanced-standard": ["9", 0, 20_000],
    },
    adjustments: { "cn-30-same-matter": ["30", -20_000, 0] },
    justUnder: "cn-31-five-standards",
  },
  {
    // 6 个项目：4 项国家标准参与（各 5 万）、团体标准第一起草单位（5 + 2 = 7 万）、团体标准非第一起草单位（2 + 2 = 4 万）。
    // 最低的是 4 万元的团体标准非第一起草单位，它的第19条、第9条两行一起不计（核减 4 万元）。
    // 确定 20 + 5 = 25 万元，最高 20 + 7 = 27 万元。按行计数会数成 8 项、只留 5 行（最高 25 万元）。
    name: "31 六个标准化项目，两项团体标准各同时符合第19条和第9条：不计金额最低的团体标准非第一起草单位（两行一起），确定 25 万元，最高 27 万元",
    facts: [
      { ...standard("national", "formulate", "participant"), count: 4 },
      standard("group", "formulate", "lead", ADOPTED_ADVANCED),
      standard("group", "formulate", "participant", ADOPTED_ADVANCED),
    ],
    total: [250_000, 270_000],
    lines: {
      "cn-19-national-formulate-participant": ["19", 200_000, 200_000],
      "cn-19-group-formulate-lead": ["19", 50_000, 50_000],
      "cn-19-group-formulate-participant": ["19", 0, 0],
      "cn-9-advanced-standard": ["9", 0, 20_000],
    },
    adjustments: { "cn-31-five-standards": ["31", -40_000, -40_000], "cn-30-same-matter": ["30", -20_000, 0] },
    lineNotes: { "cn-19-group-formulate-participant": "本项只计 0 项（与“制定高于国家、行业、地方标准并具有示范效应和推广价值的团体标准或企业标准”是同一项目，一并计算）" },
  },
  {
    // 同一行填 3 项同时符合两条的团体标准（每项 7 万，确定 5 万）和 3 项国家标准参与（每项 5 万）：6 个项目，
    // 保留 3 项团体标准和 2 项国家标准参与。确定 15 + 10 = 25 万元，最高 21 + 10 = 31 万元。
    name: "31 同一行 3 项同时符合第19条和第9条的团体标准加 3 项国家标准参与：6 个项目，不计 1 项国家标准参与，确定 25 万元，最高 31 万元",
    facts: [{ ...standard("group", "formulate", "lead", ADOPTED_ADVANCED), count: 3 }, { ...standard("national", "formulate", "participant"), count: 3 }],
    total: [250_000, 310_000],
    lines: {
      "cn-19-group-formulate-lead": ["19", 150_000, 150_000],
      "cn-9-advanced-standard": ["9", 0, 60_000],
      "cn-19-national-formulate-participant": ["19", 100_000, 100_000],
    },
    adjustments: { "cn-31-five-standards": ["31", -50_000, -50_000], "cn-30-same-matter": ["30", -60_000, 0] },
  },
  {
    // 两个 4 万元的项目最高额相同：修订国家标准第一起草单位确定 4 万元；同时符合两条的团体标准非第一起草单位
    // 最高 2 + 2 = 4 万元，但第30条下确定只有 2 万元。第五个名额给确定部分更多的修订项目：确定、最高都是 24 万元。
    name: "31 第五个名额在两个最高 4 万元的项目之间：给确定 4 万元的修订国家标准，不给确定只有 2 万元的团体标准，共 24 万元",
    facts: [
      standard("group", "formulate", "participant", ADOPTED_ADVANCED),
      { ...standard("national", "formulate", "participant"), count: 4 },
      standard("national", "revise", "lead"),
    ],
    total: [240_000, 240_000],
    lines: {
      "cn-19-group-formulate-participant": ["19", 0, 0],
      "cn-9-advanced-standard": ["9", 0, 0],
      "cn-19-national-formulate-participant": ["19", 200_000, 200_000],
      "cn-19-national-revise-lead": ["19", 40_000, 40_000],
    },
    adjustments: { "cn-31-five-standards": ["31", -40_000, -40_000] },
  },
  {
    // 3 项国家标准参与（各 5 万）+ 1 项同时符合两条的团体标准（5 + 2 万）+ 1 项先进企业标准（只符合第9条，2 万）= 5 个项目，不核减。
    // 确定 15 + 5 + 2 = 22 万元，最高 15 + 7 + 2 = 24 万元。按行计数会数成 6 项、不计后填的先进企业标准，确定也少 2 万元。
    name: "31 五个标准化项目中一项团体标准同时符合两条、另有一项先进企业标准：5 个项目全部扶持，确定 22 万元，最高 24 万元",
    facts: [
      { ...standard("national", "formulate", "participant"), count: 3 },
      standard("group", "formulate", "lead", ADOPTED_ADVANCED),
      standard("enterprise", "formulate", "lead", { exceedsHigherStandards: true }),
    ],
    total: [220_000, 240_000],
    lines: {
      "cn-19-national-formulate-participant": ["19", 150_000, 150_000],
      "cn-19-group-formulate-lead": ["19", 50_000, 50_000],
      "cn-9-advanced-standard": ["9", 20_000, 40_000],
    },
    adjustments: { "cn-30-same-matter": ["30", -20_000, 0] },
    justUnder: "cn-31-five-standards",
  },
  {
    // 5 项同时符合两条的团体标准第一起草单位（每项最高 7 万、确定 5 万）+ 1 项等同采用国际标准的国家标准第一起草单位（6 万）：
    // 按最高额保留 5 项团体标准，不计 6 万元一项：确定 25 万元，最高 35 万元。若主管部门按第30条只支持较高一项，
    // 单位改报 6 万元一项可得 6 + 4 × 5 = 26 万元；本工具的确定部分只计所保留项目的确定部分，不多算（见第31条限额的理解）。
    name: "31 五项同时符合两条的团体标准加一项 6 万元的国家标准：按最高额保留五项团体标准，确定 25 万元，最高 35 万元",
    facts: [{ ...standard("group", "formulate", "lead", ADOPTED_ADVANCED), count: 5 }, standard("national", "formulate", "lead", { adoptsInternational: true })],
    total: [250_000, 350_000],
    lines: {
      "cn-19-group-formulate-lead": ["19", 250_000, 250_000],
      "cn-9-advanced-standard": ["9", 0, 100_000],
      "cn-19-national-adopt-formulate-lead": ["19", 0, 0],
    },
    adjustments: { "cn-31-five-standards": ["31", -60_000, -60_000], "cn-30-same-matter": ["30", -100_000, 0] },
  },
  {
    name: "31 同一行填了 7 项国家标准参与项目：只计 5 项，共 25 万元",
    facts: [{ ...standard("national", "formulate", "participant"), count: 7 }],
    total: [250_000, 250_000],
    adjustments: { "cn-31-five-standards": "31" },
  },
  {
    name: "31 2024 年、2025 年各五个标准化项目：按年分别计算，十个都扶持，共 50 万元",
    facts: [
      on("2024-08-01", { ...standard("national", "formulate", "participant"), count: 5 }),
      on("2025-02-01", { ...standard("national", "formulate", "participant"), count: 5 }),
    ],
    total: [500_000, 500_000],
    clause: "19",
    lines: { "cn-19-national-formulate-participant": [500_000, 500_000] },
    adjustments: {},
    justUnder: "cn-31-five-standards",
  },
  {
    name: "31 承担标准化技术组织不是标准化项目：五个标准项目加一个全国 TC 秘书处，全部支持，共 55 万元",
    facts: [{ ...standard("national", "formulate", "participant"), count: 5 }, { type: "standards-body", level: "national", body: "TC" }],
    total: [550_000, 550_000],
    lines: { "cn-19-national-formulate-participant": ["19", 250_000, 250_000], "cn-18-national-tc": ["18", 300_000, 300_000] },
    adjustments: {},
    justUnder: "cn-31-five-standards",
  },
];

// ------------------------------------------------------------ 年度上限：恰好达到上限与超出上限

const caps: Case[] = [
  {
    name: "15 两份保险保费 3 万元、2 万元：合计 5 万元，恰好达到年度上限，不核减",
    facts: [insurance(30_000), insurance(20_000)],
    total: [0, 50_000],
    clause: "15",
    lines: { "cn-15-insurance": [0, 50_000] },
    adjustments: {},
    justUnder: "cn-15-insurance-cap",
  },
  {
    name: "15 两份保险保费 3 万元、2 万零 1 元：超出 1 元，按年度上限核减为 5 万元",
    facts: [insurance(30_000), insurance(20_001)],
    total: [0, 50_000],
    clause: "15",
    lines: { "cn-15-insurance": [0, 50_000] },
    adjustments: { "cn-15-insurance-cap": ["15", 0, -1] },
  },
  {
    name: "15 两份保险保费各 3 万元：合计 6 万元，按年度上限核减为 5 万元",
    facts: [insurance(30_000), insurance(30_000)],
    total: [0, 50_000],
    adjustments: { "cn-15-insurance-cap": "15" },
  },
  {
    name: "15 保费各 3 万元但分属 2024、2025 两年：每年各自计算，共 6 万元",
    facts: [on("2024-10-01", insurance(30_000)), on("2025-03-01", insurance(30_000))],
    total: [0, 60_000],
  },
  {
    name: "15 五笔质押贷款利息各 20 万元：合计 100 万元，恰好达到年度上限",
    facts: Array.from({ length: 5 }, () => pledgeLoan(200_000)),
    total: [0, 1_000_000],
    clause: "15",
    lines: { "cn-15-pledge-loan": [0, 1_000_000] },
    adjustments: {},
    justUnder: "cn-15-pledge-cap",
  },
  {
    name: "15 六笔质押贷款利息各 20 万元：合计 120 万元，按年度上限核减为 100 万元",
    facts: Array.from({ length: 6 }, () => pledgeLoan(200_000)),
    total: [0, 1_000_000],
    adjustments: { "cn-15-pledge-cap": "15" },
  },
  {
    name: "16 许可人两笔交易支持最多 30 万元、20 万元：合计 50 万元，恰好达到年度上限",
    facts: [licence("licensor", 300_000), licence("licensor", 200_000)],
    total: [0, 500_000],
    clause: "16",
    lines: { "cn-16-licensor": [0, 500_000] },
    adjustments: {},
    justUnder: "cn-16-licensor-cap",
  },
  {
    name: "16 许可人三笔交易合计 60 万元：按年度上限核减为 50 万元",
    facts: [licence("licensor", 300_000), licence("licensor", 200_000), licence("licensor", 100_000)],
    total: [0, 500_000],
    adjustments: { "cn-16-licensor-cap": "16" },
  },
  {
    name: "16 被许可中小企业两笔，基数 30 万元、20 万元：合计 50 万元，恰好达到年度上限",
    applicant: SME,
    facts: [licence("licensee", 300_000), licence("licensee", 200_000)],
    total: [0, 500_000],
    clause: "16",
    lines: { "cn-16-licensee": [0, 500_000] },
    adjustments: {},
    justUnder: "cn-16-licensee-cap",
  },
  {
    name: "16 被许可中小企业两笔，基数 30 万元、20 万零 1 元：超出 1 元，按年度上限核减为 50 万元",
    applicant: SME,
    facts: [licence("licensee", 300_000), licence("licensee", 200_001)],
    total: [0, 500_000],
    clause: "16",
    lines: { "cn-16-licensee": [0, 500_000] },
    adjustments: { "cn-16-licensee-cap": ["16", 0, -1] },
  },
  {
    name: "16 被许可中小企业两笔，基数合计 60 万元：按年度上限核减为 50 万元",
    applicant: SME,
    facts: [licence("licensee", 300_000), licence("licensee", 300_000)],
    total: [0, 500_000],
    adjustments: { "cn-16-licensee-cap": "16" },
  },
  {
    name: "16 同一单位（中小企业）既是许可人又是被许可人：两个上限分别计算，共最多 100 万元",
    applicant: SME,
    facts: [licence("licensor", 500_000), licence("licensee", 500_000)],
    total: [0, 1_000_000],
  },
  {
    name: "17 中介服务机构年度交易额 20 万元：恰好达到年度上限 20 万元",
    facts: [{ type: "patent-deal", role: "intermediary", deal: "transfer", amount: 200_000 }],
    total: [0, 200_000],
    clause: "17",
    lines: { "cn-17-intermediary": [0, 200_000] },
    adjustments: {},
    justUnder: "cn-17-cap",
  },
  {
    name: "17 中介服务机构同年两笔交易额 15 万元、10 万元：按年度上限核减为 20 万元",
    facts: [
      { type: "patent-deal", role: "intermediary", deal: "transfer", amount: 150_000 },
      { type: "patent-deal", role: "intermediary", deal: "licence", amount: 100_000 },
    ],
    total: [0, 200_000],
    adjustments: { "cn-17-cap": "17" },
  },
  {
    name: "28 两位专利代理师：2 万元，恰好达到单位年度上限",
    facts: [person("patent-attorney", 2)],
    total: [20_000, 20_000],
    clause: "28",
    lines: { "cn-28-senior": [20_000, 20_000] },
    adjustments: {},
    justUnder: "cn-28-cap",
  },
  {
    name: "28 两位专利代理师加一位知识产权工作者：2.1 万元，按单位年度上限核减为 2 万元",
    facts: [person("patent-attorney", 2), person("ip-worker", 1)],
    total: [20_000, 20_000],
    clause: "28",
    lines: { "cn-28-senior": [20_000, 20_000], "cn-28-ip-worker": [0, 0] },
    adjustments: { "cn-28-cap": ["28", -1_000, -1_000] },
  },
  {
    name: "28 专利代理师 2024 年两位、2025 年两位：每年各 2 万元，共 4 万元",
    facts: [on("2024-09-01", person("patent-attorney", 2)), on("2025-04-01", person("patent-attorney", 2))],
    total: [40_000, 40_000],
  },
];

// ------------------------------------------------------------ 第33条有效期与第29条适用对象

const CHINA_AWARD = qualityAward("china-quality-award");

const windowAndApplicants: Case[] = [
  {
    name: "33 事项日期 2024-04-07（生效前一天）：不在有效期内，不支持",
    facts: [on("2024-04-07", CHINA_AWARD)],
    total: [0, 0],
    reasons: ["fact-outside-window"],
  },
  { ...pays("33 事项日期 2024-04-08（生效当天）：支持 100 万元", "cn-1-china-org", 1_000_000, on("2024-04-08", CHINA_AWARD)), clause: "1" },
  {
    ...pays("33 事项日期 2026-12-31（截止当天），当天申报：支持 100 万元", "cn-1-china-org", 1_000_000, on("2026-12-31", CHINA_AWARD)),
    clause: "1",
    asOf: "2026-12-31",
  },
  {
    name: "33 事项日期 2027-01-01（截止后一天），在截止日计算：事项晚于计算日期，不支持",
    facts: [on("2027-01-01", CHINA_AWARD)],
    asOf: "2026-12-31",
    total: [0, 0],
    reasons: ["fact-after-as-of"],
  },
  {
    name: "33 在 2024-04-07 计算：政策尚未生效",
    facts: [CHINA_AWARD],
    asOf: "2024-04-07",
    total: [0, 0],
    inForce: false,
    reasons: ["not-yet-in-force"],
  },
  { ...pays("33 在 2024-04-08 计算：政策已生效，支持 100 万元", "cn-1-china-org", 1_000_000, CHINA_AWARD), clause: "1", asOf: "2024-04-08", inForce: true },
  {
    name: "33 在 2027-01-01 计算（即使事项在 2026-12-31）：政策已失效",
    facts: [on("2026-12-31", CHINA_AWARD)],
    asOf: "2027-01-01",
    total: [0, 0],
    inForce: false,
    reasons: ["not-in-force"],
  },

  {
    ...nothing("29 由区级财政全额拨款的事业单位：不适用本政策", ["excluded"], [CHINA_AWARD], {
      kind: "organization",
      orgType: "public-institution",
      fundedBy: "full-budget",
      budgetLevel: "district",
    }),
    eligible: false,
  },
  {
    ...nothing("29 由区级财政部分拨款的事业单位：同样不适用", ["excluded"], [CHINA_AWARD], {
      kind: "organization",
      orgType: "public-institution",
      fundedBy: "partial-budget",
      budgetLevel: "district",
    }),
    eligible: false,
  },
  {
    ...nothing("29 区级财政拨款的科研院所（事业单位）：不适用", ["excluded"], [CHINA_AWARD], {
      kind: "organization",
      orgType: "research-institute",
      fundedBy: "full-budget",
      budgetLevel: "district",
    }),
    eligible: false,
  },
  {
    ...pays("29 由市级财政拨款的事业单位：不是区级预算保障，可以享受 100 万元", "cn-1-china-org", 1_000_000, CHINA_AWARD),
    clause: "1",
    applicant: { kind: "organization", orgType: "public-institution", fundedBy: "full-budget", budgetLevel: "city" },
    eligible: true,
  },
  {
    ...nothing("29 信用记录不良的企业：不适用", ["excluded"], [CHINA_AWARD], { kind: "organization", creditGood: false }),
    eligible: false,
  },
  {
    ...nothing("29 信用记录不良的个人：不适用", ["excluded"], [CHINA_AWARD], { kind: "individual", creditGood: false }),
    eligible: false,
  },
  nothing("5 个人获中国专利金奖：本条只支持单位", ["no-matching-item"], [{ type: "patent-award", award: "china-gold" }], PERSON),
];

const cases: Case[] = [...perItem, ...standardsCases, ...laterItems, ...clause30, ...clause31, ...caps, ...windowAndApplicants];

describe("长宁区促进质量提升、品牌发展、知识产权运用的若干政策措施", () => {
  runCases(changning, AS_OF, cases);

  it("每个支持事项至少有一个算出金额（或列为未量化）的例子", () => {
    const covered = new Set(
      cases.flatMap((c) => {
        const r = evaluateCase(changning, c, AS_OF);
        return [...r.lines.filter((l) => l.max > 0).map((l) => l.item), ...r.unquantified.map((u) => u.item)];
      }),
    );
    expect(changning.items.map((i) => i.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it("一年六个标准化项目时，说明未计的是哪一项", () => {
    const six = clause31.find((c) => c.name.startsWith("31 一年中六个"))!;
    const r = evaluateCase(changning, six, AS_OF);
    const cut = r.adjustments.find((a) => a.limit === "cn-31-five-standards")!;
    expect(cut.effect).toEqual({ min: -4_000, max: -4_000 });
    expect(cut.explanation).toContain("修订行业标准、地方标准 非第一起草单位");
  });

  it("一年六个标准化项目、其中两项同时符合第19条和第9条时，说明每项按 1 个项目计、未计的项目两行一起", () => {
    const six = clause31.find((c) => c.name.startsWith("31 六个标准化项目，两项团体标准"))!;
    const r = evaluateCase(changning, six, AS_OF);
    const cut = r.adjustments.find((a) => a.limit === "cn-31-five-standards")!;
    expect(cut.explanation).toBe(
      "第31条：同一单位一年中标准化项目扶持不超过 5 个。2025 年共 6 项符合条件（第 2 项事项同时符合第9条、第19条，按 1 项计；" +
        "第 3 项事项同时符合第9条、第19条，按 1 项计），按金额从高到低保留 5 项，未计“制定高于国家、行业、地方标准并具有示范效应和推广价值的团体标准或企业标准”" +
        "和“制定被相关政府部门采信使用的团体标准 非第一起草单位”（同一项目）1 项",
    );
    // The adjustment names both lines of the dropped project.
    expect(cut.lines.map((i) => r.lines[i]!.item).sort()).toEqual(["cn-19-group-formulate-participant", "cn-9-advanced-standard"]);
    expect(cut.lines.map((i) => r.lines[i]!.fact)).toEqual([2, 2]);
  });

  it("同一行几项同时符合两条的标准：说明每项按 1 个项目计", () => {
    const three = clause31.find((c) => c.name.startsWith("31 同一行 3 项"))!;
    const cut = evaluateCase(changning, three, AS_OF).adjustments.find((a) => a.limit === "cn-31-five-standards")!;
    expect(cut.explanation).toContain("共 6 项符合条件（第 1 项事项的 3 项各自同时符合第9条、第19条，每项按 1 项计），按金额从高到低保留 5 项，未计制定国家标准 非第一起草单位 1 项");
  });
});

it("长宁区：每个限额、where 取值和条件都有删掉它就会失败的例子", () => {
  expect(coverageGaps(changning, cases)).toEqual([]);
});

describe("17 总额不超过中介服务机构服务所得", () => {
  runCases(changning, "2025-06-01", [
    {
      name: "17 中介服务机构：交易额 100 万元、服务所得 3 万元 → 最高 3 万元（以服务所得封顶）",
      facts: [{ type: "patent-deal", role: "intermediary", deal: "licence", amount: 1_000_000, serviceIncome: 30_000 }],
      total: [0, 30_000],
    },
    {
      name: "17 中介服务机构：服务所得 50 万元高于 20 万元上限 → 最高 20 万元",
      facts: [{ type: "patent-deal", role: "intermediary", deal: "licence", amount: 1_000_000, serviceIncome: 500_000 }],
      total: [0, 200_000],
    },
  ]);
});
