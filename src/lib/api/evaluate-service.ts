/**
 * Validated requests → the engine. Policies come from the registry (policies/index.ts), so a newly
 * registered policy is evaluated and compared without any change here.
 */
import { evaluate, policyVersion } from "@/engine";
import type { Evaluation, IsoDate } from "@/engine/types";
import { resultUnder } from "@/lib/compare/policy-result";
import { ApiError } from "@/lib/http/errors";
import type { CompareRequest, EvaluateRequest } from "@/lib/validation/evaluate-request";
import { policies, policyById } from "@policies/index";
import { todayInShanghai } from "./today";

export interface EvaluateServiceOptions {
  trace?: boolean;
  /** The default `asOf`; today in Shanghai unless a test fixes it. */
  today?: IsoDate;
}

export const evaluateRequest = (request: EvaluateRequest, { trace = true, today }: EvaluateServiceOptions = {}): Evaluation => {
  const policy = policyById.get(request.policy);
  // The schema has checked the id against the same registry; this only keeps the types honest.
  if (!policy) throw new ApiError(422, "validation_failed", "未知的政策", [{ path: "policy", message: "未知的政策" }]);
  // The clock is read only for a request without a date: formatting it is per-request work that most calls skip.
  const { applicant, facts, asOf = today ?? todayInShanghai() } = request;
  return evaluate({ policy, applicant, facts, asOf }, { trace });
};

/** A policy whose items read inputs the profile lacks: what it needs instead of figures (policy-result.ts). */
export interface IncompleteResult {
  policy: string;
  asOf: IsoDate;
  policyVersion: string;
  missing: { fact: number; type: string; inputs: { name: string; label: string }[] }[];
}

export interface Comparison {
  asOf: IsoDate;
  results: (Evaluation | IncompleteResult)[];
}

export const compareRequest = (request: CompareRequest, { trace = true, today }: EvaluateServiceOptions = {}): Comparison => {
  const { applicant, facts, asOf = today ?? todayInShanghai() } = request;
  return {
    asOf,
    results: policies.map((policy) => {
      const result = resultUnder(policy, { applicant, facts, asOf }, trace);
      if (result.evaluation) return result.evaluation;
      return {
        policy: policy.id,
        asOf,
        policyVersion: policyVersion(policy),
        missing: result.missing.map(({ fact, type, fields }) => ({ fact, type, inputs: fields.map(({ name, label }) => ({ name, label })) })),
      };
    }),
  };
};
