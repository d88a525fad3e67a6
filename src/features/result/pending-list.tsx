/** A line per unfinished entry, where its figure would be: 待补全, what is missing, and a link to it. */
export interface PendingEntry {
  title: string;
  problems: string[];
  href: string;
}

export function PendingList({ pending }: { pending: PendingEntry[] }) {
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading" className="space-y-2">
      <h3 id="pending-heading" className="text-base font-semibold text-slate-900">
        待补全、未计入合计的事项（{pending.length}）
      </h3>
      <ul className="space-y-2">
        {pending.map((p) => (
          <li key={p.href} className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <p className="font-medium">{p.title}</p>
              <p className="font-semibold">待补全</p>
            </div>
            <p className="mt-0.5">{p.problems.join("；")}</p>
            <a href={p.href} className="mt-1 inline-flex min-h-11 items-center text-sky-800 underline underline-offset-2 sm:min-h-0 print:hidden">
              去填写
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
