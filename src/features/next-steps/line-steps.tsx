import { stepsForItem, stepTopicLabel } from "@/engine";
import type { Policy } from "@/engine/types";
import { StepTexts } from "./step-text";

/** Under a claimed line: whom to apply to, when, with what, whom to ask — each with its clause, or said to be absent from the text. */
export function LineSteps({ policy, item }: { policy: Policy; item: string }) {
  const topics = stepsForItem(policy, item);
  if (topics.length === 0) return null;
  return (
    <div className="line-steps mt-2 rounded-md border border-sky-100 bg-sky-50/60 px-2.5 py-2 text-sm print:hidden">
      <p className="font-medium text-slate-900">下一步</p>
      <dl className="mt-1 grid grid-cols-[4.5em_minmax(0,1fr)] gap-x-2 gap-y-1">
        {topics.map(({ topic, entries }) => (
          <div key={topic} className="contents">
            <dt className="text-slate-600">{stepTopicLabel[topic]}</dt>
            <dd className="min-w-0 break-words text-slate-800">
              <StepTexts policyId={policy.id} entries={entries} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
