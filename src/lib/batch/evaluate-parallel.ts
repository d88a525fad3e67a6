/**
 * A large cohort over every core. Threads are started first (they load the engine while the upload
 * is still being read), then the cohort is cut into slices that go to whichever is free — the
 * threads and this one — so a thread that started late or runs slower takes fewer slices.
 * Summaries are added by merge-summaries.ts. Node only; the browser uses one Web Worker.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { IsoDate, Policy } from "@/engine/types";
import { evaluateCohort, type CohortMember, type MemberResult } from "@/lib/cohort/aggregate";
import type { CohortEvaluation } from "./evaluate-batch";
import type { ThreadMessage } from "./evaluate-thread";
import { mergeSummaries } from "./merge-summaries";

/** Below this many applicants threads cost more to feed than they save. */
export const PARALLEL_FROM = 5_000;
const SLICE = 2_000;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class EvaluationPool {
  private readonly workers: Worker[];

  /** `script`: the worker entry, evaluate-thread.ts or what it is compiled to. */
  constructor(script: URL, threads = availableParallelism() - 1) {
    this.workers = Array.from({ length: Math.max(0, threads) }, () => new Worker(script));
  }

  async evaluate(policy: Policy, members: CohortMember[], asOf: IsoDate): Promise<CohortEvaluation> {
    if (this.workers.length === 0 || members.length < PARALLEL_FROM) return evaluateCohort(policy, members, asOf);
    const slices = Array.from({ length: Math.ceil(members.length / SLICE) }, (_, i) => members.slice(i * SLICE, (i + 1) * SLICE));
    const done: CohortEvaluation[] = new Array(slices.length);
    let next = 0;
    let failed: unknown = null;
    const running = this.workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          const feed = () => {
            if (next >= slices.length || failed) return resolve();
            const slice = next++;
            worker.postMessage({ slice, members: slices[slice]! } satisfies ThreadMessage);
          };
          worker.on("message", (r: CohortEvaluation & { slice: number }) => {
            done[r.slice] = r;
            feed();
          });
          worker.once("error", (e) => {
            failed = e;
            resolve();
          });
          worker.postMessage({ policy, asOf } satisfies ThreadMessage);
          feed();
        }),
    );
    // This thread takes slices too, handing the threads their next slice between its own.
    while (next < slices.length && !failed) {
      const slice = next++;
      done[slice] = evaluateCohort(policy, slices[slice]!, asOf);
      await turn();
    }
    await Promise.all(running);
    if (failed) throw failed;
    const results: MemberResult[] = done.flatMap((d) => d.results);
    return { results, summary: mergeSummaries(policy, done.map((d) => d.summary)) };
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}
