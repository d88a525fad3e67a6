import Link from "next/link";
import { formatWan } from "@/engine";
import { ClauseLink } from "./cell-view";
import { missingSummary, type Column, type Standing } from "./compare-model";

/** The badge of a column that leads: both totals, the certain one, or only the ceiling (compare-model.ts). */
export const STANDING_BADGE: Record<Standing, string> = {
  most: "最多",
  "most-certain": "确定金额最多",
  "highest-ceiling": "上限最高",
};

export function StandingBadge({ standing }: { standing: Standing | undefined }) {
  if (!standing) return null;
  const tone = standing === "highest-ceiling" ? "bg-amber-100 text-amber-950" : "bg-emerald-100 text-emerald-900";
  return <span className={`ml-2 rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>{STANDING_BADGE[standing]}</span>;
}

/** A policy's verdict on the whole profile: its totals, whether it is in force and applies, to whom, and where to see the detail. */
export function ColumnSummary({ column, standing, calcHref }: { column: Column; standing: Standing | undefined; calcHref: string }) {
  const { policy, evaluation, blockedBy, missing } = column;
  return (
    <div className="space-y-1 text-left text-sm font-normal">
      <p className="text-base font-semibold">
        <Link href={`/policies/${policy.id}`} className="text-sky-800 underline underline-offset-2 hover:text-sky-950">
          {policy.shortName}
        </Link>
        <StandingBadge standing={standing} />
      </p>
      {evaluation ? (
        <>
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
        </>
      ) : (
        <div className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950" data-testid="column-missing">
          <p className="font-semibold">需补充信息，暂不计算</p>
          <ul className="text-xs">
            {missingSummary(missing).map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <p className="mt-1 text-xs">本政策按这些信息计算；原问卷的政策不需要，所以没有问。补充后才显示金额。</p>
        </div>
      )}
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
      <p className="text-xs text-slate-700" data-testid="applicants-clause">
        适用对象（<ClauseLink policyId={policy.id} clause={policy.applicants.clause} />）：“{policy.applicants.quote}”
      </p>
      <p className="text-xs">
        <Link href={calcHref} aria-label={`按此政策查看明细（${policy.shortName}）`} className="text-sky-800 underline underline-offset-2">
          按此政策查看明细
        </Link>
      </p>
    </div>
  );
}
