/**
 * The cohort through the engine, in slices: between slices it reports progress and lets other work
 * run (the browser's messages, the server's other requests), and stops if the caller cancelled.
 */
import type { IsoDate, Policy } from "@/engine/types";
import { CohortAccumulator, type CohortMember, type CohortSummary, type MemberResult } from "@/lib/cohort/aggregate";

export interface Pace {
  onProgress?: (done: number, total: number) => void;
  cancelled?: () => boolean;
}

export class Cancelled extends Error {
  constructor() {
    super("已取消");
  }
}

/**
 * Short enough that a cancel, or a newer draft superseding this one, is seen within about a frame
 * (the officer types on while a draft runs: the newer one waits for the older one's slice to end)
 * and progress moves smoothly; long enough that yielding costs about 1 % (a message to itself).
 */
const SLICE_MS = 16;

/**
 * Lets other work run — the worker's next message, the server's other requests — and comes back at
 * once: setImmediate in Node (after pending I/O); in a browser a message to itself, which unlike a
 * repeated timer is not held back 4 ms.
 */
export const breathe: () => Promise<void> =
  typeof setImmediate === "function"
    ? () => new Promise((resolve) => setImmediate(resolve))
    : (() => {
        const channel = new MessageChannel();
        const waiting: (() => void)[] = [];
        channel.port1.onmessage = () => waiting.shift()?.();
        return () =>
          new Promise<void>((resolve) => {
            waiting.push(resolve);
            channel.port2.postMessage(null);
          });
      })();

export interface CohortEvaluation {
  results: MemberResult[];
  summary: CohortSummary;
}

/** `each` over every item, in slices of about SLICE_MS: progress between slices, and a stop if cancelled. */
export const slices = async <T, R>(items: readonly T[], pace: Pace, each: (item: T) => R): Promise<R[]> => {
  const out: R[] = new Array(items.length);
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    out[i] = each(items[i]!);
    if (performance.now() - sliceStart > SLICE_MS) {
      pace.onProgress?.(i + 1, items.length);
      await breathe();
      if (pace.cancelled?.()) throw new Cancelled();
      sliceStart = performance.now();
    }
  }
  pace.onProgress?.(items.length, items.length);
  return out;
};

export const evaluateBatch = async (policy: Policy, members: readonly CohortMember[], asOf: IsoDate, pace: Pace = {}): Promise<CohortEvaluation> => {
  const acc = new CohortAccumulator(policy, asOf);
  const results = await slices(members, pace, (m) => acc.add(m).result);
  return { results, summary: acc.summary() };
};
