import type { Metadata } from "next";
import { Breadcrumb } from "@/features/policy-browser/breadcrumb";
import { RegulatorWorkspace } from "@/features/regulator/regulator-workspace";
import { openDraft } from "@/lib/cohort/draft-store";
import { getDatabase } from "@/lib/db/database";
import { todayInShanghai } from "@/lib/format/dates";

export const metadata: Metadata = { title: "监管测算" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?draft=<id> opens a saved what-if draft; an unknown id opens the empty workspace with a note. */
export default async function RegulatorPage({ searchParams }: Props) {
  const { draft: id } = await searchParams;
  const draft = typeof id === "string" ? await openDraft((await getDatabase()).prisma, id) : null;
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-6 sm:px-6">
      <Breadcrumb trail={[]} current="监管测算" />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">监管测算：一批申请人要花多少钱</h1>
        <p className="max-w-3xl text-slate-700">
          上传今年的申请名单，算出合计可能支出多少、每条条款各支出多少、哪些限额在起作用；再修改政策中的金额、封顶或有效期，看修订会让预算怎样变化。计算在您的浏览器中进行，申请数据不会上传到服务器。
        </p>
      </header>
      {typeof id === "string" && !draft && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          没有找到这个草案：链接可能不完整或已失效。
        </p>
      )}
      <RegulatorWorkspace today={todayInShanghai()} {...(draft ? { draft } : {})} />
    </main>
  );
}
