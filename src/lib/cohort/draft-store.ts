/**
 * Saved what-if drafts: stored once, never changed (a colleague's link always shows what was
 * shared), opened by their unguessable id. Reopening applies the changes to today's policy data
 * and says so when that data has changed since the draft was saved.
 */
import { policyVersion } from "@/engine";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { isShortId, newShortId } from "@/lib/share/short-id";
import { policyById } from "@policies/index";
import { applyDraft, DraftError, draftChangeSchema, type Draft, type DraftChange } from "./draft";

type Db = Pick<PrismaClient, "draft">;

export interface SavedDraft extends Draft {
  id: string;
  createdAt: string;
  baseVersion: string;
  /** The policy data changed after the draft was saved: its baseline is today's, not the one it was made against. */
  outdated: boolean;
}

/** Throws DraftError when the policy is unknown or the changes would make its data invalid. */
export const saveDraft = async (prisma: Db, draft: Draft): Promise<SavedDraft> => {
  const policy = policyById.get(draft.policy);
  if (!policy) throw new DraftError("未知的政策 policy", "policy");
  applyDraft(policy, draft.changes);
  const row = await prisma.draft.create({
    data: {
      id: newShortId(),
      name: draft.name,
      policyId: policy.id,
      baseVersion: policyVersion(policy),
      changes: draft.changes as unknown as Prisma.InputJsonValue,
    },
  });
  return { ...draft, id: row.id, createdAt: row.createdAt.toISOString(), baseVersion: row.baseVersion, outdated: false };
};

/** null for a malformed or unknown id, and for a draft whose policy is no longer registered. */
export const openDraft = async (prisma: Db, id: string): Promise<SavedDraft | null> => {
  if (!isShortId(id)) return null;
  const row = await prisma.draft.findUnique({ where: { id } });
  const policy = row && policyById.get(row.policyId);
  if (!row || !policy) return null;
  const changes: DraftChange[] = draftChangeSchema.array().parse(row.changes);
  return {
    id: row.id,
    name: row.name,
    policy: row.policyId,
    changes,
    createdAt: row.createdAt.toISOString(),
    baseVersion: row.baseVersion,
    outdated: row.baseVersion !== policyVersion(policy),
  };
};
