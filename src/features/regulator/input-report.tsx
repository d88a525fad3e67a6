import { cell, TableHead } from "./table-head";
import type { LoadedCohort } from "./worker-protocol";

const SHOWN = 200;

/** What was read and what was wrong with it, row by row, in the words of the spreadsheet. */
export function InputReport({ cohort }: { cohort: LoadedCohort }) {
  const { stats, errors, errorCount, warnings } = cohort;
  const invalid = stats.applicants - stats.validApplicants;
  return (
    <section aria-labelledby="input-heading" className="space-y-2">
      <h2 id="input-heading" className="text-lg font-semibold">
        读取结果
      </h2>
      <p className="text-sm text-slate-700">
        {cohort.format === "xlsx" ? "Excel 文件" : `CSV 文件（${cohort.encoding === "gbk" ? "GBK 编码" : cohort.encoding?.toUpperCase()}）`}，共{" "}
        {stats.rows.toLocaleString("zh-CN")} 行事项、{stats.applicants.toLocaleString("zh-CN")} 个申请人；
        <strong className="text-emerald-800">{stats.validApplicants.toLocaleString("zh-CN")} 个已计算</strong>
        {invalid > 0 && <strong className="text-rose-800">，{invalid.toLocaleString("zh-CN")} 个因数据有误未计算</strong>}。
      </p>
      {warnings.map((w) => (
        <p key={w} className="rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          {w}
        </p>
      ))}
      {errorCount > 0 && (
        <details open={errorCount <= 20} className="rounded-lg border border-rose-200 bg-white">
          <summary className="cursor-pointer p-3 text-sm font-medium text-rose-900">
            {errorCount.toLocaleString("zh-CN")} 处数据问题（有问题的申请人整体未计算，改正后重新上传即可）
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
              <p className="p-3 text-sm text-slate-600">另有 {(errorCount - Math.min(SHOWN, errors.length)).toLocaleString("zh-CN")} 处未列出。</p>
            )}
          </div>
        </details>
      )}
    </section>
  );
}
