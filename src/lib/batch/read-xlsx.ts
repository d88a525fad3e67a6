/**
 * An Excel workbook → rows of its first sheet, numbered as Excel numbers them. Cells keep their
 * types (numbers, booleans, date serials), which the cell coercion understands.
 */
import * as XLSX from "@e965/xlsx";
import type { Cell } from "./cells";
import { BatchError, type CohortBuilder } from "./cohort-builder";

export const readXlsx = (bytes: Uint8Array, builder: CohortBuilder, onProgress?: (fraction: number) => void): void => {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, { type: "array", dense: true, cellFormula: false, cellHTML: false, cellText: false });
  } catch {
    throw new BatchError("无法读取这个 Excel 文件：文件可能已损坏，或不是 .xlsx 格式。请在 Excel 中另存为 .xlsx 或 CSV 后重新上传。");
  }
  const name = book.SheetNames[0];
  const sheet = name === undefined ? undefined : book.Sheets[name];
  if (!sheet || !sheet["!ref"]) throw new BatchError("Excel 文件的第一个工作表是空的。请把数据放在第一个工作表。");
  const first = XLSX.utils.decode_range(sheet["!ref"]).s.r;
  const rows = XLSX.utils.sheet_to_json<Cell[]>(sheet, { header: 1, raw: true, blankrows: true, defval: null });
  const step = Math.max(1, Math.floor(rows.length / 100));
  rows.forEach((cells, i) => {
    builder.add(first + i + 1, cells);
    if (i % step === 0) onProgress?.(i / rows.length);
  });
};
