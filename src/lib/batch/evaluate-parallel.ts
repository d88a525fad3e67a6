/**
 * A large cohort over every core: worker threads evaluate their shares while this thread evaluates
 * its own, then the summaries are added up (merge-summaries.ts). Node only; the browser uses one
 * Web Worker. `script` is the worker entry (evaluate-thread.ts, or its compiled form).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { IsoDate, Policy } from "@/engine/types";
import { evaluateCohort, type CohortMember } from "@/lib/cohort/aggregate";
import type { CohortEvaluation } from "./evaluate-batch";
import { mergeSummaries } from "./merge-summaries";

/** Below this many applicants a thread costs more to start and feed than it saves. */
export const PARALLEL_FROM = 5_000;

const onThread = (script: URL, policy: Policy, members: CohortMember[], asOf: IsoDate): Promise<CohortEvaluation> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once("message", (result: CohortEvaluation) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage({ policy, members, asOf });
  });

export const evaluateInParallel = async (
  policy: Policy,
  members: CohortMember[],
  asOf: IsoDate,
  script: URL,
  threads = availableParallelism(),
): Promise<CohortEvaluation> => {
  if (threads < 2 || members.length < PARALLEL_FROM) return evaluateCohort(policy, members, asOf);
  const size = Math.ceil(members.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => members.slice(i * size, (i + 1) * size));
  const [own, ...others] = shares;
  const pending = others.map((share) => onThread(script, policy, share, asOf));
  const mine = evaluateCohort(policy, own!, asOf);
  const parts = [mine, ...(await Promise.all(pending))];
  return { results: parts.flatMap((p) => p.results), summary: mergeSummaries(policy, parts.map((p) => p.summary)) };
};
