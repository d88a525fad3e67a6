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

/**
 * The page's side of the cohort worker: one job at a time, its progress as state, and a cancel
 * that the worker honours between slices. The worker is created on first use and lives with the page.
 */
export function useCohortWorker() {
  const worker = useRef<Worker | null>(null);
  const waiting = useRef<((reply: Final) => void) | null>(null);
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
    return new Promise<Final>((resolve) => {
      waiting.current = resolve;
      worker.current!.postMessage(request, transfer);
    });
  }, []);

  const cancel = useCallback(() => {
    setProgress((p) => (p ? { ...p, cancelling: true } : p));
    worker.current?.postMessage({ kind: "cancel" } satisfies WorkerRequest);
  }, []);

  return { run, cancel, progress };
}
