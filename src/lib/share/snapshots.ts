/**
 * Policy data by version. A stored link names the policyVersion it was computed with; keeping that
 * version's data lets the link be recomputed exactly and compared clause by clause with today's,
 * long after the policy module in the code has changed.
 */
import { policyVersion } from "@/engine";
import type { Policy } from "@/engine/types";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { policies } from "@policies/index";

type Db = Pick<PrismaClient, "policySnapshot">;

/** Idempotent: a version's data never changes, so an existing row is left as it is. */
export const savePolicySnapshot = async (prisma: Db, policy: Policy): Promise<string> => {
  const version = policyVersion(policy);
  await prisma.policySnapshot.createMany({
    data: [{ version, policyId: policy.id, data: policy as unknown as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
  return version;
};

/**
 * The stored data is not re-validated with today's policy schema: an old version may name a fact
 * or field the vocabulary has since renamed, and it must still reproduce what it computed then.
 */
export const loadPolicySnapshot = async (prisma: Db, version: string): Promise<Policy | null> => {
  const row = await prisma.policySnapshot.findUnique({ where: { version } });
  return row ? (row.data as unknown as Policy) : null;
};

const recorded = new WeakSet<object>();

/**
 * Records the versions this build serves, once per process and database. Self-contained links
 * (/r?d=…) store nothing when made, so this is what lets them explain later policy changes.
 */
export const recordCurrentPolicies = async (prisma: Db): Promise<void> => {
  if (recorded.has(prisma)) return;
  for (const policy of policies) await savePolicySnapshot(prisma, policy);
  recorded.add(prisma);
};
