/**
 * Tables as CSV that Chinese Excel opens correctly: UTF-8 with a byte-order mark (without it Excel
 * assumes GBK), CRLF line ends, and every text cell neutralised against formula injection. A CSV has
 * one sheet: a second table follows the first after an empty line and its name, so the first
 * table's header stays row 1 for a program reading the file back.
 */
import Papa from "papaparse";
import { safeCell } from "./safe-cell";
import type { Table } from "./table";

export const CSV_TYPE = "text/csv;charset=utf-8";

const section = (table: Table): string =>
  Papa.unparse({ fields: table.columns.map(safeCell).map(String), data: table.rows.map((r) => r.map(safeCell)) }, { newline: "\r\n", escapeFormulae: false });

export const toCsv = (...tables: Table[]): string =>
  `\uFEFF${tables.map((t, i) => (i === 0 ? section(t) : `\r\n${Papa.unparse([[safeCell(t.name)]], { newline: "\r\n" })}\r\n${section(t)}`)).join("\r\n")}\r\n`;
