import { clauseRef, formatRange, statusText } from "@/engine";
import type { Adjustment, Line } from "@/engine/types";
import { clauseHref } from "@/features/policy-browser/clause-anchor";
import { missingText, type Cell, type CellEntry, type Column } from "./compare-model";

const counted = (l: Line) => l.status === "payable" || l.status === "reduced";

const tone: Record<Line["status"], string> = {
  payable: "text-emerald-800",
  reduced: "text-amber-800",
  dropped: "text-slate-700",
  ineligible: "text-rose-800",
  "outside-window": "text-rose-800",
};

export function ClauseLink({ policyId, clause }: { policyId: string; clause: string }) {
  return (
    <a href={clauseHref(policyId, clause)} className="font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950">
      {clauseRef(clause)}
    </a>
  );
}

/**
 * A limit's note starts with its clause ("第二十三条（二）：…"); the cell names each clause once, as
 * the link, followed by what every note under it says.
 */
const byLimitClause = (notes: string[], limits: Adjustment[]) => {
  const clauses = [...new Set(limits.map((a) => a.clause))];
  const prefix = (clause: string) => `${clauseRef(clause)}：`;
  const under = clauses.map((clause) => ({
    clause,
    texts: notes.filter((n) => n.startsWith(prefix(clause))).map((n) => n.slice(prefix(clause).length)),
  }));
  return { under, other: notes.filter((n) => !clauses.some((c) => n.startsWith(prefix(c)))) };
};

function LineEntry({ entry, policyId, blocked }: { entry: Extract<CellEntry, { kind: "line" }>; policyId: string; blocked: boolean }) {
  const { line, limits } = entry;
  const amount = counted(line) ? formatRange({ min: line.min, max: line.max }) : formatRange(line.gross);
  // A policy that does not apply says why once, in its column head; repeating it in every cell adds nothing.
  const { under, other } = byLimitClause(blocked ? [] : line.notes.filter((n) => n), limits);
  return (
    <>
      <p>
        <ClauseLink policyId={policyId} clause={line.clause} /> {line.label}
        {line.units > 1 ? ` × ${line.units}` : ""}
      </p>
      <p className="tabular-nums">
        <span className={counted(line) ? "font-semibold" : "text-slate-600 line-through"}>{amount}</span>{" "}
        <span className={`text-xs ${tone[line.status]}`}>{statusText[line.status]}</span>
      </p>
      {other.length ? (
        <ul className="mt-0.5 space-y-0.5 text-xs text-slate-700">
          {other.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}
      {under.map(({ clause, texts }) => (
        <p key={clause} className="mt-0.5 text-xs text-slate-700">
          限额依据 <ClauseLink policyId={policyId} clause={clause} />
          {texts.length ? `：${texts.join("；")}` : ""}
        </p>
      ))}
    </>
  );
}

function EntryView({ entry, column }: { entry: CellEntry; column: Column }) {
  const policyId = column.policy.id;
  switch (entry.kind) {
    case "line":
      return <LineEntry entry={entry} policyId={policyId} blocked={column.blockedBy.length > 0} />;
    case "unquantified":
      return (
        <>
          <p>
            <ClauseLink policyId={policyId} clause={entry.entry.clause} /> {entry.entry.label}
          </p>
          <p className="text-xs text-slate-700">金额未明确：{entry.entry.why}</p>
        </>
      );
    case "missing":
      return <p className="font-medium text-amber-900">{missingText(entry.fields)}</p>;
    case "waiting":
      return <p className="text-slate-700">补充第 {entry.facts.join("、")} 项后计算</p>;
    case "reason":
      return (
        <p className="text-slate-700">
          {entry.reason.clause ? (
            <>
              <ClauseLink policyId={policyId} clause={entry.reason.clause} />：
            </>
          ) : null}
          {/* The row already names the fact, so the engine's "第 N 项：" prefix is dropped. */}
          {entry.reason.message.replace(/^第 \d+ 项：/, "")}
        </p>
      );
  }
}

/** What one policy does with one fact: its lines with amounts and clauses, or why it pays nothing. */
export function CellView({ cell, column }: { cell: Cell; column: Column }) {
  if (cell.entries.length === 0) {
    return <p className="text-sm text-slate-700">{column.blockedBy.length ? "本政策不适用（见上方说明）" : "本政策对此事项不支付"}</p>;
  }
  return (
    <ul className="space-y-2 text-sm">
      {cell.entries.map((entry, i) => (
        <li key={i}>
          <EntryView entry={entry} column={column} />
        </li>
      ))}
    </ul>
  );
}
