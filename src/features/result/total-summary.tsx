import type { Range } from "@/engine/types";
import { yuanAndWan } from "./money-text";

/** 确定 X 元 / 最高 Y 元: what the text fixes, and the most it allows. */
export function TotalSummary({ total }: { total: Range }) {
  return (
    <div className="rounded-lg bg-slate-900 p-4 text-white print:border print:border-slate-400 print:bg-white print:text-slate-900">
      <p className="text-sm text-slate-300 print:text-slate-600">预计可申领合计</p>
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
      <p className="mt-2 text-xs text-slate-300 print:text-slate-600">
        “确定”只计政策写明固定金额的部分；“最高”是条文允许的上限，实际由主管部门核定。
      </p>
    </div>
  );
}
