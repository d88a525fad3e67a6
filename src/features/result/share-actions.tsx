"use client";

import { useId, useState } from "react";
import { useHydrated } from "@/features/site/use-hydrated";
import { applicantNameProblem } from "@/lib/share/applicant-name";
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

const apiError = async (res: Response, what: string): Promise<string> => {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (res.status === 429) return "生成太频繁，请稍后再试";
  return body?.error?.message ?? `${what}失败（${res.status}）`;
};

const post = (path: string, body: unknown) =>
  fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const button =
  "min-h-11 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:cursor-not-allowed disabled:opacity-60 sm:min-h-0 sm:pointer-coarse:min-h-11";

export interface ShareActionsProps {
  /** Finished answers only; absent while any is unfinished (`unfinished` then says why). */
  state: ShareState | undefined;
  unfinished?: string;
  policyVersion: string;
  /** The applicant's name as typed here (kept by the calculator, which also prints it); "" for none. */
  applicantName: string;
  onApplicantNameChange: (name: string) => void;
}

/**
 * Send the result to the boss: a self-contained link (signed by the server, nothing stored), a short
 * stored link, or paper — each with the applicant's name if the user adds one, and only then. Links
 * are made only from finished answers; the controls wait, shown as not ready, until the page's
 * scripts run.
 */
export function ShareActions({ state, unfinished, policyVersion, applicantName, onApplicantNameChange }: ShareActionsProps) {
  const ready = useHydrated();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const nameId = useId();
  const typed = applicantName.trim();
  const nameProblem = typed ? applicantNameProblem(typed) : undefined;
  const request = (s: ShareState) => ({ policy: s.policy, asOf: s.asOf, applicant: s.applicant, facts: s.facts, ...(typed ? { applicantName: typed } : {}) });

  const done = async (url: string, copied: string, shown: string) =>
    setStatus((await copy(url)) ? { kind: "done", message: copied, url } : { kind: "done", message: shown, url });

  const copySelfContained = async () => {
    if (!state) return;
    setStatus({ kind: "busy" });
    try {
      const res = await post("/api/v1/links", request(state));
      if (res.ok) {
        const { url } = (await res.json()) as { url: string };
        return await done(new URL(url, window.location.origin).toString(), "已复制结果链接。链接本身包含填写的内容，不在服务器保存。", "请复制下面的结果链接：");
      }
      if (res.status < 500) return setStatus({ kind: "error", message: await apiError(res, "生成链接") });
    } catch {
      // Offline or the server is down: fall through to a link made here.
    }
    // Without the server's signature the page recomputes the answers with the data of the day it is opened.
    const unsigned = `${window.location.origin}${selfContainedPath({ ...state, ...(typed ? { applicantName: typed } : {}) }, policyVersion)}`;
    await done(
      unsigned,
      "服务器暂时无法为链接签名，已复制未签名的链接：打开时会按当天的政策数据重新计算，不能证明是现在的结果。",
      "服务器暂时无法为链接签名，请复制下面未签名的链接（打开时按当天的政策数据重新计算）：",
    );
  };

  const createShortLink = async () => {
    if (!state) return;
    setStatus({ kind: "busy" });
    try {
      const res = await post("/api/v1/shares", request(state));
      if (!res.ok) return setStatus({ kind: "error", message: await apiError(res, "生成短链接") });
      const { url } = (await res.json()) as { id: string; url: string };
      await done(new URL(url, window.location.origin).toString(), "已生成并复制短链接：", "已生成短链接：");
    } catch {
      setStatus({ kind: "error", message: "网络错误，短链接未生成" });
    }
  };

  const blocked = status.kind === "busy" || nameProblem !== undefined;
  return (
    <section aria-labelledby="share-heading" className="space-y-2 print:hidden">
      <h3 id="share-heading" className="text-base font-semibold text-slate-900">
        分享与打印
      </h3>
      <div className="space-y-1">
        <label htmlFor={nameId} className="block text-sm font-medium text-slate-800">
          申请人名称（可选）
        </label>
        <input
          id={nameId}
          type="text"
          autoComplete="organization"
          disabled={!ready}
          value={applicantName}
          onChange={(e) => onApplicantNameChange(e.currentTarget.value)}
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={`${nameId}-hint`}
          className="min-h-11 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-base disabled:cursor-wait disabled:bg-slate-100 aria-invalid:border-rose-600 sm:min-h-0 sm:text-sm sm:pointer-coarse:min-h-11"
        />
        <p id={`${nameId}-hint`} className={`text-xs ${nameProblem ? "text-rose-800" : "text-slate-600"}`}>
          {nameProblem ?? "填写后显示在分享的结果和打印件上，方便收到的人核对；只有生成短链接时才会保存在服务器上。不填则不显示。"}
        </p>
      </div>
      <div className="flex flex-wrap gap-2" aria-busy={!ready}>
        <button type="button" className={button} onClick={copySelfContained} disabled={!ready || !state || blocked}>
          复制结果链接
        </button>
        <button type="button" className={button} onClick={createShortLink} disabled={!ready || !state || blocked}>
          {status.kind === "busy" ? "正在生成…" : "生成短链接"}
        </button>
        <button type="button" className={button} onClick={() => window.print()} disabled={!ready || nameProblem !== undefined}>
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
