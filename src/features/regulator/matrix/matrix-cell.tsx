import Link from "next/link";
import { clauseHref } from "@/features/policy-browser/clause-anchor";
import type { MatrixEntry } from "./policy-matrix";

/** What one policy pays for the row's situation: each item's amount, its clause (a link) and its terms. */
export function MatrixCell({ policy, entries }: { policy: string; entries: MatrixEntry[] }) {
  if (entries.length === 0) return <span className="text-slate-400">无对应条款</span>;
  return (
    <ul className="space-y-1.5">
      {entries.map((e) => (
        <li key={e.item}>
          <Link href={clauseHref(policy, e.clause)} className="group block" title={e.label}>
            <span className="font-medium text-slate-900 group-hover:underline">{e.amount}</span>
            <span className="ml-1 whitespace-nowrap text-xs text-sky-800 underline underline-offset-2">{e.clause}</span>
          </Link>
          {e.notes.length > 0 && <span className="block text-xs text-slate-600">{e.notes.join("；")}</span>}
        </li>
      ))}
    </ul>
  );
}
