import type { Dating, IsoDate } from "./types";

/** The calendar year of a date, read from its first four digits without making a string (cohorts ask millions of times). */
export const yearOf = (d: IsoDate): number => {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = d.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(d.slice(0, 4));
    year = year * 10 + digit;
  }
  return year;
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

