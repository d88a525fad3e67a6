"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { BatchReport } from "@/lib/batch/batch-report";
import type { CohortEvaluation } from "@/lib/batch/evaluate-batch";
import { shardOf } from "@/lib/batch/shard";
import { loadedCohort, whatIfOf } from "./cohort-shards";
import type { CohortReply, CohortRequest, LoadedCohort, Phase, WorkerReply, WorkerRequest } from "./worker-protocol";

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
  cancelling: boolean;
}

type Answer = Exclude<WorkerReply, { kind: "progress" }>;

/** A cancel the workers have not answered within this long is enforced by stopping them. */
const FORCE_STOP_MS = 2_000;

/**
 * Workers the cohort is shared among. Each reads the whole file (see src/lib/batch/shard.ts) and
 * keeps its own applicants, so two halve the wait on any machine with two cores or more; more
 * would buy less and cost the tab another copy of the file each.
 */
const shardCount = () => Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));

/** Where all the workers stand together: reading until every one has read, then applicants done of all. */
const together = (parts: ({ phase: Phase; done: number; total: number } | undefined)[]): Omit<Progress, "cancelling"> => {
  if (parts.some((p) => !p || p.phase === "read")) {
    const read = parts.reduce((s, p) => s + (!p ? 0 : p.phase === "read" ? p.done / Math.max(1, p.total) : 1), 0) / parts.length;
    return { phase: "read", done: Math.round(read * 1000), total: 1000 };
  }
  return { phase: parts[0]!.phase, done: parts.reduce((s, p) => s + p!.done, 0), total: parts.reduce((s, p) => s + p!.total, 0) };
};

interface Job {
  /** The workers that answer this job, and their answers so far. */
  from: Worker[];
  answers: Map<Worker, Answer>;
  progress: Map<Worker, { phase: Phase; done: number; total: number }>;
  finish: (answers: Answer[]) => CohortReply;
  resolve: (reply: CohortReply) => void;
}

/** The first answer that is not a success decides; otherwise the whole cohort's. */
const settle = (answers: Answer[], whole: () => CohortReply): CohortReply =>
  answers.find((a): a is Extract<Answer, { kind: "failed" | "cancelled" }> => a.kind === "failed" || a.kind === "cancelled") ?? whole();

/**
 * The page's side of the cohort workers: one job at a time, its progress as state, and a cancel
 * that the workers honour between slices. Workers start with the page and live with it.
 */
export function useCohortWorker() {
  const workers = useRef<Worker[]>([]);
  const job = useRef<Job | null>(null);
  const cohort = useRef<LoadedCohort | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  const stopAll = useCallback(() => {
    workers.current.forEach((w) => w.terminate());
    workers.current = [];
    cohort.current = null;
  }, []);


  const end = useCallback((reply: CohortReply) => {
    const current = job.current;
    job.current = null;
    setProgress(null);
    current?.resolve(reply);
  }, []);

  const answer = useCallback(
    (worker: Worker, reply: WorkerReply) => {
      const current = job.current;
      if (!current || !current.from.includes(worker)) return;
      if (reply.kind === "progress") {
        current.progress.set(worker, reply);
        setProgress((p) => ({ ...together(current.from.map((w) => current.progress.get(w))), cancelling: p?.cancelling ?? false }));
        return;
      }
      current.answers.set(worker, reply);
      if (current.answers.size === current.from.length) end(current.finish(current.from.map((w) => current.answers.get(w)!)));
    },
    [end],
  );

  const pool = useCallback((): Worker[] => {
    if (workers.current.length === 0) {
      workers.current = Array.from({ length: shardCount() }, () => {
        // A classic worker: Turbopack's worker bootstrap loads its chunks with importScripts.
        const w = new Worker(new URL("./cohort.worker.ts", import.meta.url));
        w.addEventListener("message", (event: MessageEvent<WorkerReply>) => answer(w, event.data));
        w.addEventListener("error", () => answer(w, { kind: "failed", message: "后台计算出错，请刷新页面后重试" }));
        return w;
      });
    }
    return workers.current;
  }, [answer]);

  // Started with the page, so their code is loaded and compiled before a file is chosen.
  useEffect(() => {
    pool();
    return stopAll;
  }, [pool, stopAll]);

  const run = useCallback(
    (request: CohortRequest): Promise<CohortReply> => {
      const all = pool();
      return new Promise<CohortReply>((resolve) => {
        const start = (from: Worker[], finish: Job["finish"]) => {
          job.current = { from, answers: new Map(), progress: new Map(), finish, resolve };
          setProgress({ phase: request.kind === "load" ? "read" : request.kind === "whatif" ? "whatif" : "evaluate", done: 0, total: 1, cancelling: false });
        };
        if (request.kind === "load") {
          cohort.current = null;
          start(all, (answers) =>
            settle(answers, () => {
              const loaded = loadedCohort(answers.map((a) => (a as { report: BatchReport }).report), request.asOf);
              cohort.current = loaded;
              return { kind: "loaded", cohort: loaded };
            }),
          );
          // Each worker gets its own copy of the file: a transferred buffer leaves the page.
          all.forEach((w, index) => {
            const bytes = index === all.length - 1 ? request.bytes : request.bytes.slice(0);
            w.postMessage({ ...request, bytes, shard: { index, count: all.length } } satisfies WorkerRequest, [bytes]);
          });
        } else if (request.kind === "whatif") {
          const loaded = cohort.current;
          start(all, (answers) =>
            settle(answers, () => ({ kind: "whatif", whatIf: whatIfOf(loaded!, request.changes, answers.map((a) => (a as { evaluation: CohortEvaluation }).evaluation)) })),
          );
          all.forEach((w) => w.postMessage(request satisfies WorkerRequest));
        } else {
          // Only the worker holding the applicant knows it.
          const owner = all[shardOf(request.id, all.length)]!;
          start([owner], ([a]) => a as CohortReply);
          owner.postMessage(request satisfies WorkerRequest);
        }
      });
    },
    [pool],
  );

  const cancel = useCallback(() => {
    setProgress((p) => (p ? { ...p, cancelling: true } : p));
    workers.current.forEach((w) => w.postMessage({ kind: "cancel" } satisfies WorkerRequest));
    // A worker stuck inside one step (reading a huge or hostile file) never sees the message: stop them all.
    const cancelled = job.current;
    setTimeout(() => {
      if (!cancelled || job.current !== cancelled) return;
      stopAll();
      end({ kind: "failed", message: "已强制停止后台计算。已载入的数据随之清除，请重新上传文件。" });
    }, FORCE_STOP_MS);
  }, [end, stopAll]);

  return { run, cancel, progress };
}
