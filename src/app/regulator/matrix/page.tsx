import type { Metadata } from "next";
import type { FactGroup } from "@/engine/types";
import { Breadcrumb } from "@/features/policy-browser/breadcrumb";
import { MatrixView } from "@/features/regulator/matrix/matrix-view";
import { policies } from "@policies/index";
import { factGroups } from "@policies/vocabulary";

export const metadata: Metadata = { title: "各地政策对照表" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MatrixPage({ searchParams }: Props) {
  const { group } = await searchParams;
  const chosen = typeof group === "string" && group in factGroups ? (group as FactGroup) : undefined;
  return (
    <main id="main" className="mx-auto max-w-7xl space-y-4 px-4 py-6 sm:px-6">
      <Breadcrumb trail={[{ href: "/regulator", label: "监管测算" }]} current="各地政策对照表" />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">各地政策对照表{chosen ? `：${factGroups[chosen]}` : ""}</h1>
        <p className="max-w-3xl text-slate-700">
          同一事项在五项政策中各支持多少：每行是一种情形（如“国家标准 · 制定 · 牵头”），每格列出该政策对应的条款与金额。“最高”是条文允许的上限；同一格有几项时，按格下所注条件区分。
        </p>
      </header>
      <MatrixView policies={policies} {...(chosen ? { group: chosen } : {})} />
    </main>
  );
}
