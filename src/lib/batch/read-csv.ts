/**
 * CSV text → rows, streamed through papaparse a megabyte at a time so that 500,000 rows never sit
 * in memory as arrays of strings. The delimiter is detected (comma, tab from Excel's "Unicode
 * text", semicolon). Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
import Papa from "papaparse";
import type { CohortBuilder } from "./cohort-builder";

const CHUNK = 1 << 20;

/** papaparse's codes for a broken quote: the rest of the row (or the file) may be merged into one cell. */
const QUOTE_PROBLEMS = new Set(["MissingQuotes", "InvalidQuotes"]);

export const readCsv = (text: string, builder: CohortBuilder, onProgress?: (fraction: number) => void): void => {
  let row = 0;
  // papaparse streams strings in chunks too; its type definitions only admit `chunk` for files.
  const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (results: Papa.ParseResult<string[]>) => void } = {
    chunkSize: CHUNK,
    skipEmptyLines: false,
    chunk: (results) => {
      const broken = new Set(results.errors.filter((e) => QUOTE_PROBLEMS.has(e.code)).map((e) => e.row));
      results.data.forEach((cells, i) => builder.add(++row, cells, broken.has(i) ? "引号不成对：此行的内容可能与后面的行合并了" : undefined));
      onProgress?.(Math.min(1, results.meta.cursor / text.length));
    },
  };
  Papa.parse<string[]>(text, config);
};
