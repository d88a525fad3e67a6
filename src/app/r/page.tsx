import type { Metadata } from "next";
import Link from "next/link";
import { SharedResultView } from "@/features/share/shared-result-view";
import { getDatabase } from "@/lib/db/database";
import { openSelfContained, type SelfContainedSources } from "@/lib/share/self-contained";
import { signingKey } from "@/lib/share/signing-key";
import { loadPolicySnapshot } from "@/lib/share/snapshots";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "分享的测算结果",
  // The answers are in the address: never index it.
  robots: { index: false, follow: false },
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The database is asked only for a signed link: its key (until cached) and, for an old version, that version's data. */
const sources: SelfContainedSources = {
  loadSnapshot: async (version) => loadPolicySnapshot((await getDatabase()).prisma, version),
  signingKey,
};

/** A self-contained link: the answers are in `d`, nothing was stored when it was made. */
export default async function SelfContainedPage({ searchParams }: Props) {
  const query = await searchParams;
  const opened = await openSelfContained({ d: first(query.d) ?? "", v: first(query.v), sig: first(query.sig) }, sources);
  if (!opened.ok) {
    return (
      <main className="mx-auto max-w-3xl space-y-3 px-4 py-10 sm:px-6">
        <h1 className="text-xl font-bold">无法打开这个链接</h1>
        <p className="text-slate-700">{opened.error}。链接可能在复制时被截断，请向发给你链接的人核对。</p>
        <p>
          <Link href="/" className="text-sky-800 underline underline-offset-2">
            返回首页，开始测算
          </Link>
        </p>
      </main>
    );
  }
  return <SharedResultView shared={opened.shared} />;
}
