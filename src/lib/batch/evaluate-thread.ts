/**
 * Worker-thread entry for EvaluationPool: receives the policy once, then slices of the cohort, and
 * answers each slice with its results and summary. Node only (worker_threads).
 */
import { parentPort } from "node:worker_threads";
import type { IsoDate, Policy } from "@/engine/types";
import { evaluateCohort, type CohortMember } from "@/lib/cohort/aggregate";

export type ThreadMessage = { policy: Policy; asOf: IsoDate } | { slice: number; members: CohortMember[] };

let job: { policy: Policy; asOf: IsoDate } | null = null;

parentPort!.on("message", (msg: ThreadMessage) => {
  if ("policy" in msg) job = msg;
  else parentPort!.postMessage({ slice: msg.slice, ...evaluateCohort(job!.policy, msg.members, job!.asOf) });
});
