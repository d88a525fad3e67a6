/**
 * A shared result reopened: what was computed then, what today's policy data gives for the same
 * answers, and — when they differ — which clauses' data changed. Both share pages (/s/{id}, /r)
 * render this; it is pure, so it is tested without a server.
 */
import { evaluate, policyVersion } from "@/engine";
import type { Evaluation, Policy } from "@/engine/types";
import { policyById } from "@policies/index";
import type { ShareState } from "./codec";
import { diffEvaluations, diffPolicies, type ClauseChange, type ResultDiff } from "./diff";

export interface Computed {
  policy: Policy;
  evaluation: Evaluation;
}

export type SharedStatus =
  /** Made with the data this build serves. */
  | "unchanged"
  /** The policy data changed since, but not in a way that touches this result. */
  | "data-changed"
  /** The policy data changed and so did this result: both are shown. */
  | "result-changed"
  /** The recorded version's data is not archived (a self-contained link made elsewhere). */
  | "version-unknown"
  /** This build no longer serves the policy at all. */
  | "withdrawn"
  /** A self-contained link the server did not sign: recomputed with today's data, nothing claimed about its time. */
  | "unsigned"
  /** A signature that does not match, or policy data recorded for another policy: recomputed, nothing from the link trusted but the answers. */
  | "tampered";

export interface SharedResult {
  state: ShareState;
  recordedVersion: string;
  status: SharedStatus;
  original: Computed | null;
  current: Computed | null;
  resultDiff: ResultDiff | null;
  /** Changes that can affect this result first (`relevant`), then the rest. */
  policyChanges: (ClauseChange & { relevant: boolean })[];
}

export const computeState = (policy: Policy, state: ShareState): Computed => ({
  policy,
  evaluation: evaluate({ policy, applicant: state.applicant, facts: state.facts, asOf: state.asOf }),
});

/** Items that produced a line or a note in either result, and the limits that adjusted them. */
const relevance = (a: Computed, b: Computed) => {
  const items = new Set<string>();
  const limits = new Set<string>();
  for (const { evaluation } of [a, b]) {
    for (const l of evaluation.lines) items.add(l.item);
    for (const u of evaluation.unquantified) items.add(u.item);
    for (const adj of evaluation.adjustments) limits.add(adj.limit);
  }
  const limitItems = new Map([...a.policy.limits, ...b.policy.limits].map((l) => [l.id, "items" in l ? l.items : null]));
  return (c: ClauseChange): boolean => {
    if (c.kind === "item") return items.has(c.id);
    if (c.kind !== "limit") return true;
    const covered = limitItems.get(c.id);
    // A policy-wide cap covers every item.
    return limits.has(c.id) || covered === null || (covered ?? []).some((id) => items.has(id));
  };
};

/**
 * What a link the server cannot vouch for shows: the answers recomputed with today's data, and no
 * version, stored figure or "as it was then" — the page says it could not check where they came from.
 * Only for a policy this build serves (the link codec refuses any other).
 */
export const recomputedOnly = (state: ShareState, status: "unsigned" | "tampered"): SharedResult => ({
  state,
  recordedVersion: "",
  status,
  original: null,
  current: computeState(policyById.get(state.policy) as Policy, state),
  resultDiff: null,
  policyChanges: [],
});

export const compareWithCurrent = (state: ShareState, recordedVersion: string, original: Computed | null): SharedResult => {
  // Another policy's data never explains this link's answers, whoever recorded it.
  if (original && original.policy.id !== state.policy) {
    if (!policyById.has(state.policy)) throw new Error(`link for ${state.policy}: recorded data belongs to ${original.policy.id}`);
    return recomputedOnly(state, "tampered");
  }
  const policy = policyById.get(state.policy);
  const current = policy ? computeState(policy, state) : null;
  const base = { state, recordedVersion, original, current, resultDiff: null, policyChanges: [] };
  if (!current) return { ...base, status: "withdrawn" };
  if (policyVersion(current.policy) === recordedVersion) return { ...base, status: "unchanged" };
  if (!original) return { ...base, status: "version-unknown" };
  const resultDiff = diffEvaluations(original.evaluation, current.evaluation);
  const relevant = relevance(original, current);
  const policyChanges = diffPolicies(original.policy, current.policy)
    .map((c) => ({ ...c, relevant: relevant(c) }))
    .sort((x, y) => Number(y.relevant) - Number(x.relevant));
  return { ...base, status: resultDiff.same ? "data-changed" : "result-changed", resultDiff, policyChanges };
};
