/**
 * One profile under one policy, as /compare (the page) and POST /api/v1/compare both give it. The
 * answers were written for one policy's questionnaire, which asks only what that policy reads;
 * another policy may read more (长宁区 pays a certificate by its 取得方式, 临沂市 does not ask it).
 * Such a policy gets no figure — a certificate without its 取得方式 would silently pay nothing, and
 * a cap it shares could move others — only what it still needs. Pure: runs in the browser too.
 */
import { evaluate } from "@/engine";
import type { Applicant, Evaluation, Fact, IsoDate, Policy, Reason } from "@/engine/types";
import { missingInputs, type MissingInputs } from "@/lib/validation/inputs-read";

export interface Profile {
  applicant: Applicant;
  facts: Fact[];
  asOf: IsoDate;
}

/** Reasons that make a policy pay nothing to this profile whatever its facts say. */
const POLICY_WIDE: Reason["code"][] = ["not-in-force", "not-yet-in-force", "excluded", "kind-not-covered"];

export type PolicyResult =
  | {
      policy: Policy;
      evaluation: Evaluation;
      /** Why the whole policy pays nothing: not in force on the date, or the applicant is excluded. */
      blockedBy: Reason[];
      missing: [];
    }
  | {
      policy: Policy;
      /** No figure: the answers lack inputs this policy reads. */
      evaluation: undefined;
      blockedBy: [];
      missing: MissingInputs[];
    };

export const resultUnder = (policy: Policy, { applicant, facts, asOf }: Profile, trace = false): PolicyResult => {
  const evaluation = evaluate({ policy, applicant, facts, asOf }, { trace });
  const blockedBy = evaluation.reasons.filter((r) => POLICY_WIDE.includes(r.code));
  // A policy that pays this applicant nothing on this date needs nothing more to say so.
  const missing = blockedBy.length > 0 ? [] : missingInputs(policy, applicant, facts);
  return missing.length > 0 ? { policy, evaluation: undefined, blockedBy: [], missing } : { policy, evaluation, blockedBy, missing: [] };
};
