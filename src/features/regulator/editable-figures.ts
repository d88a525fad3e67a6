/**
 * Every figure of a policy a what-if draft may change — amounts, caps, tier amounts, shares,
 * count limits, the validity window — with the clause it sits in and its current value, so the
 * editor can list them and turn edited values back into draft changes.
 */
import { clauseRef, describeLimit } from "@/engine";
import type { Policy } from "@/engine/types";
import { applyDraft, DraftError, type DraftChange } from "@/lib/cohort/draft";
import { isoDate } from "@policies/schema";

export type FigureUnit = "元" | "%" | "项" | "日期";

export interface Figure {
  key: string;
  section: "item" | "limit" | "window";
  clause: string;
  label: string;
  what: string;
  unit: FigureUnit;
  /** Current value; null only for an open-ended end date. */
  base: number | string | null;
  /** The draft changes that set this figure to `value`. */
  changes: (value: number | string | null) => DraftChange[];
}

const yuan = (v: number | string | null) => Number(v);

export const editableFigures = (policy: Policy): Figure[] => {
  const figures: Figure[] = [];
  for (const item of policy.items) {
    const at = { section: "item" as const, clause: item.clause, label: item.label };
    const a = item.amount;
    if (a.kind === "fixed" || a.kind === "upTo") {
      figures.push({ ...at, key: `${item.id}:yuan`, what: a.kind === "fixed" ? "金额" : "最高金额", unit: "元", base: a.yuan, changes: (v) => [{ target: "item", id: item.id, field: "yuan", value: yuan(v) }] });
    }
    if (a.kind === "share") {
      if (a.cap !== undefined) {
        figures.push({ ...at, key: `${item.id}:cap`, what: "封顶金额", unit: "元", base: a.cap, changes: (v) => [{ target: "item", id: item.id, field: "cap", value: yuan(v) }] });
      }
      // A fixed share (70%) is one figure: its lower and upper bound move together.
      if (a.percent.min === a.percent.max) {
        figures.push({
          ...at,
          key: `${item.id}:percent`,
          what: `按${a.baseLabel}的比例`,
          unit: "%",
          base: a.percent.max,
          changes: (v) => [
            { target: "item", id: item.id, field: "percent.min", value: yuan(v) },
            { target: "item", id: item.id, field: "percent.max", value: yuan(v) },
          ],
        });
      } else {
        figures.push({ ...at, key: `${item.id}:percent.max`, what: `按${a.baseLabel}的比例上限`, unit: "%", base: a.percent.max, changes: (v) => [{ target: "item", id: item.id, field: "percent.max", value: yuan(v) }] });
      }
    }
    if (a.kind === "tiers") {
      a.tiers.forEach((t, index) =>
        figures.push({ ...at, key: `${item.id}:tier${index}`, what: t.label, unit: "元", base: t.amount.yuan, changes: (v) => [{ target: "tier", id: item.id, index, value: yuan(v) }] }),
      );
    }
  }
  for (const limit of policy.limits) {
    const at = { section: "limit" as const, clause: limit.clause, label: limit.label, what: describeLimit(limit) };
    if (limit.kind === "groupCap" || limit.kind === "policyCap") {
      figures.push({ ...at, key: `${limit.id}:cap`, unit: "元", base: limit.cap, changes: (v) => [{ target: "limit", id: limit.id, field: "cap", value: yuan(v) }] });
    }
    if (limit.kind === "maxCount") {
      figures.push({ ...at, key: `${limit.id}:max`, unit: "项", base: limit.max, changes: (v) => [{ target: "limit", id: limit.id, field: "max", value: yuan(v) }] });
    }
    if (limit.kind === "revisionShare") {
      figures.push({ ...at, key: `${limit.id}:percent`, unit: "%", base: limit.percent, changes: (v) => [{ target: "limit", id: limit.id, field: "percent", value: yuan(v) }] });
    }
  }
  const window = { section: "window" as const, clause: policy.effective.clause, label: "政策有效期", unit: "日期" as const };
  figures.push({ ...window, key: "effective:from", what: "生效日", base: policy.effective.from, changes: (v) => [{ target: "effective", field: "from", value: v === null ? null : String(v) }] });
  figures.push({ ...window, key: "effective:to", what: "截止日（留空为长期有效）", base: policy.effective.to, changes: (v) => [{ target: "effective", field: "to", value: v === null || v === "" ? null : String(v) }] });
  return figures;
};

/** The edited figures (key → value typed) as one list of draft changes, unchanged values left out. */
export const changesFrom = (figures: readonly Figure[], edits: ReadonlyMap<string, string>): DraftChange[] =>
  figures.flatMap((f) => {
    const typed = edits.get(f.key);
    if (typed === undefined) return [];
    const value = f.unit === "日期" ? (typed.trim() === "" ? null : typed.trim()) : typed.trim() === "" ? f.base : Number(typed);
    return value === f.base ? [] : f.changes(value);
  });

/** The draft's changes back as edited values, to reopen a saved draft in the editor. */
export const editsFrom = (figures: readonly Figure[], changes: readonly DraftChange[]): Map<string, string> => {
  const edits = new Map<string, string>();
  // Field by field: a draft read back from the database may have its keys in another order.
  const at = (c: DraftChange) => [c.target, "id" in c ? c.id : "", "field" in c ? c.field : "", "index" in c ? c.index : ""].join("|");
  const same = (a: DraftChange, b: DraftChange) => at(a) === at(b);
  for (const c of changes) {
    const f = figures.find((x) => x.changes(x.base).some((own) => same(own, c)));
    if (f) edits.set(f.key, c.value === null ? "" : String(c.value));
  }
  return edits;
};

/** How the editor and its messages name a figure: 第五条（二） 获得上海市质量金奖的组织 金额. */
export const figureName = (f: Figure): string => `${clauseRef(f.clause)} ${f.label} ${f.what}`;

/** The largest amount the policy data accepts (policies/schema.ts). */
const MAX_YUAN = 100_000_000_000;

/** What is wrong with a value typed for a figure, in a sentence naming it; null when it may be used. */
export const figureProblem = (f: Figure, typed: string): string | null => {
  const name = figureName(f);
  const t = typed.trim();
  if (f.unit === "日期") {
    if (t === "") return f.key === "effective:from" ? `${name}不能为空` : null;
    return isoDate.safeParse(t).success ? null : `${name}须为有效日期（YYYY-MM-DD）`;
  }
  if (t === "") return `${name}未填写：请填写数值，或点“恢复现行数值”`;
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return `${name}须为数字`;
  const n = Number(t);
  // Limits (caps, counts, the revision share) of 0 would switch a clause off: the schema wants them positive.
  const positive = f.section === "limit";
  if (!Number.isInteger(n) || n < 0 || (positive && n === 0)) return `${name}须为${positive ? "正整数" : " 0 或正整数"}${f.unit === "元" ? "（整数元）" : ""}`;
  if (f.unit === "%" && n > 100) return `${name}不能超过 100%`;
  if (f.unit === "元" && n > MAX_YUAN) return `${name}不能超过 1000 亿元`;
  return null;
};

export interface FigureProblem {
  /** The figure it is about, to point at its field; absent for a draft-wide problem. */
  key?: string;
  message: string;
}

/** The figure a policy-data path (items.12.amount.percent, limits.3.max, effective.to) or a change (changes[2].value) stands for. */
const figureAt = (policy: Policy, figures: readonly Figure[], changes: readonly DraftChange[], path: string): Figure | undefined => {
  const change = /^changes\[(\d+)\]/.exec(path);
  if (change) {
    const c = changes[Number(change[1])];
    return c && figures.find((f) => f.changes(f.base).some((own) => own.target === c.target && ("id" in own ? own.id : "") === ("id" in c ? c.id : "")));
  }
  const [root, index, ...rest] = path.split(".");
  if (root === "effective") return figures.find((f) => f.key === `effective:${index}`);
  if (root === "limits") return figures.find((f) => f.key.startsWith(`${policy.limits[Number(index)]?.id}:`));
  const item = root === "items" ? policy.items[Number(index)] : undefined;
  if (!item) return undefined;
  const own = figures.filter((f) => f.key.startsWith(`${item.id}:`));
  const [, field, tier] = rest;
  if (field === "tiers") return own.find((f) => f.key === `${item.id}:tier${tier}`);
  return own.find((f) => f.key.split(":")[1]!.startsWith(field ?? "")) ?? own[0];
};

/**
 * Everything wrong with the draft as typed, each problem naming its figure: first each value on
 * its own, then — when every value is usable — the draft as a whole against the policy schema
 * (an end date before the start, a share's floor above its ceiling).
 */
export const draftProblems = (policy: Policy, figures: readonly Figure[], edits: ReadonlyMap<string, string>): FigureProblem[] => {
  const own = figures.flatMap((f) => {
    const typed = edits.get(f.key);
    const message = typed === undefined ? null : figureProblem(f, typed);
    return message ? [{ key: f.key, message }] : [];
  });
  if (own.length > 0) return own;
  const changes = changesFrom(figures, edits);
  try {
    applyDraft(policy, changes);
    return [];
  } catch (e) {
    if (!(e instanceof DraftError)) throw e;
    const f = figureAt(policy, figures, changes, e.path);
    return [f ? { key: f.key, message: `${figureName(f)}：${e.reason}` } : { message: e.message }];
  }
};
