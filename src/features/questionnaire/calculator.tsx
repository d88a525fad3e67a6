"use client";

import { useMemo, useRef, useState } from "react";
import { evaluate } from "@/engine";
import type { Applicant, Fact, Policy, Scalar } from "@/engine/types";
import { ResultView } from "@/features/result/result-view";
import { ShareActions } from "@/features/result/share-actions";
import { AnswersList } from "@/features/share/answers-list";
import { applicantNameProblem } from "@/lib/share/applicant-name";
import { encodeState, type ShareState } from "@/lib/share/encode-state";
import { factTypeIndex } from "@policies/vocabulary";
import { ApplicantSection } from "./applicant-section";
import { applicantQuestions, deriveFactGroups, newFact, normalizeApplicant, normalizeFact } from "./derive-questionnaire";
import { addButtonId, FactGroupSection, type Entry } from "./fact-group-section";
import { DateField } from "./fields/date-field";
import { MiniTotalBar } from "./mini-total-bar";
import { useUrlState } from "./use-url-state";

export interface CalcState {
  asOf: string;
  applicant: Applicant;
  facts: Fact[];
}

/**
 * The questionnaire and its live result. The engine runs here in the browser on every change:
 * no round trip, so the total follows the typing.
 */
export interface CalculatorProps {
  policy: Policy;
  initial: CalcState;
  /** The ?s= the server read `initial` from. */
  served: string | undefined;
  today: string;
  notice?: string;
}

export function Calculator({ policy, initial, served, today, notice }: CalculatorProps) {
  const nextKey = useRef(initial.facts.length);
  const [asOf, setAsOf] = useState(initial.asOf);
  const [applicant, setApplicant] = useState(initial.applicant);
  const [entries, setEntries] = useState<Entry[]>(() => initial.facts.map((fact, key) => ({ key, fact })));
  const [focusKey, setFocusKey] = useState<number>();
  // Typed before sharing or printing; never part of the page's own ?s= state.
  const [applicantName, setApplicantName] = useState("");

  const questions = useMemo(() => applicantQuestions(policy, applicant), [policy, applicant]);
  const groups = useMemo(() => deriveFactGroups(policy, applicant), [policy, applicant]);
  const forms = useMemo(() => new Map(groups.flatMap((g) => g.forms.map((f) => [f.type, f] as const))), [groups]);
  const facts = useMemo(() => entries.map((e) => e.fact), [entries]);
  const evaluation = useMemo(() => evaluate({ policy, applicant, facts, asOf }, { trace: false }), [policy, applicant, facts, asOf]);
  const state: ShareState = useMemo(() => ({ policy: policy.id, asOf, applicant, facts }), [policy.id, asOf, applicant, facts]);
  const encoded = useMemo(() => encodeState(state), [state]);
  useUrlState(encoded, served);

  // A new fact is dated today, unless the calculation looks back to an earlier day.
  const factDate = asOf < today ? asOf : today;
  const orphans = entries.filter((e) => !forms.has(e.fact.type));

  const add = (type: string) => {
    const form = forms.get(type);
    if (!form) return;
    const key = nextKey.current++;
    setEntries((es) => [...es, { key, fact: newFact(form, factDate) }]);
    setFocusKey(key);
  };
  const change = (key: number, fact: Fact) => {
    const form = forms.get(fact.type);
    if (!form) return;
    setEntries((es) => es.map((e) => (e.key === key ? { key, fact: normalizeFact(form, fact, factDate) } : e)));
  };
  const remove = (key: number) => {
    const type = entries.find((e) => e.key === key)?.fact.type;
    setEntries((es) => es.filter((e) => e.key !== key));
    if (type) document.getElementById(addButtonId(type))?.focus();
  };
  const changeApplicant = (name: string, value: Scalar) => setApplicant((a) => normalizeApplicant(policy, { ...a, [name]: value }));

  return (
    <div className="grid gap-6 pb-20 lg:grid-cols-[minmax(0,1fr)_minmax(22rem,28rem)] lg:pb-0 print:block print:pb-0">
      <form aria-label="填写情况" className="space-y-6 print:hidden" onSubmit={(e) => e.preventDefault()}>
        {notice && (
          <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            {notice}
          </p>
        )}
        <section aria-labelledby="applicant-heading" className="space-y-3 rounded-xl border border-slate-200 bg-slate-100/60 p-4">
          <h2 id="applicant-heading" className="text-lg font-semibold">
            1. 谁来申请
          </h2>
          <ApplicantSection questions={questions} applicant={applicant} onChange={changeApplicant} />
          <div className="max-w-xs">
            <DateField label="计算日期" hint="按这一天判断政策是否有效，默认今天" value={asOf} onChange={setAsOf} />
          </div>
        </section>
        <section aria-labelledby="facts-heading" className="space-y-5">
          <div>
            <h2 id="facts-heading" className="text-lg font-semibold">
              2. 已获得的奖项、认证和项目
            </h2>
            <p className="text-sm text-slate-600">点击下面的事项添加，可添加多项；只列出本政策给予支持的事项。</p>
          </div>
          {groups.map((g) => (
            <FactGroupSection
              key={g.group}
              group={g}
              entries={entries}
              focusKey={focusKey}
              onAdd={add}
              onChange={change}
              onRemove={remove}
            />
          ))}
          {orphans.length > 0 && (
            <section aria-labelledby="orphans-heading" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
              <h3 id="orphans-heading" className="font-semibold text-amber-950">
                本政策对当前申请主体不支持的事项
              </h3>
              <ul className="space-y-1 text-sm">
                {orphans.map((e) => (
                  <li key={e.key} className="flex items-center justify-between gap-2">
                    <span>{factTypeIndex.get(e.fact.type)?.label ?? e.fact.type}</span>
                    <button type="button" className="text-rose-800 underline" onClick={() => remove(e.key)}>
                      删除
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
      </form>
      <aside
        id="result"
        aria-labelledby="result-heading"
        className="space-y-5 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1 print:static print:max-h-none print:overflow-visible"
      >
        <h2 id="result-heading" className="text-lg font-semibold print:hidden">
          测算结果
        </h2>
        <div aria-live="polite">
          <ResultView
            evaluation={evaluation}
            policy={policy}
            input={{ applicant, facts }}
            answers={
              <AnswersList
                className="hidden print:block"
                applicant={applicant}
                facts={facts}
                asOf={asOf}
                policyVersion={evaluation.policyVersion}
                applicantName={applicantName.trim() && !applicantNameProblem(applicantName) ? applicantName.trim() : undefined}
              />
            }
          />
        </div>
        <ShareActions state={state} policyVersion={evaluation.policyVersion} applicantName={applicantName} onApplicantNameChange={setApplicantName} />
        <p className="text-sm print:hidden">
          <a className="text-sky-800 underline underline-offset-2" href={`/compare?s=${encoded}`}>
            用同样的情况对比其他地区的政策
          </a>
        </p>
      </aside>
      <MiniTotalBar total={evaluation.total} />
    </div>
  );
}
