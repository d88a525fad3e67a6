import { formatWan } from "./money";
import type { AmountRule, Limit } from "./types";

const pct = (p: { min: number; max: number }) =>
  p.min === p.max ? `${p.max}%` : p.min === 0 && p.max === 100 ? "一定比例" : p.min === 0 ? `最高 ${p.max}%` : `${p.min}%–${p.max}%`;

/** An amount rule in the words a policy would use: 最高 30 万元; 按保费的 60%，最高 20 万元. */
export const describeAmount = (a: AmountRule, unit?: string): string => {
  const per = unit ? `/${unit}` : "";
  switch (a.kind) {
    case "fixed":
      return `${formatWan(a.yuan)}${per}`;
    case "upTo":
      return `最高 ${formatWan(a.yuan)}${per}`;
    case "share":
      return `按${a.baseLabel}的${pct(a.percent)}${a.cap !== undefined ? `，最高 ${formatWan(a.cap)}` : ""}`;
    case "tiers":
      return a.tiers.map((t) => `${t.label}：${t.amount.kind === "upTo" ? "最高 " : ""}${formatWan(t.amount.yuan)}`).join("；");
    case "unstated":
      return `金额未明确（${a.why}）`;
    case "none":
      return `无资金（${a.why}）`;
  }
};

/** A limit as one line: 同一年度最多 5 项; 年度合计最高 100 万元. */
export const describeLimit = (l: Limit): string => {
  switch (l.kind) {
    case "highestOnly":
      return l.by === "level"
        ? `${l.per === "year" ? "同一年度" : "政策期内"}就高不就低：只按最高级别计，同一级别的各项分别计`
        : `${l.per === "year" ? "同一年度" : "政策期内"}就高：多项只按最高一项计`;
    case "maxCount":
      return `${l.maxPerYear !== undefined ? `每年最多 ${l.maxPerYear} 项，` : ""}${l.per === "year" ? "每年" : "累计"}最多 ${l.max} 项`;
    case "sameMatter":
      return "同一事项符合几项的，最高额按各项合计，确定部分只计其中一项（由主管部门认定）";
    case "groupCap":
      return `每年合计最高 ${formatWan(l.cap)}`;
    case "policyCap":
      return `每年全部项目合计最高 ${formatWan(l.cap)}`;
    case "revisionShare":
      return `修订按制定上限的 ${l.percent}% 计`;
    case "quota":
      return "名额或总额由主管部门控制（提示，不核减）";
  }
};
