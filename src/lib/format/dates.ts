/**
 * Dates as the policies and their readers see them: the calendar day in 上海 / 深圳 / 临沂 (all UTC+8),
 * written the Chinese way. Dates stay ISO strings everywhere else.
 */
import type { IsoDate } from "@/engine/types";

const shanghaiDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** A clerk working at 00:30 in 上海 is already in the new day, whatever zone the server runs in. */
export const todayInShanghai = (now: Date = new Date()): IsoDate => shanghaiDay.format(now);

/** 2030-12-31 → 2030年12月31日 */
export const formatDateZh = (d: IsoDate): string => {
  const [y, m, day] = d.split("-");
  return `${y}年${Number(m)}月${Number(day)}日`;
};
