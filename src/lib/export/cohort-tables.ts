/**
 * The regulator's result tables in the shape they are exported: per applicant (one row each, an
 * amount column per clause, why a claim pays nothing, what was assumed, a total row, and the
 * applicants left out for bad data with their rows' problems), per clause, per limit, and a draft
 * against the baseline. Amounts are integer yuan in their own columns, so a spreadsheet adds them up.
 */
import { clauseRef, statusText } from "@/engine";
import type { Evaluation, Policy, Range } from "@/engine/types";
import type { RefusedApplicant, RowError } from "@/lib/batch/cohort-builder";
import { assumptionText, type Assumption } from "@/lib/batch/assumption";
import type { ClauseDelta, ClauseTotal, LimitTotal, MemberDelta } from "@/lib/cohort/aggregate";
import type { CellValue } from "./safe-cell";
import type { Table } from "./table";

/** One applicant as the officer files it. */
export interface ApplicantExportRow {
  id: string;
  name?: string;
  /** Its first row in the file. */
  row: number;
  status: string;
  total: Range;
  cut: Range;
  /** Clause label → what the clause pays it, over all its lines under that clause. */
  clauses: Record<string, Range>;
  /** Each claim that pays nothing (or no stated figure), with the reason. */
  zeros: string[];
  assumptions: string[];
}

const add = (a: Range | undefined, b: Range): Range => ({ min: (a?.min ?? 0) + b.min, max: (a?.max ?? 0) + b.max });

/** The applicant's status in one word, as the export and the page say it. */
export const applicantStatus = (e: Pick<Evaluation, "inForce" | "eligible">, pending: boolean): string =>
  !e.inForce ? "不在政策有效期" : !e.eligible ? "不符合申请条件" : pending ? "待核实" : "符合申请条件";

/** An evaluation with its words (explain) → the applicant's row: per-clause amounts and the reason for every zero. */
export const applicantExportRow = (
  m: { id: string; name?: string; row: number; assumptions?: readonly Assumption[] },
  e: Evaluation,
): ApplicantExportRow => {
  const clauses: Record<string, Range> = {};
  const zeros: string[] = [];
  const said = new Set<string>();
  for (const l of e.lines) {
    clauses[l.clause] = add(clauses[l.clause], l);
    if (l.max > 0) continue;
    const why = l.notes.length > 0 ? l.notes.join("；") : statusText[l.status];
    for (const n of l.notes) said.add(n);
    zeros.push(`${clauseRef(l.clause)} ${l.title}：${why}`);
  }
  for (const u of e.unquantified) zeros.push(`${clauseRef(u.clause)} ${u.title}：未写明金额（${u.why}）`);
  // Reasons of the applicant as a whole, and for facts no line stands for (a fact no clause pays for).
  for (const r of e.reasons) if (!said.has(r.message)) zeros.push(r.message);
  const pending = m.assumptions?.some((a) => a.pending) ?? false;
  return {
    id: m.id,
    ...(m.name ? { name: m.name } : {}),
    row: m.row,
    status: applicantStatus(e, pending),
    total: e.total,
    cut: e.adjustments.reduce((c, a) => ({ min: c.min - a.effect.min, max: c.max - a.effect.max }), { min: 0, max: 0 }),
    clauses,
    zeros,
    assumptions: (m.assumptions ?? []).map(assumptionText),
  };
};

/** The clauses any applicant claimed under, in the policy's order, each with the policy's title for it. */
const claimedClauses = (policy: Policy, rows: readonly ApplicantExportRow[]): { clause: string; title: string }[] => {
  const claimed = new Set(rows.flatMap((r) => Object.keys(r.clauses)));
  const seen = new Set<string>();
  return policy.items.flatMap((i) => {
    if (!claimed.has(i.clause) || seen.has(i.clause)) return [];
    seen.add(i.clause);
    return [{ clause: i.clause, title: i.title }];
  });
};

const sum = (rows: readonly ApplicantExportRow[], pick: (r: ApplicantExportRow) => number) => rows.reduce((n, r) => n + pick(r), 0);

/**
 * Sheet 1: one row per applicant — totals, each claimed clause's 确定 and 最高, the reasons for its
 * zeros and what was assumed about its blanks — and a total row. Sheet 2: the applicants left out
 * for bad data, one line per problem of theirs (and per row without an applicant id).
 */
export const applicantsExport = (
  policy: Policy,
  rows: readonly ApplicantExportRow[],
  refused: readonly RefusedApplicant[],
  errors: readonly RowError[],
  errorCount: number,
): Table[] => {
  const clauses = claimedClauses(policy, rows);
  const amount = (r: ApplicantExportRow, clause: string, k: keyof Range): CellValue => r.clauses[clause]?.[k] ?? null;
  const applicants: Table = {
    name: "申请人明细",
    columns: [
      "申请人编号",
      "申请人名称",
      "首行",
      "状态",
      "确定合计（元）",
      "最高合计（元）",
      "限额核减·最高（元）",
      ...clauses.flatMap(({ clause, title }) => [`${clauseRef(clause)} ${title}·确定（元）`, `${clauseRef(clause)} ${title}·最高（元）`]),
      "金额为 0 的原因",
      "假设与待核实",
    ],
    rows: [
      ...rows.map((r): CellValue[] => [
        r.id,
        r.name ?? "",
        r.row,
        r.status,
        r.total.min,
        r.total.max,
        r.cut.max,
        ...clauses.flatMap(({ clause }) => [amount(r, clause, "min"), amount(r, clause, "max")]),
        r.zeros.join("\n"),
        r.assumptions.join("\n"),
      ]),
      [
        "合计",
        `${rows.length} 个申请人`,
        null,
        `待核实 ${rows.filter((r) => r.status === "待核实").length} 个`,
        sum(rows, (r) => r.total.min),
        sum(rows, (r) => r.total.max),
        sum(rows, (r) => r.cut.max),
        ...clauses.flatMap(({ clause }) => [sum(rows, (r) => r.clauses[clause]?.min ?? 0), sum(rows, (r) => r.clauses[clause]?.max ?? 0)]),
        null,
        null,
      ],
    ],
  };
  const byId = new Map<string, RowError[]>();
  const withoutId: RowError[] = [];
  for (const e of errors) {
    if (e.id === undefined) withoutId.push(e);
    else byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  }
  const unlisted = errorCount > errors.length;
  const refusedRows: CellValue[][] = [
    ...refused.flatMap((a): CellValue[][] => {
      const own = byId.get(a.id) ?? [];
      const lines = own.map((e): CellValue[] => [a.id, a.name ?? "", a.problems, e.row, e.column, e.message]);
      if (own.length < a.problems) lines.push([a.id, a.name ?? "", a.problems, null, null, `另有 ${a.problems - own.length} 处问题超出报告上限未逐条列出，请先改正上面的问题后重新上传`]);
      return lines;
    }),
    ...withoutId.map((e): CellValue[] => ["（无编号）", "", 1, e.row, e.column, e.message]),
  ];
  const refusedTable: Table = {
    name: "未计算的申请人",
    columns: ["申请人编号", "申请人名称", "问题数", "行", "列", "问题"],
    rows: unlisted && refusedRows.length === 0 ? [["", "", errorCount, null, null, "问题超出报告上限未逐条列出"]] : refusedRows,
  };
  return [applicants, refusedTable];
};

export const clausesTable = (rows: readonly ClauseTotal[]): Table => ({
  name: "条款",
  columns: ["条款", "标题", "申请人数", "确定金额（元）", "最高金额（元）"],
  rows: rows.map((c) => [c.clause, c.title, c.applicants, c.min, c.max]),
});

export const limitsTable = (rows: readonly LimitTotal[]): Table => ({
  name: "限额",
  columns: ["限额规则", "条款", "受影响申请人数", "核减·确定（元）", "核减·最高（元）"],
  rows: rows.map((l) => [l.label, l.clause, l.applicants, l.cut.min, l.cut.max]),
});

export const clauseDeltaTable = (rows: readonly ClauseDelta[]): Table => ({
  name: "条款对比",
  columns: ["条款", "标题", "现行·最高（元）", "草案·最高（元）", "变化·最高（元）", "现行·确定（元）", "草案·确定（元）"],
  rows: rows.map((c) => [c.clause, c.title, c.base.max, c.draft.max, c.draft.max - c.base.max, c.base.min, c.draft.min]),
});

export const memberDeltaTable = (rows: readonly (MemberDelta & { name?: string })[]): Table => ({
  name: "申请人对比",
  columns: ["申请人编号", "申请人名称", "现行·最高（元）", "草案·最高（元）", "变化·最高（元）", "现行·确定（元）", "草案·确定（元）"],
  rows: rows.map((m) => [m.id, m.name ?? "", m.base.max, m.draft.max, m.delta.max, m.base.min, m.draft.min]),
});
