"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Phase, WorkerReply, WorkerRequest } from "./worker-protocol";

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
  cancelling: boolean;
}

type Final = Exclude<WorkerReply, { kind: "progress" }>;

/** A cancel the worker has not answered within this long is enforced by stopping the worker. */
const FORCE_STOP_MS = 2_000;

/**
 * The page's side of the cohort worker: one job at a time, its progress as state, and a cancel
 * that the worker honours between slices. The worker is created on first use and lives with the page.
 */
export function useCohortWorker() {
  const worker = useRef<Worker | null>(null);
  const waiting = useRef<((reply: Final) => void) | null>(null);
  const job = useRef(0);
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const run = useCallback((request: Exclude<WorkerRequest, { kind: "cancel" }>, transfer: Transferable[] = []): Promise<Final> => {
    if (!worker.current) {
      // A classic worker: Turbopack's worker bootstrap loads its chunks with importScripts.
      const w = new Worker(new URL("./cohort.worker.ts", import.meta.url));
      w.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.kind === "progress") {
          setProgress((p) => ({ phase: reply.phase, done: reply.done, total: reply.total, cancelling: p?.cancelling ?? false }));
          return;
        }
        setProgress(null);
        waiting.current?.(reply);
        waiting.current = null;
      });
      w.addEventListener("error", () => {
        setProgress(null);
        waiting.current?.({ kind: "failed", message: "后台计算出错，请刷新页面后重试" });
        waiting.current = null;
      });
      worker.current = w;
    }
    setProgress({ phase: request.kind === "load" ? "read" : request.kind === "whatif" ? "whatif" : "evaluate", done: 0, total: 1, cancelling: false });
    job.current++;
    return new Promise<Final>((resolve) => {
      waiting.current = resolve;
      worker.current!.postMessage(request, transfer);
    });
  }, []);

  const cancel = useCallback(() => {
    setProgress((p) => (p ? { ...p, cancelling: true } : p));
    worker.current?.postMessage({ kind: "cancel" } satisfies WorkerRequest);
    // A worker stuck inside one step (reading a huge or hostile file) never sees the message: stop it.
    const stuck = worker.current;
    const cancelled = job.current;
    setTimeout(() => {
      if (job.current !== cancelled || !waiting.current) return;
      stuck?.terminate();
      worker.current = null;
      setProgress(null);
      waiting.current({ kind: "failed", message: "已强制停止后台计算。已载入的数据随之清除，请重新上传文件。" });
      waiting.current = null;
    }, FORCE_STOP_MS);
  }, []);

  return { run, cancel, progress };
}
