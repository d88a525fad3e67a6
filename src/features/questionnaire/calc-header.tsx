import Link from "next/link";
import type { Policy } from "@/engine/types";
import { todayInShanghai } from "@/lib/format/dates";
import { retroactiveText, windowStatus, windowText } from "@/lib/format/policy-window";

export function CalcHeader({ policy }: { policy: Policy }) {
  const today = todayInShanghai();
  const retro = retroactiveText(policy.effective);
  const inForce = windowStatus(policy.effective, today) === "in-force";
  return (
    <header className="space-y-1 print:hidden">
      {/* The form is long; keyboard users can go straight to the figures. */}
      <a
        href="#result"
        className="sr-only focus:not-sr-only focus:absolute focus:z-20 focus:rounded-md focus:bg-sky-800 focus:px-3 focus:py-1.5 focus:text-white"
      >
        跳到测算结果
      </a>
      <nav aria-label="面包屑" className="text-sm">
        <Link href="/" className="text-sky-800 underline-offset-2 hover:underline">
          政策计算器
        </Link>
        <span aria-hidden="true" className="text-slate-400">
          {" "}
          /{" "}
        </span>
        <span>{policy.shortName}</span>
      </nav>
      <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{policy.name}</h1>
      <p className="text-sm text-slate-600">
        {policy.issuer}
        {policy.docNumber && ` · ${policy.docNumber}`} ·{" "}
        <span className={inForce ? "text-emerald-800" : "font-medium text-rose-800"}>{windowText(policy.effective, today)}</span>
        {retro && ` · ${retro}`} ·{" "}
        <Link href={`/policies/${policy.id}`} className="text-sky-800 underline underline-offset-2">
          政策原文
        </Link>
      </p>
    </header>
  );
}
