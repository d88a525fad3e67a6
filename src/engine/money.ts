import type { Range, Yuan } from "./types";

/** Integer share of an integer base. Rounds down: an estimate must never promise a yuan the text does not. */
export const percentOf = (base: Yuan, percent: number): Yuan => Math.floor((base * percent) / 100);

export const range = (min: Yuan, max: Yuan): Range => ({ min, max });
export const ZERO: Range = Object.freeze({ min: 0, max: 0 });

/** Compare two amounts for "pays more": by the most allowed, then by the part that is certain. */
export const compareRange = (a: Range, b: Range): number => b.max - a.max || b.min - a.min;

const grouped = (n: number): string => Math.abs(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** 1,000,000 元 */
export const formatYuan = (y: Yuan): string => `${y < 0 ? "-" : ""}${grouped(y)} 元`;

/** 100 万元 where the figure is a round number of 百元 at or above 1 万, else 3,000 元. */
export const formatWan = (y: Yuan): string => {
  const abs = Math.abs(y);
  if (abs >= 10_000 && abs % 100 === 0) {
    const wan = abs / 10_000;
    return `${y < 0 ? "-" : ""}${Number.isInteger(wan) ? grouped(wan) : wan.toString()} 万元`;
  }
  return formatYuan(y);
};

export const formatRange = (r: Range): string =>
  r.min === r.max ? formatWan(r.max) : r.min === 0 ? `最高 ${formatWan(r.max)}` : `${formatWan(r.min)} 至 ${formatWan(r.max)}`;
