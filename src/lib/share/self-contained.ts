/**
 * Opening a self-contained link (/r?d=…&v=…): the answers come from the URL, the policy version
 * the link was made with from `v`, and that version's data from the snapshot store when it is not
 * the one this build serves. Nothing about the link itself is stored.
 */
import { policyVersion } from "@/engine";
import type { Policy } from "@/engine/types";
import { policyById } from "@policies/index";
import { decodeState } from "./codec";
import { compareWithCurrent, computeState, type SharedResult } from "./shared-result";

/** `engine.policyVersion`: policy id, "@", 16 hex digits. */
const VERSION = /^[a-z]+@[0-9a-f]{16}$/;

export type SelfContainedResult = { ok: true; shared: SharedResult } | { ok: false; error: string };

export const openSelfContained = async (
  encoded: string,
  version: string | undefined,
  loadSnapshot: (version: string) => Promise<Policy | null>,
): Promise<SelfContainedResult> => {
  const decoded = decodeState(encoded);
  if (!decoded.ok) return decoded;
  const { state } = decoded;
  // The schema accepted the policy id, so the registry has it.
  const policy = policyById.get(state.policy) as Policy;
  const recorded = version && VERSION.test(version) ? version : "";
  let original = null;
  if (recorded === policyVersion(policy)) original = computeState(policy, state);
  else if (recorded) {
    const snapshot = await loadSnapshot(recorded);
    if (snapshot) original = computeState(snapshot, state);
  }
  return { ok: true, shared: compareWithCurrent(state, recorded, original) };
};
