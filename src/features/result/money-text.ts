import { formatWan, formatYuan } from "@/engine";
import type { Payer, Yuan } from "@/engine/types";

/** 1,000,000 元（100 万元）: the exact figure a finance manager checks, and the 万元 the policies speak in. */
export const yuanAndWan = (y: Yuan): string => {
  const wan = formatWan(y);
  const yuan = formatYuan(y);
  return wan === yuan ? yuan : `${yuan}（${wan}）`;
};

/** Who pays a line, where a handbook mixes levels of government (临沂). */
export const payerLabel: Record<Payer, string> = {
  national: "中央",
  provincial: "省级",
  city: "市级",
  district: "区级",
};
