import Link from "next/link";
import type { ReactNode } from "react";

export interface NoticeLink {
  href: string;
  label: string;
}

/** A page that says what went wrong in plain words and where to go instead (not found, unavailable). */
export function NoticePage({ title, message, links, children }: { title: string; message: string; links: readonly NoticeLink[]; children?: ReactNode }) {
  return (
    <main className="mx-auto max-w-3xl space-y-3 px-4 py-10 sm:px-6">
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="text-slate-700">{message}</p>
      {children}
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-sky-800 underline underline-offset-2">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
