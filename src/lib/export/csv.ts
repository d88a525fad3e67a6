/**
 * A table as CSV that Chinese Excel opens correctly: UTF-8 with a byte-order mark (without it Excel
 * assumes GBK), CRLF line ends, and every text cell neutralised against formula injection.
 */
import Papa from "papaparse";
import { safeCell } from "./safe-cell";
import type { Table } from "./table";

export const CSV_TYPE = "text/csv;charset=utf-8";

export const toCsv = (table: Table): string =>
  `\uFEFF${Papa.unparse(
    { fields: table.columns.map(safeCell).map(String), data: table.rows.map((r) => r.map(safeCell)) },
    { newline: "\r\n", escapeFormulae: false },
  )}\r\n`;
