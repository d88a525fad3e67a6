/**
 * 松江区《关于加强质量标准新高地和知识产权建设的若干意见》: thirteen support directions, no amounts.
 * Every row shows one direction listed as unquantified, with a total of 0 — the opinions encourage
 * but do not pay, so the calculator must never invent a figure for them.
 * Unless a row says otherwise: the applicant is an ordinary enterprise and the calculation date is 2026-03-01.
 */
import { describe, expect, it } from "vitest";
import { songjiang } from "@policies/songjiang";
import { coverageGaps, evaluateCase, PERSON, runCases, type Case } from "./cases";
import type { Fact } from "@/engine/types";

const AS_OF = "2026-03-01";

/** The thirteen directions as the opinions number them. */
const DIRECTIONS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"];

/** One direction, one fact that fits it: listed, nothing paid. The name starts with the clause it cites. */
const direction = (name: string, item: string, fact: Fact): Case => ({
  name,
  clause: name.slice(0, name.indexOf("）") + 1),
  facts: [fact],
  total: [0, 0],
  lines: {},
  unquantified: [item],
});

const directions: Case[] = [
  direction("（一）培育企业质量管理优势：获政府质量奖", "sj-1", { type: "quality-award", award: "shanghai-quality-gold-award" }),
  direction("（一）培育企业质量管理优势：导入卓越绩效管理", "sj-1", { type: "excellence-performance", maturity: 50 }),
  direction("（二）推动品牌建设和绿色低碳发展：“上海品牌”认证", "sj-2", { type: "certification", scheme: "shanghai-brand", stage: "first" }),
  direction("（二）推动品牌建设和绿色低碳发展：绿色产品认证", "sj-2", { type: "certification", scheme: "green-product", stage: "first" }),
  direction("（二）推动品牌建设和绿色低碳发展：绿色服务认证", "sj-2", { type: "certification", scheme: "green-service", stage: "first" }),
  direction("（二）推动品牌建设和绿色低碳发展：低碳产品认证（推广低碳技术应用）", "sj-2", { type: "certification", scheme: "low-carbon-product", stage: "first" }),
  direction("（三）增强质量提升创新动能：质量攻关成果", "sj-3", { type: "quality-breakthrough", result: "landmark-project", grade: "none" }),
  direction("（四）提升质量基础设施服务效能：“一站式”服务试点", "sj-4", { type: "one-stop-pilot", level: "provincial" }),
  direction("（五）打造高水平标准品牌：“上海标准”", "sj-5", { type: "shanghai-standard" }),
  direction("（六）促进标准供给水平提升：主导制定国家标准", "sj-6", { type: "standard-project", scope: "national", role: "lead", action: "formulate" }),
  direction("（七）开展标准化技术组织建设：承担全国 TC 秘书处", "sj-7", { type: "standards-body", level: "national", body: "TC", isNew: true }),
  direction("（七）开展标准化技术组织建设：新型标准化技术组织", "sj-7", { type: "standards-platform", platform: "new-type-body" }),
  direction("（八）推进标准化试点项目创建：市级标准化试点", "sj-8", { type: "standardization-pilot", level: "provincial", result: "pass" }),
  direction("（九）推动计量测试技术与产业深度融合：测量管理体系认证", "sj-9", { type: "certification", scheme: "measurement-management-system", stage: "first" }),
  direction("（九）推动计量测试技术与产业深度融合：产业计量测试中心", "sj-9", { type: "testing-institution", institution: "national-metrology-center", stage: "preparation" }),
  direction("（十）知识产权梯度培育：中国专利奖", "sj-10", { type: "patent-award", award: "china-gold" }),
  direction("（十）知识产权梯度培育：上海知识产权创新奖", "sj-10", { type: "ip-award", award: "shanghai-ip-innovation" }),
  direction("（十）知识产权梯度培育：海外知识产权布局", "sj-10", { type: "foreign-patent-grant", count: 2 }),
  direction("（十一）促进知识产权高效益运用：知识产权质押融资", "sj-11", { type: "ip-pledge-loan", amount: 50_000 }),
  direction("（十一）促进知识产权高效益运用：专利密集型产品", "sj-11", { type: "patent-intensive-product" }),
  direction("（十一）促进知识产权高效益运用：知识产权管理规范认证（提升管理能力）", "sj-11", { type: "certification", scheme: "ip-management-system", stage: "first" }),
  direction("（十二）推进知识产权高效率转移转化：知识产权运营中心", "sj-12", { type: "ip-center", center: "operation-center", level: "city" }),
  direction("（十二）推进知识产权高效率转移转化：专利转让", "sj-12", { type: "patent-deal", role: "licensor", deal: "transfer" }),
  direction("（十二）推进知识产权高效率转移转化：产业知识产权联盟（专利池）", "sj-12", { type: "ip-center", center: "industry-alliance", level: "city" }),
  direction("（十三）强化知识产权高标准保护：知识产权保护工作站", "sj-13", { type: "ip-center", center: "protection-workstation", level: "district" }),
];

/** One fact per direction, for the whole-profile check. */
const everyDirection: Fact[] = [
  { type: "quality-award", award: "china-quality-award" },
  { type: "certification", scheme: "green-product", stage: "first" },
  { type: "reliability-best-practice" },
  { type: "one-stop-pilot", level: "national" },
  { type: "shanghai-standard", count: 2 },
  { type: "standard-project", scope: "international", role: "lead", action: "formulate", count: 3 },
  { type: "standards-body", level: "international", body: "SC", isNew: true },
  { type: "standardization-pilot", level: "national", result: "excellent" },
  { type: "testing-institution", institution: "provincial-metrology-center", stage: "established" },
  { type: "high-value-patent-stock", count: 60, date: "2025-12-31" },
  { type: "ip-insurance", insurance: "patent-enforcement", amount: 300_000 },
  { type: "ip-center", center: "open-licensing-pilot", level: "city" },
  { type: "ip-center", center: "trade-secret-pilot", level: "city" },
];

const cases: Case[] = [
    ...directions,
    {
      name: "（一）至（十三）一家企业的情况覆盖全部十三个方向：全部列出，合计 0 元",
      facts: everyDirection,
      total: [0, 0],
      unquantified: Object.fromEntries(DIRECTIONS.map((n, i) => [`sj-${i + 1}`, `（${n}）`])),
      eligible: true,
      inForce: true,
    },
    {
      name: "印发日期 计算日期 2025-11-01 早于印发日 2025-11-26：意见尚未印发",
      asOf: "2025-11-01",
      facts: [{ type: "standard-project", scope: "national", role: "lead", action: "formulate", date: "2025-10-01" }],
      total: [0, 0],
      inForce: false,
      reasons: ["not-yet-in-force"],
    },
    {
      name: "（六）个人：意见只支持企事业单位",
      applicant: PERSON,
      facts: [{ type: "standard-project", scope: "national", role: "lead", action: "formulate" }],
      total: [0, 0],
      eligible: false,
      reasons: ["kind-not-covered"],
    },
    {
      name: "（七）只写新型标准化技术组织：国家技术标准创新基地不在本条",
      facts: [{ type: "standards-platform", platform: "national-innovation-base" }],
      total: [0, 0],
      lines: {},
      unquantified: [],
      reasons: ["no-matching-item"],
    },
    {
      name: "（九）只写产业计量测试中心：检验检测机构资质认定（CMA）不在本条",
      facts: [{ type: "testing-institution", institution: "cma", stage: "established", first: true }],
      total: [0, 0],
      lines: {},
      unquantified: [],
      reasons: ["no-matching-item"],
    },
    {
      name: "没有对应方向的事项（首席质量官）：说明本意见没有对应条款",
      facts: [{ type: "qualified-person", role: "chief-quality-officer" }],
      total: [0, 0],
      reasons: ["no-matching-item"],
    },
];

describe("松江区：每个支持方向都列为“未规定金额”", () => {
  runCases(songjiang, AS_OF, cases);
});

describe("松江区：数据只写支持方向", () => {
  it("has the thirteen directions （一）–（十三）, each without any amount", () => {
    expect(songjiang.items.map((i) => i.clause)).toEqual(DIRECTIONS.map((n) => `（${n}）`));
    expect(songjiang.items.filter((i) => i.amount.kind !== "none").map((i) => i.id)).toEqual([]);
  });

  it("states no limits, and records why it counts from the print date with no end", () => {
    expect(songjiang.limits).toEqual([]);
    expect(songjiang.effective).toMatchObject({ from: "2025-11-26", to: null });
    expect(songjiang.effective.reading).toContain("没有规定施行日期");
  });

  it("every direction, and every value its facts list, has rows that would fail without it", () => {
    expect(coverageGaps(songjiang, cases)).toEqual([]);
  });

  it("tells the applicant why there is no figure", () => {
    const r = evaluateCase(songjiang, directions.find((c) => c.name.startsWith("（六）"))!, AS_OF);
    expect(r.unquantified[0]).toMatchObject({ clause: "（六）", why: expect.stringContaining("只规定支持方向") });
    expect(r.unquantified[0]!.quote).toContain("各类标准研制");
    expect(r.lines).toEqual([]);
  });
});
