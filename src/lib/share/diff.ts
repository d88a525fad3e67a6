/**
 * What changed between the result a link recorded and today's, and which clauses of the policy data
 * changed between the two versions: the words the share pages show above the two results.
 */
import { isDeepStrictEqual } from "node:util";
import { clauseRef, describeAmount, describeLimit, formatRange, statusText } from "@/engine";
import type { Evaluation, Line, LineStatus, Policy, Range } from "@/engine/types";

// ------------------------------------------------------------------ results

export interface LineChange {
  item: string;
  clause: string;
  title: string;
  label: string;
  /** Absent when the line exists on one side only. */
  before?: { amount: Range; status: LineStatus };
  after?: { amount: Range; status: LineStatus };
}

export interface ResultDiff {
  /** Every figure, reason and explanation equal (the policy version and the trace aside). */
  same: boolean;
  total: { before: Range; after: Range };
  lines: LineChange[];
}

/** JSON as stored: no undefined members, so data read back from the database compares equal to the original. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

const comparable = ({ policyVersion: _v, trace: _t, ...rest }: Evaluation) => plain(rest);

/** A fact can trigger several items, so a line is identified by both. */
const lineKey = (l: Pick<Line, "item" | "fact">) => `${l.item}#${l.fact}`;

const side = (l: Line | undefined) => (l ? { amount: { min: l.min, max: l.max }, status: l.status } : undefined);

export const diffEvaluations = (before: Evaluation, after: Evaluation): ResultDiff => {
  const was = new Map(before.lines.map((l) => [lineKey(l), l]));
  const now = new Map(after.lines.map((l) => [lineKey(l), l]));
  const lines: LineChange[] = [];
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(key);
    const a = now.get(key);
    if (b && a && b.min === a.min && b.max === a.max && b.status === a.status) continue;
    const { item, clause, title, label } = (a ?? b) as Line;
    lines.push({ item, clause, title, label, ...(b ? { before: side(b) } : {}), ...(a ? { after: side(a) } : {}) });
  }
  return {
    same: isDeepStrictEqual(comparable(before), comparable(after)),
    total: { before: before.total, after: after.total },
    lines,
  };
};

export const describeLineChange = (c: LineChange): string => {
  const what = `${clauseRef(c.clause)}「${c.title}」${c.label}`;
  const amount = (s: LineChange["before"]) => (s ? `${formatRange(s.amount)}${s.status === "payable" ? "" : `（${statusText[s.status]}）`}` : "");
  if (!c.before) return `${what}：新增，${amount(c.after)}`;
  if (!c.after) return `${what}：不再适用（原为 ${amount(c.before)}）`;
  return `${what}：${amount(c.before)} → ${amount(c.after)}`;
};

// ------------------------------------------------------------------ policy data

export type ClauseChangeKind = "item" | "limit" | "exclusion" | "note" | "effective" | "applicants";

export interface ClauseChange {
  kind: ClauseChangeKind;
  /** Item / limit / exclusion / note id; the policy id for policy-wide fields. */
  id: string;
  clause: string;
  title: string;
  change: "added" | "removed" | "changed";
  /** One sentence per changed field, old → new where it can be said in words. */
  details: string[];
}

const FIELD_NAMES: Record<string, string> = {
  amount: "金额",
  who: "适用对象",
  conditions: "申请条件",
  facts: "对应的申报事项",
  quote: "条款原文",
  reading: "对条文的解读",
  title: "标题",
  label: "名称",
  clause: "条款编号",
  unit: "计量单位",
  once: "计发方式",
  payer: "出资层级",
  items: "涉及的条目",
  cap: "金额上限",
  max: "数量上限",
  percent: "比例",
  per: "计算周期",
  kinds: "适用主体",
  when: "适用情形",
  reason: "理由",
  text: "内容",
  kind: "规则类型",
};

type Entry = { id: string; clause: string };

const changedFields = (a: object, b: object): string[] => {
  const pa = plain(a) as Record<string, unknown>;
  const pb = plain(b) as Record<string, unknown>;
  return [...new Set([...Object.keys(pa), ...Object.keys(pb)])].filter((k) => !isDeepStrictEqual(pa[k], pb[k]));
};

/** Several fields may share one sentence (a limit's cap and period both read "规则：…"), said once. */
const fieldDetails = (fields: string[], explain: Partial<Record<string, string>>): string[] => [
  ...new Set(fields.map((f) => explain[f] ?? `${FIELD_NAMES[f] ?? f}有变化`)),
];

const diffById = <T extends Entry>(
  kind: ClauseChangeKind,
  before: readonly T[],
  after: readonly T[],
  title: (e: T) => string,
  explain: (b: T, a: T) => Partial<Record<string, string>> = () => ({}),
): ClauseChange[] => {
  const was = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const out: ClauseChange[] = [];
  for (const id of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(id);
    const a = now.get(id);
    const e = (a ?? b) as T;
    const base = { kind, id, clause: e.clause, title: title(e) };
    if (!b) out.push({ ...base, change: "added", details: ["新增"] });
    else if (!a) out.push({ ...base, change: "removed", details: ["已删除"] });
    else {
      const fields = changedFields(b, a);
      if (fields.length) out.push({ ...base, change: "changed", details: fieldDetails(fields, explain(b, a)) });
    }
  }
  return out;
};

const policyWide = (before: Policy, after: Policy): ClauseChange[] => {
  const out: ClauseChange[] = [];
  const e0 = before.effective;
  const e1 = after.effective;
  const eFields = changedFields(e0, e1);
  if (eFields.length) {
    const window = (e: Policy["effective"]) => `${e.retroactiveFrom ? `${e.retroactiveFrom}（追溯）` : e.from} 至 ${e.to ?? "长期"}`;
    const dates = eFields.some((f) => f === "from" || f === "to" || f === "retroactiveFrom");
    out.push({
      kind: "effective",
      id: after.id,
      clause: e1.clause,
      title: "有效期",
      change: "changed",
      details: dates ? [`适用期：${window(e0)} → ${window(e1)}`] : fieldDetails(eFields, {}),
    });
  }
  const aFields = changedFields(before.applicants, after.applicants);
  if (aFields.length) {
    out.push({ kind: "applicants", id: after.id, clause: after.applicants.clause, title: "适用对象", change: "changed", details: fieldDetails(aFields, {}) });
  }
  return out;
};

/** Clause-level differences between two versions of one policy's data, in the policy's order. */
export const diffPolicies = (before: Policy, after: Policy): ClauseChange[] => [
  ...policyWide(before, after),
  ...diffById("exclusion", before.exclusions, after.exclusions, (e) => e.reason),
  ...diffById(
    "item",
    before.items,
    after.items,
    (i) => `${i.title}：${i.label}`,
    (b, a) => ({ amount: `金额：${describeAmount(b.amount, b.unit)} → ${describeAmount(a.amount, a.unit)}` }),
  ),
  ...diffById(
    "limit",
    before.limits,
    after.limits,
    (l) => l.label,
    (b, a) => {
      const words = `规则：${describeLimit(b)} → ${describeLimit(a)}`;
      return { cap: words, max: words, percent: words, per: words, kind: words };
    },
  ),
  ...diffById("note", before.notes, after.notes, (n) => n.text),
];
