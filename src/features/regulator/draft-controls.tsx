"use client";

import Link from "next/link";
import { memo, useEffect, useState } from "react";
import type { DraftChange } from "@/lib/cohort/draft";
import { policyById } from "@policies/index";
import { readDraftRefs, rememberDraft, type DraftRef } from "./saved-drafts";

interface SaveReply {
  id: string;
  url: string;
  createdAt: string;
  error?: { message: string };
}

/** Name and save the draft (its link is how colleagues open it), and the drafts saved here before. */
export const DraftControls = memo(function DraftControls({
  policy,
  changes,
  name,
  onName,
  opened,
  unusable,
}: {
  policy: string;
  changes: DraftChange[];
  name: string;
  onName: (name: string) => void;
  opened?: DraftRef;
  /** How many typed values the draft cannot use: such a draft is not saved. */
  unusable: number;
}) {
  const [refs, setRefs] = useState<DraftRef[]>([]);
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [copied, setCopied] = useState(false);

  // localStorage exists only in the browser, after hydration.
  useEffect(() => setRefs(opened ? rememberDraft(opened) : readDraftRefs()), [opened]);

  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const res = await fetch("/api/v1/drafts", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name, policy, changes }),
      });
      const body = (await res.json()) as SaveReply;
      if (!res.ok) throw new Error(body.error?.message ?? `保存失败（${res.status}）`);
      // A path unless the server knows its public address (PUBLIC_ORIGIN): this page is on it.
      setLink(new URL(body.url, window.location.origin).toString());
      setCopied(false);
      setRefs(rememberDraft({ id: body.id, name, policy, savedAt: body.createdAt }));
    } catch (e) {
      setProblem(e instanceof Error && e.message !== "Failed to fetch" ? e.message : "保存失败：无法连接服务器");
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className="text-slate-700">草案名称</span>
          <input value={name} onChange={(e) => onName(e.target.value)} maxLength={100} className="w-64 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <button
          type="button"
          onClick={save}
          disabled={saving || !name.trim() || changes.length === 0 || unusable > 0}
          className="rounded-md bg-slate-800 px-3 py-1.5 font-medium text-white hover:bg-slate-700 disabled:opacity-40"
        >
          {saving ? "正在保存…" : "保存草案并生成链接"}
        </button>
      </div>
      {changes.length === 0 && <p className="text-slate-600">修改至少一个数值后才能保存草案。</p>}
      {unusable > 0 && <p className="text-slate-600">先改正上面不能使用的数值，再保存草案。</p>}
      {problem && (
        <p role="alert" className="text-rose-800">
          {problem}
        </p>
      )}
      {link && (
        <p className="flex flex-wrap items-center gap-2" role="status">
          <span>已保存。同事打开此链接即可查看和使用这个草案：</span>
          <a href={link} className="break-all text-sky-800 underline underline-offset-2">
            {link}
          </a>
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
            onClick={async () => {
              await navigator.clipboard?.writeText(link).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? "已复制" : "复制链接"}
          </button>
        </p>
      )}
      {refs.length > 0 && (
        <details>
          <summary className="cursor-pointer text-slate-700">本浏览器保存或打开过的草案（{refs.length}）</summary>
          <ul className="mt-2 space-y-1">
            {refs.map((d) => (
              <li key={d.id}>
                <Link href={`/regulator?draft=${d.id}`} className="text-sky-800 underline underline-offset-2">
                  {d.name}
                </Link>
                <span className="ml-2 text-slate-500">
                  {policyById.get(d.policy)?.shortName ?? d.policy} · {d.savedAt.slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
});
