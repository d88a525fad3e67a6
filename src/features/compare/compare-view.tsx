"use client";

import Link from "next/link";
import { useMemo } from "react";
import { applicantDefaults } from "@/engine";
import { decodeState, encodeState, type ShareState } from "@/lib/share/codec";
import { policies } from "@policies/index";
import { applicantAttributes } from "@policies/vocabulary";
import { valueText } from "@/features/policy-browser/describe-encoding";
import { CompareCards } from "./compare-cards";
import { compareProfile } from "./compare-model";
import { CompareTable } from "./compare-table";
import { CompareVerdict } from "./compare-verdict";

const attribute = (state: ShareState, name: string): string => {
  const input = applicantAttributes.find((a) => a.name === name);
  const value = state.applicant[name] ?? applicantDefaults[name];
  return value === undefined ? "" : valueText(input, value);
};

function NoProfile({ problem }: { problem?: string }) {
  return (
    <div role={problem ? "alert" : undefined} className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      {problem ? <p className="font-medium">无法对比：{problem}</p> : <p className="font-medium">对比需要一组填写好的答案。</p>}
      <p className="mt-2 text-sm">先选一项政策填写问卷，再点结果下方的“用同样的情况对比其他地区的政策”：</p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {policies.map((p) => (
          <li key={p.id}>
            <Link href={`/calc/${p.id}`} className="text-sky-800 underline underline-offset-2">
              {p.shortName}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The answers carried by `?s=` evaluated under every policy, in the browser. The link's own policy
 * is ignored except to go back to it: every policy gets the same applicant, facts and date.
 */
export function CompareView({ encoded }: { encoded: string }) {
  const decoded = useMemo(() => decodeState(encoded), [encoded]);
  const comparison = useMemo(() => (decoded.ok ? compareProfile(decoded.state, policies) : null), [decoded]);
  if (!encoded) return <NoProfile />;
  if (!decoded.ok || !comparison) return <NoProfile problem={decoded.ok ? undefined : decoded.error} />;
  const { state } = decoded;
  const calcHref = (policy: string) => `/calc/${policy}?s=${encodeState({ ...state, policy })}`;
  return (
    <>
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-2">
          <dt className="text-slate-600">申请主体</dt>
          <dd>{state.applicant.kind === "organization" ? `单位 · ${attribute(state, "orgType")}` : "个人"}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-600">计算日期</dt>
          <dd>{state.asOf}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-600">事项</dt>
          <dd>{state.facts.length} 项</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm">
        <Link href={`/calc/${state.policy}?s=${encoded}`} className="text-sky-800 underline underline-offset-2">
          返回修改答案
        </Link>
      </p>
      {state.facts.length === 0 ? (
        <p className="mt-6 text-slate-700">这组答案还没有填写任何事项，各政策合计均为 0。</p>
      ) : (
        <>
          <div className="mt-6">
            <CompareVerdict comparison={comparison} />
          </div>
          <div className="hidden lg:block">
            <CompareTable comparison={comparison} calcHref={calcHref} />
          </div>
          <div className="lg:hidden">
            <CompareCards comparison={comparison} calcHref={calcHref} />
          </div>
        </>
      )}
    </>
  );
}
