import type { Range } from "@/engine/types";
import { yuanAndWan } from "./money-text";

/**
 * 确定 X 元 / 最高 Y 元: what the text fixes, and the most it allows — and, while entries are
 * unfinished, that the figures leave them out (待补全), so a partial sum is never read as the total.
 */
export function TotalSummary({ total, pending = 0 }: { total: Range; pending?: number }) {
  return (
    <div className="rounded-lg bg-slate-900 p-4 text-white print:border print:border-slate-400 print:bg-white print:text-slate-900">
      <p className="text-sm text-slate-300 print:text-slate-600">
        预计可申领合计
        {pending > 0 && <span className="ml-2 rounded bg-amber-300 px-1.5 font-semibold text-amber-950 print:border print:border-amber-700 print:bg-white">待补全</span>}
      </p>
      <dl className="mt-1 space-y-1">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <dt className="w-8 shrink-0 text-sm text-slate-300 print:text-slate-600">确定</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="total-min">
            {yuanAndWan(total.min)}
          </dd>
        </div>
        <div className="flex flex-wrap items-baseline gap-x-3">
          <dt className="w-8 shrink-0 text-sm text-slate-300 print:text-slate-600">最高</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="total-max">
            {yuanAndWan(total.max)}
          </dd>
        </div>
      </dl>
      {pending > 0 && (
        <p className="mt-2 text-sm font-medium text-amber-200 print:text-amber-900" data-testid="total-pending">
          另有 {pending} 项待补全，未计入以上合计；补全后合计会变化。
        </p>
      )}
      <p className="mt-2 text-xs text-slate-300 print:text-slate-600">
        “确定”只计政策写明固定金额的部分；“最高”是条文允许的上限，实际由主管部门核定。
      </p>
    </div>
  );
}
