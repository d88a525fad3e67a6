import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { applicantsTable, clausesTable } from "@/lib/export/cohort-tables";
import { toCsv } from "@/lib/export/csv";
import { safeCell } from "@/lib/export/safe-cell";
import { toXlsx } from "@/lib/export/xlsx";

const HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=1+1\n换行"];

const row = (name: string) => ({ id: name, name, eligible: true, total: { min: -5, max: 100 }, cut: { min: 0, max: 0 }, unquantified: 0 });

describe("formula injection on export", () => {
  it("prefixes text that a spreadsheet would run, and leaves numbers and plain text alone", () => {
    for (const h of HOSTILE) expect(safeCell(h)).toBe(`'${h}`);
    expect(safeCell(-5000)).toBe(-5000);
    expect(safeCell("甲公司")).toBe("甲公司");
    expect(safeCell("a=b")).toBe("a=b");
    expect(safeCell(null)).toBe("");
  });

  it("writes CSV whose hostile cells are inert text, in UTF-8 with a BOM for Excel", () => {
    const csv = toCsv(applicantsTable(HOSTILE.map(row)));
    expect(csv.startsWith("\uFEFF申请人编号,")).toBe(true);
    const lines = XLSX.read(csv.slice(1), { type: "string", raw: true });
    const cells = XLSX.utils.sheet_to_json<string[]>(lines.Sheets[lines.SheetNames[0]!]!, { header: 1, raw: false });
    for (const [i, h] of HOSTILE.entries()) {
      expect(cells[i + 1]![0]).toBe(`'${h}`);
      expect(cells[i + 1]![0]!.startsWith("'")).toBe(true);
    }
    // Negative amounts stay numbers, with no apostrophe in front.
    expect(csv).toContain(",-5,100,");
  });

  it("writes .xlsx with text cells only — no formula, whatever the applicant's name", () => {
    const bytes = toXlsx([applicantsTable(HOSTILE.map(row)), clausesTable([{ clause: "=1", title: "+t", applicants: 1, min: 0, max: 1 }])]);
    const book = XLSX.read(bytes, { type: "array", cellFormula: true });
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name]!;
      for (const [ref, cell] of Object.entries(sheet)) {
        if (ref.startsWith("!")) continue;
        expect((cell as XLSX.CellObject).f).toBeUndefined();
      }
    }
    const sheet = book.Sheets["申请人"]!;
    expect(sheet["A2"]).toMatchObject({ t: "s", v: `'${HOSTILE[0]}` });
    expect(sheet["C2"]).toMatchObject({ t: "n", v: -5 });
    // And in the file itself: no <f> element anywhere in the worksheet XML.
    const zip = XLSX.CFB.read(bytes, { type: "array" });
    const xml = XLSX.CFB.find(zip, "/xl/worksheets/sheet1.xml")!.content as Uint8Array;
    expect(new TextDecoder().decode(xml)).not.toContain("<f>");
  });
});
