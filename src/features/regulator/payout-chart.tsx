"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Bucket } from "@/lib/cohort/aggregate";

/** How many applicants fall in each payout band (by the most each may receive). */
export function PayoutChart({ distribution }: { distribution: Bucket[] }) {
  const data = distribution.map((b) => ({ band: b.label, 申请人数: b.count }));
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium text-slate-800">按最高可得金额分档的申请人数</figcaption>
      <div className="h-64 w-full" role="img" aria-label={data.map((d) => `${d.band}：${d.申请人数} 家`).join("；")}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="band" tick={{ fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={56} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={48} />
            <Tooltip formatter={(v) => [`${String(v)} 家`, "申请人数"]} />
            <Bar dataKey="申请人数" fill="#0369a1" isAnimationActive={false}>
              <LabelList dataKey="申请人数" position="top" fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
