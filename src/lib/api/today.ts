import type { IsoDate } from "@/engine/types";

const shanghaiDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date where the policies apply (UTC+8), whatever time zone the server runs in. */
export const todayInShanghai = (now: Date = new Date()): IsoDate => shanghaiDate.format(now);
