import { formatWan } from "@/engine";
import type { Range } from "@/engine/types";

/** On a phone the result sits below the form; this keeps the total in sight while typing. */
export function MiniTotalBar({ total }: { total: Range }) {
  return (
    <div className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-300 bg-white/95 px-4 py-2 shadow-[0_-2px_8px_rgba(0,0,0,0.08)] backdrop-blur lg:hidden print:hidden">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3">
        <p className="text-sm tabular-nums text-slate-900">
          确定 <strong>{formatWan(total.min)}</strong>
          <span className="text-slate-400"> / </span>
          最高 <strong>{formatWan(total.max)}</strong>
        </p>
        <a href="#result" className="shrink-0 rounded-md bg-sky-800 px-3 py-1.5 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800">
          查看明细
        </a>
      </div>
    </div>
  );
}
