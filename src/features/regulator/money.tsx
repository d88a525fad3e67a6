import { formatRange, formatWan } from "@/engine";
import type { Range } from "@/engine/types";

const exact = (yuan: number) => `${yuan.toLocaleString("zh-CN")} 元`;
const exactRange = (r: Range) => (r.min === r.max ? exact(r.max) : `${exact(r.min)} 至 ${exact(r.max)}`);
const signed = (yuan: number, format: (yuan: number) => string) => `${yuan > 0 ? "+" : ""}${format(yuan)}`;

/** A yuan figure in a table cell: the 万元 the policies speak in, the exact yuan on hover. */
export function Money({ yuan, signed: withSign = false }: { yuan: number; signed?: boolean }) {
  return (
    <span className="tabular-nums" title={exact(yuan)}>
      {withSign ? signed(yuan, formatWan) : formatWan(yuan)}
    </span>
  );
}

/** A min–max pair written as everywhere else in the app (30 万元 / 最高 30 万元 / 10 万元 至 30 万元). */
export function MoneyRange({ range }: { range: Range }) {
  return (
    <span className="tabular-nums" title={exactRange(range)}>
      {formatRange(range)}
    </span>
  );
}

/**
 * How a min–max pair moved, in the words formatRange uses for amounts: one figure when both parts
 * moved alike, otherwise the certain part then the maximum, named when only one of them moved.
 */
export const formatChange = ({ min, max }: Range): string => {
  if (min === max) return min === 0 ? "—" : signed(max, formatWan);
  if (min === 0) return `最高 ${signed(max, formatWan)}`;
  if (max === 0) return `确定 ${signed(min, formatWan)}`;
  return `${signed(min, formatWan)} 至 ${signed(max, formatWan)}`;
};

/** The same change spelt out in exact yuan, for the hover text. */
export const changeTitle = (change: Range): string => `确定部分 ${signed(change.min, exact)}，最高 ${signed(change.max, exact)}`;
