"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { BatchError } from "@/lib/batch/cohort-builder";
import { shardOf } from "@/lib/batch/shard";
import { allChanges, exportRowsOf, loadedCohort, whatIfOf } from "./cohort-shards";
import type { CohortReply, CohortRequest, LoadedCohort, Phase, WorkerReply, WorkerRequest } from "./worker-protocol";

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
  cancelling: boolean;
}

type Answer = Exclude<WorkerReply, { kind: "progress" }>;
type Success = Exclude<Answer, { kind: "failed" | "cancelled" }>;

/** How often the progress is redrawn at most. */
const PROGRESS_MS = 100;

/** A cancel the workers have not answered within this long is enforced by stopping them. */
const FORCE_STOP_MS = 2_000;

/** Said when a worker fails in a way it could not put into words itself: the shard it held is gone. */
const CRASHED = "后台计算意外中止（浏览器内存不足或程序错误）。已载入的数据已清除，请重新上传文件；如仍出错，可把文件拆小后分批上传。";

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
  id: number;
  /** The workers that answer this job, and their answers so far. */
  from: Worker[];
  answers: Map<Worker, Success>;
  progress: Map<Worker, { phase: Phase; done: number; total: number }>;
  /** When the progress was last drawn. */
  shown: number;
  finish: (answers: Success[]) => CohortReply;
  resolve: (reply: CohortReply) => void;
}

/** The sentence for a failure the page itself hit while adding the workers' answers up. */
const failure = (e: unknown): CohortReply => ({
  kind: "failed",
  message: e instanceof BatchError ? e.message : `汇总各后台线程的结果时出错：${e instanceof Error ? e.message : String(e)}`,
});

/** Every worker's answer to a job of one kind is that kind's (the others end the job first). */
const ofKind = <K extends Success["kind"]>(answers: Success[], _kind: K) => answers as Extract<Success, { kind: K }>[];

/**
 * The page's side of the cohort workers: one job at a time (a new one supersedes the one running,
 * whose promise then resolves as cancelled), its progress as state, and a cancel that the workers
 * honour between slices. Every way a job can end — an answer from each worker, a worker's failure
 * in words, an error it could not catch, a message that cannot be read, the page's own adding up —
 * ends it with a reply, so the progress never hangs. Workers start with the page and live with it.
 */
export function useCohortWorker() {
  const workers = useRef<Worker[]>([]);
  const job = useRef<Job | null>(null);
  const jobs = useRef(0);
  const cohort = useRef<LoadedCohort | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  const stopAll = useCallback(() => {
    workers.current.forEach((w) => w.terminate());
    workers.current = [];
    cohort.current = null;
  }, []);

  /** Ends the current job with this reply; the other workers are told to stop their part. */
  const end = useCallback((reply: CohortReply) => {
    const current = job.current;
    if (!current) return;
    job.current = null;
    setProgress(null);
    if (reply.kind === "failed" || reply.kind === "cancelled") {
      for (const w of current.from) if (!current.answers.has(w)) w.postMessage({ kind: "cancel", job: current.id } satisfies WorkerRequest);
    }
    current.resolve(reply);
  }, []);

  const answer = useCallback(
    (worker: Worker, reply: WorkerReply) => {
      const current = job.current;
      if (!current || reply.job !== current.id || !current.from.includes(worker)) return;
      if (reply.kind === "progress") {
        current.progress.set(worker, reply);
        // Workers report every slice; the page redraws at most every PROGRESS_MS.
        const now = performance.now();
        if (now - current.shown < PROGRESS_MS) return;
        current.shown = now;
        setProgress((p) => ({ ...together(current.from.map((w) => current.progress.get(w))), cancelling: p?.cancelling ?? false }));
        return;
      }
      // The first failure decides: the others' work would only be thrown away.
      if (reply.kind === "failed" || reply.kind === "cancelled") return end(reply);
      current.answers.set(worker, reply);
      if (current.answers.size < current.from.length) return;
      let whole: CohortReply;
      try {
        whole = current.finish(current.from.map((w) => current.answers.get(w)!));
      } catch (e) {
        whole = failure(e);
      }
      end(whole);
    },
    [end],
  );

  /** A worker that failed outside its own error handling, or whose message could not be read. */
  const broken = useCallback(
    (worker: Worker, crashed: boolean) => {
      const current = job.current;
      if (crashed) stopAll();
      if (current && current.from.includes(worker)) {
        end({ kind: "failed", message: crashed ? CRASHED : "后台线程发来的结果无法读取，请重试；如仍出错，请刷新页面后重新上传。" });
      }
    },
    [end, stopAll],
  );

  const pool = useCallback((): Worker[] => {
    if (workers.current.length === 0) {
      workers.current = Array.from({ length: shardCount() }, () => {
        // A classic worker: Turbopack's worker bootstrap loads its chunks with importScripts.
        const w = new Worker(new URL("./cohort.worker.ts", import.meta.url));
        w.addEventListener("message", (event: MessageEvent<WorkerReply>) => answer(w, event.data));
        w.addEventListener("error", (event) => {
          event.preventDefault();
          broken(w, true);
        });
        w.addEventListener("messageerror", () => broken(w, false));
        return w;
      });
    }
    return workers.current;
  }, [answer, broken]);

  // Started with the page, so their code is loaded and compiled before a file is chosen.
  useEffect(() => {
    pool();
    return stopAll;
  }, [pool, stopAll]);

  const run = useCallback(
    (request: CohortRequest): Promise<CohortReply> => {
      // A newer job supersedes the one running: its caller hears it was cancelled, the workers drop it.
      end({ kind: "cancelled" });
      const all = pool();
      const id = ++jobs.current;
      return new Promise<CohortReply>((resolve) => {
        const start = (from: Worker[], phase: Phase, finish: Job["finish"]) => {
          job.current = { id, from, answers: new Map(), progress: new Map(), shown: 0, finish, resolve };
          setProgress({ phase, done: 0, total: 1, cancelling: false });
        };
        switch (request.kind) {
          case "load": {
            cohort.current = null;
            start(all, "read", (answers) => {
              const loaded = loadedCohort(ofKind(answers, "loaded"), request.asOf);
              cohort.current = loaded;
              return { kind: "loaded", cohort: loaded };
            });
            // A Blob is passed by reference: each worker reads the file itself.
            all.forEach((w, index) => w.postMessage({ ...request, job: id, shard: { index, count: all.length } } satisfies WorkerRequest));
            return;
          }
          case "whatif": {
            const loaded = cohort.current;
            if (!loaded) return resolve({ kind: "failed", message: "请先上传申请数据" });
            start(all, "whatif", (answers) => ({ kind: "whatif", whatIf: whatIfOf(loaded, request.changes, ofKind(answers, "evaluated").map((a) => a.whatIf)) }));
            break;
          }
          case "export":
            start(all, "export", (answers) => ({ kind: "exported", rows: exportRowsOf(ofKind(answers, "exported").map((a) => a.rows)) }));
            break;
          case "deltas":
            start(all, "export", (answers) => ({ kind: "deltas", deltas: allChanges(ofKind(answers, "deltas").map((a) => a.deltas)) }));
            break;
          case "explain": {
            // Only the worker holding the applicant knows it.
            const owner = all[shardOf(request.id, all.length)]!;
            start([owner], "evaluate", ([a]) => a as CohortReply);
            owner.postMessage({ ...request, job: id } satisfies WorkerRequest);
            return;
          }
        }
        all.forEach((w) => w.postMessage({ ...request, job: id } satisfies WorkerRequest));
      });
    },
    [end, pool],
  );

  const cancel = useCallback(() => {
    const cancelled = job.current;
    if (!cancelled) return;
    setProgress((p) => (p ? { ...p, cancelling: true } : p));
    workers.current.forEach((w) => w.postMessage({ kind: "cancel", job: cancelled.id } satisfies WorkerRequest));
    // A worker stuck inside one step (reading a huge or hostile file) never sees the message: stop them all.
    setTimeout(() => {
      if (job.current !== cancelled) return;
      stopAll();
      end({ kind: "failed", message: "已强制停止后台计算。已载入的数据随之清除，请重新上传文件。" });
    }, FORCE_STOP_MS);
  }, [end, stopAll]);

  return { run, cancel, progress };
}
