import { memo } from "react";
import type { AssumptionCount } from "@/lib/batch/batch-report";
import { cell, numberCell, TableHead } from "./table-head";
import type { LoadedCohort } from "./worker-protocol";

const SHOWN = 200;

const n = (x: number) => x.toLocaleString("zh-CN");

/** 第 2、5、9 行 — and how many more, when the report lists only the first few. */
const rowsText = (a: AssumptionCount) => `第 ${a.rows.join("、")} 行${a.count > a.rows.length ? ` 等 ${n(a.count)} 行` : ""}`;

/** What was read, what was wrong with it row by row, and what was taken for its blank cells, in the words of the spreadsheet. */
export const InputReport = memo(function InputReport({ cohort }: { cohort: LoadedCohort }) {
  const { stats, errors, errorCount, warnings, assumptions } = cohort;
  const invalid = stats.applicants - stats.validApplicants;
  const waiting = assumptions.filter((a) => a.pending);
  return (
    <section aria-labelledby="input-heading" className="space-y-2">
      <h2 id="input-heading" className="text-lg font-semibold">
        读取结果
      </h2>
      <p className="text-sm text-slate-700">
        {cohort.format === "xlsx" ? "Excel 文件" : `CSV 文件（${cohort.encoding === "gbk" ? "GBK 编码" : cohort.encoding?.toUpperCase()}）`}，共 {n(stats.rows)}{" "}
        行事项、{n(stats.applicants)} 个申请人；
        <strong className="text-emerald-800">{n(stats.validApplicants)} 个已计算</strong>
        {stats.pendingApplicants > 0 && <strong className="text-amber-800">（其中 {n(stats.pendingApplicants)} 个有待核实的行，这些行暂不计入金额）</strong>}
        {invalid > 0 && <strong className="text-rose-800">，{n(invalid)} 个因数据有误未计算</strong>}。
      </p>
      {warnings.map((w) => (
        <p key={w} className="rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          {w}
        </p>
      ))}
      {errorCount > 0 && (
        <details open={errorCount <= 20} className="rounded-lg border border-rose-200 bg-white">
          <summary className="cursor-pointer p-3 text-sm font-medium text-rose-900">
            {n(errorCount)} 处数据问题（有问题的申请人整体未计算，改正后重新上传即可）
          </summary>
          <div className="max-h-96 overflow-auto">
            <table className="w-full text-left text-sm">
              <TableHead columns={["行", "列", "问题"]} className="sticky top-0 bg-rose-50 text-rose-950" />
              <tbody>
                {errors.slice(0, SHOWN).map((e, i) => (
                  <tr key={`${e.row}-${e.column}-${i}`} className="border-t border-slate-100 align-top">
                    <td className={`${cell} tabular-nums`}>第 {e.row} 行</td>
                    <td className={`${cell} whitespace-nowrap`}>{e.column}</td>
                    <td className={cell}>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {errorCount > Math.min(SHOWN, errors.length) && (
              <p className="p-3 text-sm text-slate-600">另有 {n(errorCount - Math.min(SHOWN, errors.length))} 处未列出。</p>
            )}
          </div>
        </details>
      )}
      {assumptions.length > 0 && (
        <details open={waiting.length > 0} className="rounded-lg border border-amber-200 bg-white">
          <summary className="cursor-pointer p-3 text-sm font-medium text-amber-950">
            空白单元格：{assumptions.length} 种情形{waiting.length > 0 ? `，其中 ${waiting.length} 种待核实` : ""}（空白不当作“否”；每个申请人的明细和导出文件逐行列出）
          </summary>
          <div className="max-h-96 overflow-auto">
            <table className="w-full text-left text-sm">
              <TableHead columns={["处理", { label: "申请人数", numeric: true }, "行"]} className="sticky top-0 bg-amber-50 text-amber-950" />
              <tbody>
                {assumptions.map((a) => (
                  <tr key={`${a.message}-${a.pending}`} className="border-t border-slate-100 align-top">
                    <td className={cell}>
                      {a.pending && <span className="mr-1.5 rounded bg-amber-200 px-1.5 text-xs text-amber-950">待核实</span>}
                      {a.message}
                    </td>
                    <td className={`${numberCell} tabular-nums`}>{n(a.applicants)}</td>
                    <td className={`${cell} text-slate-700`}>{rowsText(a)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
});
