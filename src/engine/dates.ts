import type { Dating, IsoDate } from "./types";

/** The calendar year of a date, read from its first four digits without making a string (cohorts ask millions of times). */
export const yearOf = (d: IsoDate): number => {
  const a = d.charCodeAt(0) - 48;
  const b = d.charCodeAt(1) - 48;
  const c = d.charCodeAt(2) - 48;
  const e = d.charCodeAt(3) - 48;
  // Anything but four digits (never in validated input) is read the slow way.
  if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 && e >= 0 && e <= 9)) return Number(d.slice(0, 4));
  return a * 1000 + b * 100 + c * 10 + e;
};

/**
 * A date written YYYY-MM-DD as the number yyyymmdd (2025-03-31 → 20250331), which compares as the
 * date does; -1 for anything else (never in validated input), which callers read the slow way.
 * Comparing two such numbers is far cheaper than comparing the strings, millions of times a cohort.
 */
export const dayOf = (d: IsoDate): number => {
  if (d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return -1;
  const n = ((((((digit(d, 0) * 10 + digit(d, 1)) * 10 + digit(d, 2)) * 10 + digit(d, 3)) * 10 + digit(d, 5)) * 10 + digit(d, 6)) * 10 + digit(d, 8)) * 10 + digit(d, 9);
  // NaN: some character is not a digit.
  return n === n ? n : -1;
};

const digit = (d: string, k: number): number => {
  const c = d.charCodeAt(k) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

export const within = (d: IsoDate, from: IsoDate, to: IsoDate | null): boolean => d >= from && (to === null || d <= to);

/**
 * The date of a fact, or of one stated without a date: that is claimed on the calculation date, so
 * one claimed the year after its date is taken to be dated at the end of the year before.
 */
export const factDate = (date: IsoDate | undefined, dating: Dating | undefined, asOf: IsoDate): IsoDate =>
  date ?? (dating ? `${String(yearOf(asOf) - 1).padStart(4, "0")}-12-31` : asOf);

/** The calendar year a fact is claimed in: its own, or the next for a stock or a last-year event. */
export const claimYear = (date: IsoDate, dating: Dating | undefined): number => yearOf(date) + (dating ? 1 : 0);

/**
 * The first day within the window `from … to` on which the claim a fact supports can be made, or
 * null when there is none. A fact is claimed on its date; a fact claimed in the next year may be
 * claimed on any day of that year, so it counts when that year overlaps the window: 临沂市's stock of
 * 2022-12-31 is claimed from 2023-02-01, when the handbook starts, and 金山区's of 2030-12-31 in 2031,
 * after its window closed. Both the interpreter and any compiled path must date facts through here.
 */
export const claimDate = (date: IsoDate, dating: Dating | undefined, from: IsoDate, to: IsoDate | null): IsoDate | null => {
  if (!dating) return within(date, from, to) ? date : null;
  const year = claimYear(date, dating);
  if (year < yearOf(from) || (to !== null && year > yearOf(to))) return null;
  return year === yearOf(from) ? from : `${year}-01-01`;
};


/** Why the claim a fact supports cannot be made by the calculation date (see `claimProblem`). */
export type ClaimProblem =
  /** The fact itself is dated after the calculation date: not yet known. */
  | { kind: "after-as-of" }
  /** The claim falls outside the window; `before` when it falls before the window opens. */
  | { kind: "outside-window"; before: boolean }
  /** The claim falls in the window but after the calculation date: 2024 年末的存量 is claimed from 2025. */
  | { kind: "not-yet-open"; claim: IsoDate };

/**
 * Whether the claim a fact dated `date` supports can be made by `asOf` within the window
 * `from … to`, or why not. A fact claimed in the year after its date is not claimable before that
 * year: a loan repaid in March 2024 (光明区（十七）“在上一年还清贷款本息”) is claimed in 2025, so on
 * 2024-06-01 it pays nothing yet. The window is checked first: a claim that will never fall inside
 * it says so rather than "not yet". Both the interpreter and any compiled path decide it here.
 */
export const claimProblem = (
  date: IsoDate,
  dating: Dating | undefined,
  from: IsoDate,
  to: IsoDate | null,
  asOf: IsoDate,
): ClaimProblem | null => {
  if (date > asOf) return { kind: "after-as-of" };
  const claim = claimDate(date, dating, from, to);
  if (claim === null) return { kind: "outside-window", before: dating ? claimYear(date, dating) < yearOf(from) : date < from };
  return claim > asOf ? { kind: "not-yet-open", claim } : null;
};
