/** A table to export: a sheet name, its column headings and its rows. */
import type { CellValue } from "./safe-cell";

export interface Table {
  /** Sheet name in a workbook (at most 31 characters, Excel's limit). */
  name: string;
  columns: string[];
  rows: CellValue[][];
}
