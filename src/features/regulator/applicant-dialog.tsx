"use client";

import { useEffect, useRef } from "react";
import type { Policy } from "@/engine/types";
import { ResultView } from "@/features/result/result-view";
import type { Explained } from "./worker-protocol";

/** One applicant's result with the same explanation as the calculator page, over the cohort. */
export function ApplicantDialog({ explained, policy, draftName, onClose }: { explained: Explained; policy: Policy; draftName?: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="applicant-dialog-title"
      className="m-auto max-h-[90vh] w-[min(56rem,calc(100vw-1rem))] overflow-auto rounded-xl p-0 backdrop:bg-slate-900/50"
    >
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3">
        <div>
          <h2 id="applicant-dialog-title" className="text-lg font-semibold">
            {explained.name ?? explained.id}
          </h2>
          <p className="text-sm text-slate-600">
            编号 {explained.id} · {explained.facts.length} 项事项 · {draftName ? `按草案“${draftName}”计算` : "按现行政策计算"}
          </p>
        </div>
        <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
          关闭
        </button>
      </div>
      <div className="p-4">
        <ResultView evaluation={explained.evaluation} policy={policy} />
      </div>
    </dialog>
  );
}
