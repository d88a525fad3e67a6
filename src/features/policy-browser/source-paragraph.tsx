import type { Policy } from "@/engine/types";
import type { AnnotatedParagraph } from "./annotated-text";
import { clauseAnchor, paragraphAnchor } from "./clause-anchor";
import { EntryCard } from "./entry-card";
import { segments } from "./quote-spans";

/** The marked source text: each quoted run is a <mark>, so the encoded words stand out from the rest. */
export function MarkedText({ text, spans }: Pick<AnnotatedParagraph, "text" | "spans">) {
  return segments(text, spans).map((run, i) =>
    run.marked ? (
      <mark key={i} className="rounded-sm bg-amber-200 text-slate-950">
        {run.text}
      </mark>
    ) : (
      run.text
    ),
  );
}

/** 第五条（政府质量奖）, 第二章 支持项目, 一、…, 【惠企内容】: short lines that title what follows. */
const HEADING = /^(第[一二三四五六七八九十百]+[章条]|[一二三四五六七八九十]+、|【)/;
const isHeading = (p: AnnotatedParagraph) => p.entries.length === 0 && p.text.length <= 40 && HEADING.test(p.text);

/** One paragraph of the source beside what was read from it; paragraphs the calculator does not use are shown muted. */
export function SourceParagraph({ paragraph, policy, index }: { paragraph: AnnotatedParagraph; policy: Policy; index: number }) {
  const moreAnchors = paragraph.anchors.slice(1);
  const encoded = paragraph.entries.length > 0;
  return (
    <div
      id={paragraphAnchor(paragraph.anchors, index)}
      data-search-row
      className={`scroll-mt-4 grid gap-3 border-t border-slate-200 py-3 target:bg-sky-50 has-[:target]:bg-sky-50 lg:grid-cols-2 ${encoded ? "" : "text-slate-600"}`}
    >
      {/* Sticky on wide screens: a clause with many entries keeps its text in view beside them. */}
      <p className={`leading-relaxed break-words lg:sticky lg:top-4 lg:self-start ${isHeading(paragraph) ? "font-semibold text-slate-900" : ""}`}>
        {moreAnchors.map((c) => (
          <span key={c} id={clauseAnchor(c)} className="scroll-mt-4" />
        ))}
        <MarkedText text={paragraph.text} spans={paragraph.spans} />
      </p>
      {encoded ? (
        <div className="space-y-2">
          {paragraph.entries.map((entry) => (
            <EntryCard key={entry.key} entry={entry} policy={policy} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
