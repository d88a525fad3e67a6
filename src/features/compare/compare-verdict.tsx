import { formatWan } from "@/engine";
import { STANDING_BADGE } from "./column-summary";
import { missingSummary, type Comparison } from "./compare-model";

const names = (comparison: Comparison, columns: number[]) => columns.map((i) => comparison.columns[i]!.policy.shortName).join("、");

/**
 * Why a column wears its badge, in words, above the table: a ceiling is what the text allows, not
 * what will be paid, so a column that leads only on it is named apart from the one with the most
 * certain money. And every policy pays only the applicants it covers.
 */
export function CompareVerdict({ comparison }: { comparison: Comparison }) {
  const { columns, standings, mostCertain, highestCeiling } = comparison;
  const ceilingOnly = highestCeiling.filter((i) => standings[i] === "highest-ceiling");
  const most = standings.flatMap((s, i) => (s === "most" ? [i] : []));
  const total = (i: number) => columns[i]!.evaluation!.total;
  const waiting = columns.filter((c) => c.missing.length > 0);
  return (
    <div className="mb-4 space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-800" data-testid="compare-verdict">
      {waiting.length > 0 && (
        <p className="text-amber-950">
          {waiting.map((c) => `${c.policy.shortName}需补充（${missingSummary(c.missing).join("；")}）`).join("，")}。
          {waiting.length > 1 ? "这些政策" : "该政策"}按这些信息计算，原问卷没有问；补充前不显示{waiting.length > 1 ? "它们" : "它"}的金额，也不比较哪项政策最多。
        </p>
      )}
      {ceilingOnly.length > 0 && (
        <p>
          「{STANDING_BADGE["highest-ceiling"]}」只看条文允许的最高额：{names(comparison, ceilingOnly)}最高 {formatWan(total(ceilingOnly[0]!).max)}，其中条文写明的确定金额为{" "}
          {formatWan(total(ceilingOnly[0]!).min)}，其余是“最高”上限，由主管部门在上限内核定，可能少于上限。
          {mostCertain.length > 0
            ? `「${STANDING_BADGE[standings[mostCertain[0]!]!]}」：${names(comparison, mostCertain)}确定可得 ${formatWan(total(mostCertain[0]!).min)}${
                standings[mostCertain[0]!] === "most" ? "，最高额也最多" : ""
              }。`
            : "各政策都没有写明确定金额。"}
        </p>
      )}
      {ceilingOnly.length === 0 && most.length > 0 && (
        <p>
          「{STANDING_BADGE.most}」：{names(comparison, most)}的确定金额（{formatWan(total(most[0]!).min)}）和最高金额（{formatWan(total(most[0]!).max)}）都最多。
        </p>
      )}
      <p className="text-slate-700">各政策只支付给其适用对象：申请人须符合该政策的适用对象（多为在当地依法设立或注册的单位、个人），各列下方引用了该政策的原文。</p>
    </div>
  );
}
