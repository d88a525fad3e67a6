"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { ApplicantList } from "./applicant-columns";
import { Money } from "./money";
import { cell, numberCell, TableHead } from "./table-head";

const PAGE = 20;

const NONE = new ApplicantList([]);

/** Every evaluated applicant, largest first, searchable by id or name; each opens its explanation. */
export function ApplicantTable({ applicants, onExplain }: { applicants: ApplicantList; onExplain: (id: string) => void }) {
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(0);
  // The totals above come first: ranking 100,000 applicants is done in a render of its own, after them.
  const deferred = useDeferredValue(applicants, NONE);
  const ranked = useMemo(() => deferred.ranked(), [deferred]);
  const rank = useMemo(() => {
    const r = new Uint32Array(deferred.length);
    ranked.forEach((at, i) => (r[at] = i + 1));
    return r;
  }, [deferred, ranked]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? ranked.filter((at) => deferred.matches(at, q)) : ranked;
  }, [deferred, ranked, query]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages - 1);
  return (
    <div className="space-y-2">
      <label className="flex max-w-sm items-center gap-2 text-sm">
        <span className="shrink-0 text-slate-700">查找申请人</span>
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPage(0);
          }}
          placeholder="编号或名称"
          className="w-full rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <TableHead columns={["排名", "申请人", { label: "确定", numeric: true }, { label: "最高", numeric: true }, { label: "限额核减", numeric: true }, { label: "明细", srOnly: true }]} />
          <tbody>
            {Array.from(shown.subarray(current * PAGE, current * PAGE + PAGE), (at) => ({ at, a: deferred.at(at) })).map(({ at, a }) => (
              <tr key={a.id} className="border-t border-slate-100">
                <td className={`${cell} tabular-nums text-slate-600`}>{rank[at]}</td>
                <td className={cell}>
                  <span className="font-medium">{a.name ?? a.id}</span>
                  {a.name && <span className="ml-2 text-xs text-slate-500">{a.id}</span>}
                  {!a.eligible && <span className="ml-2 rounded bg-rose-100 px-1.5 text-xs text-rose-900">不符合申请条件</span>}
                  {a.eligible && a.pending && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-950">待核实</span>}
                </td>
                <td className={numberCell}>
                  <Money yuan={a.total.min} />
                </td>
                <td className={numberCell}>
                  <Money yuan={a.total.max} />
                </td>
                <td className={`${numberCell} text-amber-900`}>{a.cut.max > 0 ? <Money yuan={-a.cut.max} /> : "—"}</td>
                <td className={numberCell}>
                  <button type="button" onClick={() => onExplain(a.id)} className="text-sky-800 underline underline-offset-2" aria-label={`查看明细：${a.name ?? a.id}`}>
                    明细
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="申请人分页" className="flex items-center gap-3 text-sm">
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)} className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-40">
          上一页
        </button>
        <span className="tabular-nums text-slate-700">
          第 {current + 1} / {pages} 页，共 {shown.length.toLocaleString("zh-CN")} 个
        </span>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)} className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-40">
          下一页
        </button>
      </nav>
    </div>
  );
}
