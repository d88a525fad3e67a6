/**
 * Tables as an .xlsx workbook, one sheet each. Text is written as text cells (type "s"), which Excel
 * never evaluates, and still neutralised like the CSV so that copying a cell out keeps it inert.
 * Loaded on demand in the browser: SheetJS is large and only the export buttons need it.
 */
import * as XLSX from "@e965/xlsx";
import { safeCell } from "./safe-cell";
import type { Table } from "./table";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const cell = (value: ReturnType<typeof safeCell>): XLSX.CellObject =>
  typeof value === "number" ? { t: "n", v: value } : typeof value === "boolean" ? { t: "b", v: value } : { t: "s", v: value };

const sheet = (table: Table): XLSX.WorkSheet => {
  const rows = [table.columns, ...table.rows].map((r) => r.map((v) => cell(safeCell(v))));
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws["!cols"] = table.columns.map((c) => ({ wch: Math.max(10, c.length * 2 + 2) }));
  return ws;
};

export const toXlsx = (tables: Table[]): Uint8Array => {
  const book = XLSX.utils.book_new();
  for (const t of tables) XLSX.utils.book_append_sheet(book, sheet(t), t.name.slice(0, 31));
  return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
};
