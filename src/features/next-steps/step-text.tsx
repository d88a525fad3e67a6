import { clauseRef } from "@/engine";
import type { StepEntry } from "@/engine/next-steps";
import { clauseHref } from "@/features/policy-browser/clause-anchor";

/** A link to the clause a step quotes; on paper the label alone. */
export function ClauseCite({ policyId, clause }: { policyId: string; clause: string }) {
  return (
    <a className="whitespace-nowrap text-sky-800 underline underline-offset-2" href={clauseHref(policyId, clause)}>
      {clauseRef(clause)}
    </a>
  );
}

/** Entries that quote the same clause, so 身份证明；证明文件；信用报告 cite 第二十四条 once. */
const runsByClause = (entries: StepEntry[]): StepEntry[][] => {
  const runs: StepEntry[][] = [];
  for (const e of entries) {
    const last = runs.at(-1);
    const same = last && last[0]!.kind === "step" && e.kind === "step" && last[0]!.clause === e.clause;
    if (same) last.push(e);
    else runs.push([e]);
  }
  return runs;
};

/** One topic's entries as a sentence: the steps in the text's words with their clause, or what the text is silent on. */
export function StepTexts({ policyId, entries }: { policyId: string; entries: StepEntry[] }) {
  return runsByClause(entries).map((run) => {
    const first = run[0]!;
    if (first.kind === "silent") {
      return (
        <span key={first.id} className="block text-slate-600">
          {first.text}
        </span>
      );
    }
    return (
      <span key={first.id} className="block">
        {run.map((e) => e.text).join("；")}
        <span className="text-slate-500"> · </span>
        <ClauseCite policyId={policyId} clause={first.clause} />
      </span>
    );
  });
}
