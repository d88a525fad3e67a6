/**
 * Small words for writing policy data so it reads like the text: `upTo(wan(30))` is 最高 30 万元.
 * They build plain data; the engine never sees these functions.
 */
import type { AmountRule, ApplicantKind, Who } from "../src/engine/types";

/** 万元 → integer yuan. 0.3 万元 = 3000 元; rounding only removes binary noise (1.5 * 10000). */
export const wan = (n: number): number => Math.round(n * 10_000);

export const fixed = (yuan: number): AmountRule => ({ kind: "fixed", yuan });
export const upTo = (yuan: number): AmountRule => ({ kind: "upTo", yuan });
export const unstated = (why: string): AmountRule => ({ kind: "unstated", why });
export const none = (why: string): AmountRule => ({ kind: "none", why });

/** 按 <base> 的 p%（或一定比例），最高 cap. */
export const share = (
  baseLabel: string,
  percent: number | { min: number; max: number },
  cap?: number,
  capInput?: { input: string; label: string },
): AmountRule => ({
  kind: "share",
  base: "amount",
  baseLabel,
  percent: typeof percent === "number" ? { min: percent, max: percent } : percent,
  ...(cap !== undefined ? { cap } : {}),
  ...(capInput ? { capInput } : {}),
});

/** 一定比例: the text fixes no share, so nothing is certain and at most the whole base. */
export const SOME_SHARE = { min: 0, max: 100 } as const;

const who = (kinds: ApplicantKind[], orgTypes?: string[]): Who => ({ kinds, ...(orgTypes ? { orgTypes } : {}) });
export const org: Who = who(["organization"]);
export const person: Who = who(["individual"]);
export const anyone: Who = who(["organization", "individual"]);
export const orgOf = (orgTypes: string[], clause?: string, quote?: string): Who => ({
  ...who(["organization"], orgTypes),
  ...(clause ? { clause } : {}),
  ...(quote ? { quote } : {}),
});
