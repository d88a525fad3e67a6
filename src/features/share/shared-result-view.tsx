import Link from "next/link";
import type { ReactNode } from "react";
import type { Computed, SharedResult } from "@/lib/share/shared-result";
import { editPath } from "@/lib/share/codec";
import { ResultView } from "@/features/result/result-view";
import { AnswersList } from "./answers-list";
import { ShareBanner } from "./share-banner";

function Result({ title, computed, state, answers }: { title?: string; computed: Computed; state: SharedResult["state"]; answers?: ReactNode }) {
  const view = <ResultView evaluation={computed.evaluation} policy={computed.policy} input={state} answers={answers} />;
  if (!title) return view;
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      {view}
    </section>
  );
}

/** The read-only page behind both kinds of link: banner, the result(s), and a way back to editing. */
export function SharedResultView({ shared, createdAt }: { shared: SharedResult; createdAt?: Date }) {
  const { status, original, current, state } = shared;
  const policy = (current ?? original)?.policy;
  // Listed once, with the first result shown: the answers and the version that result was computed with.
  const first = (original ?? current) as Computed | null;
  const answers = first && (
    <AnswersList
      applicant={state.applicant}
      facts={state.facts}
      asOf={state.asOf}
      policyVersion={first.evaluation.policyVersion}
      applicantName={state.applicantName}
    />
  );
  return (
    <main className="mx-auto max-w-4xl space-y-5 px-4 py-5 sm:px-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">{policy?.region}</p>
          <h1 className="text-xl font-bold">{policy?.name}</h1>
        </div>
        {current && (
          <Link
            href={editPath(state)}
            className="rounded-md bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 print:hidden"
          >
            继续编辑
          </Link>
        )}
      </header>
      <ShareBanner shared={shared} createdAt={createdAt} />
      {status === "result-changed" && original && current ? (
        <>
          <Result title="当时的结果" computed={original} state={state} answers={answers} />
          <Result title="按当前政策数据计算的结果" computed={current} state={state} />
        </>
      ) : (
        first && <Result computed={first} state={state} answers={answers} />
      )}
    </main>
  );
}
