"use client";

import type { Policy } from "@/engine/types";
import { clauseDeltaTable, memberDeltaTable } from "@/lib/export/cohort-tables";
import { ClauseLink } from "./clause-link";
import { ExportButtons } from "./export-buttons";
import { Money } from "./money";
import type { WhatIf } from "./worker-protocol";

const th = "px-3 py-1.5 font-medium";
const num = "px-3 py-1.5 text-right";
const SHOWN = 50;

const Delta = ({ yuan }: { yuan: number }) => (
  <span className={yuan > 0 ? "text-rose-800" : yuan < 0 ? "text-emerald-800" : "text-slate-500"}>{yuan === 0 ? "—" : <Money yuan={yuan} signed />}</span>
);

/** The draft against the current policy, side by side: in total, per clause and per applicant. */
export function WhatIfResult({ whatIf, policy, draftName, onExplain }: { whatIf: WhatIf; policy: Policy; draftName: string; onExplain: (id: string) => void }) {
  const { total, byClause, byMember } = whatIf;
  const changed = byClause.filter((c) => c.base.max !== c.draft.max || c.base.min !== c.draft.min);
  const file = `${policy.shortName}-草案对比`;
  return (
    <section aria-labelledby="whatif-result-heading" className="space-y-5">
      <h3 id="whatif-result-heading" className="font-semibold">
        草案“{draftName}”与现行政策对比
      </h3>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[30rem] text-left text-sm" aria-label="合计对比">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className={th}>
                合计
              </th>
              <th scope="col" className={`${th} text-right`}>
                现行政策
              </th>
              <th scope="col" className={`${th} text-right`}>
                草案
              </th>
              <th scope="col" className={`${th} text-right`}>
                变化
              </th>
            </tr>
          </thead>
          <tbody className="text-base font-semibold">
            {(["max", "min"] as const).map((k) => (
              <tr key={k} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {k === "max" ? "最高" : "确定"}
                </th>
                <td className={num} data-testid={`base-${k}`}>
                  <Money yuan={total.base[k]} />
                </td>
                <td className={num} data-testid={`draft-${k}`}>
                  <Money yuan={total.draft[k]} />
                </td>
                <td className={num}>
                  <Delta yuan={total.draft[k] - total.base[k]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="whatif-clauses" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h4 id="whatif-clauses" className="font-medium">
            按条款（{changed.length} 条有变化）
          </h4>
          <ExportButtons label="导出条款对比" filename={`${file}-条款`} tables={() => [clauseDeltaTable(byClause), memberDeltaTable(byMember)]} />
        </div>
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[34rem] text-left text-sm">
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className={th}>
                  条款
                </th>
                <th scope="col" className={th}>
                  标题
                </th>
                <th scope="col" className={`${th} text-right`}>
                  现行·最高
                </th>
                <th scope="col" className={`${th} text-right`}>
                  草案·最高
                </th>
                <th scope="col" className={`${th} text-right`}>
                  变化
                </th>
              </tr>
            </thead>
            <tbody>
              {byClause.map((c) => (
                <tr key={c.clause} className={`border-t border-slate-100 ${c.base.max !== c.draft.max ? "bg-amber-50" : ""}`}>
                  <td className="px-3 py-1.5">
                    <ClauseLink policy={policy.id} clause={c.clause} />
                  </td>
                  <td className="px-3 py-1.5">{c.title}</td>
                  <td className={num}>
                    <Money yuan={c.base.max} />
                  </td>
                  <td className={num}>
                    <Money yuan={c.draft.max} />
                  </td>
                  <td className={num}>
                    <Delta yuan={c.draft.max - c.base.max} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="whatif-members" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h4 id="whatif-members" className="font-medium">
            按申请人（{byMember.length.toLocaleString("zh-CN")} 个有变化{byMember.length > SHOWN ? `，列出变化最大的 ${SHOWN} 个` : ""}）
          </h4>
          <ExportButtons label="导出申请人对比" filename={`${file}-申请人`} tables={() => [memberDeltaTable(byMember)]} />
        </div>
        {byMember.length === 0 ? (
          <p className="text-sm text-slate-700">没有申请人的金额因草案而改变。</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[34rem] text-left text-sm">
              <thead className="bg-slate-100 text-slate-700">
                <tr>
                  <th scope="col" className={th}>
                    申请人
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    现行·最高
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    草案·最高
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    变化
                  </th>
                  <th scope="col" className={th}>
                    <span className="sr-only">明细</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {byMember.slice(0, SHOWN).map((m) => (
                  <tr key={m.id} className="border-t border-slate-100">
                    <td className="px-3 py-1.5">{m.name ?? m.id}</td>
                    <td className={num}>
                      <Money yuan={m.base.max} />
                    </td>
                    <td className={num}>
                      <Money yuan={m.draft.max} />
                    </td>
                    <td className={num}>
                      <Delta yuan={m.delta.max} />
                    </td>
                    <td className="px-3 py-1.5 text-right">
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
}
