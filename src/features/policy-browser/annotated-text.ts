/**
 * Lays a policy's encoding over its source text: each encoded entry (item, limit, exclusion, note,
 * window, what of earlier achievements, who may apply) is attached to the paragraph where its quote starts, and every quote —
 * including condition and who-may-apply quotes — is marked in the text. Entries whose quote cannot
 * be found are returned apart, so the page shows them as a defect instead of hiding them.
 */
import type { Item, Limit, Policy, Source } from "@/engine/types";
import { toParagraphs } from "./source-paragraphs";
import { indexParagraphs, type Span } from "./quote-spans";

export type Entry =
  | { kind: "item"; key: string; clause: string; quote: string; item: Item }
  | { kind: "limit"; key: string; clause: string; quote: string; limit: Limit }
  | { kind: "exclusion" | "note" | "earlier"; key: string; clause: string; quote: string; text: string; reading?: string }
  | { kind: "window" | "applicants"; key: string; clause: string; quote: string; reading?: string };

export interface AnnotatedParagraph {
  text: string;
  spans: Span[];
  entries: Entry[];
  /** Clauses whose first entry is here: the paragraph carries their anchors. */
  anchors: string[];
}

export interface AnnotatedText {
  paragraphs: AnnotatedParagraph[];
  unplaced: Entry[];
  /** Clauses found only among the unplaced entries: the unplaced list carries their anchors. */
  unplacedAnchors: string[];
  /** Clause labels in the order they first appear in the text (unplaced ones last). */
  clauses: string[];
}

/** An entry that states its rule in words: an exclusion, a note, what the text says of earlier achievements. */
const textEntry = (kind: "exclusion" | "note" | "earlier", key: string, s: Source & { text: string }): Entry => ({
  kind,
  key,
  clause: s.clause,
  quote: s.quote,
  text: s.text,
  ...(s.reading ? { reading: s.reading } : {}),
});

const policyEntries = (policy: Policy): Entry[] => {
  const plain = (kind: "window" | "applicants", key: string, s: Source): Entry => ({
    kind,
    key,
    clause: s.clause,
    quote: s.quote,
    ...(s.reading ? { reading: s.reading } : {}),
  });
  return [
    plain("window", "window", policy.effective),
    ...(policy.effective.earlier ? [textEntry("earlier", "earlier", policy.effective.earlier)] : []),
    plain("applicants", "applicants", policy.applicants),
    ...policy.exclusions.map((e) => textEntry("exclusion", `exclusion-${e.id}`, { ...e, text: e.reason })),
    ...policy.items.map((item): Entry => ({ kind: "item", key: `item-${item.id}`, clause: item.clause, quote: item.quote, item })),
    ...policy.limits.map((limit): Entry => ({ kind: "limit", key: `limit-${limit.id}`, clause: limit.clause, quote: limit.quote, limit })),
    ...policy.notes.map((n) => textEntry("note", `note-${n.id}`, n)),
  ];
};

/** Quotes that are marked in the text without being entries of their own. */
const secondaryQuotes = (entry: Entry): string[] =>
  entry.kind === "item"
    ? [...(entry.item.conditions ?? []).map((c) => c.quote), ...(entry.item.who.quote ? [entry.item.who.quote] : [])]
    : [];

export const annotate = (policy: Policy, sourceText: string): AnnotatedText => {
  const paragraphs: AnnotatedParagraph[] = toParagraphs(sourceText).map((text) => ({ text, spans: [], entries: [], anchors: [] }));
  const index = indexParagraphs(paragraphs.map((p) => p.text));
  const unplaced: Entry[] = [];
  const startOf = new Map<Entry, number>();
  const mark = (quote: string, near?: number) => {
    const found = index.locate(quote, near);
    for (const { paragraph, span } of found?.spans ?? []) paragraphs[paragraph]!.spans.push(span);
    return found;
  };
  for (const entry of policyEntries(policy)) {
    const found = mark(entry.quote);
    for (const quote of secondaryQuotes(entry)) mark(quote, found?.at);
    if (!found) {
      unplaced.push(entry);
      continue;
    }
    paragraphs[found.paragraph]!.entries.push(entry);
    startOf.set(entry, found.spans[0]!.span.start);
  }
  const clauses: string[] = [];
  paragraphs.forEach((p) => {
    // Entries read in the order their quotes appear (Array.sort is stable for equal starts).
    p.entries.sort((a, b) => startOf.get(a)! - startOf.get(b)!);
    for (const { clause } of p.entries) {
      if (clauses.includes(clause)) continue;
      clauses.push(clause);
      p.anchors.push(clause);
    }
  });
  const unplacedAnchors = [...new Set(unplaced.map((e) => e.clause))].filter((c) => !clauses.includes(c));
  return { paragraphs, unplaced, unplacedAnchors, clauses: [...clauses, ...unplacedAnchors] };
};
