import Link from "next/link";
import { PolicyCard } from "@/features/home/policy-card";
import { todayInShanghai } from "@/lib/format/dates";
import { policies } from "@policies/index";

export default function Home() {
  const today = todayInShanghai();
  return (
    <main className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">政策计算器</h1>
        <p className="max-w-3xl text-slate-700">
          选一项政策，填上单位已获得的奖项、认证、标准和专利，马上算出能申领多少、依据哪一条、哪些限额会核减——每个数字都附政策原文。
        </p>
      </header>
      <section aria-labelledby="policies-heading" className="space-y-3">
        <h2 id="policies-heading" className="text-lg font-semibold">
          选择政策
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {policies.map((p) => (
            <PolicyCard key={p.id} policy={p} today={today} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="regulators-heading" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="regulators-heading" className="text-lg font-semibold">
          监管部门入口
        </h2>
        <p className="text-sm text-slate-700">核对本工具怎样读每条政策，比较各地的支持力度，或用接口批量测算一批申请单位。</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <li>
            <Link href="/regulator" className="font-medium text-sky-800 underline underline-offset-2">
              上传申请名单，测算预算与政策修订
            </Link>
          </li>
          <li>
            <Link href="/regulator/matrix" className="text-sky-800 underline underline-offset-2">
              各地政策对照表
            </Link>
          </li>
          <li>
            <Link href="/policies" className="text-sky-800 underline underline-offset-2">
              逐条核对政策原文与本工具的读法
            </Link>
          </li>
          <li>
            <Link href="/compare" className="text-sky-800 underline underline-offset-2">
              同一情况跨地区对比
            </Link>
          </li>
          <li>
            <a href="/api/v1/policies" className="text-sky-800 underline underline-offset-2">
              JSON 接口（/api/v1）
            </a>
          </li>
        </ul>
      </section>
    </main>
  );
}
