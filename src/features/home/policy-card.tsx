import Link from "next/link";
import type { Policy } from "@/engine/types";
import { formatDateZh } from "@/lib/format/dates";
import { retroactiveText, windowStatus, windowStatusLabel, windowText, type WindowStatus } from "@/lib/format/policy-window";

const badge: Record<WindowStatus, string> = {
  "in-force": "bg-emerald-100 text-emerald-900",
  expired: "bg-rose-100 text-rose-900",
  "not-yet": "bg-amber-100 text-amber-900",
};

/** Songjiang's opinions name support directions but no figures: say so before the clerk fills anything in. */
const paysNoFigures = (p: Policy) => p.items.every((i) => i.amount.kind === "none" || i.amount.kind === "unstated");

export function PolicyCard({ policy, today }: { policy: Policy; today: string }) {
  const status = windowStatus(policy.effective, today);
  const retro = retroactiveText(policy.effective);
  return (
    <li className="relative flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-sky-700 hover:border-sky-400">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm text-slate-600">{policy.region}</p>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${badge[status]}`}>{windowStatusLabel[status]}</span>
      </div>
      <h3 className="font-semibold leading-snug text-slate-900">
        <Link href={`/calc/${policy.id}`} className="after:absolute after:inset-0 focus:outline-none">
          {policy.name}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">
        {policy.issuer}
        {policy.docNumber && <span className="block text-slate-600">{policy.docNumber}</span>}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="text-slate-600">施行</dt>
        <dd>{formatDateZh(policy.effective.from)}起</dd>
        <dt className="text-slate-600">期限</dt>
        <dd>{windowText(policy.effective, today)}</dd>
        {retro && (
          <>
            <dt className="text-slate-600">追溯</dt>
            <dd>{retro}</dd>
          </>
        )}
      </dl>
      {paysNoFigures(policy) && <p className="text-sm text-amber-900">本政策只写支持方向，未写金额：可查看适用条款，但算不出金额。</p>}
      <p className="mt-auto flex items-center justify-between pt-2 text-sm">
        <span className="font-medium text-sky-800">开始测算 →</span>
        <Link href={`/policies/${policy.id}`} className="relative z-10 text-slate-700 underline underline-offset-2 hover:text-sky-800">
          政策原文
        </Link>
      </p>
    </li>
  );
}
