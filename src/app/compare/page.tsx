import type { Metadata } from "next";
import { CompareView } from "@/features/compare/compare-view";
import { Breadcrumb } from "@/features/policy-browser/breadcrumb";

export const metadata: Metadata = { title: "政策对比" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const { s } = await searchParams;
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <Breadcrumb trail={[]} current="政策对比" />
      <h1 className="mt-3 text-2xl font-bold">政策对比</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        同一组答案在各项政策下逐项对比：每格写明该政策为这一事项支付多少、依据哪一条；不支付的，写明原因——没有对应条款、不符合条件、不在适用期内，或因限额规则未计。
      </p>
      <CompareView encoded={typeof s === "string" ? s : ""} />
    </main>
  );
}
