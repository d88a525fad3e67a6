/**
 * 金山区关于质量发展专项政策的实施细则（金市监质〔2025〕10号）
 * Source: shared/policies/002_1ae3d8cab03b9f19.txt. Every item quotes the sentence it encodes.
 */
import { fixed, org, orgOf, person, anyone, unstated, upTo, wan } from "./builders";
import { definePolicy } from "./schema";
import type { FactMatch, Item } from "../src/engine/types";

const qa = (award: string) => [{ type: "quality-award", where: { award } }];
const sia = (award: string, grade?: string): FactMatch[] => [
  { type: "standard-innovation-award", where: grade ? { award, grade } : { award } },
];

const T5 = "政府质量奖";
const T6 = "标准创新贡献奖";
const T7 = "重点产品质量攻关";
const T13 = "标准化技术组织";
const T14 = "标准制修订";

const NEW_BODY = {
  input: "isNew",
  op: "eq" as const,
  value: true,
  requirement: "须为新承担的秘书处或工作组",
};

/** 第十四条: each standards item pays for formulation; revision is cut by the 50% rule in `limits`. */
const standard = (
  id: string,
  clause: string,
  label: string,
  scope: string | string[],
  role: string | string[],
  yuan: number,
  quote: string,
): Item => ({
  id,
  clause,
  title: T14,
  label,
  facts: [{ type: "standard-project", where: { scope, role } }],
  who: org,
  amount: upTo(yuan),
  unit: "项",
  quote,
});

const items: Item[] = [
  // 第五条（政府质量奖）
  {
    id: "js-5-1-china-org",
    clause: "第五条（一）",
    title: T5,
    label: "中国质量奖（组织）",
    facts: qa("china-quality-award"),
    who: org,
    amount: upTo(wan(100)),
    quote: "对获得“中国质量奖”的组织，给予最高100万元的一次性奖励",
  },
  {
    id: "js-5-1-nomination-org",
    clause: "第五条（一）",
    title: T5,
    label: "中国质量奖提名奖（组织）",
    facts: qa("china-quality-award-nomination"),
    who: org,
    amount: upTo(wan(50)),
    quote: "对获得“中国质量奖提名奖”的组织，给予最高50万元的一次性奖励",
  },
  {
    id: "js-5-1-person",
    clause: "第五条（一）",
    title: T5,
    label: "中国质量奖、提名奖（个人）",
    facts: [{ type: "quality-award", where: { award: ["china-quality-award", "china-quality-award-nomination"] } }],
    who: person,
    amount: fixed(wan(2)),
    quote: "对获得“中国质量奖”、“中国质量奖提名奖”的个人，给予2万元的一次性奖励",
  },
  {
    id: "js-5-2-mayor-org",
    clause: "第五条（二）",
    title: T5,
    label: "上海市市长质量奖（组织）",
    facts: qa("shanghai-mayor-quality-award"),
    who: org,
    amount: upTo(wan(80)),
    quote: "对获得“上海市市长质量奖”的组织，给予最高80万元的一次性奖励",
  },
  {
    id: "js-5-2-gold-org",
    clause: "第五条（二）",
    title: T5,
    label: "上海市质量金奖（组织）",
    facts: qa("shanghai-quality-gold-award"),
    who: org,
    amount: fixed(wan(30)),
    quote: "对获得“上海市质量金奖”的组织，给予30万元的一次性奖励",
  },
  {
    id: "js-5-2-person",
    clause: "第五条（二）",
    title: T5,
    label: "上海市市长质量奖、质量金奖（个人）",
    facts: [{ type: "quality-award", where: { award: ["shanghai-mayor-quality-award", "shanghai-quality-gold-award"] } }],
    who: person,
    amount: fixed(wan(2)),
    quote: "对获得“上海市市长质量奖”、“上海市质量金奖”的个人，给予2万元的一次性奖励",
  },
  {
    id: "js-5-3-district",
    clause: "第五条（三）",
    title: T5,
    label: "金山区区长质量奖、金山区质量金奖",
    facts: qa("district-quality-award"),
    who: anyone,
    amount: unstated("按本市评比达标工作要求和区政府相关规定执行，细则未写金额"),
    quote: "对获得“金山区区长质量奖”、“金山区质量金奖”的组织和个人，按照本市评比达标工作的相关要求和区政府的相关规定执行",
  },

  // 第六条（标准创新贡献奖）
  ...(
    [
      ["first", "一等奖", 50],
      ["second", "二等奖", 40],
      ["third", "三等奖", 30],
    ] as const
  ).map(
    ([grade, name, w]): Item => ({
      id: `js-6-1-project-${grade}`,
      clause: "第六条（一）",
      title: T6,
      label: `中国标准创新贡献奖标准项目奖${name}`,
      facts: sia("china-project", grade),
      who: org,
      amount: upTo(wan(w)),
      quote: "对获得“中国标准创新贡献奖标准项目奖”一、二、三等奖的组织，分别给予最高50万元、40万元、30万元的一次性奖励",
    }),
  ),
  {
    id: "js-6-1-org-award",
    clause: "第六条（一）",
    title: T6,
    label: "中国标准创新贡献奖组织奖",
    facts: sia("china-organization"),
    who: org,
    amount: upTo(wan(30)),
    quote: "对获得“中国标准创新贡献奖组织奖”的组织，给予最高30万元的一次性奖励",
  },
  {
    id: "js-6-1-person",
    clause: "第六条（一）",
    title: T6,
    label: "中国标准创新贡献奖（个人）",
    facts: sia("china-person"),
    who: person,
    amount: fixed(wan(2)),
    quote: "对获得“中国标准创新贡献奖”的个人，给予2万元的一次性奖励",
  },
  ...(
    [
      ["first", "一等奖", 20],
      ["second", "二等奖", 10],
      ["third", "三等奖", 5],
    ] as const
  ).map(
    ([grade, name, w]): Item => ({
      id: `js-6-2-project-${grade}`,
      clause: "第六条（二）",
      title: T6,
      label: `上海市标准创新贡献奖标准项目奖${name}`,
      facts: sia("shanghai-project", grade),
      who: org,
      amount: upTo(wan(w)),
      quote: "对获得“上海市标准创新贡献奖标准项目奖”一、二、三等奖的组织，分别给予最高20万元、10万元、5万元的一次性奖励",
    }),
  ),
  {
    id: "js-6-2-org-award",
    clause: "第六条（二）",
    title: T6,
    label: "上海市标准创新贡献奖组织奖",
    facts: sia("shanghai-organization"),
    who: org,
    amount: upTo(wan(5)),
    quote: "对获得“上海市标准创新贡献奖组织奖”的组织，给予最高5万元的一次性奖励",
  },
  {
    id: "js-6-2-person",
    clause: "第六条（二）",
    title: T6,
    label: "上海市标准创新贡献奖（个人）",
    facts: sia("shanghai-person"),
    who: person,
    amount: fixed(wan(1)),
    quote: "对获得“上海市标准创新贡献奖”的个人，给予1万元的一次性奖励",
  },

  // 第七条（重点产品质量攻关）
  {
    id: "js-7-1-landmark",
    clause: "第七条（一）",
    title: T7,
    label: "上海市产业质量提升标志性项目成果",
    facts: [{ type: "quality-breakthrough", where: { result: "landmark-project" } }],
    who: org,
    amount: upTo(wan(15)),
    quote: "对获得“上海市产业质量提升标志性项目成果”的组织，给予最高15万元的一次性奖励",
  },
  {
    id: "js-7-2-common",
    clause: "第七条（二）",
    title: T7,
    label: "上海市共性质量技术攻关项目成果",
    facts: [{ type: "quality-breakthrough", where: { result: "common-technology" } }],
    who: org,
    amount: upTo(wan(15)),
    quote: "对获得“上海市共性质量技术攻关项目成果”的组织，给予最高15万元的一次性奖励",
  },
  ...(
    [
      ["first", "一等奖", 15],
      ["second", "二等奖", 10],
      ["third", "三等奖", 5],
    ] as const
  ).map(
    ([grade, name, w]): Item => ({
      id: `js-7-3-${grade}`,
      clause: "第七条（三）",
      title: T7,
      label: `上海市重点产品质量攻关成果奖${name}`,
      facts: [{ type: "quality-breakthrough", where: { result: "key-product-award", grade } }],
      who: org,
      amount: upTo(wan(w)),
      quote: "对获得“上海市重点产品质量攻关成果奖”一、二、三等奖的组织，分别给予最高15万元、10万元、5万元的一次性奖励",
    }),
  ),

  {
    id: "js-8-reliability",
    clause: "第八条",
    title: "产品质量可靠性创新",
    label: "市级产品质量可靠性创新“最佳实践”",
    facts: [{ type: "reliability-best-practice" }],
    who: org,
    amount: upTo(wan(10)),
    quote: "对获得市级产品质量可靠性创新“最佳实践”的组织，给予最高10万元的一次性奖励",
  },
  {
    id: "js-9-leader-national",
    clause: "第九条",
    title: "标准领跑者",
    label: "国家级“标准领跑者”",
    facts: [{ type: "standard-leader", where: { level: "national" } }],
    who: org,
    amount: upTo(wan(3)),
    unit: "项",
    quote: "对获评国家级、市级“标准领跑者”的组织，分别给予最高3万元、1万元的一次性奖励",
    reading: "“标准领跑者”按获评的企业标准（产品）逐项评定，同一组织多项获评按项数计；同一年度国家级与市级同时获评只按最高一项计（第二十三条）。",
  },
  {
    id: "js-9-leader-municipal",
    clause: "第九条",
    title: "标准领跑者",
    label: "市级“标准领跑者”",
    facts: [{ type: "standard-leader", where: { level: "provincial" } }],
    who: org,
    amount: upTo(wan(1)),
    unit: "项",
    quote: "对获评国家级、市级“标准领跑者”的组织，分别给予最高3万元、1万元的一次性奖励",
  },
  {
    id: "js-10-zone-national",
    clause: "第十条",
    title: "质量品牌提升示范区",
    label: "国家级质量品牌提升示范区",
    facts: [{ type: "quality-brand-zone", where: { level: "national" } }],
    who: org,
    amount: upTo(wan(100)),
    quote: "对成功创建国家级、市级质量品牌提升示范区的组织，给予最高100万、50万元的一次性奖励",
  },
  {
    id: "js-10-zone-municipal",
    clause: "第十条",
    title: "质量品牌提升示范区",
    label: "市级质量品牌提升示范区",
    facts: [{ type: "quality-brand-zone", where: { level: "provincial" } }],
    who: org,
    amount: upTo(wan(50)),
    quote: "对成功创建国家级、市级质量品牌提升示范区的组织，给予最高100万、50万元的一次性奖励",
  },
  {
    id: "js-11-brand-first",
    clause: "第十一条",
    title: "上海品牌",
    label: "首次通过“上海品牌”认证",
    facts: [{ type: "certification", where: { scheme: "shanghai-brand", stage: "first" } }],
    who: org,
    amount: fixed(wan(30)),
    quote: "对首次通过“上海品牌”认证的组织，给予30万元的一次性奖励",
  },
  {
    id: "js-11-brand-recert",
    clause: "第十一条",
    title: "上海品牌",
    label: "“上海品牌”再认证",
    facts: [{ type: "certification", where: { scheme: "shanghai-brand", stage: "recertification" } }],
    who: org,
    amount: fixed(wan(2)),
    unit: "次",
    quote: "再认证的，每次奖励2万元",
  },
  {
    id: "js-12-shanghai-standard",
    clause: "第十二条",
    title: "上海标准",
    label: "获评“上海标准”",
    facts: [{ type: "shanghai-standard" }],
    who: org,
    amount: fixed(wan(30)),
    unit: "项",
    quote: "对获评“上海标准”的标准项目组织，给予30万元的一次性奖励",
    reading: "“对获评‘上海标准’的标准项目组织”按每个获评的标准项目计一次；同一组织多项获评则分别计算。",
  },

  // 第十三条（标准化技术组织）
  ...(
    [
      ["第十三条（一）", "international", "TC", "国际专业标准化技术委员会（TC）秘书处", 100, "对新承担国际专业标准化技术委员会（TC）秘书处、分技术委员会(SC)秘书处和工作组（WG）的组织分别给予最高100万元、50万元、30万元的一次性奖励"],
      ["第十三条（一）", "international", "SC", "国际分技术委员会（SC）秘书处", 50, "对新承担国际专业标准化技术委员会（TC）秘书处、分技术委员会(SC)秘书处和工作组（WG）的组织分别给予最高100万元、50万元、30万元的一次性奖励"],
      ["第十三条（一）", "international", "WG", "国际工作组（WG）", 30, "对新承担国际专业标准化技术委员会（TC）秘书处、分技术委员会(SC)秘书处和工作组（WG）的组织分别给予最高100万元、50万元、30万元的一次性奖励"],
      ["第十三条（二）", "national", "TC", "全国专业标准化技术委员会（TC）秘书处", 50, "对新承担全国专业标准化技术委员会（TC）秘书处、分技术委员会(SC)秘书处和工作组（WG）的组织分别给予最高50万元、30万元、20万元的一次性奖励"],
      ["第十三条（二）", "national", "SC", "全国分技术委员会（SC）秘书处", 30, "对新承担全国专业标准化技术委员会（TC）秘书处、分技术委员会(SC)秘书处和工作组（WG）的组织分别给予最高50万元、30万元、20万元的一次性奖励"],
      ["第十三条（二）", "national", "WG", "全国工作组（WG）", 20, "对新承担全国专业标准化技术委员会（TC）秘书处、分技术委员会(SC)秘书处和工作组（WG）的组织分别给予最高50万元、30万元、20万元的一次性奖励"],
      ["第十三条（三）", "provincial", "TC", "上海市标准化技术委员会（TC）秘书处", 15, "对新承担上海市标准化技术委员会（TC）秘书处和分技术委员会(SC)秘书处的组织分别给予最高15万元、10万元的一次性奖励"],
      ["第十三条（三）", "provincial", "SC", "上海市分技术委员会（SC）秘书处", 10, "对新承担上海市标准化技术委员会（TC）秘书处和分技术委员会(SC)秘书处的组织分别给予最高15万元、10万元的一次性奖励"],
    ] as const
  ).map(
    ([clause, level, body, label, w, quote]): Item => ({
      id: `js-13-${level}-${body.toLowerCase()}`,
      clause,
      title: T13,
      label: `新承担${label}`,
      facts: [{ type: "standards-body", where: { level, body } }],
      who: org,
      amount: upTo(wan(w)),
      conditions: [{ ...NEW_BODY, clause, quote }],
      quote,
    }),
  ),
  {
    id: "js-13-4-new-type",
    clause: "第十三条（四）",
    title: T13,
    label: "新承担新型标准化技术组织或国家标准验证点工作",
    facts: [{ type: "standards-platform", where: { platform: ["new-type-body", "national-verification-point"] } }],
    who: org,
    amount: upTo(wan(20)),
    conditions: [{ ...NEW_BODY, requirement: "须为新承担的新型标准化技术组织或国家标准验证点工作", clause: "第十三条（四）", quote: "对新承担新型标准化技术组织或国家标准验证点工作的组织" }],
    quote: "对新承担新型标准化技术组织或国家标准验证点工作的组织，给予最高20万元的一次性的奖励",
  },

  // 第十四条（标准制修订）
  standard("js-14-1-intl-lead", "第十四条（一）", "主导制订国际标准", "international", "lead", wan(100), "对主导制订国际标准的组织，给予最高100万元一次性奖励"),
  standard("js-14-1-intl-participant", "第十四条（一）", "参与制订国际标准", "international", "participant", wan(15), "对参与制订国际标准的组织，给予最高15万元的一次性奖励"),
  standard("js-14-1-other-intl-lead", "第十四条（一）", "主导制订其他重要国际性专业标准组织发布的标准", "international-other", "lead", wan(50), "对主导制订其他重要国际性专业标准组织发布的标准的组织，给予最高50万元的一次性奖励"),
  {
    ...standard("js-14-1-foreign-participant", "第十四条（一）", "参与制订国外先进标准", "foreign-advanced", ["lead", "participant"], wan(7), "对参与制订国外先进标准的，给予最高7万元的一次性奖励"),
    reading: "细则对国外先进标准只写了“参与制订”；主导制订者也参与了制订，按本项最高 7 万元计，而不是不予支持。",
  },
  standard("js-14-2-national-lead", "第十四条（二）", "主导制订国家标准", "national", "lead", wan(30), "对主导制订国家标准的组织，给予最高30万元一次性奖励"),
  standard("js-14-2-national-participant", "第十四条（二）", "参与制订国家标准", "national", "participant", wan(3), "对参与制订国家标准的组织，给予最高3万元的一次性奖励"),
  standard("js-14-3-industry-lead", "第十四条（三）", "主导制订行业标准", "industry", "lead", wan(10), "对主导制订国务院有关行政主管部门批准发布、报国务院标准化行政主管部门备案的行业标准的组织，给予最高10万元的一次性奖励"),
  standard("js-14-3-industry-participant", "第十四条（三）", "参与制订行业标准", "industry", "participant", wan(2), "对参与制订行业标准的组织，给予最高2万元的一次性奖励"),
  standard("js-14-4-local-lead", "第十四条（四）", "主导制订上海市地方标准", "local-provincial", "lead", wan(6), "对主导制订上海市标准化行政主管部门批准和发布的标准，给予最高6万元的一次性奖励"),
  standard("js-14-4-local-participant", "第十四条（四）", "参与制订上海市地方标准", "local-provincial", "participant", wan(2), "对参与制订上海市地方标准的，给予最高2万元的一次性奖励"),
  {
    ...standard(
      "js-14-5-group-declared",
      "第十四条（五）",
      "发布自我声明公开的团体标准（区内社团组织）",
      "group",
      ["lead", "participant"],
      wan(2),
      "对发布上海市标准信息公共服务平台自我声明公开的团体标准的区内社团组织，给予最高2万元的一次性奖励",
    ),
    facts: [{ type: "standard-project", where: { scope: "group", selfDeclared: true } }],
    who: orgOf(["social-organization", "industry-association"], "第十四条（五）", "区内社团组织"),
  },

  {
    id: "js-15-pilot-national",
    clause: "第十五条",
    title: "标准化示范试点",
    label: "国家级标准化示范试点项目（通过验收）",
    facts: [{ type: "standardization-pilot", where: { level: "national" } }],
    who: org,
    amount: upTo(wan(20)),
    quote: "承担国家级、市级标准化示范试点项目的组织，分别给予最高20万、10万元的一次性奖励",
  },
  {
    id: "js-15-pilot-municipal",
    clause: "第十五条",
    title: "标准化示范试点",
    label: "市级标准化示范试点项目（通过验收）",
    facts: [{ type: "standardization-pilot", where: { level: "provincial" } }],
    who: org,
    amount: upTo(wan(10)),
    quote: "承担国家级、市级标准化示范试点项目的组织，分别给予最高20万、10万元的一次性奖励",
  },
  ...(
    [
      ["preparation", "national-metrology-center", "获批筹建国家级产业计量测试中心", 50, "对获批筹建国家级、市级产业计量测试中心的组织，分别给予最高50万元、30万元的一次性补贴"],
      ["preparation", "provincial-metrology-center", "获批筹建市级产业计量测试中心", 30, "对获批筹建国家级、市级产业计量测试中心的组织，分别给予最高50万元、30万元的一次性补贴"],
      ["established", "national-metrology-center", "完成筹建并正式获批建立国家级产业计量测试中心", 50, "对取得筹建资格后能够按照工作计划完成筹建任务并正式获批建立产业计量测试中心的组织，分别给予最高50万元、30万元的一次性补贴"],
      ["established", "provincial-metrology-center", "完成筹建并正式获批建立市级产业计量测试中心", 30, "对取得筹建资格后能够按照工作计划完成筹建任务并正式获批建立产业计量测试中心的组织，分别给予最高50万元、30万元的一次性补贴"],
    ] as const
  ).map(
    ([stage, institution, label, w, quote]): Item => ({
      id: `js-16-${stage}-${institution.split("-")[0]}`,
      clause: "第十六条",
      title: "计量测试中心",
      label,
      facts: [{ type: "testing-institution", where: { institution, stage } }],
      who: org,
      amount: upTo(wan(w)),
      quote,
    }),
  ),
  {
    id: "js-17-one-stop-national",
    clause: "第十七条",
    title: "质量基础设施“一站式”服务试点",
    label: "国家级质量基础设施“一站式”服务试点",
    facts: [{ type: "one-stop-pilot", where: { level: "national" } }],
    who: org,
    amount: upTo(wan(30)),
    quote: "对入选国家级、市级质量基础设施“一站式”服务试点或取得命名的实施组织，分别给予最高30万、15万元的一次性补贴",
  },
  {
    id: "js-17-one-stop-municipal",
    clause: "第十七条",
    title: "质量基础设施“一站式”服务试点",
    label: "市级质量基础设施“一站式”服务试点",
    facts: [{ type: "one-stop-pilot", where: { level: "provincial" } }],
    who: org,
    amount: upTo(wan(15)),
    quote: "对入选国家级、市级质量基础设施“一站式”服务试点或取得命名的实施组织，分别给予最高30万、15万元的一次性补贴",
  },
  ...(
    [
      ["js-18-inspection-national", "national-inspection-center", "首次获得国家质检中心", 15],
      ["js-18-inspection-shanghai", "shanghai-inspection-center", "首次获得上海市质检中心", 10],
      ["js-19-cma", "cma", "首次取得检验检测机构资质认定证书（CMA）", 5],
      ["js-20-cnas", "cnas", "首次通过 CNAS 认可", 5],
    ] as const
  ).map(([id, institution, label, w]): Item => {
    const clause = id.startsWith("js-18") ? "第十八条" : id === "js-19-cma" ? "第十九条" : "第二十条";
    const quote =
      clause === "第十八条"
        ? "对首次获得国家质检中心、上海市质检中心的组织，分别给予最高15万元、10万元的一次性补贴"
        : clause === "第十九条"
          ? "对首次取得检验检测机构资质认定证书（CMA）的组织，给予最高5万元的一次性补贴"
          : "对首次通过中国合格评定国家认可委员会（CNAS）认可的组织，给予最高5万元的一次性补贴";
    return {
      id,
      clause,
      title: clause === "第十八条" ? "质检中心" : clause === "第十九条" ? "计量认证" : "CNAS 认可",
      label,
      facts: [{ type: "testing-institution", where: { institution } }],
      who: org,
      amount: upTo(wan(w)),
      conditions: [{ clause, quote, input: "first", op: "eq", value: true, requirement: "须为首次取得" }],
      quote,
    };
  }),
  {
    id: "js-21-certification",
    clause: "第二十一条",
    title: "产品、体系认证",
    label: "首次获得节能、低碳、绿色产品认证或测量、能源管理体系认证",
    facts: [
      {
        type: "certification",
        where: {
          scheme: ["energy-saving-product", "low-carbon-product", "green-product", "measurement-management-system", "energy-management-system"],
          stage: "first",
        },
      },
    ],
    who: org,
    amount: upTo(wan(3)),
    unit: "个",
    quote: "对首次获得节能产品认证、低碳产品认证、绿色产品认证、测量管理体系认证或能源管理体系认证的组织，分别给予最高3万元的一次性补贴",
    reading: "“分别给予”读作每类认证各自最高 3 万元；同类认证多张证书按张数计。",
  },
  {
    id: "js-22-chief-officer",
    clause: "第二十二条",
    title: "首席质量官和标准化总监",
    label: "聘请经培训合格的员工担任首席质量官、标准化总监",
    facts: [{ type: "qualified-person", where: { role: ["chief-quality-officer", "standardization-director"] } }],
    who: org,
    amount: upTo(wan(1)),
    once: true,
    conditions: [
      {
        clause: "第二十二条",
        quote: "其中参加政府部门等组织的公益培训而获得培训合格证书的除外",
        input: "freePublicTraining",
        op: "eq",
        value: false,
        requirement: "参加政府部门等组织的公益培训而获得的培训合格证书不予资助",
      },
      {
        clause: "第二十二条",
        quote: "对聘请经培训合格的员工担任企业首席质量官、标准化总监的组织",
        input: "appointed",
        op: "eq",
        value: true,
        requirement: "须已聘请该员工担任首席质量官或标准化总监",
      },
    ],
    quote: "对聘请经培训合格的员工担任企业首席质量官、标准化总监的组织，给予最高1万元资助",
    reading: "资助对象是“组织”，按每个组织一次计，不按聘请人数倍乘。",
  },
];

const byPrefix = (prefix: string) => items.filter((i) => i.id.startsWith(prefix)).map((i) => i.id);
const SAME_HONOUR = "组织在同一年度获得同一项目不同级别的荣誉，按照“就高不就低”的原则给予一次性奖励";
const HIGHEST_READING =
  "“同一项目不同级别的荣誉”读作：同一条款内国家级与市级（或中国与上海）两个级别的同类荣誉，同一年度只按最高一项计；标准化技术组织、标准制修订不是荣誉，不在此列。";

export const jinshan = definePolicy({
  id: "jinshan",
  name: "金山区关于质量发展专项政策的实施细则",
  shortName: "金山区",
  region: "上海市金山区",
  issuer: "上海市金山区市场监督管理局",
  docNumber: "金市监质〔2025〕10号",
  published: "2025-04-01",
  sourceFile: "002_1ae3d8cab03b9f19.txt",
  effective: {
    clause: "第二十七条",
    quote: "本实施细则自2025年4月1日起实施，有效期至2030年12月31日",
    from: "2025-04-01",
    to: "2030-12-31",
    earlier: {
      clause: "第二十七条",
      quote: "金山区市场监督管理局2024年1月12日印发的《金山区关于质量发展专项政策的实施细则》（金市监质〔2024〕4号）自本细则印发之日起废止",
      document: "金市监质〔2024〕4号",
      reading:
        "第二十七条只写本细则自 2025 年 4 月 1 日起实施、2024 年的细则自本细则印发之日（2025 年 4 月 1 日）起废止，没有规定追溯适用；读作此前的事项属已废止的 2024 年细则，不按本细则计算。",
      text: "2025 年 4 月 1 日前的事项适用金山区市场监督管理局 2024 年 1 月 12 日印发的《金山区关于质量发展专项政策的实施细则》（金市监质〔2024〕4号），该细则已自本细则印发之日起废止；本细则没有规定追溯适用，本工具不按本细则计算，请向区市场监管局咨询。",
    },
  },
  applicants: {
    clause: "第三条",
    quote: "本实施细则扶持对象为在金山区依法设立、经营状态正常、信用记录良好、三年内未发生严重违法行为的各类组织及信用记录良好的个人",
    kinds: ["organization", "individual"],
  },
  exclusions: [
    {
      id: "full-budget",
      clause: "第三条",
      quote: "由各级财政预算全额拨款的单位不适用本办法",
      when: { kind: ["organization"], fundedBy: ["full-budget"] },
      reason: "由各级财政预算全额拨款的单位不适用本细则",
    },
    {
      id: "credit",
      clause: "第三条",
      quote: "信用记录良好的个人",
      when: { creditGood: [false] },
      reason: "扶持对象须信用记录良好",
    },
    {
      id: "serious-violation",
      clause: "第三条",
      quote: "三年内未发生严重违法行为的各类组织",
      when: { kind: ["organization"], seriousViolation: [true] },
      reason: "组织须三年内未发生严重违法行为",
    },
  ],
  items,
  limits: [
    {
      id: "js-23-revision-half",
      kind: "revisionShare",
      clause: "第十四条",
      label: "修订标准按制定上限的 50% 支持",
      quote: "修订上述标准的，支持额度不高于制定上述标准支持额度上限的50%",
      items: byPrefix("js-14-"),
      percent: 50,
      when: { input: "action", value: "revise" },
    },
    ...(
      [
        ["js-23-highest-quality-award", "政府质量奖同一年度就高", ["js-5-1-china-org", "js-5-1-nomination-org", "js-5-2-mayor-org", "js-5-2-gold-org"]],
        ["js-23-highest-standard-project-award", "标准创新贡献奖标准项目奖同一年度就高", byPrefix("js-6-1-project-").concat(byPrefix("js-6-2-project-"))],
        ["js-23-highest-standard-org-award", "标准创新贡献奖组织奖同一年度就高", ["js-6-1-org-award", "js-6-2-org-award"]],
        ["js-23-highest-leader", "标准领跑者同一年度就高", byPrefix("js-9-")],
        ["js-23-highest-zone", "质量品牌提升示范区同一年度就高", byPrefix("js-10-")],
        ["js-23-highest-pilot", "标准化示范试点同一年度就高", byPrefix("js-15-")],
        ["js-23-highest-one-stop", "“一站式”服务试点同一年度就高", byPrefix("js-17-")],
        ["js-23-highest-inspection", "质检中心同一年度就高", byPrefix("js-18-")],
      ] as const
    ).map(([id, label, group]) => ({
      id,
      kind: "highestOnly" as const,
      clause: "第二十三条（二）",
      label,
      quote: SAME_HONOUR,
      reading: HIGHEST_READING,
      items: [...group],
      per: "year" as const,
      kinds: ["organization" as const],
    })),
    {
      id: "js-23-five-standards",
      kind: "maxCount",
      clause: "第二十三条（二）",
      label: "同一组织一年中标准制（修）订项目奖励不超过 5 个",
      quote: "同一组织一年中有多个标准制（修）订项目符合奖励条件的，奖励项目不超过5个",
      items: byPrefix("js-14-"),
      max: 5,
      per: "year",
    },
    {
      id: "js-23-yearly-cap",
      kind: "policyCap",
      clause: "第二十三条（二）",
      label: "每家组织年度享受质量发展专项资金最高不超过 100 万元",
      quote: "每家组织年度享受质量发展专项资金支持最高不超过100万元",
      cap: wan(100),
      per: "year",
      kinds: ["organization"],
    },
  ],
  notes: [
    {
      id: "contribution",
      clause: "第二十三条（一）",
      quote: "组织享受专项资金政策金额应考虑其对地方的综合经济社会贡献",
      text: "实际金额还会考虑组织对地方的综合经济社会贡献，重大贡献项目优先支持",
    },
    {
      id: "no-double",
      clause: "第二十三条（三）",
      quote: "在享受本办法相关政策期间，如同时可享受本区其他同类政策，按照“就高不重复”的原则执行",
      text: "如同时可享受本区其他同类政策，按“就高不重复”执行",
    },
    {
      id: "series",
      clause: "第十四条",
      quote: "同一单位参与的系列标准或分部分标准，视情况合并为一个项目进行申报",
      text: "系列标准或分部分标准可能被合并为一个项目申报",
    },
    {
      id: "registered",
      clause: "第三条",
      quote: "在金山区依法设立、经营状态正常",
      text: "申请单位须在金山区依法设立、经营状态正常（本工具假定已满足）",
    },
  ],
  guidance: [
    { id: "materials-1", clause: "第二十四条", label: "申报材料", text: "组织或个人身份证明材料" },
    { id: "materials-2", clause: "第二十四条", label: "申报材料", text: "组织或个人所获荣誉或取得项目的证明文件" },
    { id: "materials-3", clause: "第二十四条", label: "申报材料", text: "组织或个人最新信用信息报告（具体各项目材料要求以申报通知为准）" },
    { id: "use", clause: "第二十五条", label: "资金用途", text: "专项资金应用于后续质量改进、标准创新、品牌建设、检验检测项目投入、人员专业培训等，不得挪作他用" },
  ],
});
