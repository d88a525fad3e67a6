"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatWan } from "@/engine";
import type { Figure, FigureProblem } from "./editable-figures";

const SECTIONS: { key: Figure["section"]; title: string }[] = [
  { key: "item", title: "支持金额与比例" },
  { key: "limit", title: "限额与数量上限" },
  { key: "window", title: "有效期" },
];

const shown = (f: Figure) => (f.base === null ? "长期" : f.unit === "元" ? formatWan(Number(f.base)) : f.unit === "日期" ? String(f.base) : `${f.base} ${f.unit}`);

const fieldId = (key: string) => `figure-${key}`;

/** One figure: a row of its own, so typing in one field redraws that row and not the eighty others. */
const FigureRow = memo(function FigureRow({
  figure: f,
  edited,
  problem,
  onEdit,
}: {
  figure: Figure;
  edited: string | undefined;
  problem: string | undefined;
  onEdit: (key: string, value: string | undefined) => void;
}) {
  const id = fieldId(f.key);
  return (
    <div className={`grid grid-cols-1 items-center gap-x-3 gap-y-1 rounded-md px-2 py-1.5 sm:grid-cols-[1fr_8rem_10rem] ${problem ? "bg-rose-50" : edited !== undefined ? "bg-amber-50" : ""}`}>
      <label htmlFor={id} className="text-sm">
        <span className="mr-1 text-slate-500">{f.clause}</span>
        {f.label}
        <span className="text-slate-600"> · {f.what}</span>
      </label>
      <span className="text-sm tabular-nums text-slate-600">现行 {shown(f)}</span>
      <input
        id={id}
        type={f.unit === "日期" ? "date" : "text"}
        inputMode={f.unit === "日期" ? undefined : "numeric"}
        value={edited ?? (f.base === null ? "" : String(f.base))}
        onChange={(e) => onEdit(f.key, e.target.value === String(f.base ?? "") ? undefined : e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-unit${problem ? ` ${id}-problem` : ""}`}
        className={`w-full rounded-md border px-2 py-1 text-sm tabular-nums ${problem ? "border-rose-500" : "border-slate-300"}`}
      />
      <span id={`${id}-unit`} className="sr-only">
        单位：{f.unit}
      </span>
      {problem && (
        <p id={`${id}-problem`} className="text-sm text-rose-800 sm:col-span-3">
          {problem}
        </p>
      )}
    </div>
  );
});

/**
 * Every figure of the policy with its current value and a field for the draft's. A value the
 * draft cannot use is said under its field and in a list naming each such figure; choosing one
 * there (or `locate` changing) brings the field into view and into focus, filters or not.
 */
export const WhatIfEditor = memo(function WhatIfEditor({
  figures,
  edits,
  problems,
  locate,
  onEdit,
}: {
  figures: Figure[];
  edits: ReadonlyMap<string, string>;
  problems: readonly FigureProblem[];
  /** Bumped by the page to bring the first problem into view. */
  locate: number;
  onEdit: (key: string, value: string | undefined) => void;
}) {
  const [query, setQuery] = useState("");
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const visible = useMemo(() => {
    const q = query.trim();
    return figures.filter((f) => (!onlyChanged || edits.has(f.key)) && (!q || `${f.clause}${f.label}${f.what}`.includes(q)));
  }, [figures, edits, query, onlyChanged]);
  const problemOf = useMemo(() => new Map(problems.flatMap((p) => (p.key ? [[p.key, p.message] as const] : []))), [problems]);

  /** Shows every figure if a filter hides this one, then scrolls to its field once it is drawn. */
  const goTo = useCallback(
    (key: string) => {
      if (!visible.some((f) => f.key === key)) {
        setQuery("");
        setOnlyChanged(false);
      }
      setPending(key);
    },
    [visible],
  );

  useEffect(() => {
    if (!pending) return;
    const field = document.getElementById(fieldId(pending));
    if (!field) return;
    field.scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
    setPending(null);
  }, [pending, visible]);

  // Only a new request moves the focus, not every change of the problems: the latest ones are read from a ref.
  const latest = useRef({ problems, goTo });
  useEffect(() => {
    latest.current = { problems, goTo };
  });
  useEffect(() => {
    const first = latest.current.problems.find((p) => p.key)?.key;
    if (locate > 0 && first) latest.current.goTo(first);
  }, [locate]);

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
              {list.map((f) => (
                <FigureRow key={f.key} figure={f} edited={edits.get(f.key)} problem={problemOf.get(f.key)} onEdit={onEdit} />
              ))}
            </fieldset>
          );
        })}
        {visible.length === 0 && <p className="text-sm text-slate-600">没有符合筛选的数值。</p>}
      </div>
      {problems.length > 0 && (
        <div role="alert" className="space-y-1 rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
          <p className="font-medium">草案中有 {problems.length} 处数值不能使用，改正后自动重新测算：</p>
          <ul className="list-disc space-y-1 pl-5">
            {problems.map((p) => (
              <li key={`${p.key ?? ""}${p.message}`}>
                {p.message}
                {p.key && (
                  <button type="button" onClick={() => goTo(p.key!)} className="ml-2 text-sky-800 underline underline-offset-2">
                    定位到该数值
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});
