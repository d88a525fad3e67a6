/**
 * The fact vocabulary: everything an applicant can state, named once and independent of any policy.
 * Policies say which facts (and which input values) trigger their items, so one questionnaire
 * serves every district and the same profile can be compared across them.
 *
 * Adding an option here is how a new policy gains a fact it needs; never fork a fact per policy.
 */
import type { FactInput, FactType, InputOption } from "../src/engine/types";

const opts = (pairs: Record<string, string>): InputOption[] =>
  Object.entries(pairs).map(([value, label]) => ({ value, label }));

const choice = (name: string, label: string, pairs: Record<string, string>, hint?: string): FactInput => ({
  name,
  kind: "enum",
  label,
  options: opts(pairs),
  required: true,
  ...(hint ? { hint } : {}),
});

const flag = (name: string, label: string, hint?: string): FactInput => ({
  name,
  kind: "boolean",
  label,
  ...(hint ? { hint } : {}),
});

/** 10 亿元: no subsidy base in these policies comes near it; larger figures are typing errors. */
export const MAX_PLAUSIBLE_YUAN = 1_000_000_000;
/** No applicant holds more than this many of anything the policies count. */
export const MAX_PLAUSIBLE_COUNT = 100_000;

const LEVELS_NP = { national: "国家级", provincial: "省级（含上海市级）" };

export const factTypes: FactType[] = [
  // ------------------------------------------------------------ 质量奖项
  {
    type: "quality-award",
    label: "政府质量奖",
    group: "quality-awards",
    hint: "获奖日期填表彰决定的日期。配套奖励按上级奖励金额计算时，请填写所获奖金。",
    amount: { label: "所获上级（市级）奖励金额" },
    inputs: [
      choice("award", "奖项", {
        "china-quality-award": "中国质量奖",
        "china-quality-award-nomination": "中国质量奖提名奖",
        "shanghai-mayor-quality-award": "上海市市长质量奖",
        "shanghai-quality-gold-award": "上海市质量金奖",
        "guangdong-government-quality-award": "广东省政府质量奖",
        "guangdong-government-quality-award-nomination": "广东省政府质量奖提名奖",
        "shenzhen-mayor-quality-award": "深圳市市长质量奖",
        "shandong-governor-quality-award": "山东省省长质量奖",
        "shandong-governor-quality-award-nomination": "山东省省长质量奖提名奖",
        "linyi-mayor-quality-award": "临沂市市长质量奖",
        "district-quality-award": "区级质量奖（区长质量奖、区质量金奖等）",
      }),
    ],
  },
  {
    type: "quality-breakthrough",
    label: "质量攻关成果",
    group: "quality-awards",
    inputs: [
      choice("result", "成果类别", {
        "key-product-award": "上海市重点产品质量攻关成果奖",
        "landmark-project": "上海市产业质量提升标志性项目成果",
        "common-technology": "上海市共性质量技术攻关项目成果",
      }),
      choice("grade", "等级（仅攻关成果奖）", { first: "一等奖", second: "二等奖", third: "三等奖", none: "不分等级" }),
    ],
  },
  {
    type: "reliability-best-practice",
    label: "产品质量可靠性创新“最佳实践”（市级）",
    group: "quality-awards",
    inputs: [],
  },
  {
    type: "excellence-performance",
    label: "卓越绩效管理成熟度评审",
    group: "quality-awards",
    inputs: [{ name: "maturity", kind: "percent", label: "评审成熟度", unit: "%", max: 100, required: true }],
  },
  {
    type: "quality-activity",
    label: "承办重大质量活动（经备案批准）",
    group: "quality-awards",
    amount: { label: "实际支出成本" },
    inputs: [],
  },
  {
    type: "quality-education-base",
    label: "市级质量教育基地",
    group: "quality-awards",
    inputs: [],
  },
  {
    type: "quality-brand-zone",
    label: "质量品牌提升示范区",
    group: "brand-certification",
    inputs: [choice("level", "级别", { national: "全国", provincial: "省级（上海市）" })],
  },

  // ------------------------------------------------------------ 品牌与认证
  {
    type: "certification",
    label: "品牌与认证证书",
    group: "brand-certification",
    count: { meaning: "multiplicity", label: "证书数量", unit: "个" },
    amount: { label: "首个认证周期实际发生费用" },
    inputs: [
      choice("scheme", "认证类别", {
        "shanghai-brand": "“上海品牌”认证",
        "green-product": "绿色产品认证",
        "green-service": "绿色服务认证",
        "energy-saving-product": "节能产品认证",
        "low-carbon-product": "低碳产品认证",
        "voluntary-product": "其他自愿性产品认证（有机产品等）",
        "management-system": "管理体系认证（ISO9000、14000、18000、22000、HACCP 等）",
        "measurement-management-system": "测量管理体系认证",
        "energy-management-system": "能源管理体系认证",
        "ip-management-system": "《企业知识产权管理规范》认证（GB/T 29490 贯标）",
        "taishan-quality": "“泰山品质”认证",
        "shenzhen-standard": "深圳标准认证",
        "good-product-shandong": "“好品山东”称号",
      }),
      choice("stage", "取得方式", { first: "首次获得", extension: "扩项", recertification: "再认证 / 复评" }),
    ],
  },
  {
    type: "shanghai-standard",
    label: "“上海标准”标识",
    group: "standards",
    count: { meaning: "multiplicity", label: "标准项目数", unit: "项" },
    inputs: [],
  },
  {
    type: "integrity-metrology-district",
    label: "上海市诚信计量示范商圈",
    group: "testing-metrology",
    inputs: [choice("stage", "评定", { first: "首次通过", recertification: "复评通过" })],
  },

  // ------------------------------------------------------------ 标准化
  {
    type: "standard-innovation-award",
    label: "标准创新贡献奖 / 标准奖",
    group: "standards",
    amount: { label: "所获市级奖励金额" },
    inputs: [
      choice("award", "奖项", {
        "china-project": "中国标准创新贡献奖 标准项目奖",
        "china-organization": "中国标准创新贡献奖 组织奖",
        "china-person": "中国标准创新贡献奖（个人）",
        "shanghai-project": "上海标准创新贡献奖 标准项目奖",
        "shanghai-organization": "上海标准创新贡献奖 组织奖",
        "shanghai-person": "上海标准创新贡献奖（个人）",
        "shenzhen-science-standard": "深圳市科学技术奖 标准奖",
      }),
      choice("grade", "等级（标准项目奖）", { first: "一等奖", second: "二等奖", third: "三等奖", none: "不分等级" }),
    ],
  },
  {
    type: "standard-project",
    label: "标准制定 / 修订项目",
    group: "standards",
    hint: "每个已发布的标准填一行；同类项目可填数量。",
    count: { meaning: "multiplicity", label: "项目数", unit: "项" },
    inputs: [
      choice("scope", "标准类别", {
        international: "国际标准（ISO、IEC、ITU）",
        "international-other": "其他重要国际性专业标准组织的标准",
        "foreign-advanced": "国外先进标准",
        national: "国家标准",
        industry: "行业标准",
        "local-provincial": "省级地方标准（上海市、广东省、山东省）",
        "local-city": "市级地方标准（深圳市、临沂市）",
        group: "团体标准",
        enterprise: "企业标准",
      }),
      choice("action", "制定或修订", { formulate: "制定", revise: "修订" }),
      choice("role", "本单位角色", { lead: "牵头 / 主导 / 第一起草单位", participant: "参与（非牵头、非第一起草单位）" }),
      flag("mandatory", "强制性国家标准"),
      flag("adoptsInternational", "等同、修改采用国际标准或国外先进标准"),
      flag("governmentAdopted", "团体标准被相关政府部门采信使用"),
      flag("selfDeclared", "团体标准已在上海市标准信息公共服务平台自我声明公开"),
      flag("exceedsHigherStandards", "在节能、环保、质量安全等方面高于国家、行业、地方标准并具示范效应"),
    ],
  },
  {
    type: "standards-body",
    label: "承担标准化技术组织",
    group: "standards",
    inputs: [
      choice("level", "级别", {
        international: "国际标准化组织",
        national: "全国专业标准化技术委员会",
        provincial: "省级（上海市、山东省）标准化技术委员会",
      }),
      choice("body", "机构", { TC: "技术委员会（TC）秘书处", SC: "分技术委员会（SC）秘书处", WG: "工作组（WG）" }),
      flag("isNew", "新承担"),
    ],
  },
  {
    type: "standards-platform",
    label: "标准创新基地与平台",
    group: "standards",
    inputs: [
      choice("platform", "平台", {
        "national-innovation-base": "国家技术标准创新基地",
        "national-innovation-base-regional": "区域型国家技术标准创新基地",
        "national-innovation-base-domain": "领域型国家技术标准创新基地",
        "national-promotion-platform": "国家级标准化推广应用平台（示范推广平台）",
        "provincial-innovation-platform": "省级标准创新平台",
        "shanghai-innovation-base": "上海市技术标准创新基地",
        "shanghai-innovation-center": "上海市标准化创新中心",
        "shenzhen-innovation-base": "深圳标准创新基地",
        "shenzhen-sync-pilot": "深圳市研发与标准化同步试点企业",
        "new-type-body": "新型标准化技术组织",
        "national-verification-point": "国家标准验证点",
      }),
      flag("isNew", "新承担 / 新获批"),
    ],
  },
  {
    type: "standardization-pilot",
    label: "标准化示范试点项目",
    group: "standards",
    inputs: [
      choice("level", "级别", LEVELS_NP),
      choice("result", "验收结果", { excellent: "优秀", pass: "合格" }),
    ],
  },
  {
    type: "standard-leader",
    label: "企业标准“领跑者”",
    group: "standards",
    count: { meaning: "multiplicity", label: "项目数", unit: "项" },
    inputs: [
      choice("level", "级别", { national: "国家级", provincial: "省级 / 上海市级", city: "市级（设区的市）" }),
    ],
  },
  {
    type: "standardization-good-behavior",
    label: "标准化良好行为企业证书",
    group: "standards",
    inputs: [choice("grade", "等级", { "5A": "5A 级", "4A": "4A 级" })],
  },
  {
    type: "standards-expert",
    label: "新注册国际、国家标准化专家人才",
    group: "standards",
    count: { meaning: "multiplicity", label: "人数", unit: "人" },
    inputs: [],
  },
  {
    type: "shenzhen-funding",
    label: "已获深圳市级资助（配套资助的基数）",
    group: "standards",
    amount: { label: "获得的市级资助金额" },
    inputs: [
      choice("programme", "市级资助项目", {
        "standards-body-work": "承担国际国内专业标准化技术委员会机构工作",
        "standards-event": "承办国际标准化组织年会、学术研讨会及国内重大标准活动",
        "trade-measures-research": "国外技术性贸易措施研究",
        "international-standard": "国际标准制定修订",
        "belt-and-road-standard": "“一带一路”区域标准制定修订",
        "group-standard": "团体标准项目",
        "leader-assessor": "企业标准“领跑者”评估机构",
        "verification-point": "国家级标准验证检验检测点",
        "high-value-patent": "高价值、高质量专利培育项目",
      }),
    ],
  },

  // ------------------------------------------------------------ 检验检测与计量
  {
    type: "testing-institution",
    label: "检验检测、计量机构资格",
    group: "testing-metrology",
    inputs: [
      choice("institution", "机构或资格", {
        "national-key-lab": "国家市场监管重点实验室",
        "national-inspection-center": "国家产品质检中心",
        "national-quality-standard-lab": "国家质量标准实验室",
        "first-major-equipment": "通过中国首台（套）重大技术装备检定",
        "shanghai-inspection-center": "上海市产品质量检验检测中心（市质检中心）",
        "national-metrology-center": "国家产业计量测试中心",
        "provincial-metrology-center": "市级（省级）产业计量测试中心",
        cnas: "CNAS 认可",
        cma: "检验检测机构资质认定（CMA）",
      }),
      choice("stage", "阶段", { established: "获批 / 取得", preparation: "获批筹建" }),
      flag("first", "首次取得"),
    ],
  },
  {
    type: "one-stop-pilot",
    label: "质量基础设施“一站式”服务试点",
    group: "testing-metrology",
    inputs: [choice("level", "级别", LEVELS_NP)],
  },
  {
    type: "public-testing-platform-zone",
    label: "国家级公共检验检测认证服务平台示范区",
    group: "testing-metrology",
    inputs: [],
  },

  // ------------------------------------------------------------ 知识产权
  {
    type: "patent-award",
    label: "专利奖",
    group: "intellectual-property",
    count: { meaning: "multiplicity", label: "获奖项目数", unit: "项" },
    inputs: [
      choice("award", "奖项", {
        "china-gold": "中国专利金奖",
        "china-silver": "中国专利银奖",
        "china-excellent": "中国专利优秀奖",
        "china-design-gold": "中国外观设计金奖",
        "china-design-silver": "中国外观设计银奖",
        "china-design-excellent": "中国外观设计优秀奖",
        "guangdong-gold": "广东专利金奖",
        "guangdong-silver": "广东专利银奖",
        "guangdong-excellent": "广东专利优秀奖",
        shenzhen: "深圳市专利奖",
        "shandong-special": "山东省专利特别奖",
        "shandong-first": "山东省专利一等奖",
        "linyi-major": "临沂市专利奖 重大专利奖",
        "linyi-first": "临沂市专利奖 一等奖",
        "linyi-second": "临沂市专利奖 二等奖",
        "linyi-third": "临沂市专利奖 三等奖",
      }),
    ],
  },
  {
    type: "ip-award",
    label: "其他知识产权奖项",
    group: "intellectual-property",
    count: { meaning: "multiplicity", label: "获奖项目数", unit: "项" },
    inputs: [
      choice("award", "奖项", {
        "shanghai-ip-innovation": "上海市知识产权创新奖",
        "china-copyright-gold": "中国版权金奖",
        "china-trademark-gold": "中国商标金奖",
        other: "其他国家级、市级知识产权类奖项",
      }),
    ],
  },
  {
    type: "ip-designation",
    label: "知识产权示范、优势与培育认定",
    group: "intellectual-property",
    inputs: [
      choice("designation", "认定", {
        "national-demonstration-enterprise": "国家知识产权示范企业",
        "national-advantage-enterprise": "国家知识产权优势企业",
        "guangdong-demonstration-enterprise": "广东省知识产权示范企业",
        "shenzhen-advantage-unit": "深圳市知识产权优势单位",
        "national-or-municipal-pilot": "国家、市认定的知识产权试点示范或优势单位",
        "high-value-patent-project": "国家、市认定的高价值专利升级培育、培育中心或优秀维权项目",
        "district-key-cultivation": "区认定的知识产权重点培育单位",
        "national-copyright-demonstration": "全国版权示范单位、示范园区（基地）",
        "guangdong-copyright-base": "广东省版权兴业示范基地",
        "shenzhen-copyright-base": "深圳市版权创新发展基地",
      }),
      flag("isNew", "当年新获认定"),
    ],
  },
  {
    type: "ip-center",
    label: "知识产权运营中心、开放许可试点、商业秘密保护试点",
    group: "intellectual-property",
    inputs: [
      choice("center", "类别", {
        "operation-center": "知识产权运营中心",
        "open-licensing-pilot": "专利开放许可（试点）",
        "trade-secret-pilot": "商业秘密保护试点",
        "protection-workstation": "知识产权保护工作站",
        "industry-alliance": "产业知识产权联盟",
      }),
      choice("level", "级别", { national: "国家级", provincial: "省级", city: "市级", district: "区级 / 经评审" }),
      flag("filed", "已向市知识产权主管部门备案"),
      flag("operatingOneYear", "在本区连续运营一年以上"),
    ],
    amount: { label: "上一年度实际运营成本" },
  },
  {
    type: "trademark-gi",
    label: "商标、地理标志",
    group: "intellectual-property",
    inputs: [
      choice("kind", "类别", {
        "well-known-trademark": "驰名商标（国家知识产权局认定）",
        "gi-trademark": "新注册地理标志证明商标、集体商标",
        "gi-special-mark": "新获国家地理标志专用标志使用权",
        "gi-zone-national": "国家级地理标志产品保护示范区",
        "gi-zone-provincial": "省级地理标志产品保护示范区",
        "ecommerce-platform": "知识产权保护规范化电商平台项目",
      }),
    ],
  },
  {
    type: "patent-grant",
    label: "当年授权的高价值发明专利",
    group: "intellectual-property",
    count: { meaning: "multiplicity", label: "件数", unit: "件" },
    inputs: [],
  },
  {
    type: "foreign-patent-grant",
    label: "国外授权发明专利",
    group: "intellectual-property",
    hint: "同一专利在几个国家授权，就按几件计。",
    count: { meaning: "multiplicity", label: "件·国家数", unit: "件·国" },
    inputs: [],
  },
  {
    type: "high-value-patent-stock",
    label: "年末拥有的高价值发明专利",
    group: "intellectual-property",
    count: { meaning: "measure", label: "件数", unit: "件" },
    // A stock at a year end (临沂市 知识产权保护奖励“上一年度末拥有…”) is claimed the year after.
    dating: { claimed: "next-year", label: "存量日期", hint: "填拥有量的统计日，即上一年度的 12 月 31 日；按次年申报计" },
    inputs: [],
  },
  {
    type: "patent-intensive-product",
    label: "被认定为专利密集型产品",
    group: "intellectual-property",
    count: { meaning: "multiplicity", label: "产品件数", unit: "件" },
    inputs: [],
  },
  {
    type: "ip-analysis-project",
    label: "专利导航、知识产权分析评议项目",
    group: "intellectual-property",
    count: { meaning: "multiplicity", label: "项目数", unit: "项" },
    amount: { label: "实际支出成本" },
    inputs: [
      choice("project", "项目类别", {
        "municipal-pilot": "上海市知识产权评议试点项目 / 上海市专利导航项目",
        "district-analysis": "区级知识产权分析评议项目",
        "district-navigation": "区级专利导航项目",
        "rd-navigation": "研发活动类专利导航",
        "industry-navigation": "产业规划类专利导航",
        "operation-navigation": "运营类专利导航",
      }),
    ],
  },
  {
    type: "patent-deal",
    label: "专利许可、转让与作价入股",
    group: "intellectual-property",
    amount: { label: "实际交易额（被许可方填上年度相关专利产品销售收入）" },
    inputs: [
      choice("role", "本方角色", {
        licensor: "许可人 / 让与人",
        licensee: "被许可人 / 受让人",
        intermediary: "中介服务机构",
      }),
      choice("deal", "交易方式", {
        licence: "许可",
        transfer: "转让",
        equity: "作价入股",
        startup: "携专利创办企业",
      }),
      flag("highValue", "高价值专利"),
      flag("registered", "已在国家知识产权局完成著录项目变更或取得许可合同备案证明"),
      flag("universityToSme", "高校、科研机构与中小企业之间"),
      flag("significantBenefit", "项目取得重大经济效益"),
      { name: "serviceIncome", kind: "yuan", label: "中介服务所得", unit: "元", max: MAX_PLAUSIBLE_YUAN },
    ],
  },
  {
    type: "ip-park",
    label: "知识产权园区与载体",
    group: "intellectual-property",
    inputs: [
      choice("kind", "类别", {
        "national-or-municipal": "国家、市认定的知识产权试点示范园区、商标品牌创新创业基地",
        "district-key-park": "区认定的知识产权重点园区",
        "annual-review-passed": "重点园区通过年度考核",
      }),
    ],
  },
  {
    type: "ip-event",
    label: "承办重大知识产权活动（经批准）",
    group: "intellectual-property",
    amount: { label: "实际支出成本" },
    inputs: [],
  },
  {
    type: "ip-service",
    label: "知识产权服务机构",
    group: "intellectual-property",
    count: { meaning: "multiplicity", label: "项目数", unit: "项" },
    inputs: [
      choice("kind", "类别", {
        "agency-china-gold": "代理辖区企业专利获中国专利金奖",
        "agency-china-silver": "代理辖区企业专利获中国专利银奖",
        "service-capability": "连续运营一年以上、经评审服务能力提升成效较好",
        "annual-review": "年度运行质量考核择优",
        "new-agency": "新设立的专利代理机构（有发明专利代理实际业务量）",
        "new-branch": "新设立的专利代理分支机构",
      }),
    ],
  },
  {
    type: "high-value-patent-competition",
    label: "粤港澳大湾区高价值专利培育布局大赛获奖",
    group: "intellectual-property",
    amount: { label: "大赛奖项奖金" },
    inputs: [choice("prize", "奖项", { gold: "金奖", silver: "银奖", excellent: "优秀奖" })],
  },

  // ------------------------------------------------------------ 金融与保险
  {
    type: "ip-pledge-loan",
    label: "知识产权质押融资贷款",
    group: "finance-insurance",
    amount: { label: "实际支出的贷款利息" },
    inputs: [flag("repaidLastYear", "已在上一年还清贷款本息")],
  },
  {
    type: "ip-insurance",
    label: "知识产权保险",
    group: "finance-insurance",
    amount: { label: "实际支付的年度保费" },
    inputs: [
      choice("insurance", "险种", {
        "patent-enforcement": "专利执行险 / 专利被侵权损失险",
        "overseas-liability": "知识产权海外侵权责任险",
        "trademark": "商标保险",
        "other-patent": "其他专利保险",
      }),
      flag("domesticOnly", "仅投保国内险"),
      flag("uplift", "高价值专利，或目标国为“一带一路”沿线国家或地区"),
      flag("surrenderedMidYear", "保险期内年中退保"),
    ],
  },
  {
    type: "ip-loan-loss",
    label: "知识产权质押贷款最终损失（合作银行）",
    group: "finance-insurance",
    amount: { label: "最终形成损失的贷款本金" },
    inputs: [],
  },

  // ------------------------------------------------------------ 人才
  {
    type: "qualified-person",
    label: "人才资格与聘任",
    group: "talent",
    count: { meaning: "multiplicity", label: "人数", unit: "人" },
    inputs: [
      choice("role", "资格", {
        "chief-quality-officer": "首席质量官",
        "standardization-director": "企业标准化总监",
        "ip-worker": "知识产权工作者",
        "ip-engineer": "知识产权师",
        "senior-ip-engineer": "高级知识产权师",
        "patent-attorney": "专利代理师",
        "senior-ip-title": "知识产权专业高级技术职称",
      }),
      flag("appointed", "已被单位聘任"),
      flag("freePublicTraining", "证书来自政府部门等组织的免费公益培训"),
      flag("newToCity", "首次入驻本市专利代理机构从事专利代理业务"),
      flag("rated", "经年度评定"),
    ],
  },
];

/** Applicant attributes: asked first, since they change what is asked and what is paid. */
export const applicantAttributes: FactInput[] = [
  choice("kind", "申请主体", { organization: "单位（企业、机构等）", individual: "个人" }),
  choice("orgType", "单位类型", {
    enterprise: "企业",
    university: "高等院校",
    "research-institute": "科研机构",
    "public-institution": "事业单位（其他）",
    "industry-association": "行业协会、商会、产业联盟等行业组织",
    "social-organization": "社会团体",
    "ip-service-agency": "知识产权服务机构",
    park: "园区",
    bank: "银行等金融机构",
  }),
  choice("fundedBy", "财政拨款情况", {
    self: "无财政拨款（自收自支 / 企业）",
    "partial-budget": "财政部分拨款",
    "full-budget": "财政全额拨款",
  }),
  choice("budgetLevel", "拨款财政层级", { district: "区级", city: "市级", provincial: "省级", national: "国家" }),
  flag("sme", "中小企业"),
  flag("creditGood", "信用记录良好"),
  flag("seriousViolation", "三年内发生严重违法行为"),
];

export { applicantDefaults } from "../src/engine/defaults";

export const factTypeIndex: ReadonlyMap<string, FactType> = new Map(factTypes.map((f) => [f.type, f]));

export const factGroups: Record<FactType["group"], string> = {
  "quality-awards": "质量奖项",
  "brand-certification": "品牌与认证",
  standards: "标准化",
  "intellectual-property": "知识产权",
  "testing-metrology": "检验检测与计量",
  talent: "人才",
  "finance-insurance": "金融与保险",
};
