import { clauseRef, describeStep, formatRange, statusText } from "@/engine";
import type { Line } from "@/engine/types";
import { clauseHref } from "@/features/policy-browser/clause-anchor";
import { payerLabel } from "./money-text";

const statusStyle: Record<Line["status"], string> = {
  payable: "bg-emerald-50 text-emerald-800",
  reduced: "bg-amber-50 text-amber-800",
  dropped: "bg-slate-100 text-slate-700",
  ineligible: "bg-rose-50 text-rose-800",
  "outside-window": "bg-rose-50 text-rose-800",
};

/** Notes that repeat a limit step would say the same thing twice inside one line. */
const extraNotes = (line: Line) => line.notes.filter((n) => n && !line.calc.some((s) => s.kind === "limit" && s.text === n));

/** A fact claimed the year after its date (a year-end stock) always shows the year it is claimed in. */
const claimedLater = (line: Line) => line.calc.some((s) => s.kind === "claim");

export function ResultLine({ line, policyId, showYear }: { line: Line; policyId: string; showYear: boolean }) {
  const amount = formatRange({ min: line.min, max: line.max });
  const gross = formatRange(line.gross);
  const counted = line.status === "payable" || line.status === "reduced";
  const notes = extraNotes(line);
  return (
    <li className="result-line rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
            <a className="font-medium text-sky-800 underline-offset-2 hover:underline" href={clauseHref(policyId, line.clause)}>
              {clauseRef(line.clause)}
            </a>
            <span>{line.title}</span>
            {line.payer && (
              <span className="rounded border border-violet-200 bg-violet-50 px-1.5 text-violet-800">{payerLabel[line.payer]}财政</span>
            )}
            {(showYear || claimedLater(line)) && <span>{line.year} 年度{claimedLater(line) ? "申报" : ""}</span>}
          </p>
          <p className="mt-0.5 font-medium text-slate-900">
            {line.label}
            {line.units > 1 && <span className="text-slate-600"> × {line.units}</span>}
          </p>
        </div>
        <div className="text-right">
          <p className={`font-semibold tabular-nums ${counted ? "text-slate-900" : "text-slate-500 line-through"}`}>
            {counted ? amount : gross}
          </p>
          <p className={`mt-0.5 inline-block rounded px-1.5 text-xs ${statusStyle[line.status]}`}>{statusText[line.status]}</p>
          {line.status === "reduced" && <p className="text-xs text-slate-500">核减前 {gross}</p>}
        </div>
      </div>
      {notes.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm text-slate-700">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <details className="group mt-2 text-sm">
        <summary className="cursor-pointer select-none text-sky-800 underline-offset-2 hover:underline">
          原文与计算<span className="sr-only">：{clauseRef(line.clause)} {line.label}</span>
        </summary>
        <div className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3">
          <blockquote className="text-slate-800">
            <span className="text-slate-500">{clauseRef(line.clause)}：</span>“{line.quote}”
          </blockquote>
          {line.reading && (
            <p className="text-slate-700">
              <span className="font-medium">本工具的理解：</span>
              {line.reading}
            </p>
          )}
          {line.calc.length > 0 && (
            <ol className="list-decimal space-y-0.5 pl-5 text-slate-700">
              {line.calc.map((s, i) => (
                <li key={i}>{describeStep(s)}</li>
              ))}
            </ol>
          )}
        </div>
      </details>
    </li>
  );
}
