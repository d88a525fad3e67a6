"use client";

import { useState } from "react";
import { CSV_TYPE, toCsv } from "@/lib/export/csv";
import type { Table } from "@/lib/export/table";
import { saveFile } from "./save-file";

/**
 * CSV (every table, one after the other) and an .xlsx with every table as a sheet. The tables may
 * take a while (the per-applicant export asks the workers for every applicant's explanation); a
 * failure is said beside the buttons. SheetJS is loaded on the first Excel export only: it is large
 * and most visits never export.
 */
export function ExportButtons({ label, filename, tables }: { label: string; filename: string; tables: () => Table[] | Promise<Table[]> }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const button = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-40";
  const save = async (format: "csv" | "xlsx") => {
    setProblem(null);
    setWorking(true);
    try {
      const all = await tables();
      if (format === "csv") saveFile(`${filename}.csv`, toCsv(...all), CSV_TYPE);
      else {
        const { toXlsx, XLSX_TYPE } = await import("@/lib/export/xlsx");
        saveFile(`${filename}.xlsx`, toXlsx(all) as BlobPart, XLSX_TYPE);
      }
    } catch (e) {
      setProblem(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setWorking(false);
    }
  };
  return (
    <span role="group" aria-label={label} className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span aria-hidden="true" className="text-slate-600">
        {label}
      </span>
      <button type="button" className={button} disabled={working} onClick={() => save("csv")}>
        CSV
      </button>
      <button type="button" className={button} disabled={working} onClick={() => save("xlsx")}>
        Excel
      </button>
      {problem && (
        <span role="alert" className="text-rose-800">
          {problem}
        </span>
      )}
    </span>
  );
}
