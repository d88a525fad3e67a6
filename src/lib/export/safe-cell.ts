/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or a tab or carriage return,
 * which some programs strip before looking) is run as a formula when the file is opened, so
 * `=cmd|' /C calc'!A0` in an applicant's name would execute on a colleague's machine. Text cells
 * that start so get a leading apostrophe, which spreadsheet programs show as plain text; numbers
 * are written as numbers, where a minus sign is only a sign.
 */
export type CellValue = string | number | boolean | null | undefined;

const TRIGGER = /^[=+\-@\t\r]/;

export const safeCell = (value: CellValue): string | number | boolean => {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  return TRIGGER.test(value) ? `'${value}` : value;
};
