import { formatWan } from "@/engine";
import { CellView } from "./cell-view";
import { ColumnSummary, StandingBadge } from "./column-summary";
import { missingSummary, type Comparison } from "./compare-model";
import { FactHeading } from "./fact-heading";

/** Narrow screens: the table's columns become stacked cards, one per policy, after a list of the totals. */
export function CompareCards({ comparison, calcHref }: { comparison: Comparison; calcHref: (policyId: string) => string }) {
  const { columns, rows, standings } = comparison;
  return (
    <>
      <nav aria-labelledby="compare-totals-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-3">
        <h2 id="compare-totals-heading" className="text-sm font-semibold">
          各政策合计
        </h2>
        <ul className="mt-1 divide-y divide-slate-100 text-sm">
          {columns.map(({ policy, evaluation, missing }, c) => (
            <li key={policy.id} className="flex justify-between gap-3 py-1">
              <span>
                <a href={`#compare-card-${policy.id}`} className="text-sky-800 underline underline-offset-2">
                  {policy.shortName}
                </a>
                <StandingBadge standing={standings[c]} />
              </span>
              {evaluation ? (
                <span className="tabular-nums">
                  确定 {formatWan(evaluation.total.min)} · 最高 {formatWan(evaluation.total.max)}
                </span>
              ) : (
                <span className="text-right text-amber-900">需补充{missingSummary(missing).join("；")}</span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <ul className="space-y-4">
        {columns.map((column, c) => (
          <li key={column.policy.id}>
            <section
              id={`compare-card-${column.policy.id}`}
              aria-label={`${column.policy.shortName}政策的结果`}
              className={`scroll-mt-4 rounded-lg border bg-white p-4 ${standings[c] === "highest-ceiling" ? "border-amber-300" : standings[c] ? "border-emerald-400" : "border-slate-200"}`}
            >
              <ColumnSummary column={column} standing={standings[c]} calcHref={calcHref(column.policy.id)} />
              <ol className="mt-3 divide-y divide-slate-200 border-t border-slate-200">
                {rows.map((row) => (
                  <li key={row.index} className="py-2">
                    <p className="mb-1 text-sm">
                      <FactHeading fact={row.fact} index={row.index} />
                    </p>
                    <CellView cell={row.cells[c]!} column={column} />
                  </li>
                ))}
              </ol>
            </section>
          </li>
        ))}
      </ul>
    </>
  );
}
