"use client";

import type { Progress } from "./use-cohort-worker";

const PHASE: Record<Progress["phase"], string> = { read: "正在读取文件", evaluate: "正在逐个计算申请人", whatif: "正在按草案重新计算", export: "正在逐个生成导出明细" };

/** Where long work stands, and the way to stop it. */
export function ProgressPanel({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const percent = Math.round((progress.done / Math.max(1, progress.total)) * 100);
  const counting = progress.phase !== "read" && progress.total > 1;
  return (
    <div role="status" aria-live="polite" className="flex flex-wrap items-center gap-3 rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm">
      <span className="font-medium text-sky-950">{progress.cancelling ? "正在取消…" : PHASE[progress.phase]}</span>
      <progress className="h-2 w-40 accent-sky-700" max={100} value={percent} aria-label="进度" />
      <span className="tabular-nums text-slate-700">
        {percent}%{counting ? `（${progress.done.toLocaleString("zh-CN")} / ${progress.total.toLocaleString("zh-CN")}）` : ""}
      </span>
      <button
        type="button"
        onClick={onCancel}
        disabled={progress.cancelling}
        className="ml-auto rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-800 hover:bg-slate-100 disabled:opacity-50"
      >
        取消
      </button>
    </div>
  );
}
