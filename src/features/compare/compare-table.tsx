import { CellView } from "./cell-view";
import { ColumnSummary } from "./column-summary";
import type { Comparison } from "./compare-model";
import { FactHeading } from "./fact-heading";

/** Wide screens: one column per policy, one row per fact, so differences read across a row. */
export function CompareTable({ comparison, calcHref }: { comparison: Comparison; calcHref: (policyId: string) => string }) {
  const { columns, rows, standings } = comparison;
  return (
    <div role="region" aria-labelledby="compare-table-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[60rem] table-fixed border-collapse text-left align-top">
        <caption id="compare-table-caption" className="sr-only">
          同一组答案在各项政策下的结果：每列一项政策，每行一个事项
        </caption>
        <colgroup>
          <col className="w-48" />
          {columns.map((c) => (
            <col key={c.policy.id} />
          ))}
        </colgroup>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="border-b border-slate-200 p-3 align-bottom text-sm">
              事项
            </th>
            {columns.map((c, i) => (
              <th key={c.policy.id} scope="col" className={`border-b border-l border-slate-200 p-3 align-top ${standings[i] === "highest-ceiling" ? "bg-amber-50" : standings[i] ? "bg-emerald-50" : ""}`}>
                <ColumnSummary column={c} standing={standings[i]} calcHref={calcHref(c.policy.id)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.index} className="border-b border-slate-200 last:border-b-0">
              <th scope="row" className="p-3 align-top text-sm">
                <FactHeading fact={row.fact} index={row.index} />
              </th>
              {row.cells.map((cell, i) => (
                <td key={columns[i]!.policy.id} className="border-l border-slate-200 p-3 align-top">
                  <CellView cell={cell} column={columns[i]!} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
