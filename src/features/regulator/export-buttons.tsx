"use client";

import { CSV_TYPE, toCsv } from "@/lib/export/csv";
import type { Table } from "@/lib/export/table";
import { saveFile } from "./save-file";

/**
 * CSV of the main table and an .xlsx with every table as a sheet. SheetJS is loaded on the first
 * Excel export only: it is large and most visits never export.
 */
export function ExportButtons({ label, filename, tables }: { label: string; filename: string; tables: () => Table[] }) {
  const button = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100";
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">{label}</span>
      <button type="button" className={button} onClick={() => saveFile(`${filename}.csv`, toCsv(tables()[0]!), CSV_TYPE)}>
        CSV
      </button>
      <button
        type="button"
        className={button}
        onClick={async () => {
          const { toXlsx, XLSX_TYPE } = await import("@/lib/export/xlsx");
          saveFile(`${filename}.xlsx`, toXlsx(tables()) as BlobPart, XLSX_TYPE);
        }}
      >
        Excel
      </button>
    </span>
  );
}
