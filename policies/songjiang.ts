/**
 * 松江区关于加强质量标准新高地和知识产权建设的若干意见（沪松府〔2025〕167号）
 * Source: shared/policies/001_943d938d1c01a91b.txt.
 *
 * The opinions set thirteen support directions and no amount, cap or date. Each direction is an item
 * that pays nothing: an applicant whose facts fit a direction sees it listed as unquantified, with
 * the direction quoted, so the comparison with other districts shows where Songjiang only encourages.
 */
import { none, org } from "./builders";
import { definePolicy } from "./schema";
import type { FactMatch, Item } from "../src/engine/types";

const NO_AMOUNT = none("松江区意见只规定支持方向，未规定金额、比例或申报条件");

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"];

/** 第 n 条方向：“（n）” as the opinions number it. */
const direction = (n: number, title: string, label: string, facts: FactMatch[], quote: string): Item => ({
  id: `sj-${n}`,
  clause: `（${NUMERALS[n - 1]}）`,
  title,
  label,
  facts,
  who: org,
  amount: NO_AMOUNT,
  quote,
});

const of = (...types: string[]): FactMatch[] => types.map((type) => ({ type }));

const items: Item[] = [
  direction(
    1,
    "培育企业质量管理优势",
    "争创各级政府质量奖、导入卓越绩效管理模式",
    of("quality-award", "excellence-performance"),
    "开展政府质量奖培育孵化，支持企业争创各级政府质量奖，鼓励企业导入卓越绩效管理模式",
  ),
  direction(
    2,
    "推动品牌建设和绿色低碳发展",
    "开展“上海品牌”认证、绿色产品认证，推广低碳技术",
    [
      {
        type: "certification",
        where: { scheme: ["shanghai-brand", "green-product", "low-carbon-product", "green-service"] },
      },
    ],
    "鼓励企业开展“上海品牌”认证，进一步增强核心功能、提升核心竞争力。支持企业开展绿色产品认证、绿色服务认证，推广低碳技术应用",
  ),
  direction(
    3,
    "增强质量提升创新动能",
    "开展质量攻关、参与产品质量可靠性创新实践",
    of("quality-breakthrough", "reliability-best-practice"),
    "鼓励企业开展质量攻关活动，加强质量技术创新，改进技术工艺，提高质量性能，指导推荐有能力的企业申报上海市产业质量攻关项目",
  ),
  direction(
    4,
    "提升质量基础设施服务效能",
    "参与质量基础设施“一站式”服务平台建设",
    of("one-stop-pilot"),
    "鼓励企业参与质量基础设施“一站式”服务平台建设，支持实施单位申报国家级、市级质量基础设施集成服务项目效能评估",
  ),
  direction(
    5,
    "打造高水平标准品牌",
    "“上海标准”评价和培育",
    of("shanghai-standard"),
    "加强“上海标准”评价和培育，推动“上海标准”标识制度实施",
  ),
  direction(
    6,
    "促进标准供给水平提升",
    "参与国际标准、国家标准、行业标准和地方标准等各类标准研制",
    of("standard-project"),
    "支持企事业单位积极参与国际标准、国家标准、行业标准和地方标准等各类标准研制",
  ),
  direction(
    7,
    "开展标准化技术组织建设",
    "承担各级标准化技术组织关键席位、创建新型标准化技术组织",
    [{ type: "standards-body" }, { type: "standards-platform", where: { platform: "new-type-body" } }],
    "支持企事业单位承担各级标准化技术组织的关键席位，鼓励企事业单位申报新型标准化技术组织创建",
  ),
  direction(
    8,
    "推进标准化试点项目创建",
    "国家级、市级标准化试点项目创建",
    of("standardization-pilot"),
    "支持开展国家级、市级标准化试点项目创建，形成并输出可复制可推广的标准化成果",
  ),
  direction(
    9,
    "推动计量测试技术与产业深度融合",
    "建立测量管理体系，培育建设产业计量测试中心",
    [
      { type: "certification", where: { scheme: "measurement-management-system" } },
      { type: "testing-institution", where: { institution: ["national-metrology-center", "provincial-metrology-center"] } },
    ],
    "引导工业制造业企业建立科学化、规范化、系统化的测量管理体系，确保测量数据的准确性、可靠性和溯源性。推动国家、市级产业计量测试中心培育建设",
  ),
  direction(
    10,
    "构建知识产权高质量创造梯度培育体系",
    "知识产权试点示范、专利奖与知识产权奖项、海外布局、高价值专利、商标品牌、知识产权服务机构",
    of("ip-designation", "patent-award", "ip-award", "foreign-patent-grant", "patent-grant", "high-value-patent-stock", "trademark-gi", "ip-service"),
    "建立健全知识产权试点示范单位梯度培育名单，加强专利预审支撑，支持企业积极申报中国专利奖、上海知识产权创新奖及世界知识产权组织全球奖，鼓励企业开展海外知识产权布局",
  ),
  direction(
    11,
    "促进知识产权高效益运用",
    "知识产权管理、知识产权金融、专利密集型产品备案与认定",
    [
      { type: "certification", where: { scheme: "ip-management-system" } },
      ...of("ip-pledge-loan", "ip-insurance", "ip-loan-loss", "patent-intensive-product"),
    ],
    "支持企业提升知识产权管理能力和水平，加强知识产权金融工作，引导企业拓宽知识产权运用渠道，缓解中小微企业融资难题。鼓励企业开展专利密集型产品备案与认定",
  ),
  direction(
    12,
    "推进知识产权高效率转移转化",
    "专利转化运用、专利池建设运营、产学研协同创新",
    [
      { type: "patent-deal" },
      { type: "ip-center", where: { center: ["operation-center", "open-licensing-pilot", "industry-alliance"] } },
    ],
    "继续支持盘活高校、科研机构和医疗卫生机构存量专利，做优增量专利。发挥知识产权强链增效作用，鼓励重点领域专利池建设运营",
  ),
  direction(
    13,
    "强化知识产权高标准保护",
    "知识产权纠纷多元解决、维权保护、海外纠纷应对",
    [{ type: "ip-center", where: { center: ["protection-workstation", "trade-secret-pilot"] } }],
    "支持知识产权纠纷多元解决。加强保护中华老字号商标、上海老字号商标、涉文化遗产传承和发展等知名商标，支持市场主体积极开展知识产权维权保护",
  ),
];

export const songjiang = definePolicy({
  id: "songjiang",
  name: "松江区关于加强质量标准新高地和知识产权建设的若干意见",
  shortName: "松江区",
  region: "上海市松江区",
  issuer: "上海市松江区人民政府",
  docNumber: "沪松府〔2025〕167号",
  published: "2025-11-26",
  sourceFile: "001_943d938d1c01a91b.txt",
  effective: {
    clause: "印发日期",
    quote: "上海市松江区人民政府办公室 2025年11月26日印发",
    reading: "意见没有规定施行日期和有效期；本工具自印发日 2025-11-26 起计，不设截止日。",
    from: "2025-11-26",
    to: null,
    earlier: {
      clause: "印发日期",
      quote: "上海市松江区人民政府办公室 2025年11月26日印发",
      text: "意见没有规定施行日期，也没有提到此前的文件或印发前的事项；本工具自印发日 2025 年 11 月 26 日起计，此前的事项不列出。",
    },
  },
  applicants: {
    clause: "（六）",
    quote: "支持企事业单位积极参与国际标准、国家标准、行业标准和地方标准等各类标准研制",
    reading: "各方向支持的是企业、企事业单位和市场主体（如本条的“企事业单位”），没有面向个人的方向，故只列单位。",
    kinds: ["organization"],
  },
  exclusions: [],
  items,
  limits: [],
  notes: [
    {
      id: "directions-only",
      clause: "序言",
      quote: "进一步发挥质量、标准和知识产权等对质量提升、科技创新和产业升级的支撑促进作用",
      text: "本意见只规定支持方向，没有规定金额、比例、上限或申报条件；具体支持以松江区后续发布的实施细则或申报通知为准",
    },
  ],
});
