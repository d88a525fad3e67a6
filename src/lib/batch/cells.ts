/**
 * Spreadsheet cells → the values the API schema expects. People type 是/否, "1,200", "30万元",
 * "2025/6/1" or "2025年6月1日", and Excel stores dates as serial day numbers; all of these are
 * turned into booleans, integer yuan and ISO dates here. A cell that cannot be read says why, in
 * words, with the value it found; range and choice checks stay with the vocabulary's zod schema.
 */
import type { Scalar } from "@/engine/types";
import type { Field } from "@/lib/validation/fields";
import { bareLabel } from "./columns";

export type Cell = string | number | boolean | null | undefined;

export type Coerced = { ok: true; value: Scalar } | { ok: false; message: string };

/** Whitespace a cell may start with: ASCII, no-break and full-width spaces, a stray BOM. */
const SPACE = /^[\s\u00a0\u3000\ufeff]/;

export const isBlank = (cell: Cell): boolean =>
  cell === undefined || cell === null || cell === "" || (typeof cell === "string" && SPACE.test(cell) && cell.trim() === "");

const shown = (cell: Cell) => {
  const text = String(cell).trim();
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
};

const fail = (field: Field, cell: Cell, want: string): Coerced => ({ ok: false, message: `${field.label}应为${want}，实际为${shown(cell)}` });

const TRUE = new Set(["是", "true", "1", "yes", "y", "√", "✓", "有"]);
const FALSE = new Set(["否", "false", "0", "no", "n", "×", "✗", "无"]);

const toBoolean = (field: Field, cell: Cell): Coerced => {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const text = String(cell).trim().toLowerCase();
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return fail(field, cell, "“是”或“否”");
};

const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const DIGITS = /^\d{1,15}$/;

/** "1,200" / "1 200" / "¥1200元" / "30万元" → yuan; 万 is exact: 0.35万 is 3500, 0.00001万 is refused. */
const toYuan = (field: Field, cell: Cell): Coerced => {
  if (typeof cell === "number") return { ok: true, value: cell };
  // Most amounts are plain digits, nearly each one different: read them without the rewriting below.
  if (typeof cell === "string" && DIGITS.test(cell)) return { ok: true, value: Number(cell) };
  let text = String(cell).trim().replace(/^[¥￥]/, "").replace(/[,，\s]/g, "");
  let wan = false;
  if (/万元?$/.test(text)) {
    wan = true;
    text = text.replace(/万元?$/, "");
  } else text = text.replace(/元$/, "");
  if (!NUMBER.test(text)) return fail(field, cell, "整数元（如 300000 或 30万）");
  if (!wan) return { ok: true, value: Number(text) };
  // Decimal string arithmetic: 1.15 * 10000 in floating point is 11499.999…
  const [whole, frac = ""] = text.split(".") as [string, string?];
  if (frac.length > 4 && /[1-9]/.test(frac.slice(4))) return fail(field, cell, "整数元，万元最多四位小数");
  return { ok: true, value: Number(`${whole}${frac.padEnd(4, "0").slice(0, 4)}`) };
};

const toNumber = (field: Field, cell: Cell): Coerced => {
  if (typeof cell === "number") return { ok: true, value: cell };
  if (typeof cell === "string" && DIGITS.test(cell)) return { ok: true, value: Number(cell) };
  const text = String(cell).trim().replace(/[,，\s]/g, "").replace(/%$/, "");
  const unit = field.unit && field.unit !== "%" ? field.unit : "";
  const bare = unit && text.endsWith(unit) ? text.slice(0, -unit.length) : text;
  return NUMBER.test(bare) ? { ok: true, value: Number(bare) } : fail(field, cell, "数字");
};

/** Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 is skipped, which every real date is. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
/** 1970-01-01 to 2099-12-31: no policy fact is dated outside, so another number is not a date. */
const SERIAL_MIN = 25_569;
const SERIAL_MAX = 73_050;

const pad = (n: number | string) => String(n).padStart(2, "0");

export const serialToIso = (serial: number): string | null => {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);
};

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** The ISO string, or the cell as typed: the shared date schema then says what is wrong with it. */
const toDate = (field: Field, cell: Cell): Coerced => {
  if (typeof cell === "number") {
    const iso = serialToIso(cell);
    return iso ? { ok: true, value: iso } : fail(field, cell, "日期（YYYY-MM-DD）");
  }
  const text = String(cell).trim();
  // A date column exported from Excel without its format shows the serial number.
  if (/^\d{5}(\.\d+)?$/.test(text)) return toDate(field, Number(text));
  const m = YMD.exec(text);
  if (m) return { ok: true, value: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` };
  // With a time of day (2025-06-01 00:00:00 or 2025-06-01T00:00): the day is what counts.
  const withTime = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.exec(text);
  return withTime ? { ok: true, value: withTime[1]! } : fail(field, cell, "日期（YYYY-MM-DD）");
};

/**
 * Every way a person may write each option — its key (any case), its label, the label without its
 * qualifier, and one alternative of a label such as 牵头 / 主导 / 第一起草单位 if no other option has
 * it — built once per field: uploads look up hundreds of thousands of cells.
 */
const choices = new WeakMap<Field, Map<string, string>>();
const choiceWords = (field: Field): Map<string, string> => {
  let words = choices.get(field);
  if (words) return words;
  const options = field.options ?? [];
  const parts = new Map<string, string | null>();
  for (const o of options) {
    for (const part of bareLabel(o.label).split(/\s*[/／]\s*/)) parts.set(part, parts.has(part) && parts.get(part) !== o.value ? null : o.value);
  }
  words = new Map();
  // Later entries win: the exact key and label are set last, so they beat a shared alternative.
  for (const [part, value] of parts) if (value !== null) words.set(part, value);
  for (const o of options) {
    words.set(o.value.toLowerCase(), o.value);
    words.set(bareLabel(o.label), o.value);
    words.set(o.label, o.value);
    words.set(o.value, o.value);
  }
  choices.set(field, words);
  return words;
};

const toChoice = (field: Field, cell: Cell): Coerced => {
  const text = String(cell).trim();
  const words = choiceWords(field);
  const value = words.get(text) ?? words.get(text.toLowerCase());
  if (value !== undefined) return { ok: true, value };
  return { ok: false, message: `${field.label}的取值${shown(cell)}无效，可填：${(field.options ?? []).map((o) => o.label).join("、")}` };
};

export const coerceCell = (field: Field, cell: Cell): Coerced => {
  switch (field.type) {
    case "boolean":
      return toBoolean(field, cell);
    case "yuan":
      return toYuan(field, cell);
    case "int":
    case "percent":
      return toNumber(field, cell);
    case "date":
      return toDate(field, cell);
    case "enum":
      return toChoice(field, cell);
  }
};

/** A coerced value as the person typed it: the option's label, 是/否. */
export const displayValue = (field: Field, value: Scalar): string => {
  if (typeof value === "boolean") return value ? "是" : "否";
  return field.options?.find((o) => o.value === value)?.label ?? String(value);
};
