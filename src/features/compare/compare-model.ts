/**
 * One profile under every policy, arranged for reading across: a column per policy, a row per stated
 * fact, and in each cell what that policy pays for that fact — or exactly why it pays nothing (no
 * clause, not eligible, outside the window, dropped by a limit), or what it still needs to be
 * computed at all (需补充：取得方式). Pure: runs in the browser.
 */
import type { Adjustment, Evaluation, Fact, Line, Policy, Reason, Unquantified } from "@/engine/types";
import { resultUnder, type PolicyResult, type Profile } from "@/lib/compare/policy-result";
import type { Field } from "@/lib/validation/fields";
import type { MissingInputs } from "@/lib/validation/inputs-read";

export type { Profile } from "@/lib/compare/policy-result";

export type CellEntry =
  | { kind: "line"; line: Line; limits: Adjustment[] }
  | { kind: "unquantified"; entry: Unquantified }
  | { kind: "reason"; reason: Reason }
  /** This fact lacks inputs the policy reads. */
  | { kind: "missing"; fields: readonly Field[] }
  /** The policy cannot be computed until other facts (1-based numbers) are completed. */
  | { kind: "waiting"; facts: number[] };

export interface Cell {
  entries: CellEntry[];
  /** What this policy pays for this fact after all limits; absent where the column cannot be computed. */
  pays?: { min: number; max: number };
}

/** A policy's column: its evaluation, or (evaluation absent) the inputs it reads and the answers lack. */
export type Column = PolicyResult;

/**
 * What a column's totals rank first in. "Pays the most" has two honest meanings: the most the text
 * fixes (确定) and the most it allows (最高, a ceiling the authority decides within). A column is
 * "most" only when it leads on both; a ceiling alone never outranks a higher certain amount unnamed.
 */
export type Standing = "most" | "most-certain" | "highest-ceiling";

export interface Comparison {
  columns: Column[];
  rows: { fact: Fact; index: number; cells: Cell[] }[];
  /** Per column: what it leads in, if anything (ties share the standing; nothing for totals of 0). */
  standings: (Standing | undefined)[];
  /** Columns with the highest certain total (above 0), and with the highest ceiling (above 0). */
  mostCertain: number[];
  highestCeiling: number[];
}

const cellOf = (evaluation: Evaluation, index: number): Cell => {
  const entries: CellEntry[] = [];
  const pays = { min: 0, max: 0 };
  evaluation.lines.forEach((line, i) => {
    if (line.fact !== index) return;
    entries.push({ kind: "line", line, limits: evaluation.adjustments.filter((a) => a.lines.includes(i)) });
    pays.min += line.min;
    pays.max += line.max;
  });
  for (const entry of evaluation.unquantified) if (entry.fact === index) entries.push({ kind: "unquantified", entry });
  // A fact's own reason (no clause, dated outside the window) — unless its lines already say it.
  const said = new Set(entries.flatMap((e) => (e.kind === "line" ? e.line.notes : [])));
  for (const reason of evaluation.reasons) {
    if (reason.fact === index && !said.has(reason.message)) entries.push({ kind: "reason", reason });
  }
  return { entries, pays };
};

/** "需补充：取得方式" — per fact, what a policy reads and the answers lack. */
export const missingText = (fields: readonly Field[]): string => `需补充：${fields.map((f) => f.label).join("、")}`;

/** "第 1 项：取得方式" — every fact a column waits for, for its head. */
export const missingSummary = (missing: readonly MissingInputs[]): string[] =>
  missing.map((m) => `第 ${m.fact + 1} 项：${m.fields.map((f) => f.label).join("、")}`);

/** In a column that cannot be computed: what this fact lacks, or which facts it waits for. */
const uncomputedCell = (column: Column, index: number): Cell => {
  const own = column.missing.find((m) => m.fact === index);
  return { entries: [own ? { kind: "missing", fields: own.fields } : { kind: "waiting", facts: column.missing.map((m) => m.fact + 1) }] };
};

export const compareProfile = (profile: Profile, policies: readonly Policy[]): Comparison => {
  const columns = policies.map((policy) => resultUnder(policy, profile));
  const rows = profile.facts.map((fact, index) => ({
    fact,
    index,
    cells: columns.map((c) => (c.evaluation ? cellOf(c.evaluation, index) : uncomputedCell(c, index))),
  }));
  return { columns, rows, ...rankColumns(columns) };
};

/**
 * Which columns lead on the certain total and on the ceiling, and so which badge each wears. None
 * while a column cannot be computed: the one left out might pay the most.
 */
export const rankColumns = (columns: readonly Column[]): Pick<Comparison, "standings" | "mostCertain" | "highestCeiling"> => {
  const totals = columns.map((c) => c.evaluation?.total);
  if (!totals.every((t) => t !== undefined)) return { standings: columns.map(() => undefined), mostCertain: [], highestCeiling: [] };
  const leaders = (of: (i: number) => number) => {
    const top = Math.max(0, ...columns.map((_, i) => of(i)));
    return top > 0 ? columns.flatMap((_, i) => (of(i) === top ? [i] : [])) : [];
  };
  const mostCertain = leaders((i) => totals[i]!.min);
  const highestCeiling = leaders((i) => totals[i]!.max);
  const standings = columns.map((_, i): Standing | undefined => {
    const certain = mostCertain.includes(i);
    const ceiling = highestCeiling.includes(i);
    return certain && ceiling ? "most" : certain ? "most-certain" : ceiling ? "highest-ceiling" : undefined;
  });
  return { standings, mostCertain, highestCeiling };
};
