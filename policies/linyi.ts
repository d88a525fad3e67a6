/**
 * 临沂市市场监督管理局《惠企助企政策手册》（2023年2月）
 * Source: shared/policies/004_9d52080da151f6f0.txt. Every item quotes the sentence it encodes.
 *
 * The handbook gathers national, provincial and city measures in ten sections; each item says which
 * level pays it (`payer`), and all levels count toward the total. Clause labels are the section
 * title followed by the handbook's own item number: "标准化创新激励（一）".
 */
import { fixed, none, org, orgOf, person, anyone, share, unstated, upTo, wan } from "./builders";
import { definePolicy } from "./schema";
import type { Condition, FactMatch, Item, Limit, Who } from "../src/engine/types";

const S1 = "中国、省质量奖奖励";
const S2 = "“好品山东”品牌";
const S3 = "“泰山品质”认证";
const S4 = "知识产权奖补资助";
const S5 = "临沂市市长质量奖";
const S6 = "标准化创新激励";
const S7 = "临沂市专利奖励";
const S8 = "企业首席质量官培训";
const S9 = "“质量沂站”服务平台";
const S10 = "企业知识产权保险扶持";

/** "标准化创新激励" + "一" → "标准化创新激励（一）" */
const at = (section: string, n: string) => `${section}（${n}）`;

/** Where a measure names 企业 as its beneficiary, other organisations are told why they do not qualify. */
const enterprise = (clause: string): Who => orgOf(["enterprise"], clause, "企业");

const qa = (award: string | string[]): FactMatch[] => [{ type: "quality-award", where: { award } }];

const flagIs = (clause: string, quote: string, input: string, value: boolean, requirement: string): Condition => ({
  clause,
  quote,
  input,
  op: "eq",
  value,
  requirement,
});

// ------------------------------------------------------------ 1. 中国、省质量奖奖励

const MAYOR_AWARD_READING = "本条是临沂市政府“激励企业加强质量品牌建设”的措施，读作奖励获奖单位；个人获奖不在本条。";

const qualityAwards: Item[] = [
  {
    id: "ly-1-1-china-honour",
    clause: at(S1, "一"),
    title: S1,
    label: "中国质量奖、中国质量奖提名奖（国家表彰）",
    facts: qa(["china-quality-award", "china-quality-award-nomination"]),
    who: anyone,
    amount: none("国家市场监督管理总局发布表彰决定并颁发证书、奖牌或者奖章，手册未列国家层面的资金奖励"),
    payer: "national",
    quote: "中国质量奖和中国质量奖提名奖的获奖组织和获奖个人由国家市场监督管理总局发布表彰决定，并颁发证书、奖牌或者奖章",
  },
  {
    id: "ly-1-2-governor-org",
    clause: at(S1, "二"),
    title: S1,
    label: "山东省省长质量奖（单位）",
    facts: qa("shandong-governor-quality-award"),
    who: org,
    amount: fixed(wan(200)),
    payer: "provincial",
    quote: "山东省政府向获得省长质量奖的单位颁发奖杯、奖牌和荣誉证书，并给予 200 万元奖励",
  },
  {
    id: "ly-1-2-governor-person",
    clause: at(S1, "二"),
    title: S1,
    label: "山东省省长质量奖（个人）",
    facts: qa("shandong-governor-quality-award"),
    who: person,
    amount: unstated("省政府给予“一定的物质奖励”，手册未写金额"),
    payer: "provincial",
    quote: "向获得省长质量奖的个人颁发奖杯、奖章和荣誉证书，并给予一定的物质奖励",
  },
  ...(
    [
      ["china", "china-quality-award", "中国质量奖", 100, "对获得中国质量奖、中国质量奖提名奖的，分别给予 100 万元、50 万元奖励"],
      ["china-nomination", "china-quality-award-nomination", "中国质量奖提名奖", 50, "对获得中国质量奖、中国质量奖提名奖的，分别给予 100 万元、50 万元奖励"],
      ["governor", "shandong-governor-quality-award", "山东省省长质量奖", 50, "对获得省长质量奖、省长质量奖提名奖的，分别给予 50 万元、30 万元奖励"],
      ["governor-nomination", "shandong-governor-quality-award-nomination", "山东省省长质量奖提名奖", 30, "对获得省长质量奖、省长质量奖提名奖的，分别给予 50 万元、30 万元奖励"],
    ] as const
  ).map(
    ([id, award, name, w, quote]): Item => ({
      id: `ly-1-3-${id}`,
      clause: at(S1, "三"),
      title: S1,
      label: `临沂市政府奖励：获得${name}`,
      facts: qa(award),
      who: org,
      amount: fixed(wan(w)),
      payer: "city",
      quote,
      reading: MAYOR_AWARD_READING,
    }),
  ),
];

// ------------------------------------------------------------ 2. “好品山东”品牌 · 3. “泰山品质”认证

const goodProduct: FactMatch[] = [{ type: "certification", where: { scheme: "good-product-shandong" } }];
const taishan: FactMatch[] = [{ type: "certification", where: { scheme: "taishan-quality" } }];
const LOGO_ONLY = "只授予称号和形象标识使用权，手册未规定资金奖励";

const brands: Item[] = [
  {
    id: "ly-2-1-product-logo",
    clause: at(S2, "一"),
    title: S2,
    label: "获得“好品山东”称号的产品使用形象标识",
    facts: goodProduct,
    who: org,
    amount: none(LOGO_ONLY),
    payer: "provincial",
    quote: "获得“好品山东”称号的产品可在其产品包装、生产及经营场所、广告宣传、说明书以及有关材料中使用“好品山东”形象标识",
  },
  {
    id: "ly-2-2-enterprise-logo",
    clause: at(S2, "二"),
    title: S2,
    label: "获得“好品山东”称号的企业使用形象标识",
    facts: goodProduct,
    who: org,
    amount: none(LOGO_ONLY),
    payer: "provincial",
    quote: "获得“好品山东”称号的企业可在其生产经营场所、广告宣传等相关材料中使用“好品山东”形象标识",
  },
  {
    id: "ly-3-1-taishan-logo",
    clause: at(S3, "一"),
    title: S3,
    label: "使用“泰山品质”认证标志",
    facts: taishan,
    who: org,
    amount: none("认证标志的使用权，不涉及资金"),
    payer: "provincial",
    quote: "获证企业或组织、机构可以在符合认证要求的获证产品本体和/或其包装上使用“泰山品质”认证标志",
  },
  {
    id: "ly-3-2-taishan-award",
    clause: at(S3, "二"),
    title: S3,
    label: "通过“泰山品质”认证（省政府一次性奖励）",
    facts: taishan,
    who: org,
    amount: fixed(wan(10)),
    once: true,
    conditions: [
      {
        clause: at(S3, "二"),
        quote: "对通过“泰山品质”认证的给予一次性10万元奖励",
        input: "stage",
        op: "eq",
        value: "first",
        requirement: "一次性奖励，只在首次通过认证时给予",
      },
    ],
    payer: "provincial",
    quote: "山东省人民政府对通过“泰山品质”认证的给予一次性10万元奖励",
    reading: "“一次性”读作每家获证单位在首次通过认证时奖励一次，不按证书张数倍乘，再认证不再奖励。",
  },
];

// ------------------------------------------------------------ 4. 知识产权奖补资助 (city: 临沂市知识产权资金)

const FOREIGN = "对国外授权发明专利，单位每件每个国家资助最高 2 万元，个人每件每个国家资助最高 1 万元";
const HIGH_VALUE = (quote: string) => flagIs(at(S4, "六"), quote, "highValue", true, "须为高价值专利");
const PATENT_WINNERS = ["china-gold", "china-silver", "china-excellent", "china-design-gold", "china-design-silver", "china-design-excellent", "shandong-special", "shandong-first"];

const ipSubsidies: Item[] = [
  {
    id: "ly-4-1-high-value-grant",
    clause: at(S4, "一"),
    title: "知识产权创造资助",
    label: "资助年度内授权的高价值发明专利",
    facts: [{ type: "patent-grant" }],
    who: enterprise(at(S4, "一")),
    amount: upTo(4000),
    unit: "件",
    payer: "city",
    quote: "对企业在资助年度内授权的高价值发明专利，每件资助最高 4000 元",
  },
  {
    id: "ly-4-1-foreign-org",
    clause: at(S4, "一"),
    title: "知识产权创造资助",
    label: "国外授权发明专利（单位）",
    facts: [{ type: "foreign-patent-grant" }],
    who: org,
    amount: upTo(wan(2)),
    unit: "件·国",
    payer: "city",
    quote: FOREIGN,
  },
  {
    id: "ly-4-1-foreign-person",
    clause: at(S4, "一"),
    title: "知识产权创造资助",
    label: "国外授权发明专利（个人）",
    facts: [{ type: "foreign-patent-grant" }],
    who: person,
    amount: upTo(wan(1)),
    unit: "件·国",
    payer: "city",
    quote: FOREIGN,
  },
  {
    id: "ly-4-2-navigation",
    clause: at(S4, "二"),
    title: "专利导航项目奖励",
    label: "开展运营类专利导航项目",
    facts: [{ type: "ip-analysis-project", where: { project: "operation-navigation" } }],
    who: enterprise(at(S4, "二")),
    amount: upTo(wan(20)),
    unit: "项",
    payer: "city",
    quote: "对开展运营类导航项目的企业，给予每项不超过 20 万元的补贴",
  },
  {
    id: "ly-4-3-service-agency",
    clause: at(S4, "三"),
    title: "知识产权服务业奖励",
    label: "知识产权服务机构年度运行质量考核择优奖励",
    facts: [{ type: "ip-service", where: { kind: "annual-review" } }],
    who: org,
    amount: unstated("每年考核运行质量后择优奖励，手册未写金额"),
    once: true,
    payer: "city",
    quote: "对知识产权服务机构每年考核其运行质量，择优给予奖励",
  },
  {
    id: "ly-4-4-ip-management-standard",
    clause: at(S4, "四"),
    title: "知识产权企业奖励",
    label: "通过《企业知识产权管理规范》(GB/T29490) 认证",
    facts: [{ type: "certification", where: { scheme: "ip-management-system" } }],
    who: enterprise(at(S4, "四")),
    amount: upTo(wan(2)),
    once: true,
    payer: "city",
    quote: "对通过标准认证的企业给予最高 2 万元资助",
    reading: "资助对象是“企业”，按每家企业一次计，不按证书张数倍乘；原文未限“首次”，再认证也列出，以主管部门审核为准。",
  },
  ...(
    [
      ["advantage", "national-advantage-enterprise", "国家知识产权优势企业", 5],
      ["demonstration", "national-demonstration-enterprise", "国家知识产权示范企业", 10],
    ] as const
  ).map(
    ([id, designation, name, w]): Item => ({
      id: `ly-4-4-${id}`,
      clause: at(S4, "四"),
      title: "知识产权企业奖励",
      label: `当年新认定的${name}`,
      facts: [{ type: "ip-designation", where: { designation } }],
      who: enterprise(at(S4, "四")),
      amount: upTo(wan(w)),
      conditions: [flagIs(at(S4, "四"), "对当年新认定的国家知识产权优势企业", "isNew", true, "须为当年新认定")],
      payer: "city",
      quote: "对当年新认定的国家知识产权优势企业、国家知识产权示范企业，分别给予最高 5 万元、10 万元奖励",
    }),
  ),
  {
    id: "ly-4-5-loan-loss",
    clause: at(S4, "五"),
    title: "知识产权金融服务资助",
    label: "合作银行知识产权质押贷款最终损失补偿（市财政）",
    facts: [{ type: "ip-loan-loss" }],
    who: orgOf(["bank"], at(S4, "五"), "合作银行"),
    amount: share("最终形成损失的贷款本金", 10),
    payer: "city",
    quote:
      "对合作银行面向中小微企业发放的知识产权质押贷款形成的呆账，在省级风险补偿基金按照实际贷款损失本金 40%的比例给予补偿的基础上，贷款仍最终形成损失的，市财政给予贷款本金 10%的补偿",
    reading:
      "“贷款本金 10%”读作最终形成损失的那部分贷款本金的 10%（填写的金额即此本金）。省级风险补偿基金的 40% 补偿是本项的前提，由省级基金另行办理，手册没有把它作为本项的金额，本工具不计入。",
  },
  {
    id: "ly-4-6-patent-deal",
    clause: at(S4, "六"),
    title: "高价值专利引进吸收和转移转化奖励",
    label: "高价值专利交易且取得重大经济效益（成果转化补助）",
    facts: [{ type: "patent-deal", where: { deal: ["licence", "transfer"] } }],
    who: enterprise(at(S4, "六")),
    amount: share("实际交易额", 50, wan(10)),
    conditions: [
      HIGH_VALUE("鼓励高校院所科研人员携高价值专利来我市进行专利交易"),
      flagIs(at(S4, "六"), "对开展专利交易且项目取得重大经济效益的", "significantBenefit", true, "项目须取得重大经济效益"),
      {
        clause: at(S4, "六"),
        quote: "给予企业知识产权成果转化补助",
        input: "role",
        op: "eq",
        value: "licensee",
        requirement: "补助给予承接专利的企业（被许可方 / 受让方）",
      },
    ],
    payer: "city",
    quote: "对开展专利交易且项目取得重大经济效益的，每项按实际交易额的 50%给予企业知识产权成果转化补助，最高 10 万元",
    reading: "补助对象读作承接高校院所科研人员高价值专利的本市企业，即交易中的被许可方或受让方。",
  },
  {
    id: "ly-4-6-patent-equity",
    clause: at(S4, "六"),
    title: "高价值专利引进吸收和转移转化奖励",
    label: "高价值专利作价入股或携专利创办企业",
    facts: [{ type: "patent-deal", where: { deal: ["equity", "startup"] } }],
    who: enterprise(at(S4, "六")),
    amount: upTo(wan(20)),
    conditions: [
      HIGH_VALUE("鼓励高校院所科研人员携高价值专利来我市进行专利交易、作价入股或创办企业"),
      {
        clause: at(S4, "六"),
        quote: "对作价入股或创办企业的，一次性补助最高 20 万元",
        input: "role",
        op: "eq",
        value: "licensee",
        requirement: "补助给予接受专利作价入股或新创办的企业（受让方）",
      },
    ],
    payer: "city",
    quote: "对作价入股或创办企业的，一次性补助最高 20 万元",
    reading: "补助对象读作接受专利作价入股的企业或科研人员携专利新创办的企业，即专利的受让方。",
  },
  {
    id: "ly-4-7-protection",
    clause: at(S4, "七"),
    title: "知识产权保护奖励",
    label: "上一年度末拥有高价值发明专利",
    facts: [{ type: "high-value-patent-stock" }],
    who: org,
    amount: {
      kind: "tiers",
      measure: "count",
      unit: "件",
      tiers: [
        { from: 10, below: 20, label: "10 件（含）以上 20 件以下", amount: { kind: "upTo", yuan: wan(5) } },
        { from: 20, below: 50, label: "20 件（含）以上 50 件以下", amount: { kind: "upTo", yuan: wan(10) } },
        { from: 50, label: "50 件（含）以上", amount: { kind: "upTo", yuan: wan(20) } },
      ],
    },
    payer: "city",
    quote:
      "上一年度末拥有高价值发明专利 10 件（含）以上 20 件以下的，最高给予 5 万元奖励；20 件（含）以上 50 件以下的，最高给予 10 万元奖励；50 件（含）以上的，最高给予 20 万元奖励",
    reading:
      "“上一年度末拥有”是年末的存量，奖励在次年申报：事项日期填上一年度的 12 月 31 日，本工具按次年（申报年度）判断是否在手册适用期内，并按申报年度每年计一次。故 2022 年末的拥有量在 2023 年申报，计入。",
  },
  {
    id: "ly-4-8-inventor-title",
    clause: at(S4, "八"),
    title: "知识产权人才奖励",
    label: "获得国家、省专利奖的主要发明人破格申报专业技术职务资格",
    facts: [{ type: "patent-award", where: { award: PATENT_WINNERS } }],
    who: person,
    amount: none("可破格申报相关专业技术职务资格，不涉及资金"),
    payer: "city",
    quote: "获得国家、省专利奖和市高价值专利项目的主要发明人，符合破格申报条件的，可申报相关专业技术职务资格",
  },
  {
    id: "ly-4-9-attorney-rated",
    clause: at(S4, "九"),
    title: "积极引进及建设高端专利代理机构",
    label: "年度评定的专利代理师",
    facts: [{ type: "qualified-person", where: { role: "patent-attorney" } }],
    who: person,
    amount: upTo(wan(1)),
    unit: "人",
    conditions: [flagIs(at(S4, "九"), "每年评定专利代理师 10-20 名", "rated", true, "须经年度评定")],
    payer: "city",
    quote: "每年评定专利代理师 10-20 名，最高给予 1 万元的奖励",
  },
  {
    id: "ly-4-9-attorney-new",
    clause: at(S4, "九"),
    title: "积极引进及建设高端专利代理机构",
    label: "首次入驻临沂市专利代理机构从事专利代理业务的专利代理师",
    facts: [{ type: "qualified-person", where: { role: "patent-attorney" } }],
    who: person,
    amount: upTo(wan(1)),
    unit: "人",
    conditions: [flagIs(at(S4, "九"), "对首次入驻临沂市专利代理机构", "newToCity", true, "须为首次入驻临沂市专利代理机构")],
    payer: "city",
    quote: "对首次入驻临沂市专利代理机构，从事专利代理业务的专利代理师，最高给予 1 万元的奖励",
  },
  {
    id: "ly-4-9-new-agency",
    clause: at(S4, "九"),
    title: "积极引进及建设高端专利代理机构",
    label: "在临沂市新设立的专利代理机构（有发明专利代理实际业务量）",
    facts: [{ type: "ip-service", where: { kind: "new-agency" } }],
    who: org,
    amount: upTo(wan(8)),
    once: true,
    payer: "city",
    quote:
      "对在临沂市新设立的专利代理机构，从事专利代理业务，且有发明专利代理实际业务量，每个新设立的专利代理机构最高给予 8 万元的资助",
  },
  {
    id: "ly-4-9-new-branch",
    clause: at(S4, "九"),
    title: "积极引进及建设高端专利代理机构",
    label: "在临沂市新设立的专利代理分支机构",
    facts: [{ type: "ip-service", where: { kind: "new-branch" } }],
    who: org,
    amount: upTo(wan(5)),
    unit: "个",
    payer: "city",
    quote: "每个新设立的专利代理分支机构最高给予 5 万元的资助",
    reading: "同句“从事专利代理业务，且有发明专利代理实际业务量”的要求读作同样适用于分支机构；多个分支机构按个数计。",
  },
  {
    id: "ly-4-10-well-known-trademark",
    clause: at(S4, "十"),
    title: S4,
    label: "经国家知识产权局认定的驰名商标",
    facts: [{ type: "trademark-gi", where: { kind: "well-known-trademark" } }],
    who: enterprise(at(S4, "十")),
    amount: fixed(wan(50)),
    payer: "city",
    quote: "支持企业申请驰名商标保护，对经国家知识产权局认定的驰名商标，给予 50 万元奖励",
  },
  {
    id: "ly-4-10-gi-registration",
    clause: at(S4, "十"),
    title: S4,
    label: "注册地理标志商标、申请地理标志保护产品",
    facts: [{ type: "trademark-gi", where: { kind: ["gi-trademark", "gi-special-mark"] } }],
    who: org,
    amount: none("手册只写“鼓励”，未规定资金奖励"),
    payer: "city",
    quote: "鼓励相关协会等注册地理标志商标、申请地理标志保护产品",
  },
  ...(
    [
      ["gi-zone-national", "获批国家级地理标志产品保护示范区", 50],
      ["gi-zone-provincial", "获批省级地理标志产品保护示范区", 30],
    ] as const
  ).map(
    ([kind, label, w]): Item => ({
      id: `ly-4-10-${kind}`,
      clause: at(S4, "十"),
      title: S4,
      label,
      facts: [{ type: "trademark-gi", where: { kind } }],
      who: org,
      amount: fixed(wan(w)),
      payer: "city",
      quote: "对获批国家级、省级地理标志产品保护示范区的，分别给予 50 万元、30 万元奖励",
    }),
  ),
  {
    id: "ly-4-10-ecommerce-platform",
    clause: at(S4, "十"),
    title: S4,
    label: "入选知识产权保护规范化电商平台项目",
    facts: [{ type: "trademark-gi", where: { kind: "ecommerce-platform" } }],
    who: enterprise(at(S4, "十")),
    amount: fixed(wan(20)),
    payer: "city",
    quote: "支持电商企业申报知识产权保护规范化电商平台项目，对入选的给予 20 万元奖励",
  },
];

// ------------------------------------------------------------ 5. 临沂市市长质量奖

const mayorAward: Item[] = [
  {
    id: "ly-5-mayor-award",
    clause: S5,
    title: S5,
    label: "临沂市市长质量奖（单位和个人）",
    facts: qa("linyi-mayor-quality-award"),
    who: anyone,
    amount: unstated("手册写明给予获奖单位和个人资金奖励，未写金额"),
    payer: "city",
    quote: "市政府向获得市长质量奖的单位颁发奖杯、奖牌和荣誉证书，向获得市长质量奖的个人颁发奖杯和荣誉证书，并给予获奖单位和个人资金奖励",
  },
];

// ------------------------------------------------------------ 6. 标准化创新激励 (city and county budgets)

const STANDARDS_PAYER = "激励资金由市县（区）财政部门预算安排，手册未分列市、县（区）各自的份额，统一按“市级”列示。";

const standardsItem = (
  id: string,
  n: string,
  label: string,
  facts: FactMatch[],
  yuan: number,
  quote: string,
  extra: Partial<Item> = {},
): Item => ({
  id: `ly-6-${id}`,
  clause: at(S6, n),
  title: S6,
  label,
  facts,
  who: org,
  amount: upTo(yuan),
  payer: "city",
  quote,
  reading: STANDARDS_PAYER,
  ...extra,
});

const SCOPES = {
  international: "国际标准",
  national: "国家标准",
  industry: "行业标准",
  "local-provincial": "省地方标准",
  "local-city": "市地方标准",
  group: "团体标准",
} as const;
type Scope = keyof typeof SCOPES;

/** One row per standard category the sentence lists, in its order, with its 万元 ceiling. */
const standardProjects = (
  n: string,
  role: "lead" | "participant",
  action: "formulate" | "revise",
  ceilings: [Scope, number][],
  quote: string,
): Item[] =>
  ceilings.map(([scope, w]) =>
    standardsItem(
      `${n === "一" ? 1 : 2}-${action}-${scope}`,
      n,
      `${role === "lead" ? "主导、主持" : "参与"}${SCOPES[scope]}${action === "formulate" ? "制定" : "修订"}`,
      [{ type: "standard-project", where: { scope, role, action } }],
      wan(w),
      quote,
      { unit: "项" },
    ),
  );

const BODIES = {
  INTL: "新承担国际标准化专业技术委员会（TC）、分技术委员会（SC）秘书处或工作组（WG）工作的，分别给予不高于 100 万元、50 万元、30 万元一次性资助激励",
  NATIONAL: "新承担全国专业标准化技术委员会（TC）、分技术委员会（SC）秘书处或工作组（WG）工作的，分别给予不高于 50 万元、30 万元、20 万元一次性资助激励",
  SHANDONG: "新承担山东省专业标准化技术委员会（TC）、分技术委员会（SC）秘书处工作的，分别给予不高于 20 万元、10 万元一次性创新激励",
} as const;
const NEW_BODY = (quote: string) => [flagIs(at(S6, "三"), quote, "isNew", true, "须为新承担的秘书处或工作组工作")];

const standards: Item[] = [
  ...standardProjects(
    "一",
    "lead",
    "formulate",
    [["international", 100], ["national", 50], ["industry", 30], ["local-provincial", 20], ["local-city", 10], ["group", 5]],
    "主导、主持国际标准、国家标准、行业标准、省地方标准、市地方标准、团体标准制定的，分别给予不高于 100 万元、50 万元、30 万元、20 万元、10 万元、5 万元一次性资助激励",
  ),
  ...standardProjects(
    "一",
    "lead",
    "revise",
    [["international", 50], ["national", 30], ["industry", 20], ["local-provincial", 10]],
    "主持国际标准、国家标准、行业标准、省地方标准修订的，分别给予不高于 50 万元、30 万元、20 万元、10 万元一次性创新激励",
  ),
  ...standardProjects(
    "二",
    "participant",
    "formulate",
    [["international", 30], ["national", 20], ["industry", 10]],
    "参与国际标准、国家标准、行业标准制定的，分别给予不高于 30 万元、20 万元、10 万元一次性资助激励",
  ),
  ...standardProjects(
    "二",
    "participant",
    "revise",
    [["international", 20], ["national", 10], ["industry", 5]],
    "参与国际标准、国家标准、行业标准修订的，分别给予不高于 20 万元、10 万元、5 万元一次性创新激励",
  ),
  ...(
    [
      ["international", "TC", 100, "新承担国际标准化专业技术委员会（TC）秘书处工作", BODIES.INTL],
      ["international", "SC", 50, "新承担国际标准化分技术委员会（SC）秘书处工作", BODIES.INTL],
      ["international", "WG", 30, "新承担国际标准化工作组（WG）工作", BODIES.INTL],
      ["national", "TC", 50, "新承担全国专业标准化技术委员会（TC）秘书处工作", BODIES.NATIONAL],
      ["national", "SC", 30, "新承担全国专业标准化分技术委员会（SC）秘书处工作", BODIES.NATIONAL],
      ["national", "WG", 20, "新承担全国专业标准化工作组（WG）工作", BODIES.NATIONAL],
      ["provincial", "TC", 20, "新承担山东省专业标准化技术委员会（TC）秘书处工作", BODIES.SHANDONG],
      ["provincial", "SC", 10, "新承担山东省专业标准化分技术委员会（SC）秘书处工作", BODIES.SHANDONG],
    ] as const
  ).map(([level, body, w, label, quote]) =>
    standardsItem(
      `3-${level}-${body.toLowerCase()}`,
      "三",
      label,
      [{ type: "standards-body", where: { level, body } }],
      wan(w),
      quote,
      { conditions: NEW_BODY(quote) },
    ),
  ),
  standardsItem(
    "4-pilot-national",
    "四",
    "承担国家级标准化试点示范项目并通过考核验收",
    [{ type: "standardization-pilot", where: { level: "national" } }],
    wan(20),
    "承担国家级标准化试点示范项目并通过考核验收的，给予不高于 20 万元一次性资助激励",
  ),
  standardsItem(
    "4-pilot-provincial",
    "四",
    "承担省级标准化试点示范项目并通过考核验收",
    [{ type: "standardization-pilot", where: { level: "provincial" } }],
    wan(10),
    "承担省级标准化试点示范项目并通过考核验收的，给予不高于 10 万元一次性创新激励",
  ),
  ...(
    [
      ["national", "国家", 30],
      ["provincial", "省", 20],
      ["city", "市", 10],
    ] as const
  ).map(([level, name, w]) =>
    standardsItem(
      `5-leader-${level}`,
      "五",
      `获得${name}企业标准“领跑者”荣誉`,
      [{ type: "standard-leader", where: { level } }],
      wan(w),
      "获得国家、省、市企业标准“领跑者”荣誉的，分别给予不高于 30 万元、20 万元、10 万元一次性创新激励",
      { unit: "项" },
    ),
  ),
  ...(
    [
      ["regional-base", "national-innovation-base-regional", "获批创建区域型国家技术标准创新基地", 100],
      ["domain-base", "national-innovation-base-domain", "获批创建领域型国家技术标准创新基地", 50],
      ["promotion-platform", "national-promotion-platform", "获批创建国家级标准化推广应用平台（示范推广平台）", 50],
      ["provincial-platform", "provincial-innovation-platform", "获批创建省级标准创新平台", 20],
    ] as const
  ).map(([id, platform, label, w]) =>
    standardsItem(
      `6-${id}`,
      "六",
      label,
      [{ type: "standards-platform", where: { platform } }],
      wan(w),
      "获批创建区域型国家技术标准创新基地、领域型国家技术标准创新基地、国家级标准化推广应用平台（示范推广平台）、省级标准创新平台的，分别给予不高于 100 万元、50 万元、50 万元、20 万元一次性创新激励",
    ),
  ),
  standardsItem(
    "6-unspecified-base",
    "六",
    "获批创建国家技术标准创新基地（未说明区域型或领域型）",
    [{ type: "standards-platform", where: { platform: "national-innovation-base" } }],
    wan(100),
    "获批创建区域型国家技术标准创新基地、领域型国家技术标准创新基地、国家级标准化推广应用平台（示范推广平台）、省级标准创新平台的，分别给予不高于 100 万元、50 万元、50 万元、20 万元一次性创新激励",
    {
      reading: `本条区分区域型（不高于 100 万元）和领域型（不高于 50 万元）；申请人未说明类型时，最高按区域型的 100 万元列示，确定部分为 0。${STANDARDS_PAYER}`,
    },
  ),
  standardsItem(
    "7-good-behavior-5a",
    "七",
    "获得 5A 级标准化良好行为企业证书",
    [{ type: "standardization-good-behavior", where: { grade: "5A" } }],
    wan(10),
    "获得 5A 级标准化良好行为企业证书的，给予不高于 10 万元一次性资助激励",
  ),
  standardsItem(
    "7-good-behavior-4a",
    "七",
    "获得 4A 级标准化良好行为企业证书",
    [{ type: "standardization-good-behavior", where: { grade: "4A" } }],
    wan(5),
    "获得 4A 级标准化良好行为企业证书的，给予不高于 5 万元一次性创新激励",
  ),
  standardsItem(
    "8-contribution-org-award",
    "八",
    "获得国家标准化创新贡献奖组织奖",
    [{ type: "standard-innovation-award", where: { award: "china-organization" } }],
    wan(10),
    "获得国家标准化创新贡献奖组织奖的，给予不高于 10 万元一次性资助激励",
  ),
  standardsItem(
    "8-experts",
    "八",
    "新注册国际、国家标准化专家人才的单位",
    [{ type: "standards-expert" }],
    wan(10),
    "新注册国际、国家标准化专家人才的单位，给予不高于 10 万元一次性创新激励",
    {
      once: true,
      reading: `激励对象是“单位”，按每个单位一次计，不按新注册的专家人数倍乘。${STANDARDS_PAYER}`,
    },
  ),
];

// ------------------------------------------------------------ 7. 临沂市专利奖励 (city)

const patentAward = (id: string, n: string, title: string, award: string[], amount: Item["amount"], label: string, quote: string): Item => ({
  id: `ly-7-${id}`,
  clause: at(S7, n),
  title,
  label,
  facts: [{ type: "patent-award", where: { award } }],
  who: anyone,
  amount,
  unit: "项",
  payer: "city",
  quote,
});

const patentAwards: Item[] = [
  patentAward("1-gold", "一", "中国专利奖奖励", ["china-gold", "china-design-gold"], upTo(wan(30)), "中国专利金奖、中国外观设计金奖", "获得中国专利金奖、中国外观设计金奖的，给予每项最高 30 万元奖励"),
  patentAward("1-silver", "一", "中国专利奖奖励", ["china-silver", "china-design-silver"], upTo(wan(10)), "中国专利银奖、中国外观设计银奖", "获得中国专利银奖、中国外观设计银奖的，给予每项最高 10 万元奖励"),
  patentAward("1-excellent", "一", "中国专利奖奖励", ["china-excellent", "china-design-excellent"], upTo(wan(5)), "中国专利优秀奖、中国外观设计优秀奖", "获得中国专利优秀奖、中国外观设计优秀奖的，给予每项最高 5 万元奖励"),
  patentAward("2-special", "二", "山东省专利奖奖励", ["shandong-special"], upTo(wan(10)), "山东省专利特别奖", "获得山东省专利特别奖的，给予每项最高 10 万元奖励"),
  patentAward("2-first", "二", "山东省专利奖奖励", ["shandong-first"], upTo(wan(5)), "山东省专利一等奖", "获得山东省专利一等奖的，给予每项最高 5 万元奖励"),
  ...(
    [
      ["major", "重大专利奖", 30],
      ["first", "一等奖", 10],
      ["second", "二等奖", 5],
      ["third", "三等奖", 2],
    ] as const
  ).map(([grade, name, w]) =>
    patentAward(
      `3-${grade}`,
      "三",
      "临沂市专利奖奖励",
      [`linyi-${grade}`],
      fixed(wan(w)),
      `临沂市专利奖${name}`,
      "获得临沂市专利奖重大专利奖、一等奖、二等奖、三等奖的，分别给予每项 30 万元、10 万元、5 万元、2 万元的奖励",
    ),
  ),
];

// ------------------------------------------------------------ 8. 企业首席质量官培训 · 9. “质量沂站”服务平台 (city services)

const chiefQualityOfficer: FactMatch[] = [{ type: "qualified-person", where: { role: "chief-quality-officer" } }];

const services: Item[] = [
  {
    id: "ly-8-free-training",
    clause: S8,
    title: S8,
    label: "首席质量官免费培训",
    facts: chiefQualityOfficer,
    who: anyone,
    amount: none("政府承担培训费用，免费培训，不发放资金"),
    once: true,
    payer: "city",
    quote: "临沂市市场监督管理局组织进行首席质量官培训，培训费用由政府部门承担",
  },
  {
    id: "ly-8-3-talent-pool",
    clause: at(S8, "三"),
    title: S8,
    label: "企业聘用的首席质量官纳入临沂市首席质量官人才库",
    facts: chiefQualityOfficer,
    who: anyone,
    amount: none("纳入人才库统一管理，不涉及资金"),
    once: true,
    conditions: [flagIs(at(S8, "三"), "对获得企业聘用的首席质量官凭聘用书或者任命文件", "appointed", true, "须已被企业聘用或任命")],
    payer: "city",
    quote: "对获得企业聘用的首席质量官凭聘用书或者任命文件，纳入临沂市首席质量官人才库统一管理",
  },
  {
    id: "ly-9-quality-station",
    clause: at(S9, "一"),
    title: S9,
    label: "使用“质量沂站”质量基础设施一站式服务平台",
    facts: [{ type: "one-stop-pilot" }],
    who: org,
    amount: none("一站式服务平台提供政务服务、服务指引和云课堂，不涉及资金"),
    payer: "city",
    quote: "质量沂站集合了国家、省等 34 个质量基础相关政务服务，方便企业直达计量器具强检、认证认可服务、商标注册、专利申请服务、特种设备许可申报、缺陷产品召回管理等服务",
  },
];

// ------------------------------------------------------------ 10. 企业知识产权保险扶持 (provincial: 省知识产权（专利）专项资金)

const PREMIUM_SHARE = "企业向保险公司投保专利保险，按实际投保年度保费 60%的比例给予补贴";
const UPLIFT = "高价值专利或企业投保的具体目标国是“一带一路”沿线国家或地区的，保费补贴标准上浮 10%";
const UPLIFT_READING =
  "“上浮 10%”可读作在 60% 的基础上相对上浮 10%（60%×1.1＝66%），也可读作上浮 10 个百分点（70%）；确定部分按 66% 计，最高按 70% 计。";

const insurance = (id: string, label: string, kind: string, domesticOnly: boolean | undefined, uplift: boolean, reading?: string): Item => ({
  id: `ly-10-${id}`,
  clause: S10,
  title: S10,
  label,
  facts: [
    {
      type: "ip-insurance",
      where: { insurance: kind, uplift, ...(domesticOnly === undefined ? {} : { domesticOnly }) },
    },
  ],
  who: enterprise(S10),
  amount: share("实际投保年度保费", uplift ? { min: 66, max: 70 } : 60),
  conditions: [flagIs(S10, "参保企业年中退保不享受补贴", "surrenderedMidYear", false, "年中退保的不享受补贴")],
  payer: "provincial",
  quote: uplift ? UPLIFT : PREMIUM_SHARE,
  ...(uplift || reading ? { reading: `${uplift ? UPLIFT_READING : ""}${reading ?? ""}` } : {}),
});

const OTHER_PATENT_READING = "手册只为执行险、被侵权损失险和海外侵权责任险规定了年度上限；其他专利保险只按比例计，不设上限。";

const insuranceItems: Item[] = [
  insurance("enforcement", "专利执行险、专利被侵权损失险", "patent-enforcement", false, false),
  insurance("enforcement-domestic", "专利执行险、专利被侵权损失险（仅投保国内险）", "patent-enforcement", true, false),
  insurance("enforcement-uplift", "专利执行险、专利被侵权损失险（高价值专利或“一带一路”目标国，上浮）", "patent-enforcement", false, true),
  insurance(
    "enforcement-domestic-uplift",
    "专利执行险、专利被侵权损失险（仅投保国内险，高价值专利，上浮）",
    "patent-enforcement",
    true,
    true,
    "上浮条款未提及仅投保国内险的上限，读作国内险的 6 万元年度上限不变。",
  ),
  insurance("overseas", "知识产权海外侵权责任险", "overseas-liability", undefined, false),
  insurance("overseas-uplift", "知识产权海外侵权责任险（高价值专利或“一带一路”目标国，上浮）", "overseas-liability", undefined, true),
  insurance("other", "其他专利保险", "other-patent", undefined, false, OTHER_PATENT_READING),
  insurance("other-uplift", "其他专利保险（高价值专利或“一带一路”目标国，上浮）", "other-patent", undefined, true, OTHER_PATENT_READING),
];

const items: Item[] = [
  ...qualityAwards,
  ...brands,
  ...ipSubsidies,
  ...mayorAward,
  ...standards,
  ...patentAwards,
  ...services,
  ...insuranceItems,
];

const ids = (...suffixes: string[]) => suffixes.map((s) => `ly-10-${s}`);

const insuranceCap = (id: string, label: string, cap: number, members: string[], quote: string, reading?: string): Limit => ({
  id: `ly-10-cap-${id}`,
  kind: "groupCap",
  clause: S10,
  label,
  quote,
  ...(reading ? { reading } : {}),
  items: members,
  cap,
  per: "year",
});

/** Each section's 【政策依据】 and 【咨询电话】, as the handbook prints them. */
const SECTION_REFERENCES: [section: string, basis: string, phone: string][] = [
  [S1, "《中国质量奖管理办法》（国家市场监督管理总局令 第 36 号）、山东省人民政府印发《山东省省长质量奖管理办法》（鲁政发〔2020〕12 号）、市委办公室 市政府办公室印发《关于支持经济高质量发展的二十二条财政奖补激励政策》的通知（临办发〔2021〕8号）", "0539-5977806"],
  [S2, "山东省质量强省及品牌战略推进工作领导小组印发《“好品山东”区域公共品牌建设推进方案》及相关文件的通知（鲁质强发〔2021〕2 号）", "0539-5977806"],
  [S3, "山东认证协会“泰山品质”认证联盟联合印发《“泰山品质”认证工作方案》、山东省人民政府印发《关于加强质量认证体系建设促进全面质量管理的实施方案》的通知（鲁政发〔2018〕22号）", "0539-5977828"],
  [S4, "临沂市人民政府关于印发《临沂市支持知识产权工作十条措施》的通知（临政字〔2020〕113号）、临沂市市场监督管理局 临沂市财政局关于印发《临沂市知识产权（专利）资金使用管理实施细则》的通知（临市监知促字〔2021〕117号）、临沂市市场监督管理局关于服务全市战略性新兴产业等十个产业高质量发展的支持措施（临市监质字〔2022〕187号）", "0539-5977836 0539-5977838"],
  [S5, "临沂市人民政府印发《临沂市市长质量奖管理办法》", "0539-5977806"],
  [S6, "《中华人民共和国标准化法》、临沂市人民政府办公室关于印发《临沂市标准化创新激励办法》的通知（临政办字〔2019〕118号）", "0539-5977826"],
  [S7, "临沂市人民政府办公室关于印发《临沂市专利奖励办法》的通知（临政办发〔2023〕1号）", "0539-5977838"],
  [S8, "临沂市市场监管局等十部门印发《临沂市市场监管局等十部门关于推动企业建立首席质量官制度的实施方案》(临市监质字〔2022〕166号)", "0539-5977805"],
  [S9, "临沂市市场监管局印发《临沂市市场监督管理局关于印发临沂市质量基础设施“一站式”服务工作方案的通知》（临市监质函〔2021〕124号）", "0539-5977805"],
  [S10, "山东省市场监督管理局山东省财政厅中国银保监会山东监管局关于印发《山东省企业知识产权保险扶持项目管理实施办法》的通知（鲁市监知保字〔2021〕195号）", "0539-5977836"],
];

export const linyi = definePolicy({
  id: "linyi",
  name: "惠企助企政策手册",
  shortName: "临沂市",
  region: "山东省临沂市",
  issuer: "临沂市市场监督管理局",
  published: "2023-02-01",
  sourceFile: "004_9d52080da151f6f0.txt",
  effective: {
    clause: "手册封面",
    quote: "临沂市市场监督管理局 2023年2月",
    reading:
      "手册只注明编印于 2023 年 2 月，没有规定施行期或有效期；所汇集的各项措施各有其施行期（见各部分【政策依据】文件）。本工具自 2023-02-01 起计，不设截止日。",
    from: "2023-02-01",
    to: null,
    earlier: {
      clause: "手册封面",
      quote: "临沂市市场监督管理局 2023年2月",
      reading: "手册是既有措施的汇编，没有说明编印前的事项如何处理；各部分列有其【政策依据】文件，手册没有说这些文件对此前的事项如何适用。",
      text: "手册编印于 2023 年 2 月，没有说明此前的事项；各部分措施依该部分【政策依据】所列文件执行（见申报指引），2023 年 2 月前的事项请按这些文件向对应的咨询电话确认。本工具只计 2023 年 2 月 1 日起的事项。",
    },
  },
  applicants: {
    clause: at(S1, "一"),
    quote: "获奖组织和获奖个人",
    reading: "手册汇集的措施有的面向单位，有的面向个人；适用对象按各条目分别限定。",
    kinds: ["organization", "individual"],
  },
  exclusions: [],
  items,
  limits: [
    {
      id: "ly-4-2-one-navigation-a-year",
      kind: "maxCount",
      clause: at(S4, "二"),
      label: "每家企业每年专利导航补贴不超过一项",
      quote: "每家企业每年补贴不超过一项",
      items: ["ly-4-2-navigation"],
      max: 1,
      per: "year",
    },
    {
      id: "ly-4-7-once-a-year",
      kind: "maxCount",
      clause: at(S4, "七"),
      label: "知识产权保护奖励按上一年度末拥有量每年评定一次",
      quote: "上一年度末拥有高价值发明专利",
      reading: "奖励按“上一年度末”的拥有量定档，读作每个申报年度只计一次；同一年末填写多个拥有量时按最高一档计。",
      items: ["ly-4-7-protection"],
      max: 1,
      per: "year",
    },
    {
      id: "ly-4-9-attorney-quota",
      kind: "quota",
      clause: at(S4, "九"),
      label: "每年评定专利代理师 10-20 名",
      quote: "每年评定专利代理师 10-20 名",
      items: ["ly-4-9-attorney-rated"],
    },
    {
      id: "ly-7-3-award-quota",
      kind: "quota",
      clause: at(S7, "三"),
      label: "临沂市专利奖每届授予重大专利奖不超过 2 项、一等奖不超过 5 项、二等奖不超过 10 项、三等奖不超过 40 项",
      quote: "每届授予重大专利奖不超过 2 项、一等奖不超过 5 项、二等奖不超过 10 项、三等奖不超过 40 项，各奖项总数不超过 57 项",
      items: patentAwards.filter((i) => i.clause === at(S7, "三")).map((i) => i.id),
    },
    // Narrowest caps first: a domestic-only line is cut to 6 万 before the type-wide caps see it.
    insuranceCap(
      "domestic",
      "仅投保国内险的企业年度补贴总额最高 6 万元",
      wan(6),
      ids("enforcement-domestic", "enforcement-domestic-uplift"),
      "仅投保国内险的企业年度补贴总额最高 6 万元",
      "上浮条款只把执行险、被侵权损失险和海外侵权责任险的上限提到 30 万元、50 万元，未提及仅投保国内险的企业，读作其 6 万元上限不变。",
    ),
    insuranceCap(
      "enforcement",
      "专利执行险、专利被侵权损失险年度补贴总额最高 20 万元",
      wan(20),
      ids("enforcement", "enforcement-domestic", "enforcement-domestic-uplift"),
      "其中投保专利执行险、专利被侵权损失险的企业，年度补贴总额最高 20 万元",
    ),
    insuranceCap(
      "overseas",
      "知识产权海外侵权责任险年度补贴总额最高 40 万元",
      wan(40),
      ids("overseas"),
      "投保知识产权海外侵权责任险的企业年度补贴总额最高 40 万元",
    ),
    insuranceCap(
      "enforcement-uplift",
      "高价值专利或“一带一路”目标国：专利执行险、专利被侵权损失险年度补贴总额最高 30 万元",
      wan(30),
      ids("enforcement", "enforcement-domestic", "enforcement-uplift", "enforcement-domestic-uplift"),
      "其中投保专利执行险、专利被侵权损失险的企业，年度补贴总额最高 30 万元",
      "上浮后的 30 万元读作该险种全年补贴的总上限（含未上浮的保单），未上浮的保单仍受 20 万元上限约束。",
    ),
    insuranceCap(
      "overseas-uplift",
      "高价值专利或“一带一路”目标国：知识产权海外侵权责任险年度补贴总额最高 50 万元",
      wan(50),
      ids("overseas", "overseas-uplift"),
      "投保知识产权海外侵权责任险的企业年度补贴总额最高 50 万元",
      "上浮后的 50 万元读作该险种全年补贴的总上限（含未上浮的保单），未上浮的保单仍受 40 万元上限约束。",
    ),
  ],
  notes: [
    {
      id: "standards-funding",
      clause: S6,
      quote: "激励资金由市县（区）财政部门预算安排",
      text: "标准化创新激励资金由市、县（区）财政预算安排，本工具统一按“市级”列示",
    },
    {
      id: "standards-conditions",
      clause: `${S6}【创建条件】（二）`,
      quote: "申请创新激励的标准化项目应当符合下列条件之一",
      text: "标准化项目须水平先进、符合全市产业发展方向、含自主知识产权或效益显著，符合其一（本工具假定已满足）",
    },
    {
      id: "mayor-award-cycle",
      clause: S5,
      quote: "临沂市市长质量奖是市政府设立的最高质量奖项，每两年1届",
      text: "临沂市市长质量奖每两年评选一届",
    },
    {
      id: "patent-award-region",
      clause: `${S7}【创建条件】（一）`,
      quote: "申报单位或者个人应是在临沂市行政区域内注册或者常住的专利权人",
      text: "专利奖励的申报单位或个人须是在临沂市行政区域内注册或者常住的专利权人（本工具假定已满足）",
    },
    {
      id: "insurance-registration",
      clause: `${S10}【创建条件】（一）`,
      quote: "在山东省行政区域（不含青岛市）内注册，具有独立法人资格",
      text: "专利保险补贴的申请企业须在山东省行政区域（不含青岛市）内注册并具有独立法人资格（本工具假定已满足）",
    },
    {
      id: "insurance-credit",
      clause: `${S10}【创建条件】（二）`,
      quote: "依法经营、管理规范，无不良信用记录",
      text: "专利保险补贴的申请企业须依法经营、管理规范、无不良信用记录",
    },
    {
      id: "insurance-patents",
      clause: `${S10}【创建条件】（三）`,
      quote: "企业为专利权人或被许可人，投保专利为有效发明、实用新型、外观设计专利",
      text: "投保企业须为专利权人或被许可人，投保专利须为有效专利且投保时无正在发生的权属纠纷、侵权纠纷",
    },
  ],
  guidance: [
    ...SECTION_REFERENCES.flatMap(([clause, basis, phone], i) => [
      { id: `basis-${i + 1}`, clause, label: "政策依据", text: basis },
      { id: `phone-${i + 1}`, clause, label: "咨询电话", text: phone },
    ]),
    {
      id: "station-url",
      clause: S9,
      label: "使用方式",
      text: "企业可在网址 https://zlyz.greatnqi.com/ 上，注册并按照提示要求使用质量沂站",
    },
  ],
});
