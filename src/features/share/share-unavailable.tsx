"use client";

import { NoticePage } from "@/features/site/notice-page";

/**
 * A link's stored data could not be read (in practice: the database is unreachable) — the answers
 * of /s/{id}, or the signing key or old policy data a /r link needs. The link itself is fine, so
 * the page says to try again rather than that it does not exist. Both pages' error boundaries.
 */
export function ShareUnavailable({ retry }: { retry: () => void }) {
  return (
    <NoticePage title="暂时无法读取分享链接" message="请稍后重试。链接本身没有问题，只是服务器暂时读不到它保存的测算结果；测算和其他页面不受影响。" links={[{ href: "/", label: "返回首页，开始测算" }]}>
      <title>暂时无法读取分享链接 · 政策计算器</title>
      <button type="button" onClick={retry} className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
        重试
      </button>
    </NoticePage>
  );
}
