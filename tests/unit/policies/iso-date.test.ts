import { describe, expect, it } from "vitest";
import { isCalendarDate, isoDate } from "@policies/schema";

/** The reading the count replaced: a date is real when Date reads it back unchanged. */
const readBack = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("isCalendarDate", () => {
  it("agrees with Date on every month and day number of leap, common and century years", () => {
    for (const year of [0, 1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isCalendarDate(s), s).toBe(readBack(s));
        }
      }
    }
  });

  it("binds at the month's last day: 29 February only in leap years", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2025-04-30")).toBe(true);
    expect(isCalendarDate("2025-04-31")).toBe(false);
  });

  it("refuses what is not YYYY-MM-DD, as Date does", () => {
    for (const s of ["2025-01-01 ", " 2025-01-01", "2025-1-01", "2025-01-01T00:00", "+02025-01-01", "２０２５-01-01", ""]) {
      expect(isCalendarDate(s), s).toBe(false);
      expect(readBack(s), s).toBe(false);
    }
  });

  it("keeps the schema's messages", () => {
    const issues = (s: unknown) => { const r = isoDate.safeParse(s); return r.success ? [] : r.error.issues.map((i) => i.message); };
    expect(issues("2025-02-30")).toEqual(["不存在的日期"]);
    expect(issues("2025-2-3")).toEqual(expect.arrayContaining(["日期格式应为 YYYY-MM-DD"]));
    expect(issues(20250101)).toEqual(["日期应为 YYYY-MM-DD 格式的字符串"]);
    expect(issues("2025-02-28")).toEqual([]);
  });
});
