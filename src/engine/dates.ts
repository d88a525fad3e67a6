import type { IsoDate } from "./types";

export const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));

export const within = (d: IsoDate, from: IsoDate, to: IsoDate | null): boolean => d >= from && (to === null || d <= to);
