import { clauseRef } from "@/engine";
import type { Evaluation, Policy } from "@/engine/types";
import { retroactiveText, windowText } from "@/lib/format/policy-window";
import { byLabel, relevantGuidance } from "./relevant-guidance";
import { Section } from "./section";

export function NextSteps({ policy, evaluation }: { policy: Policy; evaluation: Evaluation }) {
  const retro = retroactiveText(policy.effective);
  const guidance = relevantGuidance(policy, evaluation);
  return (
    <Section title="下一步">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-medium text-slate-900">政策有效期</dt>
          <dd className="text-slate-700">
            {windowText(policy.effective, evaluation.asOf)}（{clauseRef(policy.effective.clause)}：“{policy.effective.quote}”）
            {retro && <span className="block">{retro}</span>}
          </dd>
        </div>
        {byLabel(guidance).map(([label, entries]) => (
          <div key={label}>
            <dt className="font-medium text-slate-900">{label}</dt>
            <dd>
              <ul className="list-disc space-y-0.5 pl-5 text-slate-700">
                {entries.map((g) => (
                  <li key={g.id}>
                    {g.text}
                    <span className="text-slate-500">（{clauseRef(g.clause)}）</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
        <div className="print:hidden">
          <dt className="font-medium text-slate-900">政策原文</dt>
          <dd>
            <a className="text-sky-800 underline underline-offset-2" href={`/policies/${policy.id}`}>
              逐条查看《{policy.name}》原文与本工具的读法
            </a>
          </dd>
        </div>
      </dl>
    </Section>
  );
}
