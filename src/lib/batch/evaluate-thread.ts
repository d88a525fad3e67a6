/**
 * Worker-thread entry for evaluateInParallel: evaluates the share of the cohort it is sent and
 * answers with its results and summary. Node only (worker_threads).
 */
import { parentPort } from "node:worker_threads";
import type { IsoDate, Policy } from "@/engine/types";
import { evaluateCohort, type CohortMember } from "@/lib/cohort/aggregate";

parentPort!.on("message", ({ policy, members, asOf }: { policy: Policy; members: CohortMember[]; asOf: IsoDate }) => {
  parentPort!.postMessage(evaluateCohort(policy, members, asOf));
});
