/**
 * The writing half of the link codec (codec.ts holds the reading half). Kept apart so the browser
 * can write ?s= and /r?d= links without shipping the zod schemas and every policy module that
 * decoding validates against: this module needs nothing but lz-string.
 */
// lz-string is CommonJS without detectable named exports: Node's ESM loader (tsx, Playwright) only sees the default.
import LZString from "lz-string";
import type { Fact, IsoDate } from "@/engine/types";
import type { ShareRequest } from "@/lib/validation/evaluate-request";

/** Bumped when the payload shape changes; old links keep decoding through their own branch. */
export const CODEC_VERSION = 1;

/**
 * What a link carries: an evaluate request with its date fixed, so it reproduces later, and the
 * applicant's name where the user typed one before sharing (a result link only, never ?s=).
 */
export type ShareState = ShareRequest & { asOf: IsoDate };

/**
 * The questionnaire's own answers (its ?s=), which may be unfinished: the calculation date may be
 * blank, and `incomplete` lists by position the facts still missing a choice or holding a figure
 * not yet accepted. Those are carried as they stand, with nothing filled in for them; a link that
 * computes something (/r, /compare, short links) is only made from a finished state.
 */
export interface DraftState extends Omit<ShareState, "asOf" | "facts" | "applicantName"> {
  asOf: IsoDate | undefined;
  facts: Fact[];
  incomplete: number[];
}

const compress = (payload: object): string => LZString.compressToEncodedURIComponent(JSON.stringify({ v: CODEC_VERSION, ...payload }));

export const encodeState = (state: ShareState): string =>
  compress({
    policy: state.policy,
    asOf: state.asOf,
    applicant: state.applicant,
    facts: state.facts,
    ...(state.applicantName ? { applicantName: state.applicantName } : {}),
  });

/** A finished draft encodes exactly as encodeState does (without a name), so its address is also a valid result link. */
export const encodeDraft = (draft: DraftState): string =>
  compress({
    policy: draft.policy,
    asOf: draft.asOf,
    applicant: draft.applicant,
    facts: draft.facts,
    ...(draft.incomplete.length > 0 ? { incomplete: draft.incomplete } : {}),
  });

/** The questionnaire, filled in with these answers ("继续编辑"); the name stays with the result it was typed for. */
export const editPath = ({ applicantName: _name, ...state }: ShareState): string =>
  `/calc/${encodeURIComponent(state.policy)}?s=${encodeState(state)}`;

/**
 * The read-only self-contained result, unsigned: the page recomputes it with today's data and
 * says it cannot vouch for it. `POST /api/v1/links` makes the signed one (link-signature.ts).
 */
export const selfContainedPath = (state: ShareState, policyVersion: string, signature?: string): string =>
  `/r?d=${encodeState(state)}&v=${encodeURIComponent(policyVersion)}${signature ? `&sig=${signature}` : ""}`;
