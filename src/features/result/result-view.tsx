/**
 * The explained result of one evaluation, read-only. No hooks, so the live questionnaire, the
 * share-link pages and the compare page can all render it, on the server or in the browser.
 * Pass `input` (the answers evaluated) to also show what a little more would add.
 */
import type { ReactNode } from "react";
import { formatRange } from "@/engine";
import type { Applicant, Evaluation, Fact, Line, Policy } from "@/engine/types";
import { DISCLAIMER } from "./disclaimer";
import { findNearMisses } from "./near-misses";
import { NearMissList } from "./near-miss-list";
import { NextSteps } from "./next-steps";
import { PendingList, type PendingEntry } from "./pending-list";
import { PrintHeader } from "./print-header";
import { ProblemsAlert } from "./problems-alert";
import { ResultLine } from "./result-line";
import { Section } from "./section";
import { TotalSummary } from "./total-summary";
import { CompanionNotice } from "@/features/next-steps/companion-notice";
import { LineSteps } from "@/features/next-steps/line-steps";

export type { PendingEntry } from "./pending-list";

export interface ResultViewProps {
  evaluation: Evaluation;
  policy: Policy;
  input?: { applicant: Applicant; facts: Fact[] };
  /** What the result was computed from (features/share/answers-list.tsx), placed under the printed heading. */
  answers?: ReactNode;
  /** Entries the questionnaire holds but did not evaluate, because they are not finished. */
  pending?: PendingEntry[];
}

const isCounted = (l: Line) => l.status === "payable" || l.status === "reduced";

export function ResultView({ evaluation, policy, input, answers, pending = [] }: ResultViewProps) {
  const counted = evaluation.lines.filter(isCounted);
  const notCounted = evaluation.lines.filter((l) => !isCounted(l));
  const showYear = new Set(evaluation.lines.map((l) => l.year)).size > 1;
  const hints = input ? findNearMisses(policy, input, evaluation) : [];
  const lines = (ls: Line[]) => (
    <ul className="space-y-2">
      {ls.map((l) => (
        <ResultLine key={`${l.item}-${l.fact}`} line={l} policyId={policy.id} showYear={showYear}>
          {isCounted(l) && <LineSteps policy={policy} item={l.item} />}
        </ResultLine>
      ))}
    </ul>
  );
  const empty = evaluation.lines.length === 0 && evaluation.unquantified.length === 0;

  return (
    <div className="result-view space-y-5">
      <PrintHeader policy={policy} evaluation={evaluation} />
      {answers}
      <ProblemsAlert reasons={evaluation.reasons} />
      {policy.application?.companion && <CompanionNotice companion={policy.application.companion} />}
      <TotalSummary total={evaluation.total} pending={pending.length} />
      <PendingList pending={pending} />
      {empty && pending.length === 0 && <p className="text-sm text-slate-600">还没有可计算的事项。填写获得的奖项、认证、标准等事项后，这里会逐项列出可申领的金额和依据。</p>}
      {counted.length > 0 && <Section title={`计入合计的项目（${counted.length}）`}>{lines(counted)}</Section>}
      {evaluation.adjustments.length > 0 && (
        <Section title="限额与就高规则">
          <ul className="space-y-2 text-sm">
            {evaluation.adjustments.map((a, i) => (
              <li key={`${a.limit}-${a.year ?? ""}-${i}`} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-amber-950">
                <p>{a.explanation}</p>
                {a.effect.max < 0 && (
                  <p className="mt-1 font-medium">
                    核减 {formatRange({ min: -a.effect.min, max: -a.effect.max })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {notCounted.length > 0 && <Section title={`未计入合计的项目（${notCounted.length}）`}>{lines(notCounted)}</Section>}
      {evaluation.unquantified.length > 0 && (
        <Section title="有支持、但政策未写明金额">
          <ul className="space-y-2 text-sm">
            {evaluation.unquantified.map((u) => (
              <li key={`${u.item}-${u.fact}`} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="font-medium">{u.label}</p>
                <p className="text-slate-700">{u.why}</p>
                <p className="mt-1 text-slate-600">
                  “{u.quote}”
                </p>
                <LineSteps policy={policy} item={u.item} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {!empty && evaluation.notes.length > 0 && (
        <Section title="其他说明">
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
            {evaluation.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Section>
      )}
      <NearMissList hints={hints} />
      <NextSteps policy={policy} evaluation={evaluation} />
      <p className="result-disclaimer rounded-lg border border-slate-300 bg-slate-100 p-3 text-xs text-slate-700">{DISCLAIMER}</p>
    </div>
  );
}
