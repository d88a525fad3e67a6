/**
 * Opening a self-contained link (/r?d=…&v=…&sig=…): the answers come from the URL, the policy
 * version the link was made with from `v`, and that version's data from the snapshot store when it
 * is not the one this build serves. Only a link this server signed (POST /api/v1/links) is shown as
 * the result of its time; any other is recomputed with today's data and says it cannot be vouched
 * for. Nothing about the link itself is stored.
 */
import { policyVersion } from "@/engine";
import type { Policy } from "@/engine/types";
import { policyById } from "@policies/index";
import { decodeState } from "./codec";
import { verifyLink } from "./link-signature";
import { compareWithCurrent, computeState, recomputedOnly, type SharedResult } from "./shared-result";

/** `engine.policyVersion`: policy id, "@", 16 hex digits. */
const VERSION = /^([a-z]+)@[0-9a-f]{16}$/;

export interface SelfContainedQuery {
  d: string;
  v?: string;
  sig?: string;
}

export interface SelfContainedSources {
  loadSnapshot: (version: string) => Promise<Policy | null>;
  /** Read only for a link that carries a signature: unsigned links open without the database. */
  signingKey: () => Promise<Uint8Array>;
}

export type SelfContainedResult = { ok: true; shared: SharedResult } | { ok: false; error: string };

export const openSelfContained = async ({ d, v, sig }: SelfContainedQuery, sources: SelfContainedSources): Promise<SelfContainedResult> => {
  const decoded = decodeState(d);
  if (!decoded.ok) return decoded;
  const { state } = decoded;
  if (!sig) return { ok: true, shared: recomputedOnly(state, "unsigned") };
  const recorded = VERSION.exec(v ?? "");
  // A signed version must still name the link's own policy: its data is what the figures came from.
  if (!recorded || recorded[1] !== state.policy || !verifyLink(await sources.signingKey(), d, recorded[0], sig)) {
    return { ok: true, shared: recomputedOnly(state, "tampered") };
  }
  const version = recorded[0];
  // The schema accepted the policy id, so the registry has it.
  const policy = policyById.get(state.policy) as Policy;
  let original = null;
  if (version === policyVersion(policy)) original = computeState(policy, state);
  else {
    const snapshot = await sources.loadSnapshot(version);
    if (snapshot) original = computeState(snapshot, state);
  }
  return { ok: true, shared: compareWithCurrent(state, version, original) };
};
