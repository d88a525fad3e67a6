"use client";

import { useMemo, useRef, useState } from "react";
import { evaluate } from "@/engine";
import type { Policy, Scalar } from "@/engine/types";
import { ResultView, type PendingEntry } from "@/features/result/result-view";
import { ShareActions } from "@/features/result/share-actions";
import { useHydrated } from "@/features/site/use-hydrated";
import { AnswersList } from "@/features/share/answers-list";
import { applicantNameProblem } from "@/lib/share/applicant-name";
import { encodeDraft, encodeState, type ShareState } from "@/lib/share/encode-state";
import { factTypeIndex } from "@policies/vocabulary";
import { addButtonId, factAnchor } from "./anchors";
import { ApplicantSection } from "./applicant-section";
import { applicantQuestions, deriveFactGroups, fieldsFor, newFact, normalizeApplicant, normalizeFact } from "./derive-questionnaire";
import { confirmedFigures, entryProblems, type Entry, type Problem } from "./entry-status";
import { FactGroupSection } from "./fact-group-section";
import { DateField } from "./fields/date-field";
import type { CalcState } from "./initial-state";
import { MiniTotalBar } from "./mini-total-bar";
import { useUrlState } from "./use-url-state";

/**
 * The questionnaire and its live result. The engine runs here in the browser on every change:
 * no round trip, so the total follows the typing. Only finished entries reach it; the others are
 * listed as 待补全, so no figure rests on a choice not made or a value not accepted.
 */
export interface CalculatorProps {
  policy: Policy;
  initial: CalcState;
  /** The ?s= the server read `initial` from. */
  served: string | undefined;
  notice?: string;
}

const pendingNotice = (n: number) => `有 ${n} 项待补全`;

export function Calculator({ policy, initial, served, notice }: CalculatorProps) {
  const ready = useHydrated();
  const nextKey = useRef(initial.facts.length);
  const [asOf, setAsOf] = useState(initial.asOf);
  const [applicant, setApplicant] = useState(initial.applicant);
  const [entries, setEntries] = useState<Entry[]>(() =>
    initial.facts.map((fact, key) => ({ key, fact, invalid: {}, confirmed: initial.incomplete.includes(key) ? {} : confirmedFigures(fact) })),
  );
  const [focusKey, setFocusKey] = useState<number>();
  // Typed before sharing or printing; never part of the page's own ?s= state.
  const [applicantName, setApplicantName] = useState("");

  const questions = useMemo(() => applicantQuestions(policy, applicant), [policy, applicant]);
  const groups = useMemo(() => deriveFactGroups(policy, applicant), [policy, applicant]);
  const forms = useMemo(() => new Map(groups.flatMap((g) => g.forms.map((f) => [f.type, f] as const))), [groups]);
  // Entries of a type the policy does not pay this applicant for cannot pay; they go to the engine as they are, for its reasons.
  const problems = useMemo(
    () =>
      new Map(
        entries.map((e): [number, Problem[]] => {
          const form = forms.get(e.fact.type);
          return [e.key, form ? entryProblems(fieldsFor(form, e.fact), e) : []];
        }),
      ),
    [entries, forms],
  );
  const ordinals = useMemo(() => {
    const seen = new Map<string, number>();
    return new Map(entries.map((e) => [e.key, seen.set(e.fact.type, (seen.get(e.fact.type) ?? 0) + 1).get(e.fact.type)!]));
  }, [entries]);
  const unfinished = entries.filter((e) => problems.get(e.key)!.length > 0);
  const finished = useMemo(() => entries.filter((e) => problems.get(e.key)!.length === 0).map((e) => e.fact), [entries, problems]);
  const evaluation = useMemo(
    () => (asOf === undefined ? null : evaluate({ policy, applicant, facts: finished, asOf }, { trace: false })),
    [policy, applicant, finished, asOf],
  );
  const encoded = useMemo(
    () =>
      encodeDraft({
        policy: policy.id,
        asOf,
        applicant,
        facts: entries.map((e) => e.fact),
        incomplete: entries.flatMap((e, i) => (problems.get(e.key)!.length > 0 ? [i] : [])),
      }),
    [policy.id, asOf, applicant, entries, problems],
  );
  useUrlState(encoded, served);
  // Links that compute a result (to share, to compare) are made only from finished answers.
  const shareable: ShareState | undefined = asOf !== undefined && unfinished.length === 0 ? { policy: policy.id, asOf, applicant, facts: finished } : undefined;
  const pending: PendingEntry[] = unfinished.map((e) => ({
    title: `${factTypeIndex.get(e.fact.type)?.label ?? e.fact.type} 第 ${ordinals.get(e.key)} 项`,
    problems: problems.get(e.key)!.map((p) => p.message),
    href: `#${factAnchor(e.key)}`,
  }));
  const orphans = entries.filter((e) => !forms.has(e.fact.type));

  const add = (type: string) => {
    const form = forms.get(type);
    if (!form) return;
    const key = nextKey.current++;
    setEntries((es) => [...es, { key, fact: newFact(form), invalid: {}, confirmed: {} }]);
    setFocusKey(key);
  };
  const change = (entry: Entry) => {
    const form = forms.get(entry.fact.type);
    const before = entries.find((e) => e.key === entry.key);
    if (!form || !before) return;
    const fact = normalizeFact(form, entry.fact, before.fact);
    // A message about a field no longer asked would block the entry with nothing to correct.
    const shown = new Set(fieldsFor(form, fact).map((f) => f.name));
    const invalid = Object.fromEntries(Object.entries(entry.invalid).filter(([name]) => shown.has(name)));
    setEntries((es) => es.map((e) => (e.key === entry.key ? { ...entry, fact, invalid } : e)));
  };
  const remove = (key: number) => {
    const type = entries.find((e) => e.key === key)?.fact.type;
    setEntries((es) => es.filter((e) => e.key !== key));
    if (type) document.getElementById(addButtonId(type))?.focus();
  };
  const changeApplicant = (name: string, value: Scalar) => setApplicant((a) => normalizeApplicant(policy, { ...a, [name]: value }));

  return (
    <div className="grid gap-6 pb-20 lg:grid-cols-[minmax(0,1fr)_minmax(22rem,28rem)] lg:pb-0 print:block print:pb-0">
      {/*
        A GET form so that ＋ 事项 and 删除 (submit buttons) work before the scripts have loaded: the
        server applies them to ?s= and redirects (initial-state.ts). Once hydrated, they act in place.
      */}
      <form
        aria-label="填写情况"
        method="get"
        action={`/calc/${policy.id}`}
        aria-busy={!ready}
        className="space-y-6 print:hidden"
        onSubmit={(e) => e.preventDefault()}
      >
        {/* The default button, disabled: Enter in a field before hydration must not add an entry. */}
        <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
        <input type="hidden" name="s" value={encoded} />
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
            <p className="text-sm text-slate-600">点击下面的事项添加，可添加多项；只列出本政策给予支持的事项。每项选定类别和日期后才计入合计。</p>
          </div>
          {groups.map((g) => (
            <FactGroupSection
              key={g.group}
              group={g}
              entries={entries}
              problems={problems}
              ordinals={ordinals}
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
                    <button
                      type="submit"
                      name="remove"
                      value={e.key}
                      className="min-h-11 min-w-11 text-rose-800 underline sm:min-h-0 sm:pointer-coarse:min-h-11"
                      onClick={(event) => {
                        event.preventDefault();
                        remove(e.key);
                      }}
                    >
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
          {evaluation && asOf !== undefined ? (
            <ResultView
              evaluation={evaluation}
              policy={policy}
              input={{ applicant, facts: finished }}
              pending={pending}
              answers={
                <AnswersList
                  className="hidden print:block"
                  applicant={applicant}
                  facts={finished}
                  asOf={asOf}
                  policyVersion={evaluation.policyVersion}
                  applicantName={applicantName.trim() && !applicantNameProblem(applicantName) ? applicantName.trim() : undefined}
                />
              }
            />
          ) : (
            <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
              <strong>待补全</strong>：请选择计算日期。政策是否有效按这一天判断，选定后才计算金额。
            </p>
          )}
        </div>
        <ShareActions
          state={shareable}
          unfinished={asOf === undefined ? "计算日期待补全" : unfinished.length > 0 ? pendingNotice(unfinished.length) : undefined}
          policyVersion={evaluation?.policyVersion ?? ""}
          applicantName={applicantName}
          onApplicantNameChange={setApplicantName}
        />
        <p className="text-sm print:hidden">
          {shareable ? (
            <a className="text-sky-800 underline underline-offset-2" href={`/compare?s=${encodeState(shareable)}`}>
              用同样的情况对比其他地区的政策
            </a>
          ) : (
            <span className="text-slate-600">用同样的情况对比其他地区的政策：{asOf === undefined ? "计算日期待补全" : pendingNotice(unfinished.length)}，补全后可用。</span>
          )}
        </p>
      </aside>
      <MiniTotalBar total={evaluation?.total} pending={unfinished.length} />
    </div>
  );
}
