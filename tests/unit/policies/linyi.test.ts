/**
 * 临沂市《惠企助企政策手册》: one row per case, the clause first, the yuan expected and who pays it.
 * Unless a row says otherwise: the applicant is an ordinary enterprise, everything is dated on the
 * calculation date 2025-06-01, and [确定, 最高] is the total in yuan.
 *
 * `paid` lists every line a row must produce as [确定, 最高, 出资层级] (and the clause, where it is not the
 * row's `clause`); `listed` every item that must appear as unquantified (no figure in the handbook), with
 * the level the handbook names and the clause it cites.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { linyi } from "@policies/linyi";
import { coverageGaps, evaluateCase, ORG, PERSON, runCases, type Case } from "./cases";
import type { Applicant, Fact, Payer } from "@/engine/types";

const AS_OF = "2025-06-01";
const 万 = (n: number) => n * 10_000;

interface Row extends Omit<Case, "lines" | "unquantified"> {
  paid?: Record<string, [number, number, Payer] | [number, number, Payer, string]>;
  listed?: Record<string, [Payer, string]>;
}

const UNIVERSITY: Applicant = { ...ORG, orgType: "university" };
const BANK: Applicant = { ...ORG, orgType: "bank" };
const AGENCY: Applicant = { ...ORG, orgType: "ip-service-agency" };

const qualityAward = (award: string): Fact => ({ type: "quality-award", award });
const certificate = (scheme: string, stage = "first", count?: number): Fact => ({
  type: "certification",
  scheme,
  stage,
  ...(count ? { count } : {}),
});
const standard = (scope: string, role: "lead" | "participant", action: "formulate" | "revise"): Fact => ({
  type: "standard-project",
  scope,
  role,
  action,
});
const standardsBody = (level: string, body: string, isNew = true): Fact => ({ type: "standards-body", level, body, isNew });
const patentAward = (award: string, count?: number): Fact => ({ type: "patent-award", award, ...(count ? { count } : {}) });
const patentsHeld = (count: number, date = "2024-12-31"): Fact => ({ type: "high-value-patent-stock", count, date });
const attorney = (flags: { rated?: boolean; newToCity?: boolean }): Fact => ({ type: "qualified-person", role: "patent-attorney", ...flags });
const premium = (insurance: string, amount: number, flags: { domesticOnly?: boolean; uplift?: boolean; surrenderedMidYear?: boolean } = {}): Fact => ({
  type: "ip-insurance",
  insurance,
  amount,
  ...flags,
});
const deal = (kind: string, amount?: number, flags: Record<string, boolean> = { highValue: true, significantBenefit: true }): Fact => ({
  type: "patent-deal",
  role: "licensee",
  deal: kind,
  ...flags,
  ...(amount !== undefined ? { amount } : {}),
});

/** Linyi's 最高 / 不高于 amounts are ceilings: nothing certain, at most the figure. */
const upTo = (yuan: number, payer: Payer): [number, number, Payer] => [0, yuan, payer];
const exactly = (yuan: number, payer: Payer): [number, number, Payer] => [yuan, yuan, payer];

const rows: Row[] = [
  // ---------------------------------------------------------------- 中国、省质量奖奖励
  {
    name: "中国、省质量奖奖励（一）个人获中国质量奖：国家颁发证书、奖章，无资金",
    applicant: PERSON,
    facts: [qualityAward("china-quality-award")],
    total: [0, 0],
    paid: {},
    listed: { "ly-1-1-china-honour": ["national", "中国、省质量奖奖励（一）"] },
  },
  {
    name: "中国、省质量奖奖励（一）（三）单位获中国质量奖：国家表彰无资金，临沂市政府奖励 100 万元",
    clause: "中国、省质量奖奖励（三）",
    facts: [qualityAward("china-quality-award")],
    total: [万(100), 万(100)],
    paid: { "ly-1-3-china": exactly(万(100), "city") },
    listed: { "ly-1-1-china-honour": ["national", "中国、省质量奖奖励（一）"] },
  },
  {
    name: "中国、省质量奖奖励（三）单位获中国质量奖提名奖：临沂市政府奖励 50 万元",
    clause: "中国、省质量奖奖励（三）",
    facts: [qualityAward("china-quality-award-nomination")],
    total: [万(50), 万(50)],
    paid: { "ly-1-3-china-nomination": exactly(万(50), "city") },
    listed: { "ly-1-1-china-honour": ["national", "中国、省质量奖奖励（一）"] },
  },
  {
    name: "中国、省质量奖奖励（二）（三）单位获山东省省长质量奖：省政府 200 万元 + 临沂市政府 50 万元",
    facts: [qualityAward("shandong-governor-quality-award")],
    total: [万(250), 万(250)],
    paid: {
      "ly-1-2-governor-org": [...exactly(万(200), "provincial"), "中国、省质量奖奖励（二）"],
      "ly-1-3-governor": [...exactly(万(50), "city"), "中国、省质量奖奖励（三）"],
    },
  },
  {
    name: "中国、省质量奖奖励（二）个人获山东省省长质量奖：“一定的物质奖励”，未写金额",
    applicant: PERSON,
    facts: [qualityAward("shandong-governor-quality-award")],
    total: [0, 0],
    paid: {},
    listed: { "ly-1-2-governor-person": ["provincial", "中国、省质量奖奖励（二）"] },
  },
  {
    name: "中国、省质量奖奖励（三）单位获省长质量奖提名奖：临沂市政府奖励 30 万元",
    clause: "中国、省质量奖奖励（三）",
    facts: [qualityAward("shandong-governor-quality-award-nomination")],
    total: [万(30), 万(30)],
    paid: { "ly-1-3-governor-nomination": exactly(万(30), "city") },
  },

  // ---------------------------------------------------------------- “好品山东”品牌 · “泰山品质”认证
  {
    name: "“好品山东”品牌（一）（二）获得“好品山东”称号：可使用形象标识，无资金",
    facts: [certificate("good-product-shandong")],
    total: [0, 0],
    paid: {},
    listed: { "ly-2-1-product-logo": ["provincial", "“好品山东”品牌（一）"], "ly-2-2-enterprise-logo": ["provincial", "“好品山东”品牌（二）"] },
  },
  {
    name: "“泰山品质”认证（一）（二）首次通过认证：可使用认证标志，省政府一次性奖励 10 万元",
    clause: "“泰山品质”认证（二）",
    facts: [certificate("taishan-quality")],
    total: [万(10), 万(10)],
    paid: { "ly-3-2-taishan-award": exactly(万(10), "provincial") },
    listed: { "ly-3-1-taishan-logo": ["provincial", "“泰山品质”认证（一）"] },
  },
  {
    name: "“泰山品质”认证（二）一次取得 3 张证书：一次性奖励，仍是 10 万元",
    facts: [certificate("taishan-quality", "first", 3)],
    total: [万(10), 万(10)],
  },
  {
    name: "“泰山品质”认证（二）再认证：一次性奖励已在首次通过时给予，不再奖励",
    clause: "“泰山品质”认证（二）",
    facts: [certificate("taishan-quality", "recertification")],
    total: [0, 0],
    paid: { "ly-3-2-taishan-award": [0, 0, "provincial"] },
  },

  // ---------------------------------------------------------------- 知识产权奖补资助
  {
    name: "知识产权奖补资助（一）企业当年授权 3 件高价值发明专利：每件最高 4000 元",
    clause: "知识产权奖补资助（一）",
    facts: [{ type: "patent-grant", count: 3 }],
    total: [0, 12_000],
    paid: { "ly-4-1-high-value-grant": upTo(12_000, "city") },
  },
  {
    name: "知识产权奖补资助（一）高校授权高价值发明专利：本项只资助企业",
    clause: "知识产权奖补资助（一）",
    applicant: UNIVERSITY,
    facts: [{ type: "patent-grant", count: 3 }],
    total: [0, 0],
    paid: { "ly-4-1-high-value-grant": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（一）单位国外授权发明专利 3 件·国：每件每个国家最高 2 万元",
    clause: "知识产权奖补资助（一）",
    facts: [{ type: "foreign-patent-grant", count: 3 }],
    total: [0, 万(6)],
    paid: { "ly-4-1-foreign-org": upTo(万(6), "city") },
  },
  {
    name: "知识产权奖补资助（一）个人国外授权发明专利 3 件·国：每件每个国家最高 1 万元",
    clause: "知识产权奖补资助（一）",
    applicant: PERSON,
    facts: [{ type: "foreign-patent-grant", count: 3 }],
    total: [0, 万(3)],
    paid: { "ly-4-1-foreign-person": upTo(万(3), "city") },
  },
  {
    name: "知识产权奖补资助（二）运营类专利导航项目：每项不超过 20 万元",
    clause: "知识产权奖补资助（二）",
    facts: [{ type: "ip-analysis-project", project: "operation-navigation" }],
    total: [0, 万(20)],
    paid: { "ly-4-2-navigation": upTo(万(20), "city") },
  },
  {
    name: "知识产权奖补资助（二）同一年两个运营类导航项目：每年补贴不超过一项，只计 20 万元",
    clause: "知识产权奖补资助（二）",
    facts: [{ type: "ip-analysis-project", project: "operation-navigation", count: 2 }],
    total: [0, 万(20)],
    paid: { "ly-4-2-navigation": upTo(万(20), "city") },
    adjustments: { "ly-4-2-one-navigation-a-year": ["知识产权奖补资助（二）", 0, -万(20)] },
  },
  {
    name: "知识产权奖补资助（二）2024 年、2025 年各一个导航项目：每年一项，两年共 40 万元",
    clause: "知识产权奖补资助（二）",
    facts: [
      { type: "ip-analysis-project", project: "operation-navigation", date: "2024-05-01" },
      { type: "ip-analysis-project", project: "operation-navigation", date: "2025-05-01" },
    ],
    total: [0, 万(40)],
    paid: { "ly-4-2-navigation": upTo(万(40), "city") },
    adjustments: {},
    justUnder: "ly-4-2-one-navigation-a-year",
  },
  {
    name: "知识产权奖补资助（二）只写运营类导航项目：区级专利导航、分析评议项目不在本条",
    facts: [
      { type: "ip-analysis-project", project: "district-navigation" },
      { type: "ip-analysis-project", project: "district-analysis", amount: 万(30) },
    ],
    total: [0, 0],
    paid: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "知识产权奖补资助（三）知识产权服务机构年度考核：择优奖励，未写金额",
    applicant: AGENCY,
    facts: [{ type: "ip-service", kind: "annual-review" }],
    total: [0, 0],
    listed: { "ly-4-3-service-agency": ["city", "知识产权奖补资助（三）"] },
  },
  {
    name: "知识产权奖补资助（四）通过 GB/T29490 认证（2 张证书）：按企业计，最高 2 万元",
    clause: "知识产权奖补资助（四）",
    facts: [certificate("ip-management-system", "first", 2)],
    total: [0, 万(2)],
    paid: { "ly-4-4-ip-management-standard": upTo(万(2), "city") },
  },
  {
    name: "知识产权奖补资助（四）当年新认定国家知识产权优势企业：最高 5 万元",
    clause: "知识产权奖补资助（四）",
    facts: [{ type: "ip-designation", designation: "national-advantage-enterprise", isNew: true }],
    total: [0, 万(5)],
    paid: { "ly-4-4-advantage": upTo(万(5), "city") },
  },
  {
    name: "知识产权奖补资助（四）当年新认定国家知识产权示范企业：最高 10 万元",
    clause: "知识产权奖补资助（四）",
    facts: [{ type: "ip-designation", designation: "national-demonstration-enterprise", isNew: true }],
    total: [0, 万(10)],
    paid: { "ly-4-4-demonstration": upTo(万(10), "city") },
  },
  {
    name: "知识产权奖补资助（四）往年认定的示范企业：须当年新认定，不奖励",
    clause: "知识产权奖补资助（四）",
    facts: [{ type: "ip-designation", designation: "national-demonstration-enterprise" }],
    total: [0, 0],
    paid: { "ly-4-4-demonstration": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（四）往年认定的优势企业：须当年新认定，不奖励",
    clause: "知识产权奖补资助（四）",
    facts: [{ type: "ip-designation", designation: "national-advantage-enterprise" }],
    total: [0, 0],
    paid: { "ly-4-4-advantage": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（五）合作银行质押贷款最终损失本金 100 万元：市财政补偿 10%，即 10 万元",
    clause: "知识产权奖补资助（五）",
    applicant: BANK,
    facts: [{ type: "ip-loan-loss", amount: 万(100) }],
    total: [万(10), 万(10)],
    paid: { "ly-4-5-loan-loss": exactly(万(10), "city") },
  },
  {
    name: "知识产权奖补资助（五）企业填写贷款损失：补偿对象是合作银行，不补偿",
    facts: [{ type: "ip-loan-loss", amount: 万(100) }],
    total: [0, 0],
  },
  {
    name: "知识产权奖补资助（六）受让高价值专利、交易额 12 万元且效益重大：按 50% 补助 6 万元",
    clause: "知识产权奖补资助（六）",
    facts: [deal("transfer", 120_000)],
    total: [60_000, 60_000],
    paid: { "ly-4-6-patent-deal": exactly(60_000, "city") },
  },
  {
    name: "知识产权奖补资助（六）许可交易额 50 万元：50% 为 25 万元，最高 10 万元",
    clause: "知识产权奖补资助（六）",
    facts: [deal("licence", 万(50))],
    total: [万(10), 万(10)],
    paid: { "ly-4-6-patent-deal": exactly(万(10), "city") },
  },
  {
    name: "知识产权奖补资助（六）交易未取得重大经济效益：不补助",
    clause: "知识产权奖补资助（六）",
    facts: [deal("transfer", 万(50), { highValue: true })],
    total: [0, 0],
    paid: { "ly-4-6-patent-deal": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（六）交易的不是高价值专利：不补助",
    clause: "知识产权奖补资助（六）",
    facts: [deal("transfer", 万(50), { significantBenefit: true })],
    total: [0, 0],
    paid: { "ly-4-6-patent-deal": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（六）许可方（让出专利的一方）：补助给承接专利的企业，不补助",
    clause: "知识产权奖补资助（六）",
    facts: [{ ...deal("licence", 万(50)), role: "licensor" }, { ...deal("equity"), role: "licensor" }],
    total: [0, 0],
    paid: { "ly-4-6-patent-deal": [0, 0, "city"], "ly-4-6-patent-equity": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（六）科研人员携高价值专利创办企业：一次性补助最高 20 万元",
    clause: "知识产权奖补资助（六）",
    facts: [deal("startup")],
    total: [0, 万(20)],
    paid: { "ly-4-6-patent-equity": upTo(万(20), "city") },
  },
  {
    name: "知识产权奖补资助（六）作价入股的不是高价值专利：不补助",
    clause: "知识产权奖补资助（六）",
    facts: [deal("equity", undefined, { significantBenefit: true })],
    total: [0, 0],
    paid: { "ly-4-6-patent-equity": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（六）高价值专利作价入股：一次性补助最高 20 万元",
    clause: "知识产权奖补资助（六）",
    facts: [deal("equity")],
    total: [0, 万(20)],
    paid: { "ly-4-6-patent-equity": upTo(万(20), "city") },
  },
  {
    name: "知识产权奖补资助（七）上年末拥有 9 件高价值发明专利：不足 10 件，不奖励",
    clause: "知识产权奖补资助（七）",
    facts: [patentsHeld(9)],
    total: [0, 0],
    paid: { "ly-4-7-protection": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（七）10 件：10 件（含）以上 20 件以下，最高 5 万元",
    clause: "知识产权奖补资助（七）",
    facts: [patentsHeld(10)],
    total: [0, 万(5)],
    paid: { "ly-4-7-protection": upTo(万(5), "city") },
  },
  { name: "知识产权奖补资助（七）19 件：仍在 20 件以下，最高 5 万元", facts: [patentsHeld(19)], total: [0, 万(5)] },
  { name: "知识产权奖补资助（七）20 件：20 件（含）以上 50 件以下，最高 10 万元", facts: [patentsHeld(20)], total: [0, 万(10)] },
  { name: "知识产权奖补资助（七）49 件：仍在 50 件以下，最高 10 万元", facts: [patentsHeld(49)], total: [0, 万(10)] },
  { name: "知识产权奖补资助（七）50 件：50 件（含）以上，最高 20 万元", facts: [patentsHeld(50)], total: [0, 万(20)] },
  {
    name: "知识产权奖补资助（七）同一年末填了 15 件和 25 件两次：每年只评一次，按 25 件计 10 万元",
    facts: [patentsHeld(15), patentsHeld(25)],
    total: [0, 万(10)],
    adjustments: { "ly-4-7-once-a-year": "知识产权奖补资助（七）" },
  },
  {
    name: "知识产权奖补资助（八）临沂市专利奖励（一）主要发明人个人获中国专利金奖：可破格申报职称；专利权人最高 30 万元",
    clause: "临沂市专利奖励（一）",
    applicant: PERSON,
    facts: [patentAward("china-gold")],
    total: [0, 万(30)],
    paid: { "ly-7-1-gold": upTo(万(30), "city") },
    listed: { "ly-4-8-inventor-title": ["city", "知识产权奖补资助（八）"] },
  },
  ...(
    [
      ["china-silver", "中国专利银奖", "ly-7-1-silver", 10, "临沂市专利奖励（一）"],
      ["china-excellent", "中国专利优秀奖", "ly-7-1-excellent", 5, "临沂市专利奖励（一）"],
      ["china-design-gold", "中国外观设计金奖", "ly-7-1-gold", 30, "临沂市专利奖励（一）"],
      ["china-design-silver", "中国外观设计银奖", "ly-7-1-silver", 10, "临沂市专利奖励（一）"],
      ["china-design-excellent", "中国外观设计优秀奖", "ly-7-1-excellent", 5, "临沂市专利奖励（一）"],
      ["shandong-special", "山东省专利特别奖", "ly-7-2-special", 10, "临沂市专利奖励（二）"],
      ["shandong-first", "山东省专利一等奖", "ly-7-2-first", 5, "临沂市专利奖励（二）"],
    ] as const
  ).map(
    ([award, name, item, w, clause]): Row => ({
      name: `知识产权奖补资助（八）${clause}主要发明人个人获${name}：可破格申报职称；专利权人最高 ${w} 万元`,
      clause,
      applicant: PERSON,
      facts: [patentAward(award)],
      total: [0, 万(w)],
      paid: { [item]: upTo(万(w), "city") },
      listed: { "ly-4-8-inventor-title": ["city", "知识产权奖补资助（八）"] },
    }),
  ),
  {
    name: "知识产权奖补资助（八）只写国家、省专利奖：个人获临沂市专利奖重大专利奖，不在破格申报之列",
    clause: "临沂市专利奖励（三）",
    applicant: PERSON,
    facts: [patentAward("linyi-major")],
    total: [万(30), 万(30)],
    paid: { "ly-7-3-major": exactly(万(30), "city") },
    listed: {},
  },
  {
    name: "知识产权奖补资助（九）只写专利代理师：其他知识产权人才不在本条",
    applicant: PERSON,
    facts: [{ type: "qualified-person", role: "senior-ip-engineer", rated: true, newToCity: true }],
    total: [0, 0],
    paid: {},
    listed: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "知识产权奖补资助（九）年度评定的专利代理师：最高 1 万元",
    clause: "知识产权奖补资助（九）",
    applicant: PERSON,
    facts: [attorney({ rated: true })],
    total: [0, 万(1)],
    paid: { "ly-4-9-attorney-rated": upTo(万(1), "city"), "ly-4-9-attorney-new": [0, 0, "city"] },
    lineNotes: { "ly-4-9-attorney-rated": "知识产权奖补资助（九）：每年评定专利代理师 10-20 名" },
  },
  {
    name: "知识产权奖补资助（九）首次入驻临沂市专利代理机构的专利代理师：最高 1 万元",
    clause: "知识产权奖补资助（九）",
    applicant: PERSON,
    facts: [attorney({ newToCity: true })],
    total: [0, 万(1)],
    paid: { "ly-4-9-attorney-new": upTo(万(1), "city"), "ly-4-9-attorney-rated": [0, 0, "city"] },
  },
  {
    name: "知识产权奖补资助（九）既经年度评定又首次入驻：两项各最高 1 万元",
    applicant: PERSON,
    facts: [attorney({ rated: true, newToCity: true })],
    total: [0, 万(2)],
  },
  {
    name: "知识产权奖补资助（九）新设立的专利代理机构：最高 8 万元",
    clause: "知识产权奖补资助（九）",
    applicant: AGENCY,
    facts: [{ type: "ip-service", kind: "new-agency" }],
    total: [0, 万(8)],
    paid: { "ly-4-9-new-agency": upTo(万(8), "city") },
    listed: {},
  },
  {
    name: "知识产权奖补资助（九）新设立 2 个专利代理分支机构：每个最高 5 万元",
    clause: "知识产权奖补资助（九）",
    applicant: AGENCY,
    facts: [{ type: "ip-service", kind: "new-branch", count: 2 }],
    total: [0, 万(10)],
    paid: { "ly-4-9-new-branch": upTo(万(10), "city") },
  },
  {
    name: "知识产权奖补资助（十）经国家知识产权局认定的驰名商标：50 万元",
    clause: "知识产权奖补资助（十）",
    facts: [{ type: "trademark-gi", kind: "well-known-trademark" }],
    total: [万(50), 万(50)],
    paid: { "ly-4-10-well-known-trademark": exactly(万(50), "city") },
    listed: {},
  },
  {
    name: "知识产权奖补资助（十）注册地理标志商标：只写“鼓励”，无资金",
    facts: [{ type: "trademark-gi", kind: "gi-trademark" }],
    total: [0, 0],
    listed: { "ly-4-10-gi-registration": ["city", "知识产权奖补资助（十）"] },
  },
  {
    name: "知识产权奖补资助（十）申请地理标志保护产品（专用标志）：只写“鼓励”，无资金",
    facts: [{ type: "trademark-gi", kind: "gi-special-mark" }],
    total: [0, 0],
    listed: { "ly-4-10-gi-registration": ["city", "知识产权奖补资助（十）"] },
  },
  {
    name: "知识产权奖补资助（十）获批国家级地理标志产品保护示范区：50 万元",
    clause: "知识产权奖补资助（十）",
    facts: [{ type: "trademark-gi", kind: "gi-zone-national" }],
    total: [万(50), 万(50)],
    paid: { "ly-4-10-gi-zone-national": exactly(万(50), "city") },
  },
  {
    name: "知识产权奖补资助（十）获批省级地理标志产品保护示范区：30 万元",
    clause: "知识产权奖补资助（十）",
    facts: [{ type: "trademark-gi", kind: "gi-zone-provincial" }],
    total: [万(30), 万(30)],
    paid: { "ly-4-10-gi-zone-provincial": exactly(万(30), "city") },
  },
  {
    name: "知识产权奖补资助（十）入选知识产权保护规范化电商平台项目：20 万元",
    clause: "知识产权奖补资助（十）",
    facts: [{ type: "trademark-gi", kind: "ecommerce-platform" }],
    total: [万(20), 万(20)],
    paid: { "ly-4-10-ecommerce-platform": exactly(万(20), "city") },
  },

  // ---------------------------------------------------------------- 临沂市市长质量奖
  {
    name: "临沂市市长质量奖 单位获奖：给予资金奖励，手册未写金额",
    facts: [qualityAward("linyi-mayor-quality-award")],
    total: [0, 0],
    listed: { "ly-5-mayor-award": ["city", "临沂市市长质量奖"] },
  },
  {
    name: "临沂市市长质量奖 个人获奖：同样给予资金奖励，未写金额",
    applicant: PERSON,
    facts: [qualityAward("linyi-mayor-quality-award")],
    total: [0, 0],
    listed: { "ly-5-mayor-award": ["city", "临沂市市长质量奖"] },
  },

  // ---------------------------------------------------------------- 标准化创新激励（市县（区）财政，按市级列示）
  ...(
    [
      ["（一）主导制定国际标准：不高于 100 万元", standard("international", "lead", "formulate"), 100, "ly-6-1-formulate-international"],
      ["（一）主导制定国家标准：不高于 50 万元", standard("national", "lead", "formulate"), 50, "ly-6-1-formulate-national"],
      ["（一）主导制定行业标准：不高于 30 万元", standard("industry", "lead", "formulate"), 30, "ly-6-1-formulate-industry"],
      ["（一）主导制定省地方标准：不高于 20 万元", standard("local-provincial", "lead", "formulate"), 20, "ly-6-1-formulate-local-provincial"],
      ["（一）主导制定市地方标准：不高于 10 万元", standard("local-city", "lead", "formulate"), 10, "ly-6-1-formulate-local-city"],
      ["（一）主导制定团体标准：不高于 5 万元", standard("group", "lead", "formulate"), 5, "ly-6-1-formulate-group"],
      ["（一）主持修订国际标准：不高于 50 万元", standard("international", "lead", "revise"), 50, "ly-6-1-revise-international"],
      ["（一）主持修订国家标准：不高于 30 万元", standard("national", "lead", "revise"), 30, "ly-6-1-revise-national"],
      ["（一）主持修订行业标准：不高于 20 万元", standard("industry", "lead", "revise"), 20, "ly-6-1-revise-industry"],
      ["（一）主持修订省地方标准：不高于 10 万元", standard("local-provincial", "lead", "revise"), 10, "ly-6-1-revise-local-provincial"],
      ["（二）参与制定国际标准：不高于 30 万元", standard("international", "participant", "formulate"), 30, "ly-6-2-formulate-international"],
      ["（二）参与制定国家标准：不高于 20 万元", standard("national", "participant", "formulate"), 20, "ly-6-2-formulate-national"],
      ["（二）参与制定行业标准：不高于 10 万元", standard("industry", "participant", "formulate"), 10, "ly-6-2-formulate-industry"],
      ["（二）参与修订国际标准：不高于 20 万元", standard("international", "participant", "revise"), 20, "ly-6-2-revise-international"],
      ["（二）参与修订国家标准：不高于 10 万元", standard("national", "participant", "revise"), 10, "ly-6-2-revise-national"],
      ["（二）参与修订行业标准：不高于 5 万元", standard("industry", "participant", "revise"), 5, "ly-6-2-revise-industry"],
      ["（三）新承担国际 TC 秘书处：不高于 100 万元", standardsBody("international", "TC"), 100, "ly-6-3-international-tc"],
      ["（三）新承担国际 SC 秘书处：不高于 50 万元", standardsBody("international", "SC"), 50, "ly-6-3-international-sc"],
      ["（三）新承担国际 WG：不高于 30 万元", standardsBody("international", "WG"), 30, "ly-6-3-international-wg"],
      ["（三）新承担全国 TC 秘书处：不高于 50 万元", standardsBody("national", "TC"), 50, "ly-6-3-national-tc"],
      ["（三）新承担全国 SC 秘书处：不高于 30 万元", standardsBody("national", "SC"), 30, "ly-6-3-national-sc"],
      ["（三）新承担全国 WG：不高于 20 万元", standardsBody("national", "WG"), 20, "ly-6-3-national-wg"],
      ["（三）新承担山东省 TC 秘书处：不高于 20 万元", standardsBody("provincial", "TC"), 20, "ly-6-3-provincial-tc"],
      ["（三）新承担山东省 SC 秘书处：不高于 10 万元", standardsBody("provincial", "SC"), 10, "ly-6-3-provincial-sc"],
      ["（四）国家级标准化试点示范项目通过验收：不高于 20 万元", { type: "standardization-pilot", level: "national", result: "pass" }, 20, "ly-6-4-pilot-national"],
      ["（四）省级标准化试点示范项目通过验收：不高于 10 万元", { type: "standardization-pilot", level: "provincial", result: "pass" }, 10, "ly-6-4-pilot-provincial"],
      ["（五）国家企业标准“领跑者”：不高于 30 万元", { type: "standard-leader", level: "national" }, 30, "ly-6-5-leader-national"],
      ["（五）省企业标准“领跑者”：不高于 20 万元", { type: "standard-leader", level: "provincial" }, 20, "ly-6-5-leader-provincial"],
      ["（五）市企业标准“领跑者”：不高于 10 万元", { type: "standard-leader", level: "city" }, 10, "ly-6-5-leader-city"],
      ["（六）区域型国家技术标准创新基地：不高于 100 万元", { type: "standards-platform", platform: "national-innovation-base-regional" }, 100, "ly-6-6-regional-base"],
      ["（六）领域型国家技术标准创新基地：不高于 50 万元", { type: "standards-platform", platform: "national-innovation-base-domain" }, 50, "ly-6-6-domain-base"],
      ["（六）国家级标准化推广应用平台：不高于 50 万元", { type: "standards-platform", platform: "national-promotion-platform" }, 50, "ly-6-6-promotion-platform"],
      ["（六）省级标准创新平台：不高于 20 万元", { type: "standards-platform", platform: "provincial-innovation-platform" }, 20, "ly-6-6-provincial-platform"],
      ["（六）国家技术标准创新基地、未说明类型：最高按区域型 100 万元", { type: "standards-platform", platform: "national-innovation-base" }, 100, "ly-6-6-unspecified-base"],
      ["（七）5A 级标准化良好行为企业：不高于 10 万元", { type: "standardization-good-behavior", grade: "5A" }, 10, "ly-6-7-good-behavior-5a"],
      ["（七）4A 级标准化良好行为企业：不高于 5 万元", { type: "standardization-good-behavior", grade: "4A" }, 5, "ly-6-7-good-behavior-4a"],
      ["（八）国家标准化创新贡献奖组织奖：不高于 10 万元", { type: "standard-innovation-award", award: "china-organization", grade: "none" }, 10, "ly-6-8-contribution-org-award"],
      ["（八）新注册 3 名国际、国家标准化专家：按单位计，不高于 10 万元", { type: "standards-expert", count: 3 }, 10, "ly-6-8-experts"],
    ] as [string, Fact, number, string][]
  ).map(
    ([name, fact, w, item]): Row => ({
      name: `标准化创新激励${name}`,
      clause: `标准化创新激励${name.slice(0, name.indexOf("）") + 1)}`,
      facts: [fact],
      total: [0, 万(w)],
      paid: { [item]: upTo(万(w), "city") },
    }),
  ),
  {
    name: "标准化创新激励（一）主持修订团体标准：手册只列国际、国家、行业、省地方标准的修订，无对应条款",
    facts: [standard("group", "lead", "revise")],
    total: [0, 0],
    paid: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "标准化创新激励（一）（二）参与地方标准、团体标准，主持修订市地方标准：手册未列，无对应条款",
    facts: [
      standard("local-provincial", "participant", "formulate"),
      standard("local-provincial", "participant", "revise"),
      standard("local-city", "participant", "formulate"),
      standard("local-city", "lead", "revise"),
      standard("group", "participant", "formulate"),
    ],
    total: [0, 0],
    paid: {},
    reasons: ["no-matching-item"],
  },
  ...(
    [
      ["international", "TC", "国际 TC 秘书处", "ly-6-3-international-tc"],
      ["international", "SC", "国际 SC 秘书处", "ly-6-3-international-sc"],
      ["international", "WG", "国际工作组", "ly-6-3-international-wg"],
      ["national", "SC", "全国 SC 秘书处", "ly-6-3-national-sc"],
      ["national", "WG", "全国工作组", "ly-6-3-national-wg"],
      ["provincial", "TC", "山东省 TC 秘书处", "ly-6-3-provincial-tc"],
      ["provincial", "SC", "山东省 SC 秘书处", "ly-6-3-provincial-sc"],
    ] as const
  ).map(
    ([level, body, name, item]): Row => ({
      name: `标准化创新激励（三）原已承担的${name}：须为新承担，不激励`,
      clause: "标准化创新激励（三）",
      facts: [standardsBody(level, body, false)],
      total: [0, 0],
      paid: { [item]: [0, 0, "city"] },
    }),
  ),
  {
    name: "标准化创新激励（八）只写国家标准化创新贡献奖组织奖：标准项目奖不在本条",
    facts: [{ type: "standard-innovation-award", award: "china-project", grade: "first" }],
    total: [0, 0],
    paid: {},
    reasons: ["no-matching-item"],
  },
  {
    name: "标准化创新激励（三）原已承担的全国 TC 秘书处：须为新承担，不激励",
    clause: "标准化创新激励（三）",
    facts: [standardsBody("national", "TC", false)],
    total: [0, 0],
    paid: { "ly-6-3-national-tc": [0, 0, "city"] },
  },

  // ---------------------------------------------------------------- 临沂市专利奖励
  {
    name: "临沂市专利奖励（一）中国外观设计金奖 2 项：每项最高 30 万元",
    clause: "临沂市专利奖励（一）",
    facts: [patentAward("china-design-gold", 2)],
    total: [0, 万(60)],
    paid: { "ly-7-1-gold": upTo(万(60), "city") },
  },
  {
    name: "临沂市专利奖励（一）中国专利银奖：每项最高 10 万元",
    clause: "临沂市专利奖励（一）",
    facts: [patentAward("china-silver")],
    total: [0, 万(10)],
    paid: { "ly-7-1-silver": upTo(万(10), "city") },
  },
  {
    name: "临沂市专利奖励（一）中国专利优秀奖：每项最高 5 万元",
    clause: "临沂市专利奖励（一）",
    facts: [patentAward("china-excellent")],
    total: [0, 万(5)],
    paid: { "ly-7-1-excellent": upTo(万(5), "city") },
  },
  {
    name: "临沂市专利奖励（二）山东省专利特别奖：每项最高 10 万元",
    clause: "临沂市专利奖励（二）",
    facts: [patentAward("shandong-special")],
    total: [0, 万(10)],
    paid: { "ly-7-2-special": upTo(万(10), "city") },
  },
  {
    name: "临沂市专利奖励（二）山东省专利一等奖：每项最高 5 万元",
    clause: "临沂市专利奖励（二）",
    facts: [patentAward("shandong-first")],
    total: [0, 万(5)],
    paid: { "ly-7-2-first": upTo(万(5), "city") },
  },
  {
    name: "临沂市专利奖励（三）临沂市专利奖重大专利奖：每项 30 万元，每届名额只是提示，不核减",
    clause: "临沂市专利奖励（三）",
    facts: [patentAward("linyi-major")],
    total: [万(30), 万(30)],
    paid: { "ly-7-3-major": exactly(万(30), "city") },
    adjustments: {},
    lineNotes: { "ly-7-3-major": "临沂市专利奖励（三）：临沂市专利奖每届授予重大专利奖不超过 2 项" },
  },
  {
    name: "临沂市专利奖励（三）临沂市专利奖一等奖：每项 10 万元",
    clause: "临沂市专利奖励（三）",
    facts: [patentAward("linyi-first")],
    total: [万(10), 万(10)],
    paid: { "ly-7-3-first": exactly(万(10), "city") },
  },
  {
    name: "临沂市专利奖励（三）临沂市专利奖二等奖：每项 5 万元",
    clause: "临沂市专利奖励（三）",
    facts: [patentAward("linyi-second")],
    total: [万(5), 万(5)],
    paid: { "ly-7-3-second": exactly(万(5), "city") },
  },
  {
    name: "临沂市专利奖励（三）临沂市专利奖三等奖 2 项：每项 2 万元，共 4 万元",
    clause: "临沂市专利奖励（三）",
    facts: [patentAward("linyi-third", 2)],
    total: [万(4), 万(4)],
    paid: { "ly-7-3-third": exactly(万(4), "city") },
  },

  // ---------------------------------------------------------------- 企业首席质量官培训 · “质量沂站”服务平台
  {
    name: "企业首席质量官培训 培训合格、尚未被聘用的首席质量官：政府承担培训费用，无资金；未被聘用，不入人才库",
    facts: [{ type: "qualified-person", role: "chief-quality-officer" }],
    total: [0, 0],
    paid: { "ly-8-3-talent-pool": [0, 0, "city", "企业首席质量官培训（三）"] },
    listed: { "ly-8-free-training": ["city", "企业首席质量官培训"] },
  },
  {
    name: "企业首席质量官培训（三）已被企业聘用的首席质量官：纳入市人才库，无资金",
    facts: [{ type: "qualified-person", role: "chief-quality-officer", appointed: true }],
    total: [0, 0],
    listed: { "ly-8-free-training": ["city", "企业首席质量官培训"], "ly-8-3-talent-pool": ["city", "企业首席质量官培训（三）"] },
  },
  {
    name: "“质量沂站”服务平台（一）参与质量基础设施“一站式”服务：免费平台，无资金",
    facts: [{ type: "one-stop-pilot", level: "provincial" }],
    total: [0, 0],
    listed: { "ly-9-quality-station": ["city", "“质量沂站”服务平台（一）"] },
  },

  // ---------------------------------------------------------------- 企业知识产权保险扶持（省级资金）
  {
    name: "企业知识产权保险扶持 专利执行险保费 30 万元：按 60% 补贴 18 万元",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 万(30))],
    total: [万(18), 万(18)],
    paid: { "ly-10-enforcement": exactly(万(18), "provincial") },
  },
  {
    name: "企业知识产权保险扶持 专利执行险保费 50 万元：60% 为 30 万元，年度最高 20 万元",
    facts: [premium("patent-enforcement", 万(50))],
    total: [万(20), 万(20)],
    adjustments: { "ly-10-cap-enforcement": "企业知识产权保险扶持" },
  },
  {
    name: "企业知识产权保险扶持 仅投保国内险、保费 20 万元：60% 为 12 万元，国内险年度最高 6 万元",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 万(20), { domesticOnly: true })],
    total: [万(6), 万(6)],
    paid: { "ly-10-enforcement-domestic": exactly(万(6), "provincial") },
    adjustments: { "ly-10-cap-domestic": "企业知识产权保险扶持" },
  },
  {
    name: "企业知识产权保险扶持 仅投保国内险、保费 5 万元：60% 为 3 万元，未到上限",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 万(5), { domesticOnly: true })],
    total: [万(3), 万(3)],
    paid: { "ly-10-enforcement-domestic": exactly(万(3), "provincial") },
    adjustments: {},
  },
  {
    name: "企业知识产权保险扶持 仅投保国内险、保费 10 万元：60% 恰为 6 万元，国内险年度上限不核减",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 万(10), { domesticOnly: true })],
    total: [万(6), 万(6)],
    paid: { "ly-10-enforcement-domestic": exactly(万(6), "provincial") },
    adjustments: {},
    justUnder: "ly-10-cap-domestic",
  },
  {
    name: "企业知识产权保险扶持 专利执行险保费 333,334 元：60% 为 200,000.4 元，按整元计恰为 20 万元，不核减",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 333_334)],
    total: [万(20), 万(20)],
    paid: { "ly-10-enforcement": exactly(万(20), "provincial") },
    adjustments: {},
    justUnder: "ly-10-cap-enforcement",
  },
  {
    name: "企业知识产权保险扶持 专利执行险保费 333,336 元：60% 为 200,001 元，超出 1 元，核减至 20 万元",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 333_336)],
    total: [万(20), 万(20)],
    paid: { "ly-10-enforcement": exactly(万(20), "provincial") },
    adjustments: { "ly-10-cap-enforcement": ["企业知识产权保险扶持", -1, -1] },
  },
  {
    name: "企业知识产权保险扶持 高价值专利执行险保费 428,572 元：最高按 70% 为 300,000 元，恰为上浮后的 30 万元，不核减",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 428_572, { uplift: true })],
    total: [282_857, 万(30)],
    paid: { "ly-10-enforcement-uplift": [282_857, 万(30), "provincial"] },
    adjustments: {},
    justUnder: "ly-10-cap-enforcement-uplift",
  },
  {
    name: "企业知识产权保险扶持 海外侵权责任险保费 666,667 元：60% 按整元计恰为 40 万元，不核减",
    clause: "企业知识产权保险扶持",
    facts: [premium("overseas-liability", 666_667)],
    total: [万(40), 万(40)],
    paid: { "ly-10-overseas": exactly(万(40), "provincial") },
    adjustments: {},
    justUnder: "ly-10-cap-overseas",
  },
  {
    name: "企业知识产权保险扶持 “一带一路”海外侵权责任险保费 714,286 元：最高按 70% 恰为 50 万元，不核减",
    clause: "企业知识产权保险扶持",
    facts: [premium("overseas-liability", 714_286, { uplift: true })],
    total: [471_428, 万(50)],
    paid: { "ly-10-overseas-uplift": [471_428, 万(50), "provincial"] },
    adjustments: {},
    justUnder: "ly-10-cap-overseas-uplift",
  },
  {
    name: "企业知识产权保险扶持 高价值专利投保执行险、保费 40 万元：上浮 10%，确定按 66% 计 26.4 万元，最高按 70% 计 28 万元",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 万(40), { uplift: true })],
    total: [264_000, 280_000],
    paid: { "ly-10-enforcement-uplift": [264_000, 280_000, "provincial"] },
  },
  {
    name: "企业知识产权保险扶持 高价值专利投保执行险、保费 50 万元：上浮后年度最高 30 万元",
    facts: [premium("patent-enforcement", 万(50), { uplift: true })],
    total: [万(30), 万(30)],
    adjustments: { "ly-10-cap-enforcement-uplift": "企业知识产权保险扶持" },
  },
  {
    name: "企业知识产权保险扶持 仅投保国内险的高价值专利、保费 10 万元：上浮后 6.6–7 万元，国内险仍最高 6 万元",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 万(10), { domesticOnly: true, uplift: true })],
    total: [万(6), 万(6)],
    paid: { "ly-10-enforcement-domestic-uplift": exactly(万(6), "provincial") },
  },
  {
    name: "企业知识产权保险扶持 同一年一份普通执行险（保费 50 万元）加一份上浮执行险（保费 20 万元）：合计最高 30 万元",
    facts: [premium("patent-enforcement", 万(50)), premium("patent-enforcement", 万(20), { uplift: true })],
    total: [万(30), 万(30)],
    adjustments: { "ly-10-cap-enforcement": "企业知识产权保险扶持", "ly-10-cap-enforcement-uplift": "企业知识产权保险扶持" },
  },
  {
    name: "企业知识产权保险扶持 海外侵权责任险保费 50 万元：60% 补贴 30 万元",
    clause: "企业知识产权保险扶持",
    facts: [premium("overseas-liability", 万(50))],
    total: [万(30), 万(30)],
    paid: { "ly-10-overseas": exactly(万(30), "provincial") },
  },
  {
    name: "企业知识产权保险扶持 海外侵权责任险保费 80 万元：60% 为 48 万元，年度最高 40 万元",
    facts: [premium("overseas-liability", 万(80))],
    total: [万(40), 万(40)],
    adjustments: { "ly-10-cap-overseas": "企业知识产权保险扶持" },
  },
  {
    name: "企业知识产权保险扶持 “一带一路”目标国海外侵权责任险保费 70 万元：66%–70%，即 46.2–49 万元",
    clause: "企业知识产权保险扶持",
    facts: [premium("overseas-liability", 万(70), { uplift: true })],
    total: [462_000, 490_000],
    paid: { "ly-10-overseas-uplift": [462_000, 490_000, "provincial"] },
  },
  {
    name: "企业知识产权保险扶持 “一带一路”目标国海外侵权责任险保费 80 万元：上浮后年度最高 50 万元",
    facts: [premium("overseas-liability", 万(80), { uplift: true })],
    total: [万(50), 万(50)],
    adjustments: { "ly-10-cap-overseas-uplift": "企业知识产权保险扶持" },
  },
  {
    name: "企业知识产权保险扶持 其他专利保险保费 10 万元：按 60% 补贴 6 万元，手册未设上限",
    clause: "企业知识产权保险扶持",
    facts: [premium("other-patent", 万(10))],
    total: [万(6), 万(6)],
    paid: { "ly-10-other": exactly(万(6), "provincial") },
  },
  {
    name: "企业知识产权保险扶持 高价值专利的其他专利保险保费 10 万元：上浮后 6.6–7 万元",
    clause: "企业知识产权保险扶持",
    facts: [premium("other-patent", 万(10), { uplift: true })],
    total: [66_000, 70_000],
    paid: { "ly-10-other-uplift": [66_000, 70_000, "provincial"] },
  },
  {
    name: "企业知识产权保险扶持 年中退保：不享受补贴",
    clause: "企业知识产权保险扶持",
    facts: [premium("patent-enforcement", 万(30), { surrenderedMidYear: true })],
    total: [0, 0],
    paid: { "ly-10-enforcement": [0, 0, "provincial"] },
  },
  ...(
    [
      ["patent-enforcement", { domesticOnly: true }, "仅投保国内险的执行险", "ly-10-enforcement-domestic"],
      ["patent-enforcement", { uplift: true }, "上浮的执行险", "ly-10-enforcement-uplift"],
      ["patent-enforcement", { domesticOnly: true, uplift: true }, "仅投保国内险、上浮的执行险", "ly-10-enforcement-domestic-uplift"],
      ["overseas-liability", {}, "海外侵权责任险", "ly-10-overseas"],
      ["overseas-liability", { uplift: true }, "上浮的海外侵权责任险", "ly-10-overseas-uplift"],
      ["other-patent", {}, "其他专利保险", "ly-10-other"],
      ["other-patent", { uplift: true }, "上浮的其他专利保险", "ly-10-other-uplift"],
    ] as const
  ).map(
    ([insurance, flags, name, item]): Row => ({
      name: `企业知识产权保险扶持 ${name}年中退保：不享受补贴`,
      clause: "企业知识产权保险扶持",
      facts: [premium(insurance, 万(30), { ...flags, surrenderedMidYear: true })],
      total: [0, 0],
      paid: { [item]: [0, 0, "provincial"] },
    }),
  ),
  {
    name: "企业知识产权保险扶持 高校投保：补贴对象是企业",
    applicant: UNIVERSITY,
    facts: [premium("patent-enforcement", 万(30))],
    total: [0, 0],
  },
  {
    name: "企业知识产权保险扶持 商标保险（即使仅投保国内、上浮）：不是专利保险，无对应条款",
    facts: [premium("trademark", 万(30)), premium("trademark", 万(30), { domesticOnly: true }), premium("trademark", 万(30), { domesticOnly: true, uplift: true })],
    total: [0, 0],
    paid: {},
    reasons: ["no-matching-item"],
  },

  // ---------------------------------------------------------------- 时间
  {
    name: "手册封面 2022 年获得的驰名商标：早于手册编印（2023 年 2 月），不计",
    facts: [{ type: "trademark-gi", kind: "well-known-trademark", date: "2022-10-01" }],
    total: [0, 0],
    reasons: ["fact-outside-window"],
  },
  {
    name: "手册封面 计算日期 2023-01-15：手册尚未编印",
    asOf: "2023-01-15",
    facts: [{ type: "trademark-gi", kind: "well-known-trademark", date: "2023-01-10" }],
    total: [0, 0],
    inForce: false,
  },
  {
    name: "手册未规定截止日：2030 年的驰名商标仍按 50 万元计",
    asOf: "2030-06-01",
    facts: [{ type: "trademark-gi", kind: "well-known-trademark", date: "2030-03-01" }],
    total: [万(50), 万(50)],
  },
];

const asCase = ({ paid, listed, ...row }: Row): Case => ({
  ...row,
  ...(paid
    ? { lines: Object.fromEntries(Object.entries(paid).map(([item, [min, max, , clause]]) => [item, clause ? [clause, min, max] : [min, max]])) }
    : {}),
  ...(listed ? { unquantified: Object.fromEntries(Object.entries(listed).map(([item, [, clause]]) => [item, clause])) } : {}),
});

const itemById = new Map(linyi.items.map((i) => [i.id, i]));

describe("临沂市《惠企助企政策手册》", () => {
  runCases(linyi, AS_OF, rows.map(asCase));
});

describe("临沂市：每一项注明由哪一级出资", () => {
  for (const row of rows.filter((r) => r.paid || r.listed)) {
    it(row.name, () => {
      const r = evaluateCase(linyi, asCase(row), AS_OF);
      for (const [item, [, , payer]] of Object.entries(row.paid ?? {})) {
        expect(new Set(r.lines.filter((l) => l.item === item).map((l) => l.payer)), item).toEqual(new Set([payer]));
      }
      for (const [item, [payer]] of Object.entries(row.listed ?? {})) {
        expect(itemById.get(item)?.payer, item).toBe(payer);
      }
    });
  }

  it("every item of the handbook names its payer", () => {
    expect(linyi.items.filter((i) => !i.payer).map((i) => i.id)).toEqual([]);
  });

  it("national, provincial and city money all count toward one total", () => {
    const r = evaluateCase(
      linyi,
      {
        name: "",
        facts: [qualityAward("shandong-governor-quality-award"), premium("patent-enforcement", 万(30)), patentAward("linyi-major")],
        total: [0, 0],
      },
      AS_OF,
    );
    expect(new Set(r.lines.map((l) => l.payer))).toEqual(new Set(["provincial", "city"]));
    expect(r.total).toEqual({ min: 万(200 + 50 + 18 + 30), max: 万(200 + 50 + 18 + 30) });
  });
});

describe("临沂市：表格覆盖手册的每一项", () => {
  it("every limit, where value and condition has rows that would fail without it", () => {
    // （七）的拥有量是上一年度末的存量，按哪一年申领另有专门的测试；这里不写依赖该日期读法的“刚好不触发”一例。
    expect(coverageGaps(linyi, rows.map(asCase), { skipLimits: ["ly-4-7-once-a-year"] })).toEqual([]);
  });
});

describe("临沂市：名额提示与说明", () => {
  it("知识产权奖补资助（七）9 件时提示再增加 1 件可达第一档", () => {
    const r = evaluateCase(linyi, { name: "", facts: [patentsHeld(9)], total: [0, 0] }, AS_OF);
    expect(r.lines[0]!.nearMiss).toMatchObject({ current: 9, target: 10, gain: { min: 0, max: 万(5) } });
  });

  it("上浮 10% 的两种读法都写在数据里", () => {
    expect(itemById.get("ly-10-enforcement-uplift")?.reading).toMatch(/66%.*70%/);
  });

  it("每一部分都有咨询电话和政策依据，且与手册原文一致", () => {
    const sections = ["中国、省质量奖奖励", "“好品山东”品牌", "“泰山品质”认证", "知识产权奖补资助", "临沂市市长质量奖", "标准化创新激励", "临沂市专利奖励", "企业首席质量官培训", "“质量沂站”服务平台", "企业知识产权保险扶持"];
    for (const heading of ["咨询电话", "政策依据"]) {
      expect(sections.filter((s) => !linyi.application?.steps.some((g) => g.clause === `${s}【${heading}】`))).toEqual([]);
    }
    const squash = (s: string) => s.replace(/\s+/g, "");
    const text = squash(readFileSync(new URL(`../../../policies/sources/${linyi.sourceFile}`, import.meta.url), "utf8"));
    const printed = (linyi.application?.steps ?? []).filter((g) => g.topic === "contact" || g.topic === "basis");
    expect(printed).toHaveLength(20);
    expect(printed.filter((g) => !text.includes(squash(g.text))).map((g) => g.id)).toEqual([]);
  });
});
