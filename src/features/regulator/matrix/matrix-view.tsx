import Link from "next/link";
import type { FactGroup, Policy } from "@/engine/types";
import { factGroups } from "@policies/vocabulary";
import { MatrixCell } from "./matrix-cell";
import { policyMatrix } from "./policy-matrix";

const rowTitle = (title: string, choices: string[]) => (
  <>
    <span className="font-medium">{title}</span>
    {choices.length > 0 && <span className="block text-xs text-slate-600">{choices.join(" · ")}</span>}
  </>
);

/** The comparison matrix, filtered by fact group through plain links (no script needed). */
export function MatrixView({ policies, group }: { policies: readonly Policy[]; group?: FactGroup }) {
  const rows = policyMatrix(policies, group);
  const filters: [string, string | undefined][] = [["全部", undefined], ...Object.entries(factGroups).map(([g, label]): [string, string] => [label, g])];
  return (
    <div className="space-y-4">
      <nav aria-label="按事项分类筛选" className="flex flex-wrap gap-2 text-sm">
        {filters.map(([label, g]) => (
          <Link
            key={label}
            href={g ? `/regulator/matrix?group=${g}` : "/regulator/matrix"}
            aria-current={g === group ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${g === group ? "border-sky-800 bg-sky-800 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600">共 {rows.length} 种情形。点击金额旁的条款号查看政策原文。</p>
      <div className="hidden lg:block">
        <table className="w-full border-collapse text-left text-sm">
          <thead className="sticky top-0 z-10 bg-slate-100">
            <tr>
              <th scope="col" className="w-56 px-3 py-2 font-medium">
                事项
              </th>
              {policies.map((p) => (
                <th key={p.id} scope="col" className="px-3 py-2 font-medium">
                  {p.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {rowTitle(r.type.label, r.choices)}
                </th>
                {r.cells.map((entries, i) => (
                  <td key={policies[i]!.id} className="px-3 py-2">
                    <MatrixCell policy={policies[i]!.id} entries={entries} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 lg:hidden">
        {rows.map((r) => (
          <li key={r.key} className="rounded-lg border border-slate-200 bg-white p-3">
            <h2 className="text-sm">{rowTitle(r.type.label, r.choices)}</h2>
            <dl className="mt-2 grid grid-cols-[4.5rem_1fr] gap-x-2 gap-y-2 text-sm">
              {r.cells.map((entries, i) => (
                <div key={policies[i]!.id} className="contents">
                  <dt className="text-slate-600">{policies[i]!.shortName}</dt>
                  <dd>
                    <MatrixCell policy={policies[i]!.id} entries={entries} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
