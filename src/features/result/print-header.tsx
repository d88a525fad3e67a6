import type { Evaluation, Policy } from "@/engine/types";
import { formatDateZh } from "@/lib/format/dates";

/** Only on paper: what was computed, under which data, on which day. */
export function PrintHeader({ policy, evaluation }: { policy: Policy; evaluation: Evaluation }) {
  return (
    <header className="hidden border-b border-slate-400 pb-2 print:block">
      <p className="text-xs">政策计算器 · 补贴测算摘要</p>
      <h2 className="text-lg font-semibold">
        {policy.name}
        {policy.docNumber && <span className="font-normal">（{policy.docNumber}）</span>}
      </h2>
      <p className="text-xs">
        测算日期 {formatDateZh(evaluation.asOf)} · 政策数据版本 {evaluation.policyVersion}
      </p>
    </header>
  );
}
