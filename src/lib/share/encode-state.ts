/**
 * The writing half of the link codec (codec.ts holds the reading half). Kept apart so the browser
 * can write ?s= and /r?d= links without shipping the zod schemas and every policy module that
 * decoding validates against: this module needs nothing but lz-string.
 */
// lz-string is CommonJS without detectable named exports: Node's ESM loader (tsx, Playwright) only sees the default.
import LZString from "lz-string";
import type { Fact, IsoDate } from "@/engine/types";
import type { EvaluateRequest } from "@/lib/validation/evaluate-request";

/** Bumped when the payload shape changes; old links keep decoding through their own branch. */
export const CODEC_VERSION = 1;

/** What a link carries: an evaluate request with its date fixed, so it reproduces later. */
export type ShareState = EvaluateRequest & { asOf: IsoDate };

/**
 * The questionnaire's own answers (its ?s=), which may be unfinished: the calculation date may be
 * blank, and `incomplete` lists by position the facts still missing a choice or holding a figure
 * not yet accepted. Those are carried as they stand, with nothing filled in for them; a link that
 * computes something (/r, /compare, short links) is only made from a finished state.
 */
export interface DraftState extends Omit<ShareState, "asOf" | "facts"> {
  asOf: IsoDate | undefined;
  facts: Fact[];
  incomplete: number[];
}

const compress = (payload: object): string => LZString.compressToEncodedURIComponent(JSON.stringify({ v: CODEC_VERSION, ...payload }));

export const encodeState = (state: ShareState): string =>
  compress({ policy: state.policy, asOf: state.asOf, applicant: state.applicant, facts: state.facts });

/** A finished draft encodes exactly as encodeState does, so its address is also a valid result link. */
export const encodeDraft = (draft: DraftState): string =>
  compress({
    policy: draft.policy,
    asOf: draft.asOf,
    applicant: draft.applicant,
    facts: draft.facts,
    ...(draft.incomplete.length > 0 ? { incomplete: draft.incomplete } : {}),
  });

/** The questionnaire, filled in with these answers ("继续编辑"). */
export const editPath = (state: ShareState): string => `/calc/${encodeURIComponent(state.policy)}?s=${encodeState(state)}`;

/**
 * The read-only self-contained result. `policyVersion` (from the evaluation) lets the page say
 * whether the policy data has changed since the link was made, and how.
 */
export const selfContainedPath = (state: ShareState, policyVersion: string): string =>
  `/r?d=${encodeState(state)}&v=${encodeURIComponent(policyVersion)}`;
