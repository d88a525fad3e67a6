/** What was taken for a blank cell of an upload (unstated.ts), as every report and export says it. */
export interface Assumption {
  row: number;
  /** The column's heading (for JSON, the field's path). */
  column: string;
  /** What was blank and what was taken for it, or why the row waits: "首次取得未填写，此行暂不计入金额，待核实（…）". */
  message: string;
  /** The row is left out of the amounts until it is confirmed (待核实). */
  pending: boolean;
}

export const assumptionText = (a: Pick<Assumption, "row" | "message">): string => `第 ${a.row} 行 ${a.message}`;
