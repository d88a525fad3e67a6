/**
 * 长宁区促进质量提升、品牌发展、知识产权运用的若干政策措施（上海市长宁区市场监督管理局，2024 年 2 月 22 日印发）
 * Source: shared/policies/000_98a9d29d8fc9aeb4.txt. Every item quotes the sentence it encodes.
 */
import { fixed, org, orgOf, person, share, SOME_SHARE, unstated, wan } from "./builders";
import { definePolicy } from "./schema";
import type { Condition, FactMatch, Item, Scalar } from "../src/engine/types";

const fact = (type: string, where?: Record<string, Scalar | Scalar[]>): FactMatch[] => [{ type, ...(where ? { where } : {}) }];

/** A condition on a yes/no input of the triggering fact. */
const mustHave = (clause: string, quote: string, input: string, requirement: string): Condition => ({
  clause,
  quote,
  input,
  op: "eq",
  value: true,
  requirement,
});

const park = (clause: string) => orgOf(["park"], clause, "园区");

const MATCHING_FUNDS = "条文只写“给予一定的匹配资金支持”，未写金额或比例";

// ------------------------------------------------------------ 1–2 政府质量奖：单位与个人分列

const GOVERNMENT_AWARDS = [
  ["1", "中国质量奖", "china", "china-quality-award", "“中国质量奖”", 100, 20],
  ["1", "中国质量奖", "nomination", "china-quality-award-nomination", "“中国质量奖提名奖”", 50, 10],
  ["2", "市政府质量奖", "mayor", "shanghai-mayor-quality-award", "“上海市市长质量奖”", 50, 10],
  ["2", "市政府质量奖", "gold", "shanghai-quality-gold-award", "“上海市质量金奖”", 30, 5],
] as const;

const governmentAwards = GOVERNMENT_AWARDS.flatMap(([clause, title, stem, award, name, unitWan, personWan]): Item[] => {
  const quote = `一次性支持获得${name}的单位${unitWan}万元，获奖的个人${personWan}万元`;
  const base = { clause, title, facts: fact("quality-award", { award }), quote };
  return [
    { ...base, id: `cn-${clause}-${stem}-org`, label: `获得${name}的单位`, who: org, amount: fixed(wan(unitWan)) },
    { ...base, id: `cn-${clause}-${stem}-person`, label: `获得${name}的个人`, who: person, amount: fixed(wan(personWan)) },
  ];
});

// ------------------------------------------------------------ 3–4 按等级分别给予

const GRADES = [
  ["first", "一等奖"],
  ["second", "二等奖"],
  ["third", "三等奖"],
] as const;

/** “一、二、三等奖项的单位，分别给予 a、b、c 万元”: one item per grade. */
const graded = (
  idStem: string,
  clause: string,
  title: string,
  name: string,
  type: string,
  where: Record<string, string>,
  wans: readonly [number, number, number],
  quote: string,
): Item[] =>
  GRADES.map(([grade, gradeName], i) => ({
    id: `${idStem}-${grade}`,
    clause,
    title,
    label: `${name}${gradeName}`,
    facts: fact(type, { ...where, grade }),
    who: org,
    amount: fixed(wan(wans[i]!)),
    quote,
  }));

// ------------------------------------------------------------ 18 标准化技术组织

const Q18_BODIES = {
  international:
    "承担国际标准化组织的技术委员会（TC）的秘书处单位60万元、分技术委员会（SC）的秘书处单位40万元、工作组(WG)秘书处单位20万元",
  national: "承担全国专业标准化技术委员会的单位30万元、分技术委员会的单位20万元、工作组秘书处的单位10万元",
  provincial: "承担地方标准化技术委员会的单位15万元",
};
const Q18_BASES = "承担国家技术标准创新基地的单位20万元，承担上海市技术标准创新基地的单位15万元、承担上海市标准化创新中心的单位10万元";
const TAKES_ON =
  "条文写“承担”而非“新承担”，不要求勾选“新承担”；本项为一次性支持，事项日期填批准承担的日期，须在政策有效期内，同一秘书处只支持一次。";

const STANDARDS_BODIES = [
  ["international", "TC", "国际标准化组织技术委员会（TC）秘书处", 60],
  ["international", "SC", "国际标准化组织分技术委员会（SC）秘书处", 40],
  ["international", "WG", "国际标准化组织工作组（WG）秘书处", 20],
  ["national", "TC", "全国专业标准化技术委员会", 30],
  ["national", "SC", "全国专业标准化分技术委员会", 20],
  ["national", "WG", "全国专业标准化工作组秘书处", 10],
  ["provincial", "TC", "地方标准化技术委员会", 15],
] as const;

const standardsBodies = STANDARDS_BODIES.map(
  ([level, body, name, w]): Item => ({
    id: `cn-18-${level}-${body.toLowerCase()}`,
    clause: "18",
    title: "标准化技术组织",
    label: `承担${name}`,
    facts: fact("standards-body", { level, body }),
    who: org,
    amount: fixed(wan(w)),
    quote: Q18_BODIES[level],
    reading:
      level === "provincial"
        ? `${TAKES_ON}地方一档只写“技术委员会”，分技术委员会、工作组不在此列。`
        : TAKES_ON,
  }),
);

const STANDARDS_PLATFORMS = [
  ["national-base", ["national-innovation-base", "national-innovation-base-regional", "national-innovation-base-domain"], "国家技术标准创新基地", 20],
  ["shanghai-base", ["shanghai-innovation-base"], "上海市技术标准创新基地", 15],
  ["shanghai-center", ["shanghai-innovation-center"], "上海市标准化创新中心", 10],
] as const;

const standardsPlatforms = STANDARDS_PLATFORMS.map(
  ([stem, platform, name, w]): Item => ({
    id: `cn-18-${stem}`,
    clause: "18",
    title: "标准化技术组织",
    label: `承担${name}`,
    facts: fact("standards-platform", { platform: [...platform] }),
    who: org,
    amount: fixed(wan(w)),
    quote: Q18_BASES,
  }),
);

// ------------------------------------------------------------ 19 标准制修订：一格一项

/**
 * One row per pair of cells the text writes together: “参与制定国家标准的第一起草单位 20 万元
 * （强制性国家标准 30 万元）、非第一起草单位 5 万元”. The lead cell quotes its own fragment; the
 * participant cell quotes the pair, because “非第一起草单位 5 万元” alone does not say of what.
 */
interface StandardsRow {
  stem: string;
  /** What is drafted, as the labels say it: 制定国际标准 / 修订行业标准、地方标准. */
  subject: string;
  action: "formulate" | "revise";
  where: Record<string, Scalar | Scalar[]>;
  lead: number;
  /** 强制性国家标准 pays the figure in brackets to the first drafter. */
  leadMandatory?: number;
  participant: number;
  leadName: string;
  participantName: string;
  leadQuote: string;
  participantQuote: string;
  conditions?: Condition[];
  reading?: string;
}

const NATIONAL_ROLES = { leadName: "第一起草单位", participantName: "非第一起草单位" };
const INTERNATIONAL_READING =
  "“国际标准”按 ISO、IEC、ITU 标准计；其他国际性专业标准组织的标准和国外先进标准本条未列，不按国际标准支持。";
const ADOPTS_READING = "等同、修改采用国际标准或国外先进标准的国家标准按本档计，不再按一般国家标准计。";
const LOCAL_READING = "“地方标准”不分省级、设区的市级，均按本档计。";
const mustBeGovernmentAdopted = (quote: string): Condition[] => [
  mustHave("19", quote, "governmentAdopted", "团体标准须被相关政府部门采信使用"),
];

const pairQuote = (lead: string, participantTail: string) => ({ leadQuote: lead, participantQuote: `${lead}、${participantTail}` });

const STANDARDS_ROWS: StandardsRow[] = [
  {
    stem: "intl-formulate",
    subject: "制定国际标准",
    action: "formulate",
    where: { scope: "international" },
    lead: wan(80),
    participant: wan(30),
    leadName: "牵头单位",
    participantName: "非牵头单位",
    ...pairQuote("参与制定国际标准的牵头单位80万元", "非牵头单位30万元"),
    reading: INTERNATIONAL_READING,
  },
  {
    stem: "intl-revise",
    subject: "修订国际标准",
    action: "revise",
    where: { scope: "international" },
    lead: wan(16),
    participant: wan(6),
    leadName: "牵头单位",
    participantName: "非牵头单位",
    ...pairQuote("参与修订国际标准的牵头单位16万元", "非牵头单位6万元"),
    reading: INTERNATIONAL_READING,
  },
  {
    stem: "national-formulate",
    subject: "制定国家标准",
    action: "formulate",
    where: { scope: "national", adoptsInternational: false },
    lead: wan(20),
    leadMandatory: wan(30),
    participant: wan(5),
    ...NATIONAL_ROLES,
    ...pairQuote("参与制定国家标准的第一起草单位20万元（强制性国家标准30万元）", "非第一起草单位5万元"),
  },
  {
    stem: "national-adopt-formulate",
    subject: "等同、修改采用国际标准和国外先进标准制定国家标准",
    action: "formulate",
    where: { scope: "national", adoptsInternational: true },
    lead: wan(6),
    leadMandatory: wan(9),
    participant: wan(1.5),
    ...NATIONAL_ROLES,
    ...pairQuote(
      "参与等同、修改采用国际标准和国外先进标准制定国家标准的第一起草单位6万元（强制性国家标准9万元）",
      "非第一起草单位1.5万元",
    ),
    reading: ADOPTS_READING,
  },
  {
    stem: "national-revise",
    subject: "修订国家标准",
    action: "revise",
    where: { scope: "national", adoptsInternational: false },
    lead: wan(4),
    leadMandatory: wan(6),
    participant: wan(1),
    ...NATIONAL_ROLES,
    ...pairQuote("参与修订国家标准的第一起草单位4万元（强制性国家标准6万元）", "非第一起草单位1万元"),
  },
  {
    stem: "national-adopt-revise",
    subject: "等同、修改采用国际标准和国外先进标准修订国家标准",
    action: "revise",
    where: { scope: "national", adoptsInternational: true },
    lead: wan(1.2),
    leadMandatory: wan(1.8),
    participant: wan(0.3),
    ...NATIONAL_ROLES,
    ...pairQuote(
      "参与等同、修改采用国际标准和国外先进标准修订国家标准的第一起草单位1.2万元（强制性国家标准1.8万元）",
      "非第一起草单位0.3万元",
    ),
    reading: ADOPTS_READING,
  },
  {
    stem: "industry-local-formulate",
    subject: "制定行业标准、地方标准",
    action: "formulate",
    where: { scope: ["industry", "local-provincial", "local-city"] },
    lead: wan(5),
    participant: wan(2),
    ...NATIONAL_ROLES,
    ...pairQuote("参与制定行业标准、地方标准第一起草单位5万元", "非第一起草单位2万元"),
    reading: LOCAL_READING,
  },
  {
    stem: "industry-local-revise",
    subject: "修订行业标准、地方标准",
    action: "revise",
    where: { scope: ["industry", "local-provincial", "local-city"] },
    lead: wan(1),
    participant: wan(0.4),
    ...NATIONAL_ROLES,
    ...pairQuote("参与修订行业标准、地方标准的第一起草单位1万元", "非第一起草单位0.4万元"),
    reading: LOCAL_READING,
  },
  {
    stem: "group-formulate",
    subject: "制定被相关政府部门采信使用的团体标准",
    action: "formulate",
    where: { scope: "group" },
    lead: wan(5),
    participant: wan(2),
    ...NATIONAL_ROLES,
    ...pairQuote("参与制定被相关政府部门采信使用的团体标准的第一起草单位5万元", "非第一起草单位2万元"),
    conditions: mustBeGovernmentAdopted("参与制定被相关政府部门采信使用的团体标准"),
  },
  {
    stem: "group-revise",
    subject: "修订被相关政府部门采信使用的团体标准",
    action: "revise",
    where: { scope: "group" },
    lead: wan(1),
    participant: wan(0.4),
    ...NATIONAL_ROLES,
    ...pairQuote("参与修订被相关政府部门采信使用的团体标准的第一起草单位1万元", "非第一起草单位0.4万元"),
    conditions: mustBeGovernmentAdopted("参与修订被相关政府部门采信使用的团体标准"),
  },
];

const standardsItem = (
  row: StandardsRow,
  role: "lead" | "participant",
  suffix: string,
  label: string,
  yuan: number,
  quote: string,
  extraWhere: Record<string, Scalar> = {},
): Item => ({
  id: `cn-19-${row.stem}-${suffix}`,
  clause: "19",
  title: "标准制修订",
  label,
  facts: fact("standard-project", { ...row.where, ...extraWhere, action: row.action, role }),
  who: org,
  amount: fixed(yuan),
  unit: "项",
  quote,
  ...(row.conditions ? { conditions: row.conditions } : {}),
  ...(row.reading ? { reading: row.reading } : {}),
});

const standardsProjects = STANDARDS_ROWS.flatMap((row): Item[] => {
  const participant = standardsItem(
    row,
    "participant",
    "participant",
    `${row.subject} ${row.participantName}`,
    row.participant,
    row.participantQuote,
  );
  if (row.leadMandatory === undefined) {
    return [standardsItem(row, "lead", "lead", `${row.subject} ${row.leadName}`, row.lead, row.leadQuote), participant];
  }
  const mandatorySubject = row.subject.replace("国家标准", "强制性国家标准");
  return [
    standardsItem(row, "lead", "lead", `${row.subject}（非强制性） ${row.leadName}`, row.lead, row.leadQuote, { mandatory: false }),
    standardsItem(row, "lead", "lead-mandatory", `${mandatorySubject} ${row.leadName}`, row.leadMandatory, row.leadQuote, {
      mandatory: true,
    }),
    participant,
  ];
});

// ------------------------------------------------------------ 20 检验检测认证机构

const Q20_NATIONAL =
  "对获批“国家市场监管重点实验室”“国家产品质检中心”“国家产业计量测试中心”“国家质量标准实验室”、通过中国首台（套）重大技术装备检定的单位，给予100万元的一次性支持";
const Q20_SHANGHAI = "对获批“上海市产品质量检验检测中心”的单位，给予50万元的一次性支持";
const APPROVED_READING =
  "“获批”读作正式获批设立（或通过检定），仅“获批筹建”的尚不支持：计量测试中心、质检中心都先批准筹建、验收后才正式批准，而本条只写“获批”，没有像其他区那样另列筹建一档。";

const TESTING_INSTITUTIONS = [
  ["national-key-lab", "获批“国家市场监管重点实验室”", 100, Q20_NATIONAL],
  ["national-inspection-center", "获批“国家产品质检中心”", 100, Q20_NATIONAL],
  ["national-metrology-center", "获批“国家产业计量测试中心”", 100, Q20_NATIONAL],
  ["national-quality-standard-lab", "获批“国家质量标准实验室”", 100, Q20_NATIONAL],
  ["first-major-equipment", "通过中国首台（套）重大技术装备检定", 100, Q20_NATIONAL],
  ["shanghai-inspection-center", "获批“上海市产品质量检验检测中心”", 50, Q20_SHANGHAI],
] as const;

const testingInstitutions = TESTING_INSTITUTIONS.map(
  ([institution, label, w, quote]): Item => ({
    id: `cn-20-${institution}`,
    clause: "20",
    title: "支持检验检测认证产业发展",
    label,
    facts: fact("testing-institution", { institution }),
    who: org,
    amount: fixed(wan(w)),
    conditions: [
      { clause: "20", quote, input: "stage", op: "eq", value: "established", requirement: "须已正式获批或通过检定（获批筹建尚不支持）" },
    ],
    quote,
    reading: APPROVED_READING,
  }),
);

// ------------------------------------------------------------ 28 知识产权人才

const Q28_JUNIOR = "对取得知识产权工作者、知识产权师资格证书的分别给予所在单位1000元/人、5000元/人的资助";
const Q28_SENIOR = "取得高级知识产权师、专利代理师资格证书的，给予所在单位1万元/人的资助";

const ipTalent = (
  [
    ["ip-worker", ["ip-worker"], "取得知识产权工作者资格证书的人员所在单位", 1000, Q28_JUNIOR],
    ["ip-engineer", ["ip-engineer"], "取得知识产权师资格证书的人员所在单位", 5000, Q28_JUNIOR],
    ["senior", ["senior-ip-engineer", "patent-attorney"], "取得高级知识产权师、专利代理师资格证书的人员所在单位", wan(1), Q28_SENIOR],
  ] as const
).map(
  ([stem, role, label, yuan, quote]): Item => ({
    id: `cn-28-${stem}`,
    clause: "28",
    title: "知识产权人才",
    label,
    facts: fact("qualified-person", { role: [...role] }),
    who: org,
    amount: fixed(yuan),
    unit: "人",
    quote,
  }),
);

// ------------------------------------------------------------ 16 专利产业化：两个条件句

const Q16_LICENSOR =
  "对高校、科研机构与中小企业间实施高价值专利许可与转让，在国家知识产权局完成著录项目变更或取得《专利实施许可合同备案证明》的，按照实际交易额给予许可、让与人一定比例的资金支持。同一许可、让与人年度资助总额不超过50万元";
const Q16_LICENSEE =
  "中小企业获得高校、科研机构高价值专利许可、转让的，按上年度相关专利产品销售收入给予一定比例的资金支持，同一企业年度资助总额不超过50万元";
const CAP_ON_LINE =
  "条文只写年度总额上限；单笔不可能超过年度总额，所以同一上限也写在本项金额上，未填基数时显示“最高”该额，多笔合计再由年度上限核减。";

const items: Item[] = [
  ...governmentAwards,
  ...graded(
    "cn-3",
    "3",
    "市重点产品质量攻关成果奖",
    "上海市重点产品质量攻关成果",
    "quality-breakthrough",
    { result: "key-product-award" },
    [10, 5, 2],
    "对获得“上海市重点产品质量攻关成果”一、二、三等奖项的单位，分别给予10万元、5万元、2万元的一次性支持",
  ),

  // 4 标准创新贡献奖
  ...graded(
    "cn-4-china-project",
    "4",
    "标准创新贡献奖",
    "中国标准创新贡献奖标准项目奖",
    "standard-innovation-award",
    { award: "china-project" },
    [20, 15, 10],
    "对获得“中国标准创新贡献奖标准项目奖”一、二、三等奖项的单位分别给予20万元、15万元、10万元的一次性支持",
  ),
  {
    id: "cn-4-china-organization",
    clause: "4",
    title: "标准创新贡献奖",
    label: "中国标准创新贡献奖组织奖",
    facts: fact("standard-innovation-award", { award: "china-organization" }),
    who: org,
    amount: fixed(wan(10)),
    quote: "对获得“中国标准创新贡献奖组织奖”的单位给予10万元的一次性支持",
  },
  ...graded(
    "cn-4-shanghai-project",
    "4",
    "标准创新贡献奖",
    "上海标准创新贡献奖标准项目奖",
    "standard-innovation-award",
    { award: "shanghai-project" },
    [10, 5, 2],
    "对获得“上海标准创新贡献奖标准项目奖”一、二、三等奖项的单位分别给予10万元、5万元、2万元的一次性支持",
  ),
  {
    id: "cn-4-shanghai-organization",
    clause: "4",
    title: "标准创新贡献奖",
    label: "上海标准创新贡献奖组织奖",
    facts: fact("standard-innovation-award", { award: "shanghai-organization" }),
    who: org,
    amount: fixed(wan(5)),
    quote: "对获得“上海标准创新贡献奖组织奖”的单位给予5万元的一次性支持",
  },

  // 5 知识产权荣誉
  ...(
    [
      ["gold", "china-gold", "中国专利金奖", 50],
      ["silver", "china-silver", "中国专利银奖", 30],
      ["excellent", "china-excellent", "中国专利优秀奖", 10],
    ] as const
  ).map(
    ([stem, award, label, w]): Item => ({
      id: `cn-5-patent-${stem}`,
      clause: "5",
      title: "知识产权荣誉",
      label,
      facts: fact("patent-award", { award }),
      who: org,
      amount: fixed(wan(w)),
      unit: "项",
      quote: "对获评中国专利金奖、银奖和优秀奖的单位，分别给予50万、30万和10万元的资金支持",
    }),
  ),
  {
    id: "cn-5-ip-innovation",
    clause: "5",
    title: "知识产权荣誉",
    label: "上海市知识产权创新奖（创造、保护、运用）",
    facts: fact("ip-award", { award: "shanghai-ip-innovation" }),
    who: org,
    amount: fixed(wan(10)),
    unit: "项",
    quote: "对获评“上海市知识产权创新奖”（创造、保护、运用）的单位，给予10万元的资金支持",
  },
  {
    id: "cn-5-other-ip-award",
    clause: "5",
    title: "知识产权荣誉",
    label: "其他国家级、市级知识产权类奖项",
    facts: [
      { type: "ip-award", where: { award: ["china-copyright-gold", "china-trademark-gold", "other"] } },
      { type: "patent-award", where: { award: ["china-design-gold", "china-design-silver", "china-design-excellent"] } },
    ],
    who: org,
    amount: unstated(MATCHING_FUNDS),
    quote: "对获得其他国家级、市级知识产权类奖项的单位，给予一定的匹配资金支持",
    reading:
      "条文点名的是“中国专利金奖、银奖和优秀奖”；中国外观设计金奖、银奖、优秀奖虽同属中国专利奖评选，但名称不同，按“其他国家级知识产权类奖项”（一定的匹配资金）处理。外省市的专利奖不是国家级或上海市级奖项，不在此列。",
  },

  // 6 上海品牌认证
  {
    id: "cn-6-first",
    clause: "6",
    title: "上海品牌认证",
    label: "首次获得“上海品牌”认证",
    facts: fact("certification", { scheme: "shanghai-brand", stage: "first" }),
    who: org,
    amount: fixed(wan(50)),
    unit: "个",
    quote: "对于首次获得“上海品牌”认证的单位，给予一次性支持50万元，扩项或再认证每次给予10万元的支持",
  },
  {
    id: "cn-6-extension",
    clause: "6",
    title: "上海品牌认证",
    label: "“上海品牌”认证扩项或再认证",
    facts: fact("certification", { scheme: "shanghai-brand", stage: ["extension", "recertification"] }),
    who: org,
    amount: fixed(wan(10)),
    unit: "次",
    quote: "对于首次获得“上海品牌”认证的单位，给予一次性支持50万元，扩项或再认证每次给予10万元的支持",
    reading:
      "“每次”按每一次通过的扩项或再认证计（证书数量填次数），扩项和再认证同额，不分别叠加；同一次审核既扩项又再认证的按一次计。",
  },

  {
    id: "cn-7-shanghai-standard",
    clause: "7",
    title: "上海标准",
    label: "获得“上海标准”标识证书",
    facts: fact("shanghai-standard"),
    who: org,
    amount: fixed(wan(50)),
    unit: "项",
    quote: "对获得“上海标准”标识证书的单位给予50万元的一次性支持",
    reading:
      "“上海标准”标识证书按标准逐项颁发，读作每张证书一次性支持 50 万元；同一单位多项标准获证分别计算。“上海标准”是品牌标识，不计入第31条“标准化项目不超过 5 个”。",
  },

  // 8 标准化示范试点
  ...(
    [
      ["national", "excellent", "国家级标准化示范试点项目验收优秀", 30, "国家级标准化示范试点项目验收优秀的30万元、合格的20万元"],
      ["national", "pass", "国家级标准化示范试点项目验收合格", 20, "国家级标准化示范试点项目验收优秀的30万元、合格的20万元"],
      ["provincial", "excellent", "市级标准化示范试点项目验收优秀", 15, "市级标准化示范试点项目验收优秀的15万元、合格的10万元"],
      ["provincial", "pass", "市级标准化示范试点项目验收合格", 10, "市级标准化示范试点项目验收优秀的15万元、合格的10万元"],
    ] as const
  ).map(
    ([level, result, label, w, quote]): Item => ({
      id: `cn-8-${level}-${result}`,
      clause: "8",
      title: "标准化示范试点",
      label,
      facts: fact("standardization-pilot", { level, result }),
      who: org,
      amount: fixed(wan(w)),
      quote,
    }),
  ),

  {
    id: "cn-9-advanced-standard",
    clause: "9",
    title: "先进标准",
    label: "制定高于国家、行业、地方标准并具有示范效应和推广价值的团体标准或企业标准",
    facts: fact("standard-project", { scope: ["group", "enterprise"], action: "formulate" }),
    who: org,
    amount: fixed(wan(2)),
    unit: "项",
    conditions: [
      mustHave(
        "9",
        "在节能、环保、质量安全等方面制定高于国家、行业、地方标准并具有示范效应和推广价值的团体标准或企业标准",
        "exceedsHigherStandards",
        "须在节能、环保、质量安全等方面高于国家、行业、地方标准，并具有示范效应和推广价值",
      ),
    ],
    quote:
      "对在节能、环保、质量安全等方面制定高于国家、行业、地方标准并具有示范效应和推广价值的团体标准或企业标准的单位给予2万元的一次性支持",
    reading:
      "条文只写“制定”，修订的团体标准、企业标准不按本条支持（第19条也把制定和修订分开写）。被政府部门采信的团体标准可能同时符合第19条；第30条“同一单位不得因同一事项重复享受政策”是否把两条视为同一事项由主管部门认定，本工具两项都列出：最高额按两项合计，确定部分只计较高的一项（见第30条限额）。",
  },

  // 10 绿色认证
  {
    id: "cn-10-first",
    clause: "10",
    title: "绿色认证",
    label: "通过绿色产品认证",
    facts: fact("certification", { scheme: "green-product", stage: "first" }),
    who: org,
    amount: fixed(wan(10)),
    unit: "个",
    quote: "对通过绿色产品认证的单位，给予一次性支持10万元，扩项或再认证每次给予5万元的支持",
    reading: "“通过绿色产品认证”读作首次通过；扩项、再认证按同句后半句每次 5 万元计。",
  },
  {
    id: "cn-10-extension",
    clause: "10",
    title: "绿色认证",
    label: "绿色产品认证扩项或再认证",
    facts: fact("certification", { scheme: "green-product", stage: ["extension", "recertification"] }),
    who: org,
    amount: fixed(wan(5)),
    unit: "次",
    quote: "对通过绿色产品认证的单位，给予一次性支持10万元，扩项或再认证每次给予5万元的支持",
    reading: "“每次”按每一次通过的扩项或再认证计（证书数量填次数）。",
  },

  {
    id: "cn-11-ip-management",
    clause: "11",
    title: "知识产权贯标",
    label: "通过《企业知识产权管理规范》认证",
    facts: fact("certification", { scheme: "ip-management-system", stage: "first" }),
    who: org,
    amount: share("首个认证周期实际发生费用", SOME_SHARE, wan(5)),
    quote: "对通过《企业知识产权管理规范》认证的单位，按首个认证周期实际发生费用给予一定比例且不超过5万元的资金支持",
    reading: "支持以首个认证周期的费用为基数，读作只支持首次通过；再认证、扩项没有“首个认证周期”，不支持。",
  },
  {
    id: "cn-12-voluntary",
    clause: "12",
    title: "自愿性认证",
    label: "获得管理体系认证或自愿性产品认证（每个认证）",
    facts: fact("certification", {
      scheme: [
        "management-system",
        "measurement-management-system",
        "energy-management-system",
        "voluntary-product",
        "energy-saving-product",
        "low-carbon-product",
      ],
      stage: "first",
    }),
    who: org,
    amount: fixed(wan(1)),
    unit: "个",
    quote:
      "对获得ISO9000、14000、18000、22000、HACCP、测量等管理体系认证或有机产品等自愿性产品认证的单位，每完成一个认证，给予一次性支持1万元",
    reading:
      "“等管理体系认证”含能源管理体系，“有机产品等自愿性产品认证”含节能、低碳产品认证；“上海品牌”、绿色产品和知识产权管理规范认证另有第6、10、11条，不在此重复计。“获得”读作首次取得，再认证、扩项不按本条支持（第6、10条才写明扩项或再认证）。",
  },

  // 13 高价值知识产权培育
  {
    id: "cn-13-patent-intensive",
    clause: "13",
    title: "高价值知识产权培育",
    label: "被认定为专利密集型产品",
    facts: fact("patent-intensive-product"),
    who: org,
    amount: fixed(wan(1)),
    unit: "件",
    quote: "对被认定为专利密集型产品的，给予1万元/件的资助",
  },
  {
    id: "cn-13-recognised",
    clause: "13",
    title: "高价值知识产权培育",
    label: "经国家、市知识产权主管部门认定的试点示范或优势单位、高价值专利培育项目和优秀维权项目",
    facts: fact("ip-designation", {
      designation: [
        "national-demonstration-enterprise",
        "national-advantage-enterprise",
        "national-or-municipal-pilot",
        "high-value-patent-project",
      ],
    }),
    who: org,
    amount: unstated(MATCHING_FUNDS),
    quote:
      "对经国家、市知识产权主管部门认定的各类试点示范或优势单位、高价值专利升级培育项目、高价值专利培育中心项目和优秀维权项目，给予一定的匹配资金支持",
  },
  {
    id: "cn-13-district-cultivation",
    clause: "13",
    title: "高价值知识产权培育",
    label: "经区知识产权主管部门认定的重点培育单位",
    facts: fact("ip-designation", { designation: "district-key-cultivation" }),
    who: org,
    amount: fixed(wan(10)),
    quote: "对经区知识产权主管部门认定的重点培育单位，给予支持资金10万元",
  },

  // 14 知识产权信息分析利用
  {
    id: "cn-14-municipal",
    clause: "14",
    title: "知识产权信息分析利用",
    label: "获评上海市知识产权评议试点项目、上海市专利导航项目",
    facts: fact("ip-analysis-project", { project: "municipal-pilot" }),
    who: org,
    amount: unstated(MATCHING_FUNDS),
    quote: "对获评上海市知识产权评议试点项目、上海市专利导航项目的单位，给予一定的匹配资金支持",
  },
  {
    id: "cn-14-district-analysis",
    clause: "14",
    title: "知识产权信息分析利用",
    label: "开展区级知识产权分析评议项目",
    facts: fact("ip-analysis-project", { project: "district-analysis" }),
    who: org,
    amount: share("项目实际支出成本", SOME_SHARE, wan(20)),
    quote: "对开展区级知识产权分析评议项目的单位，给予一定比例且不超过20万元的资金支持",
    reading: "条文未写比例的基数，读作项目实际支出成本；不填支出时按“最高 20 万元”显示。",
  },
  {
    id: "cn-14-district-navigation",
    clause: "14",
    title: "知识产权信息分析利用",
    label: "开展区级专利导航项目",
    facts: fact("ip-analysis-project", { project: "district-navigation" }),
    who: org,
    amount: fixed(wan(12)),
    unit: "项",
    quote: "对开展区级专利导航项目的单位，给予12万元的资金支持",
  },

  // 15 知识产权金融
  {
    id: "cn-15-insurance",
    clause: "15",
    title: "知识产权金融",
    label: "购买专利、商标保险",
    facts: fact("ip-insurance"),
    who: org,
    amount: share("实际支付保费", SOME_SHARE, wan(5)),
    quote: "对购买专利、商标保险的单位，按照实际支付保费给予一定比例的资金支持，同一单位年度支持总额不超过5万元",
    reading: CAP_ON_LINE,
  },
  {
    id: "cn-15-pledge-loan",
    clause: "15",
    title: "知识产权金融",
    label: "知识产权质押融资贷款贴息",
    facts: fact("ip-pledge-loan"),
    who: org,
    amount: share("实际支出贷款利息", SOME_SHARE, wan(20)),
    quote:
      "对通过知识产权质押融资获得金融机构贷款的，按照实际支出贷款利息给予一定比例的资金支持，最高不超过20万元，同一单位年度支持总额不超过100万元",
    reading: "“最高不超过 20 万元”读作每笔贷款的上限（每笔贷款填一项），“年度支持总额不超过 100 万元”是同一单位全年合计的上限。",
  },

  // 16 专利产业化
  {
    id: "cn-16-licensor",
    clause: "16",
    title: "专利产业化",
    label: "高校、科研机构与中小企业间高价值专利许可、转让的许可人、让与人",
    facts: fact("patent-deal", { role: "licensor", deal: ["licence", "transfer"] }),
    who: org,
    amount: share("实际交易额", SOME_SHARE, wan(50)),
    conditions: [
      mustHave("16", "对高校、科研机构与中小企业间实施高价值专利许可与转让", "universityToSme", "须为高校、科研机构与中小企业之间的许可或转让"),
      mustHave("16", "对高校、科研机构与中小企业间实施高价值专利许可与转让", "highValue", "须为高价值专利"),
      mustHave(
        "16",
        "在国家知识产权局完成著录项目变更或取得《专利实施许可合同备案证明》的",
        "registered",
        "须在国家知识产权局完成著录项目变更或取得专利实施许可合同备案证明",
      ),
    ],
    quote: Q16_LICENSOR,
    reading: `${CAP_ON_LINE}许可人、让与人可以是高校、科研机构，也可以是中小企业，条文只要求双方是这两类。`,
  },
  {
    id: "cn-16-licensee",
    clause: "16",
    title: "专利产业化",
    label: "获得高校、科研机构高价值专利许可、转让的中小企业",
    facts: fact("patent-deal", { role: "licensee", deal: ["licence", "transfer"] }),
    who: {
      ...orgOf(["enterprise"], "16", "中小企业"),
      attributes: [{ attribute: "sme", value: true, requirement: "本项只支持获得许可、转让的中小企业" }],
    },
    amount: share("上年度相关专利产品销售收入", SOME_SHARE, wan(50)),
    conditions: [
      mustHave("16", "中小企业获得高校、科研机构高价值专利许可、转让的", "universityToSme", "须为从高校、科研机构获得的许可或转让（本企业为中小企业）"),
      mustHave("16", "中小企业获得高校、科研机构高价值专利许可、转让的", "highValue", "须为高价值专利"),
    ],
    quote: Q16_LICENSEE,
    reading: `被许可、受让方的基数是上年度相关专利产品销售收入（在“交易额”一栏填写该收入）：事项日期填申报资助的日期，适用期和年度资助总额按该日期计，“上年度”即其上一年度。著录项目变更或备案证明写在许可人一句中，本句未写，不作为被许可方的条件。${CAP_ON_LINE}`,
  },

  {
    id: "cn-17-intermediary",
    clause: "17",
    title: "专利转化运用服务",
    label: "促成专利转化、交易、许可实施的中介服务机构",
    facts: fact("patent-deal", { role: "intermediary" }),
    who: org,
    amount: share("年度专利运营实际交易额", SOME_SHARE, wan(20), { input: "serviceIncome", label: "不超过中介服务所得" }),
    quote:
      "对促成专利转化、交易、许可实施的中介服务机构，按年度专利运营实际交易额给予一定比例资金支持，总额不超过中介服务机构服务所得，同一机构年度资助总额不超过20万元",
    reading:
      "按年度专利运营实际交易额的一定比例计，每年填一项（交易额填全年合计），同一机构每年最高 20 万元。“总额不超过中介服务机构服务所得”是第二个上限：填写了“中介服务所得”时，本项以所得封顶；未填写时只按 20 万元封顶。",
  },

  // 18 标准化技术组织
  ...standardsBodies,
  {
    id: "cn-18-new-type",
    clause: "18",
    title: "标准化技术组织",
    label: "承担新批准成立（或命名）的新型标准化技术组织",
    facts: fact("standards-platform", { platform: "new-type-body" }),
    who: org,
    amount: unstated("条文写明一次性支持，但没有写金额"),
    quote: "一次性经支持国家标准化管理委员会或上海市市场监督管理局新批准成立（或命名）的新型标准化技术组织承担单位",
  },
  ...standardsPlatforms,

  // 19 标准制修订
  ...standardsProjects,

  // 20 检验检测认证
  ...testingInstitutions,
  {
    id: "cn-20-cnas",
    clause: "20",
    title: "支持检验检测认证产业发展",
    label: "首次通过中国合格评定国家认可委员会（CNAS）认可",
    facts: fact("testing-institution", { institution: "cnas" }),
    who: org,
    amount: fixed(wan(5)),
    conditions: [
      mustHave("20", "首次通过中国合格评定国家认可委员会（CNAS）认可的单位", "first", "须为首次通过 CNAS 认可"),
    ],
    quote: "首次通过中国合格评定国家认可委员会（CNAS）认可的单位，给予一次性支持5万元",
  },

  // 21 一站式服务试点
  ...(
    [
      ["national", "national", "获评国家级质量基础设施一站式服务试点", 100],
      ["shanghai", "provincial", "获评上海市级质量基础设施一站式服务试点", 50],
    ] as const
  ).map(
    ([stem, level, label, w]): Item => ({
      id: `cn-21-${stem}`,
      clause: "21",
      title: "质量基础设施一站式服务试点",
      label,
      facts: fact("one-stop-pilot", { level }),
      who: org,
      amount: fixed(wan(w)),
      quote: "一次性支持“质量基础设施一站式服务试点”，获评国家级的给予100万元，获评上海市级的给予50万元",
    }),
  ),
  {
    id: "cn-22-education-base",
    clause: "22",
    title: "市级质量教育基地",
    label: "获批“市级质量教育基地”",
    facts: fact("quality-education-base"),
    who: org,
    amount: fixed(wan(10)),
    quote: "对获批“市级质量教育基地”的单位，给予一次性支持10万元",
  },

  // 23 质量品牌提升示范区
  {
    id: "cn-23-national",
    clause: "23",
    title: "质量品牌提升示范区",
    label: "获批“全国质量品牌提升示范区”的园区",
    facts: fact("quality-brand-zone", { level: "national" }),
    who: park("23"),
    amount: fixed(wan(100)),
    quote: "对获批“全国质量品牌提升示范区”的园区，给予一次性支持100万元",
  },
  {
    id: "cn-23-shanghai",
    clause: "23",
    title: "质量品牌提升示范区",
    label: "获批“上海市质量品牌提升示范区”的园区",
    facts: fact("quality-brand-zone", { level: "provincial" }),
    who: park("23"),
    amount: fixed(wan(50)),
    quote: "对获批“上海市质量品牌提升示范区”的园区，给予一次性支持50万元",
  },

  // 24 知识产权载体建设
  {
    id: "cn-24-recognised",
    clause: "24",
    title: "知识产权载体建设",
    label: "经国家、市知识产权主管部门认定的试点示范园区、商标品牌创新创业基地",
    facts: fact("ip-park", { kind: "national-or-municipal" }),
    who: org,
    amount: unstated(MATCHING_FUNDS),
    quote: "对经国家、市知识产权主管部门认定的试点示范园区、商标品牌创新创业基地，区级财政给予一定的匹配资金支持",
  },
  {
    id: "cn-24-key-park",
    clause: "24",
    title: "知识产权载体建设",
    label: "经区知识产权主管部门认定的重点园区",
    facts: fact("ip-park", { kind: "district-key-park" }),
    who: park("24"),
    amount: fixed(wan(10)),
    quote: "经区知识产权主管部门认定的重点园区，给予10万元资金支持",
  },
  {
    id: "cn-24-annual-review",
    clause: "24",
    title: "知识产权载体建设",
    label: "通过年度考核的重点园区（每年）",
    facts: fact("ip-park", { kind: "annual-review-passed" }),
    who: park("24"),
    amount: fixed(wan(5)),
    quote: "对通过年度考核的重点园区，给予每年5万元的资金支持",
    reading: "“每年 5 万元”按每年通过一次年度考核计一次，每年填一项，日期填考核通过日期；同一年填写两次只计一次（见第24条“每年”限额）。",
  },

  {
    id: "cn-25-testing-platform-zone",
    clause: "25",
    title: "国家级公共检验检测认证服务平台示范区",
    label: "获批“国家级公共检验检测认证服务平台示范区”的园区",
    facts: fact("public-testing-platform-zone"),
    who: park("25"),
    amount: fixed(wan(100)),
    quote: "对获批“国家级公共检验检测认证服务平台示范区”的园区，给予一次性支持100万元",
  },

  // 26 上海市诚信计量示范商圈
  ...(
    [
      ["first", "首次通过“上海市诚信计量示范商圈”", 10],
      ["recertification", "“上海市诚信计量示范商圈”复评通过", 5],
    ] as const
  ).map(
    ([stage, label, w]): Item => ({
      id: `cn-26-${stage}`,
      clause: "26",
      title: "上海市诚信计量示范商圈",
      label,
      facts: fact("integrity-metrology-district", { stage }),
      who: org,
      amount: fixed(wan(w)),
      quote: "首次通过“上海市诚信计量示范商圈”，给予一次性支持10万元，复评通过给予5万元",
    }),
  ),

  {
    id: "cn-27-quality-talent",
    clause: "27",
    title: "质量和标准化人才",
    label: "获得“首席质量官”或“企业标准化总监”任职资格且被聘任的人员所在单位",
    facts: fact("qualified-person", { role: ["chief-quality-officer", "standardization-director"] }),
    who: org,
    amount: fixed(3000),
    unit: "人",
    conditions: [
      mustHave("27", "获得“首席质量官”或“企业标准化总监”任职资格且被单位聘任的个人", "appointed", "须已被单位聘任"),
    ],
    quote: "对获得“首席质量官”或“企业标准化总监”任职资格且被单位聘任的个人所在单位给予3000元的一次性支持",
    reading:
      "支持对象写作“个人所在单位”，按每位取得资格并被聘任的人员给所在单位 3000 元计（人数填几位）；“一次性”指同一人员只支持一次，而不是每个单位只支持一次。",
  },
  ...ipTalent,
];

const ids = (prefix: string) => items.filter((i) => i.id.startsWith(prefix)).map((i) => i.id);
const groupCap = (id: string, clause: string, label: string, quote: string, cap: number, capped: string[]) => ({
  id,
  kind: "groupCap" as const,
  clause,
  label,
  quote,
  cap,
  per: "year" as const,
  items: capped,
});

export const changning = definePolicy({
  id: "changning",
  name: "长宁区促进质量提升、品牌发展、知识产权运用的若干政策措施",
  shortName: "长宁区",
  region: "上海市长宁区",
  issuer: "上海市长宁区市场监督管理局",
  published: "2024-02-22",
  sourceFile: "000_98a9d29d8fc9aeb4.txt",
  effective: {
    clause: "33",
    quote: "本政策自2024年4月8日起开始生效，有效期至2026年12月31日为止",
    from: "2024-04-08",
    to: "2026-12-31",
    earlier: {
      clause: "33",
      quote: "《关于印发<长宁区促进质量提升、品牌发展、知识产权运用的实施办法>的通知》（长市监规〔2021〕1号）自本政策生效之日起废止",
      document: "长市监规〔2021〕1号",
      reading: "第33条只写本政策自 2024 年 4 月 8 日起生效、原实施办法同日废止，没有规定追溯适用；读作此前的事项属原实施办法，不按本政策计算。",
      text: "2024 年 4 月 8 日前的事项适用原《长宁区促进质量提升、品牌发展、知识产权运用的实施办法》（长市监规〔2021〕1号），该办法已自本政策生效之日起废止；本政策没有规定追溯适用，本工具不按本政策计算，请向区市场监管局咨询。",
    },
  },
  applicants: {
    clause: "29",
    quote: "本政策措施适用于在长宁区依法设立、经营状态正常、信用记录良好的法人和非法人组织等单位及个人",
    kinds: ["organization", "individual"],
  },
  exclusions: [
    {
      id: "district-budget-institution",
      clause: "29",
      quote: "由区级预算保障的事业单位不适用本政策措施",
      when: {
        kind: ["organization"],
        orgType: ["public-institution", "university", "research-institute"],
        fundedBy: ["partial-budget", "full-budget"],
        budgetLevel: ["district"],
      },
      reason: "由区级预算保障的事业单位不适用本政策措施",
      reading:
        "“区级预算保障”读作由区级财政全额或部分拨款；公办高校、科研院所也是事业单位，区级财政拨款的同样排除。由市级、国家财政拨款的事业单位，以及无财政拨款的单位，不受本条限制。",
    },
    {
      id: "credit",
      clause: "29",
      quote: "信用记录良好的法人和非法人组织等单位及个人",
      when: { creditGood: [false] },
      reason: "适用对象须信用记录良好",
    },
  ],
  items,
  limits: [
    {
      id: "cn-31-highest-quality-award",
      kind: "highestOnly",
      clause: "31",
      label: "政府质量奖按最高奖励额支持，不重复享受",
      quote: "对获得中国质量奖、上海市政府质量奖等市级及以上各类政府质量奖的单位，按照最高奖励额给予一次性配套奖励，不重复享受",
      reading:
        "条文没有写“同一年度”，而是“一次性”“不重复享受”，读作整个政策期内单位获得的中国质量奖、提名奖、上海市市长质量奖、质量金奖只按最高一项支持。条文只说“单位”，获奖个人的支持不在此列，分别计算。",
      items: ["cn-1-china-org", "cn-1-nomination-org", "cn-2-mayor-org", "cn-2-gold-org"],
      per: "policy",
      kinds: ["organization"],
    },
    {
      id: "cn-31-shanghai-brand",
      kind: "maxCount",
      clause: "31",
      label: "同一单位“上海品牌”认证扶持项目不超过 2 个",
      quote: "同一单位获得多个不同上海品牌认证项目，扶持项目不超过2个",
      reading:
        "本句没有写“一年中”（紧接的标准化项目一句写了），读作整个政策期内累计不超过 2 个。计数的是“不同上海品牌认证项目”，即首次认证；已获支持项目的扩项、再认证不是新的项目，不占名额。",
      items: ["cn-6-first"],
      max: 2,
      per: "policy",
    },
    {
      id: "cn-31-five-standards",
      kind: "maxCount",
      clause: "31",
      label: "同一单位一年中标准化项目扶持不超过 5 个",
      quote: "同一单位一年中有多个标准化项目符合扶持条件的，扶持项目不超过5个",
      reading:
        "“标准化项目”读作第8条标准化示范试点项目、第9条先进标准和第19条标准制修订项目；第18条是承担标准化技术组织（机构），第7条“上海标准”是品牌标识证书，都不是标准化项目，不计入。按事项日期的公历年分组，每年保留金额最高的 5 项。" +
        "本条数的是项目，不是支持条款：一项被政府部门采信、高于国家标准的团体标准同时符合第9条和第19条，仍是一个标准化项目（第30条只决定两条是否都支持，见第30条限额），按 1 个计；保留或不计时，这个项目的两行一起。" +
        "项目按一项的金额从高到低排：最高额为各行合计，确定部分按第30条只计较高的一行；最高额相同时，确定部分多的在前。" +
        "确定部分是按最高额保留的 5 个项目的确定部分：若第30条读作只支持较高一项时另选项目更多（例如 5 项同时符合两条的团体标准第一起草单位与 1 项 6 万元的国家标准，按最高额保留前 5 项，确定 25 万元；只支持较高一项时改选 6 万元一项可得 26 万元），本工具不把这部分差额算作确定。",
      items: [...ids("cn-8-"), ...ids("cn-9-"), ...ids("cn-19-")],
      max: 5,
      per: "year",
    },
    {
      id: "cn-24-annual-review-once-a-year",
      kind: "maxCount",
      clause: "24",
      label: "通过年度考核的重点园区每年支持一次",
      quote: "对通过年度考核的重点园区，给予每年5万元的资金支持",
      reading: "“每年5万元”读作每个园区每年至多 5 万元：年度考核一年一次，同一年填写两次通过考核只计一次。",
      items: ["cn-24-annual-review"],
      max: 1,
      per: "year",
    },
    {
      id: "cn-30-same-matter",
      kind: "sameMatter",
      clause: "30",
      label: "同一单位不得因同一事项重复享受政策",
      quote: "同一单位不得因同一事项重复享受政策",
      reading:
        "一项被政府部门采信、且高于国家、行业、地方标准的团体标准，可同时符合第9条（先进标准 2 万元）和第19条（团体标准起草单位）。两条支持的角度不同（标准的先进性 / 参与起草），是否算“同一事项”条文没有说，由主管部门认定。本工具两项都列出：最高额按两项合计（两条分别享受），确定部分只计较高的一项（视为同一事项时只享受一项）。无论哪种认定，这都是一项标准，第31条“标准化项目不超过5个”按 1 个项目计。",
      items: ["cn-9-advanced-standard", ...ids("cn-19-group-formulate-")],
    },
    groupCap(
      "cn-15-insurance-cap",
      "15",
      "专利、商标保险同一单位年度支持总额不超过 5 万元",
      "同一单位年度支持总额不超过5万元",
      wan(5),
      ["cn-15-insurance"],
    ),
    groupCap(
      "cn-15-pledge-cap",
      "15",
      "知识产权质押融资贴息同一单位年度支持总额不超过 100 万元",
      "同一单位年度支持总额不超过100万元",
      wan(100),
      ["cn-15-pledge-loan"],
    ),
    groupCap(
      "cn-16-licensor-cap",
      "16",
      "同一许可、让与人年度资助总额不超过 50 万元",
      "同一许可、让与人年度资助总额不超过50万元",
      wan(50),
      ["cn-16-licensor"],
    ),
    groupCap(
      "cn-16-licensee-cap",
      "16",
      "同一中小企业（被许可、受让方）年度资助总额不超过 50 万元",
      "同一企业年度资助总额不超过50万元",
      wan(50),
      ["cn-16-licensee"],
    ),
    groupCap(
      "cn-17-cap",
      "17",
      "同一中介服务机构年度资助总额不超过 20 万元",
      "同一机构年度资助总额不超过20万元",
      wan(20),
      ["cn-17-intermediary"],
    ),
    groupCap(
      "cn-28-cap",
      "28",
      "知识产权人才资助同一单位年度总额不超过 2 万元",
      "同一单位年度资助总额不超过2万元",
      wan(2),
      ids("cn-28-"),
    ),
  ],
  notes: [
    {
      id: "registered",
      clause: "29",
      quote: "在长宁区依法设立、经营状态正常",
      text: "申请单位须在长宁区依法设立、经营状态正常（本工具假定已满足）",
    },
    {
      id: "same-matter",
      clause: "30",
      quote: "同一单位不得因同一事项重复享受政策",
      text: "同一单位不得因同一事项重复享受政策；同一事项同时符合本政策几条的（如团体标准同时符合第9条和第19条），本工具分别列出，是否同一事项由主管部门认定：最高额按各条合计，确定部分只计较高的一条；第31条“标准化项目不超过5个”中按 1 个项目计",
    },
    {
      id: "other-district-policies",
      clause: "30",
      quote: "在享受本政策期间，如同时可享受本区其他同类政策，按照“就高不重复”的原则执行",
      text: "如同时可享受长宁区其他同类政策，按“就高不重复”执行",
    },
    {
      id: "interpretation",
      clause: "32",
      quote: "本政策由区市场监管局负责解释。执行过程中，如遇上级政策调整，以上级政策为准",
      text: "本政策由区市场监管局负责解释；如遇上级政策调整，以上级政策为准",
    },
    {
      id: "repeal",
      clause: "33",
      quote: "（长市监规〔2021〕1号）自本政策生效之日起废止",
      text: "2021 年的《长宁区促进质量提升、品牌发展、知识产权运用的实施办法》（长市监规〔2021〕1号）自 2024 年 4 月 8 日起废止",
    },
  ],
  // ---------------------------------------------------------- next steps (申报指引)
  application: {
    steps: [
      {
        id: "interpretation",
        topic: "interpreter",
        clause: "32",
        quote: "本政策由区市场监管局负责解释",
        text: "区市场监管局负责解释本政策",
      },
      {
        id: "patent-deal-record",
        topic: "procedure",
        clause: "16",
        quote: "在国家知识产权局完成著录项目变更或取得《专利实施许可合同备案证明》",
        text: "在国家知识产权局完成著录项目变更，或取得《专利实施许可合同备案证明》",
        items: ["cn-16-licensor"],
      },
      {
        id: "park-annual-review",
        topic: "timing",
        clause: "24",
        quote: "对通过年度考核的重点园区，给予每年 5 万元的资金支持",
        text: "每年通过年度考核后给予；政策没有写考核和申报的时间",
        items: ["cn-24-annual-review"],
      },
    ],
    silent: [
      { id: "no-department", topic: "department", text: "政策没有写受理申报的部门" },
      { id: "no-timing", topic: "timing", text: "政策没有写申报时间、申报通知或截止日期" },
      { id: "no-materials", topic: "materials", text: "政策没有列申报材料" },
      { id: "no-contact", topic: "contact", text: "政策没有写咨询电话或联系人" },
    ],
  },
});
