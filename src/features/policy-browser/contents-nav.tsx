import type { AnnotatedText } from "./annotated-text";
import { paragraphAnchor } from "./clause-anchor";
import type { TocEntry } from "./table-of-contents";

const linkClass = "text-sky-800 underline-offset-2 hover:underline";

/** Level 1 and 2 headings as a list; numbered clauses under them as a row of short links. */
function Entries({ entries, href }: { entries: TocEntry[]; href: (e: TocEntry) => string }) {
  return (
    <ul className="space-y-1">
      {entries.map((e) =>
        e.level >= 3 ? null : (
          <li key={e.paragraph} className={e.level === 1 ? "pt-1 font-medium" : "pl-3"}>
            <a href={href(e)} className={linkClass}>
              {e.title}
            </a>
            {e.children.some((c) => c.level < 3) ? (
              <Entries entries={e.children} href={href} />
            ) : e.children.length ? (
              <ul className="mt-0.5 flex flex-wrap gap-1 pl-3 font-normal">
                {e.children.map((c) => (
                  <li key={c.paragraph}>
                    <a
                      href={href(c)}
                      aria-label={c.name}
                      title={c.title}
                      className="inline-flex min-h-7 min-w-7 items-center justify-center rounded border border-slate-300 bg-white px-1 text-xs text-sky-800 hover:bg-sky-50"
                    >
                      {c.marker}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ),
      )}
    </ul>
  );
}

/** The contents of the text by its own articles and sections; every link lands on the paragraph, tinted. */
export function ContentsNav({ text, label }: { text: AnnotatedText; label: string }) {
  const href = (e: TocEntry) => `#${paragraphAnchor(text.paragraphs[e.paragraph]!.anchors, e.paragraph)}`;
  return (
    <nav aria-label={label} className="text-sm">
      <Entries entries={text.toc} href={href} />
    </nav>
  );
}
