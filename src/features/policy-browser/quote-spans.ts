/**
 * Finds quotes in paragraphs the way the policy-data test checks them: ignoring all white space,
 * because the extraction put breaks and spaces anywhere, even inside numbers.
 */

export interface Span {
  /** Character offsets into the paragraph text, end exclusive. */
  start: number;
  end: number;
}

export interface Located {
  /** Position in the whitespace-free text, for finding a related quote near this one. */
  at: number;
  paragraph: number;
  spans: { paragraph: number; span: Span }[];
}

const WHITE = /\s/;

export const squash = (s: string): string => s.replace(/\s+/g, "");

export interface QuoteIndex {
  /**
   * Where a quote occurs (the paragraph it starts in, and its spans per paragraph), or null: the
   * first occurrence from `near` on, else the first anywhere. Short quotes such as 企业 occur all over
   * a text; searching from the quote they qualify finds the one that was meant.
   */
  locate(quote: string, near?: number): Located | null;
}

export const indexParagraphs = (paragraphs: string[]): QuoteIndex => {
  // The squashed document, and for each of its characters the paragraph and offset it came from.
  let squashed = "";
  const origin: { paragraph: number; offset: number }[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (let offset = 0; offset < text.length; offset++) {
      if (WHITE.test(text[offset]!)) continue;
      squashed += text[offset];
      origin.push({ paragraph, offset });
    }
  });

  return {
    locate(quote, near = 0) {
      const needle = squash(quote);
      if (!needle) return null;
      const after = squashed.indexOf(needle, near);
      const at = after >= 0 ? after : squashed.indexOf(needle);
      if (at < 0) return null;
      const spans: Located["spans"] = [];
      for (let i = at; i < at + needle.length; i++) {
        const { paragraph, offset } = origin[i]!;
        const last = spans[spans.length - 1];
        if (last && last.paragraph === paragraph) last.span.end = offset + 1;
        else spans.push({ paragraph, span: { start: offset, end: offset + 1 } });
      }
      return { at, paragraph: spans[0]!.paragraph, spans };
    },
  };
};

/** Cut a paragraph into runs, each marked if any span covers it; overlapping quotes merge. */
export const segments = (text: string, spans: Span[]): { text: string; marked: boolean }[] => {
  const covered = new Uint8Array(text.length);
  for (const { start, end } of spans) covered.fill(1, start, end);
  const out: { text: string; marked: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const marked = covered[i] === 1;
    const last = out[out.length - 1];
    if (last && last.marked === marked) last.text += text[i];
    else out.push({ text: text[i]!, marked });
  }
  return out;
};
