"use client";

import { memo } from "react";
import type { Policy } from "@/engine/types";
import { yuanAndWan } from "@/features/result/money-text";
import { clausesTable, limitsTable } from "@/lib/export/cohort-tables";
import type { Table } from "@/lib/export/table";
import { ApplicantTable } from "./applicant-table";
import { ClauseLink } from "./clause-link";
import { Money } from "./money";
import { PayoutChart } from "./payout-chart";
import { SectionHead } from "./section-head";
import { cell, numberCell, TableHead } from "./table-head";
import type { LoadedCohort } from "./worker-protocol";

/** The cohort's cost: totals, per clause, which limits bite, the spread of payouts and every applicant. */
export const CohortResult = memo(function CohortResult({
  cohort,
  policy,
  onExplain,
  exportApplicants,
}: {
  cohort: LoadedCohort;
  policy: Policy;
  onExplain: (id: string) => void;
  /** Every applicant with its amounts per clause and the reasons for its zeros, and those refused: built by the workers. */
  exportApplicants: () => Promise<Table[]>;
}) {
  const { summary, applicants } = cohort;
  const biting = summary.byLimit.filter((l) => l.applicants > 0).sort((a, b) => b.cut.max - a.cut.max);
  const file = `${policy.shortName}-测算-${cohort.asOf}`;
  return (
    <section aria-labelledby="result-heading" className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="result-heading" className="text-lg font-semibold">
          测算结果：{policy.shortName}，计算日期 {cohort.asOf}
        </h2>
      </div>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-lg bg-slate-900 p-4 text-white">
          <dt className="text-sm text-slate-300">合计·确定</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid="cohort-min">
            {yuanAndWan(summary.total.min)}
          </dd>
        </div>
        <div className="rounded-lg bg-slate-900 p-4 text-white">
          <dt className="text-sm text-slate-300">合计·最高</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid="cohort-max">
            {yuanAndWan(summary.total.max)}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">可获支持的申请人</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">
            {summary.payable.toLocaleString("zh-CN")} / {summary.applicants.toLocaleString("zh-CN")}
          </dd>
          {cohort.stats.pendingApplicants > 0 && (
            <dd className="mt-1 text-sm text-amber-900">{cohort.stats.pendingApplicants.toLocaleString("zh-CN")} 个有待核实的行，未计入合计</dd>
          )}
        </div>
      </dl>
      <p className="text-xs text-slate-600">“确定”只计政策写明固定金额的部分；“最高”是条文允许的上限。两者之间的部分由主管部门核定。</p>

      <PayoutChart distribution={summary.distribution} />

      <section aria-labelledby="clauses-heading" className="space-y-2">
        <SectionHead id="clauses-heading" level="h3" exports={{ label: "导出条款汇总", filename: `${file}-条款`, tables: () => [clausesTable(summary.byClause), limitsTable(summary.byLimit)] }}>
          按条款
        </SectionHead>
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <TableHead columns={["条款", "标题", { label: "申请人数", numeric: true }, { label: "确定", numeric: true }, { label: "最高", numeric: true }]} />
            <tbody>
              {summary.byClause.map((c) => (
                <tr key={c.clause} className="border-t border-slate-100">
                  <td className={cell}>
                    <ClauseLink policy={policy.id} clause={c.clause} />
                  </td>
                  <td className={cell}>{c.title}</td>
                  <td className={`${numberCell} tabular-nums`}>{c.applicants.toLocaleString("zh-CN")}</td>
                  <td className={numberCell}>
                    <Money yuan={c.min} />
                  </td>
                  <td className={numberCell}>
                    <Money yuan={c.max} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="limits-heading" className="space-y-2">
        <h3 id="limits-heading" className="font-semibold">
          哪些限额在起作用
        </h3>
        {biting.length === 0 ? (
          <p className="text-sm text-slate-700">没有申请人被限额规则核减。</p>
        ) : (
          <ul className="space-y-2">
            {biting.map((l) => (
              <li key={l.limit} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
                <p className="font-medium">
                  {l.label}（<ClauseLink policy={policy.id} clause={l.clause} />）
                </p>
                <p className="mt-1">
                  核减 {l.applicants.toLocaleString("zh-CN")} 个申请人，合计最高核减 <Money yuan={l.cut.max} />
                  {l.cut.min > 0 && (
                    <>
                      ，其中确定部分 <Money yuan={l.cut.min} />
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="applicants-heading" className="space-y-2">
        <SectionHead id="applicants-heading" level="h3" exports={{ label: "导出申请人明细（逐条款，含未计算的申请人）", filename: `${file}-申请人`, tables: exportApplicants }}>
          申请人（按最高金额排序）
        </SectionHead>
        <ApplicantTable applicants={applicants} onExplain={onExplain} />
      </section>
    </section>
  );
});
