import { clauseRef, stepTopicLabel } from "@/engine";
import { STEP_TOPICS } from "@/engine/next-steps";
import type { Policy } from "@/engine/types";
import { clauseAnchor } from "./clause-anchor";

/** The clause all these items share (第十四条, 临沂市专利奖励（一）, 知识产权奖补资助), if they are all of its items. */
const sharedClause = (policy: Policy, items: string[]): string | undefined => {
  const clauses = items.map((id) => policy.items.find((i) => i.id === id)?.clause ?? "");
  let prefix = clauses.reduce((p, c) => {
    let n = 0;
    while (n < p.length && p[n] === c[n]) n++;
    return p.slice(0, n);
  });
  prefix = prefix.replace(/[（(]$/, "");
  const all = policy.items.filter((i) => i.clause.startsWith(prefix)).map((i) => i.id);
  return prefix.length >= 2 && all.length === items.length ? prefix : undefined;
};

/** 适用于哪些事项: all of them, a clause's, or the first few by name. */
const scopeText = (policy: Policy, items: string[] | undefined, rest: boolean): string => {
  if (!items) return rest ? "其余事项" : "全部事项";
  const clause = items.length > 1 ? sharedClause(policy, items) : undefined;
  if (clause) return `${clauseRef(clause)}的全部事项`;
  const labels = items.map((id) => policy.items.find((i) => i.id === id)?.label ?? id);
  return labels.length <= 3 ? labels.join("、") : `${labels.slice(0, 3).join("、")}等 ${labels.length} 项`;
};

/**
 * How to claim under this policy, topic by topic, as the text states it — and, as plainly, what it
 * does not state. A policy-wide silence next to steps for some items reads “其余事项”: the steps
 * answer for their items, the silence for the rest.
 */
export function ApplicationGuide({ policy }: { policy: Policy }) {
  const application = policy.application;
  if (!application) return null;
  const topics = STEP_TOPICS.map((topic) => ({
    topic,
    steps: application.steps.filter((s) => s.topic === topic),
    silent: application.silent.filter((s) => s.topic === topic),
  })).filter((t) => t.steps.length + t.silent.length > 0);
  return (
    <section aria-labelledby="guide-heading" className="mt-6">
      <h2 id="guide-heading" className="text-lg font-semibold">
        申报指引
      </h2>
      <p className="mt-1 text-sm text-slate-700">按原文整理：向谁申报、何时申报、准备什么材料、向谁咨询。原文没有写的，照实写明。</p>
      <dl className="mt-2 grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[6em_minmax(0,1fr)]">
        {topics.map(({ topic, steps, silent }) => (
          <div key={topic} className="contents">
            <dt className="font-medium text-slate-900">{stepTopicLabel[topic]}</dt>
            <dd className="min-w-0">
              <ul className="list-disc space-y-1 pl-5">
                {steps.map((s) => (
                  <li key={s.id}>
                    {s.text}
                    <span className="text-slate-500"> · </span>
                    <a href={`#${clauseAnchor(s.clause)}`} className="text-sky-800 underline underline-offset-2">
                      {clauseRef(s.clause)}
                    </a>
                    {s.items && <span className="text-slate-600"> · 适用：{scopeText(policy, s.items, false)}</span>}
                  </li>
                ))}
                {silent.map((s) => (
                  <li key={s.id} className="text-slate-700">
                    {s.text}
                    {(steps.length > 0 || s.items) && <span className="text-slate-600"> · 适用：{scopeText(policy, s.items, steps.length > 0)}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
