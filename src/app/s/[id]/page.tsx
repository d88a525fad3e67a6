import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatRange } from "@/engine";
import { SharedResultView } from "@/features/share/shared-result-view";
import { getDatabase } from "@/lib/db/database";
import { openShare } from "@/lib/share/shares";

type Props = { params: Promise<{ id: string }> };

/** One database read per request, shared by the metadata and the page. */
const load = cache(async (id: string) => openShare((await getDatabase()).prisma, id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await load((await params).id);
  if (!shared) return { title: "链接不存在", robots: { index: false } };
  const computed = shared.original ?? shared.current;
  const name = computed?.policy.shortName ?? shared.state.policy;
  const total = computed ? formatRange(computed.evaluation.total) : "";
  const title = `${name}补贴测算：${total}`;
  const description = `${computed?.policy.name ?? ""}，测算日期 ${shared.state.asOf}，预计可申领 ${total}。点开查看逐条依据。`;
  return {
    title,
    description,
    // A link is shared on purpose, with some people; search engines are not among them.
    robots: { index: false, follow: false },
    openGraph: { title, description, type: "website", siteName: "政策计算器" },
    twitter: { card: "summary", title, description },
  };
}

export default async function SharePage({ params }: Props) {
  const shared = await load((await params).id);
  if (!shared) notFound();
  return <SharedResultView shared={shared} createdAt={shared.createdAt} />;
}
