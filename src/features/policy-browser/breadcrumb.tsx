import Link from "next/link";

/** 政策计算器 / 政策原文 / 金山区 — the trail back, as the questionnaire shows it. */
export function Breadcrumb({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="面包屑" className="text-sm print:hidden">
      {[{ href: "/", label: "政策计算器" }, ...trail].map(({ href, label }) => (
        <span key={href}>
          <Link href={href} className="text-sky-800 underline underline-offset-2">
            {label}
          </Link>
          <span aria-hidden="true" className="text-slate-500">
            {" "}
            /{" "}
          </span>
        </span>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
