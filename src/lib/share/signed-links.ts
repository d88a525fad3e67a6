/**
 * Self-contained result links the server vouches for (POST /api/v1/links): the answers with their
 * date fixed, the version of the policy data that computes them, and a signature over both. Nothing
 * is stored; the page that opens such a link can still say "this is the result of that day".
 */
import { policyVersion } from "@/engine";
import type { IsoDate, Policy } from "@/engine/types";
import { todayInShanghai } from "@/lib/api/today";
import { ApiError } from "@/lib/http/errors";
import type { ShareRequest } from "@/lib/validation/evaluate-request";
import { policyById } from "@policies/index";
import { encodeState, MAX_ENCODED_LENGTH, selfContainedPath, type ShareState } from "./codec";
import { signLink } from "./link-signature";

/** `request` must have passed the share schema; the path is relative (/r?d=…&v=…&sig=…). */
export const signedResultPath = (request: ShareRequest, key: Uint8Array, today: IsoDate = todayInShanghai()): string => {
  // The schema has checked the id against the registry.
  const policy = policyById.get(request.policy) as Policy;
  const state: ShareState = {
    policy: policy.id,
    asOf: request.asOf ?? today,
    applicant: request.applicant,
    facts: request.facts,
    ...(request.applicantName ? { applicantName: request.applicantName } : {}),
  };
  const encoded = encodeState(state);
  if (encoded.length > MAX_ENCODED_LENGTH) {
    const message = "填写的事项太多，放不进一个链接；请改用短链接（POST /api/v1/shares）";
    throw new ApiError(422, "link_too_long", message, [{ path: "facts", message }]);
  }
  const version = policyVersion(policy);
  return selfContainedPath(state, version, signLink(key, encoded, version));
};
