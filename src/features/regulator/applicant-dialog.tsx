"use client";

import { useEffect, useRef } from "react";
import type { Policy } from "@/engine/types";
import { ResultView } from "@/features/result/result-view";
import { assumptionText, type Assumption } from "@/lib/batch/assumption";
import type { Explained } from "./worker-protocol";

/** What was taken for the applicant's blank cells; pending rows first, since they are left out of the result below. */
function Assumptions({ assumptions }: { assumptions: readonly Assumption[] }) {
  const waiting = assumptions.filter((a) => a.pending);
  const assumed = assumptions.filter((a) => !a.pending);
  return (
    <section aria-label="空白单元格的处理" className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      {waiting.length > 0 && (
        <>
          <h3 className="font-semibold">待核实：{waiting.length} 处空白决定是否支持，相关的行暂不计入下面的金额</h3>
          <ul className="list-disc pl-5">
            {waiting.map((a) => (
              <li key={`${a.row}-${a.column}`}>{assumptionText(a)}</li>
            ))}
          </ul>
        </>
      )}
      {assumed.length > 0 && (
        <>
          <h3 className="font-semibold">按默认值计算的空白</h3>
          <ul className="list-disc pl-5">
            {assumed.map((a) => (
              <li key={`${a.row}-${a.column}`}>{assumptionText(a)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One applicant's result with the same explanation as the calculator page, over the cohort. */
export function ApplicantDialog({ explained, policy, draftName, onClose }: { explained: Explained; policy: Policy; draftName?: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const held = new Set(explained.assumptions?.filter((a) => a.pending).map((a) => a.row)).size;
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
            编号 {explained.id} · {explained.facts.length} 项事项计入{held > 0 ? `，${held} 行待核实未计入` : ""} · {draftName ? `按草案“${draftName}”计算` : "按现行政策计算"}
          </p>
        </div>
        <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
          关闭
        </button>
      </div>
      <div className="space-y-4 p-4">
        {explained.assumptions && <Assumptions assumptions={explained.assumptions} />}
        <ResultView evaluation={explained.evaluation} policy={policy} />
      </div>
    </dialog>
  );
}
