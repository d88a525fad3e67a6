/**
 * 深圳市光明区关于促进质量标准知识产权发展的若干措施（光明区人民政府 2023年10月12日印发）
 * Source: shared/policies/003_971b0a2b12078196.txt. Every item quotes the sentence it encodes.
 *
 * Clause （二十六） fixes the number words: “以上”“不超过”“最高” include the number, “以下” excludes it.
 * So 40%以上 means ≥ 40, 不超过3个 keeps 3, and every 最高 cap is itself payable.
 */
import { org, orgOf, share, SOME_SHARE, unstated, upTo, wan } from "./builders";
import { definePolicy } from "./schema";
import type { Condition, FactMatch, Item } from "../src/engine/types";

const TITLES: Readonly<Record<string, string>> = {
  "（一）": "支持树立光明质量标杆",
  "（二）": "支持实施卓越绩效管理",
  "（三）": "支持重大标准化活动",
  "（四）": "支持开展标准制定修订",
  "（五）": "支持标准化试点示范",
  "（六）": "支持开展深圳标准认证",
  "（七）": "支持开展企业标准“领跑者”",
  "（八）": "支持标准化服务机构发展",
  "（九）": "实施专利奖配套奖励",
  "（十）": "实施版权商标配套奖励",
  "（十一）": "支持知识产权示范/优势单位培育",
  "（十二）": "支持地理标志保护和运用",
  "（十三）": "支持高价值专利培育布局",
  "（十四）": "实施高价值专利项目配套资助",
  "（十五）": "支持知识产权运营中心建设",
  "（十六）": "支持专利开放许可（试点）",
  "（十七）": "支持知识产权质押融资",
  "（十八）": "支持专利导航项目",
  "（十九）": "支持产业知识产权联盟",
  "（二十）": "支持承办国际国内重大知识产权活动",
  "（二十一）": "支持知识产权保护工作站建设",
  "（二十二）": "培育商业秘密保护试点单位",
  "（二十三）": "支持知识产权服务业发展",
  "（二十四）": "实施知识产权人才培养奖励",
};

/** An item under its clause; the title is the clause's own heading (“（四）2” sits under “（四）”). */
const gm = (clause: string, rest: Omit<Item, "clause" | "title">): Item => {
  const title = TITLES[clause.replace(/\d+$/, "")];
  if (!title) throw new Error(`光明区：条款 ${clause} 没有标题`);
  return { clause, title, ...rest };
};

const on = (type: string, where?: FactMatch["where"]): FactMatch[] => [{ type, ...(where ? { where } : {}) }];
const funded = (programme: string | string[]) => on("shenzhen-funding", { programme });

const MUNICIPAL_FUNDING = "获得的市级资助金额";
const ACTUAL_COST = "实际支出成本";
const LAST_YEAR_RUNNING_COST = "上一年度实际运营成本";

/** 按照上一年度实际运营成本每年给予: the base is last year's, the claim (and its date) this year's. */
const RUNNING_COST_READING =
  "“按照上一年度实际运营成本每年给予”：每年申报一次，事项日期填申报资助的日期，金额填其上一年度的实际运营成本；适用期和累计次数按申报日期计。";

/** 按照实际支出成本给予最高 X 万元: the text fixes no share, only the ceiling. */
const COST_READING =
  "“按照实际支出成本给予最高X万元”读作：按实际支出成本核定，不超过成本本身，也不超过X万元；确定部分计 0。";

const isNew = (clause: string, quote: string): Condition => ({
  clause,
  quote,
  input: "isNew",
  op: "eq",
  value: true,
  requirement: "须为新获得的认定",
});

const filedAndRunning = (clause: string, running: string): Condition[] => [
  { clause, quote: "已向市知识产权主管部门备案", input: "filed", op: "eq", value: true, requirement: "须已向市知识产权主管部门备案" },
  { clause, quote: running, input: "operatingOneYear", op: "eq", value: true, requirement: "须在光明区连续运营一年以上" },
];

/** （四）2–4: each sentence names a lead/participant amount for formulation and revision. */
const STANDARD_ROLES = [
  ["lead", "主导"],
  ["participant", "参与"],
] as const;
const STANDARD_ACTIONS = [
  ["formulate", "制定"],
  ["revise", "修订"],
] as const;
const standards = (
  clause: string,
  key: string,
  name: string,
  scope: string | string[],
  byRole: Record<"lead" | "participant", { quote: string; wan: readonly [number, number] }>,
  reading?: string,
): Item[] =>
  STANDARD_ROLES.flatMap(([role, roleName]) =>
    STANDARD_ACTIONS.map(([action, actionName], i) =>
      gm(clause, {
        id: `gm-4-${key}-${role}-${action}`,
        label: `${roleName}${name}${actionName}`,
        facts: on("standard-project", { scope, role, action }),
        who: org,
        amount: upTo(wan(byRole[role].wan[i]!)),
        unit: "项",
        quote: byRole[role].quote,
        ...(reading ? { reading } : {}),
      }),
    ),
  );

/** One item per named award or designation, each at its own ceiling (“分别给予最高…”). */
type Row = readonly [value: string, idPart: string, label: string, wan: number, quote: string];
interface EachOptions {
  unit?: string;
  who?: Item["who"];
  reading?: string;
  /** 对新获得…: the fact must be ticked as newly obtained. */
  mustBeNew?: boolean;
}
const each = (clause: string, type: string, input: string, rows: readonly Row[], options: EachOptions = {}): Item[] =>
  rows.map(([value, idPart, label, w, quote]) => {
    const { mustBeNew, ...rest } = options;
    return gm(clause, {
      id: `gm-${idPart}`,
      label,
      facts: on(type, { [input]: value }),
      who: org,
      amount: upTo(wan(w)),
      quote,
      ...rest,
      ...(mustBeNew ? { conditions: [isNew(clause, quote)] } : {}),
    });
  });

const Q3 =
  "对获得深圳市承担国际国内专业标准化技术委员会机构工作项目、承办国际标准化组织年会或学术研讨会及国内重大标准活动项目、国外技术性贸易措施研究项目资助的单位，按其获得市级资助金额的50%给予配套资助，单个项目最高分别30万元、25万元、15万元";
const Q5_PLATFORM = "对获评深圳标准创新基地、深圳市研发与标准化同步试点企业的单位，分别给予最高25万元、15万元奖励";
const Q9_CHINA = "对获得中国专利金奖、银奖、优秀奖的单位，按项目分别给予最高200万元、100万元、20万元奖励";
const Q9_GUANGDONG = "对获得广东专利金奖、银奖、优秀奖的单位，按项目分别给予最高30万元、20万元、10万元奖励";
const Q11_NATIONAL = "对新获得国家知识产权示范企业、国家知识产权优势企业的，分别给予最高30万元、15万元奖励";
const Q15 = "对获批成为国家、省、市知识产权运营中心的单位，分别给予最高200万元、150万元、100万元资助";
const Q16 = "对新获批国家、省、市专利开放许可（试点）的单位，分别给予最高100万元、70万元、50万元资助";
const Q23_AGENCY = "对代理辖区内企业专利获中国专利金奖、银奖的专利代理机构，按项目分别给予最高50万元、20万元资助";

const NEWLY_BY_DATE =
  "原文“新获得/新获批”没有另设期限：本工具以获得（获批）日期落在本措施适用期内（含 2022 年 1 月 1 日起的追溯期）为准。";

const LEVELS = [
  ["national", "国家"],
  ["provincial", "省"],
  ["city", "市"],
] as const;

const items: Item[] = [
  // 一、支持追求卓越理念，培育光明质量标杆
  gm("（一）", {
    id: "gm-1-matching",
    label: "中国质量奖及提名奖、广东省政府质量奖及提名奖、深圳市市长质量奖 按市级奖励配套",
    facts: on("quality-award", {
      award: [
        "china-quality-award",
        "china-quality-award-nomination",
        "guangdong-government-quality-award",
        "guangdong-government-quality-award-nomination",
        "shenzhen-mayor-quality-award",
      ],
    }),
    who: org,
    amount: share("市级奖励金额", 100, wan(300)),
    quote:
      "对获得中国质量奖及中国质量奖提名奖、广东省政府质量奖及广东省政府质量奖提名奖、深圳市市长质量奖项的单位，按市级奖励金额的100%给予配套奖励，单个项目最高300万元",
    reading: "配套基数是深圳市对该奖项给予的奖励金额；未填写金额时只能显示最高 300 万元。",
  }),
  gm("（一）", {
    id: "gm-1-district",
    label: "区级质量奖项",
    facts: on("quality-award", { award: "district-quality-award" }),
    who: org,
    amount: unstated("按区级质量奖管理办法规定给予奖励，本措施未写金额"),
    quote: "对获得区级质量奖项的单位，按区级质量奖管理办法规定给予奖励",
  }),
  gm("（二）", {
    id: "gm-2-excellence",
    label: "卓越绩效管理经评审达到 40% 以上成熟度",
    facts: on("excellence-performance"),
    who: org,
    amount: upTo(wan(30)),
    conditions: [
      {
        clause: "（二）",
        quote: "对经评审达到40%以上成熟度的单位",
        input: "maturity",
        op: "gte",
        value: 40,
        requirement: "经评审成熟度须达到 40% 以上（含 40%）",
        reading: "依（二十六）“以上”包括本数：成熟度恰为 40% 即达标，39% 不达标。",
      },
    ],
    quote: "对经评审达到40%以上成熟度的单位，给予最高30万元资助，每年最多资助10家",
  }),
  gm("（二）", {
    id: "gm-2-quality-activity",
    label: "在光明区开展的重大质量活动（经备案批准）",
    facts: on("quality-activity"),
    who: org,
    amount: share(ACTUAL_COST, SOME_SHARE, wan(20)),
    quote: "对在我区开展的重大质量活动，经备案批准后按照实际支出成本给予最高20万元资助",
    reading: COST_READING,
  }),

  // 二、支持强化标准引领，促进产业高质量发展
  ...(
    [
      ["standards-body-work", "gm-3-standards-body-work", "承担国际国内专业标准化技术委员会机构工作项目 市级资助配套", 30],
      ["standards-event", "gm-3-standards-event", "承办国际标准化组织年会或学术研讨会及国内重大标准活动项目 市级资助配套", 25],
      ["trade-measures-research", "gm-3-trade-measures", "国外技术性贸易措施研究项目 市级资助配套", 15],
    ] as const
  ).map(([programme, id, label, w]) =>
    gm("（三）", { id, label, facts: funded(programme), who: org, amount: share(MUNICIPAL_FUNDING, 50, wan(w)), quote: Q3 }),
  ),
  gm("（四）1", {
    id: "gm-4-1-matching",
    label: "深圳市国际标准、“一带一路”区域标准制定修订资助及团体标准项目资助 配套",
    facts: funded(["international-standard", "belt-and-road-standard", "group-standard"]),
    who: org,
    amount: share(MUNICIPAL_FUNDING, 100, wan(50)),
    quote:
      "对获得深圳市国际标准制定修订资助、“一带一路”区域标准制定修订资助、深圳市团体标准项目资助的单位，按其获得市级资助金额的100%给予配套资助，单个项目最高50万元",
  }),
  ...standards("（四）2", "2-national", "国家标准", "national", {
    lead: { quote: "对主导国家标准制定、修订的，按项目给予分别最高30万元、15万元资助", wan: [30, 15] },
    participant: { quote: "对参与国家标准制定、修订的，按项目分别给予最高10万元、5万元资助", wan: [10, 5] },
  }),
  ...standards("（四）3", "3-industry", "行业标准", "industry", {
    lead: { quote: "对主导行业标准制定、修订的，按项目分别给予最高20万元、10万元资助", wan: [20, 10] },
    participant: { quote: "对参与行业标准制定、修订的，按项目分别给予最高7万元、3万元资助", wan: [7, 3] },
  }),
  ...standards(
    "（四）4",
    "4-local",
    "广东省、深圳市地方标准",
    ["local-provincial", "local-city"],
    {
      lead: { quote: "对主导广东省、深圳市地方标准制定、修订的，按项目分别给予最高10万元、5万元资助", wan: [10, 5] },
      participant: { quote: "对参与广东省、深圳市地方标准制定、修订的，按项目分别给予最高3万元、1.5万元资助", wan: [3, 1.5] },
    },
    "省级、市级地方标准在本措施中只指广东省、深圳市地方标准；其他省市的地方标准不在本项之列。",
  ),
  gm("（五）", {
    id: "gm-5-china-project-matching",
    label: "中国标准创新贡献奖标准项目奖 按市级奖励配套",
    facts: on("standard-innovation-award", { award: "china-project" }),
    who: org,
    amount: share("市级奖励金额", 100, wan(50)),
    quote: "对获得中国标准创新贡献奖标准项目奖的单位，按市级奖励金额的100%给予配套奖励，单个项目最高50万元",
  }),
  gm("（五）", {
    id: "gm-5-shenzhen-science-standard",
    label: "深圳市科学技术奖标准奖",
    facts: on("standard-innovation-award", { award: "shenzhen-science-standard" }),
    who: org,
    amount: upTo(wan(20)),
    unit: "项",
    quote: "对获得深圳市科学技术奖标准奖的单位，按项目给予最高20万元奖励",
  }),
  ...each("（五）", "standards-platform", "platform", [
    ["shenzhen-innovation-base", "5-innovation-base", "获评深圳标准创新基地", 25, Q5_PLATFORM],
    ["shenzhen-sync-pilot", "5-sync-pilot", "获评深圳市研发与标准化同步试点企业", 15, Q5_PLATFORM],
  ]),
  gm("（六）", {
    id: "gm-6-shenzhen-standard",
    label: "通过深圳标准认证的项目",
    facts: on("certification", { scheme: "shenzhen-standard" }),
    who: org,
    amount: upTo(wan(5)),
    unit: "项",
    quote: "对通过深圳标准认证的项目，按项目给予项目单位最高5万元的资助，同一单位每年资助不超过3个项目",
  }),
  gm("（七）", {
    id: "gm-7-leader",
    label: "获评企业标准“领跑者”的项目",
    facts: on("standard-leader"),
    who: org,
    amount: upTo(wan(3)),
    unit: "项",
    quote: "对获评企业标准“领跑者”的项目，按项目给予项目单位最高3万元的奖励，同一单位每年资助不超过5个项目",
    reading: "原文未限定“领跑者”的级别，国家级、省级、市级获评均按本项计。",
  }),
  gm("（七）", {
    id: "gm-7-assessor-matching",
    label: "深圳市企业标准“领跑者”评估机构项目资助 配套",
    facts: funded("leader-assessor"),
    who: org,
    amount: share(MUNICIPAL_FUNDING, 50, wan(2.5)),
    quote: "对获得深圳市企业标准“领跑者”评估机构项目资助的单位，按其获得市级资助金额的50%给予配套资助，单个项目最高2.5万元",
  }),
  gm("（八）", {
    id: "gm-8-verification-point",
    label: "深圳市国家级标准验证检验检测点项目资助 配套",
    facts: funded("verification-point"),
    who: org,
    amount: share(MUNICIPAL_FUNDING, 50, wan(10)),
    quote: "对获得深圳市国家级标准验证检验检测点项目资助的单位，按其获得市级资助金额的50%给予配套资助，单个项目最高10万元",
  }),

  // 三、提升知识产权创造质量，厚植知识产权发展沃土
  ...each(
    "（九）",
    "patent-award",
    "award",
    [
      ["china-gold", "9-china-gold", "中国专利金奖", 200, Q9_CHINA],
      ["china-silver", "9-china-silver", "中国专利银奖", 100, Q9_CHINA],
      ["china-excellent", "9-china-excellent", "中国专利优秀奖", 20, Q9_CHINA],
    ],
    { unit: "项", reading: "原文只写中国专利金奖、银奖、优秀奖，中国外观设计金奖、银奖、优秀奖不在本项之列。" },
  ),
  ...each(
    "（九）",
    "patent-award",
    "award",
    [
      ["guangdong-gold", "9-guangdong-gold", "广东专利金奖", 30, Q9_GUANGDONG],
      ["guangdong-silver", "9-guangdong-silver", "广东专利银奖", 20, Q9_GUANGDONG],
      ["guangdong-excellent", "9-guangdong-excellent", "广东专利优秀奖", 10, Q9_GUANGDONG],
      ["shenzhen", "9-shenzhen", "深圳市专利奖", 20, "对获得深圳市专利奖的单位，按项目给予最高20万元奖励"],
    ],
    { unit: "项" },
  ),
  ...each(
    "（十）",
    "ip-award",
    "award",
    [
      ["china-copyright-gold", "10-copyright-gold", "中国版权金奖", 100, "对获得中国版权金奖的单位，按项目给予最高100万元奖励"],
      ["china-trademark-gold", "10-trademark-gold", "中国商标金奖", 100, "对获得中国商标金奖的单位，按项目给予最高100万元奖励"],
    ],
    { unit: "项" },
  ),
  ...each(
    "（十）",
    "ip-designation",
    "designation",
    [
      ["national-copyright-demonstration", "10-copyright-demonstration", "新获得全国版权示范单位、示范园区（基地）", 50, "对新获得全国版权示范单位、示范园区（基地）的单位，给予最高50万元奖励"],
      ["guangdong-copyright-base", "10-guangdong-copyright-base", "新获得广东省版权兴业示范基地", 20, "对新获得广东省版权兴业示范基地的单位，给予最高20万元奖励"],
      ["shenzhen-copyright-base", "10-shenzhen-copyright-base", "新获得深圳市版权创新发展基地", 10, "对新获得深圳市版权创新发展基地的单位，给予最高10万元奖励"],
    ],
    { mustBeNew: true },
  ),
  ...each(
    "（十一）",
    "ip-designation",
    "designation",
    [
      ["national-demonstration-enterprise", "11-national-demonstration", "新获得国家知识产权示范企业", 30, Q11_NATIONAL],
      ["national-advantage-enterprise", "11-national-advantage", "新获得国家知识产权优势企业", 15, Q11_NATIONAL],
      ["guangdong-demonstration-enterprise", "11-guangdong-demonstration", "新获得广东省知识产权示范企业", 10, "对新获得广东省知识产权示范企业的，给予最高10万元奖励"],
      ["shenzhen-advantage-unit", "11-shenzhen-advantage", "新获得深圳市知识产权优势单位", 25, "对新获得深圳市知识产权优势单位的，给予最高25万元奖励"],
    ],
    { mustBeNew: true },
  ),
  ...each("（十二）", "trademark-gi", "kind", [
    ["gi-trademark", "12-gi-trademark", "新注册地理标志证明商标、集体商标", 50, "对新注册地理标志证明商标、集体商标的单位，给予最高50万元奖励"],
    ["gi-special-mark", "12-gi-special-mark", "新获得国家地理标志专用标志使用权", 5, "对新获得国家地理标志专用标志使用权的单位，给予最高5万元奖励"],
  ]),
  gm("（十三）", {
    id: "gm-13-competition",
    label: "粤港澳大湾区高价值专利培育布局大赛金奖、银奖、优秀奖 按奖金配套",
    facts: on("high-value-patent-competition"),
    who: org,
    amount: share("大赛奖项奖金", 50, wan(10)),
    quote: "对新获得粤港澳大湾区高价值专利培育布局大赛金奖、银奖、优秀奖的单位，按项目给予大赛奖项奖金50%的配套奖励，单个项目最高10万元",
    reading: NEWLY_BY_DATE,
  }),
  gm("（十四）", {
    id: "gm-14-high-value-patent",
    label: "深圳市高价值、高质量专利培育项目资助 配套",
    facts: funded("high-value-patent"),
    who: org,
    amount: share("所获资助", 50, wan(25)),
    quote: "对获得深圳市高价值、高质量专利培育项目资助的单位，按项目给予所获资助50%的配套资助，单个项目最高25万元",
  }),

  // 四、加快知识产权转化运用，促进知识产权价值实现
  ...LEVELS.map(([level, name]) =>
    gm("（十五）", {
      id: `gm-15-operation-center-${level}`,
      label: `获批成为${name}知识产权运营中心`,
      facts: on("ip-center", { center: "operation-center", level }),
      who: org,
      amount: upTo(wan({ national: 200, provincial: 150, city: 100 }[level])),
      quote: Q15,
    }),
  ),
  ...LEVELS.map(([level, name]) =>
    gm("（十六）", {
      id: `gm-16-open-licensing-${level}`,
      label: `新获批${name}专利开放许可（试点）`,
      facts: on("ip-center", { center: "open-licensing-pilot", level }),
      who: org,
      amount: upTo(wan({ national: 100, provincial: 70, city: 50 }[level])),
      quote: Q16,
      reading: NEWLY_BY_DATE,
    }),
  ),
  gm("（十七）", {
    id: "gm-17-pledge-loan",
    label: "知识产权质押融资贷款利息资助",
    facts: [{ type: "ip-pledge-loan", dating: { claimed: "next-year", label: "还清日期", hint: "填还清贷款本息的日期；资助在次年申报" } }],
    who: org,
    amount: share("实际支出贷款利息", { min: 0, max: 70 }),
    conditions: [
      {
        clause: "（十七）",
        quote: "在上一年还清贷款本息",
        input: "repaidLastYear",
        op: "eq",
        value: true,
        requirement: "须已还清贷款本息（于申报的上一年）",
      },
    ],
    quote:
      "对通过知识产权（专利、商标、版权）质押方式申请银行贷款，并在上一年还清贷款本息的单位，按实际支出贷款利息给予最高70%的资助",
    reading:
      "“最高70%”只定上限，确定部分计 0。“在上一年还清贷款本息”：事项日期填还清贷款本息的日期，资助在其次年申报；本工具按次年（申报年度）判断是否在适用期内，年度资助总额也按申报年度合计。",
  }),
  gm("（十八）", {
    id: "gm-18-rd-navigation",
    label: "研发活动类专利导航（高等院校、科研机构）",
    facts: on("ip-analysis-project", { project: "rd-navigation" }),
    who: orgOf(["university", "research-institute"], "（十八）", "高等院校、科研机构"),
    amount: share(ACTUAL_COST, SOME_SHARE, wan(30)),
    quote:
      "对开展研发活动类专利导航的高等院校、科研机构，每项按照实际支出成本给予最高30万元资助",
    reading: `${COST_READING}“每项”按项计：每个导航项目请单独填写一行并填其实际支出成本。`,
  }),
  gm("（十八）", {
    id: "gm-18-industry-navigation",
    label: "产业规划类专利导航项目（行业组织、产业知识产权联盟、科研机构或知识产权服务机构）",
    facts: on("ip-analysis-project", { project: "industry-navigation" }),
    who: orgOf(
      ["industry-association", "research-institute", "ip-service-agency"],
      "（十八）",
      "行业组织、产业知识产权联盟、科研机构或知识产权服务机构",
    ),
    amount: share(ACTUAL_COST, SOME_SHARE, wan(100)),
    quote:
      "对开展产业规划类专利导航项目的行业组织、产业知识产权联盟、科研机构或知识产权服务机构，每项按照实际支出成本给予最高100万元资助",
    reading: `${COST_READING}产业知识产权联盟按“行业协会、商会、产业联盟等行业组织”单位类型计。“每项”按项计：每个导航项目请单独填写一行。`,
  }),
  gm("（十九）", {
    id: "gm-19-alliance",
    label: "产业知识产权联盟运营资助",
    facts: on("ip-center", { center: "industry-alliance" }),
    who: org,
    amount: share(LAST_YEAR_RUNNING_COST, SOME_SHARE, wan(50)),
    conditions: filedAndRunning("（十九）", "在光明区连续运营一年以上"),
    quote:
      "对已向市知识产权主管部门备案并在光明区连续运营一年以上、符合产业政策导向的产业知识产权联盟，按照上一年度实际运营成本每年给予最高50万元资助，同一单位累计资助不超过3次",
    reading: `${COST_READING}${RUNNING_COST_READING}“符合产业政策导向”由主管部门评审，本工具假定满足。`,
  }),

  // 五、强化知识产权保护和服务，营造一流科技创新环境
  gm("（二十）", {
    id: "gm-20-ip-event",
    label: "承办经批准的国际或国内重大知识产权活动",
    facts: on("ip-event"),
    who: org,
    amount: share(ACTUAL_COST, SOME_SHARE, wan(20)),
    quote:
      "对经区知识产权联席会议办公室或市级及以上知识产权行政主管部门批准召开国际或国内重大知识产权活动的承办方，按照实际支出成本给予最高20万元资助",
    reading: COST_READING,
  }),
  gm("（二十一）", {
    id: "gm-21-workstation",
    label: "知识产权保护工作站运营资助",
    facts: on("ip-center", { center: "protection-workstation" }),
    who: org,
    amount: share(LAST_YEAR_RUNNING_COST, SOME_SHARE, wan(20)),
    conditions: filedAndRunning("（二十一）", "在光明连续运营一年以上"),
    quote:
      "对已向市知识产权主管部门备案且在光明连续运营一年以上的知识产权保护工作站，按照上一年度实际运营成本每年给予最高20万元的资助，同一单位累计资助不超过3次",
    reading: `${COST_READING}${RUNNING_COST_READING}`,
  }),
  gm("（二十二）", {
    id: "gm-22-park",
    label: "经评审通过商业秘密保护试点的园区",
    facts: on("ip-center", { center: "trade-secret-pilot" }),
    who: orgOf(["park"], "（二十二）", "高新科技企业密集的产业园区"),
    amount: upTo(wan(20)),
    quote: "对经评审通过商业秘密保护试点的园区给予最高20万元资助",
  }),
  gm("（二十二）", {
    id: "gm-22-institute-or-enterprise",
    label: "经评审通过商业秘密保护试点的科研机构或企业",
    facts: on("ip-center", { center: "trade-secret-pilot" }),
    who: orgOf(["research-institute", "enterprise"], "（二十二）", "科研机构或企业"),
    amount: upTo(wan(10)),
    quote: "对经评审通过商业秘密保护试点的科研机构或企业，给予最高10万元资助",
  }),
  ...each(
    "（二十三）",
    "ip-service",
    "kind",
    [
      ["agency-china-gold", "23-agency-gold", "代理辖区内企业专利获中国专利金奖", 50, Q23_AGENCY],
      ["agency-china-silver", "23-agency-silver", "代理辖区内企业专利获中国专利银奖", 20, Q23_AGENCY],
    ],
    { unit: "项", who: orgOf(["ip-service-agency"], "（二十三）", "专利代理机构") },
  ),
  gm("（二十三）", {
    id: "gm-23-service-capability",
    label: "知识产权服务机构持续提升服务能力成效较好",
    facts: on("ip-service", { kind: "service-capability" }),
    who: orgOf(["ip-service-agency"], "（二十三）", "知识产权服务机构"),
    amount: upTo(wan(50)),
    once: true,
    quote:
      "对在光明区连续运营一年以上，为企业提供知识产权创造、运用、保护等综合服务的知识产权服务机构，经评审在持续提升服务能力方面取得较好成效的，给予最高50万元资助，每年资助不超过5家",
  }),
  gm("（二十四）", {
    id: "gm-24-talent",
    label: "工作人员上一年度取得专利代理师资格证书或知识产权专业高级技术职称",
    facts: [
      {
        type: "qualified-person",
        where: { role: ["patent-attorney", "senior-ip-title"] },
        dating: { claimed: "next-year", label: "取得日期", hint: "填取得证书或职称的日期；奖励在次年申报" },
      },
    ],
    who: orgOf(["enterprise", "ip-service-agency"], "（二十四）", "所在企业或知识产权服务机构"),
    amount: upTo(wan(3)),
    unit: "人",
    quote: "工作人员于上一年度取得专利代理师资格证书或知识产权专业高级技术职称的，对所在企业或知识产权服务机构给予最高3万元/人的一次性奖励",
    reading:
      "奖励给所在单位，不给个人。“于上一年度取得”即在取得的次年申报：事项日期填取得证书或职称的日期，本工具按次年（申报年度）判断是否在本措施适用期内。故 2021 年取得、2022 年申报的落在（二十五）的追溯期内，可以计入；2028 年取得的要到 2029 年申报，本措施已到期，不计。",
  }),
];

const ids = (prefix: string) => items.filter((i) => i.id.startsWith(prefix)).map((i) => i.id);

export const guangming = definePolicy({
  id: "guangming",
  name: "深圳市光明区关于促进质量标准知识产权发展的若干措施",
  shortName: "光明区",
  region: "广东省深圳市光明区",
  issuer: "深圳市光明区人民政府",
  published: "2023-10-12",
  sourceFile: "003_971b0a2b12078196.txt",
  effective: {
    clause: "（二十五）",
    quote:
      "本措施自2023年10月24日起施行，有效期5年，实施期间如遇国家和省、市有关政策规定调整的，可进行相应调整。2022年1月1日至本措施生效前符合条件的项目，可以按照本措施相关规定享受扶持政策",
    reading:
      "“有效期5年”自 2023 年 10 月 24 日起算满五年，最后一日为 2028 年 10 月 23 日（五周年前一日）。2022 年 1 月 1 日起至生效前发生的项目同样计入。实施期间的政策调整无法预知，本工具按现行文本计算。",
    from: "2023-10-24",
    to: "2028-10-23",
    retroactiveFrom: "2022-01-01",
    earlier: {
      clause: "（二十五）",
      quote: "2022年1月1日至本措施生效前符合条件的项目，可以按照本措施相关规定享受扶持政策",
      text: "本措施追溯到 2022 年 1 月 1 日为止；更早的项目，措施没有规定，也没有提到此前的文件，本工具不计。",
    },
  },
  applicants: {
    clause: "（二十八）",
    quote: "获得本措施专项资金资助的单位，应严格按照《光明区经济发展专项资金管理办法》等文件的规定使用专项资金",
    reading:
      "各条款的资助对象都是单位（企业、机构、园区、联盟、承办方等）；（二十四）的人才奖励也发给所在单位而非个人，所以个人不是本措施的申请主体。",
    kinds: ["organization"],
  },
  exclusions: [],
  items,
  limits: [
    {
      id: "gm-6-three-projects",
      kind: "maxCount",
      clause: "（六）",
      label: "深圳标准认证同一单位每年资助不超过 3 个项目",
      quote: "同一单位每年资助不超过3个项目",
      reading: "依（二十六）“不超过”包括本数：每年最多计 3 个项目。",
      items: ["gm-6-shenzhen-standard"],
      max: 3,
      per: "year",
    },
    {
      id: "gm-7-five-projects",
      kind: "maxCount",
      clause: "（七）",
      label: "企业标准“领跑者”同一单位每年资助不超过 5 个项目",
      quote: "同一单位每年资助不超过5个项目",
      reading: "只限“领跑者”项目奖励；同条后一句的评估机构配套资助是另一事项，不计入这 5 个。",
      items: ["gm-7-leader"],
      max: 5,
      per: "year",
    },
    {
      id: "gm-17-yearly-cap",
      kind: "groupCap",
      clause: "（十七）",
      label: "知识产权质押融资同一单位年度资助总额最高 50 万元",
      quote: "同一单位年度资助总额最高50万元",
      items: ["gm-17-pledge-loan"],
      cap: wan(50),
      per: "year",
    },
    {
      id: "gm-18-five-navigation",
      kind: "maxCount",
      clause: "（十八）",
      label: "专利导航项目每年资助不超过 5 项",
      quote: "专利导航项目每年资助不超过5项",
      reading:
        "原文可读作全区每年的名额，也可读作每个单位每年的项数。本工具按每个单位每年最多计 5 项：这样不会高估任何单位的最高可得额；若实为全区名额，另受（二十七）专项资金年度总额控制。",
      items: ids("gm-18-"),
      max: 5,
      per: "year",
    },
    {
      id: "gm-19-three-times",
      kind: "maxCount",
      clause: "（十九）",
      label: "产业知识产权联盟同一单位累计资助不超过 3 次",
      quote: "同一单位累计资助不超过3次",
      reading: "“累计”按本措施整个适用期（含追溯期）计，每年一次，最多 3 次；已获资助的年度也请填写，以便计数。",
      items: ["gm-19-alliance"],
      max: 3,
      per: "policy",
    },
    {
      id: "gm-21-three-times",
      kind: "maxCount",
      clause: "（二十一）",
      label: "知识产权保护工作站同一单位累计资助不超过 3 次",
      quote: "同一单位累计资助不超过3次",
      reading: "“累计”按本措施整个适用期（含追溯期）计，每年一次，最多 3 次；已获资助的年度也请填写，以便计数。",
      items: ["gm-21-workstation"],
      max: 3,
      per: "policy",
    },
    {
      id: "gm-2-quota",
      kind: "quota",
      clause: "（二）",
      label: "卓越绩效管理每年最多资助 10 家",
      quote: "每年最多资助10家",
      items: ["gm-2-excellence"],
    },
    {
      id: "gm-22-quota",
      kind: "quota",
      clause: "（二十二）",
      label: "商业秘密保护试点项目每年资助不超过 10 项",
      quote: "商业秘密保护试点项目每年资助不超过10项",
      reading: "一个单位一年只会通过一次试点评审，这 10 项是全区名额，不是单位的上限。",
      items: ids("gm-22-"),
    },
    {
      id: "gm-23-quota",
      kind: "quota",
      clause: "（二十三）",
      label: "知识产权服务机构服务能力资助每年不超过 5 家",
      quote: "每年资助不超过5家",
      items: ["gm-23-service-capability"],
    },
  ],
  notes: [
    {
      id: "number-words",
      clause: "（二十六）",
      quote: "本措施中有关数据“以上”“不超过”“最高”包括本数，“以下”不包括本数",
      text: "“以上”“不超过”“最高”包括本数，“以下”不包括本数；本工具的边界均按此设定",
    },
    {
      id: "annual-fund",
      clause: "（二十七）",
      quote: "本措施的资助与奖励资金在光明区经济发展专项资金中列支，有数量和额度限制，受区经济发展专项资金年度总额控制",
      text: "资助受区经济发展专项资金年度总额控制，有数量和额度限制；实际获批金额可能低于本工具所示最高额（本工具不据此核减）",
    },
    {
      id: "fund-use",
      clause: "（二十八）",
      quote: "本措施以现行《光明区经济发展专项资金管理办法》为资助依据",
      text: "以《光明区经济发展专项资金管理办法》为资助依据，获资助单位须按该办法使用专项资金",
    },
    {
      id: "no-double",
      clause: "（二十九）",
      quote: "同一主体同一事项符合光明区多项经济发展专项资金支持政策的，申请单位不得重复申请或者多头申请经济发展专项资金资助",
      text: "同一事项符合光明区多项经济发展专项资金政策的，不得重复申请或多头申请",
    },
    {
      id: "interpretation",
      clause: "（三十）",
      quote: "本措施由深圳市市场监督管理局光明监管局负责解释，并制定操作规程",
      text: "由深圳市市场监督管理局光明监管局解释，具体申报以其操作规程为准",
    },
  ],
});
