"use client";

import { useMemo, useState } from "react";
import { formatWan } from "@/engine";
import type { Figure } from "./editable-figures";

const SECTIONS: { key: Figure["section"]; title: string }[] = [
  { key: "item", title: "支持金额与比例" },
  { key: "limit", title: "限额与数量上限" },
  { key: "window", title: "有效期" },
];

const shown = (f: Figure) => (f.base === null ? "长期" : f.unit === "元" ? formatWan(Number(f.base)) : f.unit === "日期" ? String(f.base) : `${f.base} ${f.unit}`);

/** Every figure of the policy with its current value and a field for the draft's. */
export function WhatIfEditor({
  figures,
  edits,
  onEdit,
}: {
  figures: Figure[];
  edits: ReadonlyMap<string, string>;
  onEdit: (key: string, value: string | undefined) => void;
}) {
  const [query, setQuery] = useState("");
  const [onlyChanged, setOnlyChanged] = useState(false);
  const visible = useMemo(() => {
    const q = query.trim();
    return figures.filter((f) => (!onlyChanged || edits.has(f.key)) && (!q || `${f.clause}${f.label}${f.what}`.includes(q)));
  }, [figures, edits, query, onlyChanged]);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-2">
          <span className="text-slate-700">筛选</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="条款、项目或关键词" className="w-48 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
          只看已修改（{edits.size}）
        </label>
      </div>
      <div className="max-h-[28rem] space-y-4 overflow-y-auto rounded-lg border border-slate-200 bg-white p-3">
        {SECTIONS.map(({ key, title }) => {
          const list = visible.filter((f) => f.section === key);
          if (list.length === 0) return null;
          return (
            <fieldset key={key} className="space-y-1">
              <legend className="mb-1 text-sm font-semibold text-slate-900">{title}</legend>
              {list.map((f) => {
                const edited = edits.get(f.key);
                const id = `figure-${f.key}`;
                return (
                  <div key={f.key} className={`grid grid-cols-1 items-center gap-x-3 gap-y-1 rounded-md px-2 py-1.5 sm:grid-cols-[1fr_8rem_10rem] ${edited !== undefined ? "bg-amber-50" : ""}`}>
                    <label htmlFor={id} className="text-sm">
                      <span className="mr-1 text-slate-500">{f.clause}</span>
                      {f.label}
                      <span className="text-slate-600"> · {f.what}</span>
                    </label>
                    <span className="text-sm tabular-nums text-slate-600">现行 {shown(f)}</span>
                    <input
                      id={id}
                      type={f.unit === "日期" ? "date" : "number"}
                      min={0}
                      step={1}
                      inputMode={f.unit === "日期" ? undefined : "numeric"}
                      value={edited ?? (f.base === null ? "" : String(f.base))}
                      onChange={(e) => onEdit(f.key, e.target.value === String(f.base ?? "") ? undefined : e.target.value)}
                      className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm tabular-nums"
                      aria-describedby={`${id}-unit`}
                    />
                    <span id={`${id}-unit`} className="sr-only">
                      单位：{f.unit}
                    </span>
                  </div>
                );
              })}
            </fieldset>
          );
        })}
        {visible.length === 0 && <p className="text-sm text-slate-600">没有符合筛选的数值。</p>}
      </div>
    </div>
  );
}
