/** The template as a download: CSV (data only) or a workbook with the column and fact-type guides. */
import type { Policy } from "@/engine/types";
import { CSV_TYPE, toCsv } from "@/lib/export/csv";
import { toXlsx, XLSX_TYPE } from "@/lib/export/xlsx";
import { columnGuide, factTypeGuide, templateTable } from "./template";

export type TemplateFormat = "csv" | "xlsx";

export const templateFile = (policy: Policy, format: TemplateFormat): { body: Uint8Array | string; type: string; filename: string } => {
  const filename = `政策测算模板-${policy.shortName}.${format}`;
  if (format === "csv") return { body: toCsv(templateTable(policy)), type: CSV_TYPE, filename };
  return { body: toXlsx([templateTable(policy), columnGuide(policy), factTypeGuide(policy)]), type: XLSX_TYPE, filename };
};

/** RFC 6266: an ASCII fallback name, and the Chinese one for every browser that reads filename*. */
export const attachment = (filename: string): string =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
