/**
 * One profile under every policy, arranged for reading across: a column per policy, a row per stated
 * fact, and in each cell what that policy pays for that fact — or exactly why it pays nothing (no
 * clause, not eligible, outside the window, dropped by a limit). Pure: runs in the browser.
 */
import { evaluate } from "@/engine";
import type { Adjustment, Applicant, Evaluation, Fact, Line, Policy, Reason, Unquantified } from "@/engine/types";

export interface Profile {
  applicant: Applicant;
  facts: Fact[];
  asOf: string;
}

export type CellEntry =
  | { kind: "line"; line: Line; limits: Adjustment[] }
  | { kind: "unquantified"; entry: Unquantified }
  | { kind: "reason"; reason: Reason };

export interface Cell {
  entries: CellEntry[];
  /** What this policy pays for this fact after all limits. */
  pays: { min: number; max: number };
}

export interface Column {
  policy: Policy;
  evaluation: Evaluation;
  /** Why the whole policy pays nothing: not in force on the date, or the applicant is excluded. */
  blockedBy: Reason[];
}

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

const POLICY_WIDE: Reason["code"][] = ["not-in-force", "not-yet-in-force", "excluded", "kind-not-covered"];

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

export const compareProfile = (profile: Profile, policies: readonly Policy[]): Comparison => {
  const columns = policies.map((policy): Column => {
    const { applicant, facts, asOf } = profile;
    const evaluation = evaluate({ policy, applicant, facts, asOf }, { trace: false });
    return { policy, evaluation, blockedBy: evaluation.reasons.filter((r) => POLICY_WIDE.includes(r.code)) };
  });
  const rows = profile.facts.map((fact, index) => ({ fact, index, cells: columns.map((c) => cellOf(c.evaluation, index)) }));
  return { columns, rows, ...rankColumns(columns) };
};

/** Which columns lead on the certain total and on the ceiling, and so which badge each wears. */
export const rankColumns = (columns: readonly Column[]): Pick<Comparison, "standings" | "mostCertain" | "highestCeiling"> => {
  const leaders = (of: (c: Column) => number) => {
    const top = Math.max(0, ...columns.map(of));
    return top > 0 ? columns.flatMap((c, i) => (of(c) === top ? [i] : [])) : [];
  };
  const mostCertain = leaders((c) => c.evaluation.total.min);
  const highestCeiling = leaders((c) => c.evaluation.total.max);
  const standings = columns.map((_, i): Standing | undefined => {
    const certain = mostCertain.includes(i);
    const ceiling = highestCeiling.includes(i);
    return certain && ceiling ? "most" : certain ? "most-certain" : ceiling ? "highest-ceiling" : undefined;
  });
  return { standings, mostCertain, highestCeiling };
};
