import { formatRange, formatWan } from "./money";
import type { CalcStep, Evaluation, Line, Policy } from "./types";

/** "19" → 第19条; labels that already say where they are (第十四条（二）, （十七）, 标准化创新激励（一）) stay as written. */
export const clauseRef = (clause: string): string => (/^\d+$/.test(clause) ? `第${clause}条` : clause);

const pct = (p: { min: number; max: number }) => (p.min === p.max ? `${p.min}%` : p.min === 0 ? `不超过 ${p.max}%` : `${p.min}%–${p.max}%`);

/** One calculation step in words a clerk can check against the text. */
export const describeStep = (s: CalcStep): string => {
  switch (s.kind) {
    case "fixed":
      return `按${clauseRef(s.clause)}给予 ${formatWan(s.yuan)}`;
    case "upTo":
      return `按${clauseRef(s.clause)}最高 ${formatWan(s.yuan)}（具体金额由主管部门核定，确定部分计 0）`;
    case "share":
      return `${s.baseLabel} ${formatWan(s.base)} × ${pct(s.percent)} = ${formatRange(s.result)}`;
    case "cap":
      return `${s.label ?? "单项上限"} ${formatWan(s.cap)}，由 ${formatRange(s.before)} 核减为 ${formatRange(s.after)}`;
    case "tier":
      return `${s.measure} ${s.unit}，属于“${s.tier}”档`;
    case "units":
      return `每${s.unit} ${formatRange(s.perUnit)} × ${s.units} ${s.unit}`;
    case "revision":
      return `修订项目：不高于制定上限的 ${s.percent}%，每项最高 ${formatWan(s.ceiling)}`;
    case "limit":
      return s.text;
    case "claim":
      return `${s.label} ${s.date}，按次年 ${s.year} 年申报计`;
  }
};

/** 企业知识产权保险扶持「企业知识产权保险扶持」 says the heading twice; say it once. */
const heading = (clause: string, title: string) => (clause.startsWith(title) ? clauseRef(clause) : `${clauseRef(clause)}「${title}」`);

const lineText = (l: Line): string =>
  `${heading(l.clause, l.title)}${l.label}：${formatRange({ min: l.min, max: l.max })}` +
  (l.status === "payable" ? "" : `（${statusText[l.status]}）`);

export const statusText: Record<Line["status"], string> = {
  payable: "可享受",
  reduced: "已按限额核减",
  dropped: "因限额规则未计",
  ineligible: "不符合条件",
  "outside-window": "不在适用期内",
};

export const renderTrace = (policy: Policy, r: Evaluation): string[] => {
  const out: string[] = [`政策：${policy.name}（版本 ${r.policyVersion}），计算日期 ${r.asOf}`];
  for (const reason of r.reasons) out.push(`提示：${reason.message}`);
  for (const l of r.lines) {
    out.push(lineText(l));
    for (const s of l.calc) out.push(`  · ${describeStep(s)}`);
    for (const n of l.notes) if (!l.calc.some((s) => describeStep(s) === n)) out.push(`  · ${n}`);
  }
  for (const a of r.adjustments) out.push(`限额：${a.explanation}`);
  for (const u of r.unquantified) out.push(`未量化：${heading(u.clause, u.title)}${u.label}：${u.why}`);
  out.push(`合计：确定 ${formatWan(r.total.min)}，最高 ${formatWan(r.total.max)}`);
  return out;
};
