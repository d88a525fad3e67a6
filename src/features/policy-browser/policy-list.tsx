import Link from "next/link";
import type { Policy } from "@/engine/types";
import { Breadcrumb } from "./breadcrumb";
import { effectivePeriod } from "./describe-encoding";

/** The policies, each with what a reader checks first: who issued it, when it applies, how much the calculator reads from it. */
export function PolicyList({ policies }: { policies: readonly Policy[] }) {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
      <Breadcrumb trail={[]} current="政策原文" />
      <h1 className="mt-3 text-2xl font-bold">政策原文</h1>
      <p className="mt-2 text-slate-700">
        每项政策逐段列出原文、据此整理的补贴事项、限额规则和申报指引，以及文字有歧义时本工具的理解，供核对计算依据。
      </p>
      <ul className="mt-6 space-y-4">
        {policies.map((p) => (
          <li key={p.id}>
            <article aria-labelledby={`policy-${p.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 id={`policy-${p.id}`} className="text-lg font-semibold leading-snug">
                <Link href={`/policies/${p.id}`} className="text-sky-800 underline underline-offset-2 hover:text-sky-950">
                  {p.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {p.region} · {p.issuer}
                {p.docNumber ? ` · ${p.docNumber}` : ""}
              </p>
              <p className="mt-1 text-sm text-slate-700">有效期：{effectivePeriod(p)}</p>
              <p className="mt-1 text-sm text-slate-700">
                补贴事项 {p.items.length} 个 · 限额规则 {p.limits.length} 条
              </p>
              <p className="mt-2 text-sm">
                <Link href={`/calc/${p.id}`} className="text-sky-800 underline underline-offset-2">
                  按{p.shortName}政策计算
                </Link>
              </p>
            </article>
          </li>
        ))}
      </ul>
    </main>
  );
}
