/**
 * CSV text (decode.ts's pieces, in order) → rows, streamed through papaparse a megabyte at a time so that 500,000 rows never sit
 * in memory as arrays of strings. The delimiter is detected (comma, tab from Excel's "Unicode
 * text", semicolon). Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
import Papa from "papaparse";
import type { CohortBuilder } from "./cohort-builder";

const CHUNK = 1 << 20;

/** papaparse's codes for a broken quote: the rest of the row (or the file) may be merged into one cell. */
const QUOTE_PROBLEMS = new Set(["MissingQuotes", "InvalidQuotes"]);

/** How far into the text papaparse looks to detect the delimiter and line break. */
const SAMPLE = 64 * 1024;

export const readCsv = (pieces: readonly string[], builder: CohortBuilder, onProgress?: (fraction: number) => void): void => {
  if (builder.sharded && !pieces.some((p) => p.includes('"'))) return readLines(pieces, builder, onProgress);
  // A quoted cell may hold a line break, so papaparse reads the text as a whole.
  const text = pieces.join("");
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

/** Where the `n`th field of the unquoted line text[start, end) starts (`end` if the line has fewer), found without cutting the line out. */
const fieldStart = (text: string, start: number, end: number, n: number, delimiter: string): number => {
  let from = start;
  for (let i = 0; i < n; i++) {
    const at = text.indexOf(delimiter, from);
    if (at < 0 || at >= end) return end;
    from = at + delimiter.length;
  }
  return from;
};

/** Where the field starting at `from` of the line ending at `end` ends. */
const fieldEnd = (text: string, from: number, end: number, delimiter: string): number => {
  const to = text.indexOf(delimiter, from);
  return to < 0 || to > end ? end : to;
};

/**
 * `text.slice(start, end).split(delimiter)` into `into`: hundreds of thousands of rows without an
 * array or a line each. The line is walked once, character by character: faster than asking for
 * each of its thirty-odd delimiters in turn. papaparse detects only delimiters of one character.
 */
const split = (text: string, start: number, end: number, delimiter: number, into: string[]): string[] => {
  let n = 0;
  let from = start;
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) !== delimiter) continue;
    into[n++] = at === from ? "" : text.slice(from, at);
    from = at + 1;
  }
  into[n++] = from === end ? "" : text.slice(from, end);
  into.length = n;
  return into;
};

/**
 * A shard's reading of text without a single quote: then every line is one row and its cells are the
 * line split at the delimiter — what papaparse itself does for such text (its "fast mode"), with
 * the delimiter and line break papaparse detects. Other shards' rows are recognised by their id
 * cell alone and passed over without being split: most of the file, for every shard but one.
 */
const readLines = (pieces: readonly string[], builder: CohortBuilder, onProgress?: (fraction: number) => void): void => {
  const { delimiter, linebreak } = Papa.parse<string[]>(pieces[0]!.slice(0, SAMPLE), { preview: 10 }).meta;
  const length = pieces.reduce((n, p) => n + p.length, 0);
  let before = 0;
  let row = 0;
  const cells: string[] = [];
  let columns = builder.columns;
  // An applicant's rows usually follow one another: its id is hashed once, not on every row.
  let lastId: string | null = null;
  let lastOwned = false;
  pieces.forEach((text, n) => {
    // Every piece but the last ends with a line break: the last one's end is a line, which may be empty.
    const last = n === pieces.length - 1 ? text.length : text.length - 1;
    for (let start = 0; start <= last; ) {
      const found = text.indexOf(linebreak, start);
      const end = found < 0 ? text.length : found;
      const next = found < 0 ? text.length + 1 : found + linebreak.length;
      row++;
      if (columns) {
        const from = fieldStart(text, start, end, columns.id, delimiter);
        const to = fieldEnd(text, from, end, delimiter);
        if (lastId === null || to - from !== lastId.length || !text.startsWith(lastId, from)) {
          lastId = text.slice(from, to);
          lastOwned = builder.owns(lastId.trim());
        }
        if (!lastOwned) {
          if (columns.policy >= 0 && builder.wantsPolicy) {
            const at = fieldStart(text, start, end, columns.policy, delimiter);
            builder.passOver(text.slice(at, fieldEnd(text, at, end, delimiter)));
          }
          start = next;
          continue;
        }
      }
      // The header is split as usual; the builder keeps nothing of a data row's array, so one is reused.
      if (columns) builder.add(row, split(text, start, end, delimiter.charCodeAt(0), cells));
      else {
        builder.add(row, text.slice(start, end).split(delimiter));
        columns = builder.columns;
      }
      start = next;
    }
    before += text.length;
    onProgress?.(Math.min(1, before / length));
  });
};
