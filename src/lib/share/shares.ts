/**
 * Stored share links (/s/{id}): the request with its date fixed, the policy version and the result
 * exactly as computed, plus that version's policy data, so the link reproduces years later.
 * Only what the user typed into the calculator is kept — and the applicant's name only if they
 * typed one before sharing: no IP address, no user agent, no account.
 */
import type { Evaluation, IsoDate, Policy } from "@/engine/types";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { evaluateRequest } from "@/lib/api/evaluate-service";
import type { ShareRequest } from "@/lib/validation/evaluate-request";
import type { ShareState } from "./codec";
import { compareWithCurrent, type SharedResult } from "./shared-result";
import { isShortId, newShortId } from "./short-id";
import { loadPolicySnapshot, savePolicySnapshot } from "./snapshots";
import { policyById } from "@policies/index";

type Db = Pick<PrismaClient, "share" | "policySnapshot">;

const json = (v: unknown) => v as Prisma.InputJsonValue;

export interface CreatedShare {
  id: string;
  evaluation: Evaluation;
}

/** `request` must have passed the share schema; `today` fixes the date when the request leaves it out. */
export const createShare = async (prisma: Db, request: ShareRequest, today?: IsoDate): Promise<CreatedShare> => {
  const evaluation = evaluateRequest(request, today ? { today } : {});
  // evaluateRequest has already refused an unknown policy.
  const policy = policyById.get(request.policy) as Policy;
  const state: ShareState = { policy: request.policy, asOf: evaluation.asOf, applicant: request.applicant, facts: request.facts };
  // Snapshot first: the foreign key makes a share without its policy data impossible.
  await savePolicySnapshot(prisma, policy);
  const id = newShortId();
  await prisma.share.create({
    data: {
      id,
      policyId: policy.id,
      policyVersion: evaluation.policyVersion,
      request: json(state),
      result: json(evaluation),
      applicantName: request.applicantName ?? null,
    },
  });
  return { id, evaluation };
};

export interface OpenedShare extends SharedResult {
  id: string;
  createdAt: Date;
}

/** null for an id that is malformed or unknown: the page answers both with the same 404. */
export const openShare = async (prisma: Db, id: string): Promise<OpenedShare | null> => {
  if (!isShortId(id)) return null;
  const row = await prisma.share.findUnique({ where: { id } });
  if (!row) return null;
  // The foreign key guarantees the snapshot row; a null here would be a corrupted database.
  const policy = await loadPolicySnapshot(prisma, row.policyVersion);
  if (!policy) throw new Error(`share ${id}: policy snapshot ${row.policyVersion} is missing`);
  const state: ShareState = { ...(row.request as unknown as ShareState), ...(row.applicantName ? { applicantName: row.applicantName } : {}) };
  const original = { policy, evaluation: row.result as unknown as Evaluation };
  return { id, createdAt: row.createdAt, ...compareWithCurrent(state, row.policyVersion, original) };
};
