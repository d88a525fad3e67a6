/**
 * The answers a result was computed from, so whoever receives a link or a printout can check it:
 * who applies (and, if the sender typed it, the applicant's name), every fact with its date, count
 * and amount — including what a left-out value was taken to be — the calculation date and the
 * version of the policy data. No hooks: rendered on the share pages and, for paper only, in the calculator.
 */
import type { Applicant, Fact } from "@/engine/types";
import { factParts } from "@/features/compare/fact-summary";
import { valueText } from "@/features/policy-browser/describe-encoding";
import { formatDateZh } from "@/lib/format/dates";
import { applicantAttributes, applicantDefaults } from "@policies/vocabulary";

export interface AnswersListProps {
  applicant: Applicant;
  facts: Fact[];
  asOf: string;
  policyVersion: string;
  applicantName?: string;
  /** Extra classes: the calculator passes "hidden print:block", as its form already shows the answers on screen. */
  className?: string;
}

/** Attributes that only describe an organisation; an individual is asked none of them. */
const ORGANISATION_ONLY = new Set(["orgType", "fundedBy", "budgetLevel", "sme"]);

interface Row {
  label: string;
  value: string;
  mono?: boolean;
  id?: string;
}

const applicantRows = (applicant: Applicant): Row[] =>
  applicantAttributes.flatMap((input) => {
    if (applicant.kind === "individual" && ORGANISATION_ONLY.has(input.name)) return [];
    const stated = applicant[input.name];
    const value = stated ?? applicantDefaults[input.name];
    if (value === undefined) return [];
    return [{ label: input.label, value: `${valueText(input, value)}${stated === undefined ? "（未填，按默认）" : ""}` }];
  });

export function AnswersList({ applicant, facts, asOf, policyVersion, applicantName, className = "" }: AnswersListProps) {
  return (
    <section aria-labelledby="answers-heading" className={`answers-list space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm ${className}`}>
      <h3 id="answers-heading" className="text-base font-semibold text-slate-900">
        测算依据的填写内容
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5">
        {[
          ...(applicantName ? [{ label: "申请人名称", value: applicantName, id: "applicant-name" }] : []),
          ...applicantRows(applicant),
          { label: "计算日期", value: formatDateZh(asOf) },
          { label: "政策数据版本", value: policyVersion, mono: true },
        ].map((r: Row) => (
          <div key={r.label} className="contents">
            <dt className="text-slate-600">{r.label}</dt>
            <dd className={r.mono ? "font-mono text-xs leading-5" : ""} data-testid={r.id}>
              {r.value}
            </dd>
          </div>
        ))}
      </dl>
      {facts.length === 0 ? (
        <p className="text-slate-700">没有填写任何事项。</p>
      ) : (
        <ol className="divide-y divide-slate-100 border-t border-slate-200" data-testid="answers-facts">
          {facts.map((fact, i) => {
            const { title, choices, date, count, amount } = factParts(fact, { unstated: true });
            return (
              <li key={i} className="py-1.5">
                <p>
                  <span className="text-slate-600">{i + 1}. </span>
                  <span className="font-medium">{title}</span>
                  {choices.length > 0 && <span>：{choices.join(" · ")}</span>}
                </p>
                <p className="text-xs text-slate-700">
                  日期 {date ?? `未填（按计算日期 ${asOf}）`}
                  {count && <> · {count}</>}
                  {amount && <> · {amount}</>}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
