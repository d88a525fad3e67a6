"use client";

import { useState } from "react";
import { useHydrated } from "@/features/site/use-hydrated";
import { selfContainedPath, type ShareState } from "@/lib/share/encode-state";

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done"; message: string; url?: string } | { kind: "error"; message: string };

const copy = async (url: string): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    // Clipboard access needs a secure context and permission; the link is then shown for manual copying.
    return false;
  }
};

const shortLinkError = async (res: Response): Promise<string> => {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (res.status === 429) return "生成太频繁，请稍后再试";
  return body?.error?.message ?? `生成失败（${res.status}）`;
};

const button =
  "min-h-11 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:cursor-not-allowed disabled:opacity-60 sm:min-h-0 sm:pointer-coarse:min-h-11";

/**
 * Send the result to the boss: a self-contained link (nothing stored), a short stored link, or
 * paper. Links are made only from finished answers (`state` is absent otherwise, and `unfinished`
 * says why); the buttons wait, shown as not ready, until the page's scripts run.
 */
export function ShareActions({ state, unfinished, policyVersion }: { state: ShareState | undefined; unfinished?: string; policyVersion: string }) {
  const ready = useHydrated();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const copySelfContained = async () => {
    if (!state) return;
    const url = `${window.location.origin}${selfContainedPath(state, policyVersion)}`;
    setStatus(
      (await copy(url))
        ? { kind: "done", message: "已复制链接。链接本身包含填写的内容，不在服务器保存。", url }
        : { kind: "done", message: "请复制下面的链接：", url },
    );
  };

  const createShortLink = async () => {
    if (!state) return;
    setStatus({ kind: "busy" });
    try {
      const res = await fetch("/api/v1/shares", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ policy: state.policy, asOf: state.asOf, applicant: state.applicant, facts: state.facts }),
      });
      if (!res.ok) return setStatus({ kind: "error", message: await shortLinkError(res) });
      const { url } = (await res.json()) as { id: string; url: string };
      const absolute = new URL(url, window.location.origin).toString();
      setStatus(
        (await copy(absolute))
          ? { kind: "done", message: "已生成并复制短链接：", url: absolute }
          : { kind: "done", message: "已生成短链接：", url: absolute },
      );
    } catch {
      setStatus({ kind: "error", message: "网络错误，短链接未生成" });
    }
  };

  return (
    <section aria-labelledby="share-heading" className="space-y-2 print:hidden">
      <h3 id="share-heading" className="text-base font-semibold text-slate-900">
        分享与打印
      </h3>
      <div className="flex flex-wrap gap-2" aria-busy={!ready}>
        <button type="button" className={button} onClick={copySelfContained} disabled={!ready || !state}>
          复制结果链接
        </button>
        <button type="button" className={button} onClick={createShortLink} disabled={!ready || !state || status.kind === "busy"}>
          {status.kind === "busy" ? "正在生成…" : "生成短链接"}
        </button>
        <button type="button" className={button} onClick={() => window.print()} disabled={!ready}>
          打印
        </button>
      </div>
      {unfinished && <p className="text-sm text-amber-900">{unfinished}，补全后才能生成链接；打印件会标明待补全。</p>}
      <div role="status" className="text-sm">
        {status.kind === "done" && (
          <>
            <p className="text-slate-700">{status.message}</p>
            {status.url && (
              <input
                readOnly
                aria-label="分享链接"
                value={status.url}
                onFocus={(e) => e.currentTarget.select()}
                className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
              />
            )}
          </>
        )}
        {status.kind === "error" && <p className="text-rose-800">{status.message}</p>}
      </div>
    </section>
  );
}
