/**
 * The regulator's result tables in the shape they are exported: per applicant, per clause, per
 * limit, and a draft against the baseline. Amounts are integer yuan in their own columns, so the
 * spreadsheet can add them up.
 */
import type { Range } from "@/engine/types";
import type { ClauseDelta, ClauseTotal, LimitTotal, MemberDelta } from "@/lib/cohort/aggregate";
import type { Table } from "./table";

export interface ApplicantRow {
  id: string;
  name?: string;
  eligible: boolean;
  total: Range;
  cut: Range;
  unquantified: number;
}

export const applicantsTable = (rows: readonly ApplicantRow[]): Table => ({
  name: "申请人",
  columns: ["申请人编号", "申请人名称", "确定金额（元）", "最高金额（元）", "限额核减·最高（元）", "符合申请条件", "未写明金额的项目数"],
  rows: rows.map((r) => [r.id, r.name ?? "", r.total.min, r.total.max, r.cut.max, r.eligible ? "是" : "否", r.unquantified]),
});

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
