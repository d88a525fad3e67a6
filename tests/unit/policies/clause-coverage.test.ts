/**
 * Every clause that pays, limits or dates something must be encoded. This list is written from the
 * texts, independently of the data, so deleting or mislabelling an item makes this test fail.
 */
import { describe, expect, it } from "vitest";
import { policyById } from "@policies/index";

const cn = (n: number) => ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n - 1]!;
const chineseNumber = (n: number): string => (n <= 10 ? cn(n) : n < 20 ? `十${cn(n - 10)}` : `${cn(Math.floor(n / 10))}十${n % 10 ? cn(n % 10) : ""}`);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const expected: Record<string, { items: string[]; limits: string[] }> = {
  changning: { items: range(1, 28).map(String), limits: ["31", "33"] },
  jinshan: { items: range(5, 22).map((n) => `第${chineseNumber(n)}条`), limits: ["第二十三条", "第二十七条", "第三条"] },
  guangming: {
    items: range(1, 24).map((n) => `（${chineseNumber(n)}）`),
    limits: ["（六）", "（七）", "（十七）", "（十八）", "（十九）", "（二十一）", "（二十五）", "（二十六）", "（二十九）"],
  },
  linyi: {
    items: [
      "中国、省质量奖奖励",
      "“好品山东”品牌",
      "“泰山品质”认证",
      "知识产权奖补资助",
      "临沂市市长质量奖",
      "标准化创新激励",
      "临沂市专利奖励",
      "企业首席质量官培训",
      "“质量沂站”服务平台",
      "企业知识产权保险扶持",
    ],
    limits: ["知识产权奖补资助（二）", "知识产权奖补资助（七）", "企业知识产权保险扶持"],
  },
  songjiang: { items: range(1, 13).map((n) => `（${chineseNumber(n)}）`), limits: [] },
};

/** "19" must not be covered by "1"; "第十四条（二）" is covered by "第十四条". */
const covers = (label: string) => (clause: string) =>
  clause === label || (clause.startsWith(label) && !/\d$/.test(label));

describe.each(Object.entries(expected))("clause coverage of %s", (id, want) => {
  const policy = policyById.get(id);

  it("is loaded", () => {
    expect(policy, `policy ${id} is not in policies/index.ts`).toBeDefined();
  });

  it("has at least one item for every paying clause", () => {
    const clauses = policy?.items.map((i) => i.clause) ?? [];
    expect(want.items.filter((label) => !clauses.some(covers(label)))).toEqual([]);
  });

  it("encodes every limit, window and applicability clause", () => {
    if (!policy) return expect(policy).toBeDefined();
    const clauses = [
      ...policy.limits.map((l) => l.clause),
      ...policy.notes.map((n) => n.clause),
      ...policy.exclusions.map((e) => e.clause),
      policy.effective.clause,
      policy.applicants.clause,
      ...policy.items.flatMap((i) => (i.conditions ?? []).map((c) => c.clause)),
    ];
    expect(want.limits.filter((label) => !clauses.some(covers(label)))).toEqual([]);
  });
});
