"use client";

import { memo } from "react";
import type { Policy, Range } from "@/engine/types";
import { clauseDeltaTable } from "@/lib/export/cohort-tables";
import type { Table } from "@/lib/export/table";
import { ClauseLink } from "./clause-link";
import { ExportButtons } from "./export-buttons";
import { changeTitle, formatChange, Money, MoneyRange } from "./money";
import { SectionHead } from "./section-head";
import { cell, numberCell, TableHead } from "./table-head";
import type { WhatIf } from "./worker-protocol";

const tone = (yuan: number) => (yuan > 0 ? "text-rose-800" : yuan < 0 ? "text-emerald-800" : "text-slate-500");

const Delta = ({ yuan }: { yuan: number }) => <span className={tone(yuan)}>{yuan === 0 ? "—" : <Money yuan={yuan} signed />}</span>;

/** Coloured by the maximum, the figure a budget is planned on; by the certain part where only that moved. */
const RangeDelta = ({ base, draft }: { base: Range; draft: Range }) => {
  const change = { min: draft.min - base.min, max: draft.max - base.max };
  return (
    <span className={`tabular-nums ${tone(change.max || change.min)}`} title={changeTitle(change)}>
      {formatChange(change)}
    </span>
  );
};

const moved = (c: { base: Range; draft: Range }) => c.base.max !== c.draft.max || c.base.min !== c.draft.min;

const RANGE_COLUMNS = [
  { label: "现行政策", numeric: true },
  { label: "草案", numeric: true },
  { label: "变化", numeric: true },
];

/** The cells under RANGE_COLUMNS: the current policy, the draft, and the change. */
const RangeCells = ({ base, draft }: { base: Range; draft: Range }) => (
  <>
    <td className={numberCell}>
      <MoneyRange range={base} />
    </td>
    <td className={numberCell}>
      <MoneyRange range={draft} />
    </td>
    <td className={numberCell}>
      <RangeDelta base={base} draft={draft} />
    </td>
  </>
);

/** The draft against the current policy, side by side: in total, per clause and per applicant. */
export const WhatIfResult = memo(function WhatIfResult({
  whatIf,
  policy,
  draftName,
  onExplain,
  exportApplicants,
  exportChanges,
}: {
  whatIf: WhatIf;
  policy: Policy;
  draftName: string;
  onExplain: (id: string) => void;
  /** Every applicant under the draft, per clause, as the cohort's own export. */
  exportApplicants: () => Promise<Table[]>;
  /** Every applicant the draft changes (the page lists only the largest changes). */
  exportChanges: () => Promise<Table[]>;
}) {
  const { total, byClause, byMember, changed: changedMembers } = whatIf;
  const changed = byClause.filter(moved);
  const file = `${policy.shortName}-草案对比`;
  return (
    <section aria-labelledby="whatif-result-heading" className="space-y-5">
      <h3 id="whatif-result-heading" className="font-semibold">
        草案“{draftName}”与现行政策对比
      </h3>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[30rem] text-left text-sm" aria-label="合计对比">
          <TableHead columns={["合计", ...RANGE_COLUMNS]} />
          <tbody className="text-base font-semibold">
            {(["max", "min"] as const).map((k) => (
              <tr key={k} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {k === "max" ? "最高" : "确定"}
                </th>
                <td className={numberCell} data-testid={`base-${k}`}>
                  <Money yuan={total.base[k]} />
                </td>
                <td className={numberCell} data-testid={`draft-${k}`}>
                  <Money yuan={total.draft[k]} />
                </td>
                <td className={numberCell}>
                  <Delta yuan={total.draft[k] - total.base[k]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-600">下面按条款、按申请人的金额写作“确定 至 最高”，“最高 X”即确定部分为 0；变化列同样先写确定部分、再写最高金额的变化。</p>

      <section aria-labelledby="whatif-clauses" className="space-y-2">
        <SectionHead id="whatif-clauses" level="h4" exports={{ label: "导出条款对比", filename: `${file}-条款`, tables: async () => [clauseDeltaTable(byClause), ...(await exportChanges())] }}>
          按条款（{changed.length} 条有变化）
        </SectionHead>
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <TableHead columns={["条款", "标题", ...RANGE_COLUMNS]} />
            <tbody>
              {byClause.map((c) => (
                <tr key={c.clause} className={`border-t border-slate-100 ${moved(c) ? "bg-amber-50" : ""}`}>
                  <td className={cell}>
                    <ClauseLink policy={policy.id} clause={c.clause} />
                  </td>
                  <td className={cell}>{c.title}</td>
                  <RangeCells base={c.base} draft={c.draft} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="whatif-members" className="space-y-2">
        <SectionHead id="whatif-members" level="h4" exports={{ label: "导出申请人对比", filename: `${file}-申请人`, tables: exportChanges }}>
          按申请人（{changedMembers.toLocaleString("zh-CN")} 个有变化{changedMembers > byMember.length ? `，列出变化最大的 ${byMember.length} 个` : ""}）
        </SectionHead>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <ExportButtons label="导出草案下的申请人明细（逐条款）" filename={`${file}-草案明细`} tables={exportApplicants} />
        </p>
        {byMember.length === 0 ? (
          <p className="text-sm text-slate-700">没有申请人的金额因草案而改变。</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <TableHead columns={["申请人", ...RANGE_COLUMNS, { label: "明细", srOnly: true }]} />
              <tbody>
                {byMember.map((m) => (
                  <tr key={m.id} className="border-t border-slate-100">
                    <td className={cell}>{m.name ?? m.id}</td>
                    <RangeCells base={m.base} draft={m.draft} />
                    <td className={numberCell}>
                      <button type="button" onClick={() => onExplain(m.id)} className="text-sky-800 underline underline-offset-2" aria-label={`按草案查看明细：${m.name ?? m.id}`}>
                        草案明细
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
});
