import { checklist, clauseRef, stepTopicLabel } from "@/engine";
import type { ChecklistRow } from "@/engine/next-steps";
import type { Evaluation, Policy } from "@/engine/types";
import { StepTexts } from "./step-text";

/** “适用：…” — the claimed lines a row concerns, each named once. */
const concernedLines = (row: ChecklistRow) => [...new Set(row.lines.map((l) => `${clauseRef(l.clause)} ${l.label}`))].join("、");

/**
 * The whole result's next steps, each once: materials to gather, departments, dates and phones,
 * with the lines that need them. Printed as the checklist a clerk ticks off before applying.
 */
export function ApplicationChecklist({ policy, evaluation }: { policy: Policy; evaluation: Evaluation }) {
  const topics = checklist(policy, evaluation);
  if (topics.length === 0) return null;
  return (
    <div className="application-checklist space-y-3" data-testid="application-checklist">
      <p className="text-xs text-slate-600">
        按政策原文整理，逐项核对后再申报；原文没有写的，这里照实说明。未注明“适用”的，适用于本结果的全部事项。
      </p>
      {topics.map(({ topic, rows }) => (
        <div key={topic} className="checklist-topic">
          <h4 className="text-sm font-semibold text-slate-900">{stepTopicLabel[topic]}</h4>
          <ul className="mt-1 space-y-1.5 text-sm">
            {rows.map((row) => (
              <li key={row.entry.id} className="flex gap-2">
                {/* A box to tick on paper for what the text asks; a dash where it is silent. */}
                {row.entry.kind === "step" ? (
                  <span aria-hidden="true" className="mt-1 inline-block size-3 shrink-0 rounded-sm border border-slate-500" />
                ) : (
                  <span aria-hidden="true" className="w-3 shrink-0 text-center text-slate-500">
                    –
                  </span>
                )}
                <div className="min-w-0 break-words">
                  <StepTexts policyId={policy.id} entries={[row.entry]} />
                  {row.entry.kind === "step" && row.entry.reading && (
                    <p className="text-xs text-slate-600">本工具的理解：{row.entry.reading}</p>
                  )}
                  {!row.all && <p className="text-xs text-slate-600">适用：{concernedLines(row)}</p>}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
