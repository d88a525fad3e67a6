import { formatWan } from "@/engine";
import type { Range } from "@/engine/types";

/**
 * On a phone the result sits below the form; this keeps the total in sight while typing, and says
 * when it leaves out unfinished entries — or, without a calculation date, that there is none yet.
 */
export function MiniTotalBar({ total, pending }: { total: Range | undefined; pending: number }) {
  return (
    <div className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-300 bg-white/95 px-4 py-2 shadow-[0_-2px_8px_rgba(0,0,0,0.08)] backdrop-blur lg:hidden print:hidden">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3">
        <div className="text-sm tabular-nums text-slate-900" data-testid="mini-total">
          {total ? (
            <p>
              确定 <strong>{formatWan(total.min)}</strong>
              <span className="text-slate-400"> / </span>
              最高 <strong>{formatWan(total.max)}</strong>
            </p>
          ) : (
            <p className="font-medium text-amber-900">待补全：请选择计算日期</p>
          )}
          {total && pending > 0 && <p className="text-xs font-medium text-amber-900">另有 {pending} 项待补全，未计入</p>}
        </div>
        <a
          href="#result"
          className="flex min-h-11 shrink-0 items-center rounded-md bg-sky-800 px-3 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800"
        >
          查看明细
        </a>
      </div>
    </div>
  );
}
