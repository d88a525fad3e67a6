import Link from "next/link";
import { formatWan } from "@/engine";
import type { Column } from "./compare-model";

/** A policy's verdict on the whole profile: its totals, whether it is in force and applies, and where to see the detail. */
export function ColumnSummary({ column, best, calcHref }: { column: Column; best: boolean; calcHref: string }) {
  const { policy, evaluation, blockedBy } = column;
  return (
    <div className="space-y-1 text-left text-sm font-normal">
      <p className="text-base font-semibold">
        <Link href={`/policies/${policy.id}`} className="text-sky-800 underline underline-offset-2 hover:text-sky-950">
          {policy.shortName}
        </Link>
        {best ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900">最多</span> : null}
      </p>
      <p className="tabular-nums">
        <span className="block">
          确定 <strong>{formatWan(evaluation.total.min)}</strong>
        </span>
        <span className="sr-only">，</span>
        <span className="block">
          最高 <strong>{formatWan(evaluation.total.max)}</strong>
        </span>
      </p>
      <p className="text-xs">
        <span className={evaluation.inForce ? "text-emerald-800" : "text-rose-800"}>{evaluation.inForce ? "在有效期内" : "不在有效期内"}</span>
        <span aria-hidden="true"> · </span>
        <span className="sr-only">，</span>
        <span className={evaluation.eligible ? "text-emerald-800" : "text-rose-800"}>{evaluation.eligible ? "可申请" : "不可申请"}</span>
      </p>
      {policy.application?.companion ? (
        <p className="text-xs text-amber-900">
          金额由《{policy.application.companion.title}》（{policy.application.companion.docNumber}）规定，本工具不计算
        </p>
      ) : null}
      {blockedBy.length ? (
        <ul className="space-y-0.5 text-xs text-rose-900">
          {blockedBy.map((r, i) => (
            <li key={i}>{r.message}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-xs">
        <Link href={calcHref} aria-label={`按此政策查看明细（${policy.shortName}）`} className="text-sky-800 underline underline-offset-2">
          按此政策查看明细
        </Link>
      </p>
    </div>
  );
}
