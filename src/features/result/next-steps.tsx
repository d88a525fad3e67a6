import { clauseRef } from "@/engine";
import type { Evaluation, Policy } from "@/engine/types";
import { retroactiveText, windowText } from "@/lib/format/policy-window";
import { ApplicationChecklist } from "@/features/next-steps/checklist";
import { Section } from "./section";

export function NextSteps({ policy, evaluation }: { policy: Policy; evaluation: Evaluation }) {
  const retro = retroactiveText(policy.effective);
  return (
    <Section title="申报清单" className="next-steps">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-medium text-slate-900">政策有效期</dt>
          <dd className="text-slate-700">
            {windowText(policy.effective, evaluation.asOf)}（{clauseRef(policy.effective.clause)}：“{policy.effective.quote}”）
            {retro && <span className="block">{retro}</span>}
          </dd>
        </div>
      </dl>
      <ApplicationChecklist policy={policy} evaluation={evaluation} />
      <p className="text-sm print:hidden">
        <a className="text-sky-800 underline underline-offset-2" href={`/policies/${policy.id}`}>
          逐条查看《{policy.name}》原文与本工具的读法
        </a>
      </p>
    </Section>
  );
}
