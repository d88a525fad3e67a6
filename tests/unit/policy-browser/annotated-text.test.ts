import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policies, policyById } from "@policies/index";
import { annotate } from "@/features/policy-browser/annotated-text";
import { clauseAnchor } from "@/features/policy-browser/clause-anchor";
import { indexParagraphs, segments, squash } from "@/features/policy-browser/quote-spans";
import { toParagraphs } from "@/features/policy-browser/source-paragraphs";

const sourceOf = (file: string) => readFileSync(new URL(`../../../policies/sources/${file}`, import.meta.url), "utf8");

describe.each(policies.map((p) => [p.id, p] as const))("policy page text of %s", (_id, policy) => {
  const text = sourceOf(policy.sourceFile);
  const annotated = annotate(policy, text);

  it("joins extraction lines without losing or adding a character", () => {
    expect(squash(toParagraphs(text).join(""))).toBe(squash(text));
  });

  it("places every encoded entry beside the paragraph its quote starts in", () => {
    expect(annotated.unplaced.map((e) => e.key)).toEqual([]);
    const placed = annotated.paragraphs.flatMap((p) => p.entries);
    expect(placed).toHaveLength(3 + policy.exclusions.length + policy.items.length + policy.limits.length + policy.notes.length);
    const index = indexParagraphs(annotated.paragraphs.map((p) => p.text));
    annotated.paragraphs.forEach((p, i) => {
      for (const e of p.entries) expect(index.locate(e.quote)?.paragraph, e.key).toBe(i);
    });
  });

  it("gives every clause exactly one anchor", () => {
    const anchors = annotated.paragraphs.flatMap((p) => p.anchors).concat(annotated.unplacedAnchors).map(clauseAnchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    const clauses = new Set([...policy.items, ...policy.limits, ...policy.exclusions, ...policy.notes].map((x) => x.clause));
    for (const clause of clauses) expect(anchors).toContain(clauseAnchor(clause));
  });
});

describe("jinshan 第五条（二）", () => {
  const policy = policyById.get("jinshan")!;
  const annotated = annotate(policy, sourceOf(policy.sourceFile));
  const paragraph = annotated.paragraphs.find((p) => p.anchors.includes("第五条（二）"))!;

  it("is one paragraph although the source wraps it over five lines", () => {
    expect(paragraph.text).toMatch(/^（二）对获得“上海市市长质量奖”.*给予 2 万元的一次性奖励。$/);
  });

  it("marks each item's quote, with the source's own spacing", () => {
    const marked = segments(paragraph.text, paragraph.spans).filter((s) => s.marked).map((s) => s.text);
    expect(marked).toContain("对获得“上海市质量金奖”的组织，给予 30 万元的一次性奖励");
    expect(paragraph.entries.map((e) => e.key)).toEqual(["item-js-5-2-mayor-org", "item-js-5-2-gold-org", "item-js-5-2-person"]);
  });
});

describe("quote spans", () => {
  it("finds a quote across paragraphs and white space", () => {
    const found = indexParagraphs(["甲乙 10", "0 万元。", "丙"]).locate("乙100万元");
    expect(found?.at).toBe(1);
    expect(found?.spans).toEqual([
      { paragraph: 0, span: { start: 1, end: 5 } },
      { paragraph: 1, span: { start: 0, end: 4 } },
    ]);
  });

  it("finds a short quote near the one it qualifies, not its first occurrence", () => {
    const index = indexParagraphs(["目录：企业培训", "对企业首席质量官给予奖励"]);
    expect(index.locate("企业", index.locate("对企业首席质量官")!.at)?.paragraph).toBe(1);
    expect(index.locate("企业")?.paragraph).toBe(0);
  });

  it("returns null for text the source does not contain", () => {
    expect(indexParagraphs(["甲乙丙"]).locate("丁")).toBeNull();
  });

  it("merges overlapping marks into runs", () => {
    expect(segments("abcdef", [{ start: 1, end: 3 }, { start: 2, end: 4 }])).toEqual([
      { text: "a", marked: false },
      { text: "bcd", marked: true },
      { text: "ef", marked: false },
    ]);
  });
});

describe("linyi handbook", () => {
  const policy = policyById.get("linyi")!;
  const annotated = annotate(policy, sourceOf(policy.sourceFile));

  it("marks nothing in the table of contents, although short quotes such as 企业 occur there first", () => {
    const contents = annotated.paragraphs.filter((p) => /\.{4,}\s*\d+$/.test(p.text));
    expect(contents).toHaveLength(10);
    expect(contents.flatMap((p) => p.spans)).toEqual([]);
  });
});
